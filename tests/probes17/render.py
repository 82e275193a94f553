"""Render the probes17 PDF/DOCX notices (j11, j12 as PDF; j13, j14 as DOCX) from their .source.txt.

Run: /work/main/.venv/bin/python tests/probes17/render.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # /work/main/tests

from probes_render import render  # noqa: E402

CONFIG = {
    "j11": dict(fmt="pdf", left="NATO UNCLASSIFIED", right="JFC Naples – Vacancy B07/26",
                footer_mark="NATO UNCLASSIFIED"),
    "j12": dict(fmt="pdf", left="NATO Defense College", right="Vacancy notice NDC/VN/2026/05"),
    "j13": dict(fmt="docx", header="NATO UNCLASSIFIED – AIRCOM Civilian Vacancy A19/25"),
    "j14": dict(fmt="docx", header="NAEW&C Force – Vacancy Notice 26003"),
}

if __name__ == "__main__":
    render(HERE, CONFIG)
