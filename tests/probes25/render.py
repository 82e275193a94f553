"""Render f09/f10 (PDF) and f11/f12 (DOCX) from their .source.txt files."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from probes_render import render  # noqa: E402

CONFIG = {
    "f09": {"fmt": "pdf", "left": "NATO UNCLASSIFIED", "right": "IMS 25/093", "footer_mark": "NATO UNCLASSIFIED"},
    "f10": {"fmt": "pdf", "left": "NATO STO – CMRE", "right": "Competition STO-CMRE-2025-07"},
    "f11": {"fmt": "docx", "header": "NATO UNCLASSIFIED – HQ SACT Civilian Vacancy"},
    "f12": {"fmt": "docx", "header": "NATO International Staff – Vacancy 250611"},
}

if __name__ == "__main__":
    render(HERE, CONFIG)
