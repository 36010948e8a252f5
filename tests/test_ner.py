"""The shipped NER pipeline (psm_extract.ner) and the training label mapping (training/convert.py)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from psm_extract.ner import LABELS, MODEL_DIR, find_entities, load_ner
from psm_extract.records import Entity

ROOT = Path(__file__).resolve().parent.parent


def _convert():
    spec = importlib.util.spec_from_file_location("ner_convert", ROOT / "training" / "convert.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


convert = _convert()

# --- training/convert.py: reading and label mapping --------------------------------------------

NERGRIT_SAMPLE = """Gubernur\tO
Riau\tB-PLACE
Syamsuar\tB-PERSON
mengunjungi\tO
Badan\tB-ORGANISATION
Pusat\tI-ORGANISATION
Statistik\tI-ORGANISATION

di\tO
Pekanbaru\tB-PLACE
""".splitlines(keepends=True)

NERP_SAMPLE = """kepala\tO
dinas\tO
tata\tO
kota\tO
manado\tB-PLC
amos\tB-PPL
kenda\tI-PPL
makan\tO
rendang\tB-FNB
padang\tI-FNB
di\tO
pt\tB-IND
telkom\tI-IND
saat\tO
pekan\tB-EVT
raya\tI-EVT
""".splitlines(keepends=True)


def test_read_conll_splits_sentences():
    sents = list(convert.read_conll(NERGRIT_SAMPLE))
    assert [w for w, _ in sents] == [
        ["Gubernur", "Riau", "Syamsuar", "mengunjungi", "Badan", "Pusat", "Statistik"],
        ["di", "Pekanbaru"],
    ]
    assert sents[1][1] == ["O", "B-PLACE"]


def test_map_nergrit_labels():
    (words, tags), _ = convert.read_conll(NERGRIT_SAMPLE)
    assert convert.map_tags(tags, "nergrit") == ["O", "B-LOC", "B-PER", "O", "B-ORG", "I-ORG", "I-ORG"]


def test_map_nerp_labels_drops_fnb():
    ((words, tags),) = convert.read_conll(NERP_SAMPLE)
    mapped = convert.map_tags(tags, "nerp")
    assert mapped == [
        "O", "O", "O", "O", "B-LOC", "B-PER", "I-PER", "O", "O", "O", "O",
        "B-ORG", "I-ORG", "O", "B-EVENT", "I-EVENT",
    ]


@pytest.mark.parametrize(
    ("tags", "corpus", "expected"),
    [
        (["O", "I-PPL", "I-PPL"], "nerp", ["O", "B-PER", "I-PER"]),  # stray I- starts an entity
        (["B-PLC", "I-PPL"], "nerp", ["B-LOC", "B-PER"]),  # label change inside a run
        (["B-FNB", "I-FNB", "I-PPL"], "nerp", ["O", "O", "B-PER"]),
        (["I-PERSON"], "nergrit", ["B-PER"]),
    ],
)
def test_map_tags_repairs_bio(tags, corpus, expected):
    assert convert.map_tags(tags, corpus) == expected


def test_map_tags_rejects_unknown_label():
    with pytest.raises(ValueError):
        convert.map_tags(["B-PPL"], "nergrit")


def test_truecase_capitalises_entities_and_sentence_start():
    words = ["kepala", "dinas", "kota", "manado", "amos", "kenda", "hadir"]
    tags = ["O", "O", "O", "B-LOC", "B-PER", "I-PER", "O"]
    assert convert.truecase(words, tags) == ["Kepala", "dinas", "kota", "Manado", "Amos", "Kenda", "hadir"]


def test_to_doc_sets_mapped_entities():
    import spacy

    ((words, tags),) = convert.read_conll(NERP_SAMPLE)
    doc = convert.to_doc(spacy.blank("xx").vocab, words, convert.map_tags(tags, "nerp"))
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("manado", "LOC"), ("amos kenda", "PER"), ("pt telkom", "ORG"), ("pekan raya", "EVENT"),
    ]


# --- the shipped model ----------------------------------------------------------------------------

PAGES = sorted((ROOT / "fixtures" / "pages").glob("*.txt"))


def test_model_folder_is_small_and_credited():
    files = [p for p in MODEL_DIR.rglob("*") if p.is_file()]
    names = {p.relative_to(MODEL_DIR).as_posix() for p in files}
    assert {"config.cfg", "meta.json", "tok2vec/model", "ner/model", "LICENSE", "CREDITS.md"} <= names
    assert not any(n.startswith(("vocab/", "tokenizer/")) for n in names)  # stripped for inference
    assert sum(p.stat().st_size for p in files) < 10_000_000
    assert "Apache License" in (MODEL_DIR / "LICENSE").read_text(encoding="utf-8")
    credits = (MODEL_DIR / "CREDITS.md").read_text(encoding="utf-8")
    for who in ("grit-id/nergrit-corpus", "NERP", "IndoNLU", "Hoesen"):
        assert who in credits


def test_load_is_cached_and_uses_the_project_tokenizer():
    from psm_extract.nlp import get_nlp

    nlp = load_ner()
    assert load_ner() is nlp
    assert nlp.pipe_names == ["tok2vec", "ner"]
    assert nlp.vocab is get_nlp().vocab
    assert set(nlp.get_pipe("ner").labels) == LABELS


# Real sentences from the dev pages; only what the shipped model gets right is asserted.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kepala Dinas Sosial Provinsi Riau H. Dahrius Husin", {("PER", "Dahrius Husin")}),
        (
            "Kepala Dinas Sosial Provinsi Riau H. Dahrius Husin pada paparannya yang sekaligus "
            "membuka acara menjelaskan bahwa pada saat ini terdapat 7 (tujuh) kelompok",
            # the pages model (training/README.md) no longer tags the office's region here
            {("PER", "Dahrius Husin")},
        ),
        (
            "PEKANBARU - Plt Gubernur Riau Brigjen TNI (Purn) Edy Natar Nasution diundang dalam "
            "acara pengukuhan Pengurus Ikatan Keluarga Pasaman",
            {("PER", "Edy Natar Nasution")},
        ),
        (
            "Rakor yang dibuka langsung oleh Gubernur Riau, yang diwakili Asisten Pemerintahan dan "
            "Kesejahteraan Rakyat Sekretariat Daerah Provinsi Riau, H Ahmad Syah Harofie mengangkat tema",
            {("PER", "Ahmad Syah Harofie")},
        ),
        (
            "Ketua Dewan Komnas Perlindungan Anak Seto Mulyadi yang akrab disapa Kak Seto",
            {("PER", "Seto Mulyadi")},
        ),
        (
            "Sekretaris Dinas Sosial Provinsi Riau H. Supriyadi didampingi oleh Kabid Rehabilitasi "
            "Sosial Andry Rinaldi beserta Pejabat Fungsional",
            {("PER", "Supriyadi")},
        ),
    ],
)
def test_entities_in_corpus_sentences(text, expected):
    ents = find_entities(text)
    assert expected <= {(e.label, e.text) for e in ents}
    for e in ents:
        assert text[e.start : e.end] == e.text


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_spans_valid_on_every_page(page):
    text = page.read_text(encoding="utf-8")
    ents = find_entities(text)
    assert ents, "every dev page names at least one place, person or organisation"
    for e in ents:
        assert isinstance(e, Entity)
        assert e.label in LABELS
        assert 0 <= e.start < e.end <= len(text)
        assert text[e.start : e.end] == e.text
        assert "\n" not in e.text  # lines are tagged one by one
    assert list(ents) == sorted(ents, key=lambda e: e.start)


def test_doc_input_matches_text_and_is_not_modified(nlp):
    text = (ROOT / "fixtures" / "pages" / "4790.txt").read_text(encoding="utf-8")
    doc = nlp.make_doc(text)
    assert find_entities(doc) == find_entities(text)
    assert doc.ents == ()


@pytest.mark.parametrize("text", ["", "   ", "\n\n", "\n \n"])
def test_blank_text_has_no_entities(text):
    assert find_entities(text) == ()


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200))
def test_any_text_gives_valid_spans(text):
    for e in find_entities(text):
        assert text[e.start : e.end] == e.text
        assert e.label in LABELS


def test_article_entities_only_when_asked():
    from psm_extract import Options, extract

    page = Path(__file__).resolve().parent.parent / "fixtures" / "pages" / "4412.txt"
    assert extract(page).entities == ()
    article = extract(page, options=Options(entities=True))
    assert any(e.label == "PER" and e.text == "Dahrius Husin" for e in article.entities)
    assert all(article.text[e.start:e.end] == e.text for e in article.entities)


def test_page_sentences_tag_gold_officials_and_leave_unknown_capitals_missing(tmp_path):
    """The ``pages`` variant: a gold official's name is PER, lower-case words and punctuation O,
    other capitalised words missing (None), lines without a gold name left out."""
    import json

    (tmp_path / "p.json").write_text(json.dumps({"officials": [{"name": "Dahrius Husin"}]}), encoding="utf-8")
    (tmp_path / "p.txt").write_text("Kepala Dinas Sosial H. Dahrius Husin membuka acara.\n"
                                    "Acara ini diikuti 50 orang.\n", encoding="utf-8")
    [(words, tags)] = convert.page_sentences(tmp_path)
    tagged = dict(zip(words, tags))
    assert (tagged["Dahrius"], tagged["Husin"]) == ("B-PER", "I-PER")
    assert (tagged["membuka"], tagged["."]) == ("O", "O")
    assert tagged["Kepala"] is None and tagged["Sosial"] is None
