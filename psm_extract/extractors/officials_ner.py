"""Names from the NER for the officials extractor: PER spans decided by the positions beside them.

The rules find positions and read the name beside each by its capitals; the statistical NER
(``ner.py``) reads names the way news text writes them. On the lines that hold a position, a PER span

- mends the name the rules read at the same place: ``Bapak Ir. Frans. J. Papilaya, M.Si`` (rules:
  ``Frans``) -> ``Frans. J. Papilaya``; an acronym or office word the rules read as the name's first
  word, the NER's span starting after it, goes back to the position;
- where the rules read no name, is an official when a position is right before it (honorifics
  between) or right after it (a comma or a link word between: ``Rahima Erna selaku Kepala ...``).

A PER span with no position beside it is no official: the role comes from the context, the name
from the candidates.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from ..records import Entity

if TYPE_CHECKING:  # pragma: no cover
    from .officials import _Mention, _Person, _Position, _Scan

__all__ = ["ner_mentions", "person_lines"]


def person_lines(sc: _Scan, positions: list[_Position]) -> list[tuple[int, int]]:
    """(start, end) of the lines that hold a position: the only text the NER is run on."""
    text = sc.text
    out: list[tuple[int, int]] = []
    for p in positions:
        at = sc.starts[p.start]
        if out and out[-1][0] <= at < out[-1][1]:
            continue
        a = text.rfind("\n", 0, at) + 1
        b = text.find("\n", at)
        out.append((a, len(text) if b < 0 else b))
    return out


def ner_mentions(sc: _Scan, positions: list[_Position], mentions: list[_Mention],
                 add: Callable[[_Person, _Position, str], None]) -> None:
    """Mend the rules' names with the NER's and add the PER spans a position is beside."""
    lines = person_lines(sc, positions)
    if not lines:
        return
    from ..ner import find_entities

    ents = [e for e in find_entities(sc.text, lines=lines) if e.label == "PER" and _clean(sc, e)]
    for m in mentions:
        _mend(sc, m, ents)
    taken = [(m.person.start, m.person.end) for m in mentions]
    for e in ents:
        if any(a < e.end and e.start < b for a, b in taken):
            continue
        p = _person_at(sc, e)
        pos, rule = _position_beside(sc, p, positions)
        if pos is not None:
            add(p, pos, rule)
            taken.append((p.start, p.end))


def _clean(sc: _Scan, e: Entity) -> bool:
    """A PER span that can be a name: every word one the rules could read in a name (no title, office,
    region or degree)."""
    k, end = sc.tok_at(e.start), sc.tok_at(e.end)
    if k >= end or not sc.cap(k):
        return False
    return all(sc.namelike(i) or sc.words[i] == "." for i in range(k, end))


def _mend(sc: _Scan, m: _Mention, ents: list[Entity]) -> None:
    """The rules' name ``m`` against the PER span at its place (see the module docstring)."""
    p = m.person
    over = [e for e in ents if e.start < p.end and p.start < e.end]
    if len(over) != 1:
        return
    e = over[0]
    text = sc.text
    if e.start > p.start and e.end == p.end and m.pos_span is not None and m.pos_span[1] <= p.start \
            and not p.honorifics:
        # "Kepala Dinas Kominfotik Hendrik Dwi Yatmoko": the words before the PER span are the
        # position's
        extra = " ".join(text[p.start:e.start].split())
        if not extra or not text[m.pos_span[1]:p.start].isspace() and m.pos_span[1] != p.start:
            return
        if not all(sc.acronym(i) and len(sc.words[i]) > 2 or sc.orgword(i) or sc.posish(i)
                   for i in range(p.first, sc.tok_at(e.start))):
            return  # "Zulfadhli Alhamdi": the NER's span is short of the name, not the position long
        m.position = f"{m.position} {extra}" if m.position else extra
        m.position_raw = text[m.pos_span[0]:e.start].rstrip()
        m.pos_span = (m.pos_span[0], m.pos_span[0] + len(m.position_raw))
        p.start = e.start
    elif e.start == p.start and e.end > p.end and "\n" not in text[p.end:e.end]:
        k, end = sc.tok_at(p.end), sc.tok_at(e.end)
        if not all(sc.namelike(i) or sc.words[i] == "." for i in range(k, end)):
            return
        # "Eddy A Mohd Yatim": the NER's name goes on over the word the rules stopped at
        p.end = e.end
        p.honorifics = [h for h in p.honorifics if not (h[0] < e.end and p.start < h[1])]
        p.end_tok = max(p.end_tok, end)
    else:
        return
    from .officials import _BLANKS, _name_key

    m.name = _BLANKS.sub(" ", text[p.start:p.end])
    m.key = _name_key(m.name)
    m.rule = "officials.ner_mended"  # the name's span is the NER's


def _person_at(sc: _Scan, e: Entity) -> _Person:
    """The ``_Person`` of a PER span: honorifics before it and degrees after it read as the rules do."""
    from .officials import _Person, _titles

    k, end = sc.tok_at(e.start), sc.tok_at(e.end)
    first = k
    hons: list[tuple[int, int]] = []
    for j in range(max(0, k - 4), k):
        found: list[tuple[int, int]] = []
        if not sc.bound[j] and sc.is_prefix(j) and sc.skip_blanks(_titles(sc, sc.starts[j], found)) == e.start:
            first, hons = j, found
            break
    pos = e.end
    while (mt := sc.lex.suffix_re.match(sc.text, pos)) is not None:
        hons.append(mt.span("h"))
        pos = mt.end()
    end_tok = end if pos == e.end else sc.tok_at(pos)
    return _Person(e.start, e.end, hons, first, end_tok, end - k, sc.sentence_start(first))


def _position_beside(sc: _Scan, p: _Person, positions: list[_Position]) -> tuple[_Position | None, str]:
    """The position right before the name (honorifics, a comma between) or right after it."""
    first, after = p.first, p.end_tok
    for pos in positions:
        gap = range(pos.end, first)
        if pos.end <= first and len(gap) <= 1 and all(sc.words[i] == "," for i in gap):
            return pos, "officials.ner_position_name"
        if pos.start >= after and pos.start - after <= 3 and not pos.lower_head and _opens_clause(sc, first):
            link = sc.links.get(pos.start)
            if pos.start == after or (link is not None and link == after):
                return pos, "officials.ner_name_position"
    return None, ""


def _opens_clause(sc: _Scan, k: int) -> bool:
    """A name before its position opens a clause: after a boundary, a lower-case word or ``Bapak``
    (not ``... Produk Hukum Samto, Kepala Bagian Umum``: there the position before is the name's)."""
    if k == 0 or sc.bound[k - 1]:
        return True
    w = sc.words[k - 1]
    return w.islower() or w in sc.lex.address or w in (",", "(", '"', "“")
