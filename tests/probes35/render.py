"""Render ga11.pdf and ga12.docx from their .source.txt files (see ../probes_render.py)."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from probes_render import render  # noqa: E402

CONFIG = {
    "ga11": {"fmt": "pdf", "left": "NCI Agency", "right": "Vacancy 250869",
             "footer_mark": "NATO UNCLASSIFIED"},
    "ga12": {"fmt": "docx", "header": "NATO International Staff - Vacancy Notification"},
}

if __name__ == "__main__":
    render(HERE, CONFIG)
