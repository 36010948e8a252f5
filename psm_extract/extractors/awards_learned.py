"""A learned recipient decision for the awards extractor: which name candidate received an award.

Candidates are the rules' award recipients, and in the sentences holding an award anchor (a rank, a
medal, a named award, an award verb: ``data/awards_anchors.tsv``) the NER's PER, ORG and LOC spans
and the region names the rules' recipients do not overlap. Each is described by its context
(``features``): the words before and after it, the nearest anchor's kind, side and distance, the
words and punctuation between, whether it stands in a winners' list, its shape, which finder found
it and by which rule. A logistic regression (weights in ``data/awards_recipients_model.json``,
trained by ``training/awards/train.py`` on the corpus train split only) scores each: a rules'
award scored below ``threshold`` is dropped; a new candidate scored ``add_threshold`` or more is
added with the title of its nearest anchor (the rules' title logic), one award per recipient.

No word lists here: the context words are read by class and the cue vocabulary of the awards'
data files; which words matter is what the weights learned.
"""
from __future__ import annotations

import bisect
import contextlib
import contextvars
import functools
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from .. import resources
from ..records import Award
from .officials_learned import Model, bound

if TYPE_CHECKING:  # pragma: no cover
    from . import Context
    from .awards import _Anchor, _Finder, _Tables

__all__ = ["Candidate", "Model", "candidates", "learned_awards", "load_model", "recording", "using"]

MODEL_FILE = "awards_recipients_model.json"
_WINDOW = 2  # words each side
_PAIRS = 1  # anchors paired with a new candidate: the nearest in its sentence (2 scored lower on train k-fold)
_RECORD: contextvars.ContextVar[list | None] = contextvars.ContextVar("awards_learned_record", default=None)
_MODEL: contextvars.ContextVar[Model | None] = contextvars.ContextVar("awards_learned_model", default=None)
_NER_LABELS = frozenset({"PER", "ORG", "LOC"})
_LIST_MARK = frozenset("-–•*·")


@functools.cache
def load_model() -> Model:
    """The shipped model (``data/awards_recipients_model.json``), read once."""
    return Model.from_json(json.loads(resources.read_text(MODEL_FILE)))


@dataclass(slots=True)
class Candidate:
    """A span that may be an award's recipient: a rules' ``award`` (index in the rules' awards), or a
    NER or region span (``award`` None) with the ``anchor`` nearest it in its sentence."""

    start: int
    end: int
    source: str  # "rule", "ner", "region"
    award: int | None
    anchor: _Anchor | None
    features: list[str]


def recording() -> contextlib.AbstractContextManager[list[tuple[str, str, list[str], str | None]]]:
    """Collect ``(recipient, source, features, title)`` of every candidate while extracting (the training
    data; a new candidate's title: the one its anchor would give it)."""
    return bound(_RECORD, [])


def using(model: Model) -> contextlib.AbstractContextManager[Model]:
    """Decide with ``model`` instead of the shipped one (cross-validation folds)."""
    return bound(_MODEL, model)


def learned_awards(ctx: Context, awards: tuple[Award, ...], anchors: list[_Anchor], finder: _Finder,
                   t: _Tables) -> tuple[Award, ...]:
    """The rules' awards the model keeps, then the new candidates it accepts (best first, none
    overlapping another or naming a recipient already given), each with its nearest anchor's title."""
    text = ctx.text
    cands = candidates(text, awards, anchors, finder, t)
    rows = _RECORD.get()
    if rows is not None:
        for c in cands:
            award = awards[c.award] if c.award is not None else _award_at(ctx, c, finder, t)
            rows.append((" ".join(text[c.start:c.end].split()), c.source, c.features,
                         award.title if award is not None else None))
    model = _MODEL.get() or load_model()
    dropped: set[int] = set()
    best: dict[tuple[int, int], tuple[float, Candidate]] = {}  # a new span's best-scored pair
    for c in cands:
        prob = model.prob(c.features)
        if c.award is not None:
            if prob < model.threshold:
                dropped.add(c.award)
        elif prob >= model.add_threshold and ((c.start, c.end) not in best or prob > best[c.start, c.end][0]):
            best[c.start, c.end] = (prob, c)
    kept = [a for i, a in enumerate(awards) if i not in dropped]
    given = {_key(a.recipient or "") for a in awards}
    regions = {code for a in awards if a.spans for code in _regions_in(finder, a.spans[0].start, a.spans[0].end)}
    taken: list[tuple[int, int]] = []
    added: list[Award] = []
    for _, c in sorted(best.values(), key=lambda pc: (-pc[0], pc[1].start)):
        key = _key(text[c.start:c.end])
        codes = _regions_in(finder, c.start, c.end)
        if key in given or codes & regions or any(a < c.end and c.start < b for a, b in taken):
            continue  # a recipient already given, under any form of its region's name
        award = _award_at(ctx, c, finder, t)
        if award is None:
            continue
        given.add(key)
        regions |= codes
        taken.append((c.start, c.end))
        added.append(award)
    if not added:
        return tuple(kept)
    from .awards import _carry_competitions

    added = _carry_competitions(sorted(added, key=lambda a: a.spans[0].start), t, finder)
    return tuple(kept) + tuple(added)


def _key(name: str) -> str:
    return " ".join(name.casefold().split())


def _regions_in(finder: _Finder, start: int, end: int) -> set[str]:
    """Codes of the regions named inside ``start``..``end``."""
    return {r.region.code for r in finder.regions if start <= r.start and r.end <= end}


def _award_at(ctx: Context, c: Candidate, finder: _Finder, t: _Tables) -> Award | None:
    """The award of a new candidate: the title of its anchor, read as the rules read it."""
    from .awards import _award_of, _Found, _title_end, _year

    a = c.anchor
    if a is None:
        return None
    text = ctx.text
    s0, s1 = finder.sentence(a.start)
    title_end = a.end
    if a.kind != "medal":
        title_end, _ = _title_end(finder.tokens(a.end, s1), a.end, t)
    if c.start < title_end and a.start < c.end:
        title_end = c.start if c.start > a.end else a.end  # the name is no part of the title
    finder.title_from = None
    title_start = finder._title_start(a)
    if title_start < c.end <= a.start:
        title_start = a.start
    found = _Found(text[c.start:c.end], c.start, c.end, title_start, title_end, a.rank, "learned")
    sent = (max(s0, a.start - 300), min(s1, a.end + 300))
    return _award_of(found, a, text, t, _year(text, text[title_start:title_end], sent, ctx, finder))


def candidates(text: str, awards: tuple[Award, ...], anchors: list[_Anchor], finder: _Finder,
               t: _Tables) -> list[Candidate]:
    """The rules' recipients, then the NER's PER/ORG/LOC spans and the region names of the sentences
    holding an anchor that overlap no rules' recipient nor anchor (a NER span and a region of the same
    offsets are one), each paired with the ``_PAIRS`` nearest anchors of its sentence."""
    vocab = _vocab()
    out: list[Candidate] = []
    rec = [(a.spans[0].start, a.spans[0].end) for a in awards if a.spans]
    for i, award in enumerate(awards):
        if not award.spans:
            continue
        s = award.spans[0]
        near = _nearest(finder, anchors, s.start, s.end)[:1]
        anchor = near[0] if near else None
        out.append(Candidate(s.start, s.end, "rule", i, anchor,
                             features(text, finder, t, vocab, s.start, s.end, anchor, 0, "rule",
                                      s.rule.removeprefix("awards:"), None)))
    sents = sorted({finder.sentence(a.start) for a in anchors})
    if not sents:
        return out
    from ..ner import find_entities

    spans: dict[tuple[int, int], list[str | None]] = {}  # (start, end) -> [NER label, region]
    for e in find_entities(text, lines=[(a, b) for a, b in sents if b > a]):
        if e.label in _NER_LABELS:
            spans.setdefault((e.start, e.end), [None, None])[0] = e.label
    starts = [a for a, _ in sents]
    for r in finder.regions:
        k = bisect.bisect_right(starts, r.start) - 1
        if k >= 0 and r.end <= sents[k][1]:
            spans.setdefault((r.start, r.end), [None, None])[1] = r.region.kind
    blocked = rec + [(a.start, a.end) for a in anchors]
    for (start, end), (label, region) in sorted(spans.items()):
        if any(a < end and start < b for a, b in blocked):
            continue
        source = "ner" if label is not None else "region"
        for rank, anchor in enumerate(_nearest(finder, anchors, start, end)[:_PAIRS]):
            out.append(Candidate(start, end, source, None, anchor,
                                 features(text, finder, t, vocab, start, end, anchor, rank, source,
                                          source, label, region)))
    return out


class _Vocab(NamedTuple):
    """The awards' cue words (single words, folded), kept as they are in context features, and their
    rank words (``II``, ``ketiga``), read as one class."""

    cues: frozenset[str]
    ranks: frozenset[str]


@functools.cache
def _vocab() -> _Vocab:
    from .awards import _t

    t = _t()
    return _Vocab(frozenset({w for phrases in t.cues.values() for p in phrases for w in p.split()}),
                  frozenset(t.ranks))


def _nearest(finder: _Finder, anchors: list[_Anchor], start: int, end: int) -> list[_Anchor]:
    """The anchors of the span's sentence, nearest first (before it on a tie)."""
    s0, s1 = finder.sentence(start)
    near: list[tuple[int, int, int, _Anchor]] = []
    for a in anchors:
        if a.start < s0 or a.end > s1 or (a.start < end and start < a.end):
            continue
        d = start - a.end if a.end <= start else a.start - end
        near.append((d, 0 if a.end <= start else 1, a.start, a))
    return [a for *_, a in sorted(near, key=lambda n: n[:3])]


def _bucket(d: int) -> str:
    return str(d) if d <= 2 else "3-5" if d <= 5 else "6-12" if d <= 12 else "far"


def _word(tok: str | None, vocab: _Vocab) -> str:
    """A context token as a feature: a rank word as ``<rank>``, a cue word or a lower-case word as it is
    (folded), punctuation as it is, any other capitalised word by its class, so that no weight is one
    page's name."""
    if tok is None:
        return "<edge>"
    low = tok.casefold().strip("()")
    if low in vocab.ranks:
        return "<rank>"
    if tok[:1].isdigit():
        return "<num>"
    if low in vocab.cues or not tok[:1].isupper():
        return low or tok
    return "<acronym>" if len(tok) > 1 and tok.isupper() else "<cap>"


def features(text: str, finder: _Finder, t: _Tables, vocab: _Vocab, start: int, end: int,
             anchor: _Anchor | None, rank: int, source: str, rule: str, ner: str | None,
             region: str | None = None) -> list[str]:
    """The binary features of one candidate (``name=value`` strings; ``rank``: its anchor's among the
    sentence's, nearest first), each also crossed with its finder."""
    s0, s1 = finder.sentence(start)
    before = [m.group() for m in finder.tokens(s0, start)]
    after = [m.group() for m in finder.tokens(end, s1)]
    own = [f"src={source}", f"rule={rule}"]
    f = [f"ner={ner}", f"region={region}", f"pair={rank}"]
    for j in range(1, _WINDOW + 1):
        f.append(f"w-{j}={_word(before[-j] if len(before) >= j else None, vocab)}")
        f.append(f"w+{j}={_word(after[j - 1] if len(after) >= j else None, vocab)}")
    f.append(f"w-1+1={f[3].split('=', 1)[1]}|{f[4].split('=', 1)[1]}")
    name = text[start:end]
    words = name.split()
    f.append(f"words={min(len(words), 5)}")
    f.append(f"len={_bucket(len(name) // 4)}")
    letters = [ch for ch in name if ch.isalpha()]
    if letters and all(ch.isupper() for ch in letters):
        f.append("all_caps")
    if any(ch.isdigit() for ch in name):
        f.append("digit")
    if words and not words[0][:1].isupper():
        f.append("lower_start")
    head = words[0].casefold().strip("().,") if words else ""
    f.append(f"head={head if head in vocab.cues else '<other>'}")
    if any(r.start >= start and r.end <= end for r in finder.regions):
        f.append("holds_region")
    # the line: a winners' list item?
    line_a = text.rfind("\n", 0, start) + 1
    line_b = text.find("\n", end)
    line = text[line_a:line_b if line_b >= 0 else len(text)]
    lead = line.lstrip()[:1]
    if lead in _LIST_MARK or (lead.isdigit() and line.lstrip()[1:3].strip()[:1] in (".", ")")):
        f.append("list_line")
    if not text[line_a:start].strip():
        f.append("line_start")
    if len(line.split()) <= 12:
        f.append("short_line")
    if anchor is None:
        f.append("no_anchor")
        return own + _crossed(f, source)
    if anchor.end <= start:
        side = "before"
        gap = [m.group() for m in finder.tokens(anchor.end, start)]
    else:
        side = "after"
        gap = [m.group() for m in finder.tokens(end, anchor.start)]
    f.append(f"anchor={side}:{_bucket(len(gap))}")
    f.append(f"anchor_name={anchor.name}")
    f.append(f"anchor_kind={side}:{anchor.kind}")
    if len(gap) <= 3:
        f.append(f"gap={side}:{'_'.join(_word(g, vocab) for g in gap)}")
    for g in gap:
        low = g.casefold()
        if g in (",", ";", ":", "(", ")"):
            f.append(f"punct_between={side}:{g}")
        elif low in t.cues["active"] or low in t.cues["passive"] or low in t.cues["from"]:
            f.append(f"verb_between={side}:{low}")
    if sum(1 for a in finder.rank_starts if s0 <= a[0] < s1) > 1:
        f.append("ranks_in_sentence")
    return own + _crossed(f, source)


def _crossed(f: list[str], source: str) -> list[str]:
    """Each feature once for every finder and once for the candidate's own (a weight per finder)."""
    return f + [f"{source}|{x}" for x in f]
