"""The build: every file under raw -> Parsed notices -> unique post ids -> tables.

The files are parsed by `analysis.parse` in worker processes; this process only loads the parser when a notice of
several posts is split into its posts (a build that takes every file from the cache starts without it).
"""

from __future__ import annotations

import contextlib
import gc
import os
import re
import shutil
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from analysis import tables
from analysis.cache import FOLDER as CACHE_FOLDER
from analysis.cache import ParseCache, decode_dates, file_key
from analysis.ingest import SUFFIXES
from analysis.reference import fold, terms
from analysis.workers import Pool, Stopped

Row = dict[str, object]
LONG_TABLES = ("experience", "languages", "competencies", "staff", "committees", "requirements",
               "challenges", "fields")
FILE_TIMEOUT = 30.0  # seconds one file may take before it is stopped and reported


@dataclass
class Parsed:
    """What one file gave: the posts row, long-table rows and problems (post_id still unset)."""

    source_file: str
    digest: str = ""
    post: Row = field(default_factory=dict)
    rows: dict[str, list[Row]] = field(default_factory=dict)
    problems: list[Row] = field(default_factory=list)
    failed: bool = False
    positions: list[tuple] = field(default_factory=list)
    apart: bool = False  # the notice describes its positions one by one (their values are not the first one's)
    owners: list[tuple] = field(default_factory=list)  # the lines each position owns
    parts: list[Parsed] = field(default_factory=list)  # the other posts, each described in a block of its own
    committee_lines: list[int] = field(default_factory=list)  # the lines naming a committee (chaired or not)
    said: list[tuple] = field(default_factory=list)  # the sentences of shared paragraphs said of one position

    def record(self) -> dict:
        """The fields as plain data, for the parse cache."""
        return {"source_file": self.source_file, "digest": self.digest, "post": self.post, "rows": self.rows,
                "problems": self.problems, "failed": self.failed, "positions": self.positions, "apart": self.apart,
                "owners": self.owners, "committee_lines": self.committee_lines, "said": self.said,
                "parts": [p.record() for p in self.parts]}

    @classmethod
    def from_record(cls, record: dict) -> Parsed:
        return cls(**{**record, "post": decode_dates(record["post"]),
                      "positions": [tuple(p) for p in record["positions"]],
                      "owners": [tuple(o) for o in record["owners"]], "said": [tuple(o) for o in record["said"]],
                      "parts": [cls.from_record(p) for p in record["parts"]]})

    def problem(self, severity: str, field_name: str, message: str, line: int | None = None) -> None:
        self.problems.append({"source_file": self.source_file, "severity": severity,
                              "field": field_name, "message": message, "line": line})


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector: the build makes millions of small acyclic dicts and lists (cached
    records, table rows), which the collector would otherwise walk again and again (a fifth of a build that
    takes its files from the cache). Workers collect as usual."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def parse_file(path: Path, root: Path) -> Parsed:
    """Read and parse one file, in a worker process (`analysis.parse.parse_path`)."""
    from analysis.parse import parse_path  # (loaded in the worker, not in the build's process)

    return parse_path(path, root)


def _warm() -> None:
    """Load the parser, compile its patterns and read its code tables once in a fresh worker."""
    from analysis.parse import warm

    warm()


def _posts(p: Parsed) -> list[Parsed]:
    """The posts one parsed file gives: itself, or one per post of a notice of several."""
    if not (p.parts or p.positions):
        return [p]
    from analysis.parse import expand  # (the parser, loaded only for a notice of several posts)

    return expand(p)


def discover(raw: Path) -> tuple[list[Path], list[tuple[Path, str]]]:
    """(notice files, [(other path, why it is skipped)]) under raw, recursively, in a stable order.

    Dotfiles are ignored; links are followed to regular files only, so FIFOs, devices, dangling
    links and link loops are listed as skipped instead of being opened.
    """
    notices, others = [], []
    for path in sorted(raw.rglob("*")):
        if any(p.startswith(".") for p in path.relative_to(raw).parts):
            continue
        try:
            mode = path.stat().st_mode
        except OSError as exc:
            others.append((path, f"skipped: cannot follow the link ({exc.strerror or exc})"))
            continue
        if stat.S_ISDIR(mode):
            continue
        if not stat.S_ISREG(mode):
            others.append((path, "skipped: not a regular file (FIFO, socket or device)"))
        elif path.suffix.lower() in SUFFIXES:
            notices.append(path)
        else:
            others.append((path, f"skipped: {path.suffix or 'no'} files are not read "
                                 f"(supported: {', '.join(sorted(set(SUFFIXES)))})"))
    return notices, others


def slug(title: str) -> str:
    """URL-safe id from a title: known long forms abbreviated, connecting words dropped."""
    text = fold(title)
    for phrase, short in sorted(terms("slug_abbrev").items(), key=lambda kv: -len(kv[0])):
        text = re.sub(rf"\b{re.escape(fold(phrase))}\b", short, text)
    stop = set(terms("slug_stopword"))
    words = [w for w in re.split(r"[^a-z0-9]+", text) if w and w not in stop]
    return "-".join(words)[:80] or "post"


def assign_ids(parsed: list[Parsed]) -> list[Parsed]:
    """Give each post a unique id; a file whose text repeats another's is one post, reported."""
    kept: list[Parsed] = []
    by_digest: dict[str, Parsed] = {}
    used: set[str] = set()
    for p in parsed:
        if p.failed:
            continue
        if p.digest in by_digest:
            first = by_digest[p.digest]
            first.problem("warning", "file", f"duplicate notice: {p.source_file} has the same text as "
                          f"{first.source_file}; kept once")
            continue
        by_digest[p.digest] = p
        for one in _posts(p):
            one.post.pop("_pay_by_grade", None)
            one.post.pop("_deadline_by_row", None)
            one.post.pop("_per_post", None)
            base = one.post.pop("_id", None) or one.post["reference"] or (
                slug(str(one.post["title"])) if one.post["title"] else slug(Path(one.source_file).stem))
            post_id, n = base, 1
            while post_id in used:
                post_id = f"{base}-{one.digest[:6]}" + (f"-{n}" if n > 1 else "")
                n += 1
            used.add(post_id)
            one.post["post_id"] = post_id
            kept.append(one)
    return kept


@dataclass
class BuildResult:
    files: int
    posts: int
    problems: int
    failed_files: int
    frames: dict[str, object]

    @property
    def exit_code(self) -> int:
        return 1 if self.failed_files else 0


def _timed_out(path: Path, raw: Path, stopped: Stopped) -> Parsed:
    failed = Parsed(path.relative_to(raw).as_posix(), failed=True)
    failed.problem("error", "file", f"took longer than {stopped.seconds:g} s; skipped" if stopped.reason == "timeout"
                   else "the parser process died on this file; skipped")
    return failed


def _parse_all(files: list[Path], raw: Path, pool: Pool, file_timeout: float | None,
               store: ParseCache | None, progress: Callable[[Iterable, int], Iterable] | None) -> list[Parsed]:
    """Every file parsed, in order: from the cache when its bytes and the parser are unchanged."""
    parsed: list[Parsed | None] = [None] * len(files)
    keys: dict[int, str] = {}
    todo: list[int] = []
    for i, path in enumerate(files):
        if store is not None:
            with contextlib.suppress(OSError):  # an unreadable file is parsed (and reported) without the cache
                keys[i] = file_key(path.relative_to(raw).as_posix(), path.read_bytes())
            record = store.get(keys[i]) if i in keys else None
            if record is not None:
                with contextlib.suppress(TypeError, KeyError, ValueError):
                    parsed[i] = Parsed.from_record(record)
                    continue
        todo.append(i)

    def results() -> Iterator[Parsed]:
        yield from (p for p in parsed if p is not None)
        for j, result in pool.map([files[i] for i in todo], file_timeout):
            i = todo[j]
            parsed[i] = _timed_out(files[i], raw, result) if isinstance(result, Stopped) else result
            if store is not None and i in keys and not isinstance(result, Stopped):
                store.put(keys[i], parsed[i].record())
            yield parsed[i]

    for _ in progress(results(), len(files)) if progress else results():
        pass
    return [p for p in parsed if p is not None]


@_collector_paused()
def parse_corpus(raw: Path, progress: Callable[[Iterable, int], Iterable] | None = None,
                 workers: int | None = None, file_timeout: float | None = FILE_TIMEOUT,
                 cache: Path | None = None) -> BuildResult:
    """Parse every notice under raw into DataFrames checked against the schema.

    Each file is parsed in a worker process and stopped after `file_timeout` seconds. With
    `cache` (a folder), files whose bytes and parser are unchanged are taken from it, and the
    cache is rewritten; nothing else is written.
    """
    files, others = discover(raw)
    workers = max(1, min(workers or min(os.cpu_count() or 1, 4), len(files)))
    # one worker starts (and warms up) while this process reads the cache and hashes the files; the others
    # when more than one file is to be parsed
    with Pool(parse_file, (raw,), workers, warm=_warm, eager=1) as pool:
        store = ParseCache.open(cache) if cache is not None else None
        parsed = _parse_all(files, raw, pool, file_timeout, store, progress)
    if store is not None:
        store.save()
    posts = assign_ids(parsed)
    records: dict[str, list[Row]] = {"posts": [p.post for p in posts]}
    post_ids: dict[str, list] = {}  # each long table's post ids, row by row (the rows may be shared by two posts)
    for name in LONG_TABLES:
        records[name] = [r for p in posts for r in p.rows[name]]
        post_ids[name] = [p.post["post_id"] for p in posts for _ in p.rows[name]]
    ids = {p.source_file: p.post.get("post_id") for p in posts}
    records["problems"] = [r for p in parsed for r in p.problems]
    post_ids["problems"] = [p.post.get("post_id") or ids.get(r["source_file"]) for p in parsed for r in p.problems]
    for p in parsed:  # what each post read from its own block reported
        for part in p.parts:
            records["problems"] += part.problems
            post_ids["problems"] += [part.post.get("post_id")] * len(part.problems)
    for path, why in others:
        records["problems"].append({"source_file": path.relative_to(raw).as_posix(),
                                    "severity": "warning", "field": "file", "line": None, "message": why})
        post_ids["problems"].append(None)
    frames = tables.frames(records, post_ids)
    blanked = tables.enforce(frames)
    if blanked:
        frames["problems"] = tables.frame("problems", frames["problems"].to_dict("records") + blanked)
    failed = sum(1 for p in parsed if p.failed)
    return BuildResult(len(files), len(posts), len(frames["problems"]), failed, frames)


@_collector_paused()
def build(raw: Path, out: Path, progress: Callable[[Iterable, int], Iterable] | None = None,
          workers: int | None = None, file_timeout: float | None = FILE_TIMEOUT, use_cache: bool = True
          ) -> BuildResult:
    """Parse raw and write every table into out as Parquet and CSV (checked against the schema).

    The parse cache lives in `out/.cache`; `use_cache=False` parses every file again.
    """
    store = out / CACHE_FOLDER
    if not use_cache:
        shutil.rmtree(store, ignore_errors=True)
    result = parse_corpus(raw, progress, workers, file_timeout, store)
    tables.write(result.frames, out)
    return result
