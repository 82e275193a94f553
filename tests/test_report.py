"""Integration: every notebook runs on the sample corpus through `run_reports`, the pages hold
the expected figures, have no code, load nothing from the network, and show hostile notice
text as text (also checked in headless Chromium)."""

from __future__ import annotations

import contextlib
import json
import os
import re
import select
import shutil
import subprocess
import time
from pathlib import Path

import nbformat
import pytest

from analysis import pipeline, report
from analysis.report import export_html, kernel_name, plan_jobs, run_reports

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw"
NOTEBOOKS = sorted(p.stem for p in (ROOT / "notebooks").glob("*.ipynb"))
HOSTILE_TITLE = "<script>alert(1)</script>"
HOSTILE_DESCRIPTOR = "<img src=x onerror=alert(1)>"


def html_text(page: str) -> str:
    """The visible text of a page (tags removed, entities kept), whitespace folded."""
    return " ".join(re.sub(r"<[^>]+>", " ", page).split())


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> Path:
    """The sample corpus built and reported once (per-post briefings included)."""
    base = tmp_path_factory.mktemp("sample")
    pipeline.build(RAW, base / "processed")
    code = run_reports(base / "processed", base / "reports", per_post=True, workers=2)
    assert code == 0, (base / "reports" / "index.html").read_text(encoding="utf-8")
    return base / "reports"


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> Path:
    """A notice with markup in its title and a competency line, built and reported."""
    base = tmp_path_factory.mktemp("hostile")
    raw = base / "raw"
    raw.mkdir()
    notice = (RAW / "asg-defence-policy-and-planning-250443.txt").read_text(encoding="utf-8")
    notice = notice.replace("Assistant Secretary General, Defence Policy and Planning (250443)",
                            f'Officer {HOSTILE_TITLE} "quoted" \\ Unit (999001)')
    notice = notice.replace("* Self-Control: Stays composed and positive even under extreme "
                            "pressure.", f"* Teamwork: {HOSTILE_DESCRIPTOR}")
    (raw / "hostile-999001.txt").write_text(notice, encoding="utf-8")
    pipeline.build(raw, base / "processed")
    code = run_reports(base / "processed", base / "reports", per_post=True, workers=2,
                       only=["00", "30", "80"])
    assert code == 0
    return base / "reports"


def page(reports: Path, name: str) -> str:
    return (reports / f"{name}.html").read_text(encoding="utf-8")


def test_every_notebook_has_a_page_and_the_index_links_them(sample):
    index = page(sample, "index")
    for name in NOTEBOOKS:
        assert (sample / f"{name}.html").exists()
        assert f'href="{name}.html"' in index
    for post in ("250443", "241656", "240562", "head-policy-planning-unit",
                 "asg-political-affairs-and-security-policy"):
        assert f'href="post-{post}.html"' in index
    assert "Posts</dt><dd>5</dd>" in index and "all succeeded" in index


def test_pages_hold_the_expected_figures(sample):
    experience = html_text(page(sample, "10-experience"))
    assert re.search(r"Defence Policy and Planning \(250443\) ASG 250443 15 ", experience)
    languages = html_text(page(sample, "20-languages"))
    assert re.search(r"\(241656\) Head VI \(Proficiency\) III \(Intermediate\)", languages)
    assert re.search(r"\(250443\) ASG VI \(Proficiency\) I \(Beginner\)", languages)
    staff = html_text(page(sample, "40-staff"))
    assert re.search(r"\(250443\) ASG 250443 90 ", staff)
    assert re.search(r"\(240562\) ASG 240562 80 75 ", staff)
    assert re.search(r"Affairs and Security… ASG asg-political-affairs-and-security-policy 100 ",
                     staff)
    assert re.search(r"\(241656\) Head 241656 — — 6 ", staff)
    committees = html_text(page(sample, "50-committees"))
    for role, name in (("Chair", "Conference of National Armaments Directors (CNAD)"),
                       ("Permanent chair", "Digital Policy Committee"),
                       ("Co-chair", "NATO Standardization Committee"),
                       ("Chair", "Integrated Air and Missile Defence Committee")):
        assert re.search(rf"\(240562\) {re.escape(name)} {role} ", committees)
    for name in ("Defence Policy and Planning Committee (DPPC)", "Resilience Committee (RC)",
                 "Nuclear Planning Group (NPG)"):
        assert re.search(rf"\(241656\) {re.escape(name)} Serves ", committees)
    briefing = html_text(page(sample, "post-250443"))
    assert "Minimum professional experience (years) 15 " in briefing
    assert "Language level, one official language VI " in briefing
    assert "Language level, the other official language I " in briefing
    compare = html_text(page(sample, "90-compare-posts"))
    assert "Staff led 80 90 ≠" in compare, "by default the first two posts (240562, 250443) are compared"


def test_pages_have_no_code_and_load_nothing_from_outside(sample):
    for path in sample.glob("*.html"):
        text = path.read_text(encoding="utf-8")
        assert "jp-InputArea-editor" not in text and "hl-ipython" not in text, path.name
        assert "In&nbsp;[" not in text and "jp-InputPrompt" not in text, path.name
        assert "import analysis" not in text and "show_table(" not in text, path.name
        assert "<script" not in text.lower(), path.name
        assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", text), path.name
        assert "@import" not in text and "url(http" not in text, path.name
        for img in re.findall(r"<img\b[^>]*>", text):
            assert re.search(r'src="data:image/png;base64,', img), (path.name, img[:80])
    assert "<img" in page(sample, "10-experience")


def test_hostile_notice_text_is_shown_as_text(hostile):
    for name in ("00-corpus-overview", "30-competencies", "80-post-briefing", "post-999001",
                 "index"):
        text = page(hostile, name)
        assert "<script" not in text.lower(), name
        assert "onerror=alert" not in re.sub(r"&lt;.*?&gt;", "", text), name
        assert not re.search(r"<img\b(?![^>]*data:image/png)", text), name
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page(hostile, "post-999001")
    assert "&lt;img src=x onerror=alert(1)&gt;" in page(hostile, "30-competencies")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page(hostile, "index")


def test_a_failing_notebook_still_writes_a_page_and_the_others_run(sample, tmp_path):
    notebooks = tmp_path / "notebooks"
    notebooks.mkdir()
    shutil.copy(ROOT / "notebooks" / "10-experience.ipynb", notebooks)
    shutil.copy(ROOT / "notebooks" / "80-post-briefing.ipynb", notebooks)
    processed = sample.parent / "processed"
    code = run_reports(processed, tmp_path / "out", params={"post_id": "no-such-post"},
                       notebooks=notebooks, dated=True)
    assert code == 1
    out = tmp_path / "out" / "latest"
    assert out.is_symlink() and out.resolve().parent == tmp_path / "out"
    failed = html_text(page(out, "80-post-briefing"))
    assert "This report stopped with an error" in failed and "no-such-post" in failed
    assert "<img" in page(out, "10-experience")
    assert 'class="report-error"' not in page(out, "10-experience")
    assert "failed" in page(out, "index")


def test_bad_arguments_give_exit_code_2(sample, tmp_path):
    processed = sample.parent / "processed"
    assert run_reports(processed, tmp_path, only=["nope"]) == 2
    assert run_reports(processed, tmp_path, params={"no_such_param": "1"}) == 2


class Chromium:
    """Just enough of the DevTools protocol over --remote-debugging-pipe to load one page."""

    def __init__(self, binary: str, profile: Path) -> None:
        to_chrome_r, self._to_chrome = os.pipe()
        self._from_chrome, from_chrome_w = os.pipe()

        def wire_pipes() -> None:
            os.dup2(to_chrome_r, 3)
            os.dup2(from_chrome_w, 4)

        self.proc = subprocess.Popen(
            [binary, "--headless", "--no-sandbox", "--disable-gpu",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--no-first-run", "--remote-debugging-pipe", f"--user-data-dir={profile}",
             "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, close_fds=False,
            preexec_fn=wire_pipes)
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self._buffer, self._id, self.events = b"", 0, []

    def send(self, method: str, params: dict | None = None, session: str | None = None,
             timeout: float = 30) -> dict:
        self._id += 1
        message = {"id": self._id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._to_chrome, json.dumps(message).encode() + b"\0")
        reply = self._until(lambda m: m.get("id") == self._id, timeout)
        assert "error" not in reply, reply
        return reply.get("result", {})

    def wait_event(self, method: str, timeout: float = 30) -> dict:
        seen = [e for e in self.events if e.get("method") == method]
        return seen[0] if seen else self._until(lambda m: m.get("method") == method, timeout)

    def _until(self, done, timeout: float) -> dict:
        deadline = time.monotonic() + timeout
        while True:
            while b"\0" in self._buffer:
                raw, self._buffer = self._buffer.split(b"\0", 1)
                message = json.loads(raw)
                if "method" in message:
                    self.events.append(message)
                if done(message):
                    return message
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self._from_chrome], [], [], left)[0]:
                raise TimeoutError("chromium did not answer")
            chunk = os.read(self._from_chrome, 1 << 16)
            if not chunk:
                raise RuntimeError("chromium closed the pipe")
            self._buffer += chunk

    def close(self) -> None:
        with contextlib.suppress(TimeoutError, RuntimeError, OSError):
            self.send("Browser.close", timeout=5)
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        os.close(self._to_chrome)
        os.close(self._from_chrome)


def load_in_chromium(binary: str, profile: Path, url: str) -> tuple[dict, list[dict]]:
    """Open `url`; return what the page shows (images, scripts, text) and the events seen."""
    browser = Chromium(binary, profile)
    try:
        target = browser.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = browser.send("Target.attachToTarget", {"targetId": target, "flatten": True})[
            "sessionId"]
        for domain in ("Page", "Runtime", "Network", "Log"):
            browser.send(f"{domain}.enable", session=session)
        browser.send("Page.navigate", {"url": url}, session=session)
        browser.wait_event("Page.loadEventFired")
        check = ("JSON.stringify({images: [...document.images].map(i => "
                 "({ok: i.complete && i.naturalWidth > 0, data: i.src.startsWith('data:')})), "
                 "scripts: document.scripts.length, text: document.body.innerText})")
        result = browser.send("Runtime.evaluate", {"expression": check, "returnByValue": True},
                              session=session)
        return json.loads(result["result"]["value"]), browser.events
    finally:
        browser.close()


def test_pages_in_headless_chromium(sample, hostile, tmp_path):
    binary = shutil.which("chromium") or shutil.which("chromium-browser")
    if binary is None:
        pytest.skip("chromium is not installed: the browser check needs headless Chromium")
    texts = {}
    for reports, name in ((hostile, "post-999001"), (sample, "30-competencies"),
                          (sample, "index")):
        url = (reports / f"{name}.html").as_uri()
        shown, events = load_in_chromium(binary, tmp_path / name, url)
        texts[name] = shown["text"]
        assert shown["scripts"] == 0
        assert all(i["ok"] and i["data"] for i in shown["images"]), shown["images"]
        methods = {e["method"] for e in events}
        assert "Page.javascriptDialogOpening" not in methods
        assert "Runtime.exceptionThrown" not in methods
        requests = [e["params"]["request"]["url"] for e in events
                    if e["method"] == "Network.requestWillBeSent"]
        assert all(u == url or u.startswith("data:") for u in requests), requests
        errors = [e["params"]["entry"] for e in events if e["method"] == "Log.entryAdded"
                  and e["params"]["entry"]["level"] == "error"]
        assert not errors, errors
    assert HOSTILE_TITLE in texts["post-999001"]
    assert "Competency levels required" not in texts["30-competencies"]  # drawn, not text


def test_a_corpus_without_the_samples_and_an_untitled_post_still_reports(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    text = (RAW / "head-policy-planning-unit.txt").read_text(encoding="utf-8")
    for named in ("Head of the Policy Planning Unit (PPU)", "Head of PPU", "Head Policy Planning Unit"):
        text = text.replace(named, "PPU")
    (raw / "untitled.txt").write_text(text, encoding="utf-8")
    xo = (RAW / "head-divisional-support-section-xo-dpp-241656.txt").read_text(encoding="utf-8")
    (raw / "xo.txt").write_text(xo.replace("241656", "777001"), encoding="utf-8")
    pipeline.build(raw, tmp_path / "processed")
    code = run_reports(tmp_path / "processed", tmp_path / "reports", per_post=True, workers=2,
                       only=["80", "90"])
    assert code == 0, (tmp_path / "reports" / "index.html").read_text(encoding="utf-8")
    assert "untitled" in html_text(page(tmp_path / "reports", "post-untitled"))
    assert "777001" in html_text(page(tmp_path / "reports", "90-compare-posts"))


def same_page(html: str) -> str:
    """A page without the random id papermill gives its injected-parameters cell."""
    return re.sub(r'id="cell-id=[0-9a-f-]+"', "", html)


def test_pages_are_those_of_a_fresh_papermill_run(sample, tmp_path, monkeypatch):
    """Pages rendered in a worker's warm kernel, after other notebooks, are those a new kernel
    gives (the distribution charts of 10 and 40 are left out: their jitter is random)."""
    import papermill

    import analysis

    monkeypatch.setenv("MPLBACKEND", "agg")
    processed = sample.parent / "processed"
    jobs = plan_jobs(report.NOTEBOOKS, processed, None, {}, analysis.load(processed))
    for job in (j for j in jobs if j.name in ("30-competencies", "post-head-policy-planning-unit")):
        papermill.execute_notebook(str(job.notebook), str(tmp_path / f"{job.name}.ipynb"),
                                   parameters=job.parameters, kernel_name=kernel_name(),
                                   cwd=str(job.notebook.parent), progress_bar=False)
        export_html(tmp_path / f"{job.name}.ipynb", tmp_path / f"{job.name}.html", job.title)
        assert same_page(page(tmp_path, job.name)) == same_page(page(sample, job.name)), job.name


def test_unchanged_posts_are_not_rendered_again(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    for name in ("asg-defence-policy-and-planning-250443.txt", "head-policy-planning-unit.txt",
                 "head-divisional-support-section-xo-dpp-241656.txt"):
        shutil.copy(RAW / name, raw / name)
    processed, out = tmp_path / "processed", tmp_path / "reports"

    def run() -> dict[str, int]:
        pipeline.build(raw, processed)
        assert run_reports(processed, out, per_post=True, only=["80"], workers=2) == 0
        return {p.stem: p.stat().st_mtime_ns for p in out.glob("*.html") if p.stem != "index"}

    first = run()
    assert len(first) == 4 and not (out / ".logs").exists()
    assert run() == first, "nothing changed: no page is rendered again"
    assert page(out, "index").count("(unchanged)") == 4
    notice = raw / "asg-defence-policy-and-planning-250443.txt"
    notice.write_text(notice.read_text(encoding="utf-8").replace("at least 15 years",
                                                                 "at least 14 years"),
                      encoding="utf-8")
    third = run()
    rendered = {name for name in first if third[name] != first[name]}
    assert rendered == {"post-250443", "80-post-briefing"}, "that post and the corpus page"
    assert "Minimum professional experience (years) 14 " in html_text(page(out, "post-250443"))
    assert page(out, "index").count("(unchanged)") == 2


def test_a_warm_kernel_starts_each_notebook_afresh(sample, tmp_path):
    """One worker runs four notebooks in turn: no name leaks from one to the next, and after a
    failure the next notebook still runs (in a new kernel)."""
    notebooks = tmp_path / "notebooks"
    notebooks.mkdir()
    parameters = nbformat.v4.new_code_cell('processed_dir = ""', metadata={"tags": ["parameters"]})
    checks = "import os\nassert 'leak' not in globals()\nassert os.getcwd() == NOTEBOOKS"
    for name, code in (("10-defines", "leak = 1\nimport os\nos.chdir('/')"), ("20-checks", checks),
                       ("30-fails", "raise RuntimeError('on purpose')"), ("40-checks", checks)):
        nb = nbformat.v4.new_notebook(cells=[parameters, nbformat.v4.new_code_cell(
            f"NOTEBOOKS = {str(notebooks)!r}\n{code}")])
        nb.metadata.kernelspec = {"name": kernel_name(), "display_name": "k", "language": "python"}
        nbformat.write(nb, notebooks / f"{name}.ipynb")
    out = tmp_path / "out"
    code = run_reports(sample.parent / "processed", out, notebooks=notebooks, workers=1)
    assert code == 1
    index = page(out, "index")
    assert index.count('class="status-ok"') == 3 and "RuntimeError: on purpose" in index
    assert (out / ".logs" / "30-fails.log").exists()
