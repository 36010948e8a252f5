"""Convert the NERGrit and NERP corpora (token<TAB>BIO) into spaCy DocBin files.

Labels are mapped onto PER / ORG / LOC / EVENT (NERP's FNB is dropped). NERP is lowercased news,
NERGrit is cased; ``--variant`` chooses how casing is handled in the training set:

* ``plain``: NERGrit train (cased) + NERP train (lowercase), as distributed.
* ``caseaug``: ``plain`` + a lowercased copy of NERGrit train + a "truecased" copy of NERP train
  (entity tokens and the sentence's first token capitalised).
* ``titles`` (default, shipped): ``caseaug`` where the truecased NERP copy also title-cases a
  position phrase written right before an entity, as Indonesian spelling does ("kepala dinas tata
  kota manado amos kenda" -> "Kepala Dinas Tata Kota Manado Amos Kenda"), and, in the cased
  sentences (NERGrit, truecased NERP), some person names get an honorific before them (``H.``,
  ``Drs.``...) and/or a degree after them (``, M.Si``), tagged ``O``. The corpora almost never
  have these; government news always does ("Kepala Dinas Sosial Provinsi Riau H. Dahrius Husin").
* ``pages``: ``titles`` + the lines of the corpus train split (``fixtures/corpus/train``, never
  blind) that hold a gold official's name, three copies each: the names tagged PER, lower-case
  words and punctuation O (no name is written in lower case), every other token missing (the gold
  names only officials, so another capitalised word may be a name nobody tagged).

The dev set is the same for every variant (NERGrit valid + NERP valid + NERP valid truecased);
test sets are written as given (``nergrit-test``, ``nerp-test``) plus ``nerp-test-truecased``.

Usage: python training/convert.py [--variant plain|caseaug|titles|pages] [--data DIR] [--out DIR]
"""
from __future__ import annotations

import argparse
import random
from collections.abc import Iterable, Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = Path("/work/shared/ner-data")

LABEL_MAP: dict[str, dict[str, str | None]] = {
    "nergrit": {"PERSON": "PER", "PLACE": "LOC", "ORGANISATION": "ORG"},
    "nerp": {"PPL": "PER", "PLC": "LOC", "IND": "ORG", "EVT": "EVENT", "FNB": None},
}
LABELS = ("PER", "ORG", "LOC", "EVENT")
VARIANTS = ("plain", "caseaug", "titles", "pages")
TRAIN_PAGES = HERE.parent / "fixtures" / "corpus" / "train"
PAGE_COPIES = 3

Sentence = tuple[list[str], list[str | None]]


def read_conll(lines: Iterable[str]) -> Iterator[Sentence]:
    """Sentences of (tokens, BIO tags) from ``token<TAB>tag`` lines, blank line between sentences."""
    words: list[str] = []
    tags: list[str] = []
    for raw in lines:
        line = raw.rstrip("\n")
        if not line.strip():
            if words:
                yield words, tags
            words, tags = [], []
            continue
        token, _, tag = line.rpartition("\t")
        if not token:  # no tab: the whole line is the token, tag O
            token, tag = line, "O"
        words.append(token)
        tags.append(tag.strip() or "O")
    if words:
        yield words, tags


def map_tags(tags: list[str], corpus: str) -> list[str]:
    """Map a corpus' BIO tags onto PER/ORG/LOC/EVENT; unmapped (FNB) entities become ``O``.

    An ``I-`` tag that does not continue an entity of the same label starts one (``B-``).
    """
    table = LABEL_MAP[corpus]
    out: list[str] = []
    prev = "O"
    for tag in tags:
        if tag == "O" or "-" not in tag:
            out.append("O")
            prev = "O"
            continue
        prefix, _, label = tag.partition("-")
        new = table.get(label)
        if new is None:
            if label not in table:
                raise ValueError(f"unknown label {label!r} in {corpus}")
            out.append("O")
            prev = "O"
            continue
        if prefix == "I" and prev != new:
            prefix = "B"
        out.append(f"{prefix}-{new}")
        prev = new
    return out


def _cap(word: str) -> str:
    return word[:1].upper() + word[1:]


def truecase(words: list[str], tags: list[str]) -> list[str]:
    """Capitalise the entity tokens and the first token of a lowercased sentence."""
    out = [_cap(w) if t != "O" else w for w, t in zip(words, tags)]
    if out:
        out[0] = _cap(out[0])
    return out


# Words that head a position/office phrase written before a name ("kepala dinas ...", "presiden").
POSITION_HEADS = frozenset(
    "kepala ketua wakil sekretaris gubernur bupati walikota wali camat lurah menteri presiden wapres "
    "direktur dirut anggota pimpinan rektor dekan kapolda kapolri kapolres kapolsek kapolresta "
    "pangdam danrem dandim kajati kajari jaksa hakim komisaris juru staf kabid kabag kasi kadis "
    "sekda sekjen ketum plt pj plh koordinator politisi pengamat duta raja ratu ustaz kiai".split()
)
# Words that end a position phrase when walking back from an entity.
CHAIN_BREAKERS = frozenset(
    "di ke dari yang dan untuk dengan pada dalam oleh kata ujar bahwa itu ini tersebut atau juga "
    "akan telah sudah saat para sebagai adalah menurut kepada serta bersama antara hingga".split()
)


def titlecase_positions(words: list[str], tags: list[str], max_chain: int = 8) -> list[str]:
    """Capitalise a position phrase that runs, without punctuation, into an entity."""
    out = list(words)
    for i, tag in enumerate(tags):
        if not tag.startswith("B-"):
            continue
        j = i
        while j > 0 and i - j < max_chain:
            prev = words[j - 1]
            if not prev.isalpha() or prev.lower() in CHAIN_BREAKERS:
                break
            j -= 1
        heads = [k for k in range(j, i) if words[k].lower() in POSITION_HEADS]
        for k in range(heads[0] if heads else i, i):
            out[k] = _cap(out[k])
    return out


PREFIX_TITLES = ("H.", "Hj.", "H", "Hj", "Drs.", "Dra.", "Dr.", "Ir.", "Prof.", "dr.", "drg.")
SUFFIX_TITLES = ("S.Sos", "M.Si", "S.Pd", "M.Pd", "S.H.", "S.E.", "M.M.", "SE", "MM", "MT", "SH", "MH", "ST")


def add_titles(words: list[str], tags: list[str], rng: random.Random, rate: float = 0.3) -> Sentence:
    """Insert honorifics (before) and degrees (after) around some PER entities, tagged O."""
    out_w: list[str] = []
    out_t: list[str] = []
    n = len(words)
    for i, (w, t) in enumerate(zip(words, tags)):
        if t == "B-PER" and rng.random() < rate:
            for title in rng.sample(PREFIX_TITLES, rng.choice((1, 1, 2))):
                out_w.append(title)
                out_t.append("O")
        out_w.append(w)
        out_t.append(t)
        ends_per = t.endswith("-PER") and (i + 1 == n or tags[i + 1] != "I-PER")
        if ends_per and rng.random() < rate:
            for title in rng.sample(SUFFIX_TITLES, rng.choice((1, 1, 2))):
                out_w += [",", title]
                out_t += ["O", "O"]
    return out_w, out_t


def load(corpus: str, split: str, data: Path = DATA) -> list[Sentence]:
    """Sentences of one split with mapped tags."""
    with open(data / corpus / f"{split}.txt", encoding="utf-8") as fh:
        return [(w, map_tags(t, corpus)) for w, t in read_conll(fh)]


def to_doc(vocab, words: list[str], tags: list[str]):
    """A spaCy Doc over the given tokens with the BIO tags as entities."""
    from spacy.tokens import Doc

    return Doc(vocab, words=words, ents=tags)


def save(sentences: list[Sentence], path: Path, vocab) -> int:
    from spacy.tokens import DocBin

    db = DocBin(store_user_data=False)
    for words, tags in sentences:
        db.add(to_doc(vocab, words, tags))
    path.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(path)
    return len(sentences)


def build(variant: str, data: Path = DATA) -> dict[str, list[Sentence]]:
    """All splits of one variant, by output name."""
    ng = {s: load("nergrit", s, data) for s in ("train", "valid", "test")}
    np_ = {s: load("nerp", s, data) for s in ("train", "valid", "test")}
    if variant not in VARIANTS:
        raise ValueError(f"unknown variant {variant!r}")
    train = ng["train"] + np_["train"]
    if variant in ("caseaug", "titles", "pages"):
        cased = ng["train"] + [(truecase(ws, ts), ts) for ws, ts in np_["train"]]
        if variant in ("titles", "pages"):
            rng = random.Random(0)
            cased = ng["train"] + [(titlecase_positions(truecase(ws, ts), ts), ts) for ws, ts in np_["train"]]
            cased = [add_titles(ws, ts, rng) for ws, ts in cased]
        train = cased + np_["train"] + [([w.lower() for w in ws], ts) for ws, ts in ng["train"]]
    if variant == "pages":
        train += page_sentences() * PAGE_COPIES
    return {
        "train": train,
        "dev": ng["valid"] + np_["valid"] + [(truecase(w, t), t) for w, t in np_["valid"]],
        "nergrit-test": ng["test"],
        "nerp-test": np_["test"],
        "nerp-test-truecased": [(truecase(w, t), t) for w, t in np_["test"]],
    }


def page_sentences(pages: Path = TRAIN_PAGES) -> list[Sentence]:
    """Lines of the train split's stored texts with their gold officials' names tagged PER (the
    project's tokenizer; see the module docstring for the other tokens)."""
    import json
    import sys

    sys.path.insert(0, str(HERE.parent))
    from psm_extract.nlp import make_doc

    out: list[Sentence] = []
    for gold_path in sorted(pages.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        names = sorted({o["name"] for o in gold.get("officials") or [] if o.get("name")}, key=len, reverse=True)
        text = gold_path.with_suffix(".txt").read_text(encoding="utf-8")
        for line in text.splitlines():
            spans: list[tuple[int, int]] = []
            for name in names:
                start = line.find(name)
                while start >= 0:
                    end = start + len(name)
                    if not any(a < end and start < b for a, b in spans):
                        spans.append((start, end))
                    start = line.find(name, end)
            if not spans:
                continue
            doc = make_doc(line)
            words = [t.text for t in doc if not t.is_space]
            tags: list[str | None] = []
            for t in (t for t in doc if not t.is_space):
                inside = next(((a, b) for a, b in spans if a <= t.idx < b), None)
                if inside is not None:
                    tags.append(("B-" if t.idx == inside[0] or not tags or tags[-1] in (None, "O") else "I-") + "PER")
                elif t.text.islower() or not any(c.isalnum() for c in t.text):
                    tags.append("O")
                else:
                    tags.append(None)
            out.append((words, tags))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--variant", default="titles", choices=VARIANTS)
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--out", type=Path, default=HERE / "corpus")
    args = ap.parse_args()

    import spacy

    vocab = spacy.blank("xx").vocab
    for name, sents in build(args.variant, args.data).items():
        fname = f"train-{args.variant}.spacy" if name == "train" else f"{name}.spacy"
        n = save(sents, args.out / fname, vocab)
        print(f"{args.out / fname}: {n} docs")


if __name__ == "__main__":
    main()
