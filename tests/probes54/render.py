"""Rebuild the PDF/DOCX probes of this folder from their NAME.source.txt.

Run from the project root:  .venv/bin/python tests/probes54/render.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from probes_render import render  # noqa: E402

CONFIG = {
    "za08": {"fmt": "pdf", "left": "NATO UNCLASSIFIED", "right": "IS Vacancy 251718",
             "footer_mark": "NATO UNCLASSIFIED"},
    "za09": {"fmt": "pdf", "left": "NSPA", "right": "Vacancy Notice NSPA 25-0731"},
    "za10": {"fmt": "docx", "header": "NATO UNCLASSIFIED – Releasable to the Public"},
}

if __name__ == "__main__":
    render(HERE, CONFIG)
