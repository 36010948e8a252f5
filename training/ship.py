"""Copy a trained spaCy pipeline into ``psm_extract/models/ner/``, keeping only what inference needs.

Kept: ``config.cfg``, ``meta.json``, ``tok2vec/``, ``ner/``. Dropped: ``tokenizer/`` and ``vocab/``
(``psm_extract.ner.load_ner`` rebuilds the pipeline on the project's slim tokenizer and shared
vocab). The hand-written ``LICENSE`` and ``CREDITS.md`` in the target folder are left alone.

Usage: python training/ship.py training/output-caseaug/model-best
"""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "psm_extract" / "models" / "ner"
KEEP_FILES = ("config.cfg", "meta.json")
KEEP_DIRS = ("tok2vec", "ner")


def ship(src: Path, target: Path = TARGET) -> None:
    target.mkdir(parents=True, exist_ok=True)
    for name in KEEP_DIRS + ("tokenizer", "vocab"):
        shutil.rmtree(target / name, ignore_errors=True)
    for name in KEEP_FILES:
        shutil.copy2(src / name, target / name)
    for name in KEEP_DIRS:
        shutil.copytree(src / name, target / name)
    meta_path = target / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta.update(
        name="psm_extract_ner",
        description="Indonesian NER (PER/ORG/LOC/EVENT), small tok2vec + ner; load with "
        "psm_extract.ner.load_ner() (tokenizer and vocab are the project's, not stored here)",
        license="Apache-2.0 (trained on NERGrit and NERP via IndoNLU; see LICENSE, CREDITS.md)",
        sources=[
            {"name": "NERGrit", "url": "https://github.com/grit-id/nergrit-corpus"},
            {"name": "NERP", "author": "Hoesen and Purwarianti (2018)"},
            {"name": "IndoNLU", "url": "https://github.com/IndoNLP/indonlu"},
        ],
    )
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    size = sum(p.stat().st_size for p in target.rglob("*") if p.is_file())
    print(f"shipped {src} -> {target} ({size / 1e6:.2f} MB)")


if __name__ == "__main__":
    ship(Path(sys.argv[1]))
