"""Notebooks are committed clean: one `parameters` cell whose defaults run, no outputs."""

from __future__ import annotations

import json

import pytest

from conftest import ROOT

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
EXPECTED = ["00-corpus-overview", "10-experience", "20-languages", "30-competencies", "40-staff",
            "50-committees", "70-check-draft", "80-post-briefing", "90-compare-posts"]


def test_the_numbered_notebooks_are_all_there():
    assert [p.stem for p in NOTEBOOKS] == EXPECTED


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_one_parameters_cell_and_no_outputs(path):
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    tagged = [c for c in cells if "parameters" in c.get("metadata", {}).get("tags", [])]
    assert len(tagged) == 1 and tagged[0]["cell_type"] == "code"
    for name in ("processed_dir", "posts", "families", "title"):
        assert f"{name} = " in "".join(tagged[0]["source"]), name
    code = [c for c in cells if c["cell_type"] == "code"]
    assert all(not c.get("outputs") and c.get("execution_count") is None for c in code)
    assert any(c["cell_type"] == "markdown" for c in cells), "a notebook explains what the reader sees"
