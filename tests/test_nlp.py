"""The slim tokenizer tokenises the corpus like spacy.blank("id"), but for our abbreviations;
``tokenize()`` gives the same tokens as ``make_doc()``."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from psm_extract import resources
from psm_extract.nlp import make_doc, tokenize
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


# -- tokenize(): spaCy's tokens as columns, without a Doc --------------------------------------

def _columns(text: str) -> tuple[list[str], list[int], list[bool]]:
    """make_doc's tokens as (texts, starts, spaces); texts sliced from ``text`` (make_doc masks
    100+ character runs, tokenize keeps them as they are)."""
    doc = make_doc(text)
    return ([text[t.idx:t.idx + len(t)] for t in doc], [t.idx for t in doc],
            [bool(t.whitespace_) for t in doc])


@pytest.mark.parametrize("path", sorted((FIXTURES / "pages").glob("*")), ids=lambda p: p.name)
def test_tokenize_gives_make_docs_tokens_on_every_fixture(path: Path):
    text = parse(path).text
    assert tuple(tokenize(text)) == _columns(text)


@pytest.mark.parametrize("text", [
    "", " ", "  ", "\n", " \n ", "a  b", "a \n\nb ", " a", "a ", "a  ", "\ta\t", "a\xa0b", "(Kab. Siak),",
    "Kab . Siak", "x" * 150 + ". Siak", "di\u3000Pekanbaru", "e-mail: humas@riau.go.id.",
])
def test_tokenize_whitespace_and_edges(text: str):
    assert tuple(tokenize(text)) == _columns(text)


_PIECES = [" ", "  ", "\n", "\t", "\xa0", "\u200b", "\r\n", "a", "Siak", "Kab.", "H.", "Rp.", ".", ",",
           "(", ")", "-", "'", '"', "“", "…", "/", "12/9", "anak-anak", "S.Sos", "http://riau.go.id/x",
           "x" * 120]


def _chunk_tokens(text: str) -> list[tuple[int, str]]:
    """(start, text) of the tokens make_doc gives each whitespace-free chunk of ``text`` alone."""
    return [(m.start() + t.idx, text[m.start() + t.idx:m.start() + t.idx + len(t)])
            for m in re.finditer(r"\S+", text) for t in make_doc(m.group())]


def _chunk_local(text: str) -> bool:
    """make_doc tokenises each chunk of ``text`` as it does the chunk alone: true but where spaCy
    matches an emoticon special case over two chunks (``( :)`` splits ``:)``, ``x :)`` keeps it)."""
    words, starts, _ = _columns(text)
    return [(s, w) for w, s in zip(words, starts) if w.strip()] == _chunk_tokens(text)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES) | st.text(max_size=4), max_size=16).map("".join))
def test_tokenize_matches_spacy_on_any_text(text: str):
    """make_doc's tokens where spaCy's are chunk by chunk; else each chunk's tokens alone."""
    words, starts, spaces = tokenize(text)
    if _chunk_local(text):
        assert (words, starts, spaces) == _columns(text)
    else:
        assert [(s, w) for w, s in zip(words, starts) if w.strip()] == _chunk_tokens(text)
    assert all(text[s:s + len(w)] == w for w, s in zip(words, starts))


@pytest.mark.parametrize("before, text", [
    ("(", "( :)'Rt./\u200b"),             # the chunk learnt alone, then with "(" before it
    ("( =(t\U0002e3ba6Rp.", "=(t\U0002e3ba6Rp."),  # the chunk learnt after "(", then alone
])
def test_tokens_of_a_chunk_do_not_depend_on_the_pages_before(before: str, text: str):
    """The piece table keeps a chunk's tokens as spaCy gives the chunk alone, whichever page
    taught it (a Hypothesis run once saw ``=(`` split after an earlier example held ``( =(``)."""
    from psm_extract import nlp

    nlp._PIECES.clear()
    fresh = tuple(tokenize(text))
    nlp._PIECES.clear()
    tokenize(before)
    assert tuple(tokenize(text)) == fresh
    assert [(s, w) for w, s in zip(fresh[0], fresh[1]) if w.strip()] == _chunk_tokens(text)



_WORDS = [w for w in _PIECES if w.strip() == w and w] + ["Pekanbaru,", "(Kab.", "Siak)."]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_WORDS) | st.text(st.characters(blacklist_categories=("Z", "C")),
                                                                min_size=1, max_size=5),
                         min_size=1, max_size=8).map(" ".join), min_size=1, max_size=4).map("\n\n".join))
def test_tokenize_matches_spacy_on_paragraphs(text: str):
    """Paragraphs of words parted by one space, joined by blank lines: an article's text."""
    words, starts, spaces = tokenize(text)
    if _chunk_local(text):
        assert (words, starts, spaces) == _columns(text)
    else:
        assert [(s, w) for w, s in zip(words, starts) if w.strip()] == _chunk_tokens(text)

# -- renewal: the vocab stays bounded over a long run ------------------------------------------

def test_renewal_builds_a_fresh_language_and_tokens_stay_the_same(monkeypatch):
    from psm_extract import nlp

    text = parse(FIXTURES / "pages" / "4412.txt").text
    expected = tokenize(text)
    monkeypatch.setattr(nlp, "_MAX_LEARNED", 50)
    first = nlp.get_nlp()
    for i in range(3):
        tokens = tokenize(text + f" kata{i}baru{i}")
        assert tokens.words[:len(expected.words)] == expected.words
    assert nlp.get_nlp() is not first  # renewed between calls
    assert len(nlp._PIECES) < 50 + len(text.split())


def test_renewal_reloads_the_ner_pipeline_on_the_new_vocab(monkeypatch):
    from psm_extract import nlp
    from psm_extract.ner import find_entities, load_ner

    text = "Kepala Dinas Sosial Provinsi Riau H. Dahrius Husin membuka kegiatan di Siak."
    before = find_entities(text)
    monkeypatch.setattr(nlp, "_MAX_LEARNED", 50)
    tokenize(text + " " + " ".join(f"kata{i}" for i in range(60)))  # renews before, learns 60
    tokenize(text)  # renews again
    assert load_ner().vocab is nlp.get_nlp().vocab
    assert find_entities(text) == before
