"""Shared fixtures: the fixture folder and one spaCy pipeline per test session."""
from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    return FIXTURES


@pytest.fixture(scope="session")
def nlp():
    from psm_extract.nlp import get_nlp

    return get_nlp()
