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

spaCy's vocab keeps every string it is shown, so a long batch of new pages would grow it (and
the chunk table) without bound: once it has learnt ``_MAX_LEARNED`` strings, ``renew_if_full()``
(called between pages) builds the Language anew, which takes ~20 ms.
"""
from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Callable, NamedTuple

from . import resources

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokenizer import Tokenizer
    from spacy.tokens import Doc

__all__ = ["Tokens", "get_nlp", "make_doc", "on_renew", "renew_if_full", "tokenize"]


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


# a chunk spaCy tokenises on its own, with the one space after it that becomes a token's
# trailing space (spaCy's whitespace test is str.isspace, as is re's \s), or a run of white space
_CHUNK = re.compile(r"(\S+)( ?)|(\s+)")
# chunk -> (offset, length) of its tokens, or None when the chunk is one token
_PIECES: dict[str, tuple[tuple[int, int], ...] | None] = {}
_MAX_LEARNED = 100_000  # strings the vocab (and chunks the table) may learn before a renewal
_RENEWERS: list[Callable[[], None]] = []


def on_renew(forget: Callable[[], None]) -> Callable[[], None]:
    """Register what must be forgotten with the old Language (a pipeline sharing its vocab)."""
    _RENEWERS.append(forget)
    return forget


def renew_if_full() -> None:
    """Build the Language anew if its vocab or the chunk table has learnt too much (between pages:
    Docs of the old and the new vocab must not meet)."""
    full = len(_PIECES) >= _MAX_LEARNED or (
        get_nlp.cache_info().currsize > 0 and len(get_nlp().vocab.strings) >= _MAX_LEARNED)
    if full:
        _PIECES.clear()
        get_nlp.cache_clear()
        _splitter.cache_clear()
        for forget in _RENEWERS:
            forget()


@functools.cache
def _splitter() -> Tokenizer:
    """The shared Language's tokenizer rules on a bare vocab: the same tokens, but a new word
    costs no lexeme attributes (shape, prefix, norm ... are for the NER model, not for splitting)."""
    from spacy.tokenizer import Tokenizer
    from spacy.vocab import Vocab

    rules = get_nlp().tokenizer
    return Tokenizer(Vocab(), rules=rules.rules, prefix_search=rules.prefix_search,
                     suffix_search=rules.suffix_search, infix_finditer=rules.infix_finditer,
                     token_match=rules.token_match, url_match=rules.url_match)


def _pieces(chunk: str) -> tuple[tuple[int, int], ...] | None:
    """(offset, length) of the tokens spaCy makes of one whitespace-free (or all-space) chunk;
    None when that is the chunk itself."""
    if len(chunk) >= 100:  # no word is this long: one token, as make_doc's mask gives
        hit = None
    else:
        pieces = tuple((t.idx, len(t)) for t in _splitter()(chunk))
        hit = None if len(pieces) == 1 else pieces
    _PIECES[chunk] = hit
    return hit


def _learn(chunks: list[str]) -> None:
    """Tokenise the unseen whitespace-free chunks of a page in one call and remember them.

    The chunks are joined by line breaks, not spaces: spaCy's special cases with punctuation
    (emoticons such as ``(:`` or ``(=``) are matched over the tokens of the whole text, across a
    space, so ``( :)`` splits ``:)`` while ``x :)`` keeps it. A line break is a token of its own
    and stops such a match, so each chunk comes out as it does alone, whatever the page (or the
    pages before it) held: the pieces of a chunk never depend on the order pages came in."""
    words = [c for c in dict.fromkeys(chunks) if len(c) < 100]
    for chunk in chunks:
        if len(chunk) >= 100:
            _PIECES[chunk] = None
    if not words:
        return
    doc = _splitter()("\n".join(words))
    pieces: list[tuple[int, int]] = []
    k, start = 0, 0
    for token in doc:
        if token.text == "\n":  # the line break between two chunks (a chunk holds no white space)
            continue
        while token.idx >= start + len(words[k]):  # the tokens of chunk k are done
            _PIECES[words[k]] = tuple(pieces) if len(pieces) > 1 else None
            pieces.clear()
            start += len(words[k]) + 1
            k += 1
        pieces.append((token.idx - start, len(token)))
    _PIECES[words[k]] = tuple(pieces) if len(pieces) > 1 else None


def tokenize(text: str) -> Tokens:
    """The tokens of ``make_doc(text)`` as columns; offsets index ``text``."""
    renew_if_full()
    paragraphs = text.split("\n\n")
    if all(map(_plain, paragraphs)) and _known_pieces("\n\n") is None:
        return _tokenize_plain(paragraphs, text)
    return _tokenize_chunks(text)


def _plain(paragraph: str) -> bool:
    """Words parted by one space each and nothing else: an article's paragraph, as parse() folds it
    (the only printable white space is " ")."""
    return paragraph.isprintable() and "  " not in paragraph and paragraph[:1] != " " != paragraph[-1:] \
        and paragraph != ""


def _known_pieces(chunk: str) -> tuple[tuple[int, int], ...] | None:
    return _PIECES[chunk] if chunk in _PIECES else _pieces(chunk)


def _tokenize_plain(paragraphs: list[str], text: str) -> Tokens:
    """``tokenize`` of plain paragraphs (``_plain``) joined by blank lines: their words are the
    chunks, each followed by one space but a paragraph's last, and each blank line is a token
    (``_tokenize_chunks`` reads the same chunks, found by a regex)."""
    words: list[str] = []
    starts: list[int] = []
    spaces: list[bool] = []
    add_word, add_start, add_space = words.append, starts.append, spaces.append
    known = _PIECES.get
    learnt = False
    pos = 0
    for k, para in enumerate(paragraphs):
        if k:  # the blank line before the paragraph
            add_word("\n\n")
            add_start(pos)
            add_space(False)
            pos += 2
        for chunk in para.split(" "):
            pieces = known(chunk, ())
            if pieces == ():  # unseen: learn the page's unseen words at once
                if not learnt:
                    _learn([c for c in text.split() if c not in _PIECES])
                    learnt = True
                pieces = known(chunk)
            if pieces is None:
                add_word(chunk)
                add_start(pos)
                add_space(True)
            else:
                for offset, length in pieces:
                    add_word(chunk[offset:offset + length])
                    add_start(pos + offset)
                    add_space(False)
                spaces[-1] = True
            pos += len(chunk) + 1
        spaces[-1] = False  # a paragraph's last word: a line break follows, or the end
        pos -= 1
    return Tokens(words, starts, spaces)


def _tokenize_chunks(text: str) -> Tokens:
    """``tokenize`` of any text: the chunks and white space runs found by ``_CHUNK``."""
    words: list[str] = []
    starts: list[int] = []
    spaces: list[bool] = []
    known = _PIECES.get
    pos = 0
    found = _CHUNK.findall(text)
    learnt = False
    for chunk, space, blank in found:
        if not chunk:  # white space left after a token's one trailing space, or at the start
            chunk, space = blank, ""
        pieces = known(chunk, ())
        if pieces == () and not learnt and not blank:  # the first unseen word of the page
            _learn([c for c, _, _ in found if c and c not in _PIECES])
            learnt = True
            pieces = known(chunk, ())
        if pieces == ():
            pieces = _pieces(chunk)
        if pieces is None:
            words.append(chunk)
            starts.append(pos)
            spaces.append(space == " ")
        else:
            for offset, length in pieces:
                words.append(chunk[offset:offset + length])
                starts.append(pos + offset)
                spaces.append(False)
            spaces[-1] = space == " "
        pos += len(chunk) + len(space)
    return Tokens(words, starts, spaces)
