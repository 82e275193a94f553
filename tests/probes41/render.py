"""Render ma13.pdf and ma14.docx from their .source.txt files (probes41)."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from probes_render import render  # noqa: E402

CONFIG = {
    "ma13": {"fmt": "pdf", "left": "NATO UNCLASSIFIED", "right": "JWC 25/019",
             "footer_mark": "NATO UNCLASSIFIED"},
    "ma14": {"fmt": "docx", "header": "NATO UNCLASSIFIED"},
}

if __name__ == "__main__":
    render(HERE, CONFIG)
