"""Render probe notice sources (NAME.source.txt) into PDF and DOCX files, for the probe sets that ship them.

Each set's render.py holds its CONFIG (file stem -> format and running header/footer) and calls
`render(folder, CONFIG)`. It reads nothing but the .source.txt files and writes the .pdf/.docx files
beside them; it never imports the parser.

Source markup (one construct per line):
  "= X"      banner line (centred, bold)
  "# X"      title / level-1 heading (Word "Heading 1")
  "## X"     section heading (Word "Heading 2" in DOCX when "#" is used for sections)
  "### X"    sub-heading
  "- X"      bullet item (PDF: "•" with hanging indent; DOCX: "List Bullet" style)
  "#. X" or "N. X" (DOCX only for "N. ")  numbered item (PDF: "1." "2." ...; DOCX: "List Number"
             style, numbering restarted for every list)
  "| a | b |" two-column header table (PDF: cells with borders; DOCX: Word table "Table Grid")
  "**X**"    bold span inside a line
  blank line = paragraph gap
"""
import re
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from fpdf import FPDF
from fpdf.fonts import FontFace

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
NUM_RE = re.compile(r"^(?:#|\d+)\.\s+")
BOLD_RE = re.compile(r"\*\*(.+?)\*\*")

def parse(text):
    """Yield (kind, payload) blocks from the markup."""
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("|"):
            rows = []
            while i < len(lines) and lines[i].startswith("|"):
                cells = [c.strip() for c in lines[i].strip().strip("|").split("|")]
                rows.append(cells)
                i += 1
            yield "table", rows
            continue
        if not line.strip():
            yield "blank", ""
        elif line.startswith("= "):
            yield "banner", line[2:]
        elif line.startswith("### "):
            yield "h3", line[4:]
        elif line.startswith("## "):
            yield "h2", line[3:]
        elif line.startswith("# "):
            yield "h1", line[2:]
        elif line.startswith("- "):
            yield "bullet", line[2:]
        elif NUM_RE.match(line):
            yield "number", NUM_RE.sub("", line, count=1)
        else:
            yield "para", line
        i += 1


# ---------------------------------------------------------------- PDF

class NoticePDF(FPDF):
    def __init__(self, left, right, footer_mark=None):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.run_left, self.run_right, self.footer_mark = left, right, footer_mark
        for style, fname in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"),
                             ("I", "DejaVuSans-Oblique.ttf"), ("BI", "DejaVuSans-BoldOblique.ttf")):
            self.add_font("DejaVu", style, str(FONT_DIR / fname))
        self.set_margins(20, 22, 20)
        self.set_auto_page_break(True, margin=20)

    def header(self):
        self.set_font("DejaVu", "B", 8)
        self.set_text_color(90, 90, 90)
        self.set_xy(self.l_margin, 10)
        self.cell(0, 5, self.run_left, align="L")
        self.set_xy(self.l_margin, 10)
        self.set_font("DejaVu", "", 8)
        self.cell(0, 5, self.run_right, align="R")
        self.set_draw_color(150, 150, 150)
        self.line(self.l_margin, 16, self.w - self.r_margin, 16)
        self.set_text_color(0, 0, 0)
        self.set_y(22)

    def footer(self):
        self.set_y(-14)
        self.set_font("DejaVu", "", 8)
        self.set_text_color(90, 90, 90)
        if self.footer_mark:
            self.cell(0, 4, self.footer_mark, align="C", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="C")
        self.set_text_color(0, 0, 0)


def render_pdf(blocks, out, cfg):
    pdf = NoticePDF(cfg["left"], cfg["right"], cfg.get("footer_mark"))
    pdf.add_page()
    body = 10
    lh = 5
    num = 0
    for kind, payload in blocks:
        if kind != "number":
            num = 0
        if kind == "blank":
            pdf.ln(2)
        elif kind == "banner":
            pdf.set_font("DejaVu", "B", 12)
            pdf.multi_cell(0, 6, payload, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "h1":
            pdf.ln(2)
            pdf.set_font("DejaVu", "B", 13)
            pdf.multi_cell(0, 6.5, payload, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "h2":
            pdf.ln(2)
            pdf.set_font("DejaVu", "B", 11)
            pdf.multi_cell(0, 6, payload, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.5)
        elif kind == "h3":
            pdf.set_font("DejaVu", "B", body)
            pdf.multi_cell(0, lh + 0.5, payload, new_x="LMARGIN", new_y="NEXT")
        elif kind in ("bullet", "number"):
            if kind == "number":
                num += 1
                mark = f"{num}."
            else:
                mark = "•"
            pdf.set_font("DejaVu", "", body)
            old = pdf.l_margin
            pdf.set_x(old + 3)
            pdf.cell(5, lh, mark)
            pdf.set_left_margin(old + 8)
            pdf.multi_cell(0, lh, payload, markdown=True, new_x="LMARGIN", new_y="NEXT")
            pdf.set_left_margin(old)
            pdf.set_x(old)
            pdf.ln(0.8)
        elif kind == "para":
            pdf.set_font("DejaVu", "", body)
            pdf.multi_cell(0, lh, payload, markdown=True, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.8)
        elif kind == "table":
            pdf.set_font("DejaVu", "", 9.5)
            pdf.set_draw_color(0, 0, 0)
            with pdf.table(col_widths=(38, 62), text_align="LEFT", line_height=5.5,
                           first_row_as_headings=False, borders_layout="ALL",
                           padding=1.5) as table:
                for r in rows_of(payload):
                    row = table.row()
                    row.cell(r[0], style=FontFace(emphasis="BOLD"))
                    row.cell(r[1])
            pdf.ln(3)
    pdf.output(str(out))


def rows_of(rows):
    return [[*r, ""][:2] for r in rows]


# ---------------------------------------------------------------- DOCX

def add_runs(par, text):
    pos = 0
    for m in BOLD_RE.finditer(text):
        if m.start() > pos:
            par.add_run(text[pos:m.start()])
        par.add_run(m.group(1)).bold = True
        pos = m.end()
    if pos < len(text):
        par.add_run(text[pos:])


def add_field(par, instr):
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    par._p.append(fld)


class Numbering:
    """Gives each numbered list its own w:num so Word restarts at 1."""

    def __init__(self, document):
        self.doc = document
        style = document.styles["List Number"]
        numpr = style.element.pPr.numPr
        self.base_num_id = int(numpr.numId.val)
        numbering = document.part.numbering_part.element
        self.numbering = numbering
        self.abstract_id = None
        for num in numbering.findall(qn("w:num")):
            if int(num.get(qn("w:numId"))) == self.base_num_id:
                self.abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
        ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
        self.next_id = max(ids) + 1

    def new_list(self):
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), str(self.next_id))
        abs_el = OxmlElement("w:abstractNumId")
        abs_el.set(qn("w:val"), self.abstract_id)
        num.append(abs_el)
        ov = OxmlElement("w:lvlOverride")
        ov.set(qn("w:ilvl"), "0")
        so = OxmlElement("w:startOverride")
        so.set(qn("w:val"), "1")
        ov.append(so)
        num.append(ov)
        self.numbering.append(num)
        self.next_id += 1
        return self.next_id - 1

    @staticmethod
    def apply(par, num_id):
        pPr = par._p.get_or_add_pPr()
        numPr = OxmlElement("w:numPr")
        ilvl = OxmlElement("w:ilvl")
        ilvl.set(qn("w:val"), "0")
        nid = OxmlElement("w:numId")
        nid.set(qn("w:val"), str(num_id))
        numPr.append(ilvl)
        numPr.append(nid)
        pPr.append(numPr)


def render_docx(blocks, out, cfg):
    d = docx.Document()
    normal = d.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = cfg["header"]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Page ")
    add_field(fp, "PAGE")
    fp.add_run(" of ")
    add_field(fp, "NUMPAGES")
    numbering = Numbering(d)
    current_num = None
    for kind, payload in blocks:
        if kind != "number":
            current_num = None
        if kind == "blank":
            continue
        if kind == "banner":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(payload)
            r.bold = True
            r.font.size = Pt(12)
        elif kind == "h1":
            add_runs(d.add_heading(level=1), payload)
        elif kind == "h2":
            add_runs(d.add_heading(level=2), payload)
        elif kind == "h3":
            add_runs(d.add_heading(level=3), payload)
        elif kind == "bullet":
            add_runs(d.add_paragraph(style="List Bullet"), payload)
        elif kind == "number":
            if current_num is None:
                current_num = numbering.new_list()
            p = d.add_paragraph(style="List Number")
            Numbering.apply(p, current_num)
            add_runs(p, payload)
        elif kind == "para":
            add_runs(d.add_paragraph(), payload)
        elif kind == "table":
            rows = rows_of(payload)
            t = d.add_table(rows=len(rows), cols=2)
            t.style = "Table Grid"
            for i, (k, v) in enumerate(rows):
                c0, c1 = t.rows[i].cells
                c0.text = ""
                c0.paragraphs[0].add_run(k).bold = True
                c1.text = v
                c0.width, c1.width = Cm(5.5), Cm(11.0)
            d.add_paragraph()
    d.save(str(out))


def render(folder: Path, config: dict) -> None:
    """Write FOLDER/STEM.pdf or .docx for each STEM of config, from FOLDER/STEM.source.txt."""
    for stem, cfg in config.items():
        blocks = list(parse((folder / f"{stem}.source.txt").read_text(encoding="utf-8")))
        out = folder / f"{stem}.{cfg['fmt']}"
        (render_pdf if cfg["fmt"] == "pdf" else render_docx)(blocks, out, cfg)
        print("wrote", out.name)
