"""A build always finishes: linear patterns, a time bound per file, odd files reported, and a parse cache."""

from __future__ import annotations

import gc
import json
import os
import time
from pathlib import Path

import pandas as pd
import pytest

from analysis import cache, pipeline
from analysis.ingest import bound_runs, read_document
from analysis.parse import parse_document
from analysis.pipeline import build, parse_corpus
from analysis.workers import Pool, Stopped
from conftest import RAW

HEAD = "Head of Section\n1. SUMMARY\nThe Head leads the Section and needs at least "
TAIL = " years of experience.\n2. QUALIFICATIONS\nESSENTIAL\n- at least 10 years of experience\n"
SIZE = 200_000  # a quadratic pattern takes minutes on this, a linear one a fraction of a second


def _shapes() -> dict[str, str]:
    runs = {name: HEAD + ch * (SIZE // len(ch)) + TAIL for name, ch in [
        ("spaces", " "), ("tabs", "\t"), ("no-break spaces", "\u00a0"), ("dots", "."), ("dashes", "-"),
        ("parentheses", "("), ("bullets", "•"), ("stars", "*"), ("digits", "7"), ("spaced digits", "1 "),
        ("spaced dots", " ."), ("words", "word "), ("capitals", "ABC ")]}
    runs["one long line"] = HEAD + "The Head chairs the Committee and leads 50 staff members. " * (SIZE // 58) + TAIL
    runs["many short lines"] = HEAD + "x\n" * (SIZE // 2) + TAIL
    runs["many blank lines"] = HEAD + "\n" * SIZE + TAIL
    runs["many labels"] = "Grade: A5\n" * (SIZE // 10) + TAIL
    runs["many headings"] = "SUMMARY\n" * (SIZE // 8) + TAIL
    return runs


@pytest.mark.parametrize(("name", "text"), list(_shapes().items()))
def test_pathological_shapes_parse_in_bounded_time(tmp_path, name, text):
    path = tmp_path / "notice.txt"
    path.write_text(text, encoding="utf-8")
    start = time.perf_counter()
    parse_document(read_document(path, tmp_path))
    assert time.perf_counter() - start < 10, f"{name}: a pattern's time grows faster than its input"


def test_long_runs_are_cut_at_ingest_keeping_line_numbers():
    text, count, first = bound_runs("a\nb" + "." * 500 + "c\n" + "d" + " " * 40 + "e")
    assert text == "a\nb" + "." * 32 + "c\nd\te"  # a wide gap stays one tab (a column layout keeps its columns)
    assert (count, first) == (1, 2)


def _slow_on_marked(path: Path, root: Path):
    if "slow" in path.name:
        time.sleep(60)
    return pipeline.parse_file.__wrapped__(path, root)


def test_a_file_past_its_time_is_stopped_and_reported_and_the_rest_builds(tmp_path, monkeypatch):
    raw = tmp_path / "raw"
    raw.mkdir()
    for p in RAW.iterdir():
        (raw / p.name).write_bytes(p.read_bytes())
    (raw / "slow.txt").write_text("a notice that hangs", encoding="utf-8")
    original = pipeline.parse_file
    monkeypatch.setattr(pipeline, "parse_file", _slow_on_marked)
    monkeypatch.setattr(_slow_on_marked, "__wrapped__", original, raising=False)
    start = time.perf_counter()
    result = parse_corpus(raw, workers=2, file_timeout=1.0)
    assert time.perf_counter() - start < 30
    problems = result.frames["problems"]
    slow = problems[problems["source_file"] == "slow.txt"]
    assert slow[["severity", "message"]].values.tolist() == [["error", "took longer than 1 s; skipped"]]
    assert result.posts == 5 and result.exit_code == 1


def _sleep_or_square(x: float) -> float:
    if x < 0:
        time.sleep(60)
    if x == 13:
        os._exit(1)  # a worker that dies
    return x * x


def test_the_pool_stops_a_slow_call_and_a_dead_worker_and_keeps_the_others():
    items = [1, 2, -1, 3, 13, 4, 5]
    with Pool(_sleep_or_square, (), workers=2) as pool:
        results = dict(pool.map(items, timeout=1.0, batch=3))
    assert {i: r for i, r in results.items() if not isinstance(r, Stopped)} == {0: 1, 1: 4, 3: 9, 5: 16, 6: 25}
    assert results[2] == Stopped("timeout", 1.0)
    assert results[4].reason == "died"


def _collecting(_item: object) -> bool:
    return gc.isenabled()


def test_a_build_pauses_the_collector_only_while_it_runs_and_its_workers_collect(tmp_path):
    assert gc.isenabled()
    build(RAW, tmp_path / "out", workers=1)
    assert gc.isenabled()
    gc.disable()
    try:
        build(RAW, tmp_path / "again", workers=1, use_cache=False)
        assert not gc.isenabled()  # a caller's own pause is kept
        with Pool(_collecting, (), workers=1) as pool:
            assert dict(pool.map([0])) == {0: True}
    finally:
        gc.enable()


def _frames(out: Path) -> dict[str, pd.DataFrame]:
    return {p.stem: pd.read_parquet(p) for p in sorted(out.glob("*.parquet"))}


def _assert_same(a: dict[str, pd.DataFrame], b: dict[str, pd.DataFrame]) -> None:
    assert a.keys() == b.keys()
    for name in a:
        pd.testing.assert_frame_equal(a[name], b[name], obj=name)


def test_tables_are_identical_with_and_without_the_cache_and_for_one_or_two_workers(tmp_path, monkeypatch):
    out = tmp_path / "out"
    build(RAW, out, workers=1, use_cache=False)
    fresh = _frames(out)
    build(RAW, tmp_path / "two", workers=2, use_cache=False)
    _assert_same(fresh, _frames(tmp_path / "two"))

    def never(*args):
        raise AssertionError("a cached file was parsed again")

    monkeypatch.setattr(pipeline, "parse_file", never)
    build(RAW, out, workers=2)
    _assert_same(fresh, _frames(out))


def test_values_each_post_takes_from_a_table_row_or_a_label_survive_the_cache(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "rows.md").write_text(
        "# Vacancies in the Logistics Branch\n\nThe Command is recruiting for the following posts:\n\n"
        "| Vacancy | Title | Grade | Closing date |\n|---|---|---|---|\n"
        "| 271601 | Staff Officer (Logistics Plans) | A-3 | 22 February 2027 |\n"
        "| 271602 | Assistant (Registry) | B-3 | 1 March 2027 |\n\n"
        "## Duties\nThe Staff Officer plans; the Assistant keeps the registry.\n", encoding="utf-8")
    (raw / "labels.txt").write_text(
        "Translator (French) and Reviser (French), Translation Service - 271603\n"
        "Application Deadline: 30-Apr-2027\nSalary (Pay Basis): Translator: 7,011.26 Euro (EUR) Monthly; "
        "Reviser: 8,655.90 Euro (EUR) Monthly\nGrade: Translator: L.2 / NATO Grade G16; Reviser: L.3 / NATO Grade "
        "G18\n1. SUMMARY\nThe Service is recruiting a Translator and a Reviser. Both posts translate into French.\n",
        encoding="utf-8")
    build(raw, tmp_path / "fresh", use_cache=False)
    fresh = _frames(tmp_path / "fresh")
    assert sorted(fresh["posts"]["deadline"].astype(str)) == ["2027-02-22", "2027-03-01", "2027-04-30", "2027-04-30"]
    assert sorted(fresh["posts"]["salary_eur_monthly"].dropna()) == [7011.26, 8655.9]
    build(raw, tmp_path / "out")
    build(raw, tmp_path / "out")  # the second build reads every file from the cache
    _assert_same(fresh, _frames(tmp_path / "out"))


def test_only_the_changed_file_is_parsed_again(tmp_path, monkeypatch):
    raw = tmp_path / "raw"
    raw.mkdir()
    for p in RAW.iterdir():
        (raw / p.name).write_bytes(p.read_bytes())
    build(raw, tmp_path / "out")
    changed = raw / "head-policy-planning-unit.txt"
    changed.write_text(changed.read_text(encoding="utf-8").replace("10 years", "12 years"), encoding="utf-8")
    original = pipeline.parse_file

    def only_the_changed_one(path, root):
        assert path.name == changed.name, f"{path.name} did not change and was parsed again"
        return original(path, root)

    monkeypatch.setattr(pipeline, "parse_file", only_the_changed_one)  # a failed assert kills the worker
    result = build(raw, tmp_path / "out", workers=1)
    assert (result.exit_code, result.posts) == (0, 5)
    posts = result.frames["posts"].set_index("post_id")
    assert posts.loc["head-policy-planning-unit", "min_experience_years"] == 12


@pytest.mark.parametrize("damage", ["truncated", "garbage", "other version", "wrong shape", "stale lines"])
def test_a_damaged_cache_is_ignored_and_rebuilt(tmp_path, damage):
    out = tmp_path / "out"
    build(RAW, out)
    fresh = _frames(out)
    path = cache.ParseCache(out / cache.FOLDER).path
    text = path.read_text(encoding="utf-8")
    if damage == "truncated":
        path.write_text(text[: len(text) // 2], encoding="utf-8")
    elif damage == "garbage":
        path.write_bytes(os.urandom(2000))
    elif damage == "other version":
        path.write_text(text.replace(cache.parser_version(), "0" * 16), encoding="utf-8")
    elif damage == "wrong shape":
        path.write_text(json.dumps({"version": cache.parser_version()}) + '\n["x", {"post": 1}]\n[1, 2]\n',
                        encoding="utf-8")
    else:
        path.write_text(text + "".join(json.dumps([f"old{i}", {}]) + "\n" for i in range(20)), encoding="utf-8")
    result = build(RAW, out)
    assert result.posts == 5
    _assert_same(fresh, _frames(out))
    entries = cache.ParseCache.open(out / cache.FOLDER).entries
    assert sum(k.startswith(tuple(p.name for p in RAW.iterdir())) for k in entries) == 5, "the cache is whole again"


def test_odd_file_system_objects_are_reported_and_raw_is_unchanged(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "notice.txt").write_bytes((RAW / "head-policy-planning-unit.txt").read_bytes())
    os.mkfifo(raw / "pipe.txt")
    (raw / "loop.txt").symlink_to(raw / "loop.txt")
    (raw / "dangling.md").symlink_to(raw / "missing.md")
    (raw / "spaces.txt").write_text(HEAD + " " * 400_000 + TAIL, encoding="utf-8")
    before = sorted((p.name, p.is_symlink()) for p in raw.iterdir())
    start = time.perf_counter()
    result = build(raw, tmp_path / "out")
    assert time.perf_counter() - start < 60
    messages = result.frames["problems"].set_index("source_file")["message"]
    assert "not a regular file" in messages["pipe.txt"]
    assert "cannot follow the link" in messages["loop.txt"]
    assert "cannot follow the link" in messages["dangling.md"]
    assert result.posts == 2
    assert sorted((p.name, p.is_symlink()) for p in raw.iterdir()) == before
