#!/usr/bin/env python3
"""Time and memory of ``people()`` on 10,000 to 100,000 records, one core.

    python benchmarks/people.py                          # 10k, 50k, 100k records, a table
    python benchmarks/people.py --sizes 100000 --text    # records with their text and paragraphs
    python benchmarks/people.py --json

The records are made from the real extracted records of the 17 dev pages
(``fixtures/expected/<page>.txt.json``): each synthetic record is a copy of one of them whose
officials are replaced by synthetic persons. A person is a real official of those pages with
other name words (drawn from the words of the real names, so that namesakes occur, some of them
one-word names in the same kind of office), a real position moved to another of Indonesia's
provinces or kabupaten/kota (a position without a region gets one), and a term
of one to five years; a record's date falls in the terms of its persons. Each mention writes the
name as the pages do: as is, with ``H.`` or ``, M.Si``, a first name as an initial (``M.``),
without its first word, or with one letter left out of a long word; the position at times
abbreviated (``Kadis``, ``Riau`` for ``Provinsi Riau``). Without ``--text`` the records are as
``psm-extract --no-text`` writes them.

Every size runs in a fresh process that reads the JSON Lines file itself (``people([path])``, so
parsing is timed too) and reports the wall time, the peak RSS (``ru_maxrss``) and the RSS before
the call, with B-cubed precision and recall against the persons the records were made from.
Files go to benchmarks/out/ (not in git).
"""
from __future__ import annotations

import argparse
import json
import random
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "benchmarks" / "out"
_REGIONS: dict[str, list[str]] = {}


def _bases() -> list[dict]:
    bases = []
    for path in sorted((ROOT / "fixtures" / "expected").glob("*.txt.json")):
        rec = json.loads(path.read_text(encoding="utf-8"))
        if rec["officials"]:
            bases.append(rec)
    return bases


def _persons(rng: random.Random, n: int, bases: list[dict]) -> list[dict]:
    officials = [o for b in bases for o in b["officials"]
                 if o.get("position") and not o["position"].startswith("Menteri")]  # one of a kind
    words = sorted({w for o in officials for w in o["name"].replace(".", "").split() if len(w) >= 4})
    common = words[:12]  # a few words that many people are called by alone
    out, names = [], set()
    while len(out) < n:
        o = rng.choice(officials)
        if rng.random() < 0.08:
            name = rng.choice(common)  # a one-word name: namesakes
        else:
            size = rng.choice((2, 2, 3))
            name = " ".join(rng.sample(words, size))
            if name in names:
                continue
        names.add(name)
        position = _moved(o["position"], rng)
        start = 2014 + rng.randrange(10)
        out.append({"id": f"s{len(out)}", "name": name, "position": position, "start": start,
                    "end": start + rng.randrange(1, 6)})
    return out


def _moved(position: str, rng: random.Random) -> str:
    """The position in another region of the same kind (any of Indonesia's 552), written as it
    was (``Bupati Siak`` -> ``Bupati Agam``); a position that names no region gets one."""
    from psm_extract.regions import find_regions

    found = find_regions(position)
    if not found:
        return f"{position} {rng.choice(_REGIONS['kabupaten'] + _REGIONS['kota'])}"
    m = found[-1]
    region = rng.choice(_REGIONS[m.region.kind])
    bare = m.text == m.region.name.split(" ", 1)[-1] and m.region.kind != "provinsi"
    if m.region.kind == "provinsi":
        written = f"Provinsi {region}" if m.text.startswith("Prov") else region
    else:
        written = region.split(" ", 1)[1] if bare else region
    return position[:m.start] + written + position[m.end:]


def _regions() -> dict[str, list[str]]:
    from psm_extract.regions import all_regions

    out: dict[str, list[str]] = {"provinsi": [], "kabupaten": [], "kota": []}
    for r in all_regions():
        out[r.kind].append(r.name)
    return out


def _written(rng: random.Random, p: dict) -> tuple[str, list[str], str]:
    name, hons, words = p["name"], [], p["name"].split()
    r = rng.random()
    if r < 0.10:
        hons = ["H."]
    elif r < 0.20:
        name, hons = f"{name}, M.Si", []
    elif r < 0.25 and len(words) >= 2:
        name = f"{words[0][0]}. {' '.join(words[1:])}"
    elif r < 0.30 and len(words) >= 3:
        name = " ".join(words[1:])
    elif r < 0.35:
        long_ = [i for i, w in enumerate(words) if len(w) >= 8]
        if long_:
            i = rng.choice(long_)
            k = rng.randrange(1, len(words[i]) - 1)
            words = words[:i] + [words[i][:k] + words[i][k + 1:]] + words[i + 1:]
            name = " ".join(words)
    position = p["position"]
    if rng.random() < 0.2:
        position = position.replace("Kepala Dinas", "Kadis").replace("Provinsi Riau", "Riau")
    return name, hons, position


def generate(n: int, path: Path, truth: Path, text: bool, seed: int = 20) -> None:
    """Write ``n`` synthetic records to ``path`` and the person of each mention to ``truth``."""
    rng = random.Random(seed)
    _REGIONS.update(_regions())
    bases = _bases()
    persons = _persons(rng, max(50, n // 3), bases)
    with path.open("w", encoding="utf-8") as out, truth.open("w", encoding="utf-8") as tru:
        for i in range(n):
            base = rng.choice(bases)
            rec = dict(base)
            if not text:
                rec.pop("text", None)
                rec.pop("paragraphs", None)
            year = 2014 + rng.randrange(14)
            chosen = [p for p in rng.sample(persons, min(len(persons), 3 * len(base["officials"])))
                      if p["start"] <= year <= p["end"]][:len(base["officials"])]
            day = f"{year}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
            rec["input"] = f"synthetic/{i:06d}"
            rec["published"] = day
            rec["events"] = [dict(e, date=day) for e in base["events"]] or [{"date": day}]
            officials, labels = [], []
            for o, p in zip(base["officials"], chosen):
                name, hons, position = _written(rng, p)
                officials.append(dict(o, name=name, honorifics=hons, position=position, position_raw=position))
                labels.append([name, p["id"]])
            rec["officials"] = officials
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            tru.write(json.dumps([rec["input"], labels], ensure_ascii=False) + "\n")


def measure(path: Path, truth: Path) -> dict:
    """In this process: time people() on ``path``; RSS; B-cubed against ``truth``."""
    from psm_extract.people import people

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from people_accuracy import bcubed

    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    persons = people([str(path)])
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    of = {(a.input, a.name): p.id for p in persons for t in p.offices for a in t.articles}
    predicted, true = {}, {}
    with truth.open(encoding="utf-8") as fh:
        for line in fh:
            inp, labels = json.loads(line)
            for name, pid in labels:
                if (inp, name) in of:
                    predicted[(inp, name)] = of[(inp, name)]
                    true[(inp, name)] = pid
    p, r = bcubed(predicted, true)
    return {"records": sum(1 for _ in truth.open()), "mentions": len(true), "persons": len(persons),
            "true_persons": len(set(true.values())), "seconds": round(seconds, 2),
            "rss_before_mb": round(before / 1024), "rss_peak_mb": round(peak / 1024),
            "bytes": path.stat().st_size, "precision": round(p, 4), "recall": round(r, 4)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10000,50000,100000")
    ap.add_argument("--text", action="store_true", help="records with text and paragraphs")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--measure", nargs=2, metavar=("RECORDS", "TRUTH"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.measure:
        print(json.dumps(measure(Path(args.measure[0]), Path(args.measure[1]))))
        return 0
    OUT.mkdir(parents=True, exist_ok=True)
    results = []
    for n in (int(s) for s in args.sizes.split(",")):
        tag = f"people-{n}{'-text' if args.text else ''}"
        path, truth = OUT / f"{tag}.jsonl", OUT / f"{tag}.truth.jsonl"
        generate(n, path, truth, args.text)
        done = subprocess.run([sys.executable, __file__, "--measure", str(path), str(truth)],
                              capture_output=True, text=True, check=True)
        results.append(json.loads(done.stdout))
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    print("| records | JSONL MB | mentions | persons (true / found) | people() s | RSS before MB | peak RSS MB | B3 P | B3 R |")
    print("|---|---|---|---|---|---|---|---|---|")
    for r in results:
        print(f"| {r['records']:,} | {r['bytes'] / 1e6:.0f} | {r['mentions']:,} | {r['true_persons']:,} / "
              f"{r['persons']:,} | {r['seconds']} | {r['rss_before_mb']} | {r['rss_peak_mb']} | "
              f"{r['precision']:.3f} | {r['recall']:.3f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
