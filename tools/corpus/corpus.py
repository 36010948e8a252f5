"""What the corpus tools share: source families, the split draw, URL keys, the corpus folders."""
from __future__ import annotations

import csv
import hashlib
import re
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "fixtures" / "corpus"
POOL, PASSES, RECONCILED = CORPUS / "pool", CORPUS / "passes", CORPUS / "reconciled"
SPLITS = ("train", "blind")
INDEX = CORPUS / "pages.tsv"           # id, split, family, url, query: one row per landed page
INDEX_FIELDS = ("id", "split", "family", "url", "query")
FAMILIES = {"riau": "riau.go.id and sister portals", "regency": "regency portals",
            "other": "other provinces"}
# hosts of the portals of Riau's regencies and cities (a host label, or part of one, names it)
REGENCY_HOSTS = ("bengkaliskab", "kamparkab", "siakkab", "inhukab", "inhilkab", "rohilkab",
                 "rokanhulukab", "rohulkab", "pelalawankab", "kuansing", "kuansingkab", "merantikab",
                 "kepulauanmerantikab", "dumaikota", "pekanbaru")


def family(url: str) -> str | None:
    """riau / regency / other for a government portal's URL; None for any other host."""
    host = urlsplit(url if "//" in url else "//" + url).netloc.lower().split(":")[0].removeprefix("www.")
    if host == "riau.go.id" or host.endswith(".riau.go.id"):
        return "riau"
    if not host.endswith(".go.id"):
        return None
    parts = re.split(r"[.-]", host.removesuffix(".go.id"))
    return "regency" if any(p in REGENCY_HOSTS for p in parts) else "other"


def split_of(page_id: str) -> str:
    """The page's split, drawn from its id alone (one page in three is blind)."""
    return "blind" if int(hashlib.sha256(page_id.encode()).hexdigest()[:8], 16) % 3 == 0 else "train"


def url_key(url: str) -> str:
    u = urlsplit(url.strip().lower())
    return u.netloc.removeprefix("www.") + u.path.rstrip("/") + ("?" + u.query if u.query else "")


def read_index() -> list[dict[str, str]]:
    if not INDEX.exists():
        return []
    with INDEX.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def write_index(rows: list[dict[str, str]]) -> None:
    with INDEX.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, INDEX_FIELDS, delimiter="\t", lineterminator="\n")
        w.writeheader()
        w.writerows(sorted(rows, key=lambda r: (r["split"], r["family"], r["id"])))
