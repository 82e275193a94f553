"""Unit tests of the pages kept from earlier runs: page keys, the manifest, reuse across runs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from analysis import report
from analysis.report import Job, Result, kept_pages, page_keys, read_manifest, write_manifest
from analysis.tables import TABLES, Corpus, frame

A, B = "250443", "241656"


def tables(years_a: float = 15.0) -> Corpus:
    """Two posts with a few rows each, every table present."""
    rows = {name: [] for name in TABLES}
    rows["posts"] = [dict(post_id=A, title="ASG, Defence Policy and Planning", reference=A,
                          min_experience_years=years_a),
                     dict(post_id=B, title="Head, Divisional Support Section", reference=B,
                          min_experience_years=5.0)]
    rows["experience"] = [dict(post_id=A, years=years_a, kind="professional", line=3,
                               evidence=f"at least {years_a:g} years"),
                          dict(post_id=B, years=5.0, kind="professional", line=7,
                               evidence="at least 5 years")]
    rows["problems"] = [dict(source_file="x.txt", severity="error", field="file",
                             message="not a notice")]
    return Corpus(**{name: frame(name, r) for name, r in rows.items()})


@pytest.fixture
def notebook(tmp_path: Path) -> Path:
    path = tmp_path / "80-post-briefing.ipynb"
    path.write_text('{"cells": []}', encoding="utf-8")
    return path


def jobs(notebook: Path, processed: str = "/data/processed") -> list[Job]:
    given = {"processed_dir": processed, "posts": []}
    return [Job("80-post-briefing", notebook, given, "Post briefing"),
            Job(f"post-{A}", notebook, {**given, "post_id": A}, "ASG (250443)", A),
            Job(f"post-{B}", notebook, {**given, "post_id": B}, "Head (241656)", B)]


def test_a_changed_post_changes_its_own_key_and_the_corpus_pages_only(notebook):
    before = page_keys(jobs(notebook), tables(), "nato-posts")
    assert before == page_keys(jobs(notebook), tables(), "nato-posts")
    after = page_keys(jobs(notebook), tables(years_a=14.0), "nato-posts")
    assert after[f"post-{A}"] != before[f"post-{A}"]
    assert after[f"post-{B}"] == before[f"post-{B}"]
    assert after["80-post-briefing"] != before["80-post-briefing"]


def test_the_notebook_parameters_title_and_kernel_are_in_the_key(notebook):
    before = page_keys(jobs(notebook), tables(), "nato-posts")
    assert page_keys(jobs(notebook, "/elsewhere"), tables(), "nato-posts") == before, \
        "the tables' folder is not, their rows are"
    assert page_keys(jobs(notebook), tables(), "python3") != before
    notebook.write_text('{"cells": [], "metadata": {}}', encoding="utf-8")
    assert set(page_keys(jobs(notebook), tables(), "nato-posts").values()).isdisjoint(
        before.values())
    retitled = [Job(j.name, j.notebook, j.parameters, j.title + " [x]", j.post)
                for j in jobs(notebook)]
    assert page_keys(retitled, tables(), "nato-posts")[f"post-{B}"] != \
        page_keys(jobs(notebook), tables(), "nato-posts")[f"post-{B}"]


def test_a_page_made_from_a_file_follows_the_files_text(notebook, tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text("at least 15 years", encoding="utf-8")
    checked = [Job("70-check-draft", notebook, {"processed_dir": "/p", "draft": str(draft)}, "Draft")]
    before = page_keys(checked, tables(), "nato-posts")
    assert page_keys(checked, tables(), "nato-posts") == before
    draft.write_text("at least 25 years", encoding="utf-8")
    assert page_keys(checked, tables(), "nato-posts") != before


def test_the_code_version_follows_the_package_files(monkeypatch, tmp_path):
    package = tmp_path / "analysis"
    package.mkdir()
    (package / "views.py").write_text("x = 1\n", encoding="utf-8")
    monkeypatch.setattr(report, "PACKAGE_DIR", package)
    before = report.code_version("nato-posts")
    (package / "__pycache__").mkdir()
    (package / "__pycache__" / "views.cpython-311.pyc").write_bytes(b"compiled")
    assert report.code_version("nato-posts") == before
    (package / "views.py").write_text("x = 2\n", encoding="utf-8")
    assert report.code_version("nato-posts") != before


@pytest.mark.parametrize("content", ["", "not json", "[1, 2]", '{"post-1": 3}'])
def test_an_unreadable_manifest_keeps_nothing(tmp_path, content):
    (tmp_path / report.MANIFEST).write_text(content, encoding="utf-8")
    (tmp_path / "post-1.html").write_text("page", encoding="utf-8")
    assert read_manifest(tmp_path) == {}
    job = Job("post-1", tmp_path / "nb.ipynb", {}, "t", "1")
    assert kept_pages([job], {"post-1": "3"}, tmp_path) == set()


def test_pages_are_kept_when_their_key_matches_and_copied_from_the_earlier_run(tmp_path):
    earlier, target = tmp_path / "2025-01-06", tmp_path / "2025-01-13"
    earlier.mkdir()
    target.mkdir()
    done = [Job(f"post-{i}", tmp_path / "nb.ipynb", {}, "t", str(i)) for i in range(3)]
    for job in done[:2]:
        (earlier / f"{job.name}.html").write_text(f"page {job.name}", encoding="utf-8")
        (earlier / f"{job.name}.ipynb").write_text("{}", encoding="utf-8")
    write_manifest(earlier, {j.name: "k" for j in done},
                   [Result(j, True, 1.0) for j in done[:2]] + [Result(done[2], False, 1.0, "x")])
    assert read_manifest(earlier) == {"post-0": "k", "post-1": "k"}, "a failed page has no key"
    keys = {"post-0": "k", "post-1": "changed", "post-2": "k"}
    assert kept_pages(done, keys, target, earlier) == {"post-0"}
    assert (target / "post-0.html").read_text(encoding="utf-8") == "page post-0"
    assert (target / "post-0.ipynb").exists() and not (target / "post-1.html").exists()


def test_the_manifest_keeps_the_keys_of_pages_this_run_did_not_touch(tmp_path):
    one, two = (Job(f"post-{i}", tmp_path / "nb.ipynb", {}, "t", str(i)) for i in (1, 2))
    write_manifest(tmp_path, {"post-1": "a", "post-2": "b"}, [Result(one, True, 1.0),
                                                               Result(two, True, 1.0)])
    write_manifest(tmp_path, {"post-1": "c"}, [Result(one, True, 0.0, reused=False)])
    assert json.loads((tmp_path / report.MANIFEST).read_text(encoding="utf-8")) == \
        {"post-1": "c", "post-2": "b"}
