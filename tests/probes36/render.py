"""Render ha13.pdf and ha14.docx from their .source.txt files (probes36)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from probes_render import render

CONFIG = {
    "ha13": {"fmt": "pdf", "left": "NSPA", "right": "NATO UNCLASSIFIED", "footer_mark": "NATO UNCLASSIFIED"},
    "ha14": {"fmt": "docx", "header": "NATO UNCLASSIFIED"},
}

if __name__ == "__main__":
    render(Path(__file__).resolve().parent, CONFIG)
