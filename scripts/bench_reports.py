"""Reports against their targets: `report` vs. bare notebooks, per-post briefings, unchanged posts.

1. `python -m analysis report` on a corpus (command-line wall time) against as many bare
   notebooks run one after another in one process: each imports pandas, numpy, matplotlib and
   seaborn, draws one chart, is run with papermill and exported to HTML without input. That is
   the least any notebook-to-HTML report costs. Target: at most 0.7x.
2. `report --per-post` over a corpus of many posts (the samples with varied references and
   figures) against the same on a one-post corpus: seconds per post beyond the first (also
   shown: the CPU seconds per post, of the command and all its processes). Target: at most 0.2 s.
3. After one notice of that corpus changes, `report --per-post` again into the same folder:
   only that post's briefing and the corpus-wide pages are rendered, the others are kept.

    .venv/bin/python scripts/bench_reports.py [--raw data/raw] [--posts 150] [--repeat 2]

Each timed command runs --repeat times, alternated with its baseline, and the best run counts.
Prints every figure with its target, PASS or FAIL; exit code 0 only when all hold.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from analysis import pipeline
from analysis.report import BRIEFING, NOTEBOOKS, kernel_name

ROOT = Path(__file__).resolve().parents[1]
RATIO_TARGET = 0.7
PER_POST_TARGET = 0.2  # seconds per briefing beyond the first

BARE = """\
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import seaborn as sns

df = pd.DataFrame({"x": list("abcde"), "y": np.array([3, 1, 4, 1, 5])})
sns.barplot(data=df, x="x", y="y")
plt.show()
"""

# Runs in a process of its own, so that its wall time is a command line's like `report`'s.
BARE_RUNNER = """\
import sys
from pathlib import Path

import nbformat
import papermill
from nbconvert import HTMLExporter

out, count, kernel = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
source = out / "bare.ipynb"
nb = nbformat.v4.new_notebook(cells=[
    nbformat.v4.new_code_cell('title = "bare"', metadata={"tags": ["parameters"]}),
    nbformat.v4.new_code_cell(sys.stdin.read())])
nb.metadata.kernelspec = {"name": kernel, "display_name": kernel, "language": "python"}
nbformat.write(nb, source)
exporter = HTMLExporter(exclude_input=True)
for i in range(count):
    done = papermill.execute_notebook(str(source), str(out / f"bare-{i}.ipynb"),
                                      parameters={"title": f"bare {i}"}, kernel_name=kernel,
                                      execution_timeout=600, progress_bar=False)
    body, _ = exporter.from_notebook_node(done)
    assert "<img" in body, "the bare notebook drew no chart"
    (out / f"bare-{i}.html").write_text(body, encoding="utf-8")
"""


def timed(command: list[str], stdin: str | None = None) -> tuple[float, float]:
    """Wall seconds of a command, and the CPU seconds of it and its children; it must exit 0."""
    env = {k: v for k, v in os.environ.items() if k != "MPLBACKEND"}  # charts inline, as usual
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, input=stdin, text=True, check=True, cwd=ROOT, env=env,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def report(processed: Path, out: Path, *extra: str) -> tuple[float, float]:
    """Wall and CPU seconds of `python -m analysis report` as a command."""
    return timed([sys.executable, "-m", "analysis", "report", "--processed", str(processed),
                  "--out", str(out), *extra])


def bare(count: int, out: Path) -> float:
    """Wall seconds of `count` bare notebooks run with papermill one after another, in one process."""
    out.mkdir(parents=True)
    return timed([sys.executable, "-c", BARE_RUNNER, str(out), str(count), kernel_name()], BARE)[0]


def make_corpus(raw: Path, folder: Path, n: int) -> None:
    """n notices varied from the samples: new reference, new year counts, new headcounts."""
    samples = sorted(p for p in raw.iterdir() if p.is_file())
    folder.mkdir(parents=True)
    for i in range(n):
        path = samples[i % len(samples)]
        text = path.read_text(encoding="utf-8")
        text = re.sub(r"\b(2[45]\d{4})\b", str(400000 + i), text)
        text = re.sub(r"\b(\d{1,2}) years",
                      lambda m, i=i: f"{(int(m.group(1)) + i) % 25 + 1} years", text)
        text = re.sub(r"approximately (\d+)",
                      lambda m, i=i: f"approximately {int(m.group(1)) + i % 50}", text)
        (folder / f"notice-{i:04d}{path.suffix}").write_text(text + f"\n\nVariant {i}.\n",
                                                             encoding="utf-8")


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def bench_ratio(raw: Path, base: Path, repeat: int) -> bool:
    processed = base / "processed"
    pipeline.build(raw, processed)
    count = len(list(NOTEBOOKS.glob("[0-9]*.ipynb")))
    reports, bares = [], []
    for i in range(repeat):  # alternated, so that both see the same machine
        reports.append(report(processed, base / f"reports-{i}")[0])
        bares.append(bare(count, base / f"bare-{i}"))
    ratio = min(reports) / min(bares)
    print(f"report: {min(reports):.1f} s for {count} notebooks "
          f"(runs: {', '.join(f'{t:.1f}' for t in reports)})")
    print(f"baseline: {min(bares):.1f} s for {count} bare notebooks one after another "
          f"(runs: {', '.join(f'{t:.1f}' for t in bares)})")
    print(f"ratio report / baseline: {ratio:.2f} (target <= {RATIO_TARGET}) "
          f"{verdict(ratio <= RATIO_TARGET)}")
    return ratio <= RATIO_TARGET


def bench_per_post(raw: Path, base: Path, posts: int, repeat: int) -> bool:
    one, many = base / "one", base / "many"
    make_corpus(raw, one / "raw", 1)
    make_corpus(raw, many / "raw", posts)
    pipeline.build(one / "raw", one / "processed")
    built = pipeline.build(many / "raw", many / "processed")
    args = ("--per-post", "--only", BRIEFING)
    firsts, totals = [], []
    for i in range(repeat):  # alternated, each into a new folder: every page rendered
        firsts.append(report(one / "processed", one / f"reports-{i}", *args))
        totals.append(report(many / "processed", many / f"reports-{i}", *args))
    first, total = min(firsts), min(totals)
    extra = (total[0] - first[0]) / (built.posts - 1)
    cpu = (total[1] - first[1]) / (built.posts - 1)
    print(f"per-post briefings: 1 post in {first[0]:.1f} s, {built.posts} posts in {total[0]:.1f} s "
          f"(runs: {', '.join(f'{a[0]:.1f}/{b[0]:.1f}' for a, b in zip(firsts, totals, strict=True))})")
    print(f"seconds per post beyond the first: {extra:.3f} (target <= {PER_POST_TARGET}) "
          f"{verdict(extra <= PER_POST_TARGET)}; CPU seconds per post: {cpu:.3f}")
    ok = extra <= PER_POST_TARGET

    changed = sorted((many / "raw").iterdir())[0]
    changed.write_text(changed.read_text(encoding="utf-8").replace("Variant 0.", "Variant 0b."),
                       encoding="utf-8")
    pipeline.build(many / "raw", many / "processed")
    again, _ = report(many / "processed", many / "reports-0", *args)
    index = (many / "reports-0" / "index.html").read_text(encoding="utf-8")
    kept = index.count("(unchanged)")
    rendered = built.posts + 1 - kept
    print(f"after one notice changed: {rendered} pages rendered, {kept} kept, in {again:.1f} s "
          f"(target: 2 rendered, that post's and the corpus page) {verdict(rendered == 2)}")
    return ok and rendered == 2


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--raw", type=Path, default=ROOT / "data" / "raw")
    parser.add_argument("--posts", type=int, default=150, help="posts of the per-post corpus")
    parser.add_argument("--repeat", type=int, default=2,
                        help="runs of each timed command (the best counts)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-reports-") as tmp:
        ok = bench_ratio(args.raw, Path(tmp) / "ratio", args.repeat)
        ok = bench_per_post(args.raw, Path(tmp) / "per-post", args.posts, args.repeat) and ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
