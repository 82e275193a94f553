"""Render ca10 (PDF) and ca11, ca12 (DOCX) from their .source.txt files.

Run: .venv/bin/python tests/probes31/render.py  (from the project root)
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from probes_render import render  # noqa: E402

CONFIG = {
    "ca10": {"fmt": "pdf", "left": "NATO UNCLASSIFIED", "right": "NSO 25/006 - Branch Chief (Course Management)",
             "footer_mark": "NATO UNCLASSIFIED"},
    "ca11": {"fmt": "docx", "header": "NATO UNCLASSIFIED - JFCBS 25/033"},
    "ca12": {"fmt": "docx", "header": "JALLC Vacancy Notice 25/04"},
}

if __name__ == "__main__":
    render(HERE, CONFIG)
