"""Shared fixtures: the sample corpus built once per session into a temporary folder."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from analysis.ingest import Document
from analysis.parse import parse_document
from analysis.pipeline import BuildResult, Parsed, build
from analysis.tables import Corpus, load

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw"


def parse(text: str) -> Parsed:
    """One notice parsed from text, as a .txt file would be."""
    return parse_document(Document("x.txt", "txt", text))


def checksums(folder: Path) -> dict[str, str]:
    """SHA-256 of every file under folder, by relative path."""
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="session")
def sample_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[BuildResult, Corpus, Path]:
    """The five sample notices built with the real pipeline into a temporary folder."""
    raw = tmp_path_factory.mktemp("raw")
    for path in RAW.iterdir():
        shutil.copy(path, raw / path.name)
    out = tmp_path_factory.mktemp("processed")
    result = build(raw, out)
    return result, load(out), out


@pytest.fixture(scope="session")
def corpus(sample_build: tuple[BuildResult, Corpus, Path]) -> Corpus:
    return sample_build[1]


def post(corpus: Corpus, post_id: str) -> dict:
    rows = corpus.posts[corpus.posts["post_id"] == post_id]
    assert len(rows) == 1, f"expected one post {post_id}, found {len(rows)}"
    return rows.iloc[0].to_dict()


def rows(corpus: Corpus, table: str, post_id: str):
    df = getattr(corpus, table)
    return df[df["post_id"] == post_id]
