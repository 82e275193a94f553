"""Benchmarks: `build` over 3,000 notices against one regex pass over the same lines, the same
build after one notice changed (the parse cache), a folder of hostile files, and the reports.

The corpus is made from the sample notices by varying their numbers (references, years,
headcounts), so every file is a different notice of a real shape. Each figure is printed with
its target; the exit code is 0 only when every target holds.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from analysis.pipeline import build

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = sorted((ROOT / "data" / "raw").glob("*.*"))
TARGET_RATIO = 3.0  # full build / regex word pass
TARGET_INCREMENTAL = 2.5  # seconds for `build` after one notice of 3,000 changed, start-up included
TARGET_HOSTILE = 60.0  # seconds for a folder of hostile files


def make_corpus(folder: Path, n: int) -> list[Path]:
    """Write n notices varied from the samples: new reference, new year counts, new headcounts."""
    texts = [(p.suffix, p.read_text(encoding="utf-8")) for p in SAMPLES]
    paths = []
    for i in range(n):
        suffix, text = texts[i % len(texts)]
        text = re.sub(r"\b(2[45]\d{4})\b", str(300000 + i), text)
        text = re.sub(r"\b(\d{1,2}) years", lambda m, i=i: f"{(int(m.group(1)) + i) % 25 + 1} years", text)
        text = re.sub(r"approximately (\d+)", lambda m, i=i: f"approximately {int(m.group(1)) + i % 50}", text)
        path = folder / f"notice-{i:05d}{suffix}"
        path.write_text(text + f"\n\nVariant {i}.\n", encoding="utf-8")
        paths.append(path)
    return paths


def baseline(paths: list[Path]) -> float:
    """Seconds for one pass of re.findall(r"\\w+", line) over every line of the files."""
    word = re.compile(r"\w+")
    start = time.perf_counter()
    for path in paths:
        for line in path.read_text(encoding="utf-8").split("\n"):
            word.findall(line)
    return time.perf_counter() - start


def _cli_build(raw: Path, out: Path, *extra: str) -> float:
    """Wall time of `python -m analysis build` as a user runs it (start-up included)."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "analysis", "build", "--raw", str(raw), "--out", str(out), "--quiet",
                    *extra], cwd=ROOT, check=False, capture_output=True)
    return time.perf_counter() - start


def bench_build(n: int) -> bool:
    with tempfile.TemporaryDirectory() as tmp:
        raw, out = Path(tmp) / "raw", Path(tmp) / "out"
        raw.mkdir()
        paths = make_corpus(raw, n)
        base = min(baseline(paths) for _ in range(3))
        start = time.perf_counter()
        result = build(raw, out, use_cache=False)
        took = time.perf_counter() - start
        changed = paths[n // 2]
        changed.write_text(changed.read_text(encoding="utf-8").replace("Variant", "Changed variant"), encoding="utf-8")
        again = _cli_build(raw, out)
    ratio = took / base
    print(f"build: {n} notices -> {result.posts} posts in {took:.2f} s (no cache, {os.cpu_count()} cores)")
    print(f"baseline: re.findall over every line in {base:.2f} s")
    ok = ratio <= TARGET_RATIO
    print(f"ratio build/baseline: {ratio:.2f} (target <= {TARGET_RATIO}) {'PASS' if ok else 'FAIL'}")
    ok_again = again <= TARGET_INCREMENTAL
    print(f"build after one notice changed: {again:.2f} s, start-up included (target <= {TARGET_INCREMENTAL} s) "
          f"{'PASS' if ok_again else 'FAIL'}")
    return ok and ok_again


def hostile_folder(raw: Path) -> None:
    """The samples, pathological text shapes, markup and container bombs, and odd file-system objects."""
    for p in SAMPLES:
        (raw / p.name).write_bytes(p.read_bytes())
    head, tail = "1. SUMMARY\nThe Head needs at least ", " years of experience.\n"
    for name, run in [("spaces", " "), ("tabs", "\t"), ("dots", "."), ("dashes", "-"), ("parens", "("),
                      ("bullets", "•"), ("digits", "7")]:
        (raw / f"run-{name}.txt").write_text(head + run * 400_000 + tail, encoding="utf-8")
    (raw / "one-long-line.txt").write_text(head + "The Head chairs the Committee. " * 100_000 + tail, encoding="utf-8")
    (raw / "million-lines.txt").write_text(head + "x\n" * 1_000_000 + tail, encoding="utf-8")
    (raw / "markup.html").write_text("<html><body>" + "<div>" * 50_000 + "<script>alert(1)</script>"
                                     + "</div>" * 50_000 + "</body></html>", encoding="utf-8")
    with zipfile.ZipFile(raw / "bomb.docx", "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", "<w:document>" + " " * 200_000_000 + "</w:document>")
    (raw / "random.pdf").write_bytes(os.urandom(200_000))
    os.mkfifo(raw / "pipe.txt")
    (raw / "loop.txt").symlink_to(raw / "loop.txt")
    (raw / "dangling.md").symlink_to(raw / "missing.md")


def bench_hostile() -> bool:
    with tempfile.TemporaryDirectory() as tmp:
        raw, out = Path(tmp) / "raw", Path(tmp) / "out"
        raw.mkdir()
        hostile_folder(raw)
        before = {p.name: (p.is_symlink(), p.lstat().st_size) for p in raw.iterdir()}
        took = _cli_build(raw, out, "--no-cache")
        problems = (out / "problems.csv").read_text(encoding="utf-8") if (out / "problems.csv").exists() else ""
        posts = (out / "posts.csv").read_text(encoding="utf-8").count("\n") - 1 if (out / "posts.csv").exists() else 0
        unchanged = before == {p.name: (p.is_symlink(), p.lstat().st_size) for p in raw.iterdir()}
    reported = all(name in problems for name in ("pipe.txt", "loop.txt", "dangling.md", "bomb.docx", "random.pdf"))
    ok = took <= TARGET_HOSTILE and reported and unchanged and posts >= len(SAMPLES)
    print(f"hostile folder ({len(before)} entries): {took:.1f} s, {posts} posts, bad files reported: {reported}, "
          f"raw unchanged: {unchanged} (target <= {TARGET_HOSTILE:g} s) {'PASS' if ok else 'FAIL'}")
    return ok


def bench_noop_reports() -> bool:
    """`make reports` with nothing changed must finish in under 2 s."""
    if not (ROOT / "reports" / "index.html").exists():
        print("make reports (no change): skipped, run `make reports` once first")
        return True
    subprocess.run(["make", "-s", "reports"], cwd=ROOT, check=True, capture_output=True)  # bring it up to date
    start = time.perf_counter()
    subprocess.run(["make", "-s", "reports"], cwd=ROOT, check=True, capture_output=True)
    took = time.perf_counter() - start
    ok = took < 2.0
    print(f"make reports with nothing changed: {took:.2f} s (target < 2 s) {'PASS' if ok else 'FAIL'}")
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-n", type=int, default=3000, help="notices to build")
    parser.add_argument("--skip-reports", action="store_true")
    args = parser.parse_args()
    ok = bench_build(args.n)
    ok = bench_hostile() and ok
    if not args.skip_reports:
        ok = bench_noop_reports() and ok
        reports_bench = ROOT / "scripts" / "bench_reports.py"
        if reports_bench.exists():
            ok = subprocess.run([sys.executable, str(reports_bench)], cwd=ROOT).returncode == 0 and ok
    shutil.rmtree(ROOT / ".bench", ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
