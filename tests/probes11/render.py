"""Render the probes11 notice sources (yNN.source.txt) into PDF and DOCX files (tests/probes_render.py).

Run with the project's venv:  /work/main/.venv/bin/python tests/probes11/render.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from probes_render import render

CONFIG = {
    "y11": dict(fmt="pdf", left="NATO UNCLASSIFIED", right="Allied Joint Force Command Brunssum",
                footer_mark="NATO UNCLASSIFIED"),
    "y12": dict(fmt="pdf", left="NATO UNCLASSIFIED", right="NATO International Staff"),
    "y13": dict(fmt="docx", header="NATO UNCLASSIFIED – NATO Support and Procurement Agency"),
    "y14": dict(fmt="docx", header="NATO UNCLASSIFIED – NATO Communications and Information Agency"),
}


if __name__ == "__main__":
    render(Path(__file__).resolve().parent, CONFIG)
