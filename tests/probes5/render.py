"""Render the probes5 notice sources (tNN-*.source.txt) into PDF and DOCX files (tests/probes_render.py).

Run with the project's venv:  /work/main/.venv/bin/python tests/probes5/render.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from probes_render import render

CONFIG = {
    "t01-asg-public-diplomacy": dict(
        fmt="pdf", left="NATO UNCLASSIFIED", right="NATO International Staff"),
    "t02-ncia-principal-engineer-cloud": dict(
        fmt="pdf", left="NATO UNCLASSIFIED", right="NATO Communications and Information Agency"),
    "t03-nspa-senior-contracting-officer": dict(
        fmt="pdf", left="NATO UNCLASSIFIED", right="NATO Support and Procurement Agency (NSPA)"),
    "t04-ims-staff-officer-arms-control": dict(
        fmt="pdf", left="NATO UNCLASSIFIED", right="International Military Staff"),
    "t05-is-assistante-principale-protocole-fr": dict(
        fmt="pdf", left="OTAN SANS CLASSIFICATION", right="Secrétariat international de l'OTAN"),
    "t06-shape-section-head-budget-execution": dict(
        fmt="pdf", left="NATO UNCLASSIFIED", right="SHAPE", footer_mark="NATO UNCLASSIFIED"),
    "t07-cmre-scientist-underwater-acoustics": dict(
        fmt="pdf", left="NATO UNCLASSIFIED", right="Centre for Maritime Research and Experimentation"),
    "t08-act-branch-head-capability-requirements": dict(
        fmt="docx", header="NATO UNCLASSIFIED – Allied Command Transformation"),
    "t09-jfcnp-executive-officer-cos": dict(fmt="docx", header="NATO UNCLASSIFIED"),
    "t10-nso-head-terminology-office": dict(
        fmt="docx", header="NATO UNCLASSIFIED – NATO Standardization Office"),
    "t11-is-dasg-operations": dict(fmt="docx", header="NATO UNCLASSIFIED – International Staff"),
    "t12-is-director-nuclear-policy-bilingual": dict(
        fmt="docx", header="NATO UNCLASSIFIED / OTAN SANS CLASSIFICATION"),
}


if __name__ == "__main__":
    render(Path(__file__).resolve().parent, CONFIG)
