"""The record model: round-trips, JSON Schema, field names of the gold files."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given, strategies as st

import psm_extract
from psm_extract.records import (Article, Award, Event, Official, Participants, RegionCount, Span,
                                 json_schema)

SAMPLE = Article(
    input="x.txt", title="Dinsos Riau Taja Bimtek PSM Di Kabupaten Siak",
    published=dt.date(2018, 9, 25), paragraphs=("a", "b"), text="a\n\nb",
    events=(Event(name="Bimtek PSM", date=dt.date(2018, 9, 12),
                  spans=(Span(0, 1, "a", "test.rule", "name"),)),),
    officials=(Official(name="Dahrius Husin", honorifics=("H.",), position="Kepala Dinas Sosial"),),
    participants=Participants(total=50, unit="orang",
                              by_region=(RegionCount(region="Kabupaten Siak", count=25, code="14.08"),)),
    awards=(Award(recipient="Vinora Nongsih", title="5 besar PSM berprestasi", year=2018),),
    warnings=("w",),
)


def test_round_trip_sample():
    data = SAMPLE.to_dict()
    assert data["published"] == "2018-09-25"
    assert data["events"][0]["date"] == "2018-09-12"
    assert json.loads(json.dumps(data)) == data
    assert Article.from_dict(data) == SAMPLE


def test_records_are_frozen():
    with pytest.raises(AttributeError):
        SAMPLE.title = "other"  # type: ignore[misc]


def test_to_dict_has_every_gold_field(fixtures_dir: Path):
    gold = json.loads((fixtures_dir / "gold" / "4412.json").read_text(encoding="utf-8"))
    data = Article().to_dict()
    for key in ("title", "category", "published", "short_url", "dateline", "source", "events",
                "officials", "participants", "awards"):
        assert key in data and key in gold
    for kind, record in (("events", Event()), ("officials", Official(name="x")), ("awards", Award())):
        assert set(gold[kind][0]) <= set(record.to_dict() if hasattr(record, "to_dict") else
                                         psm_extract.records._to_json(record))
    assert {"total", "unit", "by_region"} <= set(psm_extract.records._to_json(Participants()))


def test_absent_facts_are_empty_or_null():
    data = Article().to_dict()
    assert data["events"] == [] and data["officials"] == [] and data["awards"] == []
    assert data["participants"] is None and data["published"] is None


def test_json_schema_describes_every_field():
    schema = json_schema()
    assert schema is psm_extract.json_schema() or schema == psm_extract.json_schema()
    article = schema["$defs"]["Article"]
    assert set(article["properties"]) == set(Article().to_dict())
    assert article["properties"]["published"]["anyOf"][0] == {"type": "string", "format": "date"}
    assert schema["$defs"]["Span"]["required"] == ["start", "end", "text", "rule", "field"]


def _validate(instance, schema, defs):
    """A minimal JSON Schema check (type, properties, required, items, anyOf, $ref)."""
    if "$ref" in schema:
        return _validate(instance, defs[schema["$ref"].rsplit("/", 1)[1]], defs)
    if "anyOf" in schema:
        return any(_validate(instance, s, defs) for s in schema["anyOf"])
    kind = schema.get("type")
    if kind == "null":
        return instance is None
    if kind == "string":
        return isinstance(instance, str)
    if kind == "integer":
        return isinstance(instance, int) and not isinstance(instance, bool)
    if kind == "boolean":
        return isinstance(instance, bool)
    if kind == "array":
        return isinstance(instance, list) and all(_validate(i, schema["items"], defs) for i in instance)
    if kind == "object":
        return (isinstance(instance, dict) and set(schema["required"]) <= set(instance)
                and set(instance) <= set(schema["properties"])
                and all(_validate(v, schema["properties"][k], defs) for k, v in instance.items()))
    return True


def test_sample_validates_against_schema():
    schema = json_schema()
    assert _validate(SAMPLE.to_dict(), schema, schema["$defs"])
    bad = SAMPLE.to_dict() | {"published": 5}
    assert not _validate(bad, schema, schema["$defs"])


dates = st.one_of(st.none(), st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 1, 1)))
texts = st.text(max_size=30)
spans = st.builds(Span, st.integers(0, 999), st.integers(0, 999), texts, texts, texts)
articles = st.builds(
    Article, title=st.one_of(st.none(), texts), published=dates,
    paragraphs=st.lists(texts, max_size=3).map(tuple),
    events=st.lists(st.builds(Event, name=texts, date=dates, end_date=dates,
                              spans=st.lists(spans, max_size=2).map(tuple)), max_size=2).map(tuple),
    officials=st.lists(st.builds(Official, name=texts, honorifics=st.lists(texts, max_size=2).map(tuple)),
                       max_size=2).map(tuple),
    participants=st.one_of(st.none(), st.builds(
        Participants, total=st.one_of(st.none(), st.integers(0, 10**6)),
        by_region=st.lists(st.builds(RegionCount, region=texts, count=st.integers(0, 999)),
                           max_size=2).map(tuple))),
    awards=st.lists(st.builds(Award, year=st.one_of(st.none(), st.integers(1900, 2100))), max_size=2).map(tuple),
)


@given(articles)
def test_round_trip_property(article):
    assert Article.from_dict(json.loads(json.dumps(article.to_dict()))) == article
