"""``extract``: one page in, one ``Article`` out.

Stages, each called once:
1. parse the page (decode, drop chrome, page fields, clean body);
2. tokenise the body with spaCy's tokenizer (lazily: on first use of ``ctx.tokens``);
3. run every extractor of ``extractors.TABLE`` in order;
4. assemble the frozen ``Article``.
"""
from __future__ import annotations

import dataclasses
import os
from typing import Any

from . import deadline
from .errors import PsmExtractError
from .extractors import TABLE, Context
from .options import Options
from .parse import Page, Source, check_arguments, parse
from .records import Article

__all__ = ["extract", "extract_page"]


def extract(source: Source, url: str | Options | None = None, *, options: Options = Options(),
            input: str | None = None) -> Article:
    """Extract an ``Article`` from a path, bytes or str (archived HTML or stored page text).

    ``Options`` may also be given in place of ``url`` (``extract(path, Options(entities=True))``).
    Arguments of the wrong type raise ``TypeError`` saying what is expected.

    >>> extract("fixtures/pages/4412.txt").title
    'Dinsos Riau Taja Bimtek PSM Di Kabupaten Siak'
    """
    if isinstance(url, Options):
        if options != Options():
            raise TypeError("extract() got Options twice: by position and as options=")
        url, options = None, url
    check_arguments("extract", source, url, options, input)
    name = input if input is not None else _path_name(source)
    with deadline.limit(options.timeout, name):
        page = parse(source, url=url, options=options)  # 1. parse
        return extract_page(page, options=options, input=name)


def extract_page(page: Page, *, options: Options = Options(), input: str | None = None) -> Article:
    """Run stages 2-4 on an already parsed ``Page``."""
    if not isinstance(page, Page):
        raise TypeError(f"extract_page() takes a Page (from psm_extract.parse), not {type(page).__name__}")
    check_arguments("extract_page", ..., None, options, input)
    # 2. tokenise: ctx.tokens is built on first use (the officials extractor)
    ctx = Context(text=page.text, page=page, options=options, warnings=list(page.warnings))
    for field, extractor in TABLE:  # 3. extractors
        if options.extractors is not None and field not in options.extractors:
            continue
        deadline.check()  # the page's time limit, where an interruption could not reach it
        try:
            ctx.found[field] = extractor(ctx)
        except PsmExtractError:
            raise
        except Exception as exc:  # one extractor's bug must not lose the page
            ctx.warn(f"{field} extractor failed: {type(exc).__name__}: {exc}")
    values: dict[str, Any] = {k: v for k, v in ctx.found.items() if v is not None}
    page_fields = {f.name: getattr(page, f.name) for f in dataclasses.fields(page)}
    return Article(  # 4. assemble: the page's fields, then what the extractors found
        input=input, **page_fields | {"warnings": tuple(ctx.warnings)}, **values)


def _path_name(source: Source) -> str | None:
    """The name of ``source`` when it is a path (a PathLike, or a str naming a file)."""
    if isinstance(source, os.PathLike):
        return str(source)
    if isinstance(source, str) and "\n" not in source and "<" not in source and len(source) < 4096:
        try:
            return source if os.path.isfile(source) else None
        except (OSError, ValueError):
            return None
    return None
