"""Bad input: each broken file gets a clear `problems` row, exit code 1, the rest still builds."""

from __future__ import annotations

import random
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from analysis.cli import main
from conftest import RAW, ROOT, checksums

GOOD = "asg-defence-policy-and-planning-250443.txt"


def _raw_with(tmp_path: Path, name: str, data: bytes) -> Path:
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(RAW / GOOD, raw / GOOD)
    (raw / name).write_bytes(data)
    return raw


def _build(raw: Path, tmp_path: Path) -> tuple[int, pd.DataFrame, pd.DataFrame]:
    out = tmp_path / "out"
    before = checksums(raw)
    code = main(["build", "--raw", str(raw), "--out", str(out), "--quiet"])
    assert checksums(raw) == before, "nothing under --raw may change"
    return code, pd.read_csv(out / "posts.csv"), pd.read_csv(out / "problems.csv")


TRUNCATED = (RAW / GOOD).read_text(encoding="utf-8").split("2. QUALIFICATIONS")[0]
CASES = {
    "empty": ("empty.txt", b"", "empty file"),
    "binary": ("random.txt", random.Random(1).randbytes(4096), "binary"),
    "binary-pdf": ("random.pdf", random.Random(2).randbytes(4096), "pdf"),
    "not-a-notice": ("shopping.txt", b"Milk\nEggs\nBread\nCall the plumber on Monday.\n",
                     "not a vacancy notice"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_broken_file_is_an_error_row_and_the_rest_builds(tmp_path, capsys, case):
    name, data, words = CASES[case]
    code, posts, problems = _build(_raw_with(tmp_path, name, data), tmp_path)
    assert code == 1
    assert posts["post_id"].astype(str).tolist() == ["250443"]
    row = problems[problems["source_file"] == name]
    assert row["severity"].tolist() == ["error"]
    assert words in row["message"].iloc[0].lower()
    assert name in capsys.readouterr().err


def test_truncated_notice_builds_with_warnings(tmp_path):
    code, posts, problems = _build(_raw_with(tmp_path, "truncated.txt", TRUNCATED.encode()), tmp_path)
    assert code == 0, "a truncated notice is still a notice: warnings, not errors"
    assert len(posts) == 2
    missing = problems[problems["source_file"] == "truncated.txt"]
    assert set(missing["field"]) >= {"qualifications", "accountabilities", "competencies"}
    assert (missing["severity"] == "warning").all()
    truncated = posts[posts["source_file"] == "truncated.txt"].iloc[0]
    assert truncated["staff_led"] == 90 and pd.isna(truncated["lang_level_one"])


def test_duplicate_notice_is_one_post_and_a_problem_naming_both(tmp_path):
    code, posts, problems = _build(_raw_with(tmp_path, "copy-of-250443.txt", (RAW / GOOD).read_bytes()), tmp_path)
    assert code == 0
    assert posts["post_id"].astype(str).tolist() == ["250443"]
    dup = problems[problems["message"].str.contains("duplicate")]
    assert len(dup) == 1 and "copy-of-250443.txt" in dup["message"].iloc[0] and GOOD in dup["message"].iloc[0]


def test_same_reference_different_text_both_stay(tmp_path):
    other = (RAW / GOOD).read_text(encoding="utf-8").replace("at least 15 years", "at least 12 years")
    code, posts, _ = _build(_raw_with(tmp_path, "zz-250443-revised.txt", other.encode()), tmp_path)
    assert code == 0
    ids = sorted(posts["post_id"].astype(str))
    assert ids[0] == "250443" and ids[1].startswith("250443-") and len(ids[1]) == len("250443-") + 6
    assert sorted(posts["min_experience_years"]) == [12, 15]


@pytest.mark.parametrize(("encoding", "bom"), [("utf-16", b""), ("cp1252", b""), ("utf-8", b"\xef\xbb\xbf")])
def test_other_encodings_give_the_same_values(tmp_path, encoding, bom):
    text = (RAW / "head-divisional-support-section-xo-dpp-241656.txt").read_text(encoding="utf-8")
    if encoding == "cp1252":
        text = text.replace("🔍", "").replace("📅", "")
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "notice.txt").write_bytes(bom + text.encode(encoding))
    code, posts, problems = _build(raw, tmp_path)
    assert code == 0
    p = posts.iloc[0]
    assert (str(p["post_id"]), p["lang_level_one"], p["lang_level_other"], p["direct_reports"]) == ("241656", 6, 3, 6)
    if encoding == "cp1252":
        assert problems["message"].str.contains("cp1252").any(), "the guessed encoding is reported"


def test_bad_arguments_exit_2(tmp_path):
    assert main(["build", "--raw", str(tmp_path / "missing")]) == 2
    assert main(["build", "--raw", str(RAW), "--out", str(RAW / "out")]) == 2
    assert main(["frobnicate"]) == 2
    assert not (RAW / "out").exists()


@pytest.mark.integration
def test_command_line_build_on_the_sample_corpus(tmp_path):
    before = checksums(RAW)
    proc = subprocess.run([sys.executable, "-m", "analysis", "build", "--raw", str(RAW), "--out", str(tmp_path)],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().splitlines()[-1] == "5 files, 5 posts, 6 problems"
    assert checksums(RAW) == before
    for name in ("posts", "experience", "languages", "competencies", "staff", "committees", "requirements",
                 "challenges", "problems", "fields"):
        assert (tmp_path / f"{name}.parquet").exists() and (tmp_path / f"{name}.csv").exists()
    assert "2025-04-06" in (tmp_path / "posts.csv").read_text(encoding="utf-8")


def test_value_failing_a_schema_check_is_blanked_and_reported(tmp_path):
    text = (RAW / GOOD).read_text(encoding="utf-8").replace("approximately 90 staff", "approximately 200,000 staff")
    code, posts, problems = _build(_raw_with(tmp_path, "huge-division.txt", text.replace("250443", "250444").encode()),
                                   tmp_path)
    assert code == 0 and len(posts) == 2
    assert pd.isna(posts.set_index(posts["post_id"].astype(str)).loc["250444", "staff_led"])
    row = problems[problems["field"] == "count"]
    assert len(row) == 1 and "200000" in row["message"].iloc[0] and row["severity"].iloc[0] == "warning"
