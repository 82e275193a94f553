"""Command line: `python -m analysis build|report|check`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from analysis.pipeline import FILE_TIMEOUT
from analysis.tables import DEFAULT_PROCESSED, DEFAULT_RAW


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m analysis",
                                     description="NATO vacancy notices into tables and briefings.")
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="parse every notice under --raw into tables under --out")
    b.add_argument("--raw", type=Path, default=DEFAULT_RAW, help="folder of notices (read only)")
    b.add_argument("--out", type=Path, default=DEFAULT_PROCESSED, help="folder for the tables")
    b.add_argument("--workers", type=int, default=None, help="processes for large corpora")
    b.add_argument("--quiet", action="store_true", help="no progress bar")
    b.add_argument("--file-timeout", type=_seconds, default=FILE_TIMEOUT, metavar="SECONDS",
                   help=f"stop and report a file that takes longer (default {FILE_TIMEOUT:g})")
    b.add_argument("--no-cache", action="store_true", help="parse every file again, ignoring the parse cache")
    r = sub.add_parser("report", help="run the notebooks and write HTML briefings")
    r.add_argument("--processed", type=Path, default=DEFAULT_PROCESSED)
    r.add_argument("--raw", type=Path, default=DEFAULT_RAW, help="built first when --processed is empty")
    r.add_argument("--out", type=Path, default=Path("reports"))
    r.add_argument("--only", nargs="+", metavar="NAME", help="notebooks to run (e.g. 10-experience)")
    r.add_argument("-p", "--parameter", nargs=2, action="append", metavar=("KEY", "VALUE"), default=[],
                   help="notebook parameter (YAML value), repeatable")
    r.add_argument("--params", type=Path, help="YAML file of notebook parameters")
    r.add_argument("--per-post", action="store_true", help="add one briefing per post")
    r.add_argument("--dated", action="store_true", help="write into OUT/YYYY-MM-DD and link OUT/latest")
    r.add_argument("--workers", type=int, default=None)
    r.add_argument("--force", action="store_true",
                   help="render every page, also those whose rows, notebook and code did not change")
    c = sub.add_parser("check", help="check a draft notice against its published peers")
    c.add_argument("draft", type=Path, metavar="DRAFT", help="the draft notice (.txt .md .html .pdf .docx)")
    c.add_argument("--processed", type=Path, default=DEFAULT_PROCESSED, help="the published posts' tables")
    c.add_argument("--family", metavar="NAME", help="compare with this post family instead of the draft's own")
    c.add_argument("--out", type=Path, default=Path("reports/check"), help="folder for the HTML briefing")
    c.add_argument("--strict", action="store_true", help="exit 1 when any warning or error is raised")
    c.add_argument("--no-html", action="store_true", help="print the flags only, write no briefing")
    return parser


def _seconds(text: str) -> float:
    value = float(text)
    if not value > 0:
        raise argparse.ArgumentTypeError("must be a positive number of seconds")
    return value


def _inside(child: Path, parent: Path) -> bool:
    child, parent = child.resolve(), parent.resolve()
    return child == parent or parent in child.parents


def build_command(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from analysis.pipeline import build

    if not args.raw.is_dir():
        print(f"error: --raw {args.raw} is not a folder", file=sys.stderr)
        return 2
    if _inside(args.out, args.raw):
        print(f"error: --out {args.out} is inside --raw; the raw folder is never written", file=sys.stderr)
        return 2
    def progress(it, total):
        return tqdm(it, total=total, unit="file", desc="build", disable=args.quiet or None,
                    file=sys.stderr)

    result = build(args.raw, args.out, progress=progress, workers=args.workers, file_timeout=args.file_timeout,
                   use_cache=not args.no_cache)
    problems = result.frames["problems"]
    for row in problems.itertuples():
        if row.severity == "error":
            print(f"error: {row.source_file}: {row.message}", file=sys.stderr)
    warnings = int((problems["severity"] == "warning").sum())
    if warnings:
        print(f"{warnings} warnings: see {args.out / 'problems.csv'}", file=sys.stderr)
    print(f"{result.files} files, {result.posts} posts, {result.problems} problems")
    return result.exit_code


def report_command(args: argparse.Namespace) -> int:
    from analysis.report import run_reports

    if _inside(args.processed, args.raw) or _inside(args.out, args.raw):
        print(f"error: --processed and --out must be outside --raw {args.raw}", file=sys.stderr)
        return 2
    params = {key: value for key, value in args.parameter}
    return run_reports(args.processed, args.out, only=args.only, params=params,
                       params_file=args.params, per_post=args.per_post, dated=args.dated,
                       workers=args.workers, raw=args.raw, force=args.force)


def check_command(args: argparse.Namespace) -> int:
    from analysis import check, views
    from analysis.ingest import SUFFIXES
    from analysis.report import _ensure_processed
    from analysis.tables import load

    if not args.draft.is_file():
        print(f"error: DRAFT {args.draft} is not a file", file=sys.stderr)
        return 2
    if args.draft.suffix.lower() not in SUFFIXES:
        print(f"error: DRAFT {args.draft}: {args.draft.suffix or 'no'} files are not read "
              f"(supported: {', '.join(sorted(SUFFIXES))})", file=sys.stderr)
        return 2
    if _inside(args.out, DEFAULT_RAW):
        print(f"error: --out {args.out} is inside {DEFAULT_RAW}; the raw folder is never written", file=sys.stderr)
        return 2
    try:
        _ensure_processed(args.processed, DEFAULT_RAW)
    except FileNotFoundError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    corpus = load(args.processed)
    family = args.family
    if family is not None:
        known = {f.casefold(): f for f in (*views.FAMILY_ORDER, *corpus.posts["post_family"].dropna())}
        if family.casefold() not in known:
            print(f"error: --family {family!r} is not a post family (have: {', '.join(views.FAMILY_ORDER)})",
                  file=sys.stderr)
            return 2
        family = known[family.casefold()]
    result = check.check_draft(args.draft, corpus, family=family, name=str(args.draft))
    for line in check.lint_lines(result):
        print(line)
    print(check.summary(result), flush=True)
    if not result.failed and not args.no_html:
        page, error = check.render_briefing(result, args.out, args.processed, family)
        if error:
            print(f"check: the briefing failed: {error} (see {page})", file=sys.stderr)
            return 3
        print(f"check: briefing written to {page}", file=sys.stderr)
    return result.exit_code(args.strict)


def main(argv: list[str] | None = None) -> int:
    """Exit codes: 0 all good, 1 some files or notebooks failed (check: not a notice, or --strict and a
    warning), 2 bad arguments, 3 unexpected failure."""
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0) and 2
    try:
        commands = {"build": build_command, "report": report_command, "check": check_command}
        return commands[args.command](args)
    except KeyboardInterrupt:
        print("interrupted: the previous tables are left as they were", file=sys.stderr)
        return 3
    except Exception as exc:
        print(f"error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 3
