"""Every module's __all__ is sorted and names what the module really has."""
from __future__ import annotations

import importlib
import pkgutil

import pytest

import psm_extract

MODULES = sorted(info.name for info in pkgutil.walk_packages(psm_extract.__path__, "psm_extract."))


@pytest.mark.parametrize("name", ["psm_extract", *MODULES])
def test_all_is_sorted_and_complete(name: str):
    module = importlib.import_module(name)
    exported = getattr(module, "__all__", None)
    if exported is None:
        pytest.skip(f"{name} has no __all__")
    assert list(exported) == sorted(exported)
    for member in exported:
        assert getattr(module, member) is not None


def test_import_is_light():
    import subprocess
    import sys

    code = "import sys, psm_extract; print(sorted(m for m in ('spacy', 'lxml', 'bs4', 'dateparser', 'pandas') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"  # heavy dependencies load on first use, not on import
