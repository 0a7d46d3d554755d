"""The capacity-study notebook runs top to bottom on a tiny sweep and reaches its conclusion."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

REPO = Path(__file__).resolve().parents[3]
NOTEBOOK = REPO / "notebooks" / "capacity_study.ipynb"


def _text(cell: nbformat.NotebookNode) -> str:
    parts = []
    for output in cell.get("outputs", []):
        parts.append(output.get("text", ""))
        parts.append(output.get("data", {}).get("text/plain", ""))
    return "".join(parts)


@pytest.mark.slow
def test_the_capacity_study_runs_on_a_small_sweep(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOFRA_STUDY_QUICK", "1")
    monkeypatch.setenv("SOFRA_STUDY_WORKERS", "0")
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(
        notebook, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(REPO)}}
    ).execute()
    code = [c for c in notebook.cells if c.cell_type == "code"]
    outputs = "\n".join(_text(c) for c in code)
    assert "planned shifts, verifier violations: 0" in outputs
    assert "image/png" in "".join(str(o.get("data", {}).keys()) for c in code for o in c.outputs)
    conclusion = _text(code[-1])
    assert "494 households" in conclusion and "644 households" in conclusion
