"""Bytes to text: read one notice file of any supported format into a `Document`.

Every reader returns text with one paragraph, list item ("- item"), heading or
"Label: value" pair per line; line numbers in all tables count lines of that text.
bs4, pypdf and python-docx are imported inside their readers so that plain text stays fast.
"""

from __future__ import annotations

import codecs
import hashlib
import io
import math
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache, cached_property
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Any

from analysis.reference import fold, header_labels, headings, post_families, read_csv

if TYPE_CHECKING:
    from bs4 import BeautifulSoup, Tag

SUFFIXES = {".txt": "txt", ".md": "md", ".html": "html", ".htm": "html", ".pdf": "pdf",
            ".docx": "docx"}
MAX_BYTES = 20 * 1024 * 1024

_GLYPHS = "\u2022\u25cf\u25aa\u25a0\u25e6\u2023\u2043\u00b7\uf0b7\uf0a7\uf076"
_BULLET_GLYPHS = re.compile(f"^[{_GLYPHS}]\\s*")
_ODD_BREAKS = re.compile("[\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]")
_SPACE_RUN = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]{4,}")
RUN_LIMIT = 32  # longer runs of one character are cut to this length
_CHAR_RUN = re.compile(rf"(.)\1{{{RUN_LIMIT},}}")
_STRIDE = RUN_LIMIT // 4  # a run longer than RUN_LIMIT holds four consecutive samples taken this far apart
_SAMPLED_RUN = re.compile(r"(.)\1{3}")
_INVISIBLE = str.maketrans({"\u200b": None, "\u00ad": None, "\ufeff": None, "\xa0": " ",
                            "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi",
                            "\ufb04": "ffl"})


class IngestError(Exception):
    """A file that cannot be turned into text; the message goes to `problems`."""


@dataclass(frozen=True)
class Document:
    """The text of one notice; `line` numbers in every table count lines of `text`."""

    source_file: str
    format: str
    text: str
    encoding: str | None = None
    notes: tuple[str, ...] = field(default=())
    columns: Columns | None = None  # a page in two columns side by side: where each line's right column starts

    @property
    def lines(self) -> list[str]:
        return self.text.split("\n")

    @cached_property
    def digest(self) -> str:
        """Hash of the text with whitespace folded: equal for the same notice saved twice."""
        return hashlib.sha1(" ".join(self.text.split()).encode("utf-8")).hexdigest()


# --------------------------------------------------------------------------- plain text

def _utf16_without_bom(sample: bytes) -> bool:
    """True when NULs sit mostly at every other byte: ASCII text saved as UTF-16."""
    half = len(sample) // 2
    if half < 2:
        return False
    even = sample[0::2].count(0) / half
    odd = sample[1::2].count(0) / half
    return max(even, odd) > 0.4 and min(even, odd) < 0.05


@cache
def _label_names() -> frozenset[str]:
    """Header-block labels (casefolded) that job boards print above a notice, from header_labels.csv."""
    return frozenset(r["label"].casefold() for r in read_csv("header_labels.csv"))


@cache
def _notice_headings() -> re.Pattern[str]:
    """Section headings (as printed, upper case) and header labels that locate a notice on a web page."""
    heads = {r["heading"].upper() for r in read_csv("headings.csv")}
    labels = {w for r in read_csv("header_labels.csv") for w in r["written"].split("|") if w and " " in w}
    return re.compile(r"\b(" + "|".join(re.escape(t) for t in sorted(heads | labels, key=len, reverse=True))
                      + r")\b")


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode bytes by BOM, then strict UTF-8, then cp1252 (line by line when mixed)."""
    for bom, name in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                      (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                      (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError as exc:
                raise IngestError(
                    f"starts with a {name} byte-order mark but does not decode: {exc}") from None
    head = data[:4096]
    if b"\x00" in head:
        if _utf16_without_bom(head):
            raise IngestError("UTF-16 text without a byte-order mark; save it as UTF-8")
        raise IngestError("binary content (NUL bytes), not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    lines = data.split(b"\n")
    mixed = sum(1 for ln in lines if not ln.isascii() and _is_utf8(ln))
    try:
        if mixed:
            text = "\n".join(ln.decode("utf-8") if _is_utf8(ln) else ln.decode("cp1252")
                             for ln in lines)
        else:
            text = data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise IngestError(f"unknown text encoding (not UTF-8, UTF-16 or cp1252): {exc}") from None
    if _looks_binary(text):
        raise IngestError("binary content, not text")
    return text, "utf-8+cp1252" if mixed else "cp1252"


def _is_utf8(chunk: bytes) -> bool:
    try:
        chunk.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    controls = len(_CONTROL.findall(sample))
    return bool(sample) and controls / len(sample) > 0.02


def _normalise_newlines(text: str) -> str:
    """CRLF/CR to LF; other Unicode line breaks to spaces, so `split('\\n')` == the lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _ODD_BREAKS.sub(" ", text) if _ODD_BREAKS.search(text) else text


def read_plain(data: bytes) -> tuple[str, str]:
    """Read .txt/.md bytes keeping every line where it is."""
    text, encoding = decode_text(data)
    if _looks_binary(text):
        raise IngestError("binary content, not text")
    return _normalise_newlines(text.lstrip("\ufeff")), encoding


def read_markdown(data: bytes) -> tuple[str, str]:
    """Read .md bytes as .txt, a converter's backslash escapes undone ("## 3\\. MAIN ACCOUNTABILITIES", "\\*") and
    its words hyphenated at a cell's line break joined."""
    text, encoding = read_plain(data)
    text = _MD_HYPHEN_BREAK.sub("", text) if "<br" in text else text
    return _MD_ESCAPE.sub(r"\1", text), encoding


_MD_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")  # a backslash before ASCII punctuation (CommonMark's escapes)
# A word hyphenated at a line break inside a converted table's cell: "| Customer Service Orienta-<br>tion |".
_MD_HYPHEN_BREAK = re.compile(r"(?<=[^\W\d_]{2})-<br\s*/?>(?=[a-zß-öø-ÿ]{2})")  # (not "Civil-<br>Military")


def _fold(text: str) -> str:
    return " ".join(text.translate(_INVISIBLE).split())


def _bulletise(line: str) -> str:
    """A line starting with a bullet glyph becomes "- item"."""
    return _BULLET_GLYPHS.sub("- ", line) if _BULLET_GLYPHS.match(line) else line


# --------------------------------------------------------------------------------- HTML

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)
_BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
    "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "h1", "h2", "h3",
    "h4", "h5", "h6", "header", "hr", "html", "li", "main", "ol", "p", "pre", "section",
    "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
})
_DROP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "canvas", "iframe",
                        "object", "embed", "nav", "aside", "form", "button", "select", "input",
                        "textarea", "dialog", "head", "title", "meta", "link"})
_BOILERPLATE_ATTR = re.compile(
    r"cookie|consent|gdpr|banner|breadcrumb|navbar|nav-|menu|sidebar|related|similar|"
    r"recommend|more-jobs|other-jobs|social|share(?!d)|newsletter|modal|popup|skip-link|advert",  # (not a post's
    # "feed-shared-update")
    re.I)
_CTA_TEXT = re.compile(
    r"^(apply( now| for this (job|position))?|save( job)?|share( this job)?|print|"
    r"email this job|back( to (search|results|jobs))?|sign in|log in|register|"
    r"accept( all)?( cookies)?|reject( all)?|cookie settings|manage cookies|close|×)$", re.I)
_TOGGLE_ATTR = re.compile(r"accordion|collaps|toggle|expand", re.I)  # a button that opens a section of the page
_LABEL_CLASS = re.compile(r"label|key|term|field-name|meta-name|caption", re.I)
# A banner that states a fact of the posting is kept: its class names the fact ("banner--deadline"), or its text
# a deadline ("Applications close on 1 December 2025").
_FACT_ATTR = re.compile(r"deadline|closing|expir|salary|grade|reference|contract", re.I)
_REF_TEXT = re.compile(r"\brequisition\s*(?:#|id\b|no\b|number\b)|\bvacancy\s+(?:number|no\b|ref)", re.I)
_FACT_TEXT = re.compile(r"\b(?:deadline|closing\s+date|applications?(?:\s+for\s+(?:this|the)\s+(?:vacancy|post|"
                        r"position))?\s+close|apply\s+(?:by|before)|date\s+limite)\b",
                        re.I)  # ("Applications for this vacancy close on ...")


def _decode_html(data: bytes) -> tuple[str, str]:
    """Decode by BOM, then the declared <meta charset>, then UTF-8 / cp1252."""
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return decode_text(data)
    declared = _META_CHARSET.search(data[:4096])
    if declared:
        name = declared.group(1).decode("ascii", "replace").lower()
        name = "cp1252" if name in ("iso-8859-1", "latin-1", "latin1", "us-ascii") else name
        try:
            codecs.lookup(name)
            if "16" not in name and "32" not in name:
                return data.decode(name), name
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_text(data)


def _attrs_text(tag: Tag) -> str:
    classes = tag.get("class") or []
    return " ".join([*classes, str(tag.get("id") or ""), str(tag.get("role") or ""),
                     str(tag.get("aria-label") or "")])


def _is_hidden(tag: Tag) -> bool:
    style = str(tag.get("style") or "").replace(" ", "").lower()
    return (tag.has_attr("hidden") or str(tag.get("aria-hidden")).lower() == "true"
            or "display:none" in style or "visibility:hidden" in style)


@dataclass
class _Stat:
    """Text size, link text size, link count and notice headings inside one element."""

    chars: int = 0
    link_chars: int = 0
    links: int = 0
    heads: set[str] = field(default_factory=set)
    text: str = ""  # the folded text itself, kept only while it is short


_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "strong", "b", "dt", "th"})
_SECTION_NUMBER = re.compile(r"^\s*(?:\d{1,2}|[IVX]{1,4})\s*[.)]\s*")


def _stats(root: Tag) -> dict[int, _Stat]:
    """Per-element `_Stat`, computed bottom-up in one pass (linear even for deep nesting)."""
    from bs4 import NavigableString, Tag

    stats: dict[int, _Stat] = {}
    stack: list[tuple[Any, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        if not done:
            stack.append((node, True))
            stack.extend((c, False) for c in node.children if isinstance(c, Tag))
            continue
        st = _Stat()
        for child in node.children:
            if isinstance(child, Tag):
                sub = stats[id(child)]
                st.chars += sub.chars
                st.link_chars += sub.link_chars
                st.links += sub.links
                st.heads |= sub.heads
                st.text += " " + sub.text if st.chars <= 40 else ""
            elif type(child) is NavigableString:
                st.chars += len(child.strip())
                st.heads.update(_notice_headings().findall(child))
                st.text += " " + child if st.chars <= 40 else ""
        st.text = _fold(st.text) if st.chars <= 40 else ""
        if node.name in _HEADING_TAGS and st.chars <= 90:  # a heading in ordinary case: "<h2>1. Post Context</h2>"
            written = _SECTION_NUMBER.sub("", _fold(node.get_text(" "))).rstrip(":").strip()
            if fold(written) in headings():
                st.heads.add(written.upper())
        if node.name == "a":
            st.links, st.link_chars = st.links + 1, st.chars
        stats[id(node)] = st
    return stats


def _states_fact(tag: Tag, st: _Stat) -> bool:
    """A short block (a banner) whose class or text states a fact of the posting: its deadline, pay, grade."""
    return 0 < st.chars <= 200 and st.links == 0 and bool(_FACT_ATTR.search(_attrs_text(tag))
                                                          or _FACT_TEXT.search(tag.get_text(" ")))


def _fact_box(tag: Tag, st: _Stat) -> bool:
    """A box with one link at most besides its calls to action ("Apply now", "Share") that lists two facts of the
    posting or more under their labels (reference, grade, pay, closing date): a page's sidebar of key facts, kept."""
    said = {m.group(0).lower() for m in _FACT_LABEL.finditer(tag.get_text(" "))}
    return len(said) >= 2 and (st.links <= 1 or sum(
        1 for a in tag.find_all("a") if not _CTA_TEXT.match(" ".join(a.get_text(" ").split()))) <= 1)


_FACT_LABEL = re.compile(r"\b(?:reference|grade|salary|closing\s+date|deadline)\b", re.I)


def _strip_boilerplate(soup: BeautifulSoup) -> None:
    """Remove scripts, navigation, banners, buttons, hidden and link-list blocks."""
    from bs4 import Comment

    for node in soup.find_all(string=lambda s: isinstance(s, Comment)):
        node.extract()
    stats = _stats(soup)
    removed: set[int] = set()
    toggled = {key for t in soup.find_all(attrs={"aria-controls": True}) for key in str(t["aria-controls"]).split()}
    toggled |= {str(t["href"])[1:] for t in soup.find_all("a", href=True) if str(t["href"]).startswith("#")
                and (t.get("role") == "tab" or t.find_parent(attrs={"role": "tab"}))}  # (or a tab's link to its panel)
    for tag in soup.find_all(True):
        if id(tag.parent) in removed:
            removed.add(id(tag))
            continue
        if tag.name in ("html", "body"):
            continue
        st = stats[id(tag)]
        keep = len(st.heads) >= 2
        if ((tag.name in _DROP_TAGS and not (tag.name == "form" and keep)  # Taleo lays a notice out in a <form>
             and not (tag.name == "aside" and _fact_box(tag, st))  # (a page's box of the posting's key facts)
             and not (tag.name == "button" and (tag.has_attr("aria-expanded")  # (a collapsible section's
                                                or _TOGGLE_ATTR.search(_attrs_text(tag)))))
            # heading: "<button class='accordion-header' aria-expanded='false'>Staff Officer (X) – Vacancy ...")
                or (_is_hidden(tag) and tag.get("id") not in toggled and tag.get("role") != "tabpanel")  # (a
                # collapsed panel its toggle opens is the page's text: "<button aria-controls='v2'>Engineer
                # (X)</button><div id='v2' hidden>", also a tab's panel: "<li role='tab'><a href='#v2'>Engineer
                # (X)</a></li>", "<section role='tabpanel' hidden>")
                or (not keep and _BOILERPLATE_ATTR.search(_attrs_text(tag)) and not _states_fact(tag, st))
                or (tag.name in ("header", "footer") and not keep
                    and (tag.name == "footer" or not tag.find_parent(["article", "main"])))
                or (st.chars <= 40 and _CTA_TEXT.match(st.text))
                or (tag.name in ("ul", "ol", "div", "section", "table", "p") and not keep
                    and st.links >= 3 and st.link_chars >= 0.6 * st.chars)):
            removed.add(id(tag))
    for tag in [t for t in soup.find_all(True) if id(t) in removed and id(t.parent) not in removed]:
        tag.extract()
    body = soup.body or soup
    for box in reversed([t for t in soup.find_all("aside") if _fact_box(t, stats[id(t)])]):
        body.insert(0, box.extract())  # (a sidebar of key facts is read first, as a header: it stands beside the text)


def _facts_outside(soup: BeautifulSoup, root: Tag, stats: dict[int, _Stat], fact: re.Pattern[str] | None = None
                   ) -> list[str]:
    """The text of banners outside the notice's own block that state a fact of the posting ("Applications
    close on 1 December 2025"; with `fact`, blocks whose text holds it: "250877 Requisition #"), read before it
    when the block does not state it."""
    skip = {id(t) for t in root.find_all(True)} | {id(root)} | {id(p) for p in root.parents}
    kept: list[Tag] = []
    for tag in soup.find_all(list(_BLOCK_TAGS)):
        if id(tag) in skip or id(tag) not in stats or any(id(p) in {id(k) for k in kept} for p in tag.parents):
            continue
        st = stats[id(tag)]
        if (_states_fact(tag, st) if fact is None else 0 < st.chars <= 200 and fact.search(tag.get_text(" "))):
            kept.append(tag)
    return [" ".join(tag.get_text(" ").split()) for tag in kept]


_ALIKE_HEADS = 2  # a block holding this many of the notice headings is another post's description
_COMPARED_BLOCKS = 40  # blocks compared pairwise for headings alike (a bound on a page of many blocks)


def _content_root(soup: BeautifulSoup, stats: dict[int, _Stat]) -> Tag:
    """The smallest element that holds every notice heading found on the page."""
    root = soup.body or soup
    wanted = stats[id(root)].heads
    if not wanted:  # the page's main block, unless it is a small part of the text (a post above its job's preview)
        main = soup.find("main") or soup.find(attrs={"role": "main"}) or soup.find("article")
        return main if main is not None and stats[id(main)].chars * 2 >= stats[id(root)].chars else root
    while True:  # into the child that holds them all, unless it is a heading itself or a small part of the text
        inner = next((child for child in root.children
                      if id(child) in stats and stats[id(child)].heads == wanted
                      and child.name not in _HEADING_TAGS and stats[id(child)].chars * 2 >= stats[id(root)].chars),
                     None)
        if inner is None or any(len(stats[id(child)].heads & wanted) >= _ALIKE_HEADS for child in root.children
                                if child is not inner and id(child) in stats):
            return root  # (nor into one of several blocks headed alike: an accordion of posts, one section each)
        blocks = [heads for child in inner.children if id(child) in stats
                  and len(heads := stats[id(child)].heads) >= _ALIKE_HEADS][:_COMPARED_BLOCKS]
        if any(len(a & b) >= _ALIKE_HEADS for k, a in enumerate(blocks) for b in blocks[k + 1:]):
            return root  # (nor into such an accordion from the block that holds its intro and what all posts share)
        root = inner


def _label_value(tag: Tag, stats: dict[int, _Stat]) -> tuple[str, str] | None:
    """("Label", "value") when `tag` is a header-block pair such as <div><b>Grade</b>G15</div>."""
    from bs4 import NavigableString, Tag

    parts = [c for c in tag.children
             if not (isinstance(c, NavigableString) and not c.strip())]
    if len(parts) < 2 or not isinstance(parts[0], Tag):
        return None
    first, rest = parts[0], parts[1:]
    if len(parts) > 6 or stats[id(first)].chars > 60 or stats[id(tag)].chars > 300:
        return None
    if any(isinstance(p, Tag) and (p.name in _BLOCK_TAGS - {"div", "dd", "p", "td", "th"}
                                   or p.find(list(_BLOCK_TAGS)) or p.find("br")) for p in rest):
        return None
    if len(rest) > 1 and any(isinstance(p, Tag) and p.name in ("div", "p") for p in rest):
        return None
    label = _fold(first.get_text(" "))
    value = _fold(" ".join(p.get_text(" ") if isinstance(p, Tag) else str(p) for p in rest))
    value = value.lstrip(":").strip()
    if not label or not value or len(label) > 40 or len(value) > 200 or first.find("br"):
        return None
    known = label.rstrip(":").strip().casefold() in _label_names()
    labelled = label.endswith(":") or _LABEL_CLASS.search(_attrs_text(first))
    if not known and not (labelled and first.name not in ("h1", "h2", "h3", "h4", "h5", "h6")):
        return None
    return label.rstrip(":").strip(), value


class _Lines:
    """Collects rendered lines; inline text is buffered until the next block boundary."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.buf: list[str] = []
        self.prefix = ""

    def flush(self) -> None:
        line = _fold("".join(self.buf))
        self.buf = []
        if line:
            self.lines.append(self.prefix + line)
            self.prefix = ""

    def add(self, line: str) -> None:
        self.flush()
        if line:
            self.lines.append(self.prefix + line)
        self.prefix = ""


def _row_line(cells: list[str]) -> str:
    corner = len(cells) >= 3 and not cells[0]  # a table's corner above its rows' labels: the row names its columns
    cells = [c for c in cells if c]
    if len(cells) == 2 and not corner and len(cells[0]) <= 40 and not cells[0].endswith("."):
        return f"{cells[0].rstrip(':').strip()}: {cells[1]}"
    return " | ".join(cells)


_ALT_WORDS = 6  # an image's alt text this long is read as text ("NATO logo" is not)


def _side_by_side(table: Tag) -> list[list[Tag]] | None:
    """The two columns of a table laying out a text in two languages side by side (each row two cells, most of them
    paragraphs broken by <br> or holding lists, or one column in English and the other in French), the English one
    first, else None."""
    rows = [row.find_all(["td", "th"], recursive=False) for row in table.find_all("tr")]
    if len(rows) < _SIDE_ROWS or any(len(cells) != 2 for cells in rows):
        return None
    left, right = [cells[0] for cells in rows], [cells[1] for cells in rows]
    languages = {language_of(" ".join(c.get_text(" ") for c in column)) for column in (left, right)}
    blocks = sum(1 for cells in rows for cell in cells if cell.find(["br", "ul", "ol", "p"]) is not None)
    if blocks < len(rows) and languages != {"en", "fr"}:  # (paragraphs in each cell, or a language per column)
        return None
    french_first = language_of(" ".join(c.get_text(" ") for c in left)) == "fr"
    return [right, left] if french_first else [left, right]  # (the English text first: its values are read)


_SIDE_ROWS = 3  # rows of a table laid out as two texts side by side


def _render_html(root: Tag, stats: dict[int, _Stat]) -> list[str]:
    """Walk the tree: blocks start lines, inline text joins, lists/tables/dl get markers."""
    from bs4 import NavigableString, Tag

    out = _Lines()
    stack: list[tuple[bool, Any]] = [(False, root)]
    while stack:
        leaving, node = stack.pop()
        if leaving:
            out.flush()
            if node.name == "li":
                out.prefix = ""
            continue
        if isinstance(node, NavigableString):
            if type(node) is NavigableString:
                out.buf.append(str(node))
            continue
        if not isinstance(node, Tag):
            continue
        name = node.name
        if name in ("br", "hr"):
            out.flush()
            continue
        if name == "img":  # an image's text, when it says something (a post's slides: "Slide 2 of 6. Text: ...")
            alt = _fold(str(node.get("alt") or ""))
            if len(alt.split()) >= _ALT_WORDS:
                out.add(alt)
            continue
        if name == "pre":
            out.flush()
            for line in node.get_text().splitlines():
                out.add(line.strip())
            continue
        if name == "table" and (columns := _side_by_side(node)):  # a text in two languages side by side: each
            out.flush()  # column read on its own, top to bottom
            for column in columns:
                for cell in column:
                    for line in _render_html(cell, stats):
                        out.add(line)
            continue
        if name == "tr":
            cells = node.find_all(["td", "th"], recursive=False)
            if any(c.find(_LAYOUT_INSIDE) for c in cells):  # a page laid out in tables: a cell holds headings or
                out.flush()  # a table of its own, read as blocks (not flattened into one row, its inner rows again)
                stack.extend((False, cell) for cell in reversed(cells))
                continue
            out.add(_row_line([_fold(c.get_text(" ")) for c in cells]))
            continue
        if name == "dl":
            out.flush()
            label = ""
            for item in node.find_all(["dt", "dd"]):
                text = _fold(item.get_text(" "))
                if item.name == "dt":
                    label = text.rstrip(":").strip()
                elif text:
                    out.add(f"{label}: {text}" if label else text)
            continue
        if name in _BLOCK_TAGS:
            pair = _label_value(node, stats) if name not in ("ul", "ol", "table", "dl") else None
            if pair and (name != "li" or pair[0].casefold() in _label_names()):
                out.add(f"{pair[0]}: {pair[1]}")
                continue
            out.flush()
            if name == "li":
                out.prefix = "- "
            stack.append((True, node))
        stack.extend((False, child) for child in reversed(list(node.children)))
    out.flush()
    return [_bulletise(line) for line in out.lines]


_LAYOUT_INSIDE = ["table", "h1", "h2", "h3", "h4", "h5", "h6"]


def _header_before(root: Tag, stats: dict[int, _Stat]) -> list[str]:
    """The header blocks ("Grade: G17", "Salary: ...", two known labels or more) that stand before the block
    holding the notice's headings, outside it ("<ul class=job-meta>" above "<section>About the role ...")."""
    out: list[str] = []
    node = root
    while node.parent is not None and node.name not in ("body", "[document]"):
        level: list[str] = []
        for sib in reversed(list(node.find_previous_siblings())):
            rendered = _render_html(sib, stats)
            labelled = [ln for ln in rendered if ":" in ln
                        and ln.lstrip("-•* ").split(":", 1)[0].strip().casefold() in _label_names()]
            if len(labelled) >= 2:
                level.extend(rendered)
        out[:0] = level
        node = node.parent
    return out


def read_html(data: bytes) -> tuple[str, str]:
    """Keep only the notice of a (job-board) page, one block per line."""
    from bs4 import BeautifulSoup

    markup, encoding = _decode_html(data)
    soup = BeautifulSoup(markup, "html.parser")
    titles = [_fold(h.get_text(" ")) for h in soup.find_all("h1")]
    if not titles and soup.title is not None:  # no heading names the page: its <title> ("Site | Careers | X")
        titles = [_fold(soup.title.get_text(" "))]
    _strip_boilerplate(soup)
    stats = _stats(soup)
    root = _content_root(soup, stats)
    lines = _header_before(root, stats) + _render_html(root, stats)
    if not any(_FACT_TEXT.search(line) for line in lines):  # the notice's own deadline wins over the page's
        lines[:0] = _facts_outside(soup, root, stats)
    if not any(_REF_TEXT.search(line) for line in lines):  # so does its own vacancy number
        lines[:0] = _facts_outside(soup, root, stats, _REF_TEXT)
    if len(titles) == 1 and titles[0] and not root.find("h1") and titles[0] not in lines:
        lines.insert(0, titles[0])
    if (posted := _post_heading_before(root)) and posted not in lines:
        lines.insert(0, posted)
    return "\n".join(lines), encoding


def _post_heading_before(root: Tag) -> str | None:
    """The heading just above the notice's block, outside it, when it names a post: a blog's or a board's post
    title ("<h3 class=post-title>Assistant Secretary General for X - NATO, Brussels</h3>") over a site's name."""
    if root.find(["h1", "h2", "h3"]) is not None:
        return None
    heading = root.find_previous(["h2", "h3"])
    text = _fold(heading.get_text(" ")) if heading is not None else ""
    return text if text and any(pattern.search(text) for pattern, _ in post_families()) else None


# ---------------------------------------------------------------------------------- PDF

_PAGE_NUMBER = re.compile(
    r"^[-–—\s]*(?:(?:page|p\.|pg\.?)\s*)?\d{1,4}\s*(?:(?:of|/|de|sur)\s*\d{1,4})?[-–—\s]*$",
    re.I)
_SENTENCE_END = re.compile(r"[.!?][\"'”’»)\]]*$")
_LIST_START = re.compile(r"^(?:[-*o]\s|\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s|[" + _GLYPHS + "])")
_SOFT_END = re.compile(r"[;:][\"'”’»)\]]*$")
_LABEL_LINE = re.compile(r"^[A-Z][^:]{0,38}:\s*\S")
_ZONE = 3

# A PDF line: its text, and whether a paragraph gap precedes it (None: unknown, e.g. new page).
PdfLine = tuple[str, bool | None]


def _page_lines(page: Any) -> list[tuple[str, float | None]]:
    """(text, baseline y) of each line of a page, y from the text matrix when available."""
    rows: list[list[Any]] = [["", None]]

    def visit(text: str, cm: list[float], tm: list[float], *_: Any) -> None:
        for k, part in enumerate(text.split("\n")):
            if k:
                rows.append(["", None])
            if part.strip() and rows[-1][1] is None:
                rows[-1][1] = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            rows[-1][0] += part

    text = page.extract_text(visitor_text=visit) or ""
    if "\n".join(r[0] for r in rows) != text:
        rows = [[ln, None] for ln in text.split("\n")]
    return [(_fold(t), y) for t, y in rows if _fold(t)]


def _zone_key(line: str) -> str:
    return re.sub(r"\d+", "#", line.casefold())


def _strip_page_furniture(pages: list[list[tuple[str, float | None]]]) -> list[PdfLine]:
    """Drop running headers/footers (repeated in the top/bottom lines) and page numbers."""
    zones = [{_zone_key(t) for t, _ in page[:_ZONE] + page[-_ZONE:]} for page in pages]
    counts = Counter(key for zone in zones for key in zone)
    need = max(2, min(3, math.ceil(len(pages) / 2)))
    repeated = {key for key, n in counts.items() if n >= need}
    body: list[PdfLine] = []
    for page in pages:
        kept = [(t, y) for i, (t, y) in enumerate(page)
                if not ((i < _ZONE or i >= len(page) - _ZONE)
                        and (_zone_key(t) in repeated or _PAGE_NUMBER.match(t)))]
        steps = [a[1] - b[1] for a, b in pairwise(kept)
                 if a[1] is not None and b[1] is not None and a[1] - b[1] > 0]
        typical = sorted(steps)[len(steps) // 2] if steps else None
        for i, (text, y) in enumerate(kept):
            above = kept[i - 1][1] if i else None
            if typical is None or y is None or above is None or above - y <= 0:
                body.append((text, None))
            else:
                body.append((text, above - y > 1.2 * typical))
    return body


def _is_heading(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and len(line) <= 80 and all(c.isupper() for c in letters)


def _starts_block(line: str) -> bool:
    return bool(_LIST_START.match(line) or _is_heading(line)
                or (len(line) <= 80 and _LABEL_LINE.match(line)))


def _rejoin(lines: list[PdfLine]) -> list[str]:
    """Re-join lines the PDF wrapped mid-sentence so each paragraph or bullet is one line.

    Uses paragraph gaps when the PDF has them, else the shape of the text: a line is a
    wrap when the next line's first word would not have fitted on it.
    """
    lengths = sorted(len(t) for t, _ in lines if len(t) > 20)
    width = lengths[int(0.9 * (len(lengths) - 1))] if lengths else 80
    known = [gap for _, gap in lines if gap is not None]
    gap_mode = sum(known) >= 2 and sum(known) >= 0.1 * len(known)
    out: list[str] = []
    prev = ""
    for line, gap in lines:
        wrapped = len(prev) + 1 + len(line.split(" ", 1)[0]) >= 0.85 * width
        if not out or gap:
            join = False
        elif _is_heading(out[-1]) or _starts_block(line):
            join = wrapped and _is_heading(prev) and _is_heading(line)
        elif _SENTENCE_END.search(prev):
            join = wrapped and gap is False and gap_mode
        elif _SOFT_END.search(prev):
            join = wrapped
        else:
            join = wrapped or line[0].islower() or (gap is False and gap_mode)
        if not join:
            out.append(line)
        elif re.search(r"[A-Za-z]-$", prev) and line[0].islower():
            out[-1] += line
        else:
            out[-1] += " " + line
        prev = line
    return out


def read_pdf(data: bytes) -> tuple[str, None]:
    """Text layer of a PDF without page furniture, with wrapped lines re-joined."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, PyPdfError

    if b"%PDF-" not in data[:1024]:
        raise IngestError("not a PDF file (no %PDF- header): damaged or mislabelled")
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")
            except DependencyError as exc:
                raise IngestError(f"encrypted PDF needs a crypto library: {exc}") from None
            if not opened:
                raise IngestError("password-protected PDF: cannot read it without the password")
        pages = [_page_lines(page) for page in reader.pages]
    except IngestError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError,
            AssertionError, RecursionError, ZeroDivisionError, OSError) as exc:
        raise IngestError(f"damaged PDF ({type(exc).__name__}: {exc})") from None
    if not pages:
        raise IngestError("PDF has no pages")
    if not any(pages):
        raise IngestError("PDF has no text layer (scanned image?); OCR is not supported")
    body = [(_bulletise(t), gap) for t, gap in _strip_page_furniture(pages)]
    return "\n".join(_rejoin(body)), None


# --------------------------------------------------------------------------------- DOCX

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _docx_runs_text(par: Any) -> str:
    """Visible text of a w:p: runs, hyperlinks, insertions; not deletions or field codes."""
    parts: list[str] = []
    for el in par.iter(f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr", f"{_W}noBreakHyphen"):
        if any(a.tag in (_MC_FALLBACK, f"{_W}txbxContent") for a in el.iterancestors()
               if a is not par):
            continue
        tag = el.tag[len(_W):]
        parts.append(el.text or "" if tag == "t" else
                     "\n" if tag in ("br", "cr") and el.get(f"{_W}type") in (None, "textWrapping")
                     else "-" if tag == "noBreakHyphen" else " ")
    return "".join(parts)


def _docx_is_list(par: Any, styles: dict[str, Any]) -> tuple[bool, bool]:
    """(is a list item, is a heading) from the paragraph's numbering and style chain."""
    ppr = par.find(f"{_W}pPr")
    numbered = ppr is not None and ppr.find(f"{_W}numPr") is not None
    style_el = ppr.find(f"{_W}pStyle") if ppr is not None else None
    style_id = style_el.get(f"{_W}val") if style_el is not None else None
    is_list = numbered
    is_heading = False
    seen: set[str] = set()
    while style_id and style_id not in seen:
        seen.add(style_id)
        style = styles.get(style_id)
        if style is None:
            break
        name_el = style.find(f"{_W}name")
        name = (name_el.get(f"{_W}val") if name_el is not None else style_id) or ""
        is_list |= "list" in name.casefold()
        is_heading |= name.casefold().startswith(("heading", "title"))
        spr = style.find(f"{_W}pPr")
        is_list |= spr is not None and spr.find(f"{_W}numPr") is not None
        based = style.find(f"{_W}basedOn")
        style_id = based.get(f"{_W}val") if based is not None else None
    return is_list and not is_heading, is_heading


def _docx_blocks(parent: Any, styles: dict[str, Any]) -> Iterator[str]:
    """Lines of a body (or cell / content control) in document order."""
    for child in parent.iterchildren():
        tag = child.tag
        if tag == f"{_W}p":
            is_list, _ = _docx_is_list(child, styles)
            for i, raw in enumerate(_docx_runs_text(child).split("\n")):
                line = _fold(raw)
                if line:
                    yield _bulletise(f"- {line}" if is_list and i == 0
                                     and not _LIST_START.match(line) else line)
        elif tag == f"{_W}tbl":
            for row in child.iter(f"{_W}tr"):
                if row.getparent() is not child:
                    continue
                line = _row_line([" ".join(_docx_blocks(tc, styles))
                                  for tc in row.iterchildren(f"{_W}tc")])
                if line:
                    yield line
        elif tag in (f"{_W}sdt", f"{_W}customXml", f"{_W}sdtContent", f"{_W}ins"):
            yield from _docx_blocks(child, styles)


def read_docx(data: bytes) -> tuple[str, None]:
    """Paragraphs and tables of a .docx body in order; list items as "- item"."""
    import zipfile

    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise IngestError("legacy Word .doc or password-protected .docx (OLE container); "
                          "save it as an unprotected .docx")
    if not data.startswith(b"PK"):
        raise IngestError("not a .docx file (not a zip archive): damaged or mislabelled")
    try:
        unpacked = sum(i.file_size for i in zipfile.ZipFile(io.BytesIO(data)).infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise IngestError(f"damaged .docx file ({type(exc).__name__}: {exc})") from None
    if unpacked > 10 * MAX_BYTES:
        raise IngestError(f"the .docx unpacks to {unpacked / 1e6:.0f} MB: too large for a notice (zip bomb?)")
    from docx import Document as open_docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import LxmlError

    try:
        doc = open_docx(io.BytesIO(data))
        styles = {s.get(f"{_W}styleId"): s
                  for s in doc.styles.element.iterchildren(f"{_W}style")}
        lines = list(_docx_blocks(doc.element.body, styles))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError, LxmlError,
            EOFError, OSError) as exc:
        raise IngestError(f"damaged .docx file ({type(exc).__name__}: {exc})") from None
    return "\n".join(lines), None


# Two columns side by side, as `pdftotext -layout` renders a bilingual notice (English left, French right): a gap of
# two spaces or more before the right column's text, at the same place on most lines.
Columns = tuple[int | None, ...]  # per line: where its right column starts (0: the line holds only it; None: no
# right column)
_GAP = re.compile(r"(?<=\S)[ ]{2,}(?=\S)")
_GUTTER_FROM = 25  # the right column starts past this many characters
_GUTTER_SLACK = 2  # ... give or take this many
_PROSE_ROWS = 8  # rows holding prose on both sides (four words at least each): not a header of labels and values
_PROSE_WORDS = 4
_LAYOUT_LINES = 2000  # the lines looked at for the gutter (a page's worth and more)
_LAYOUT_WIDTH = 400  # ... and their width: a line of a page, not a paragraph


def two_columns(text: str) -> Columns | None:
    """Where each line's right column starts, when the text is a page laid out in two columns side by side; None
    for text in one column (the usual case: a gap at the same place on few lines, or no prose on both sides)."""
    if "   " not in text:
        return None
    lines = text.split("\n")
    sample = [line for line in lines[:_LAYOUT_LINES] if len(line) <= _LAYOUT_WIDTH]
    starts = Counter(m.end() for line in sample for m in _GAP.finditer(line) if m.end() >= _GUTTER_FROM)
    if not starts:
        return None
    gutter = starts.most_common(1)[0][0]
    cuts = [_cut(line, gutter) for line in lines]
    first = next((i for i, cut in enumerate(cuts) if cut), len(cuts))
    cuts = (None,) * first + tuple(cuts[first:])  # (what stands above the columns, a date or a reference in the
    # page's top right corner, is read where it stands)
    fields = {i for i, (line, cut) in enumerate(zip(lines, cuts, strict=True)) if cut and _two_fields(line, cut)}
    body = next((i for i, (line, cut) in enumerate(zip(lines, cuts, strict=True))
                 if cut and i not in fields and _prose(line[:cut]) and _prose(line[cut:])), len(cuts))
    cuts = tuple(None if i < body and i in fields else cut for i, cut in enumerate(cuts))  # (a header's rows of two
    # fields above the prose are read across: "Division: X      Deadline: 10 April 2026")
    prose = sum(1 for line, cut in zip(lines, cuts, strict=True) if cut and _prose(line[:cut]) and _prose(line[cut:]))
    return cuts if prose >= _PROSE_ROWS else None


_FIELD = re.compile(r"\s*(?P<label>[A-Z][\w /()-]{1,30}?)\s*:\s*\S")  # a header's field: its label, a colon, its value


def _two_fields(line: str, cut: int) -> bool:
    """Whether a row holds two different fields side by side ("Division: X      Deadline: Y"), not one field in
    two languages ("Post title: X      Intitulé du poste : X", whose value may wrap in each column)."""
    left, right = _FIELD.match(line[:cut]), _FIELD.match(line[cut:])
    if not (left and right):
        return False
    labels = header_labels()
    kinds = labels.get(fold(left.group("label"))), labels.get(fold(right.group("label")))
    return None not in kinds and kinds[0] != kinds[1]


_CELL_BAR = " | "
_BILINGUAL_ROWS = 3  # rows whose two cells are in the two languages: a bilingual table flattened row by row
# Function words that tell a piece of running text's language ("a" is in neither: French has it too).
_FRENCH = frozenset({"le", "la", "les", "des", "du", "et", "de", "en", "une", "un", "pour", "dans", "est", "sur", "aux",
                     "au", "avec", "par"})
_ENGLISH = frozenset({"the", "and", "of", "to", "in", "for", "with", "is", "on", "an", "by", "from", "at"})


def bilingual_cells(text: str) -> Columns | None:
    """Where each row's second cell starts, for a table of two columns, French and English (or English and French),
    flattened row by row with a bar between the cells ("Intitulé du poste : X | Post title: Y"): read as two columns
    side by side. None for any other text."""
    if _CELL_BAR not in text:
        return None
    lines = text.split("\n")
    cuts = [_second_cell(line) for line in lines]
    both = sum(1 for line, cut in zip(lines, cuts, strict=True)
               if cut and {language_of(line[:cut]), language_of(line[cut:])} == {"fr", "en"})
    return tuple(cuts) if both >= _BILINGUAL_ROWS else None


def _second_cell(line: str) -> int | None:
    """Where the second of a row's two cells starts: "A | B", or a markdown row "| A | B |"; None otherwise."""
    if line.lstrip()[:1] == "|":
        inner = line.strip()
        if inner.count("|") != 3 or not inner.endswith("|"):
            return None
        return line.index("|", line.index("|") + 1) + 1
    return line.index(_CELL_BAR) + len(_CELL_BAR) if line.count(_CELL_BAR) == 1 else None


def language_of(piece: str) -> str | None:
    """"fr" or "en" for a piece of running text of four words at least, by its function words; None otherwise."""
    words = piece.lower().split()
    if len(words) < _PROSE_WORDS:
        return None
    distinct = set(words)
    fr, en = len(distinct & _FRENCH), len(distinct & _ENGLISH)
    return "fr" if fr > en else "en" if en > fr else None


def _prose(piece: str) -> bool:
    """A column's piece of running text: words one space apart (a table's row has gaps between its cells)."""
    piece = piece.strip()
    return len(piece.split()) >= _PROSE_WORDS and "  " not in piece


def _cut(line: str, gutter: int) -> int | None:
    """Where the right column starts on a line (0 when the line holds only it), None when it has none."""
    if len(line) - len(line.lstrip(" ")) >= gutter - _GUTTER_SLACK and line.strip():
        return 0
    return next((m.end() for m in _GAP.finditer(line) if abs(m.end() - gutter) <= _GUTTER_SLACK), None)


def _folded_cuts(original: str, folded: str, cuts: Columns) -> Columns | None:
    """The cuts moved onto the text whose runs of spaces were folded (a cut follows a gap, so the left piece's folded
    length is where the right one starts); None when a line's runs were shortened otherwise."""
    before, after = original.split("\n"), folded.split("\n")
    if len(before) != len(after):
        return None
    out = []
    for line, short, cut in zip(before, after, cuts, strict=True):
        at = cut if not cut else len(_SPACE_RUN.sub("\t", line[:cut]))
        if at and short[at:] != _SPACE_RUN.sub("\t", line[cut:]):
            return None
        out.append(at)
    return tuple(out)


def bound_runs(text: str) -> tuple[str, int, int]:
    """(text, runs shortened, line of the first): long runs of one character cut, lines kept.

    Runs of four or more spaces become one tab (evidence is compared with whitespace folded; a wide gap still
    marks the columns of a two-column layout);
    any other character repeated more than RUN_LIMIT times is cut to RUN_LIMIT, so that no
    pattern's time can grow with the length of a run.
    """
    text = _SPACE_RUN.sub("\t", text)
    near = ((max(0, s.start() * _STRIDE - RUN_LIMIT), s.end() * _STRIDE + RUN_LIMIT)
            for s in _SAMPLED_RUN.finditer(text[::_STRIDE]))
    m = next(filter(None, (_CHAR_RUN.search(text, a, b) for a, b in near)), None)
    if m is None:
        return text, 0, 0
    first = text.count("\n", 0, m.start()) + 1
    text, count = _CHAR_RUN.subn(lambda r: r.group(1) * RUN_LIMIT, text)
    return text, count, first


READERS: dict[str, Callable[[bytes], tuple[str, str | None]]] = {
    "txt": read_plain, "md": read_markdown, "html": read_html, "pdf": read_pdf, "docx": read_docx,
}


def sniff(data: bytes) -> str | None:
    """Format given by the content's magic bytes, for the binary formats."""
    if data[:1024].lstrip()[:5] == b"%PDF-":
        return "pdf"
    if data.startswith(b"PK\x03\x04") and b"word/" in data[:65536]:
        return "docx"
    return None


# UTF-8 read as cp1252 and saved again ("â€™", "Ã©"): a lead byte's character, then one to three of the characters
# cp1252 gives the continuation bytes 0x80-0xBF.
_CONTINUATION = "\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
_MOJIBAKE = re.compile(f"[\u00c2-\u00f4][{_CONTINUATION}]{{1,3}}")


def undo_mojibake(text: str) -> tuple[str, int]:
    """The text with each run of UTF-8 once read as cp1252 read back as UTF-8 (a run that does not decode, such as
    "é»" in French, is left as it is), and how many runs were mended."""
    if "â€" not in text and "Ã" not in text and "Â" not in text:
        return text, 0
    count = 0

    def mend(m: re.Match[str]) -> str:
        nonlocal count
        try:
            fixed = m.group().encode("cp1252").decode("utf-8")
        except UnicodeError:
            return m.group()
        count += 1
        return fixed

    return _MOJIBAKE.sub(mend, text), count


def read_document(path: Path, root: Path | None = None) -> Document:
    """Read `path` into a Document; raise IngestError with a readable reason."""
    fmt = SUFFIXES.get(path.suffix.lower())
    rel = path.relative_to(root).as_posix() if root else path.name
    if fmt is None:
        raise IngestError(f"unsupported file type {path.suffix!r}")
    try:
        size = path.stat().st_size
        if size == 0:
            raise IngestError("empty file")
        if size > MAX_BYTES:
            raise IngestError(f"file too large for a notice ({size / 1e6:.0f} MB > "
                              f"{MAX_BYTES // 2**20} MiB)")
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(f"cannot read the file: {exc.strerror or exc}") from None
    notes: list[str] = []
    actual = sniff(data)
    if actual and actual != fmt:
        notes.append(f"content is {actual.upper()} although the name ends {path.suffix}")
        fmt = actual
    text, encoding = READERS[fmt](data)
    if not text.strip():
        raise IngestError("no text in the file")
    text, mended = undo_mojibake(text)
    if mended:
        notes.append(f"{mended} character(s) of UTF-8 once read as cp1252 mended (\"â€™\" read as \"’\")")
    columns = two_columns(text) or bilingual_cells(text)
    original = text
    text, shortened, first = bound_runs(text)
    if columns is not None:
        columns = _folded_cuts(original, text, columns)
    if shortened:
        notes.append(f"{shortened} run(s) of one character repeated more than {RUN_LIMIT} times "
                     f"shortened to {RUN_LIMIT} (first at line {first})")
    if encoding not in (None, "utf-8", "utf-8-sig"):
        notes.append(f"decoded as {encoding}")
    if columns is not None:
        notes.append("the text is laid out in two columns side by side: read column by column")
    return Document(source_file=rel, format=fmt, text=text, encoding=encoding,
                    notes=tuple(notes), columns=columns)
