"""Extractors: one module per kind of fact, run in the order of ``TABLE``.

Every extractor is a function ``extract_<kind>(ctx: Context) -> value`` with no I/O. It reads
``ctx.text`` (the article body; all spans index into it), ``ctx.tokens`` (its tokens as columns,
``nlp.tokenize``), ``ctx.doc`` (a spaCy ``Doc`` of them, for components that need one),
``ctx.page`` (page fields: ``published``, ``dateline`` ...) and ``ctx.found`` (what earlier
extractors returned, by name), and reports oddities with ``ctx.warn``.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable

from ..options import Options

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

    from ..nlp import Tokens
    from ..parse import Page

__all__ = ["Context", "Extractor", "TABLE"]


class Context:
    """What an extractor sees of one page; ``tokens`` and ``doc`` are built on first use."""

    __slots__ = ("text", "page", "options", "found", "warnings", "_doc", "_tokens")

    def __init__(self, text: str, doc: Doc | None = None, *, page: Page, options: Options = Options(),
                 found: dict[str, Any] | None = None, warnings: list[str] | None = None,
                 tokens: Tokens | None = None) -> None:
        self.text = text
        self._doc = doc
        self._tokens = tokens
        self.page = page
        self.options = options
        self.found: dict[str, Any] = {} if found is None else found
        self.warnings: list[str] = [] if warnings is None else warnings

    @property
    def tokens(self) -> Tokens:
        """The tokens of ``text`` (spaCy's, as columns; built once, by the first extractor that asks)."""
        if self._tokens is None:
            from ..nlp import tokenize

            self._tokens = tokenize(self.text)
        return self._tokens

    @property
    def doc(self) -> Doc:
        """The spaCy ``Doc`` of ``text`` (built once, by the extractor that needs it first)."""
        if self._doc is None:
            from ..nlp import make_doc

            self._doc = make_doc(self.text)
        return self._doc

    def warn(self, message: str) -> None:
        """Record a warning on the article (kept once)."""
        if message not in self.warnings:
            self.warnings.append(message)


Extractor = Callable[[Context], Any]


def _table() -> tuple[tuple[str, Extractor], ...]:
    """(Article field, extractor) pairs in run order; later ones may read earlier results."""
    from .awards import extract_awards
    from .entities import extract_entities
    from .events import extract_events
    from .officials import extract_officials
    from .participants import extract_participants

    rows: list[tuple[str, Extractor]] = [
        ("events", extract_events),
        ("officials", extract_officials),
        ("participants", extract_participants),  # reads the main event
        ("awards", extract_awards),
        ("entities", extract_entities),  # only with Options(entities=True)
    ]
    return tuple(rows)


TABLE: tuple[tuple[str, Extractor], ...] = _table()
