#!/usr/bin/env python3
"""Train the officials' role model (``psm_extract/data/officials_roles_model.json``) on the train split.

    python training/roles/train.py            # k-fold figures, then fit on all train pages and ship
    python training/roles/train.py --check    # refit and compare with the shipped weights (exit 1 if not)

Candidates and their features come from the extractor itself (``officials_learned.recording``);
a candidate's label is whether its name matches a gold official's name of its page (score.py's
``names_match``). The model is a logistic regression in numpy (full-batch gradient descent from
zero weights: deterministic), features seen in fewer than ``MIN_COUNT`` candidates dropped. The
threshold is the one of ``THRESHOLDS`` with the best k-fold officials_name+position F1, each fold's
pages decided by a model fitted on the other folds. Only fixtures/corpus/train is read.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path


ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from psm_extract import extract  # noqa: E402
from psm_extract.extractors import officials_learned as ol  # noqa: E402
from psm_extract.options import Options  # noqa: E402
from training.logreg import digest, fit_weights, reproduces  # noqa: E402

TRAIN = ROOT / "fixtures" / "corpus" / "train"
SHIPPED = ROOT / "psm_extract" / "data" / ol.MODEL_FILE
SCORER = ROOT.parent / "shared" / "tools" / "score.py"
FOLDS = 5
MIN_COUNT = 2
L2 = 1.0
STEPS = 3000
RATE = 0.5
THRESHOLDS = (0.2, 0.3, 0.4, 0.5)  # a rules' mention stays at this probability or more
ADD_THRESHOLDS = (0.4, 0.5, 0.6, 0.7, 0.8)  # a NER name is added at this or more
FIELDS = ("officials_name", "officials_name+position")
KEEP_ALL = ol.Model({}, 0.0, 0.5, 0.5)  # keeps every rules' mention, adds every NER name: the candidates
LEARNED = Options(learned_officials=True, timeout=None, extractors=("officials",))
RULES = Options(timeout=None, extractors=("officials",))


def scorer():
    spec = importlib.util.spec_from_file_location("score", SCORER)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def pages() -> list[tuple[Path, dict]]:
    return [(t, json.loads(t.with_suffix(".json").read_text(encoding="utf-8")))
            for t in sorted(TRAIN.glob("*.txt"))]


def officials(path: Path, options: Options) -> list[dict]:
    return [{"name": o.name, "position": o.position} for o in extract(path, options=options).officials or ()]


def candidates(data: list[tuple[Path, dict]], sc) -> list[list[tuple[list[str], int]]]:
    """Per page: (features, label) of each candidate."""
    out = []
    for path, gold in data:
        names = [g.get("name") for g in gold.get("officials") or []]
        with ol.using(KEEP_ALL), ol.recording() as rows:
            extract(path, options=LEARNED)
        out.append([(f, label(sc, gold, n, src, pos)) for n, src, f, pos in rows])
    return out


def label(sc, gold: dict, name: str, source: str, position: str | None) -> int:
    """1 when the name matches a gold official's; a NER name's pair also needs its position (token F1
    >= .5, as score.py's +position)."""
    for g in gold.get("officials") or []:
        if sc.names_match(g.get("name"), name):
            return int(source == "rule" or sc.token_f1(g.get("position"), position) >= 0.5)
    return 0


def fit(rows: list[tuple[list[str], int]], threshold: float = 0.5, add_threshold: float = 0.5) -> ol.Model:
    """The model of ``rows`` (training/logreg.py) with the given keep and add thresholds."""
    weights, bias = fit_weights(rows, min_count=MIN_COUNT, l2=L2, steps=STEPS, rate=RATE)
    return ol.Model(weights, bias, threshold, add_threshold)


def tally(sc, data: list[tuple[Path, dict]], options: Options, model: ol.Model | None = None) -> dict:
    t = {f: sc.Tally() for f in sc.FIELDS}
    for path, gold in data:
        if model is not None:
            with ol.using(model):
                pred = {"officials": officials(path, options)}
        else:
            pred = {"officials": officials(path, options)}
        sc.score_article(t, {"officials": gold.get("officials") or []}, pred)
    return {f: t[f].prf() for f in FIELDS}


def kfold(sc, data, cands) -> dict[tuple[float, float], dict]:
    """officials figures over the train pages, each fold decided by a model of the other folds, for
    each pair of thresholds."""
    out: dict[tuple[float, float], dict] = {}
    folds = [[i for i in range(len(data)) if i % FOLDS == k] for k in range(FOLDS)]
    models = [fit([r for i in range(len(data)) if i % FOLDS != k for r in cands[i]]) for k in range(FOLDS)]
    for th in ((a, b) for a in THRESHOLDS for b in ADD_THRESHOLDS):
        t = {f: sc.Tally() for f in sc.FIELDS}
        for k, idx in enumerate(folds):
            m = ol.Model(models[k].weights, models[k].bias, *th)
            for i in idx:
                path, gold = data[i]
                with ol.using(m):
                    pred = {"officials": officials(path, LEARNED)}
                sc.score_article(t, {"officials": gold.get("officials") or []}, pred)
        out[th] = {f: t[f].prf() for f in FIELDS}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="refit on the shipped threshold and compare")
    args = ap.parse_args(argv)
    sc = scorer()
    data = pages()
    cands = candidates(data, sc)
    rows = [r for page in cands for r in page]
    if args.check:
        return 0 if reproduces(fit, rows, SHIPPED) else 1
    print(f"{len(data)} train pages, {len(rows)} candidates, {sum(l for _, l in rows)} officials")
    rules = tally(sc, data, RULES)
    cv = kfold(sc, data, cands)
    fmt = lambda prf: "P %.3f R %.3f F %.3f" % prf  # noqa: E731
    for f in FIELDS:
        print(f"rules  {f:26s} {fmt(rules[f])}")
    for th, res in cv.items():
        for f in FIELDS:
            print(f"kfold@{th[0]}/{th[1]} {f:26s} {fmt(res[f])}")
    best = max(cv, key=lambda th: round(sum(cv[th][f][2] for f in FIELDS), 6))  # first of the best
    model = fit(rows, *best)
    meta = {"about": "officials' role model of psm_extract/extractors/officials_learned.py: logistic regression "
                     "weights over binary context features; written by training/roles/train.py, do not edit",
            "trained_on": "fixtures/corpus/train", "pages": len(data), "candidates": len(rows),
            "positives": sum(l for _, l in rows), "folds": FOLDS, "l2": L2, "steps": STEPS, "rate": RATE,
            "min_count": MIN_COUNT, "data_digest": digest(cands),
            "kfold": {f: [round(v, 4) for v in cv[best][f]] for f in FIELDS},
            "rules": {f: [round(v, 4) for v in rules[f]] for f in FIELDS}}
    SHIPPED.write_text(json.dumps(model.to_json(meta), indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"thresholds {best}; {len(model.weights)} weights -> {SHIPPED.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
