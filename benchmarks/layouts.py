#!/usr/bin/env python3
"""Page fields on generated layouts: every page of the chosen splits in generated HTML layouts
(tests/layouts/generator.py), parsed, scored per axis choice against the page's gold.

    python benchmarks/layouts.py                         # dev + train, 240 layouts, 12 pages each
    python benchmarks/layouts.py --splits blind          # scored only: aggregates, never per page
    python benchmarks/layouts.py --pages-per-layout 0    # every page in every layout

F1 per field (title, published, short_url, category, dateline), compared as
../shared/tools/score.py compares page fields (text: NFKC, lower case, punctuation to spaces;
published: the date). A page refused by the parser counts as every field missing. The dateline
is also scored against the stored text's own reading (``dateline=text``): the layout keeps the
lead verbatim, so this column is the layout's effect, and ``dateline`` adds the lead rules' misses.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import unicodedata
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from layouts.generator import AXES, layouts, render  # noqa: E402

FIELDS = ("title", "published", "short_url", "category", "dateline")
# the dateline is read from the lead, which the layout leaves verbatim: "dateline=text" is the
# agreement of each rendering's dateline with the stored text's own reading (layout invariance)
COLUMNS = FIELDS + ("dateline=text",)


def norm(text) -> str:
    text = unicodedata.normalize("NFKC", str(text)).lower()
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


def pages(split: str) -> list[tuple[str, str, dict]]:
    """(id, stored text, gold) of a split: dev (fixtures/pages + fixtures/gold), train, blind."""
    if split == "dev":
        return [(g.stem, (ROOT / "fixtures" / "pages" / f"{g.stem}.txt").read_text(encoding="utf-8"),
                 json.loads(g.read_text(encoding="utf-8"))) for g in sorted((ROOT / "fixtures" / "gold").glob("*.json"))]
    folder = ROOT / "fixtures" / "corpus" / split
    return [(g.stem, g.with_suffix(".txt").read_text(encoding="utf-8"), json.loads(g.read_text(encoding="utf-8")))
            for g in sorted(folder.glob("*.json"))]


class Tally:
    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0

    def add(self, gold, pred, same: bool) -> None:
        g, p = gold not in (None, ""), pred not in (None, "")
        if g and p and same:
            self.tp += 1
        else:
            self.fp += int(p)
            self.fn += int(g)

    def f1(self) -> float | None:
        if not (self.tp or self.fp or self.fn):
            return None
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn)


def run(split_pages: list[tuple[str, str, dict]], n_layouts: int, per_layout: int, seed: int = 17):
    """Per axis choice and field, a Tally; and the misses (layout name, page id, field, gold, got)."""
    from psm_extract import PsmExtractError
    from psm_extract.parse import parse

    tallies = {(axis, choice, f): Tally() for axis, values in AXES.items() for choice in values for f in COLUMNS}
    overall = {f: Tally() for f in COLUMNS}
    from_text: dict[str, str | None] = {}
    misses, skipped, rendered = [], set(), 0
    rng = random.Random(seed)
    for layout in layouts(n_layouts):
        chosen = split_pages if not per_layout else rng.sample(split_pages, min(per_layout, len(split_pages)))
        for pid, text, gold in chosen:
            out = render(text, gold, layout)
            if out is None:
                skipped.add(pid)
                continue
            data, url = out
            rendered += 1
            try:
                page = parse(data, url=url)
                got = {f: getattr(page, f) for f in FIELDS}
            except PsmExtractError:
                got = dict.fromkeys(FIELDS)
            if pid not in from_text:
                try:
                    from_text[pid] = parse(text, url=gold.get("url")).dateline
                except PsmExtractError:
                    from_text[pid] = None
            reference = dict(gold, **{"dateline=text": from_text[pid]})
            got["dateline=text"] = got["dateline"]
            for f in COLUMNS:
                g, p = reference.get(f), got[f]
                if f == "published":
                    p = p.isoformat() if p else None
                same = g is not None and p is not None and (g[:10] == p[:10] if f == "published" else norm(g) == norm(p))
                overall[f].add(g, p, same)
                for axis, choice in layout.choices:
                    tallies[(axis, choice, f)].add(g, p, same)
                if not same and (g or p):
                    misses.append((layout.name, pid, f, g, p))
    return tallies, overall, misses, skipped, rendered


def table(tallies, overall) -> str:
    def cell(t):
        f1 = t.f1()
        return "-" if f1 is None else f"{f1:.3f}"

    lines = ["| axis | choice | " + " | ".join(COLUMNS) + " |", "|---|---|" + "---:|" * len(COLUMNS),
             "| all | all | " + " | ".join(cell(overall[f]) for f in COLUMNS) + " |"]
    for axis, values in AXES.items():
        for choice in values:
            lines.append(f"| {axis} | {choice} | " + " | ".join(cell(tallies[(axis, choice, f)]) for f in COLUMNS) + " |")
    return "\n".join(lines)


def worst_axis(tallies, field: str | None = None) -> tuple[float, str] | None:
    """The lowest F1 of any field (or of ``field``) along any axis choice, and where (None: no item)."""
    found = [(t.f1(), f"{axis}={choice} {f}") for (axis, choice, f), t in tallies.items()
             if t.f1() is not None and (field is None or f == field)]
    return min(found) if found else None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--splits", default="dev,train")
    ap.add_argument("--layouts", type=int, default=240)
    ap.add_argument("--pages-per-layout", type=int, default=12, help="0: every page in every layout")
    ap.add_argument("--misses", type=int, default=15)
    args = ap.parse_args(argv)
    splits = args.splits.split(",")
    chosen = [p for s in splits for p in pages(s)]
    tallies, overall, misses, skipped, rendered = run(chosen, args.layouts, args.pages_per_layout)
    print(f"## generated layouts: {args.layouts} layouts, splits {'+'.join(splits)} ({len(chosen)} pages, "
          f"{len(skipped)} not cut at a headline or lead), {rendered} renderings\n")
    print(table(tallies, overall))
    print()
    for f in COLUMNS:
        worst = worst_axis(tallies, f)
        print(f"lowest {f} F1 along any axis: " + (f"{worst[0]:.3f} ({worst[1]})" if worst else "- (no gold)"))
    if "blind" not in splits and args.misses:
        print(f"\nmisses ({len(misses)}), the first {args.misses} of the commonest fields:")
        for m in misses[:args.misses]:
            print("  ", m)
    return 0


if __name__ == "__main__":
    sys.exit(main())
