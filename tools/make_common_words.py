#!/usr/bin/env python3
"""Write psm_extract/data/common_words.txt: words the NER corpora use often and never in a name.

    python tools/make_common_words.py [--ner-data ../shared/ner-data] [--min-count 3]

A word (lower-cased) is common when NERGrit and NERP together hold it at least ``--min-count``
times and never tag it as part of a person's name (NERGrit PERSON, NERP PPL). The officials
extractor reads the list: a one-word "name" that is a common word (``Angkutan``, ``Upacara``,
``Berharap``) is a position's or a sentence's word, not a person. Standard library only; the
output is sorted, so a rerun on the same data gives the same file.
"""
from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PERSON_TAGS = {"PERSON", "PPL"}


def read(path: Path, counts: Counter, person: set[str]) -> None:
    for line in path.read_text(encoding="utf-8").splitlines():
        if "\t" not in line:
            continue
        token, tag = line.split("\t", 1)
        word = token.strip().lower()
        if not word.isalpha():
            continue
        counts[word] += 1
        if tag.strip().split("-")[-1] in PERSON_TAGS:
            person.add(word)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ner-data", type=Path, default=ROOT.parent / "shared" / "ner-data")
    ap.add_argument("--min-count", type=int, default=3)
    args = ap.parse_args(argv)
    counts: Counter = Counter()
    person: set[str] = set()
    for corpus in ("nergrit", "nerp"):
        for split in ("train", "valid", "test"):
            read(args.ner_data / corpus / f"{split}.txt", counts, person)
    words = sorted(w for w, n in counts.items() if n >= args.min_count and w not in person and len(w) > 2)
    out = ROOT / "psm_extract" / "data" / "common_words.txt"
    header = ("# Common words: at least %d times in NERGrit + NERP (IndoNLU, Apache-2.0) and never in a person's\n"
              "# name there. Written by tools/make_common_words.py; do not edit by hand.\n" % args.min_count)
    out.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
