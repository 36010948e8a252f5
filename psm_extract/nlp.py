"""The spaCy pipeline: the Indonesian language with a slim tokenizer, built once per process.

``spacy.blank("id")`` loads ~16,000 tokenizer exceptions one by one (1.5-7 s); the extractors
rely on a few dozen of them. ``get_nlp()`` builds the Indonesian language with spaCy's base
exceptions plus the special cases in ``data/tokenizer_special_cases.tsv`` (abbreviations such as
``Kab.``, ``Jln.``, ``H.`` that must stay one token), and keeps the ~15,000 hyphenated words of
spaCy's table (``anak-anak``) whole by a set lookup (``data/tokenizer_hyphenated.txt``). Apart from
those abbreviations, it tokenises like ``spacy.blank("id")`` (tests/test_nlp.py compares).

``tokenize()`` is the hot path: the same tokens as ``make_doc()`` as plain columns (texts, start
offsets, trailing-space flags), without a ``Doc``. spaCy splits text at whitespace and tokenises
each chunk on its own (its tokenizer caches by chunk); ``tokenize()`` does the same split in one
regex pass and asks spaCy's tokenizer only for chunks it has not seen, so the tokens are spaCy's
by construction while a page of known words costs a dict lookup per chunk.
"""
from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, NamedTuple

from . import resources

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["Tokens", "get_nlp", "make_doc", "tokenize"]


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


class Tokens(NamedTuple):
    """A text's tokens as columns: ``words[i]`` starts at ``starts[i]``; ``spaces[i]`` tells
    whether one space follows it (spaCy's ``whitespace_``)."""

    words: list[str]
    starts: list[int]
    spaces: list[bool]


_CHUNK = re.compile(r"\s+|\S+")  # re's \s is str.isspace, spaCy's whitespace test
_PIECES: dict[str, tuple[tuple[int, int], ...]] = {}  # chunk -> (offset, length) of its tokens
_MAX_PIECES = 200_000  # chunks kept (~30 MB at most); the table starts over when full


def _pieces(chunk: str) -> tuple[tuple[int, int], ...]:
    """(offset, length) of the tokens spaCy makes of one whitespace-free (or all-space) chunk."""
    hit = _PIECES.get(chunk)
    if hit is None:
        if len(chunk) >= 100:  # no word is this long: one token, as make_doc's mask gives
            hit = ((0, len(chunk)),)
        else:
            hit = tuple((t.idx, len(t)) for t in get_nlp().tokenizer(chunk))
        if len(_PIECES) >= _MAX_PIECES:
            _PIECES.clear()
        _PIECES[chunk] = hit
    return hit


def tokenize(text: str) -> Tokens:
    """The tokens of ``make_doc(text)`` as columns; offsets index ``text``."""
    words: list[str] = []
    starts: list[int] = []
    spaces: list[bool] = []
    for m in _CHUNK.finditer(text):
        chunk, at = m.group(), m.start()
        if chunk[0] == " " and words:  # one space after a token is its trailing space
            spaces[-1] = True
            chunk, at = chunk[1:], at + 1
            if not chunk:
                continue
        for offset, length in _pieces(chunk):
            words.append(chunk[offset:offset + length])
            starts.append(at + offset)
            spaces.append(False)
    return Tokens(words, starts, spaces)
