"""wordmatch: trie alternations match what longest-first alternations match; fold and ascii_letters
agree with what re.IGNORECASE matches."""
from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from psm_extract.dates import parse_date
from psm_extract.numbers import find_numbers
from psm_extract.wordmatch import alternation, ascii_letters, fold


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


def test_the_characters_ignorecase_folds_to_ascii_letters_are_the_ones_fold_knows():
    import sys

    letter = re.compile("(?i)[a-z]")
    others = [chr(c) for c in range(128, sys.maxunicode + 1) if letter.fullmatch(chr(c))]
    assert others == ["İ", "ı", "ſ", "\u212a"]
    assert [fold(c) for c in others] == ["i", "i", "s", "k"]
    assert not any(ascii_letters(f"kata {c} kata") for c in others)


@pytest.mark.parametrize("word, key", [("JULI", "juli"), ("Julı", "juli"), ("SEMİLYAR", "semilyar"),
                                       ("ſeratus", "seratus"), ("\u212aetiga", "ketiga"), ("Nop.", "nop."),
                                       ("“Teks Foto” – ANTARA", "“teks foto” – antara")])
def test_fold(word, key):
    assert fold(word) == key


@pytest.mark.parametrize("text, expected", [("Rabu (12/9) “di” Siak – 5%", True), ("Kota Pekanbaru", True),
                                            ("café", False), ("Julı", False), ("x\u00a0y", True)])
def test_ascii_letters(text, expected):
    assert ascii_letters(text) is expected


def test_dotless_i_and_long_s_in_words_are_read_not_raised():
    assert parse_date("12 Julı 2023") == dt.date(2023, 7, 12)
    assert [n.value for n in find_numbers("sekıtar 5 mılyar, ſeratus")] == [5_000_000_000, 100]
