"""Render ja04.pdf and ja10.docx from their .source.txt files (probes38)."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from probes_render import render  # noqa: E402

CONFIG = {
    "ja04": {"fmt": "pdf", "left": "NATO UNCLASSIFIED", "right": "NSPA Vacancy Notice 2025_00214",
             "footer_mark": "NATO UNCLASSIFIED"},
    "ja10": {"fmt": "docx", "header": "NATO UNCLASSIFIED - STO Collaboration Support Office"},
}

if __name__ == "__main__":
    render(HERE, CONFIG)
