"""Every long-table row points at its source: `line` and `evidence` are real text of the notice."""

from __future__ import annotations

import pytest

from analysis.tables import TABLES
from conftest import RAW

EVIDENCE_TABLES = [t for t in TABLES if t not in ("posts", "problems", "requirements", "challenges")]


def _fold(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("table", EVIDENCE_TABLES)
def test_evidence_is_source_text_at_its_line(corpus, table):
    df = getattr(corpus, table)
    assert not df.empty
    files = dict(zip(corpus.posts["post_id"], corpus.posts["source_file"], strict=True))
    for row in df.itertuples():
        lines = (RAW / files[row.post_id]).read_text(encoding="utf-8").split("\n")
        window = _fold(" ".join(lines[row.line - 1:row.line + 2]))
        assert row.evidence and _fold(row.evidence) in window, (table, row.post_id, row.line, row.evidence)
        assert _fold(row.evidence) in _fold(lines[row.line - 1]) or table == "fields"


@pytest.mark.parametrize("table", ["requirements", "challenges"])
def test_list_items_start_at_their_line(corpus, table):
    df = getattr(corpus, table)
    files = dict(zip(corpus.posts["post_id"], corpus.posts["source_file"], strict=True))
    for row in df.itertuples():
        line = (RAW / files[row.post_id]).read_text(encoding="utf-8").split("\n")[row.line - 1]
        words = row.text.split()[:3]
        assert all(w.strip("*") in line for w in words), (row.post_id, row.line, row.text)
