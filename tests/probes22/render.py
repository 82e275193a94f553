"""Render a11..a14 from their .source.txt files (run with .venv/bin/python tests/probes22/render.py)."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from probes_render import render  # noqa: E402

CONFIG = {
    "a11": {"fmt": "pdf", "left": "JFC BRUNSSUM", "right": "Vacancy JFCBS 26/07",
            "footer_mark": "NATO UNCLASSIFIED"},
    "a12": {"fmt": "pdf", "left": "NAEW&C FORCE", "right": "Civilian Personnel Office",
            "footer_mark": "NATO UNCLASSIFIED"},
    "a13": {"fmt": "docx", "header": "NATO School Oberammergau - Civilian Vacancy"},
    "a14": {"fmt": "docx", "header": "NATO UNCLASSIFIED - STO Collaboration Support Office"},
}

if __name__ == "__main__":
    render(HERE, CONFIG)
