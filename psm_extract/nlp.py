"""The spaCy pipeline: the Indonesian language with a slim tokenizer, built once per process.

``spacy.blank("id")`` loads ~16,000 tokenizer exceptions one by one (1.5-7 s); the extractors
rely on a few dozen of them. ``get_nlp()`` builds the Indonesian language with spaCy's base
exceptions plus the special cases in ``data/tokenizer_special_cases.tsv`` (abbreviations such as
``Kab.``, ``Jln.``, ``H.`` that must stay one token), and keeps the ~15,000 hyphenated words of
spaCy's table (``anak-anak``) whole by a set lookup (``data/tokenizer_hyphenated.txt``). Apart from
those abbreviations, it tokenises like ``spacy.blank("id")`` (tests/test_nlp.py compares).
"""
from __future__ import annotations

import functools
import re
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

    nlp = SlimIndonesian()
    # the hyphenated words spaCy's full exception table keeps whole (anak-anak, masing-masing)
    nlp.tokenizer.token_match = frozenset(resources.lines("tokenizer_hyphenated.txt")).__contains__
    return nlp


# spaCy's tokenizer is quadratic on very long runs of punctuation ("yaitu,-----...": 9,000
# characters took 100 s). No word is this long: such runs are masked, same length, so every
# character offset of the Doc still matches the article text.
_LONG_RUN = re.compile(r"\S{100,}")


def make_doc(text: str) -> Doc:
    """Tokenise ``text`` (no pipeline components run); offsets match ``text`` exactly."""
    masked = _LONG_RUN.sub(lambda m: "x" * len(m.group()), text) if len(text) >= 100 else text
    return get_nlp().make_doc(masked)
