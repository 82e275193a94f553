"""Render o10.pdf, o11.docx and o12.docx of this probe set from their .source.txt files.

Run: .venv/bin/python tests/probes28/render.py  (from the project root)
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from probes_render import render  # noqa: E402

CONFIG = {
    "o10": {"fmt": "pdf", "left": "NATO UNCLASSIFIED", "right": "HQ SACT Requisition 260814",
            "footer_mark": "NATO UNCLASSIFIED"},
    "o11": {"fmt": "docx", "header": "NCI Agency – Vacancy 260077"},
    "o12": {"fmt": "docx", "header": "NATO International Staff – Vacancy 260641"},
}

if __name__ == "__main__":
    render(HERE, CONFIG)
