"""The record model: frozen, slotted dataclasses that ``extract`` returns.

Field names follow the gold annotations of the dev corpus (``title``, ``events[name, date, ...]``,
``officials[name, honorifics, position]`` ...). Every extracted item carries ``spans``: the
evidence, as character offsets into ``Article.text`` with the id of the rule that found it.

``Article.to_dict()`` gives JSON-ready data (dates as ISO strings, tuples as lists) and
``Article.from_dict()`` reads it back: ``Article.from_dict(a.to_dict()) == a``.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import types
import typing
from dataclasses import dataclass, field
from typing import Any, Union

__all__ = [
    "Article", "Award", "Entity", "Event", "FieldRule", "Official", "Participants", "RegionCount", "Span",
    "json_schema",
]


@dataclass(frozen=True, slots=True)
class Span:
    """Evidence for one value: ``text == article.text[start:end]``, found by ``rule``.

    ``field`` names the value the span supports (``"date"``, ``"venue"``, ``"position"`` ...).
    """

    start: int
    end: int
    text: str
    rule: str
    field: str = ""


@dataclass(frozen=True, slots=True)
class FieldRule:
    """The rule that gave a page field, for values not read from the body text: ``title`` from
    ``page.h1`` or ``meta.og:title``, ``published`` from ``page.date_line`` or ``jsonld.datePublished``."""

    field: str
    rule: str


@dataclass(frozen=True, slots=True)
class Event:
    """An activity the article reports: ``Bimtek PSM`` on 2018-09-12 at ``aula Kantor Bupati Siak``."""

    name: str | None = None
    date: dt.date | None = None
    end_date: dt.date | None = None
    time: str | None = None
    venue: str | None = None
    venue_region: str | None = None
    venue_region_code: str | None = None
    organizer: str | None = None
    spans: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Official:
    """A named person holding a position: ``H. Dahrius Husin``, ``Kepala Dinas Sosial Provinsi Riau``."""

    name: str
    honorifics: tuple[str, ...] = ()
    position: str | None = None
    position_raw: str | None = None
    organization: str | None = None
    region: str | None = None
    spans: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class RegionCount:
    """Participants from one regency or city: ``Kab. Siak 25 peserta``."""

    region: str
    count: int
    code: str | None = None
    spans: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Participants:
    """Attendee counts of the main event, with a per-region breakdown when the page gives one."""

    total: int | None = None
    unit: str | None = None
    approximate: bool = False
    origin: str | None = None
    by_region: tuple[RegionCount, ...] = ()
    spans: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Award:
    """An award, prize or ranking: ``Vinora Nongsih``, ``5 besar PSM berprestasi ...``, 2018."""

    recipient: str | None = None
    title: str | None = None
    rank: str | None = None
    level: str | None = None
    year: int | None = None
    spans: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Entity:
    """A named entity recognised in the text (``PER``, ``ORG``, ``LOC``, ``EVENT``)."""

    label: str
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Article:
    """One news page, its page fields and the facts it reports.

    ``text`` is ``paragraphs`` joined by a blank line; every span indexes into it.
    """

    input: str | None = None
    url: str | None = None
    site: str | None = None
    article_id: str | None = None
    title: str | None = None
    category: str | None = None
    published: dt.date | None = None
    short_url: str | None = None
    dateline: str | None = None
    source: str | None = None
    paragraphs: tuple[str, ...] = ()
    text: str = ""
    events: tuple[Event, ...] = ()
    officials: tuple[Official, ...] = ()
    participants: Participants | None = None
    awards: tuple[Award, ...] = ()
    entities: tuple[Entity, ...] = ()
    warnings: tuple[str, ...] = ()
    spans: tuple[Span, ...] = field(default=())
    field_rules: tuple[FieldRule, ...] = ()

    def rule_of(self, name: str) -> str | None:
        """The rule that gave page field ``name`` (``"title"`` -> ``"page.h1"``), or None."""
        return next((r.rule for r in self.field_rules if r.field == name), None)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data: dates as ISO strings, tuples as lists."""
        return _to_json(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """Read back what ``to_dict`` wrote (unknown keys are ignored)."""
        return _from_json(cls, data)

    def _repr_html_(self) -> str:
        """Jupyter: the article text with every extracted span highlighted."""
        from .render import render

        return render(self)


# -- conversion ------------------------------------------------------------------------------

def _to_json(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _to_json(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (tuple, list)):
        return [_to_json(v) for v in value]
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    if cls not in _HINTS:
        _HINTS[cls] = typing.get_type_hints(cls)
    return _HINTS[cls]


def _from_json(tp: Any, value: Any) -> Any:
    origin = typing.get_origin(tp)
    if origin in (Union, types.UnionType):
        if value is None:
            return None
        (inner,) = [a for a in typing.get_args(tp) if a is not type(None)]
        return _from_json(inner, value)
    if origin is tuple:
        (inner, _ellipsis) = typing.get_args(tp)
        return tuple(_from_json(inner, v) for v in value or ())
    if dataclasses.is_dataclass(tp):
        hints = _hints(tp)
        names = {f.name for f in dataclasses.fields(tp)}
        return tp(**{k: _from_json(hints[k], v) for k, v in value.items() if k in names})
    if tp is dt.date and isinstance(value, str):
        return dt.date.fromisoformat(value[:10])
    return value


# -- JSON Schema -----------------------------------------------------------------------------

_SCALARS = {str: {"type": "string"}, int: {"type": "integer"}, bool: {"type": "boolean"},
            float: {"type": "number"}, dt.date: {"type": "string", "format": "date"}}


def _schema(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(tp)
    if origin in (Union, types.UnionType):
        (inner,) = [a for a in typing.get_args(tp) if a is not type(None)]
        return {"anyOf": [_schema(inner, defs), {"type": "null"}]}
    if origin is tuple:
        return {"type": "array", "items": _schema(typing.get_args(tp)[0], defs)}
    if dataclasses.is_dataclass(tp):
        name = tp.__name__
        if name not in defs:
            defs[name] = {}  # placeholder against recursion
            hints = _hints(tp)
            fields = dataclasses.fields(tp)
            defs[name] = {
                "type": "object",
                "description": (tp.__doc__ or "").strip().splitlines()[0],
                "properties": {f.name: _schema(hints[f.name], defs) for f in fields},
                "required": [f.name for f in fields],
                "additionalProperties": False,
            }
        return {"$ref": f"#/$defs/{name}"}
    return dict(_SCALARS[tp])


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of ``Article.to_dict()``."""
    defs: dict[str, Any] = {}
    root = _schema(Article, defs)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema",
            "title": "psm_extract Article", **root, "$defs": defs}
