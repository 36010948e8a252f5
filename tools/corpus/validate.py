#!/usr/bin/env python3
"""Check gold records against the corpus schema (../shared/corpus/README.md).

    python tools/corpus/validate.py GOLD.json...

Prints one line per problem and exits 1 if there is any. `problems(record, stem)` is what the
corpus test calls.
"""
from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
KEYS = ["id", "url", "truncated", "title", "category", "published", "short_url", "dateline",
        "source", "events", "officials", "participants", "awards", "notes"]
EVENT = ["name", "date", "end_date", "venue", "venue_region", "organizer"]
OFFICIAL = ["name", "honorifics", "position"]
AWARD = ["recipient", "title", "year"]


def regions() -> set[str]:
    rows = (ROOT / "psm_extract" / "data" / "regions.tsv").read_text(encoding="utf-8").splitlines()
    header = rows[1].split("\t")
    return {dict(zip(header, r.split("\t")))["name"] for r in rows[2:] if r.strip()}


def _iso(v) -> bool:
    if v is None:
        return True
    try:
        return isinstance(v, str) and dt.date.fromisoformat(v).isoformat() == v
    except ValueError:
        return False


def _opt_str(v) -> bool:
    return v is None or (isinstance(v, str) and v.strip() == v and v != "")


def problems(g: dict, stem: str, known: set[str] | None = None) -> list[str]:
    known = known if known is not None else regions()
    out: list[str] = []
    if not isinstance(g, dict):
        return ["not a JSON object"]
    if sorted(g) != sorted(KEYS):
        out.append(f"keys: missing {sorted(set(KEYS) - set(g))}, extra {sorted(set(g) - set(KEYS))}")
    if g.get("id") != stem:
        out.append(f"id {g.get('id')!r} is not the file name {stem!r}")
    if not isinstance(g.get("url"), str) or not g["url"].startswith("http"):
        out.append("url: an http(s) URL is required")
    if not isinstance(g.get("truncated"), bool):
        out.append("truncated: true or false")
    for k in ("title", "category", "short_url", "dateline", "source"):
        if not _opt_str(g.get(k)):
            out.append(f"{k}: null or a non-empty, stripped string")
    if not _iso(g.get("published")):
        out.append(f"published {g.get('published')!r}: ISO date or null")
    if not isinstance(g.get("notes"), str):
        out.append("notes: a string ('' if nothing to say)")
    for i, e in enumerate(g.get("events") or []):
        if not isinstance(e, dict) or sorted(e) != sorted(EVENT):
            out.append(f"events[{i}]: keys must be {EVENT}")
            continue
        for k in ("date", "end_date"):
            if not _iso(e[k]):
                out.append(f"events[{i}].{k} {e[k]!r}: ISO date or null")
        if e["venue_region"] is not None and e["venue_region"] not in known:
            out.append(f"events[{i}].venue_region {e['venue_region']!r}: not a name of the regions table")
        if e["date"] and e["end_date"] and e["end_date"] < e["date"]:
            out.append(f"events[{i}]: end_date before date")
        for k in ("name", "venue", "organizer"):
            if not _opt_str(e[k]):
                out.append(f"events[{i}].{k}: null or a non-empty, stripped string")
    for i, o in enumerate(g.get("officials") or []):
        if not isinstance(o, dict) or sorted(o) != sorted(OFFICIAL):
            out.append(f"officials[{i}]: keys must be {OFFICIAL}")
            continue
        if not (isinstance(o["name"], str) and o["name"].strip()):
            out.append(f"officials[{i}].name: a name is required")
        if not (isinstance(o["honorifics"], list) and all(isinstance(h, str) for h in o["honorifics"])):
            out.append(f"officials[{i}].honorifics: a list of strings")
        if not _opt_str(o["position"]):
            out.append(f"officials[{i}].position: a non-empty string")
    p = g.get("participants")
    if p is not None:
        if not isinstance(p, dict) or sorted(p) != ["by_region", "total", "unit"]:
            out.append("participants: null or {total, unit, by_region}")
        else:
            if p["total"] is not None and not (isinstance(p["total"], int) and not isinstance(p["total"], bool)):
                out.append("participants.total: an integer or null")
            for j, r in enumerate(p["by_region"] if isinstance(p["by_region"], list) else [None]):
                if not isinstance(r, dict) or sorted(r) != ["count", "region"]:
                    out.append(f"participants.by_region[{j}]: {{region, count}}")
                elif r["region"] not in known:
                    out.append(f"participants.by_region[{j}].region {r['region']!r}: not a name of the regions table")
                elif not isinstance(r["count"], int):
                    out.append(f"participants.by_region[{j}].count: an integer")
    for i, a in enumerate(g.get("awards") or []):
        if not isinstance(a, dict) or sorted(a) != sorted(AWARD):
            out.append(f"awards[{i}]: keys must be {AWARD}")
            continue
        if not (isinstance(a["recipient"], str) and a["recipient"].strip()):
            out.append(f"awards[{i}].recipient: required")
        if not _opt_str(a["title"]):
            out.append(f"awards[{i}].title: a non-empty string")
        if a["year"] is not None and not (isinstance(a["year"], int) and 1900 < a["year"] < 2100):
            out.append(f"awards[{i}].year: an integer year or null")
    for k in ("events", "officials", "awards"):
        if not isinstance(g.get(k), list):
            out.append(f"{k}: a list ([] if none)")
    return out


def main(argv: list[str]) -> int:
    known = regions()
    bad = 0
    for name in argv:
        path = Path(name)
        try:
            found = problems(json.loads(path.read_text(encoding="utf-8")), path.name.split(".")[0], known)
        except (OSError, json.JSONDecodeError) as exc:
            found = [f"unreadable: {exc}"]
        for p in found:
            print(f"{path}: {p}")
        bad += bool(found)
    print(f"{len(argv) - bad} of {len(argv)} valid")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
