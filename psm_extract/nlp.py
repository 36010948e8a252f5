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
regex pass and splits only the chunks it has not seen, so a page of known words costs a dict
lookup per chunk. A new chunk is split by ``_split``: spaCy's tokenizer algorithm in Python
(affixes, infixes, special cases and their matcher), on its rules read from
``data/tokenizer_rules.jsonl``, so that tokenising imports no spaCy (its import is ~1 s of a
one-page command line).

spaCy's vocab keeps every string it is shown, so a long batch of new pages would grow it (and
the chunk table) without bound: once it has learnt ``_MAX_LEARNED`` strings, ``renew_if_full()``
(called between pages) builds the Language anew, which takes ~20 ms.
"""
from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Callable, Iterator, NamedTuple

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


class _Rules(NamedTuple):
    """spaCy's tokenizer rules of ``get_nlp()``, read from data files (no spaCy import)."""

    prefix: Callable[[str], re.Match[str] | None]
    suffix: Callable[[str], re.Match[str] | None]
    infixes: Callable[[str], Iterator[re.Match[str]]]
    url: Callable[[str], re.Match[str] | None]
    keep: Callable[[str], bool]  # token_match: the hyphenated words kept whole
    specials: dict[str, tuple[int, ...]]  # special case -> the lengths of its pieces
    # first token -> the token sequences spaCy's special-case matcher looks for across tokens
    matched: dict[str, tuple[tuple[str, ...], ...]]


@functools.cache
def _rules() -> _Rules:
    """``data/tokenizer_rules.jsonl`` (spaCy's affix regexes, URL pattern and base special cases,
    made by tools/make_tokenizer_data.py) with psm_extract's special cases on top, as
    ``get_nlp()`` builds them; tests/test_nlp.py checks the two agree."""
    rows = resources.jsonl("tokenizer_rules.jsonl")
    regex = {r["kind"]: re.compile(r["pattern"], r["flags"]) for r in rows if r["kind"] != "special"}
    specials = {r["text"]: tuple(r["pieces"]) for r in rows if r["kind"] == "special"}
    for word in resources.lines("tokenizer_special_cases.tsv"):  # spaCy's update_exc: ' also as ’
        specials.update({word: (len(word),), word.replace("'", "’"): (len(word),)})
    rules = _Rules(_prefix_search(regex["prefix"]), _suffix_search(regex["suffix"]), regex["infix"].finditer,
                   regex["url"].match, frozenset(resources.lines("tokenizer_hyphenated.txt")).__contains__,
                   specials, {})
    # spaCy's Tokenizer.add_special_case: a special case with an affix (or a space) is also matched
    # over the tokens the affix rules make of it, wherever they stand in a text
    matched: dict[str, list[tuple[str, ...]]] = {}
    for text, pieces in specials.items():
        if rules.prefix(text) or next(rules.infixes(text), None) or rules.suffix(text) or " " in text:
            seq = tuple(_affix_tokens(text, rules, specials={}))
            if len(seq) > 1 or pieces != (len(text),):  # one token kept as it is changes nothing
                matched.setdefault(seq[0], []).append(seq)
    rules.matched.update((first, tuple(seqs)) for first, seqs in matched.items())
    return rules


def _prefix_search(regex: re.Pattern[str]) -> Callable[[str], re.Match[str] | None]:
    """``regex.search`` of spaCy's prefix regex (``^a|^b|...``), without trying every position of a
    word against its ~170 alternatives: a match at the start is ``regex.match``; past it only the
    alternatives without ``^`` can match (``<a([^>]+)>``), tried from the second character."""
    alternatives = _top_alternatives(regex.pattern)
    loose = [a for a in alternatives if not a.startswith("^")]
    if "|".join(alternatives) != regex.pattern:  # pragma: no cover - a pattern the split misreads
        return regex.search
    at_start = regex.match
    if not loose:
        return at_start
    later = re.compile("|".join(loose), regex.flags).search

    def search(text: str) -> re.Match[str] | None:
        return at_start(text) or later(text, 1)
    return search


def _suffix_search(regex: re.Pattern[str]) -> Callable[[str], re.Match[str] | None]:
    """``regex.search`` of spaCy's suffix regex (``a$|b$|...``), without trying every position of a
    word against its ~90 alternatives: a match ends at the end, so an alternative at most ``n``
    characters wide is looked for in the last ``n + 1`` (``$`` also stands before a final line
    break); the few of unbounded width (``\\.\\.+$``) are searched on their own, and the leftmost
    match of the two is the regex's (matches that start together end together)."""
    from re import _parser  # the widths of the alternatives

    alternatives = _top_alternatives(regex.pattern)
    if "|".join(alternatives) != regex.pattern or not all(a.endswith("$") for a in alternatives):
        return regex.search  # pragma: no cover - a pattern this reading does not fit
    widths = [_parser.parse(a, regex.flags).getwidth()[1] for a in alternatives]
    bounded = [a for a, w in zip(alternatives, widths) if w < 100]
    unbounded = [a for a, w in zip(alternatives, widths) if w >= 100]
    window = max(w for w in widths if w < 100) + 1 if bounded else 0
    near_end = re.compile("|".join(bounded), regex.flags).search if bounded else (lambda text, pos: None)
    anywhere = re.compile("|".join(unbounded), regex.flags).search if unbounded else (lambda text: None)

    def search(text: str) -> re.Match[str] | None:
        near = near_end(text, max(0, len(text) - window))
        far = anywhere(text)
        if near is None or (far is not None and far.start() < near.start()):
            return far
        return near
    return search


def _top_alternatives(pattern: str) -> list[str]:
    """The alternatives of ``pattern``'s top level (``|`` outside groups and character classes)."""
    out: list[str] = []
    depth, start, escaped, klass_end = 0, 0, False, -1
    for i, ch in enumerate(pattern):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif klass_end >= 0:  # inside [...]: a "]" first (or after "^") is a literal
            if ch == "]" and i > klass_end:
                klass_end = -1
        elif ch == "[":
            klass_end = i + 1 + (pattern[i + 1:i + 2] == "^")
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
    out.append(pattern[start:])
    return out


def _affix_tokens(chunk: str, rules: _Rules, specials: dict[str, tuple[int, ...]]) -> list[str]:
    """The tokens spaCy's tokenizer makes of one whitespace-free chunk before its special-case
    matcher runs (``Tokenizer._split_affixes`` and ``_attach_tokens``, line for line)."""
    if chunk in specials:
        return _special(chunk, specials[chunk])
    prefixes: list[str] = []
    suffixes: list[str] = []
    string, last_size = chunk, 0
    while string and len(string) != last_size:
        if rules.keep(string) or string in specials:
            break
        last_size = len(string)
        m = rules.prefix(string)
        pre_len = m.end() - m.start() if m else 0
        if pre_len:
            prefix, minus_pre = string[:pre_len], string[pre_len:]
            if minus_pre and minus_pre in specials:
                string = minus_pre
                prefixes.append(prefix)
                break
        m = rules.suffix(string[pre_len:])
        suf_len = m.end() - m.start() if m else 0
        if suf_len:
            suffix, minus_suf = string[-suf_len:], string[:-suf_len]
            if minus_suf and minus_suf in specials:
                string = minus_suf
                suffixes.append(suffix)
                break
        if pre_len and suf_len and pre_len + suf_len <= len(string):
            string = string[pre_len:-suf_len]
            prefixes.append(prefix)
            suffixes.append(suffix)
        elif pre_len:
            string = minus_pre
            prefixes.append(prefix)
        elif suf_len:
            string = minus_suf
            suffixes.append(suffix)
    tokens = prefixes
    if string:
        if string in specials:
            tokens += _special(string, specials[string])
        elif rules.keep(string) or rules.url(string):
            tokens.append(string)
        else:
            start = 0
            for m in rules.infixes(string):
                infix_start, infix_end = m.span()
                if infix_start == 0:  # spaCy's start_before_infixes
                    continue
                if infix_start != start:
                    tokens.append(string[start:infix_start])
                if infix_start != infix_end:
                    tokens.append(string[infix_start:infix_end])
                start = infix_end
            if string[start:]:
                tokens.append(string[start:])
    tokens += reversed(suffixes)
    return tokens


def _special(text: str, lengths: tuple[int, ...]) -> list[str]:
    out, at = [], 0
    for n in lengths:
        out.append(text[at:at + n])
        at += n
    return out


def _split(chunk: str) -> tuple[tuple[int, int], ...] | None:
    """(offset, length) of the tokens spaCy makes of one whitespace-free chunk; None when that is
    the chunk itself."""
    rules = _rules()
    tokens = _matched_specials(_affix_tokens(chunk, rules, rules.specials), rules)
    if len(tokens) == 1:
        return None
    pieces, at = [], 0
    for token in tokens:
        pieces.append((at, len(token)))
        at += len(token)
    return tuple(pieces)


def _matched_specials(tokens: list[str], rules: _Rules) -> list[str]:
    """``tokens`` after spaCy's special-case matcher (``Tokenizer._apply_special_cases``): where
    the tokens of a special case with punctuation stand together (``8`` ``)`` in ``(29/8)``,
    ``Kab`` ``.`` in ``Kab.Inhil``), they become its pieces (``8)``, ``Kab.``). Of overlapping
    matches the longest, then the first, is kept, as spaCy's ``_filter_special_spans`` does."""
    matched = rules.matched
    spans = [(i, i + len(seq)) for i, token in enumerate(tokens) if token in matched
             for seq in matched[token] if tuple(tokens[i:i + len(seq)]) == seq]
    if not spans:
        return tokens
    spans.sort(key=lambda span: (span[0] - span[1], span[0]))
    seen: set[int] = set()
    kept = []
    for start, end in spans:
        if start not in seen and end - 1 not in seen:
            kept.append((start, end))
        seen.update(range(start, end))
    out, at = [], 0
    for start, end in sorted(kept):
        text = "".join(tokens[start:end])
        out += tokens[at:start] + _special(text, rules.specials[text])
        at = end
    return out + tokens[at:]


def _pieces(chunk: str) -> tuple[tuple[int, int], ...] | None:
    """(offset, length) of the tokens spaCy makes of one whitespace-free (or all-space) chunk;
    None when that is the chunk itself."""
    if len(chunk) >= 100:  # no word is this long: one token, as make_doc's mask gives
        hit = None
    else:
        hit = _split(chunk)
    _PIECES[chunk] = hit
    return hit


def _learn(chunks: list[str]) -> None:
    """Tokenise the unseen whitespace-free chunks of a page and remember them. Each chunk is split
    alone (``_split``), so its pieces never depend on what the page, or the pages before it, held
    (spaCy's special cases with punctuation, such as ``(:``, are matched across a space: ``( :)``
    splits ``:)`` while ``x :)`` keeps it; a chunk alone never meets them)."""
    for chunk in dict.fromkeys(chunks):
        _PIECES[chunk] = None if len(chunk) >= 100 else _split(chunk)


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
