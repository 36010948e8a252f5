"""The psm_extract exception tree. Every error says what was wrong and with which input.

    PsmExtractError (ValueError)
    ├── InputError                 the input cannot be read as a page at all
    │   ├── EmptyInput             nothing (or only white space) to read
    │   ├── InputTooLarge          larger than ``Options.max_bytes``; refused before reading whole
    │   ├── UndecodableInput       bytes that are no text in any encoding tried (binary, image)
    │   ├── InputNotFound          a path that does not exist or is not a file
    │   └── MalformedArchive       a damaged WARC record, tar or zip member, JSON Lines line
    ├── NotAnArticle               readable, but no article body (listing, 404 page, empty shell)
    └── ExtractionTimeout          the page's extraction took longer than ``Options.timeout``

The library never lets a dependency's exception out: anything unexpected inside a stage is
wrapped in ``PsmExtractError`` with the stage named.
"""
from __future__ import annotations

__all__ = [
    "EmptyInput", "ExtractionTimeout", "InputError", "InputNotFound", "InputTooLarge",
    "MalformedArchive", "NotAnArticle", "PsmExtractError", "UndecodableInput",
]


class PsmExtractError(ValueError):
    """Base class of every error psm_extract raises."""

    def __init__(self, message: str, *, input: str | None = None) -> None:
        self.input = input
        super().__init__(f"{message} (input: {input})" if input else message)


class InputError(PsmExtractError):
    """The input cannot be read as a page."""


class EmptyInput(InputError):
    """The input is empty or holds only white space."""


class InputTooLarge(InputError):
    """The input is larger than the configured size limit."""


class UndecodableInput(InputError):
    """The bytes are not text (binary data, an image) or not in any encoding tried."""


class InputNotFound(InputError):
    """The path does not exist or is not a regular file."""


class MalformedArchive(InputError):
    """A record or member of an archive (WARC, tar, zip, JSON Lines) that cannot be read; the
    input names it (``crawl.warc.gz#offset=1234``), and reading goes on after it."""


class NotAnArticle(PsmExtractError):
    """The page holds no article body (a listing page, a 404 page, an empty shell)."""


class ExtractionTimeout(PsmExtractError):
    """Extraction of one page took longer than ``Options.timeout`` seconds."""
