#!/usr/bin/env python3
"""Train the awards' recipient model (psm_extract/data/awards_recipients_model.json) on the corpus train split.

    python training/awards/train.py            # k-fold and validation-19 figures, then fit on all train pages and ship
    python training/awards/train.py --check    # refit and compare with the shipped weights (exit 1 if not)

Candidates and their features come from the extractor itself (``awards_learned.recording``). A
candidate's label: a rules' recipient is right when it matches a gold award recipient of its page
(score.py's awards matching: ``names_match`` or token F1 >= .6); a new (NER or region) candidate
when it matches a gold recipient that none of the rules' awards of the page matched (one the rules
already gave would be a second award). The model is a logistic regression in numpy (full-batch
gradient descent from zero weights: deterministic), features seen in fewer than ``MIN_COUNT``
candidates dropped. The thresholds are the pair of the grid with the best k-fold sum of the
awards_recipient and +title F1s, each fold's pages decided by a model fitted on the other folds.
The validation fold is exactly the 19 train pages landed by commit 76efea3, decided by a model
fitted on the other train pages. Only fixtures/corpus/train is read.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
from pathlib import Path


ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from psm_extract import extract  # noqa: E402
from psm_extract.extractors import awards_learned as al  # noqa: E402
from psm_extract.options import Options  # noqa: E402
from training.logreg import digest, fit_weights, reproduces  # noqa: E402

TRAIN = ROOT / "fixtures" / "corpus" / "train"
SHIPPED = ROOT / "psm_extract" / "data" / al.MODEL_FILE
SCORER = ROOT.parent / "shared" / "tools" / "score.py"
VALIDATION_COMMIT = "76efea3"  # its 19 train pages: the validation fold (common.md)
FOLDS = 5
MIN_COUNT = 2
L2 = 1.0
STEPS = 3000
RATE = 0.5
THRESHOLDS = (0.1, 0.2, 0.3, 0.4, 0.5)  # a rules' award stays at this probability or more
ADD_THRESHOLDS = (0.4, 0.5, 0.6, 0.7, 0.8, 0.9)  # a new candidate is added at this or more
FIELDS = ("awards_recipient", "awards_recipient+title")
KEEP_ALL = al.Model({}, 0.0, 0.5, 0.5)  # keeps every rules' award, adds every candidate: the candidates
LEARNED = Options(learned_awards=True, timeout=None)
RULES = Options(timeout=None)


def scorer():
    spec = importlib.util.spec_from_file_location("score", SCORER)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def pages() -> list[tuple[Path, dict]]:
    return [(t, json.loads(t.with_suffix(".json").read_text(encoding="utf-8")))
            for t in sorted(TRAIN.glob("*.txt"))]


def validation_ids() -> set[str]:
    """Ids of the train pages that VALIDATION_COMMIT added to fixtures/corpus/pages.tsv."""
    diff = subprocess.run(["git", "diff", f"{VALIDATION_COMMIT}^1", VALIDATION_COMMIT, "--",
                           "fixtures/corpus/pages.tsv"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    return {line[1:].split("\t")[0] for line in diff.splitlines()
            if line.startswith("+") and not line.startswith("+++") and "\ttrain\t" in line}


def awards(path: Path, options: Options) -> list[dict]:
    return [{"recipient": a.recipient, "title": a.title} for a in extract(path, options=options).awards or ()]


def same_recipient(sc, a: str | None, b: str | None) -> bool:
    return sc.names_match(a, b) or sc.token_f1(a, b) >= 0.6  # score.py's awards matching


def candidates(data: list[tuple[Path, dict]], sc) -> list[list[tuple[list[str], int]]]:
    """Per page: (features, label) of each candidate."""
    out = []
    for path, gold in data:
        gaw = gold.get("awards") or []
        with al.using(KEEP_ALL), al.recording() as rows:
            extract(path, options=LEARNED)
        rules = [{"recipient": n} for n, src, _, _ in rows if src == "rule"]
        _, _, _, pairs = sc.match_sets(gaw, rules, lambda g, p: same_recipient(sc, g.get("recipient"),
                                                                                 p.get("recipient")))
        left = [g for g in gaw if not any(g is m for m, _ in pairs)]
        out.append([(f, label(sc, gaw, left, n, src, title)) for n, src, f, title in rows])
    return out


def label(sc, gaw: list[dict], left: list[dict], name: str, source: str, title: str | None) -> int:
    """1 when a rules' recipient matches a gold one, or a new candidate one the rules' awards left unmatched.
    (Requiring a new candidate's title to match too, with two anchors paired with each, gave a lower
    k-fold: too few positives.)"""
    return int(any(same_recipient(sc, g.get("recipient"), name) for g in (gaw if source == "rule" else left)))


def fit(rows: list[tuple[list[str], int]], threshold: float = 0.5, add_threshold: float = 0.5) -> al.Model:
    """The model of ``rows`` (training/logreg.py) with the given keep and add thresholds."""
    weights, bias = fit_weights(rows, min_count=MIN_COUNT, l2=L2, steps=STEPS, rate=RATE)
    return al.Model(weights, bias, threshold, add_threshold)


def tally(sc, data: list[tuple[Path, dict]], idx, options: Options, model: al.Model | None = None, t=None) -> dict:
    t = t if t is not None else {f: sc.Tally() for f in sc.FIELDS}
    for i in idx:
        path, gold = data[i]
        if model is not None:
            with al.using(model):
                pred = {"awards": awards(path, options)}
        else:
            pred = {"awards": awards(path, options)}
        sc.score_article(t, {"awards": gold.get("awards") or []}, pred)
    return t


def grid(sc, data, cands, folds: list[list[int]]) -> dict[tuple[float, float], dict]:
    """awards figures over the pages of ``folds``, each fold decided by a model of the other train pages, for
    each pair of thresholds."""
    held = [set(idx) for idx in folds]
    models = [fit([r for i in range(len(data)) if i not in h for r in cands[i]]) for h in held]
    out: dict[tuple[float, float], dict] = {}
    for th in ((a, b) for a in THRESHOLDS for b in ADD_THRESHOLDS):
        t = {f: sc.Tally() for f in sc.FIELDS}
        for k, idx in enumerate(folds):
            tally(sc, data, idx, LEARNED, al.Model(models[k].weights, models[k].bias, *th), t)
        out[th] = {f: t[f].prf() for f in FIELDS}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="refit on the shipped thresholds and compare")
    args = ap.parse_args(argv)
    sc = scorer()
    data = pages()
    cands = candidates(data, sc)
    rows = [r for page in cands for r in page]
    if args.check:
        return 0 if reproduces(fit, rows, SHIPPED) else 1
    print(f"{len(data)} train pages, {len(rows)} candidates, {sum(l for _, l in rows)} recipients "
          f"({sum(1 for f, l in rows if l and 'src=rule' not in f)} of them new)")
    fmt = lambda prf: "P %.3f R %.3f F %.3f" % prf  # noqa: E731
    every = range(len(data))
    rules = {f: tally(sc, data, every, RULES)[f].prf() for f in FIELDS}
    val = validation_ids()
    vidx = [i for i, (p, _) in enumerate(data) if p.stem.split(".", 1)[0] in val]
    vrules = {f: tally(sc, data, vidx, RULES)[f].prf() for f in FIELDS}
    cv = grid(sc, data, cands, [[i for i in every if i % FOLDS == k] for k in range(FOLDS)])
    for f in FIELDS:
        print(f"rules  {f:24s} {fmt(rules[f])}")
    for th, res in cv.items():
        for f in FIELDS:
            print(f"kfold@{th[0]}/{th[1]} {f:24s} {fmt(res[f])}")
    best = max(cv, key=lambda th: round(sum(cv[th][f][2] for f in FIELDS), 6))  # first of the best
    vcv = grid(sc, data, cands, [vidx])[best]
    print(f"validation: {len(vidx)} pages (train pages landed by {VALIDATION_COMMIT}), model of the other pages")
    for f in FIELDS:
        print(f"validation rules   {f:24s} {fmt(vrules[f])}")
        print(f"validation learned {f:24s} {fmt(vcv[f])}")
    model = fit(rows, *best)
    meta = {"about": "awards' recipient model of psm_extract/extractors/awards_learned.py: logistic regression "
                     "weights over binary context features; written by training/awards/train.py, do not edit",
            "trained_on": "fixtures/corpus/train", "pages": len(data), "candidates": len(rows),
            "positives": sum(l for _, l in rows), "folds": FOLDS, "l2": L2, "steps": STEPS, "rate": RATE,
            "min_count": MIN_COUNT, "data_digest": digest(cands),
            "kfold": {f: [round(v, 4) for v in cv[best][f]] for f in FIELDS},
            "validation": {f: [round(v, 4) for v in vcv[f]] for f in FIELDS},
            "rules": {f: [round(v, 4) for v in rules[f]] for f in FIELDS}}
    SHIPPED.write_text(json.dumps(model.to_json(meta), indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"thresholds {best}; {len(model.weights)} weights -> {SHIPPED.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
