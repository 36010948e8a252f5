"""Options for one extraction, in one frozen dataclass passed explicitly."""
from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Options"]


@dataclass(frozen=True, slots=True)
class Options:
    """How ``extract`` treats its input.

    max_bytes: inputs larger than this are refused before they are read whole.
    max_text_chars: the article body is cut here (with a warning): no news story is longer.
    timeout: seconds one page's extraction may take (``None``: no limit), in any thread.
    extractors: names of the extractors to run (``None``: all, in table order).
    entities: fill ``Article.entities`` with the statistical NER (about 9 ms a page more).
    ner_officials: the officials extractor also reads the NER's PER spans on the lines that hold a
        position (``extractors/officials_ner.py``; several ms a page more).
    learned_officials: the officials extractor decides which names are officials with a trained
        model over the rules' names and the NER's (``extractors/officials_learned.py``; the NER on
        the sentences holding a position, about 6.6 ms a page more).
    learned_awards: the awards extractor decides which candidates are recipients with a trained model
        over the rules' recipients and the NER's and the regions' names of the sentences holding an
        award word (``extractors/awards_learned.py``; the NER on those sentences).
    """

    max_bytes: int = 64_000_000
    max_text_chars: int = 200_000
    timeout: float | None = 5.0
    extractors: tuple[str, ...] | None = None
    entities: bool = False
    ner_officials: bool = False
    learned_officials: bool = False
    learned_awards: bool = False
