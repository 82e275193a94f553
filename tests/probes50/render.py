"""Rebuild this set's PDF and DOCX notices from their NAME.source.txt files.

Run from the project root:  .venv/bin/python tests/probes50/render.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from probes_render import render  # noqa: E402

CONFIG = {
    "va12": {"fmt": "pdf", "left": "NATO UNCLASSIFIED", "right": "STO/CSO Vacancy Notice 261366",
             "footer_mark": "NATO UNCLASSIFIED"},
    "va13": {"fmt": "pdf", "left": "HQ SACT", "right": "Civilian Vacancy Notice ACT 26/118",
             "footer_mark": "NATO UNCLASSIFIED - Releasable to the Public"},
    "va14": {"fmt": "docx", "header": "NATO UNCLASSIFIED"},
}

if __name__ == "__main__":
    render(HERE, CONFIG)
