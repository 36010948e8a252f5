#!/usr/bin/env python3
"""Land reconciled pages: text and gold into their split, a row into fixtures/corpus/pages.tsv.

    python tools/corpus/land.py          # every pool page with a valid reconciled gold

A pool page lands when fixtures/corpus/reconciled/<id>.json exists and validates; its split is
the one drawn at admission (in <id>.meta.json). Pages that do not validate stay in the pool and
their problems are printed.
"""
from __future__ import annotations

import json
import sys

from corpus import CORPUS, POOL, RECONCILED, read_index, write_index
from validate import problems, regions


def main() -> int:
    known = regions()
    rows = read_index()
    landed = stuck = 0
    for meta_path in sorted(POOL.glob("*.meta.json")):
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        page_id, gold_path = meta["id"], RECONCILED / f"{meta['id']}.json"
        if not gold_path.exists():
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        found = problems(gold, page_id, known)
        if gold.get("url") != meta["url"]:
            found.append(f"url {gold.get('url')!r} is not the admitted {meta['url']!r}")
        if found:
            stuck += 1
            print(f"{page_id}: stays in the pool: " + "; ".join(found))
            continue
        dest = CORPUS / meta["split"]
        dest.mkdir(exist_ok=True)
        (POOL / f"{page_id}.txt").rename(dest / f"{page_id}.txt")
        (dest / f"{page_id}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        gold_path.unlink()
        meta_path.unlink()
        rows.append({k: meta.get(k, "") for k in ("id", "split", "family", "url", "query")})
        landed += 1
    write_index(rows)
    print(f"landed {landed}, stuck {stuck}; corpus: " +
          ", ".join(f"{s} {sum(r['split'] == s for r in rows)}" for s in ("train", "blind")))
    return 1 if stuck else 0


if __name__ == "__main__":
    sys.exit(main())
