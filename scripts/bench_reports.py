"""Time `report` on a corpus against as many bare notebooks run one after another.

A bare notebook imports pandas, matplotlib and seaborn, draws one chart and is exported to HTML:
the least any notebook-to-HTML report costs. Both are timed in the same run, on the same machine.

    .venv/bin/python scripts/bench_reports.py [--raw data/raw] [--workers N]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbconvert import HTMLExporter

from analysis import pipeline
from analysis.report import NOTEBOOKS, kernel_name, run_reports

BARE = """\
import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns

df = pd.DataFrame({"x": list("abcde"), "y": [3, 1, 4, 1, 5]})
sns.barplot(data=df, x="x", y="y")
plt.show()
"""


def bare_notebooks(count: int, out: Path) -> float:
    """Seconds to execute and export `count` bare notebooks one after another."""
    start = time.perf_counter()
    for i in range(count):
        nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(BARE)])
        NotebookClient(nb, kernel_name=kernel_name(), timeout=600,
                       resources={"metadata": {"path": str(out)}}).execute()
        body, _ = HTMLExporter(exclude_input=True).from_notebook_node(nb)
        (out / f"bare-{i}.html").write_text(body, encoding="utf-8")
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--raw", type=Path, default=Path("data/raw"))
    parser.add_argument("--workers", type=int, default=None)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-reports-") as tmp:
        base = Path(tmp)
        pipeline.build(args.raw, base / "processed")
        count = len(list(NOTEBOOKS.glob("[0-9]*.ipynb")))
        start = time.perf_counter()
        code = run_reports(base / "processed", base / "reports", workers=args.workers)
        report = time.perf_counter() - start
        (base / "bare").mkdir()
        bare = bare_notebooks(count, base / "bare")
    print(f"report:   {report:6.1f} s  ({count} notebooks, exit code {code})")
    print(f"baseline: {bare:6.1f} s  ({count} bare notebooks one after another)")
    print(f"ratio report / baseline: {report / bare:.2f}")
    return code


if __name__ == "__main__":
    sys.exit(main())
