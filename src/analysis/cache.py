"""Parse cache: each file's parse kept by its content hash and the parser's version.

The cache is one JSON Lines file under the output folder, named after the parser version (a hash
of the package's code and data files): a first line naming the version, then one line per parsed
file. A build appends the files it parsed; it rewrites the file only when most lines are stale. A
line that cannot be read (a write cut short) is skipped, and a file of another version is ignored:
the cache is never trusted over a fresh parse.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from functools import cache
from pathlib import Path
from typing import Any

PACKAGE = Path(__file__).resolve().parent
FOLDER = ".cache"


@cache
def parser_version() -> str:
    """Hash of every code and data file of the package: any change to the parser changes it."""
    digest = hashlib.sha1()
    for path in sorted(PACKAGE.rglob("*")):
        if path.suffix in (".py", ".csv") and "__pycache__" not in path.parts:
            digest.update(path.relative_to(PACKAGE).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def file_key(source_file: str, data: bytes) -> str:
    """The cache key of one file: its path under raw and the hash of its bytes."""
    return f"{source_file}\0{hashlib.sha1(data).hexdigest()}"


def _encode(value: Any) -> Any:
    if isinstance(value, dt.date):
        return {"$date": value.isoformat()}
    raise TypeError(f"cannot cache a {type(value).__name__}")


def decode_dates(values: Any) -> Any:
    """A record's values with the dates the cache wrote as {"$date": ...} read back, also inside lists and dicts."""
    if isinstance(values, dict):
        return dt.date.fromisoformat(values["$date"]) if "$date" in values else \
            {k: decode_dates(v) for k, v in values.items()}
    return [decode_dates(v) for v in values] if isinstance(values, list) else values


class ParseCache:
    """Records of parsed files by key, read from and written to `folder`."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.entries: dict[str, dict] = {}
        self.lines = 0
        self.used: set[str] = set()
        self.added: dict[str, dict] = {}

    @property
    def path(self) -> Path:
        return self.folder / f"parse-{parser_version()}.jsonl"

    @classmethod
    def open(cls, folder: Path) -> ParseCache:
        """The cache in `folder`; empty when it is missing, of another version, or unreadable."""
        store = cls(folder)
        try:
            with store.path.open(encoding="utf-8") as fh:
                if json.loads(fh.readline()).get("version") != parser_version():
                    return store
                for line in fh:
                    store.lines += 1
                    try:
                        key, record = json.loads(line)
                    except ValueError:
                        continue  # a line cut short
                    if isinstance(key, str) and isinstance(record, dict):
                        store.entries[key] = record
        except (OSError, ValueError, AttributeError):
            store.entries = {}
        return store

    def get(self, key: str) -> dict | None:
        record = self.entries.get(key)
        if record is not None:
            self.used.add(key)
        return record

    def put(self, key: str, record: dict) -> None:
        self.used.add(key)
        self.added[key] = record

    def save(self) -> None:
        """Append the records parsed now; rewrite the file when half of its lines or more are stale."""
        stale = self.lines - len(self.used - self.added.keys())
        total = self.lines + len(self.added)
        if not self.added and stale * 2 < max(total, 1):
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        for old in self.folder.glob("parse-*"):
            if old != self.path:
                old.unlink(missing_ok=True)
        if self.lines and self.path.exists() and stale * 2 < total:
            with self.path.open("rb+") as fh:
                fh.seek(-1, os.SEEK_END)
                ends = fh.read(1) == b"\n"
            with self.path.open("a", encoding="utf-8") as fh:
                fh.write("" if ends else "\n")  # after a line cut short, start a new one
                fh.writelines(self._line(k, r) for k, r in self.added.items())
            return
        records = {k: self.entries[k] for k in self.used if k in self.entries} | self.added
        tmp = self.path.with_suffix(f".tmp{os.getpid()}")
        with tmp.open("w", encoding="utf-8") as fh:
            fh.write(json.dumps({"version": parser_version()}) + "\n")
            fh.writelines(self._line(k, r) for k, r in records.items())
        os.replace(tmp, self.path)

    @staticmethod
    def _line(key: str, record: dict) -> str:
        return json.dumps([key, record], default=_encode, ensure_ascii=False) + "\n"
