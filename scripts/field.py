"""Field benchmark: parse real notices never seen by the tests and grade each field.

`tests/field/expected.csv` holds what a reader found in each text (see tests/field/README.md);
the texts are copies of third-party pages kept out of git in `tests/field/texts/`. A field is
checked when the reader found a value or the parser gave one (so an invented value counts as a
miss). A real posting that gives no post, or a page that is not a notice that gives one, is a
miss of its own.

    .venv/bin/python scripts/field.py [--texts DIR] [--expected FILE] [--target 0.97]
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter
from pathlib import Path

import pandas as pd

from analysis.pipeline import parse_corpus
from analysis.reference import fold

FIELD = Path(__file__).resolve().parents[1] / "tests" / "field"
CHECKED = ("title", "reference", "grade_code", "nato_grade", "salary_eur_monthly", "deadline", "post_family",
           "min_experience_years", "min_management_years", "lang_level_one", "lang_level_other", "staff_led",
           "direct_reports", "committees_chaired")
NUMERIC = {"salary_eur_monthly", "min_experience_years", "min_management_years", "lang_level_one",
           "lang_level_other", "staff_led", "direct_reports", "committees_chaired"}
_POST_COUNT = re.compile(r"\(\s*\d+\s+posts?\s*\)", re.I)


def _empty(value: object) -> bool:
    return value is None or (not isinstance(value, str) and pd.isna(value)) or str(value).strip() == ""


def _none_chaired(value: object) -> bool:
    return _empty(value) or float(value) == 0


def _title_key(value: object) -> str:
    return fold(_POST_COUNT.sub("", str(value)))


def same(field: str, expected: str, got: object) -> bool:
    """Whether the parser's value is the reader's (titles compared folded; numbers as numbers)."""
    if field == "committees_chaired" and {_none_chaired(expected), _none_chaired(got)} == {True}:
        return True  # "chairs none of the committees it names" and "names none" both mean none chaired
    if _empty(expected) or _empty(got):
        return _empty(expected) and _empty(got)
    if field in NUMERIC:
        return abs(float(expected) - float(got)) < 0.01
    if field == "title":
        return _title_key(expected) == _title_key(got)
    if field == "deadline":
        return str(expected) == pd.Timestamp(got).date().isoformat()
    return fold(str(expected)) == fold(str(got))


def _pair(expected: list[dict], posts: pd.DataFrame) -> list[tuple[dict, pd.Series | None]]:
    """Each expected row with the post of the same file whose title matches it best."""
    left = list(posts.itertuples(index=False))
    pairs = []
    for row in expected:
        want = set(_title_key(row["title"]).split())
        best = max(left, key=lambda p: len(want & set(_title_key("" if _empty(p.title) else p.title).split())),
                   default=None)
        if best is not None:
            left.remove(best)
        pairs.append((row, pd.Series(best._asdict()) if best is not None else None))
    return pairs


def grade(texts: Path, expected_rows: list[dict]) -> tuple[Counter, list[tuple[str, str, str, str]], list[str]]:
    """(counts, misses as (file, field, expected, got), files absent) for the texts present."""
    result = parse_corpus(texts, workers=2)
    posts, problems = result.frames["posts"], result.frames["problems"]
    counts: Counter = Counter()
    misses: list[tuple[str, str, str, str]] = []
    absent = sorted({r["file"] for r in expected_rows if not (texts / r["file"]).is_file()})
    by_file: dict[str, list[dict]] = {}
    for row in expected_rows:
        if row["file"] not in absent:
            by_file.setdefault(row["file"], []).append(row)
    for file, rows in sorted(by_file.items()):
        mine = posts[posts["source_file"] == file]
        if rows[0]["notice"] != "yes":
            counts["non_notices"] += 1
            counts["checked"] += 1
            if len(mine):
                misses.append((file, "notice", "not a notice", f"{len(mine)} post(s)"))
                counts["non_notices_accepted"] += 1
            else:
                counts["right"] += 1
            continue
        counts["notices"] += 1
        if mine.empty:
            why = problems[(problems["source_file"] == file) & (problems["severity"] == "error")]["message"]
            misses.append((file, "notice", "a post", "; ".join(why) or "no post"))
            counts["rejected"] += 1
        for row, post in _pair(rows, mine):
            counts["posts"] += 1
            for field in CHECKED:
                got = None if post is None else post[field]
                if _empty(row[field]) and (_empty(got) or same(field, row[field], got)):
                    continue
                counts["checked"] += 1
                if same(field, row[field], got):
                    counts["right"] += 1
                else:
                    misses.append((file, field, row[field], "" if _empty(got) else str(got)))
    return counts, misses, absent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=Path, default=FIELD / "texts")
    parser.add_argument("--expected", type=Path, default=FIELD / "expected.csv")
    parser.add_argument("--target", type=float, default=0.97)
    args = parser.parse_args(argv)
    with args.expected.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    if not args.texts.is_dir() or not any(args.texts.iterdir()):
        print(f"field: the texts are absent ({args.texts} is missing or empty). They are copies of "
              f"third-party pages and stay out of git; {args.expected.name} gives each page's address "
              f"(see tests/field/README.md). Nothing was graded.")
        return 0
    counts, misses, absent = grade(args.texts, rows)
    for file, field, want, got in misses:
        print(f"miss  {file}: {field}: expected {want!r}, got {got!r}")
    if absent:
        print(f"field: {len(absent)} texts named in {args.expected.name} are absent and not graded")
    accuracy = counts["right"] / counts["checked"] if counts["checked"] else 0.0
    print(f"field: {counts['notices']} notices ({counts['posts']} posts) and {counts['non_notices']} non-notices; "
          f"{counts['rejected']} real postings rejected, {counts['non_notices_accepted']} non-notices accepted")
    ok = accuracy >= args.target and not counts["rejected"] and not counts["non_notices_accepted"]
    print(f"field accuracy: {counts['right']} of {counts['checked']} checked fields right = {accuracy:.1%} "
          f"(target >= {args.target:.0%}) {'PASS' if ok else 'FAIL'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
