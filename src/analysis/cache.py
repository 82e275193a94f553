"""Parse cache: each file's parse kept by its content hash and the parser's version.

The cache is one JSON file under the output folder, named after the parser version (a hash of
the package's code and data files). A cache that cannot be read, is cut short, or was written by
another version is ignored and rebuilt: it is never trusted over a fresh parse.
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


def _decode(obj: dict) -> Any:
    return dt.date.fromisoformat(obj["$date"]) if obj.keys() == {"$date"} else obj


class ParseCache:
    """Records of parsed files by key, read from and written to `folder`."""

    def __init__(self, folder: Path, entries: dict[str, dict] | None = None) -> None:
        self.folder = folder
        self.entries: dict[str, dict] = entries or {}
        self.used: dict[str, dict] = {}

    @property
    def path(self) -> Path:
        return self.folder / f"parse-{parser_version()}.json"

    @classmethod
    def open(cls, folder: Path) -> ParseCache:
        """The cache in `folder`, or an empty one when it is missing, unreadable or of another version."""
        store = cls(folder)
        try:
            loaded = json.loads(store.path.read_text(encoding="utf-8"), object_hook=_decode)
            if loaded.get("version") == parser_version() and isinstance(loaded.get("files"), dict):
                store.entries = loaded["files"]
        except (OSError, ValueError, AttributeError):
            pass
        return store

    def get(self, key: str) -> dict | None:
        record = self.entries.get(key)
        if isinstance(record, dict):
            self.used[key] = record
            return record
        return None

    def put(self, key: str, record: dict) -> None:
        self.used[key] = record

    def save(self) -> None:
        """Write the records used by this build (older ones are dropped), atomically."""
        self.folder.mkdir(parents=True, exist_ok=True)
        for old in self.folder.glob("parse-*.json"):
            if old != self.path:
                old.unlink(missing_ok=True)
        tmp = self.path.with_suffix(f".tmp{os.getpid()}")
        tmp.write_text(json.dumps({"version": parser_version(), "files": self.used}, default=_encode,
                                  ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, self.path)
