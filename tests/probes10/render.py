"""Render the probes10 notice sources (xNN.source.txt) into PDF and DOCX files (tests/probes_render.py).

Run with the project's venv:  /work/main/.venv/bin/python tests/probes10/render.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from probes_render import render

CONFIG = {
    "x11": dict(
        fmt="pdf", left="NATO UNCLASSIFIED", right="NATO Communications and Information Agency"),
    "x12": dict(
        fmt="pdf", left="NATO UNCLASSIFIED", right="International Military Staff",
        footer_mark="NATO UNCLASSIFIED"),
    "x13": dict(fmt="docx", header="NATO UNCLASSIFIED – Allied Command Transformation"),
    "x14": dict(fmt="docx", header="NATO UNCLASSIFIED – NSPA"),
}


if __name__ == "__main__":
    render(Path(__file__).resolve().parent, CONFIG)
