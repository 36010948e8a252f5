"""psm_extract: typed, evidenced records from news pages of the Riau provincial government.

    >>> from psm_extract import extract
    >>> article = extract("fixtures/pages/4412.txt")
    >>> article.title, article.published.isoformat()
    ('Dinsos Riau Taja Bimtek PSM Di Kabupaten Siak', '2018-09-25')

Heavy dependencies (spaCy, lxml, BeautifulSoup) load on first use, not on import.
"""
from __future__ import annotations

from typing import Any

from .errors import (EmptyInput, ExtractionTimeout, InputError, InputNotFound, InputTooLarge,
                     MalformedArchive, NotAnArticle, PsmExtractError, UndecodableInput)
from .options import Options
from .records import (Article, Award, Entity, Event, FieldRule, Official, Participants, RegionCount, Span,
                      json_schema)

__version__ = "0.1.0"

__all__ = [
    "Article", "Award", "EmptyInput", "Entity", "Event", "ExtractionTimeout", "FieldRule", "InputError",
    "InputNotFound", "InputTooLarge", "MalformedArchive", "NotAnArticle", "Official", "Options", "Participants",
    "PsmExtractError", "RegionCount", "Span", "UndecodableInput", "__version__", "extract",
    "json_schema", "parse", "render", "to_frames",
]


def __getattr__(name: str) -> Any:
    """Load the pipeline lazily: ``import psm_extract`` stays cheap."""
    if name == "extract":
        from .core import extract

        return extract
    if name == "parse":
        from .parse import parse

        return parse
    if name == "render":
        from .render import render

        return render
    if name == "to_frames":
        from .frames import to_frames

        return to_frames
    raise AttributeError(f"module 'psm_extract' has no attribute {name!r}")
