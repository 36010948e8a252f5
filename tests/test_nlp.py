"""The slim tokenizer tokenises the corpus like spacy.blank("id"), but for our abbreviations."""
from __future__ import annotations

from pathlib import Path

import pytest

from psm_extract import resources
from psm_extract.nlp import make_doc
from psm_extract.parse import parse

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.fixture(scope="module")
def full():
    spacy = pytest.importorskip("spacy")
    return spacy.blank("id")


@pytest.mark.parametrize("path", sorted((FIXTURES / "pages").glob("*.txt")), ids=lambda p: p.stem)
def test_same_tokens_as_blank_id_except_kept_abbreviations(path: Path, full):
    text = parse(path).text
    ours = {(t.idx, t.text) for t in make_doc(text)}
    theirs = {(t.idx, t.text) for t in full(text)}
    kept = set(resources.lines("tokenizer_special_cases.tsv"))
    assert {tok for _, tok in ours - theirs} <= kept
    # where spaCy splits "Kab." into "Kab" + ".", we keep one token; nothing else differs
    assert {tok for _, tok in theirs - ours} <= {a.rstrip(".") for a in kept} | {"."}


@pytest.mark.parametrize("text, tokens", [
    ("anak-anak, masing-masing.", ["anak-anak", ",", "masing-masing", "."]),
    ("Kab. Siak dan Jln. Yos Sudarso", ["Kab.", "Siak", "dan", "Jln.", "Yos", "Sudarso"]),
    ("H. Dahrius Husin, S.Sos, M.Si", ["H.", "Dahrius", "Husin", ",", "S.Sos", ",", "M.Si"]),
    ("Rabu (12/9) di Pekanbaru", ["Rabu", "(", "12", "/", "9", ")", "di", "Pekanbaru"]),
])
def test_tokens(text: str, tokens: list[str]):
    assert [t.text for t in make_doc(text)] == tokens


def test_long_runs_are_masked_with_offsets_kept():
    text = "yaitu," + "-" * 5_000 + " Bupati Siak"
    doc = make_doc(text)
    assert doc[-1].text == "Siak" and text[doc[-1].idx:doc[-1].idx + 4] == "Siak"
    assert len(doc.text) == len(text)
