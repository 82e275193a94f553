"""Rebuild the PDF and DOCX probes of this set from their NAME.source.txt files.

Run from the project root:  .venv/bin/python tests/probes43/render.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from probes_render import render  # noqa: E402

CONFIG = {
    "oa05": {"fmt": "pdf", "left": "NATO Support and Procurement Agency",
             "right": "Vacancy Notice NSPA 25-0147", "footer_mark": "NATO UNCLASSIFIED"},
    "oa06": {"fmt": "docx", "header": "NATO School Oberammergau – Civilian Vacancy"},
    "oa12": {"fmt": "pdf", "left": "STO CMRE", "right": "La Spezia, Italy",
             "footer_mark": "NATO UNCLASSIFIED – Releasable to the public"},
}

if __name__ == "__main__":
    render(HERE, CONFIG)
