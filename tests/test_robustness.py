"""The parser never raises on any text, evidence is always text of its source, writes are atomic."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis import tables
from analysis.ingest import Document
from analysis.parse import parse_document
from analysis.pipeline import LONG_TABLES, build
from conftest import RAW

SAMPLES = sorted(p.read_text(encoding="utf-8") for p in RAW.iterdir())
NOISE = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "", "- ", "o", "1. SUMMARY",
         "COMPETENCIES", "Direct reports: ", "at least 99 years of experience", "VI (Proficiency) in one;",
         "chairs the", "\u200b", "🔍", "approximately 10000000 staff"]


def _assert_evidence_is_source(text: str) -> None:
    parsed = parse_document(Document("x.txt", "txt", text))
    lines = text.split("\n")
    for table in LONG_TABLES:
        for row in parsed.rows.get(table, []):
            assert 1 <= row["line"] <= len(lines)
            if "evidence" in row:
                window = " ".join(" ".join(lines[row["line"] - 1:row["line"] + 20]).split())
                evidence = " ".join(str(row["evidence"]).split())
                assert evidence in window
                assert window.startswith(evidence) or evidence.split()[0] in lines[row["line"] - 1], \
                    "evidence starts on its line"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=3000))
def test_arbitrary_text_never_raises(text):
    _assert_evidence_is_source(text)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(SAMPLES), st.lists(st.tuples(st.integers(0, 400), st.sampled_from(NOISE), st.booleans()),
                                         max_size=25))
def test_mutated_notices_never_raise(sample, edits):
    lines = sample.split("\n")
    for pos, noise, replace in edits:
        i = pos % (len(lines) + 1)
        if replace and i < len(lines):
            lines[i] = noise
        else:
            lines.insert(i, noise)
    _assert_evidence_is_source("\n".join(lines))


def test_interrupted_build_leaves_previous_tables_whole(tmp_path, monkeypatch):
    out = tmp_path / "out"
    build(RAW, out)
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}

    def broken(self, *args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(pd.DataFrame, "to_csv", broken)
    with pytest.raises(KeyboardInterrupt):
        tables.write(tables.frames({"posts": []}), out)
    after = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    assert after.keys() == before.keys(), "no temporary file is left behind"
    assert after == before


def test_csv_written_by_two_processes_is_the_same_as_by_one(tmp_path, monkeypatch, sample_build):
    _, corpus, out = sample_build
    frames = {name: getattr(corpus, name) for name in tables.TABLES}
    monkeypatch.setattr(tables, "FORK_CELLS", 0)
    assert tables._fork_csv_writer(frames, [], tmp_path) is not None, "the second process is used"
    tables.write(frames, tmp_path / "two")
    written = {p.name: p.read_bytes() for p in (tmp_path / "two").glob("*.csv")}
    assert len(written) == len(tables.TABLES)
    assert written == {p.name: p.read_bytes() for p in out.glob("*.csv")}


def _disk_full(frames: dict, names: list[str], folder) -> None:
    if names:
        raise OSError("no space left on device")


def test_a_failing_csv_helper_process_fails_the_write_and_keeps_the_old_tables(tmp_path, monkeypatch, sample_build):
    _, corpus, _ = sample_build
    frames = {name: getattr(corpus, name) for name in tables.TABLES}
    target = tmp_path / "out"
    tables.write(frames, target)
    before = {p.name: p.read_bytes() for p in target.iterdir() if p.is_file()}
    monkeypatch.setattr(tables, "FORK_CELLS", 0)
    monkeypatch.setattr(tables, "_write_csv", _disk_full)
    with pytest.raises(OSError):
        tables.write(frames, target)
    assert {p.name: p.read_bytes() for p in target.iterdir() if p.is_file()} == before
