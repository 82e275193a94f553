"""Unit tests of analysis.ingest: every format from the real sample notices, and broken input."""

from __future__ import annotations

import codecs
import re
import time
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.ingest import IngestError, decode_text, read_document, read_html
from formats import (
    RUNNING_HEADER,
    RUNNING_TITLE,
    cp1252,
    encrypted_pdf,
    huge_text,
    image_only_pdf,
    plain,
    random_bytes,
    sample,
    to_docx,
    to_html_jobboard,
    to_pdf,
    utf16_no_bom,
    write_bytes,
)

DPP = "asg-defence-policy-and-planning-250443.txt"
XO = "head-divisional-support-section-xo-dpp-241656.txt"
DI = "asg-defence-investment-240562.md"
LANG_DPP = ("- possess the following minimum levels of NATO’s official languages (English/French): "
            "VI (“Proficiency”) in one; I (“Beginner”) in the other.")
LANG_FR = ("- avoir au minimum le niveau de compétence VI (« maîtrise ») dans l'une des deux langues "
           "officielles de l'OTAN (anglais/français), et le niveau I (« débutant ») dans l'autre.")
DEADLINE = "Application Deadline: 06-Apr-2025, 9:59:00 PM"


def body_lines(name: str, start: str = "1. SUMMARY") -> list[str]:
    """The sample's lines from `start` on, bullets written "- item" as every reader writes them."""
    lines = [re.sub(r"^[*-]\s+", "- ", ln.strip()) for ln in sample(name).splitlines()]
    lines = [ln for ln in lines if ln]
    return lines[lines.index(start):]


def assert_in_order(expected: list[str], lines: list[str]) -> None:
    """Every expected line is a whole line of `lines`, in the same order."""
    pos = 0
    for want in expected:
        assert want in lines[pos:], f"missing or out of order: {want[:90]!r}"
        pos = lines.index(want, pos) + 1


def fr_split(md: str) -> tuple[str, str]:
    cut = md.index("## Secrétaire")
    return plain(md[:cut]), plain(md[cut:])


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Each sample written once in each format (PDF building is the slow part)."""
    d = tmp_path_factory.mktemp("formats")
    en, fr = fr_split(sample(DI))
    return {
        "dpp.pdf": to_pdf(sample(DPP), d / "dpp.pdf"),
        "xo.pdf": to_pdf(sample(XO), d / "xo.pdf"),
        "di.pdf": to_pdf(en, d / "di.pdf", bilingual_fr=fr),
        "dpp.docx": to_docx(sample(DPP), d / "dpp.docx"),
        "xo.docx": to_docx(sample(XO), d / "xo.docx"),
        "dpp.html": write_bytes(d / "dpp.html", to_html_jobboard(
            sample(DPP), "Assistant Secretary General, Defence Policy and Planning (250443)"
        ).encode("utf-8")),
        "xo.html": write_bytes(d / "xo.html", to_html_jobboard(
            sample(XO), "Head, Divisional Support Section & XO <script>alert(1)</script>"
        ).encode("utf-8")),
    }


# ------------------------------------------------------------------------------ plain text

def test_txt_keeps_every_line_where_it_is() -> None:
    path = Path(__file__).resolve().parents[1] / "data" / "raw" / DPP
    doc = read_document(path, path.parent)
    assert doc.source_file == DPP and doc.format == "txt" and doc.encoding == "utf-8"
    assert doc.lines == path.read_text(encoding="utf-8").split("\n")
    assert doc.lines[32] == LANG_DPP.replace("- ", "* ", 1)


def test_cp1252_and_utf16_bom_decode_to_the_same_text(tmp_path: Path) -> None:
    text = sample(DPP)
    win = read_document(cp1252(tmp_path / "win.txt", text))
    u16 = read_document(write_bytes(tmp_path / "u16.txt", codecs.BOM_UTF16_LE
                                    + text.encode("utf-16-le")))
    sig = read_document(write_bytes(tmp_path / "sig.md", codecs.BOM_UTF8 + text.encode()))
    assert win.text == u16.text == sig.text == text
    assert win.encoding == "cp1252" and "decoded as cp1252" in win.notes
    assert LANG_DPP.replace("- ", "* ", 1) in win.lines
    assert not sig.text.startswith("\ufeff")


def test_mixed_utf8_and_cp1252_lines_decode_each_line() -> None:
    text, encoding = decode_text("Master’s level\n".encode() + "NATO’s official".encode("cp1252"))
    assert text == "Master’s level\nNATO’s official" and encoding == "utf-8+cp1252"


def test_line_breaks_normalised_without_changing_line_count(tmp_path: Path) -> None:
    doc = read_document(write_bytes(tmp_path / "n.txt", b"1. SUMMARY\r\nA\x0cB\rC\xe2\x80\xa8D\n"))
    assert doc.lines == ["1. SUMMARY", "A B", "C D", ""]
    assert doc.lines == [*doc.text.splitlines(), ""]


@pytest.mark.parametrize(("maker", "message"), [
    (lambda p: write_bytes(p, b""), "empty file"),
    (lambda p: write_bytes(p, b" \n\t\r\n"), "no text"),
    (lambda p: random_bytes(p), "binary content"),
    (lambda p: write_bytes(p, b"1. SUMMARY\x00\x00\x00\x01\x02" * 50), "binary content"),
    (lambda p: write_bytes(p, b"1. SUMMARY\x01\x02\x03\x04\x05\x06\x07\x08" * 40), "binary content"),
    (lambda p: utf16_no_bom(p, sample(XO)), "UTF-16 text without a byte-order mark"),
])
def test_broken_text_files_raise_readable_errors(tmp_path: Path, maker, message: str) -> None:
    path = maker(tmp_path / "bad.txt")
    with pytest.raises(IngestError, match=re.escape(message)):
        read_document(path)


def test_oversized_file_is_refused_before_reading(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    path = huge_text(tmp_path / "huge.txt")
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("file was read"))
    start = time.perf_counter()
    with pytest.raises(IngestError, match=r"file too large for a notice \(52 MB > 20 MiB\)"):
        read_document(path)
    assert time.perf_counter() - start < 0.5


def test_unsupported_suffix_and_unreadable_path(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match=re.escape("unsupported file type '.doc'")):
        read_document(write_bytes(tmp_path / "n.doc", b"x"))
    (tmp_path / "dir.txt").mkdir()
    with pytest.raises(IngestError, match="cannot read the file"):
        read_document(tmp_path / "dir.txt")


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=600))
def test_any_bytes_decode_or_raise_ingest_error(data: bytes) -> None:
    try:
        text, _ = decode_text(data)
    except IngestError as exc:
        assert str(exc)
    else:
        assert isinstance(text, str)


# ------------------------------------------------------------------------------------ HTML

def test_html_jobboard_keeps_only_the_notice(made: dict[str, Path]) -> None:
    doc = read_document(made["dpp.html"])
    lines = doc.lines
    assert doc.format == "html"
    assert lines[0] == "Assistant Secretary General, Defence Policy and Planning (250443)"
    assert DEADLINE in lines
    assert "Schedule: Full-time" in lines and "Grade: Unclassified" in lines
    assert LANG_DPP in lines
    assert_in_order(body_lines(DPP), lines)
    for junk in ("cookies", "Cookie settings", "Browse jobs", "Sign in", "Related jobs",
                 "Budget Officer", "Apply now", "Save job", "Share this job", "dataLayer",
                 "tracking", "font-family", "CareerBoard", "enable JavaScript", "Job alerts",
                 "Home", "All rights reserved", "Privacy"):
        assert junk not in doc.text, junk


def test_html_escaped_markup_stays_literal_text(made: dict[str, Path]) -> None:
    lines = read_document(made["xo.html"]).lines
    assert lines[0] == "Head, Divisional Support Section & XO <script>alert(1)</script>"
    assert "Direct reports: 6" in lines and "Indirect reports: N/A" in lines
    assert "- Achievement: Creates own measures of excellence and improves performance;" in lines
    assert_in_order(body_lines(XO), lines)


def test_html_label_value_blocks_breaks_tables_and_charset() -> None:
    page = """<html><head><meta charset="windows-1252"></head><body><main>
      <div class="field"><span class="field-label">NATO Body</span>
        <span class="field-value">NATO International Staff</span></div>
      <div><div>Salary (Pay Basis)</div><div>7,982.00 Euro (EUR) Monthly</div></div>
      <table><tr><th>Grade</th><td>G22</td></tr>
        <tr><td>A</td><td>B</td><td>C</td></tr></table>
      <h2>1. SUMMARY</h2><p>Line one<br>Line&nbsp;two &amp; “three”</p>
      <ol><li>first <em>item</em></li><li><p>second</p><ul><li>nested</li></ul></li></ol>
      <dl><dt>Schedule</dt><dd>Full-time</dd></dl></main></body></html>"""
    text, encoding = read_html(page.encode("cp1252"))
    assert encoding == "windows-1252"
    assert text.split("\n") == [
        "NATO Body: NATO International Staff", "Salary (Pay Basis): 7,982.00 Euro (EUR) Monthly",
        "Grade: G22", "A | B | C", "1. SUMMARY", "Line one", "Line two & “three”",
        "- first item", "- second", "- nested", "Schedule: Full-time"]


def test_html_without_notice_headings_uses_main_and_survives_deep_nesting() -> None:
    text, _ = read_html(b"<nav>Menu</nav><main><p>Just a page</p></main><footer>f</footer>")
    assert text == "Just a page"
    start = time.perf_counter()
    text, _ = read_html(("<div>" * 20000 + "1. SUMMARY<p>x</p>" + "</div>" * 20000).encode())
    assert text == "1. SUMMARY\nx" and time.perf_counter() - start < 5


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet="<>/=\"' abcdivpulhr1&;#\n", max_size=300))
def test_any_markup_renders_without_crashing(markup: str) -> None:
    text, _ = read_html(markup.encode())
    assert "\n\n" not in text


# ------------------------------------------------------------------------------------- PDF

def test_pdf_drops_page_furniture_and_rejoins_wrapped_lines(made: dict[str, Path]) -> None:
    doc = read_document(made["dpp.pdf"])
    lines = doc.lines
    assert doc.format == "pdf" and doc.encoding is None
    assert LANG_DPP in lines
    assert DEADLINE in lines
    assert_in_order(body_lines(DPP), lines)
    assert RUNNING_HEADER not in doc.text and RUNNING_TITLE not in doc.text
    assert not [ln for ln in lines if re.fullmatch(r"(Page )?\d+( of \d+)?", ln)]


def test_pdf_direct_reports_and_bilingual_text(made: dict[str, Path]) -> None:
    assert "Direct reports: 6" in read_document(made["xo.pdf"]).lines
    doc = read_document(made["di.pdf"])
    en, fr = fr_split(sample(DI))
    assert "- possess the following minimum levels of NATO's official languages (English/French): " \
           "VI (\"Proficiency\") in one; I (\"Beginner\") in the other." in doc.lines
    assert LANG_FR in doc.lines
    assert doc.lines.index("4. COMPETENCIES") < doc.lines.index("4. COMPÉTENCES")
    assert RUNNING_HEADER not in doc.text and "Page " not in doc.text
    assert len(doc.lines) < len([ln for ln in (en + fr).splitlines() if ln.strip()]) + 5


@pytest.mark.parametrize(("maker", "message"), [
    (lambda p: encrypted_pdf(p), "password-protected PDF"),
    (lambda p: image_only_pdf(p), "PDF has no text layer (scanned image?); OCR is not supported"),
    (lambda p: random_bytes(p), "not a PDF file"),
    (lambda p: write_bytes(p, b"%PDF-1.7\n" + bytes(range(256)) * 8), "damaged PDF"),
])
def test_broken_pdfs_raise_readable_errors(tmp_path: Path, maker, message: str) -> None:
    with pytest.raises(IngestError, match=re.escape(message)):
        read_document(maker(tmp_path / "bad.pdf"))


def test_pdf_with_empty_user_password_opens(tmp_path: Path) -> None:
    doc = read_document(encrypted_pdf(tmp_path / "open.pdf", user_password=""))
    assert doc.text.endswith("Assistant Secretary General, Defence Investment-240562")


def test_truncated_pdf_is_damaged(made: dict[str, Path], tmp_path: Path) -> None:
    data = made["dpp.pdf"].read_bytes()
    with pytest.raises(IngestError, match="damaged PDF"):
        read_document(write_bytes(tmp_path / "cut.pdf", data[: len(data) // 2]))


def test_pdf_content_under_a_txt_name_is_read_as_pdf(made: dict[str, Path],
                                                     tmp_path: Path) -> None:
    doc = read_document(write_bytes(tmp_path / "x.txt", made["xo.pdf"].read_bytes()))
    assert doc.format == "pdf" and "Direct reports: 6" in doc.lines
    assert doc.notes == ("content is PDF although the name ends .txt",)


# ------------------------------------------------------------------------------------ DOCX

def test_docx_paragraphs_lists_and_tables_in_body_order(made: dict[str, Path]) -> None:
    lines = read_document(made["dpp.docx"]).lines
    assert lines.index("Job Description - Assistant Secretary General, Defence Policy and "
                       "Planning (250443)") < lines.index(DEADLINE) < lines.index("1. SUMMARY")
    assert "Primary Location: NATO International Staff (NATO IS)" in lines
    assert LANG_DPP in lines
    assert_in_order(body_lines(DPP), lines)
    xo = read_document(made["xo.docx"]).lines
    assert "Direct reports: 6" in xo
    assert "- have at least 5 years’ relevant experience;" in xo


@pytest.mark.parametrize(("data", "message"), [
    (b"PK\x03\x04 truncated zip", "damaged .docx"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "legacy Word .doc or password-protected"),
    (b"plain text saved as docx", "not a .docx file (not a zip archive)"),
])
def test_broken_docx_raise_readable_errors(tmp_path: Path, data: bytes, message: str) -> None:
    with pytest.raises(IngestError, match=re.escape(message)):
        read_document(write_bytes(tmp_path / "bad.docx", data))


def test_zip_that_is_not_a_word_document(tmp_path: Path) -> None:
    path = tmp_path / "notword.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("hello.txt", "1. SUMMARY")
    with pytest.raises(IngestError, match=re.escape("damaged .docx")):
        read_document(path)
