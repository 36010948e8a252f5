"""docs/analyst.ipynb runs top to bottom, draws its charts, and is stored with its outputs."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("matplotlib")

NOTEBOOK = Path(__file__).resolve().parent.parent / "docs" / "analyst.ipynb"


def charts(nb) -> int:
    return sum(1 for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", ())
               if "image/png" in o.get("data", {}))


def errors(nb) -> list[str]:
    return [f"{o.get('ename')}: {o.get('evalue')}" for c in nb.cells if c.cell_type == "code"
            for o in c.get("outputs", ()) if o.get("output_type") == "error"]


def test_the_notebook_runs_top_to_bottom_and_draws_its_charts():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs = []
    nbclient.NotebookClient(nb, timeout=600, kernel_name="python3",
                            resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    assert errors(nb) == []
    assert charts(nb) >= 2
    review = nb.cells[-1].outputs[-1]["data"]
    assert "<mark" in review["text/html"]  # the review view of the article, spans highlighted
    said = next(o["text"] for c in nb.cells for o in c.get("outputs", ()) if o.get("name") == "stdout")
    pages, records = (int(x) for x in re.match(r"(\d+) pages: (\d+) records", said).groups())
    assert pages >= 50 and records >= pages - 5  # a bad page is a row of its own, shown


def test_the_stored_notebook_reads_well_unrun():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code and sum(bool(c.outputs) for c in code) == len(code) - 1  # all but the imports
    assert errors(nb) == []
    assert charts(nb) >= 2
