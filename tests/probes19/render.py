"""Render the probes19 PDF/DOCX notices from their .source.txt files.

Run:  /work/main/.venv/bin/python tests/probes19/render.py
Reads only hNN.source.txt in this folder and writes hNN.pdf / hNN.docx beside them,
using the shared renderer in tests/probes_render.py (it never imports the parser).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from probes_render import render  # noqa: E402

CONFIG = {
    "h11": {"fmt": "pdf", "left": "NATO UNCLASSIFIED", "right": "DPPD 0441 - Vacancy 250794",
            "footer_mark": "NATO UNCLASSIFIED"},
    "h12": {"fmt": "pdf", "left": "NATO INTERNATIONAL STAFF", "right": "NSLO - Ref 251950",
            "footer_mark": "Releasable to the public"},
    "h13": {"fmt": "docx", "header": "NATO UNCLASSIFIED - SIWD Executive Officer - 260122"},
    "h14": {"fmt": "docx", "header": "NATO UNCLASSIFIED - ACD - Vacancy 251777"},
}

if __name__ == "__main__":
    render(HERE, CONFIG)
