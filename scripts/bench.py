"""Benchmarks: `build` over 3,000 notices against one regex pass over the same lines.

The corpus is made from the sample notices by varying their numbers (references, years,
headcounts), so every file is a different notice of a real shape.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from analysis.pipeline import build

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = sorted((ROOT / "data" / "raw").glob("*.*"))
TARGET_RATIO = 4.0


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


def bench_build(n: int) -> bool:
    with tempfile.TemporaryDirectory() as tmp:
        raw, out = Path(tmp) / "raw", Path(tmp) / "out"
        raw.mkdir()
        paths = make_corpus(raw, n)
        base = min(baseline(paths) for _ in range(3))
        start = time.perf_counter()
        result = build(raw, out)
        took = time.perf_counter() - start
    ratio = took / base
    print(f"build: {n} notices -> {result.posts} posts in {took:.2f} s")
    print(f"baseline: re.findall over every line in {base:.2f} s")
    ok = ratio <= TARGET_RATIO
    print(f"ratio build/baseline: {ratio:.2f} (target <= {TARGET_RATIO}) {'PASS' if ok else 'FAIL'}")
    return ok


def bench_noop_reports() -> bool:
    """`make reports` with nothing changed must finish in under 2 s."""
    if not (ROOT / "reports" / "index.html").exists():
        print("make reports (no change): skipped, run `make reports` once first")
        return True
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
    if not args.skip_reports:
        ok = bench_noop_reports() and ok
        reports_bench = ROOT / "scripts" / "bench_reports.py"
        if reports_bench.exists():
            ok = subprocess.run([sys.executable, str(reports_bench)], cwd=ROOT).returncode == 0 and ok
    shutil.rmtree(ROOT / ".bench", ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
