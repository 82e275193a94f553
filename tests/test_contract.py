"""The written tables match the contract, the README's description of it, and environment.yml."""

from __future__ import annotations

import re
import tomllib

import pandas as pd
import pytest

from analysis.tables import TABLES, columns
from conftest import ROOT

CONTRACT = ROOT.parent / "shared" / "DATA-CONTRACT.md"
DTYPES = {"string": "string", "float": "Float64", "int": "Int64", "bool": "boolean", "date": "datetime64"}


def readme_tables() -> dict[str, list[str]]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    out: dict[str, list[str]] = {}
    for m in re.finditer(r"^#### `(\w+)`.*?\n\n((?:\|.*\n)+)", text, re.M):
        out[m.group(1)] = re.findall(r"^\| `(\w+)` \|", m.group(2), re.M)
    return out


def contract_tables() -> dict[str, list[str]]:
    """Column lists of the contract: the first code span with commas after each table's name."""
    text = CONTRACT.read_text(encoding="utf-8")
    body = text.split("## Tables", 1)[1].split("## Reference data", 1)[0]
    out: dict[str, list[str]] = {}
    for m in re.finditer(r"^`(\w+)`: one row per", body, re.M):
        para = body[m.start():].split("\n\n", 1)[0].split("`", 2)[2]
        while re.search(r"\([^()]*\)", para):
            para = re.sub(r"\([^()]*\)", "", para)
        spec = re.search(r"`([^`]*,[^`]*)`", para)
        out[m.group(1)] = [c.strip() for c in spec.group(1).replace("\n", " ").split(",") if c.strip()]
    return out


def test_readme_documents_every_table_and_column():
    assert readme_tables() == {t: list(columns(t)) for t in TABLES}


@pytest.mark.skipif(not CONTRACT.exists(), reason="shared/DATA-CONTRACT.md is not beside the repository")
def test_every_contract_column_is_in_the_schema():
    contract = contract_tables()
    assert set(contract) == set(TABLES) - {"fields"}
    for table, cols in contract.items():
        missing = [c for c in cols if c not in columns(table)]
        assert not missing, (table, missing)


def test_written_files_match_the_schema(sample_build):
    _, _, out = sample_build
    for table in TABLES:
        parquet = pd.read_parquet(out / f"{table}.parquet")
        csv = pd.read_csv(out / f"{table}.csv", nrows=0)
        assert list(parquet.columns) == list(columns(table)) == list(csv.columns), table
        for col, kind in columns(table).items():
            assert str(parquet[col].dtype).startswith(DTYPES[kind]), (table, col, parquet[col].dtype)


def test_csv_is_utf8_with_iso_dates_and_empty_missing(sample_build):
    _, _, out = sample_build
    text = (out / "posts.csv").read_text(encoding="utf-8")
    assert ",2025-04-06," in text and ",2024-04-28," in text
    assert "NaN" not in text and "<NA>" not in text and "NaT" not in text


def _names(specs: list[str]) -> set[str]:
    names = {re.split(r"[<>=!\[ ]", s.strip(), maxsplit=1)[0].lower() for s in specs}
    return {"pandera" if n == "pandera-pandas" else n for n in names}


def test_environment_yml_lists_the_same_packages():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = _names(project["dependencies"] + project["optional-dependencies"]["dev"])
    env = (ROOT / "environment.yml").read_text(encoding="utf-8")
    deps = env.split("dependencies:", 1)[1]
    listed = _names(re.findall(r"^  - ([A-Za-z][\w.-]*[<>=][^\n]*)$", deps, re.M)) - {"python"}
    assert listed == wanted
