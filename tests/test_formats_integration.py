"""The build over one raw folder holding the same real notices as .txt, .html, .pdf and .docx,
plus broken files: same values whatever the format, one error per broken file, raw untouched."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from formats import (
    RAW,
    encrypted_pdf,
    huge_text,
    image_only_pdf,
    random_bytes,
    sample,
    to_docx,
    to_html_jobboard,
    to_pdf,
    utf16_no_bom,
    write_bytes,
)

pytestmark = pytest.mark.integration

SRC = Path(__file__).resolve().parents[1] / "src"
NOTICES = {  # sample file -> (reference, min years, level one, level other)
    "asg-defence-policy-and-planning-250443.txt": ("250443", 15.0, 6, 1),
    "head-divisional-support-section-xo-dpp-241656.txt": ("241656", 5.0, 6, 3),
}
BROKEN = {"empty.txt", "random.pdf", "utf16.txt", "locked.pdf", "scanned.pdf", "bad.docx",
          "huge.txt"}


def checksums(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, int, str, dict]:
    """Raw folder in every format + broken files, built once with the CLI."""
    raw = tmp_path_factory.mktemp("raw")
    out = tmp_path_factory.mktemp("out")
    (raw / "web").mkdir()
    for name in NOTICES:
        stem, text = Path(name).stem, sample(name)
        shutil.copy(RAW / name, raw / f"{stem}.txt")
        write_bytes(raw / "web" / f"{stem}.html",
                    to_html_jobboard(text, text.splitlines()[1]).encode("utf-8"))
        to_pdf(text, raw / f"{stem}.pdf")
        to_docx(text, raw / f"{stem}.docx")
    write_bytes(raw / "empty.txt", b"")
    random_bytes(raw / "random.pdf")
    utf16_no_bom(raw / "utf16.txt", sample("head-policy-planning-unit.txt"))
    encrypted_pdf(raw / "locked.pdf")
    image_only_pdf(raw / "scanned.pdf")
    write_bytes(raw / "bad.docx", b"PK\x03\x04 not really a zip")
    huge_text(raw / "huge.txt")
    before = checksums(raw)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(SRC), os.environ.get("PYTHONPATH", "")])}
    proc = subprocess.run([sys.executable, "-m", "analysis", "build", "--raw", str(raw), "--out",
                           str(out), "--quiet"], capture_output=True, text=True, env=env,
                          timeout=300, check=False)
    return raw, out, proc.returncode, proc.stderr, before


def table(out: Path, name: str) -> pd.DataFrame:
    return pd.read_parquet(out / f"{name}.parquet")


def test_exit_code_is_1_and_raw_folder_unchanged(built) -> None:
    raw, _, code, stderr, before = built
    assert code == 1, stderr
    assert checksums(raw) == before


def test_each_broken_file_has_an_error_row(built) -> None:
    _, out, _, _, _ = built
    problems = table(out, "problems")
    errors = problems[problems["severity"] == "error"]
    assert set(errors["source_file"]) == BROKEN
    messages = dict(zip(errors["source_file"], errors["message"], strict=True))
    assert "empty file" in messages["empty.txt"]
    assert "password-protected PDF" in messages["locked.pdf"]
    assert "no text layer" in messages["scanned.pdf"]
    assert "not a PDF" in messages["random.pdf"]
    assert "UTF-16" in messages["utf16.txt"]
    assert "too large" in messages["huge.txt"]
    assert "docx" in messages["bad.docx"]


@pytest.mark.parametrize("name", sorted(NOTICES))
def test_same_values_whatever_the_format(built, name: str) -> None:
    _, out, _, _, _ = built
    reference, years, one, other = NOTICES[name]
    stem = Path(name).stem
    files = {f"{stem}.txt", f"web/{stem}.html", f"{stem}.pdf", f"{stem}.docx"}
    posts = table(out, "posts").set_index("source_file")
    problems = table(out, "problems")
    duplicates = problems.loc[problems["message"].str.contains("duplicate", na=False), "message"]
    for source in files - set(posts.index):  # same text as another file: one post, reported
        assert any(source in m and any(f in m for f in files & set(posts.index))
                   for m in duplicates), (source, sorted(posts.index))
    files &= set(posts.index)
    assert len(files) >= 2
    langs, comps = table(out, "languages"), table(out, "competencies")
    seen = {}
    for source in sorted(files):
        post = posts.loc[source]
        pid = post["post_id"]
        assert pid == reference or pid.startswith(reference + "-"), (source, pid)
        assert post["min_experience_years"] == years, source
        assert (post["lang_level_one"], post["lang_level_other"]) == (one, other), source
        lang = sorted(zip(langs.loc[langs["post_id"] == pid, "slot"],
                          langs.loc[langs["post_id"] == pid, "level"], strict=True))
        comp = sorted(zip(comps.loc[comps["post_id"] == pid, "competency"],
                          comps.loc[comps["post_id"] == pid, "level"].astype("Int64").astype(str),
                          strict=True))
        assert lang == [("one", one), ("other", other)], source
        seen[source] = comp
    first = next(iter(seen.values()))
    assert len(first) >= 8
    for source, comp in seen.items():
        assert comp == first, source
