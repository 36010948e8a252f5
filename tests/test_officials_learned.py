"""The learned role decision of the officials (``Options(learned_officials=True)``): features on
real train sentences, the shipped model, the decision, and that training reproduces the weights."""
from __future__ import annotations

import importlib.util
import io
import json
import sys
from pathlib import Path

import pytest

from psm_extract import resources
from psm_extract.extractors import Context, officials_learned
from psm_extract.extractors.officials import extract_officials
from psm_extract.extractors.officials_learned import Model, load_model, recording, using
from psm_extract.options import Options
from psm_extract.parse import Page

ROOT = Path(__file__).resolve().parent.parent
TRAIN_SCRIPT = ROOT / "training" / "roles" / "train.py"
LEARNED = Options(learned_officials=True)
SEED = str(ROOT / "fixtures" / "pages" / "4412.txt")

# dishub-kampar-69 (train): a name the rules read after its position, one only the NER reads
# ("Bapak Muhammad Nasir, SE. Selaku Kepala Bidang ...")
KAMPAR = ("Rapat dihadiri Kepala Dinas Perhubungan Kampar Drs. M. Amin Filda yang di wakili oleh Bapak "
          "Muhammad Nasir, SE. Selaku Kepala Bidang Angkutan dan Sarana di Dinas Perhubungan Kampar.")
KABID = "Kepala Bidang Angkutan dan Sarana di Dinas Perhubungan Kampar"


def run(text: str, options: Options = LEARNED):
    return extract_officials(Context(text=text, page=Page(text=text), options=options))


def candidates(text: str) -> list[tuple[str, str, list[str], str | None]]:
    with using(Model({}, 0.0, 0.5, 0.5)), recording() as rows:
        run(text)
    return rows


@pytest.mark.parametrize("text, name, source, position, present, absent", [
    (KAMPAR, "M. Amin Filda", "rule", "Kepala Dinas Perhubungan Kampar",
     {"src=rule", "rule=officials.position_name", "hon_before", "initial", "words=3", "pos=before:0",
      "w+1=yang", "w-1=<cap>", "rule|pos=before:0", "pos_head=kepala"},
     {"src=ner", "no_position", "common_word"}),
    (KAMPAR, "Muhammad Nasir", "ner", KABID,  # its nearest position: after it, "Selaku" between
     {"src=ner", "rule=ner", "rank=0", "w-1=bapak", "degree_after", "pos=after:1", "gap=after:selaku",
      "ner|pos=after:1", "repeated=False"},
     {"src=rule", "hon_before"}),
    (KAMPAR, "Muhammad Nasir", "ner", "Kepala Dinas Perhubungan Kampar",  # the second nearest, before it
     {"rank=1", "pos=before:6-12"}, {"rank=0"}),
    # bengkaliskab-hari-jadi-ke-19-kecamatan-siak-kecil (train): a position then its name, a verb after
    ("Gubernur Riau Syamsuar mengatakan selamat dan tahniah kepada Kecamatan Siak Kecil yang hari ini "
     "melaksanakan hari jadi ke-19 semoga semakin jaya dan cemerlang dimasa yang akan datang.", "Syamsuar",
     "rule", "Gubernur Riau", {"pos=before:0", "words=1", "w+1=mengatakan", "w-1=<cap>", "gap=before:"},
     {"no_position", "hon=True"}),
])
def test_features(text, name, source, position, present, absent):
    rows = [r for r in candidates(text) if r[0] == name and r[1] == source and r[3] == position]
    assert len(rows) == 1, candidates(text)
    feats = set(rows[0][2])
    assert present <= feats, present - feats
    assert not absent & feats


def test_context_words_are_classes_not_names():
    """No feature names a capitalised word of the page: they are read by class."""
    for _, _, feats, _ in candidates(KAMPAR):
        for f in feats:
            assert not any(w in f for w in ("Filda", "filda", "nasir", "perhubungan", "kampar")), f


def test_shipped_model_loads():
    model = load_model()
    assert len(model.weights) > 100
    assert 0 < model.threshold < 1 and 0 < model.add_threshold < 1
    meta = json.loads(resources.read_text(officials_learned.MODEL_FILE))["meta"]
    assert meta["trained_on"] == "fixtures/corpus/train"


def test_decision_drops_and_adds():
    """A model that rejects every rules' name and accepts every NER name swaps them."""
    assert {o.name for o in run(KAMPAR, Options())} >= {"M. Amin Filda"}
    assert "Muhammad Nasir" not in {o.name for o in run(KAMPAR, Options())}
    with using(Model({"src=rule": -10.0, "src=ner": 10.0}, 0.0, 0.5, 0.5)):
        found = run(KAMPAR)
    assert {o.name for o in found} == {"Muhammad Nasir"}
    (nasir,) = found
    assert nasir.position == KABID  # the pair scored highest: ties go to the nearest
    assert any(sp.rule == "officials.learned_ner" for sp in nasir.spans)
    with using(Model({}, 5.0, 0.5, 1.0)):  # keeps every rules' name, adds nothing
        assert {o.name for o in run(KAMPAR)} == {o.name for o in run(KAMPAR, Options())}


def test_off_by_default():
    with recording() as rows:
        run(KAMPAR, Options())
    assert rows == []


@pytest.mark.skipif(not (ROOT.parent / "shared" / "tools" / "score.py").exists(), reason="no scorer")
def test_training_reproduces_shipped_weights(capsys):
    spec = importlib.util.spec_from_file_location("roles_train", TRAIN_SCRIPT)
    train = importlib.util.module_from_spec(spec)
    sys.modules["roles_train"] = train
    spec.loader.exec_module(train)
    assert train.main(["--check"]) == 0
    assert "weights reproduced" in capsys.readouterr().out


def test_cli_flag():
    """``--learned-officials`` reaches the extractor: candidates are recorded, the record is whole."""
    from psm_extract import cli

    out = io.StringIO()
    with recording() as rows:
        assert cli.process_args(cli.parse_args(["--learned-officials", SEED]), out=out) == 0
    assert rows
    assert "Dahrius Husin" in {o["name"] for o in json.loads(out.getvalue())["officials"]}
