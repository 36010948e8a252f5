"""Named entities (PER, ORG, LOC, EVENT) from the shipped statistical NER pipeline.

The pipeline in ``models/ner/`` (a small tok2vec + ner trained on NERGrit and NERP, see
``models/ner/CREDITS.md`` and ``training/``) is rebuilt on the project's slim Indonesian
language and shares its vocab, so it runs on Docs made by ``nlp.get_nlp()``. Loading is lazy
and cached: the first call pays it, nothing is downloaded.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import TYPE_CHECKING

from .nlp import get_nlp, make_doc, on_renew, renew_if_full
from .records import Entity

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["LABELS", "MODEL_DIR", "find_entities", "load_ner"]

MODEL_DIR = Path(__file__).resolve().parent / "models" / "ner"
LABELS = frozenset({"PER", "ORG", "LOC", "EVENT"})


@functools.cache
def load_ner(model_dir: Path = MODEL_DIR) -> Language:
    """The trained tok2vec + ner pipeline on the slim Indonesian language (loaded once per dir)."""
    from spacy import util

    base = get_nlp()
    config = util.load_config(Path(model_dir) / "config.cfg")
    nlp = type(base).from_config(config, vocab=base.vocab, auto_fill=False, validate=False)
    nlp.from_disk(model_dir, exclude=["tokenizer", "vocab"])
    for label in nlp.get_pipe("ner").labels:  # label strings must resolve in the shared vocab
        base.vocab.strings.add(label)
    return nlp


on_renew(load_ner.cache_clear)  # the pipeline shares the vocab of the Language it was built on


_LINE = re.compile(r"[^\n]+")


def find_entities(text_or_doc: str | Doc, nlp: Language | None = None, *,
                  lines: list[tuple[int, int]] | None = None) -> tuple[Entity, ...]:
    """Entities with character offsets: ``Kepala Dinas Sosial Provinsi Riau H. Dahrius Husin`` -> PER ``Dahrius Husin``.

    Each line is tagged on its own (the model never saw line breaks, so an entity never spans
    one); ``lines`` ((start, end) of lines) tags only those. A given Doc is not modified. ``nlp``
    defaults to the shipped pipeline.
    """
    text = text_or_doc if isinstance(text_or_doc, str) else text_or_doc.text
    if nlp is None:
        renew_if_full()
    pipeline = (nlp or load_ner()).pipeline
    if lines is None:
        lines = [m.span() for m in _LINE.finditer(text) if not m.group().isspace()]
    docs = [make_doc(text[a:b]) for a, b in lines]
    for _, proc in pipeline:
        docs = list(proc.pipe(docs, batch_size=64))
    return tuple(
        Entity(ent.label_, ent.text, a + ent.start_char, a + ent.end_char)
        for (a, _), doc in zip(lines, docs)
        for ent in doc.ents
        if ent.label_ in LABELS
    )
