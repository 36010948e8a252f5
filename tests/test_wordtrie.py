"""wordtrie.alternation matches what a longest-first alternation of the same words matches."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from psm_extract.wordtrie import alternation


def _longest_first(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@pytest.mark.parametrize("words, text, found", [
    (["kemarin", "kemarin lusa", "lusa"], "kemarin lusa dan lusa", ["kemarin lusa", "lusa"]),
    (["se", "sebelas", "seratus"], "seratus sebelas se", ["seratus", "sebelas", "se"]),
    (["Jum'at", "Jumat"], "Jum'at, Jumat", ["Jum'at", "Jumat"]),
    ([], "apa saja", []),
])
def test_alternation(words, text, found):
    assert [m.group() for m in re.finditer(alternation(words), text)] == found


def test_space_pattern():
    assert re.fullmatch(alternation(["kemarin lusa"], space=r"\s{1,2}"), "kemarin  lusa")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text("abc .", min_size=1, max_size=5), min_size=1, max_size=8),
       st.text("abc .", max_size=30))
def test_same_matches_as_longest_first(words, text):
    trie, flat = re.compile(alternation(words)), re.compile(_longest_first(words))
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)]
    # with a suffix that forces backtracking into shorter words
    trie_b, flat_b = re.compile(f"(?:{alternation(words)})b"), re.compile(f"(?:{_longest_first(words)})b")
    assert [m.span() for m in trie_b.finditer(text)] == [m.span() for m in flat_b.finditer(text)]
