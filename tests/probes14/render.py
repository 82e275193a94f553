"""Render the probes14 notice sources (mNN.source.txt) into PDF (m11, m12) and DOCX (m13, m14).

Run from anywhere with the project's interpreter:
    /work/main/.venv/bin/python /work/main/tests/probes14/render.py
It reads only the .source.txt files beside it and writes the .pdf/.docx files next to them.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # /work/main/tests

from probes_render import render  # noqa: E402

CONFIG = {
    "m11": dict(fmt="pdf", left="NATO UNCLASSIFIED", right="JWC Vacancy 251455",
                header="NATO UNCLASSIFIED", footer_mark="NATO UNCLASSIFIED"),
    "m12": dict(fmt="pdf", left="HQ SACT - Civilian Vacancy", right="Requisition 260212",
                header="HQ SACT - Civilian Vacancy"),
    "m13": dict(fmt="docx", left="NATO UNCLASSIFIED", right="", header="NATO UNCLASSIFIED"),
    "m14": dict(fmt="docx", left="JFC Naples", right="", header="JFC NAPLES - CIVILIAN VACANCY NOTICE"),
}

if __name__ == "__main__":
    render(HERE, CONFIG)
