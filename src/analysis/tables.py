"""Tables: the schema (declared in data/schema.csv), typed DataFrames, checks, files, `load`."""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pandas as pd

from analysis.reference import read_csv, schema

TABLES = ("posts", "experience", "languages", "competencies", "staff", "committees",
          "requirements", "challenges", "problems", "fields")
_DTYPES = {"string": "string", "float": "Float64", "int": "Int64", "bool": "boolean",
           "date": "datetime64[ns]"}
DEFAULT_PROCESSED = Path("data/processed")
DEFAULT_RAW = Path("data/raw")
FORK_CELLS = 200_000  # from this many cells, a second process writes half of the CSV files


@cache
def columns(table: str) -> dict[str, str]:
    """Column -> declared dtype for one table, in contract order."""
    return {r["column"]: r["dtype"] for r in schema() if r["table"] == table}


def frame(table: str, rows: list[dict], post_ids: list | None = None) -> pd.DataFrame:
    """A typed DataFrame for one table: declared columns in order, missing values as NA; `post_ids`, one per
    row, fill the post_id column (the rows need not hold it)."""
    cols = columns(table)
    df = pd.DataFrame.from_records(rows, columns=list(cols)) if rows else \
        pd.DataFrame({c: [] for c in cols})
    if post_ids is not None and rows:
        df["post_id"] = post_ids
    for col, kind in cols.items():
        if kind == "date":
            df[col] = pd.to_datetime(df[col])
        elif kind == "int":
            df[col] = pd.to_numeric(df[col]).astype("Int64")
        else:
            df[col] = df[col].astype(_DTYPES[kind])
    return df


def frames(records: dict[str, list[dict]], post_ids: dict[str, list] | None = None) -> dict[str, pd.DataFrame]:
    """Every table's DataFrame from its rows (and, where given, its post ids row by row)."""
    return {name: frame(name, records.get(name, []), (post_ids or {}).get(name)) for name in TABLES}


@cache
def _schemas() -> dict:
    import pandera.pandas as pa

    checks: dict[tuple[str, str], list] = {}
    for r in read_csv("checks.csv"):
        key = (r["table"], r["column"])
        if r["check"] == "isin":
            checks.setdefault(key, []).append(pa.Check.isin(r["value"].split("|")))
        elif r["check"] == "in_range":
            lo, hi = (float(v) for v in r["value"].split("|"))
            checks.setdefault(key, []).append(pa.Check.in_range(lo, hi))
        elif r["check"] == "str_matches":
            checks.setdefault(key, []).append(pa.Check.str_matches(r["value"]))
    unique = {(r["table"], r["column"]) for r in read_csv("checks.csv") if r["check"] == "unique"}
    out = {}
    for table in TABLES:
        cols = {}
        for r in (r for r in schema() if r["table"] == table):
            key = (table, r["column"])
            cols[r["column"]] = pa.Column(_DTYPES[r["dtype"]], checks=checks.get(key, []),
                                          nullable=r["required"] != "yes", unique=key in unique)
        out[table] = pa.DataFrameSchema(cols, strict=True, ordered=True)
    return out


def enforce(tables: dict[str, pd.DataFrame]) -> list[dict]:
    """Blank every cell that fails a value check and return one `problems` row per blanked cell."""
    import pandera.pandas as pa

    files = dict(zip(tables["posts"]["post_id"], tables["posts"]["source_file"], strict=True))
    problems = []
    for name, df in tables.items():
        try:
            _schemas()[name].validate(df, lazy=True)
        except pa.errors.SchemaErrors as exc:
            for case in exc.failure_cases.itertuples():
                if case.index is None or pd.isna(case.index) or case.column not in df.columns:
                    raise
                post_id = df.at[case.index, "post_id"] if "post_id" in df.columns else None
                df.at[case.index, case.column] = pd.NA
                problems.append({"source_file": files.get(post_id, ""), "post_id": post_id, "severity": "warning",
                                 "field": case.column, "line": None,
                                 "message": f"{name}.{case.column} value {case.failure_case!r} fails the check "
                                            f"{case.check}; left empty"})
    return problems


def write(tables: dict[str, pd.DataFrame], out: Path) -> None:
    """Write NAME.parquet and NAME.csv for every table into a temporary folder, then rename them in.

    An interrupted build leaves the previous tables whole and consistent with each other.
    """
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=out, prefix=".build-") as tmp:
        staged = Path(tmp)
        helper, mine = _csv_share(tables)
        child = _fork_csv_writer(tables, helper, staged)
        for name, df in tables.items():
            df.to_parquet(staged / f"{name}.parquet", index=False)
        _write_csv(tables, mine if child else list(tables), staged)
        if child is not None:
            child.join()
            if child.exitcode != 0:
                raise OSError(f"writing the CSV files failed in a helper process (exit {child.exitcode})")
        for path in sorted(staged.iterdir()):
            os.replace(path, out / path.name)


def _write_csv(tables: dict[str, pd.DataFrame], names: list[str], folder: Path) -> None:
    for name in names:
        tables[name].to_csv(folder / f"{name}.csv", index=False, encoding="utf-8", date_format="%Y-%m-%d")


def _csv_share(tables: dict[str, pd.DataFrame]) -> tuple[list[str], list[str]]:
    """The tables whose CSV a second process writes, and the rest: about half the cells each (this
    process also writes every Parquet file)."""
    helper: list[str] = []
    mine: list[str] = []
    load = {"helper": 0, "mine": sum(df.size for df in tables.values()) // 5}
    for name in sorted(tables, key=lambda n: -tables[n].size):
        side = "helper" if load["helper"] <= load["mine"] else "mine"
        (helper if side == "helper" else mine).append(name)
        load[side] += tables[name].size
    return helper, mine


def _fork_csv_writer(tables: dict[str, pd.DataFrame], names: list[str], folder: Path) -> object | None:
    """A forked process writing those CSV files (both cores work), or None where fork is not available
    or the tables are small."""
    import multiprocessing as mp

    if "fork" not in mp.get_all_start_methods() or sum(df.size for df in tables.values()) < FORK_CELLS:
        return None
    child = mp.get_context("fork").Process(target=_write_csv, args=(tables, names, folder), daemon=True)
    child.start()
    return child


@dataclass
class Corpus:
    """The tables of one corpus as DataFrames."""

    posts: pd.DataFrame
    experience: pd.DataFrame
    languages: pd.DataFrame
    competencies: pd.DataFrame
    staff: pd.DataFrame
    committees: pd.DataFrame
    requirements: pd.DataFrame
    challenges: pd.DataFrame
    problems: pd.DataFrame
    fields: pd.DataFrame


def load(processed: Path | str | None = None, raw: Path | str | None = None) -> Corpus:
    """The tables from `processed` (default data/processed), or parsed from `raw` when not built."""
    processed = Path(processed) if processed is not None else DEFAULT_PROCESSED
    if (processed / "posts.parquet").exists():
        return Corpus(**{name: _read(processed / f"{name}.parquet", name) for name in TABLES})
    from analysis.pipeline import parse_corpus

    result = parse_corpus(Path(raw) if raw is not None else DEFAULT_RAW)
    return Corpus(**result.frames)


def _read(path: Path, name: str) -> pd.DataFrame:
    if path.exists():
        return pd.read_parquet(path)
    return frame(name, [])
