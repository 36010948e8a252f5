#!/usr/bin/env python3
"""Run docs/analyst.ipynb top to bottom and store its outputs in the file (for reading it unrun).

    python tools/run_notebook.py            # needs psm-extract[notebook] and a Jupyter kernel
"""
from __future__ import annotations

from pathlib import Path

import nbformat
from nbclient import NotebookClient

NOTEBOOK = Path(__file__).resolve().parent.parent / "docs" / "analyst.ipynb"


def main() -> None:
    nb = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(nb, timeout=600, kernel_name="python3",
                   resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    nbformat.write(nb, NOTEBOOK)
    print(f"{NOTEBOOK}: {sum(c.cell_type == 'code' for c in nb.cells)} code cells run, outputs stored")


if __name__ == "__main__":
    main()
