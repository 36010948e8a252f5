#!/usr/bin/env python3
"""B-cubed precision and recall of ``people()`` on the hand-checked mentions of fixtures/people/.

    python benchmarks/people_accuracy.py                  # both inputs, a table
    python benchmarks/people_accuracy.py --json
    python benchmarks/people_accuracy.py --min-precision 0.97 --min-recall 0.90

Two inputs are scored against the ``person`` column of ``fixtures/people/mentions.tsv``:

* ``gold``: one record per page made of its rows (name, honorifics, position, date): the linking
  alone, on officials as the gold writes them;
* ``extracted``: the records ``extract()`` makes of every rendering of those pages
  (``fixtures/pages/<page>.txt`` and ``.a/.b/.c.html``; a corpus page's ``fixtures/corpus/train/<page>.txt``):
  end to end. An extracted official is
  scored as the row of its page whose name it writes (same name key, or one name the shorter form
  of the other); officials with no such row and rows that no official matches are counted, not
  scored. The renderings of one page are copies of one article: their mentions are counted
  apart from the distinct mentions of the set.

B-cubed (Bagga and Baldwin 1998): for each mention, precision is the share of its predicted
person's mentions that truly belong with it, recall the share of its true person's mentions that
its predicted person holds; both averaged over the mentions.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from psm_extract.people import name_key, people  # noqa: E402

MENTIONS = ROOT / "fixtures" / "people" / "mentions.tsv"
PAGES = ROOT / "fixtures" / "pages"
SOURCES = (PAGES, ROOT / "fixtures" / "corpus" / "train")  # dev pages and their renderings; train texts


def read_mentions(path: Path = MENTIONS) -> list[dict[str, str]]:
    """The rows of mentions.tsv."""
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def bcubed(predicted: dict[str, str], truth: dict[str, str]) -> tuple[float, float]:
    """B-cubed (precision, recall) of mention -> predicted person against mention -> true person."""
    pred_sets: dict[str, set[str]] = defaultdict(set)
    true_sets: dict[str, set[str]] = defaultdict(set)
    for m in truth:
        pred_sets[predicted[m]].add(m)
        true_sets[truth[m]].add(m)
    p = r = 0.0
    for m in truth:
        both = len(pred_sets[predicted[m]] & true_sets[truth[m]])
        p += both / len(pred_sets[predicted[m]])
        r += both / len(true_sets[truth[m]])
    return p / len(truth), r / len(truth)


def _assign(persons) -> dict[tuple[str, str], str]:
    """(input, name as written) -> person id."""
    return {(str(a.input), a.name): p.id for p in persons for t in p.offices for a in t.articles}


def score_gold(rows: list[dict[str, str]]) -> dict:
    records: dict[str, dict] = {}
    for row in rows:
        rec = records.setdefault(row["page"], {"input": row["page"], "url": row["page"],
                                               "published": row["date"] or None, "officials": []})
        rec["officials"].append({"name": row["name"], "position": row["position"] or None,
                                 "honorifics": [h for h in row["honorifics"].split("; ") if h]})
    persons = people(list(records.values()))
    of = _assign(persons)
    predicted = {row["mention"]: of[(row["page"], row["name"])] for row in rows}
    truth = {row["mention"]: row["person"] for row in rows}
    p, r = bcubed(predicted, truth)
    return {"input": "gold", "mentions": len(rows), "scored": len(rows), "true_persons": len(set(truth.values())),
            "persons": len(persons), "unmatched_extracted": 0, "missed_rows": 0, "precision": p, "recall": r}


def _matches(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    wa, wb = {w for w in a if not w.startswith("#")}, {w for w in b if not w.startswith("#")}
    return a == b or (bool(wa) and bool(wb) and (wa <= wb or wb <= wa))


def score_extracted(rows: list[dict[str, str]]) -> dict:
    from psm_extract import extract

    by_page: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in rows:
        by_page[row["page"]].append(row)
    records, labels = [], {}
    unmatched = missed = 0
    for page, page_rows in sorted(by_page.items()):
        for path in sorted(p for where in SOURCES for p in where.glob(f"{page}.*") if p.suffix != ".json"):
            if path.name.split(".")[0] != page:
                continue
            rec = extract(path, input=str(path.relative_to(ROOT))).to_dict()
            records.append(rec)
            hit: set[str] = set()
            for o in rec["officials"]:
                key = name_key(o["name"])
                found = [r for r in page_rows if _matches(key, name_key(r["name"]))]
                if len(found) == 1 and found[0]["mention"] not in hit:
                    hit.add(found[0]["mention"])
                    labels[(rec["input"], o["name"])] = found[0]["person"]
                else:
                    unmatched += 1
            missed += len(page_rows) - len(hit)
    of = _assign(people(records))
    predicted = {k: of[k] for k in labels}
    p, r = bcubed(predicted, labels)
    return {"input": "extracted", "mentions": len(labels) + missed, "scored": len(labels),
            "true_persons": len(set(labels.values())), "persons": len(set(predicted.values())),
            "unmatched_extracted": unmatched, "missed_rows": missed, "precision": p, "recall": r}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true", help="print JSON instead of a table")
    ap.add_argument("--min-precision", type=float, default=0.0)
    ap.add_argument("--min-recall", type=float, default=0.0)
    args = ap.parse_args(argv)
    rows = read_mentions()
    results = [score_gold(rows), score_extracted(rows)]
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        pages_of: dict[str, set[str]] = defaultdict(set)
        for r in rows:
            pages_of[r["person"]].add(r["page"])
        several = sum(1 for pages in pages_of.values() if len(pages) > 1)
        print(f"{len(rows)} hand-checked mentions on {len({r['page'] for r in rows})} pages, "
              f"{len(pages_of)} persons, {several} of them on several pages ({MENTIONS.relative_to(ROOT)})\n")
        print("| input | mentions scored | persons (true / found) | extracted, no row | rows missed | B3 precision | B3 recall |")
        print("|---|---|---|---|---|---|---|")
        for res in results:
            print(f"| {res['input']} | {res['scored']} | {res['true_persons']} / {res['persons']} | "
                  f"{res['unmatched_extracted']} | {res['missed_rows']} | {res['precision']:.3f} | {res['recall']:.3f} |")
    ok = all(res["precision"] >= args.min_precision and res["recall"] >= args.min_recall for res in results)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
