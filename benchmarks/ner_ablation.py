#!/usr/bin/env python3
"""Ablation: the rule-based extractors alone vs. rules + the NER model, on the dev corpus.

    python benchmarks/ner_ablation.py            # every fixture page (texts and HTML)

"rules + NER" is the integration that was tried: the NER model's PER and LOC/ORG spans fill in
what the rules left out:
- officials: a PER entity that no official covers, preceded in its sentence (within six words)
  by a position head word (``data/positions.jsonl``, ``data/abbreviations.tsv``), becomes an
  official with that phrase as position;
- event venues: an event without a venue takes the first LOC/ORG entity that follows ``di`` in
  the sentence of the event's date.
Both variants are scored with ../shared/tools/score.py; the table shows the fields the NER issue
names, plus the time the model adds per page.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "fixtures" / "pages"
GOLD = ROOT / "fixtures" / "gold"
SCORER = ROOT.parent / "shared" / "tools" / "score.py"
FIELDS = ("officials_name", "officials_name+position", "awards_recipient", "event_venue")


def position_heads() -> set[str]:
    from psm_extract import resources

    heads = {row["pattern"][0]["LOWER"] for row in resources.jsonl("positions.jsonl")
             if row.get("label") == "HEAD" and len(row["pattern"]) == 1 and "LOWER" in row["pattern"][0]}
    first = next(iter(resources.tsv("abbreviations.tsv")[0]))  # the abbreviation column
    heads |= {row[first].lower() for row in resources.tsv("abbreviations.tsv") if row.get("kind") == "head"}
    return heads


def backfill(record: dict, text: str, entities, heads: set[str]) -> dict:
    """The record with NER-proposed officials and venues added (see the module docstring)."""
    covered = [(s["start"], s["end"]) for o in record["officials"] for s in o["spans"]]
    for ent in entities:
        if ent.label != "PER" or any(a < ent.end and ent.start < b for a, b in covered):
            continue
        sentence_start = max(text.rfind(". ", 0, ent.start), text.rfind("\n", 0, ent.start)) + 1
        words = text[sentence_start:ent.start].split()[-6:]
        at = next((i for i, w in enumerate(words) if w.strip(",.()").lower() in heads), None)
        if at is not None:
            record["officials"].append({"name": ent.text, "honorifics": [],
                                        "position": " ".join(words[at:]).strip(" ,"), "spans": []})
    for event in record["events"]:
        if event["venue"]:
            continue
        dates = [s for s in event["spans"] if s["field"] == "date"]
        if not dates:
            continue
        start = max(text.rfind(". ", 0, dates[0]["start"]), 0)
        end = text.find(". ", dates[0]["end"])
        end = len(text) if end < 0 else end
        for ent in entities:
            if ent.label in ("LOC", "ORG") and start <= ent.start < end and \
                    re.search(r"\bdi\s+$", text[max(0, ent.start - 4):ent.start]):
                event["venue"] = ent.text
                break
    return record


def score(pred: Path) -> dict:
    out = subprocess.run([sys.executable, str(SCORER), "--gold", str(GOLD), "--pred", str(pred), "--json"],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)["fields"]


def main() -> int:
    from psm_extract import extract
    from psm_extract.ner import find_entities, load_ner

    if not SCORER.exists():
        print(f"scorer not found: {SCORER}", file=sys.stderr)
        return 2
    heads = position_heads()
    pages = sorted(p for p in PAGES.iterdir() if p.suffix in (".txt", ".html"))
    load_ner()
    rules, with_ner, ner_seconds = [], [], 0.0
    for path in pages:
        article = extract(path, input=str(path))
        record = article.to_dict()
        rules.append(record)
        t = time.perf_counter()
        entities = find_entities(article.text)
        ner_seconds += time.perf_counter() - t
        with_ner.append(backfill(json.loads(json.dumps(record)), article.text, entities, heads))
    with tempfile.TemporaryDirectory() as tmp:
        tables = {}
        for name, records in (("rules only", rules), ("rules + NER", with_ner)):
            pred = Path(tmp) / f"{name}.jsonl"
            pred.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
            tables[name] = score(pred)
    print(f"NER ablation on {len(pages)} fixture pages (score.py F1)\n")
    print("| field | rules only | rules + NER |\n|---|---|---|")
    for field in FIELDS:
        print(f"| {field} | {tables['rules only'][field]['f1']:.3f} | {tables['rules + NER'][field]['f1']:.3f} |")
    print(f"\nNER time: {ner_seconds * 1000 / len(pages):.1f} ms per page")
    worse = [f for f in FIELDS if tables["rules + NER"][f]["f1"] < tables["rules only"][f]["f1"]]
    better = [f for f in FIELDS if tables["rules + NER"][f]["f1"] > tables["rules only"][f]["f1"]]
    print(f"better with NER: {', '.join(better) or 'none'}; worse with NER: {', '.join(worse) or 'none'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
