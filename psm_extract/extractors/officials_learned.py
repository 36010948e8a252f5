"""A learned role decision for the officials extractor: which name candidate is an official.

Candidates are the rules' mentions and the NER's PER spans in the sentences that hold a position
and a name-like word no rules' mention or position covers (``_open_sentences``), each NER name
paired with the nearest positions of its sentence. Each is described by its context
(``features``): the words before and after it, the position's side and distance, the words
between, honorifics, the name's shape, which finder found it and by which rule. A logistic
regression (weights in ``data/officials_roles_model.json``, trained by ``training/roles/train.py``
on the corpus train split only) scores each: a rules' mention scored below ``threshold`` is
dropped, a NER name whose best pair scores ``add_threshold`` or more is added with that position.

No word lists here: which words matter is what the weights learned.
"""
from __future__ import annotations

import contextlib
import contextvars
import functools
import json
import math
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Iterator, NamedTuple, TypeVar

from .. import resources

if TYPE_CHECKING:  # pragma: no cover
    from ..records import Entity
    from .officials import _Mention, _Person, _Position, _Scan

__all__ = ["Candidate", "Model", "bound", "features", "learned_mentions", "load_model", "recording", "using"]

MODEL_FILE = "officials_roles_model.json"
_WINDOW = 2  # words each side
_PAIRS = 3  # positions paired with a NER name: the nearest in its sentence
T = TypeVar("T")
_RECORD: contextvars.ContextVar[list | None] = contextvars.ContextVar("officials_learned_record", default=None)
_MODEL: contextvars.ContextVar[Model | None] = contextvars.ContextVar("officials_learned_model", default=None)


@dataclass(frozen=True, slots=True)
class Model:
    """Logistic regression over sparse binary features: P(official) = sigmoid(bias + sum of weights).

    A rules' mention stays at ``threshold`` or more; a NER name is added at ``add_threshold`` or more.
    """

    weights: dict[str, float]
    bias: float
    threshold: float
    add_threshold: float

    def prob(self, feats: list[str]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in feats)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_json(self, meta: dict | None = None) -> dict:
        return {"meta": meta or {}, "threshold": self.threshold, "add_threshold": self.add_threshold,
                "bias": self.bias,
                "weights": dict(sorted(self.weights.items()))}

    @classmethod
    def from_json(cls, d: dict) -> Model:
        return cls(dict(d["weights"]), float(d["bias"]), float(d["threshold"]), float(d["add_threshold"]))


@functools.cache
def load_model() -> Model:
    """The shipped model (``data/officials_roles_model.json``), read once."""
    return Model.from_json(json.loads(resources.read_text(MODEL_FILE)))


@dataclass(slots=True)
class Candidate:
    """A name that may be an official's: a rules' ``mention``, or a NER name (``mention`` None) paired
    with one ``position`` of its sentence."""

    person: _Person
    mention: _Mention | None
    position: _Position | None  # a rules' mention: the nearest position of its sentence (features only)
    features: list[str]

    @property
    def source(self) -> str:
        return "rule" if self.mention is not None else "ner"


@contextlib.contextmanager
def bound(var: contextvars.ContextVar[T | None], value: T) -> Iterator[T]:
    """``var`` set to ``value`` inside the block (the learned modules' ``recording`` and ``using``)."""
    token = var.set(value)
    try:
        yield value
    finally:
        var.reset(token)


def recording() -> contextlib.AbstractContextManager[list[tuple[str, str, list[str], str | None]]]:
    """Collect ``(name, source, features, position text)`` of every candidate while extracting (the
    training data)."""
    return bound(_RECORD, [])


def using(model: Model) -> contextlib.AbstractContextManager[Model]:
    """Decide with ``model`` instead of the shipped one (cross-validation folds)."""
    return bound(_MODEL, model)


def learned_mentions(sc: _Scan, positions: list[_Position], mentions: list[_Mention],
                     add: Callable[[_Person, _Position, str], None]) -> None:
    """Drop the rules' mentions the model rejects; add the NER names it accepts, each with the
    position of its best-scored pair."""
    cands = candidates(sc, positions, mentions)
    rows = _RECORD.get()
    if rows is not None:
        from .officials import _position_text

        rows.extend((_name(sc, c.person), c.source, c.features,
                     _position_text(sc, c.position)[0] if c.position is not None else None) for c in cands)
    model = _MODEL.get() or load_model()
    best: dict[int, tuple[float, Candidate]] = {}
    dropped: set[int] = set()
    for c in cands:
        prob = model.prob(c.features)
        if c.mention is not None:
            if prob < model.threshold:
                dropped.add(id(c.mention))
        elif prob >= model.add_threshold and (c.person.start not in best or prob > best[c.person.start][0]):
            best[c.person.start] = (prob, c)
    mentions[:] = [m for m in mentions if id(m) not in dropped]
    for _, c in best.values():
        add(c.person, c.position, "officials.learned_ner")


def candidates(sc: _Scan, positions: list[_Position], mentions: list[_Mention]) -> list[Candidate]:
    """The rules' mentions, then the NER's PER spans (in ``_open_sentences``) they do not
    overlap, one candidate for each of the nearest positions in its sentence."""
    from .officials_ner import _clean, _person_at

    lines = _open_sentences(sc, positions, mentions)
    ents: list[Entity] = []
    if lines:
        from ..ner import find_entities

        ents = [e for e in find_entities(sc.text, lines=lines) if e.label == "PER"]
    out = []
    page = _Words.of(sc)
    for m in mentions:
        p = m.person
        near = _nearest(sc, p, positions)
        pos = near[0] if near else None
        out.append(Candidate(p, m, pos, features(sc, page, p, pos, positions, "rule", m.rule,
                                                 _namelike(sc, p), 0)))
    taken = [(m.person.start, m.person.end) for m in mentions]
    for e in ents:
        if any(a < e.end and e.start < b for a, b in taken) or sc.tok_at(e.start) >= sc.tok_at(e.end):
            continue
        p = _person_at(sc, e)
        clean = _clean(sc, e)
        for rank, pos in enumerate(_nearest(sc, p, positions)[:_PAIRS]):
            out.append(Candidate(p, None, pos, features(sc, page, p, pos, positions, "ner", "ner",
                                                        clean, rank)))
        taken.append((e.start, e.end))
    return out


def _open_sentences(sc: _Scan, positions: list[_Position], mentions: list[_Mention]) -> list[tuple[int, int]]:
    """(start, end) of the sentences the NER reads: those holding a position and a name-like word
    outside the rules' mentions and the positions. Only there can it find a name that is no rules'
    one and that a position can be paired with (the NER on every line holding a position costs
    ~8 ms a page)."""
    covered = {i for m in mentions for i in range(m.person.first, m.person.end_tok)}
    covered.update(i for pos in positions for i in range(pos.start, pos.end))
    out: list[tuple[int, int]] = []
    last = -1
    for pos in sorted(positions, key=lambda q: q.start):
        if pos.start < last:
            continue
        a, b = _sentence_of(sc, pos.start, pos.end)
        last = b
        if any(i not in covered and sc.namelike(i) for i in range(a, b)):
            out.append((sc.starts[a], sc.end(b - 1)))
    return out


def _name(sc: _Scan, p: _Person) -> str:
    return " ".join(sc.text[p.start:p.end].split())


def _namelike(sc: _Scan, p: _Person) -> bool:
    k, end = sc.tok_at(p.start), sc.tok_at(p.end)
    return k < end and all(sc.namelike(i) or sc.words[i] == "." for i in range(k, end))


def _sentence(sc: _Scan, p: _Person) -> tuple[int, int]:
    """Tokens [a, b) of the sentence around the mention (bounded by boundary tokens)."""
    return _sentence_of(sc, p.first, p.end_tok)


def _sentence_of(sc: _Scan, a: int, b: int) -> tuple[int, int]:
    """Tokens of the sentence around tokens [a, b)."""
    while a > 0 and not sc.bound[a - 1]:
        a -= 1
    while b < sc.n and not sc.bound[b]:
        b += 1
    return a, b


def _nearest(sc: _Scan, p: _Person, positions: list[_Position]) -> list[_Position]:
    """The positions of the scan in the mention's sentence, nearest first (before it on a tie)."""
    a, b = _sentence(sc, p)
    near: list[tuple[float, int, _Position]] = []
    for pos in positions:
        if pos.start < a or pos.end > b:
            continue
        if pos.end <= p.first:
            d = p.first - pos.end
        elif pos.start >= p.end_tok:
            d = pos.start - p.end_tok + 0.5
        else:
            continue  # the position holds the name's words
        near.append((d, pos.start, pos))
    return [pos for *_, pos in sorted(near, key=lambda t: t[:2])]


class _Words(NamedTuple):
    """The page's words the features look up: lower-case ones, and capitalised ones counted."""

    lower: frozenset[str]
    caps: Counter[str]

    @classmethod
    def of(cls, sc: _Scan) -> _Words:
        return cls(frozenset(w for w in sc.words if w.islower()),
                   Counter(w.lower() for w in sc.words if w[:1].isupper()))


def _bucket(d: int) -> str:
    return str(d) if d <= 2 else "3-5" if d <= 5 else "6-12" if d <= 12 else "far"


def _word(sc: _Scan, i: int) -> str:
    """Token ``i`` as a context feature: lower-case words and punctuation as they are, a capitalised
    word by its class (a position's head, a form of address, an honorific, any other), so that no
    weight is one page's name."""
    if i < 0 or i >= sc.n:
        return "<edge>"
    w = sc.words[i]
    if "\n" in w:
        return "<nl>"
    if w.isspace():
        return "<sp>"
    if w[:1].isdigit():
        return "<num>"
    if not w[:1].isupper():
        return w.lower()
    if sc.titled(i):
        return "<title>"
    if w in sc.lex.address:
        return w.lower()
    if sc.is_prefix(i):
        return "<honorific>"
    return "<acronym>" if sc.acronym(i) else "<cap>"


def features(sc: _Scan, page: _Words, p: _Person, pos: _Position | None, positions: list[_Position],
             source: str, rule: str, namelike: bool, rank: int) -> list[str]:
    """The binary features of one candidate (``name=value`` strings); ``rank``: its position's among
    the sentence's, nearest first.

    Whether the NER agrees with a rules' name is no feature: the shipped NER was trained on the
    train split's names (it finds 96% of them exactly, 81% of the dev pages'), so on train pages
    it would tell the label (nor is its reading of a rules' name as ORG or LOC, for the same
    reason: on the dev pages that dropped ``Aulia``, read as LOC).
    """
    own = [f"src={source}", f"rule={rule}"]
    f = [f"namelike={namelike}", f"rank={rank}"]
    first, after = p.first, p.end_tok
    for j in range(1, _WINDOW + 1):
        f.append(f"w-{j}={_word(sc, first - j)}")
        f.append(f"w+{j}={_word(sc, after + j - 1)}")
    f.append(f"w-1+1={_word(sc, first - 1)}|{_word(sc, after)}")
    f.append(f"hon={bool(p.honorifics)}")
    if any(a < p.start for a, _ in p.honorifics):
        f.append("hon_before")
    if any(a >= p.end for a, _ in p.honorifics):
        f.append("degree_after")
    f.append(f"words={min(p.n_words, 4)}")
    name = sc.text[p.start:p.end]
    letters = [c for c in name if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        f.append("all_caps")
    if any(len(w.rstrip(".")) == 1 for w in name.split()):
        f.append("initial")
    f.append(f"sent_start={p.at_sentence_start}")
    words = [w.strip(".,").lower() for w in name.split()] or [""]
    if len(words) == 1 and words[0] in sc.lex.common:
        f.append("common_word")
    if any(w in page.lower for w in words):
        f.append("lower_elsewhere")  # "Dilajutkan", "Kompi": words the page also writes in lower case
    f.append(f"repeated={page.caps[words[-1]] > 1}")
    k = sc.tok_at(p.start)
    if k < sc.n and k in sc.heads:
        f.append("head_inside")
    if pos is None:
        f.append("no_position")
        # a position on the same line at all?
        line_a = sc.text.rfind("\n", 0, sc.starts[first]) + 1 if first < sc.n else 0
        f.append(f"position_on_line={any(sc.starts[q.start] >= line_a for q in positions if q.start < first)}")
        return own + _crossed(f, source)
    if pos.end <= first:
        d = first - pos.end
        side = "before"
        gap = sc.lower[pos.end:first]
    else:
        d = pos.start - after
        side = "after"
        gap = sc.lower[after:pos.start]
    f.append(f"pos={side}:{_bucket(d)}")
    if d <= 3:
        f.append(f"gap={side}:{'_'.join(gap)}")  # "selaku", ",": the few words between, as they are
    f.append(f"pos_lower_head={pos.lower_head}")
    f.append(f"pos_head={sc.lower[pos.head]}")
    f.append(f"pos_len={_bucket(pos.end - pos.start)}")
    if any(w in (",", "(", ")") for w in gap):
        f.append(f"punct_between={side}")
    return own + _crossed(f, source)


def _crossed(f: list[str], source: str) -> list[str]:
    """Each feature once for both finders and once for the candidate's own (a weight per finder)."""
    return f + [f"{source}|{x}" for x in f]
