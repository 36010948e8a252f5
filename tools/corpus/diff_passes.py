#!/usr/bin/env python3
"""Where the two annotation passes of a page disagree, field by field.

    python tools/corpus/diff_passes.py ID...        # ids of fixtures/corpus/pool pages

Values are compared after case, spacing and punctuation are folded; list items (events,
officials, awards, by_region) are paired by their key (event name or date, official name,
award recipient, region). Prints nothing for a page whose passes agree.
"""
from __future__ import annotations

import json
import re
import sys
import unicodedata

from corpus import PASSES

SCALARS = ("truncated", "title", "category", "published", "short_url", "dateline", "source")
LISTS = {"events": "name", "officials": "name", "awards": "recipient"}


def fold(v) -> str:
    s = unicodedata.normalize("NFKC", json.dumps(v, ensure_ascii=False) if not isinstance(v, str) else v)
    return " ".join(re.sub(r"[^\w\s]", " ", s.lower()).split())


def pair(a: list[dict], b: list[dict], key: str) -> list[tuple[dict | None, dict | None]]:
    rest = list(b)
    out = []
    for x in a:
        k = fold(x.get(key))
        match = next((y for y in rest if fold(y.get(key)) == k), None)
        if match is None:   # a looser pairing: one key's words inside the other's
            match = next((y for y in rest if k and fold(y.get(key)) and
                          (k in fold(y.get(key)) or fold(y.get(key)) in k)), None)
        if match is not None:
            rest.remove(match)
        out.append((x, match))
    return out + [(None, y) for y in rest]


def diff(a: dict, b: dict) -> list[str]:
    out = [f"{k}: A={a.get(k)!r} | B={b.get(k)!r}" for k in SCALARS if fold(a.get(k)) != fold(b.get(k))]
    for name, key in LISTS.items():
        for x, y in pair(a.get(name) or [], b.get(name) or [], key):
            if x is None or y is None:
                out.append(f"{name}: only in {'B' if x is None else 'A'}: {json.dumps(x or y, ensure_ascii=False)}")
            else:
                for f in x:
                    if fold(x.get(f)) != fold(y.get(f)):
                        out.append(f"{name}[{x.get(key)!r}].{f}: A={x.get(f)!r} | B={y.get(f)!r}")
    pa, pb = a.get("participants"), b.get("participants")
    if (pa is None) != (pb is None):
        out.append(f"participants: A={pa!r} | B={pb!r}")
    elif pa and pb:
        for f in ("total", "unit"):
            if fold(pa.get(f)) != fold(pb.get(f)):
                out.append(f"participants.{f}: A={pa.get(f)!r} | B={pb.get(f)!r}")
        ra = {r["region"]: r["count"] for r in pa.get("by_region") or []}
        rb = {r["region"]: r["count"] for r in pb.get("by_region") or []}
        if ra != rb:
            out.append(f"participants.by_region: A={ra} | B={rb}")
    return out


def main(ids: list[str]) -> int:
    for page_id in ids:
        try:
            a, b = (json.loads((PASSES / p / f"{page_id}.json").read_text(encoding="utf-8")) for p in "AB")
        except (OSError, json.JSONDecodeError) as exc:
            print(f"## {page_id}: cannot compare: {exc}")
            continue
        lines = diff(a, b)
        if lines:
            print(f"## {page_id}: {len(lines)} disagreements")
            print("\n".join("  " + line for line in lines))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
