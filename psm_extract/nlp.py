"""The spaCy pipeline: the Indonesian language with a slim tokenizer, built once per process.

``spacy.blank("id")`` loads ~16,000 tokenizer exceptions one by one (1.5-7 s); the extractors
rely on a few dozen of them. ``get_nlp()`` builds the Indonesian language with spaCy's base
exceptions plus the special cases in ``data/tokenizer_special_cases.tsv`` (abbreviations such as
``Kab.``, ``Jln.``, ``H.`` that must stay one token), and caches it.
"""
from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from . import resources

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["get_nlp", "make_doc"]


@functools.cache
def get_nlp() -> Language:
    """The shared ``Language``: Indonesian punctuation rules, slim exceptions, no model."""
    from spacy.lang.id import Indonesian, IndonesianDefaults
    from spacy.lang.tokenizer_exceptions import BASE_EXCEPTIONS
    from spacy.symbols import ORTH
    from spacy.util import update_exc

    special = {word: [{ORTH: word}] for word in resources.lines("tokenizer_special_cases.tsv")}

    class SlimDefaults(IndonesianDefaults):
        tokenizer_exceptions = update_exc(BASE_EXCEPTIONS, special)

    class SlimIndonesian(Indonesian):
        Defaults = SlimDefaults

    return SlimIndonesian()


def make_doc(text: str) -> Doc:
    """Tokenise ``text`` (no pipeline components run)."""
    return get_nlp().make_doc(text)
