"""Per-label P/R/F1 (spaCy's Scorer, ``ents_per_type``) of trained NER pipelines on the test splits.

Test sets (gold tokenisation, mapped labels, written by convert.py): NERGrit test (cased), NERP
test (lowercased, as distributed) and NERP test "truecased" (entity tokens and sentence starts
capitalised: a synthetic proxy for cased news). Prints markdown; ``--out`` also writes it to a file.

Usage: python training/evaluate.py [--model NAME=DIR ...] [--out training/RESULTS.md]
The first model is the one reported per label; every model gets a row in the casing comparison.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
CORPUS = HERE / "corpus"
TESTS = {
    "NERGrit test (cased)": "nergrit-test.spacy",
    "NERP test (lowercased)": "nerp-test.spacy",
    "NERP test truecased (synthetic)": "nerp-test-truecased.spacy",
}
LABELS = ("PER", "ORG", "LOC", "EVENT")
# IndoNLU (Wilie et al., 2020) IndoBERT fine-tunes on NERGrit: about 0.83-0.85 micro F1.
REFERENCE = "NERGrit test (cased): IndoBERT fine-tune, IndoNLU published reference | all (micro) | - | - | ~0.83-0.85 |"


def score(model_dir: Path, docbin: Path) -> tuple[dict, float, int, set[str]]:
    """spaCy scores of a pipeline on a DocBin, predicting on the gold tokens."""
    from spacy.tokens import Doc, DocBin
    from spacy.training import Example

    nlp = load_pipeline(model_dir)  # exactly as loaded at run time (slim tokenizer, shared vocab)
    refs = list(DocBin().from_disk(docbin).get_docs(nlp.vocab))
    examples = [
        Example(Doc(nlp.vocab, words=[t.text for t in d], spaces=[bool(t.whitespace_) for t in d]), d)
        for d in refs
    ]
    t0 = time.perf_counter()
    scores = nlp.evaluate(examples)
    elapsed = time.perf_counter() - t0
    gold_labels = {e.label_ for d in refs for e in d.ents}
    return scores, elapsed, sum(len(d) for d in refs), gold_labels


SPLITS = {  # (gold records, stored texts) of each page set; blind is only counted, never printed per page
    "dev pages": (ROOT / "fixtures" / "gold", ROOT / "fixtures" / "pages"),
    "corpus train": (ROOT / "fixtures" / "corpus" / "train", ROOT / "fixtures" / "corpus" / "train"),
    "corpus blind": (ROOT / "fixtures" / "corpus" / "blind", ROOT / "fixtures" / "corpus" / "blind"),
}


def names_recall(model_dir: Path, gold_dir: Path, text_dir: Path) -> tuple[int, int, int, int, int]:
    """(officials, exact, overlap, recipients, found): gold officials' names found verbatim in the
    stored texts and how many a PER entity matches exactly / overlaps at some occurrence; gold
    award recipients found verbatim and how many any entity (PER, ORG, LOC) overlaps."""
    import json

    from psm_extract.ner import find_entities

    nlp = load_pipeline(model_dir)
    officials = exact = overlap = recipients = found = 0
    for gold_path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text_path = text_dir / f"{gold_path.stem}.txt"
        if not text_path.exists():
            continue
        text = text_path.read_text(encoding="utf-8")
        ents = find_entities(text, nlp)
        pers = [(e.start, e.end) for e in ents if e.label == "PER"]
        anys = [(e.start, e.end) for e in ents]
        names = {o["name"] for o in gold.get("officials") or [] if o.get("name")}
        for spans in filter(None, (_occurrences(text, n) for n in sorted(names))):
            officials += 1
            exact += any(sp in pers for sp in spans)
            overlap += any(a < e and s < b for a, b in spans for s, e in pers)
        winners = {a["recipient"] for a in gold.get("awards") or [] if a.get("recipient")}
        for spans in filter(None, (_occurrences(text, n) for n in sorted(winners))):
            recipients += 1
            found += any(a < e and s < b for a, b in spans for s, e in anys)
    return officials, exact, overlap, recipients, found


def _occurrences(text: str, name: str) -> list[tuple[int, int]]:
    out = []
    i = text.find(name)
    while i >= 0:
        out.append((i, i + len(name)))
        i = text.find(name, i + 1)
    return out


def load_pipeline(model_dir: Path):
    from psm_extract.ner import load_ner

    return load_ner(model_dir.resolve())


def fmt(x: float | None) -> str:
    return "-" if x is None else f"{x:.3f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--model", action="append", default=[],
        help="NAME=DIR of a spaCy pipeline (default: shipped=psm_extract/models/ner)",
    )
    ap.add_argument("--out", type=Path, default=None)
    args = ap.parse_args()
    models = [m.split("=", 1) for m in args.model] or [["shipped", str(ROOT / "psm_extract/models/ner")]]

    results: dict[str, dict[str, tuple[dict, float, int, set[str]]]] = {}
    for name, path in models:
        results[name] = {test: score(Path(path), CORPUS / fname) for test, fname in TESTS.items()}

    main_name = models[0][0]
    lines = [f"## Per-label scores: `{main_name}` ({models[0][1]})", ""]
    lines.append("| test split | label | P | R | F1 |")
    lines.append("|---|---|---|---|---|")
    for test, (scores, _, _, gold_labels) in results[main_name].items():
        per = scores.get("ents_per_type") or {}
        for label in LABELS:
            if label not in per or label not in gold_labels:
                continue
            s = per[label]
            lines.append(f"| {test} | {label} | {fmt(s['p'])} | {fmt(s['r'])} | {fmt(s['f'])} |")
        lines.append(
            f"| {test} | **all (micro)** | {fmt(scores['ents_p'])} | {fmt(scores['ents_r'])} "
            f"| **{fmt(scores['ents_f'])}** |"
        )
    lines.append(f"| {REFERENCE}")
    lines.append("")
    lines.append("NERGrit has no EVENT label (events are tagged O there), so EVENT is only scored on NERP; EVENT predictions on NERGrit count as false positives in its micro row.")
    lines.append("")
    lines.append("## Micro F1 by model (casing comparison)")
    lines.append("")
    lines.append("| model | " + " | ".join(TESTS) + " |")
    lines.append("|---|" + "---|" * len(TESTS))
    for name, _ in models:
        row = [fmt(results[name][t][0]["ents_f"]) for t in TESTS]
        lines.append(f"| {name} | " + " | ".join(row) + " |")
    lines.append("")
    lines.append("## Officials' and award recipients' names in the stored texts (real cased news)")
    lines.append("")
    lines.append("Gold names that occur verbatim in the page texts: an official counts if some occurrence is a PER")
    lines.append("entity exactly / overlaps one; an award recipient (a person, school, region ...) if some occurrence")
    lines.append("overlaps any entity. The `pages` model was trained on the corpus train split's names, so its train")
    lines.append("row is no measurement; blind is counted as a whole, never read page by page.")
    lines.append("")
    lines.append("| model | pages | officials | PER exact | PER overlap | recipients | any entity |")
    lines.append("|---|---|---|---|---|---|---|")
    for name, path in models:
        for split, (gold_dir, text_dir) in SPLITS.items():
            n, ex, ov, nr, fr = names_recall(Path(path), gold_dir, text_dir)
            if not n and not nr:
                continue
            pct = lambda k, m: f"{k} ({k / m:.0%})" if m else "-"
            lines.append(f"| {name} | {split} | {n} | {pct(ex, n)} | {pct(ov, n)} | {nr} | {pct(fr, nr)} |")
    lines.append("")
    for name, _ in models:
        words = sum(r[2] for r in results[name].values())
        secs = sum(r[1] for r in results[name].values())
        lines.append(f"- `{name}`: {words} test tokens in {secs:.1f} s ({words / secs:,.0f} tokens/s, 1 thread)")
    text = "\n".join(lines) + "\n"
    print(text)
    if args.out:
        args.out.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
