"""Post identity fields: title, reference, body, division, location, grade, pay, deadline."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from analysis.extract import clean, sentence_span
from analysis.reference import (
    alternation,
    fold,
    header_labels,
    months,
    post_families,
    strip_accents,
    terms,
)
from analysis.segment import Line, Notice


@dataclass(frozen=True)
class Found:
    """A value and where it was read."""

    value: object
    line: Line
    start: int = 0
    end: int | None = None

    @property
    def evidence(self) -> str:
        if self.end is None:
            return self.line.evidence()
        s, e = sentence_span(self.line.norm, self.start, self.end)
        return self.line.evidence(s, e)


_LABEL = re.compile(
    rf"^\W*(?P<label>{alternation(sorted(header_labels()))})\s*(?::|\s-\s|\s)\s*(?P<value>.*?)\s*$",
    re.I)
_LABEL_ONLY = re.compile(rf"^\W*(?P<label>{alternation(sorted(header_labels()))})\s*:?\s*$", re.I)
_TITLE_PREFIX = re.compile(r"^(?:job description|vacancy notice|vacancy|job title|post)\s*[-:]\s*(.+)$",
                           re.I)
_REF_SUFFIX = re.compile(r"\s*(?:\((?P<a>\d{5,7})\)|[-\s]\s*(?P<b>\d{5,7}))\s*$")
_REQUISITION = re.compile(r"(?P<ref>\d{5,7})\s+Requisition\s*#|Requisition\s*#?\s*:?\s*(?P<ref2>\d{5,7})",
                          re.I)
_REF_IN_TEXT = re.compile(r"vacancy reference\s*(?:number|no\.?)?\s*:?\s*\(?(?P<ref>\d{5,7})\b", re.I)
_ORG = re.compile(r"\bNATO\b.*\b(?:Staff|Agency|Command|Headquarters|Office|Centre|Center|Organi[sz]ation)"
                  r"\b|\(NATO IS\)|\bNCIA\b|\bNSPA\b|\bSHAPE\b", re.I)
_UNIT = (r"(?:[A-Z][\w'&-]*|\([A-Z/&]+\)|and|of|for|the|on)"
         r"(?:\s+(?:[A-Z][\w'&-]*|\([A-Z/&]+\)|and|of|for|the|on))*?\s+"
         r"(?:Division|Directorate|Unit|Section|Branch|Bureau)\b|Office of the [A-Z][\w]*(?: [A-Z][\w]*)*")
_DIVISION_VERB = re.compile(rf"\b(?:leads|manages|heads|directs|runs|dirige)\s+(?:the|la|le)\s+(?P<v>{_UNIT})")
_DIVISION_SUBJECT = re.compile(rf"^\s*The\s+(?P<v>{_UNIT})\s+(?:is|leads|has|develops)\b")
_DIVISION_IN = re.compile(r"\b(?:in|within)\s+the\s+(?P<v>Office of the Secretary General(?:\s*\([A-Z]+\))?)")
_GRADE = re.compile(
    r"(?P<grade>(?:(?P<letter>[ABCL])\s?[.\-]?\s?(?P<num>\d)\b(?:\s*/\s*[ABCL]\s?[.\-]?\s?\d\b)?"
    r"(?:\s*/\s*NATO\s+Grade\s+G\s?(?P<g1>\d{1,2}))?)|NATO\s+Grade\s+G\s?(?P<g2>\d{1,2}))")
_GRADE_CTX = re.compile(r"\b(?:[Gg]rad(?:e|ing)|GRAD(?:E|ING))\b[ \t:]*")
_SECOND_CODE = re.compile(r"/\s*[ABCL]\s?[.\-]?\s?\d")
_GRADE_LIMITS = {"A": 7, "B": 6, "C": 6, "L": 5}
_SALARY = re.compile(
    r"Salary(?:\s*\(Pay Basis\))?\s*:?\s*(?P<amount>\d{1,3}(?:[ ,.]\d{3})*(?:[.,]\d{1,2})?)\s*"
    r"(?P<cur>Euro|EUR|€|USD|US\$|\$|GBP|£)?\s*(?:\((?P<cur2>[A-Z]{3})\))?\s*(?P<basis>Monthly|Per Month|"
    r"Yearly|Annual(?:ly)?|Per Year|Per Annum)?", re.I)
_REPORTS = re.compile(
    r"\b(?P<verb>reports?(?:\s+directly)?\s+to|all of whom report to|relève(?:\s+directement)?\s+d[eu]"
    r"(?:\s+la|\s+l')?)\s+(?:the\s+|la\s+|le\s+)?(?P<who>[^\n]+?)(?=,\s+and\b|\s+and\s+(?:works|advises|is|are|"
    r"will|has|liaises|collaborates)\b|[.;]|,\s+(?:who|which)\b|[ \t]*$)", re.I | re.M)
_DEADLINE_TEXT = re.compile(r"\b(?:application deadline|closing date(?: for applications)?)[ :]*(?P<v>[^\n]+)",
                            re.I)


def header_values(notice: Notice) -> dict[str, Found]:
    """Label/value pairs of the header block (`Label: value`, `Label value` or label then value)."""
    out: dict[str, Found] = {}
    lines = notice.header
    for i, ln in enumerate(lines):
        text = ln.text
        m = _LABEL_ONLY.match(text)
        if m and i + 1 < len(lines) and not _LABEL.match(lines[i + 1].text):
            field = header_labels()[fold(m.group("label"))]
            out.setdefault(field, Found(lines[i + 1].text, lines[i + 1]))
            continue
        m = _LABEL.match(text)
        if m and m.group("value"):
            field = header_labels()[fold(m.group("label"))]
            out.setdefault(field, Found(m.group("value"), ln))
    return out


def title_and_reference(notice: Notice, labels: dict[str, Found]) -> tuple[Found | None, Found | None]:
    """The post title (stated, else from the summary's first sentence) and reference number."""
    title: Found | None = labels.get("title")
    if title is None:
        for ln in notice.header:
            m = _TITLE_PREFIX.match(ln.text)
            if m:
                title = Found(m.group(1), ln)
                break
    if title is None:
        for ln in notice.header:
            if _LABEL.match(ln.text) or (_ORG.search(ln.text) and not family_of(ln.text)):
                continue
            if family_of(ln.text) and len(ln.text) < 140:
                title = Found(ln.text, ln)
                break
    reference: Found | None = labels.get("reference")
    if title is not None:
        text = str(title.value)
        m = _REF_SUFFIX.search(text)
        if m:
            reference = reference or Found(m.group("a") or m.group("b"), title.line)
            text = text[: m.start()]
        title = Found(clean(text), title.line)
    if title is None:
        title = _title_from_summary(notice)
    if reference is None:
        reference = _reference_in_text(notice)
    if reference is not None:
        ref = re.search(r"\d{5,7}", str(reference.value))
        reference = Found(ref.group(0), reference.line) if ref else None
    return title, reference


_SUMMARY_SUBJECT = re.compile(
    r"^\s*(?:The|La|Le|La/Le)\s+(?P<t>(?:Deputy\s+)?(?:Assistant Secretary General|Head|Director|Chief|"
    r"Executive Officer|Secrétaire général\(e\) adjoint\(e\)|Chef|Directeur)\b[^.]*?)"
    r"(?:\s*\([A-Z/]+\))?\s+(?:leads|is|heads|directs|manages|will|dirige|est)\b")


def _title_from_summary(notice: Notice) -> Found | None:
    for ln in notice.body("summary")[:3]:
        m = _SUMMARY_SUBJECT.match(ln.norm)
        if m:
            return Found(clean(m.group("t")), ln, m.start("t"), m.end("t"))
    return None


def _reference_in_text(notice: Notice) -> Found | None:
    hit = notice.first(_REQUISITION, notice.header) or notice.first(_REF_IN_TEXT, notice.active_lines)
    if hit is None:
        return None
    ln, m, off = hit
    return Found(m.group("ref") or m.groupdict().get("ref2"), ln, m.start() - off, m.end() - off)


def family_of(title: str) -> str | None:
    """Post family of a title: the family whose pattern appears first in it."""
    best: tuple[int, str] | None = None
    for pattern, family in post_families():
        m = pattern.search(title)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), family)
    return best[1] if best else None


def organisation(labels: dict[str, Found], notice: Notice) -> tuple[Found | None, Found | None]:
    """(organisation, location): a 'Primary Location' that names a NATO body is the organisation."""
    org = labels.get("organisation")
    loc = labels.get("location")
    if loc is not None and _ORG.search(str(loc.value)):
        org, loc = org or loc, None
    if org is None:
        for ln in notice.header:
            if _ORG.search(ln.text) and not _LABEL.match(ln.text) and len(ln.text) < 80 \
                    and not family_of(ln.text):
                org = Found(ln.text, ln)
                break
    if loc is None:
        for ln in notice.header:
            text = ln.text
            if text and unicodedata.category(text[0]) == "So" and len(text) > 2:
                place = clean(text[1:])
                if place and place[0].isalpha():
                    loc = Found(place, ln)
                    break
    if loc is not None:
        loc = Found(clean(str(loc.value)), loc.line)
    if org is not None:
        org = Found(clean(str(org.value)), org.line)
    return org, loc


def division(labels: dict[str, Found], notice: Notice) -> Found | None:
    if "division" in labels:
        return labels["division"]
    body = notice.body("summary", "accountabilities", "interrelationships")
    for pattern in (_DIVISION_VERB, _DIVISION_SUBJECT, _DIVISION_IN):
        for ln in body:
            m = pattern.search(ln.norm)
            if m and re.search(r"[A-Z]", m.group("v").split()[0]) and len(m.group("v").split()) > 1:
                return Found(clean(m.group("v")), ln, m.start("v"), m.end("v"))
    return None


def grade(labels: dict[str, Found], notice: Notice) -> tuple[Found | None, str | None, str | None]:
    """(grade as written, grade_code, nato_grade)."""
    label = labels.get("grade")
    candidates: list[tuple[Line, int]] = []
    if label is not None and fold(str(label.value)) not in terms("not_grade"):
        candidates.append((label.line, max(label.line.norm.lower().find("grade"), 0)))
    lines = notice.with_trigger("grade", notice.active_lines)
    candidates += [(ln, m.start() - off) for ln, m, off in notice.scan(_GRADE_CTX, lines)]
    for ln, pos in candidates:
        m = _GRADE.search(ln.norm, pos)
        if m is None or m.start() - pos > 12:
            continue
        letter, num = m.group("letter"), m.group("num")
        code = None
        if letter and num and 1 <= int(num) <= _GRADE_LIMITS[letter] and not \
                _SECOND_CODE.search(m.group("grade").split("NATO")[0]):
            code = f"{letter}{num}"
        g = m.group("g1") or m.group("g2")
        nato = f"G{int(g)}" if g and 1 <= int(g) <= 25 else None
        if code or nato or letter:
            return Found(clean(m.group("grade")), ln, m.start(), m.end()), code, nato
    return None, None, None


def salary(notice: Notice) -> tuple[Found | None, str | None]:
    """(monthly pay in euro, problem message) from a `Salary (Pay Basis)` line."""
    hit = notice.first(_SALARY, notice.with_trigger("salary", notice.active_lines))
    if hit is None:
        return None, None
    ln, m, off = hit
    amount = _amount(m.group("amount"))
    cur = (m.group("cur2") or m.group("cur") or "").upper()
    if cur not in ("EURO", "EUR", "€"):
        return None, f"pay stated in {cur or 'an unstated currency'}, not euro: {ln.text!r}"
    basis = (m.group("basis") or "").lower()
    if not basis:
        return None, f"pay stated without a pay basis: {ln.text!r}"
    if basis.startswith(("year", "annual", "per year", "per annum")):
        amount = round(amount / 12, 2)
    return Found(amount, ln, m.start() - off, m.end() - off), None


def _amount(text: str) -> float:
    text = text.replace(" ", "")
    if re.search(r",\d{1,2}$", text):
        text = text.replace(".", "").replace(",", ".")
    else:
        text = text.replace(",", "")
    return float(text)


def parse_date(text: str) -> dt.date | None:
    """Date in the forms notices use (06-Apr-2025, 28-avr.-2024, 6 April 2025, 2025-04-06)."""
    t = strip_accents(text.lower())
    m = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", t)
    if m:
        return _date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = re.search(r"\b(\d{1,2})(?:st|nd|rd|th|er)?[\s\-.]+([a-z]{3,9})\.?[\s\-.,]+(\d{4})\b", t)
    if m and m.group(2) in months():
        return _date(int(m.group(3)), months()[m.group(2)], int(m.group(1)))
    m = re.search(r"\b([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b", t)
    if m and m.group(1) in months():
        return _date(int(m.group(3)), months()[m.group(1)], int(m.group(2)))
    m = re.search(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b", t)
    if m and int(m.group(1)) > 12 >= int(m.group(2)):
        return _date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    return None


def _date(y: int, mth: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, mth, d)
    except ValueError:
        return None


def deadline(labels: dict[str, Found], notice: Notice) -> tuple[Found | None, str | None]:
    """(deadline, problem message when a deadline is stated but unreadable)."""
    found = labels.get("deadline")
    if found is None:
        hit = notice.first(_DEADLINE_TEXT, notice.with_trigger("deadline", notice.active_lines))
        if hit:
            found = Found(hit[1].group("v"), hit[0])
    if found is None:
        return None, None
    date = parse_date(str(found.value))
    if date is None:
        return None, f"deadline stated but not read as a date: {found.value!r}"
    return Found(date, found.line), None


def reports_to(notice: Notice) -> Found | None:
    """Whom the post reports to: the post's own line first, the ASGs' shared sentence last."""
    lines = notice.with_trigger("reports", notice.body("interrelationships", "summary", "accountabilities"))
    best: Found | None = None
    for ln, m, off in notice.scan(_REPORTS, lines):
        who = clean(m.group("who"))
        if not who or len(who) > 120:
            continue
        found = Found(who, ln, m.start() - off, m.end() - off)
        if not m.group("verb").lower().startswith("all of whom"):
            return found
        best = best or found
    return best
