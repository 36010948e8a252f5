"""Named entities from the shipped NER model, when ``Options.entities`` asks for them."""
from __future__ import annotations

from ..records import Entity
from . import Context

__all__ = ["extract_entities"]


def extract_entities(ctx: Context) -> tuple[Entity, ...]:
    """PER / ORG / LOC / EVENT spans: ``... Provinsi Riau H. Dahrius Husin`` -> PER ``Dahrius Husin``.

    Off by default: the model costs about 9 ms a page (three times the rest of the pipeline)
    and the rule-based extractors do not use it (benchmarks/ner_ablation.py).
    """
    if not ctx.options.entities:
        return ()
    from ..ner import find_entities

    return find_entities(ctx.text)
