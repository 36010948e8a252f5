"""Word lists as regex alternations, built as a character trie (``kemarin(?:\\s{1,2}lusa)?``).

Python's regex engine tries the alternatives of ``a|b|c`` one by one at every position; a trie
tests each first letter once, so a list of fifty words costs about what one word costs. At any
position the longer of two words that share a prefix is tried first, as in a longest-first
alternation, so the two match the same text.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["alternation"]


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
