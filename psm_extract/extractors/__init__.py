"""Extractors: one module per kind of fact, run in the order of ``TABLE``.

Every extractor is a function ``extract_<kind>(ctx: Context) -> value`` with no I/O. It reads
``ctx.text`` (the article body; all spans index into it), ``ctx.doc`` (its spaCy ``Doc``),
``ctx.page`` (page fields: ``published``, ``dateline`` ...) and ``ctx.found`` (what earlier
extractors returned, by name), and reports oddities with ``ctx.warn``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable

from ..options import Options

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

    from ..parse import Page

__all__ = ["Context", "TABLE", "Extractor"]


@dataclass(slots=True)
class Context:
    """What an extractor sees of one page."""

    text: str
    doc: Doc
    page: Page
    options: Options = Options()
    found: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def warn(self, message: str) -> None:
        """Record a warning on the article (kept once)."""
        if message not in self.warnings:
            self.warnings.append(message)


Extractor = Callable[[Context], Any]


def _table() -> tuple[tuple[str, Extractor], ...]:
    """(Article field, extractor) pairs in run order; later ones may read earlier results."""
    from .awards import extract_awards
    from .events import extract_events
    from .officials import extract_officials
    from .participants import extract_participants

    rows: list[tuple[str, Extractor]] = [
        ("events", extract_events),
        ("officials", extract_officials),
        ("participants", extract_participants),  # reads the main event
        ("awards", extract_awards),
    ]
    return tuple(rows)


TABLE: tuple[tuple[str, Extractor], ...] = _table()
