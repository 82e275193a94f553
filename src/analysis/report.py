"""Notebooks to HTML briefings, and the escaping display helpers the notebooks use.

`run_reports` executes the notebooks of `notebooks/` with papermill, in parallel (one warm kernel
per worker, see `analysis.runner`), and exports each executed notebook to a self-contained HTML
page (no code, images embedded, no network loads) plus an `index.html`. A page whose inputs did
not change since the run that made it (its rows, notebook, parameters, code: `page_keys`) is
kept, not rendered again. The `show_*` helpers are the only way notebooks put text on the page:
everything they show is HTML-escaped, because notice text is untrusted.
"""

from __future__ import annotations

import ast
import contextlib
import datetime as dt
import functools
import hashlib
import html
import importlib.metadata
import json
import multiprocessing
import os
import re
import shutil
import sys
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, fields
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd
import yaml
from IPython.display import HTML, Image, display

import analysis
from analysis import views

if TYPE_CHECKING:
    from matplotlib.figure import Figure

PACKAGE_DIR = Path(__file__).resolve().parent
TEMPLATES = PACKAGE_DIR / "templates"
TEMPLATE = "briefing"
NOTEBOOKS = PACKAGE_DIR.parents[1] / "notebooks"
KERNEL = "nato-posts"
BRIEFING = "80-post-briefing"
CELL_TIMEOUT = 600  # seconds per cell
ERROR_TAG = "papermill-error-cell-tag"
MANIFEST = ".pages.json"  # page name -> key of the inputs it was made from (see page_keys)
# Libraries whose version can change a page: part of every page's key.
PAGE_LIBRARIES = ("ipykernel", "matplotlib", "nbconvert", "numpy", "pandas", "papermill",
                  "pyarrow", "seaborn")


# --- Helpers for the notebooks: the tables, and escaped display -------------------------------

def load_tables(processed_dir: Path | str) -> analysis.Corpus:
    """`analysis.load(processed_dir)`, read once per process while its Parquet files stay the
    same (the report runner renders many pages in one kernel); each call gets its own frames."""
    folder = Path(processed_dir).resolve()
    stamp = tuple((p.name, s.st_mtime_ns, s.st_size)
                  for p in sorted(folder.glob("*.parquet")) for s in [p.stat()])
    if not stamp:
        return analysis.load(folder)  # not built: parsed on the fly, never cached
    cached = _read_tables(folder, stamp)
    return analysis.Corpus(**{f.name: getattr(cached, f.name).copy(deep=False)
                              for f in fields(cached)})


@functools.lru_cache(maxsize=2)
def _read_tables(folder: Path, stamp: tuple) -> analysis.Corpus:
    return analysis.load(folder)


def _e(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def show_heading(text: Any, level: int = 2) -> None:
    """A heading (h1-h4) whose text is shown as text."""
    level = min(max(level, 1), 4)
    display(HTML(f"<h{level}>{_e(text)}</h{level}>"))


def show_note(text: Any, css: str = "note") -> None:
    """A short paragraph (class `note` or `subtitle`), escaped."""
    display(HTML(f'<p class="{_e(css)}">{_e(text)}</p>'))


def _plain(text: Any) -> Any:
    """A quote without markdown emphasis (`**`, `__`) that notices converted from PDF carry."""
    return text.replace("**", "").replace("__", "") if isinstance(text, str) else text


def show_quote(text: Any, line: Any = None) -> None:
    """An evidence quote from a notice, with its line underneath."""
    tail = ("" if line is None or pd.isna(line) else
            f'<span class="where">line {_e(int(line))}</span>')
    display(HTML(f'<blockquote class="evidence">{_e(_plain(text))}{tail}</blockquote>'))


def _cell(value: Any) -> str:
    if value is None or (pd.api.types.is_scalar(value) and pd.isna(value)):
        return "—"
    if isinstance(value, float):
        return f"{value:g}" if value.is_integer() or abs(value) >= 10 else f"{value:.2f}"
    return str(value)


def _header(name: Any) -> str:
    text = str(name)
    return text[:1].upper() + text[1:].replace("_", " ") if "_" in text or text.islower() \
        else text


def table_html(df: pd.DataFrame, caption: Any = None, max_rows: int = 60) -> str:
    """An escaped HTML table: numbers right-aligned, missing as '—', long tables cut."""
    shown = df.head(max_rows)
    numeric = {c for c in shown.columns if pd.api.types.is_numeric_dtype(shown[c])
               and not pd.api.types.is_bool_dtype(shown[c])}
    head = "".join(f'<th class="{"num" if c in numeric else ""}">{_e(_header(c))}</th>'
                   for c in shown.columns)
    body = []
    for row in shown.itertuples(index=False):
        cells = []
        for col, value in zip(shown.columns, row, strict=True):
            css = "num" if col in numeric else "differs" if col == "differs" else ""
            shown_value = _plain(value) if col == "evidence" else value
            cells.append(f'<td class="{css}">{_e(_cell(shown_value))}</td>')
        body.append(f"<tr>{''.join(cells)}</tr>")
    cap = f"<caption>{_e(caption)}</caption>" if caption else ""
    more = (f'<p class="note">Showing {max_rows} of {len(df)} rows.</p>'
            if len(df) > max_rows else "")
    return (f"<table>{cap}<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody>"
            f"</table>{more}")


def show_table(df: pd.DataFrame, caption: Any = None, max_rows: int = 60) -> None:
    """Display a DataFrame as an escaped HTML table (see `table_html`)."""
    if df.empty:
        show_note(f"{caption + ': ' if caption else ''}nothing to show.")
        return
    display(HTML(table_html(df, caption, max_rows)))


def show_figure(fig: Figure) -> None:
    """Display a matplotlib Figure as an embedded PNG at its A4 size (its constrained layout already fits it to
    the figure: no second drawing to crop it)."""
    buffer = BytesIO()
    fig.savefig(buffer, format="png", dpi=200, facecolor="white")
    width = round(fig.get_figwidth() * 96)
    display(Image(data=buffer.getvalue(), format="png", width=width))


def show_header(title: Any, tables: Any, posts: Any = (), families: Any = ()) -> None:
    """The page title with a line on the corpus and the selection it covers."""
    show_heading(title, level=1)
    s = views.corpus_summary(tables)
    parts = [f"{_n(s['posts'], 'post')} from {_n(s['files'], 'notice file')}",
             f"{_n(s['errors'], 'parser error')}, {_n(s['warnings'], 'warning')}"]
    if views.normalise_ids(posts):
        parts.append("selected posts: " + ", ".join(views.normalise_ids(posts)))
    if views.normalise_ids(families):
        parts.append("families: " + ", ".join(views.normalise_ids(families)))
    show_note("; ".join(parts) + ".", css="subtitle")


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


# --- Running the notebooks --------------------------------------------------------------------

@dataclass(frozen=True)
class Job:
    """One notebook to run: output stem, source notebook, parameters, page title, and the post
    a per-post briefing is about ('' for a page made from the whole corpus)."""

    name: str
    notebook: Path
    parameters: dict[str, Any]
    title: str
    post: str = ""


@dataclass(frozen=True)
class Result:
    """What happened to a Job: success, seconds taken, the error when it failed, and whether
    the page of an earlier run was kept because its inputs did not change."""

    job: Job
    ok: bool
    seconds: float
    error: str = ""
    reused: bool = False


def parse_value(text: Any) -> Any:
    """A `-p KEY VALUE` value read as a YAML scalar or list ('[1, 2]' -> [1, 2])."""
    if not isinstance(text, str):
        return text
    try:
        value = yaml.safe_load(text)
    except yaml.YAMLError:
        return text
    if isinstance(value, int | float) and not isinstance(value, bool) \
            and str(value) != text.strip():
        return text  # keep '0123' or '1e3' as written rather than a converted number
    return "" if value is None else value


def collect_params(params: dict | None, params_file: Path | None) -> dict[str, Any]:
    """Parameters from a YAML file, then `params` on top (string values parsed as YAML)."""
    merged: dict[str, Any] = {}
    if params_file is not None:
        loaded = yaml.safe_load(Path(params_file).read_text(encoding="utf-8")) or {}
        if not isinstance(loaded, dict):
            raise ValueError(f"{params_file}: expected a mapping of parameter names to values")
        merged.update(loaded)
    merged.update({k: parse_value(v) for k, v in (params or {}).items()})
    return merged


def kernel_name() -> str:
    """The project's kernel when installed, else the default python3 kernel."""
    from jupyter_client.kernelspec import KernelSpecManager

    return KERNEL if KERNEL in KernelSpecManager().find_kernel_specs() else "python3"


def notebook_parameters(path: Path) -> dict[str, Any]:
    """The defaults of a notebook's `parameters` cell, as Python values."""
    import papermill

    out = {}
    for name, info in papermill.inspect_notebook(str(path)).items():
        try:
            out[name] = ast.literal_eval(info["default"])
        except (ValueError, SyntaxError):
            out[name] = info["default"]
    return out


def safe_name(text: Any) -> str:
    """A file-name-safe version of a post id."""
    return re.sub(r"[^A-Za-z0-9._-]+", "_", str(text)).strip("._") or "post"


def plan_jobs(notebooks: Path, processed: Path, only: list[str] | None, params: dict[str, Any],
              per_post: Any = None) -> list[Job]:
    """The notebooks to run with their parameters; ValueError on a bad name or parameter.

    `per_post`: the loaded tables when one briefing per (selected) post is wanted, else None.
    """
    available = sorted(notebooks.glob("[0-9]*.ipynb"))
    if not available:
        raise ValueError(f"no notebooks in {notebooks}")
    chosen = available
    if only:
        chosen = [nb for nb in available if any(nb.stem == o or nb.stem.startswith(f"{o}-")
                                               for o in only)]
        missing = [o for o in only if not any(nb.stem == o or nb.stem.startswith(f"{o}-")
                                              for nb in available)]
        if missing:
            raise ValueError(f"unknown notebook(s): {', '.join(missing)} "
                             f"(have: {', '.join(nb.stem for nb in available)})")
    briefing = notebooks / f"{BRIEFING}.ipynb"
    with_briefing = per_post is not None
    declared = {nb: notebook_parameters(nb) for nb in {*chosen, *([briefing] * with_briefing)}}
    known = set().union(*(declared[nb] for nb in chosen))
    if with_briefing:
        known |= set(declared[briefing])
    unknown = sorted(set(params) - known)
    if unknown:
        raise ValueError(f"unknown parameter(s): {', '.join(unknown)} "
                         f"(the notebooks take: {', '.join(sorted(known))})")
    jobs = []
    base = {"processed_dir": str(processed.resolve())}
    for nb in chosen:
        given = {k: v for k, v in {**params, **base}.items() if k in declared[nb]}
        title = str(given.get("title") or declared[nb].get("title")
                    or nb.stem.split("-", 1)[-1].replace("-", " ").capitalize())
        jobs.append(Job(nb.stem, nb, given, title))
    if with_briefing:
        selected = views.select(per_post, params.get("posts"), params.get("families"))
        for post_id, title in views.post_labels(selected.posts).items():
            given = {k: v for k, v in {**params, **base}.items()
                     if k in declared[briefing] and k != "title"}
            given["post_id"] = post_id  # the notebook titles the page from the post itself
            jobs.append(Job(f"post-{safe_name(post_id)}", briefing, given, title, str(post_id)))
    return jobs


def _run_job(job: Job, out: Path, kernel: str, timeout: int, pythonpath: str) -> Result:
    """Execute one notebook with papermill and export it to HTML: in a worker of `run_reports`
    in its warm kernel, elsewhere in a kernel started for this notebook alone."""
    from analysis import runner

    start = time.perf_counter()
    ipynb = out / f"{job.name}.ipynb"
    logs = out / ".logs"
    logs.mkdir(exist_ok=True)
    log = logs / f"{job.name}.log"
    log.write_bytes(b"")
    saved = os.dup(2)
    with open(log, "ab") as stream:
        os.dup2(stream.fileno(), 2)  # papermill's and nbclient's chatter goes to the log
        try:
            error = runner.execute(job.notebook, ipynb, job.parameters, log,
                                   kernel, timeout, pythonpath)
        finally:
            os.dup2(saved, 2)
            os.close(saved)
    if not error:
        log.unlink()  # kept only for the runs that failed
    try:
        export_html(ipynb, out / f"{job.name}.html", job.title, error)
    except Exception as exc:
        error = error or f"{type(exc).__name__}: {exc}"
        _error_page(out / f"{job.name}.html", job.title, error)
    return Result(job, not error, time.perf_counter() - start, error)


@functools.cache
def _exporter() -> Any:
    """The HTML exporter, made once per process (it compiles its templates on first use); it
    validates the notebook once after its preprocessors rather than after each."""
    from nbconvert import HTMLExporter

    return HTMLExporter(template_name=TEMPLATE, extra_template_basedirs=[str(TEMPLATES)],
                        exclude_input=True, exclude_input_prompt=True,
                        exclude_output_prompt=True, embed_images=True,
                        optimistic_validation=True)


def _write(target: Path, text: str) -> None:
    """Write `target` whole or not at all (a temporary file renamed over it)."""
    tmp = target.with_name(f".{target.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, target)


def export_html(ipynb: Path, target: Path, title: str, error: str = "") -> None:
    """Write the executed notebook as offline HTML without code; a failure is shown on top."""
    import nbformat

    nb = nbformat.read(ipynb, as_version=4)
    nb.cells = [c for c in nb.cells if ERROR_TAG not in c.metadata.get("tags", [])]
    failed = [i for i, c in enumerate(nb.cells)
              if any(o.get("output_type") == "error" for o in c.get("outputs", []))]
    if failed:
        nb.cells = nb.cells[:failed[0] + 1]  # the sections after the error would be empty
    if error:
        nb.cells.insert(0, nbformat.v4.new_markdown_cell(
            f'<div class="report-error"><strong>This report stopped with an error.</strong> '
            f"The parts before the error are shown; the error is at the end of the page.<br>"
            f"{_e(error)}</div>"))
    body, _ = _exporter().from_notebook_node(nb, resources={"metadata": {"name": title}})
    _write(target, body)


def _error_page(target: Path, title: str, error: str) -> None:
    css = (TEMPLATES / TEMPLATE / "static" / "briefing.css").read_text(encoding="utf-8")
    _write(target, _page(title, f'<h1>{_e(title)}</h1><div class="report-error">'
                                f"<strong>This report could not be produced.</strong><br>"
                                f"{_e(error)}</div>", css, "briefing"))


def _page(title: str, body: str, css: str, kind: str) -> str:
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
            "img-src data:; style-src 'unsafe-inline'\">"
            f"<title>{_e(title)}</title><style>{css}</style></head>"
            f'<body class="{kind}"><main>{body}</main></body></html>\n')


def write_index(out: Path, results: list[Result], params: dict[str, Any], corpus: dict[str, int],
                started: dt.datetime, seconds: float) -> Path:
    """Write `index.html`: every report with status and time, the corpus and the parameters."""
    css = (TEMPLATES / TEMPLATE / "static" / "briefing.css").read_text(encoding="utf-8")
    order = sorted(results, key=lambda r: (r.job.name.startswith("post-"), r.job.name))
    rows = []
    for r in order:
        status = ('<span class="status-ok">ok</span>' + (" (unchanged)" if r.reused else "")
                  if r.ok else f'<span class="status-failed">failed</span> {_e(r.error)}')
        rows.append(f'<tr><td><a href="{_e(r.job.name)}.html">{_e(r.job.title)}</a></td>'
                    f"<td>{_e(r.job.name)}</td><td>{status}</td>"
                    f'<td class="num">{"—" if r.reused else f"{r.seconds:.1f}"}</td></tr>')
    failed = sum(not r.ok for r in results)
    reused = sum(r.reused for r in results)
    shown = json.loads(json.dumps(params, default=str)) if params else {}
    body = (
        "<h1>NATO posts: briefings</h1>"
        f'<p class="subtitle">Generated {_e(started.strftime("%Y-%m-%d %H:%M"))} in '
        f"{seconds:.0f} s; {len(results)} reports, "
        f"{'all succeeded' if not failed else f'{failed} failed'}"
        f"{f', {reused} unchanged since the run that made them' if reused else ''}.</p>"
        '<dl class="facts">'
        f"<dt>Posts</dt><dd>{corpus.get('posts', 0)}</dd>"
        f"<dt>Notice files</dt><dd>{corpus.get('files', 0)}</dd>"
        f"<dt>Parser problems</dt><dd>{corpus.get('errors', 0)} errors, "
        f"{corpus.get('warnings', 0)} warnings</dd></dl>"
        "<h2>Reports</h2><table><thead><tr><th>Report</th><th>File</th><th>Status</th>"
        f'<th class="num">Seconds</th></tr></thead><tbody>{"".join(rows)}</tbody></table>'
        "<h2>Parameters</h2>"
        + (f'<pre class="params">{_e(yaml.safe_dump(shown, sort_keys=True, allow_unicode=True))}'
           "</pre>" if shown else "<p>Defaults of each notebook.</p>"))
    index = out / "index.html"
    index.write_text(_page("NATO posts: briefings", body, css, "index"), encoding="utf-8")
    return index


def _ensure_processed(processed: Path, raw: Path) -> None:
    if (processed / "posts.parquet").exists():
        return
    if not raw.is_dir():
        raise FileNotFoundError(f"{processed} has no posts.parquet and there is no raw folder "
                                f"{raw} to build it from; run `python -m analysis build` first")
    from analysis import pipeline

    print(f"{processed} has no tables yet: building them from {raw}", file=sys.stderr)
    pipeline.build(raw, processed)
    if not (processed / "posts.parquet").exists():
        raise FileNotFoundError(f"building {raw} did not write {processed / 'posts.parquet'}")


# --- Pages kept from earlier runs -------------------------------------------------------------

def code_version(kernel: str) -> str:
    """A digest of what draws every page: the package's files (code, data, templates), the
    kernel's name, Python's and the page-drawing libraries' versions."""
    digest = hashlib.sha256(f"{kernel}\n{sys.version}\n".encode())
    for name in PAGE_LIBRARIES:
        digest.update(f"{name}={importlib.metadata.version(name)}\n".encode())
    for path in sorted(PACKAGE_DIR.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(PACKAGE_DIR).as_posix().encode() + b"\0")
            digest.update(path.read_bytes())
    return digest.hexdigest()


def row_digests(tables: Any) -> tuple[str, dict[str, str]]:
    """A digest of every table's rows, and one per post of its own rows in every table
    (column names and types included)."""
    corpus, posts = hashlib.sha256(), {}
    for name, df in sorted(vars(tables).items()):
        head = f"{name}{list(df.columns)}{[str(t) for t in df.dtypes]}".encode()
        rows = pd.util.hash_pandas_object(df, index=False).to_numpy()
        corpus.update(head + rows.tobytes())
        for post_id, index in df.groupby("post_id", sort=False).indices.items():
            posts.setdefault(str(post_id), hashlib.sha256()).update(head + rows[index].tobytes())
    return corpus.hexdigest(), {post_id: d.hexdigest() for post_id, d in posts.items()}


def page_keys(jobs: list[Job], tables: Any, kernel: str) -> dict[str, str]:
    """Per job, a key of everything its page is made from: the rows it reads (a per-post
    briefing its post's own, any other notebook every table), the notebook, the parameters
    (the tables' folder aside: their rows count) and the contents of the files they name (a
    draft), the page title and `code_version`."""
    version = code_version(kernel)
    corpus, posts = row_digests(tables)
    notebooks = {nb: hashlib.sha256(nb.read_bytes()).hexdigest() for nb in {j.notebook for j in jobs}}
    keys = {}
    for job in jobs:
        params = {k: v for k, v in job.parameters.items() if k != "processed_dir"}
        rows = posts.get(job.post, "") if job.post else corpus
        files = {k: _file_digest(v) for k, v in params.items() if isinstance(v, str) and v}  # a draft's text
        text = json.dumps([version, notebooks[job.notebook], params, files, job.title, rows],
                          sort_keys=True, default=str)
        keys[job.name] = hashlib.sha256(text.encode()).hexdigest()
    return keys


def _file_digest(value: str) -> str | None:
    """The digest of the file a parameter names (a page made from a file changes with it), else None."""
    try:
        path = Path(value)
        return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else None
    except (OSError, ValueError):
        return None


def read_manifest(folder: Path) -> dict[str, str]:
    """Page name -> key, as the last run in `folder` left them ({} when missing or unreadable)."""
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {k: v for k, v in data.items() if isinstance(k, str) and isinstance(v, str)}


def kept_pages(jobs: list[Job], keys: dict[str, str], target: Path,
               earlier: Path | None = None) -> set[str]:
    """The jobs whose page a run made from the same inputs, in `target` or else in `earlier`
    (the previous dated run, whose page and notebook are then copied into `target`)."""
    kept: set[str] = set()
    for folder in dict.fromkeys(f for f in (target, earlier) if f is not None):
        manifest = read_manifest(folder)
        for job in jobs:
            page = folder / f"{job.name}.html"
            if job.name in kept or manifest.get(job.name) != keys[job.name] or not page.is_file():
                continue
            if folder != target:
                for made in (page, folder / f"{job.name}.ipynb"):
                    if made.is_file():
                        shutil.copy2(made, target / made.name)
            kept.add(job.name)
    return kept


def write_manifest(target: Path, keys: dict[str, str], results: list[Result]) -> None:
    """Record the key of every page this run made or kept; a failed page has none."""
    manifest = read_manifest(target)
    for r in results:
        manifest.pop(r.job.name, None)
        if r.ok:
            manifest[r.job.name] = keys[r.job.name]
    _write(target / MANIFEST, json.dumps(manifest, indent=1, sort_keys=True))


# --- The command ------------------------------------------------------------------------------

def _target(out: Path, dated: bool) -> Path:
    if not dated:
        out.mkdir(parents=True, exist_ok=True)
        return out
    target = out / dt.date.today().isoformat()
    target.mkdir(parents=True, exist_ok=True)
    link, tmp = out / "latest", out / ".latest.tmp"
    tmp.unlink(missing_ok=True)
    tmp.symlink_to(target.name, target_is_directory=True)
    os.replace(tmp, link)
    return target


def _pool(workers: int, kernel: str, timeout: int, logs: Path) -> ProcessPoolExecutor:
    """Worker processes, each starting its warm kernel at once. Forked where the system can:
    the workers then share the modules this process imported (nbformat alone takes seconds)."""
    from analysis import runner

    _exporter()  # imports nbconvert here, once
    fork = "fork" in multiprocessing.get_all_start_methods()
    return ProcessPoolExecutor(
        max_workers=workers, mp_context=multiprocessing.get_context("fork") if fork else None,
        initializer=runner.start_worker,
        initargs=(kernel, timeout, logs, str(PACKAGE_DIR.parent)))


def run_reports(processed: Path, out: Path, only: list[str] | None = None,
                params: dict | None = None, params_file: Path | None = None,
                per_post: bool = False, dated: bool = False, workers: int | None = None,
                raw: Path = Path("data/raw"), notebooks: Path = NOTEBOOKS,
                timeout: int = CELL_TIMEOUT, force: bool = False) -> int:
    """Run the notebooks into HTML under `out`; 0 if all succeeded, 1 if any failed, 2 bad input.

    A page whose key (`page_keys`) is the one recorded by the run that made it is kept, unless
    `force`; with `dated`, the previous dated run's pages count too.
    """
    from tqdm import tqdm

    started, clock = dt.datetime.now(), time.perf_counter()
    processed, out = Path(processed), Path(out)
    try:
        given = collect_params(params, params_file)
        _ensure_processed(processed, Path(raw))
        tables = analysis.load(processed)
        jobs = plan_jobs(Path(notebooks), processed, only, given, tables if per_post else None)
    except (ValueError, FileNotFoundError, yaml.YAMLError) as exc:
        print(f"report: {exc}", file=sys.stderr)
        return 2
    latest = out / "latest"
    earlier = latest.resolve() if dated and latest.is_dir() else None
    target = _target(out, dated)
    kernel = kernel_name()
    keys = page_keys(jobs, tables, kernel)
    kept = set() if force else kept_pages(jobs, keys, target, earlier)
    results = [Result(job, True, 0.0, reused=True) for job in jobs if job.name in kept]
    todo = [job for job in jobs if job.name not in kept]
    if todo:
        logs = target / ".logs"
        logs.mkdir(exist_ok=True)
        n = max(1, min(workers or os.cpu_count() or 1, len(todo)))
        with _pool(n, kernel, timeout, logs) as pool, \
                tqdm(total=len(todo), desc="reports", unit="notebook") as bar:
            futures = [pool.submit(_run_job, job, target, kernel, timeout,
                                   str(PACKAGE_DIR.parent)) for job in todo]
            for future in as_completed(futures):
                result = future.result()
                results.append(result)
                bar.set_postfix_str(result.job.name + ("" if result.ok else " FAILED"))
                bar.update()
        with contextlib.suppress(OSError):
            logs.rmdir()  # gone when every run succeeded
    write_manifest(target, keys, results)
    index = write_index(target, results, given, views.corpus_summary(tables), started,
                        time.perf_counter() - clock)
    for r in sorted(results, key=lambda r: r.job.name):
        if not r.ok:
            print(f"report: {r.job.name} failed: {r.error}", file=sys.stderr)
    print(f"report: {_n(len(results), 'report')} in {target} (open {index})"
          + (f", {len(kept)} unchanged" if kept else ""), file=sys.stderr)
    return 0 if all(r.ok for r in results) else 1
