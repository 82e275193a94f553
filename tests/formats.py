"""Build notice files in every supported format from the real sample notices (test fixtures)."""

from __future__ import annotations

import html
import os
import re
from pathlib import Path

RAW = Path(__file__).resolve().parents[1] / "data" / "raw"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
RUNNING_HEADER = "NATO UNCLASSIFIED"
RUNNING_TITLE = "International Staff - Vacancy Notification"

_BULLET = re.compile(r"^\s*(?:[-*•]|o(?=[A-Z]))\s*")
_HEADING = re.compile(r"^(?:\d{1,2}\.\s*)?[A-ZÉÈ][A-ZÉÈ ,&/()’'-]+:?$")
_MD = re.compile(r"\*\*|__|^#+\s*|\[([^\]]+)\]\([^)]+\)|</?b>")
_LABELS = ("Primary Location", "NATO Body", "Schedule", "Application Deadline",
           "Salary (Pay Basis)", "Grade")


def sample(name: str) -> str:
    """Text of a real sample notice in data/raw (never modified)."""
    return (RAW / name).read_text(encoding="utf-8")


def plain(text: str) -> str:
    """Notice text with Markdown markup removed (for the .md sample)."""
    return "\n".join(_MD.sub(lambda m: m.group(1) or "", ln).strip() for ln in text.splitlines())


def blocks(text: str) -> list[tuple[str, str]]:
    """Classify each non-empty line: ("h", heading), ("li", item), ("kv", "L\\tv"), ("p", text)."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    out: list[tuple[str, str]] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        label = next((lb for lb in _LABELS if line == lb or line.startswith(lb + " ")
                      or line.startswith(lb + ":")), None)
        if label and line.rstrip(":") == label and i + 1 < len(lines):
            out.append(("kv", f"{label}\t{lines[i + 1]}"))
            i += 2
            continue
        if label:
            out.append(("kv", f"{label}\t{line[len(label):].lstrip(': ').strip()}"))
        elif _BULLET.match(line) and len(line) > 2:
            out.append(("li", _BULLET.sub("", line, count=1)))
        elif _HEADING.match(line) and len(line) < 70:
            out.append(("h", line))
        else:
            out.append(("p", line))
        i += 1
    return out


def to_html_jobboard(text: str, title: str) -> str:
    """The notice inside a realistic job-board page (nav, cookies, scripts, related jobs...)."""
    esc = html.escape
    meta = "".join(f"<div class=\"meta-row\"><dt>{esc(k)}</dt><dd>{esc(v)}</dd></div>"
                   for kind, kv in blocks(text) if kind == "kv" for k, v in [kv.split("\t")])
    body: list[str] = []
    items: list[str] = []

    def close_list() -> None:
        if items:
            body.append("<ul>\n" + "\n".join(f"  <li>{i}</li>" for i in items) + "\n</ul>")
            items.clear()

    for kind, value in blocks(text):
        if kind == "li":
            head, sep, rest = value.partition(": ")
            items.append(f"<strong>{esc(head)}</strong>: {esc(rest)}" if sep and len(head) < 40
                         else esc(value))
            continue
        close_list()
        if kind == "h":
            body.append(f"<h2>{esc(value)}</h2>")
        elif kind == "p":
            body.append(f"<p>{esc(value)}</p>")
    close_list()
    related = "".join(f'<li><a href="/jobs/{n}">{esc(t)}</a> <span>Brussels</span></li>'
                      for n, t in ((101, "Budget Officer"), (102, "Senior Policy Adviser"),
                                   (103, "Head, Cyber Defence Section")))
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(title)} | CareerBoard</title>
<style>body {{ font-family: sans-serif; }} .SUMMARY {{ color: red; }}</style>
<script>window.dataLayer = []; function track() {{ return "QUALIFICATIONS tracking"; }}</script>
</head>
<body class="job-page">
<div id="cookie-banner" class="cookie-consent" role="dialog">
  <p>We use cookies to improve your experience on CareerBoard.</p>
  <button>Accept all cookies</button><a href="/privacy">Cookie settings</a>
</div>
<header class="site-header"><a href="/">CareerBoard</a>
<nav><ul><li><a href="/jobs">Browse jobs</a></li><li><a href="/employers">Employers</a></li>
<li><a href="/login">Sign in</a></li></ul></nav></header>
<div class="breadcrumbs"><a href="/">Home</a> &gt; <a href="/jobs">Jobs</a> &gt;
<a href="/jobs/belgium">Belgium</a></div>
<main id="content">
 <article class="job-posting">
  <h1 class="job-title">{esc(title)}</h1>
  <a class="btn btn-primary apply" href="/apply/1">Apply now</a>
  <section class="job-meta"><dl>{meta}</dl></section>
  <div class="job-description">
{chr(10).join(body)}
  </div>
  <footer class="job-actions"><a class="btn" href="/apply/1">Apply now</a>
  <a href="/save">Save job</a> <a href="/share">Share this job</a></footer>
 </article>
 <section class="related-jobs"><h2>Related jobs</h2><ul>{related}</ul></section>
</main>
<aside class="sidebar"><h3>Job alerts</h3><p>Get similar jobs by email.</p></aside>
<footer class="site-footer"><p>© 2025 CareerBoard Ltd. All rights reserved.</p>
<ul><li><a href="/terms">Terms</a></li><li><a href="/privacy">Privacy</a></li>
<li><a href="/contact">Contact</a></li></ul></footer>
<noscript>Please enable JavaScript to use CareerBoard.</noscript>
<script src="/static/app.js"></script>
</body></html>
"""


def _pdf(unicode_font: bool = True):
    from fpdf import FPDF

    class NoticePDF(FPDF):
        def header(self) -> None:
            self.set_font(self.font_family, size=8)
            self.cell(0, 5, RUNNING_HEADER, align="C", new_x="LMARGIN", new_y="NEXT")
            self.cell(0, 5, RUNNING_TITLE, align="C", new_x="LMARGIN", new_y="NEXT")
            self.ln(3)

        def footer(self) -> None:
            self.set_y(-15)
            self.set_font(self.font_family, size=8)
            self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")

    pdf = NoticePDF(format="A4")
    pdf.set_margins(35, 20, 55)  # a narrow column so that lines wrap mid-sentence
    if unicode_font and DEJAVU.exists():
        pdf.add_font("DejaVu", "", str(DEJAVU))
        pdf.set_font("DejaVu", size=10)
    else:
        pdf.set_font("Helvetica", size=10)
    return pdf


def _latin1(text: str) -> str:
    table = {"“": '"', "”": '"', "’": "'", "‘": "'", "–": "-", "—": "-", "•": "-", "…": "..."}
    text = "".join(table.get(c, c) for c in text)
    return text.encode("latin-1", "replace").decode("latin-1")


def _write_notice(pdf, text: str) -> None:
    unicode_font = pdf.font_family == "dejavu"
    for kind, value in blocks(text):
        value = value.replace("\t", ": ")
        value = value if unicode_font else _latin1(value)
        bullet = "•" if unicode_font else "-"
        if kind == "li":
            pdf.set_x(pdf.l_margin)
            pdf.cell(5, 5, bullet)
            pdf.multi_cell(0, 5, value, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.multi_cell(0, 5, value, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)


def to_pdf(text: str, path: Path, bilingual_fr: str | None = None) -> Path:
    """A NATO-style PDF: running header/footer, page numbers, narrow lines; French appended."""
    pdf = _pdf()
    pdf.add_page()
    _write_notice(pdf, text)
    if bilingual_fr:
        pdf.add_page()
        _write_notice(pdf, bilingual_fr)
    pdf.output(str(path))
    return path


def encrypted_pdf(path: Path, user_password: str = "s3cret") -> Path:
    """A PDF that needs a password to open (AES-128)."""
    from fpdf.enums import EncryptionMethod

    pdf = _pdf()
    pdf.add_page()
    pdf.multi_cell(0, 5, "Assistant Secretary General, Defence Investment-240562")
    pdf.set_encryption(owner_password="owner", user_password=user_password,
                       encryption_method=EncryptionMethod.AES_128)
    pdf.output(str(path))
    return path


def image_only_pdf(path: Path) -> Path:
    """A 'scanned' PDF: one page holding a picture of text, with no text layer."""
    from fpdf import FPDF
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (600, 800), "white")
    draw = ImageDraw.Draw(image)
    for y in range(40, 760, 24):
        draw.rectangle((40, y, 40 + (y * 7) % 480 + 60, y + 10), fill="black")
    pdf = FPDF()
    pdf.add_page()
    pdf.image(image, x=10, y=10, w=190)
    pdf.output(str(path))
    return path


def to_docx(text: str, path: Path) -> Path:
    """A Word notice: Heading styles, List Bullet items, and the header block as a 2-column table."""
    from docx import Document

    doc = Document()
    parts = blocks(text)
    header = [kv.split("\t") for kind, kv in parts if kind == "kv"]
    table_done = False
    for kind, value in parts:
        if kind == "kv":
            if not table_done:
                table = doc.add_table(rows=0, cols=2)
                for label, val in header:
                    cells = table.add_row().cells
                    cells[0].text, cells[1].text = label, val
                table_done = True
        elif kind == "h":
            doc.add_heading(value, level=2)
        elif kind == "li":
            doc.add_paragraph(value, style="List Bullet")
        else:
            doc.add_paragraph(value)
    doc.save(str(path))
    return path


def write_bytes(path: Path, data: bytes) -> Path:
    """Write `data` to `path` and return the path."""
    path.write_bytes(data)
    return path


def random_bytes(path: Path, size: int = 8192, seed: int = 7) -> Path:
    """Reproducible random bytes (e.g. under a .pdf or .txt name)."""
    import random

    return write_bytes(path, random.Random(seed).randbytes(size))


def utf16_no_bom(path: Path, text: str) -> Path:
    """Text saved as UTF-16-LE without a byte-order mark."""
    return write_bytes(path, text.encode("utf-16-le"))


def cp1252(path: Path, text: str) -> Path:
    """Text saved in Windows-1252 (curly quotes become bytes 0x93/0x94/0x92)."""
    return write_bytes(path, text.encode("cp1252"))


def huge_text(path: Path, size: int = 50 * 1024 * 1024) -> Path:
    """A `size`-byte text file made cheaply (sparse): one real line, then truncate."""
    with path.open("wb") as fh:
        fh.write(b"1. SUMMARY\n" * 100)
        fh.truncate(size)
    assert os.path.getsize(path) == size
    return path
