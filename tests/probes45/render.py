"""Rebuild the PDF and DOCX probes of this set from their NAME.source.txt files.

Run from the project root:  .venv/bin/python tests/probes45/render.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from probes_render import render  # noqa: E402

CONFIG = {
    "qa08": {"fmt": "docx", "header": "HQ SACT – Civilian Vacancy Notice 250788"},
    "qa10": {"fmt": "pdf", "left": "NAEW&C Force", "right": "Civilian Personnel Office – Vacancy Notice",
             "footer_mark": "NATO UNCLASSIFIED"},
}

if __name__ == "__main__":
    render(HERE, CONFIG)
