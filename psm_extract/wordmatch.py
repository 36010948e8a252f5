"""Words: word lists in regexes (trie alternations), the two facts that let a case-insensitive
match of lower-case ASCII words be fast and be looked up, and a table of per-word facts.

``alternation`` builds a word list as a character trie (``kemarin(?:\\s{1,2}lusa)?``). Python's
regex engine tries the alternatives of ``a|b|c`` one by one at every position; a trie tests each
first letter once, so a list of fifty words costs about what one word costs. At any position the
longer of two words that share a prefix is tried first, as in a longest-first alternation, so the
two match the same text.

Under ``re.IGNORECASE`` an ASCII letter also matches a few other characters: ``ı`` and ``İ``
match ``i``, ``ſ`` matches ``s``, the Kelvin sign matches ``k``. ``fold`` maps a matched word back
to the lower-case key of its list; ``ascii_letters`` tells when none of those characters can be in
a text, so that matching ``text.lower()`` case-sensitively finds exactly what the
case-insensitive pattern finds in ``text`` (same length, same positions).

``WordCache`` keeps what a rule learns from a word's text alone, across pages, as spaCy keeps
its lexemes: a page of known words then costs a lookup per word.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Generic, TypeVar

__all__ = ["WordCache", "alternation", "ascii_letters", "fold"]

T = TypeVar("T")


def alternation(words: Iterable[str], space: str = r"\ ") -> str:
    """A regex matching any of ``words``; a space inside a word becomes ``space``."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here
    return _regex(trie).replace(r"\ ", space) if trie else r"(?!x)x"


def _regex(node: dict) -> str:
    """The regex of a trie node: its branches by next character, optional where a word ends."""
    branches = [re.escape(ch) + _regex(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    regex = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{regex})?" if "" in node else regex


_FOLD = str.maketrans({"ı": "i", "ſ": "s", "İ": "i"})


def fold(word: str) -> str:
    """The lower-case form under which a case-insensitive match of lower-case ASCII words is
    listed: ``fold("JULI") == fold("Julı") == "juli"``."""
    if word.isascii() or not ("ı" in word or "ſ" in word or "İ" in word):  # three C scans:
        return word.lower()  # str.translate looks each character up in a dict, ~50 ns apiece
    return word.translate(_FOLD).lower()


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def ascii_letters(text: str) -> bool:
    """Every letter and digit of ``text`` is ASCII (curly quotes and dashes may be there)."""
    return text.isascii() or not any(c.isalnum() for c in set(_NON_ASCII.findall(text)))


class WordCache(dict[str, T], Generic[T]):
    """``word -> fn(word)``, computed on first use and kept across pages (emptied when it holds
    ``limit`` words). ``map(cache.__getitem__, words)`` runs in C for the words seen before."""

    __slots__ = ("fn", "limit")

    def __init__(self, fn: Callable[[str], T], limit: int = 100_000) -> None:
        super().__init__()
        self.fn = fn
        self.limit = limit

    def __missing__(self, word: str) -> T:
        if len(self) >= self.limit:
            self.clear()
        value = self[word] = self.fn(word)
        return value
