"""Post identity fields: title, reference, body, division, location, grade, pay, deadline."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from analysis.extract import clean, sentence_span
from analysis.reference import (
    fold,
    header_labels,
    months,
    organisations,
    post_families,
    read_csv,
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
    def lineno(self) -> int:
        """Source line where the evidence starts."""
        if self.end is None:
            return self.line.no
        return self.line.line_at(sentence_span(self.line.norm, self.start, self.end)[0])

    @property
    def evidence(self) -> str:
        if self.end is None:
            return self.line.evidence()
        s, e = sentence_span(self.line.norm, self.start, self.end)
        return self.line.evidence(s, e)


_REF_SUFFIX = re.compile(r"\s*(?:\((?P<a>\d{5,7})\)|\s[-–]\s*(?P<b>\d{5,7})|-(?P<c>\d{5,7})"
                         r"|(?<=[a-z)])(?P<d>\d{5,7}))\s*$")
_REF_INSIDE = re.compile(r"^(?P<t>.+?)\s*\((?P<ref>\d{5,7})\)\S")
_REQUISITION = re.compile(r"(?P<ref>\d{5,7})\s+Requisition\s*#|Requisition\s*#?\s*:?\s*(?P<ref2>\d{5,7})", re.I)
_REF_IN_TEXT = re.compile(r"vacancy reference\s*(?:number|no\.?)?\s*:?\s*\(?(?P<ref>\d{5,7})\b|"
                          r"STAFF VACANCY\s*(?:No\.?|Number)?\s*:?\s*(?P<ref2>\d{5,7})\b", re.I)
_UNIT = (r"(?:[A-Z][\w'&-]*|\([A-Z/&]+\)|and|of|for|the|on)"
         r"(?:\s+(?:[A-Z][\w'&-]*|\([A-Z/&]+\)|and|of|for|the|on))*?\s+"
         r"(?:Division|Directorate|Unit|Section|Branch|Bureau)\b|Office of the [A-Z][\w]*(?: [A-Z][\w]*)*")
_DIVISION_VERB = re.compile(rf"\b(?:leads|manages|heads|directs|runs|dirige)\s+(?:the|la|le)\s+(?P<v>{_UNIT})")
_DIVISION_SUBJECT = re.compile(rf"^\s*The\s+(?P<v>{_UNIT})\s+(?:is|leads|has|develops)\b")
_DIVISION_IN = re.compile(r"\b(?:in|within)\s+the\s+(?P<v>Office of the Secretary General(?:\s*\([A-Z]+\))?)")
_GRADE = re.compile(
    r"(?P<grade>(?:(?P<letter>[ABCL])\s?[.\-]?\s?(?P<num>\d)\b(?:\s*/\s*[ABCL]\s?[.\-]?\s?\d\b)?"
    r"(?:\s*/\s*(?:NATO\s+Grade\s*:?\s*)?G\s?-?\s?(?P<g1>\d{1,2})\b)?)|NATO\s+Grade\s*:?\s*G\s?-?\s?(?P<g2>\d{1,2})\b)")
_GRADE_CTX = re.compile(r"\b(?:[Gg]rad(?:e|ing)|GRAD(?:E|ING))\b[ \t:]*")
_BARE_G = re.compile(r"[\s:]*G\s?-?\s?(\d{1,2})\b")
_SECOND_CODE = re.compile(r"/\s*[ABCL]\s?[.\-]?\s?\d")
_GRADE_LIMITS = {"A": 7, "B": 6, "C": 6, "L": 5}
_AMOUNT = r"(?P<amount>\d{1,3}(?:[ \u00a0.,]\d{3})*(?:[.,]\d{1,2})?)"
_CURRENCY = r"(?P<cur>Euro|EUR|€|USD|US\$|US Dollar|\$|GBP|£)"
_BASIS = r"(?P<basis>Monthly|Per Month|Mensuelle?|Yearly|Annual(?:ly)?|Annuelle?|Per Year|Per Annum)"
_PAY_VALUE = re.compile(rf"^\W*{_AMOUNT}\s*(?:{_CURRENCY}\s*(?:\((?P<cur2>[A-Z]{{3}})\))?)?\s*{_BASIS}?", re.I)
_PAY = re.compile(rf"{_AMOUNT}\s*{_CURRENCY}\s*(?:\((?P<cur2>[A-Z]{{3}})\))?\s*{_BASIS}", re.I)
_REPORTS = re.compile(
    r"\b(?P<verb>reports?(?:\s+directly)?\s+to|all of whom report to|relève(?:\s+directement)?\s+d[eu]"
    r"(?:\s+la|\s+l')?)\s+(?:the\s+|la\s+|le\s+)?(?P<who>[^\n]+?)(?=,\s+and\b|\s+and\s+(?:works|advises|is|are|"
    r"will|has|liaises|collaborates)\b|[.;]|,\s+(?:who|which)\b|[ \t]*$)", re.I | re.M)
_DEADLINE_TEXT = re.compile(r"\b(?:application deadline|closing date(?: for applications)?)[ :]*(?P<v>[^\n]+)",
                            re.I)
_CONNECTORS = {"and", "of", "for", "the", "in", "on", "de", "du", "des", "la", "le", "et", "pour", "l", "d"}


@cache
def _inline_labels() -> re.Pattern[str]:
    forms = sorted({w for r in read_csv("header_labels.csv") for w in r["written"].split("|") if w},
                   key=len, reverse=True)
    return re.compile("(?P<label>" + "|".join(re.escape(f) for f in forms) + ")(?![a-z])")


def split_labels(text: str) -> tuple[str, list[tuple[str, str]]]:
    """(text before the first label, `Label: value` pairs) of one header line; labels may be glued on."""
    cuts = []
    for m in _inline_labels().finditer(text):
        before = text[:m.start()]
        after = text[m.end():m.end() + 2]
        at_start = not before.strip(" -•*#:\t")
        glued = bool(before) and not before[-1].isspace() and before[-1] not in "(/-"
        colon = after.lstrip()[:1] in (":", "#")
        if at_start or glued or colon:
            cuts.append(m)
    pairs = []
    for i, m in enumerate(cuts):
        end = cuts[i + 1].start() if i + 1 < len(cuts) else len(text)
        pairs.append((m.group("label"), text[m.end():end].strip(" \t:#-–*").strip()))
    prefix = text[:cuts[0].start()] if cuts else text
    return prefix.strip(" \t:#-–*"), pairs


def header_values(notice: Notice) -> dict[str, Found]:
    """Label/value pairs of the header block: `Label: value`, glued labels, or a label with its value below."""
    out: dict[str, Found] = {}
    labels = header_labels()
    pending: str | None = None
    for ln in notice.header:
        prefix, pairs = split_labels(ln.written)
        if pending and prefix and (pending != "title" or _title_shaped(prefix)):
            out.setdefault(pending, Found(prefix, ln))
        pending = None
        for label, value in pairs:
            field = labels.get(fold(label))
            if field is None or field == "ignore":
                continue
            if value:
                out.setdefault(field, Found(value, ln))
            else:
                pending = field
    return out


def _grade_values(notice: Notice) -> list[Found]:
    """Every value the header gives a grade label, in order (a notice may state it twice)."""
    found = []
    pending = False
    for ln in notice.header:
        prefix, pairs = split_labels(ln.written)
        if pending and prefix:
            found.append(Found(prefix, ln))
        pending = False
        for label, value in pairs:
            if header_labels().get(fold(label)) == "grade":
                if value:
                    found.append(Found(value, ln))
                else:
                    pending = True
    return found


def _title_shaped(text: str) -> bool:
    """Short, mostly capitalised, not a sentence, not a banner: the shape of a post title."""
    words = text.split()
    if not 0 < len(words) <= 16:
        return False
    lower = sum(1 for w in words if w[:1].islower() and w.lower() not in _CONNECTORS)
    folded = text.lower()
    return (0 < len(words) <= 16 and not text.endswith((".", "!", "?")) and lower <= 0.6 * len(words)
            and sum(1 for w in words if w[:1].isupper()) >= 1 and not any(t in folded for t in terms("not_title"))
            and unicodedata.category(text[0]) != "So"
            and not (_known_organisation(text) and not family_of(text) and "," not in text))


def _split_reference(text: str) -> tuple[str, str | None]:
    m = _REF_INSIDE.match(text)
    if m:
        return clean(m.group("t")), m.group("ref")
    m = _REF_SUFFIX.search(text)
    if m:
        return clean(text[:m.start()]), next(g for g in m.groups() if g)
    return clean(text), None


def title_and_reference(notice: Notice, labels: dict[str, Found]) -> tuple[Found | None, Found | None]:
    """The post title (stated, else from the summary's first sentence) and reference number."""
    shaped = [ln for ln in notice.header if not split_labels(ln.written)[1] and _title_shaped(ln.written)]
    candidates = [ln for ln in shaped if family_of(ln.written)]
    with_ref = [ln for ln in shaped if _REF_SUFFIX.search(ln.written)]
    first = [ln for ln in shaped if ln.no <= notice.header[0].no + 2] if notice.header else []
    title: Found | None = None
    reference: Found | None = labels.get("reference")
    label = labels.get("title")
    if label is not None:
        text, ref = _split_reference(str(label.value))
        title = Found(text, label.line) if len(text) <= 150 else None
        if ref:
            reference = reference or Found(ref, label.line)
        if title and candidates and fold(candidates[0].written).startswith(fold(re.sub(r"\s*\(.*", "", text))) \
                and len(candidates[0].written) > len(text):
            title = Found(clean(candidates[0].written), candidates[0])
    if title is None and (with_ref or candidates or first):
        ln = (with_ref or candidates or first)[0]
        text, ref = _split_reference(ln.written)
        title = Found(text, ln)
        if ref:
            reference = reference or Found(ref, ln)
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
            return Found(clean(ln.raw[m.start("t"):m.end("t")]), ln, m.start("t"), m.end("t"))
    return None


def _reference_in_text(notice: Notice) -> Found | None:
    hit = notice.first(_REQUISITION, notice.header) or notice.first(_REF_IN_TEXT, notice.active_lines)
    if hit is None:
        return None
    ln, m, off = hit
    ref = next(g for g in m.groups() if g)
    return Found(ref, ln, m.start() - off, m.end() - off)


def family_of(title: str) -> str | None:
    """Post family of a title: the family whose pattern appears first in it."""
    best: tuple[int, str] | None = None
    for pattern, family in post_families():
        m = pattern.search(title)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), family)
    return best[1] if best else None


def _known_organisation(text: str) -> str | None:
    for pattern, name in organisations():
        if pattern.search(text):
            return name
    return None


def organisation(labels: dict[str, Found], notice: Notice) -> tuple[Found | None, Found | None]:
    """(organisation, location): a 'Primary Location' that names a NATO body is the organisation."""
    org = labels.get("organisation")
    loc = labels.get("location")
    if loc is not None and _known_organisation(str(loc.value)):
        org, loc = org or loc, None
    if org is None and "division" in labels and (name := _known_organisation(str(labels["division"].value))):
        org = Found(name, labels["division"].line)
    if org is None:
        for ln in notice.header:
            if not split_labels(ln.written)[1] and len(ln.text) < 100 and (name := _known_organisation(ln.written)):
                org = Found(name, ln)
                break
    if loc is None:
        for ln in notice.header:
            text = ln.written
            if text and unicodedata.category(text[0]) == "So" and len(text) > 2:
                place = clean(text[1:])
                if place and place[0].isalpha():
                    loc = Found(place, ln)
                    break
    loc = Found(clean(str(loc.value)), loc.line) if loc is not None and len(str(loc.value)) <= 80 else None
    org = Found(clean(str(org.value)), org.line) if org is not None and len(str(org.value)) <= 120 else None
    return org, loc


def division(labels: dict[str, Found], notice: Notice) -> Found | None:
    if "division" in labels and len(str(labels["division"].value)) <= 120:
        return labels["division"]
    body = notice.body("summary", "accountabilities", "interrelationships")
    for pattern in (_DIVISION_VERB, _DIVISION_SUBJECT, _DIVISION_IN):
        for ln in body:
            m = pattern.search(ln.norm)
            if m and re.search(r"[A-Z]", m.group("v").split()[0]) and len(m.group("v").split()) > 1:
                return Found(clean(ln.raw[m.start("v"):m.end("v")]), ln, m.start("v"), m.end("v"))
    return None


def _read_grade(text: str, pos: int = 0) -> tuple[str, str | None, str | None] | None:
    """(grade as written, code, NATO grade) from text at `pos` (just after a grade label)."""
    m = _GRADE.search(text, pos)
    if m is None or m.start() - pos > 12:
        bare = _BARE_G.match(text, pos)
        if bare and 1 <= int(bare.group(1)) <= 25:
            return clean(bare.group(0)), None, f"G{int(bare.group(1))}"
        return None
    letter, num = m.group("letter"), m.group("num")
    code = None
    if letter and num and 1 <= int(num) <= _GRADE_LIMITS[letter] and not \
            _SECOND_CODE.search(m.group("grade").split("NATO")[0]):
        code = f"{letter}{num}"
    g = m.group("g1") or m.group("g2")
    nato = f"G{int(g)}" if g and 1 <= int(g) <= 25 else None
    return clean(m.group("grade")), code, nato


def grade(notice: Notice) -> tuple[Found | None, str | None, str | None]:
    """(grade as written, grade_code, nato_grade)."""
    stated = [f for f in _grade_values(notice) if fold(str(f.value)) not in terms("not_grade")]
    read = [(f, r) for f in stated if (r := _read_grade(str(f.value)))]
    if read:
        found, (text, code, nato) = next(((f, r) for f, r in read if r[1]), read[0])
        return Found(text, found.line), code, nato
    lines = notice.with_trigger("grade", notice.active_lines)
    for ln, m, off in notice.scan(_GRADE_CTX, lines):
        read = _read_grade(ln.norm, m.end() - off)
        if read:
            return Found(read[0], ln, m.start() - off, m.end() - off), read[1], read[2]
    return None, None, None


def salary(labels: dict[str, Found], notice: Notice) -> tuple[Found | None, str | None]:
    """(monthly pay in euro, problem message) from a `Salary (Pay Basis)` value or a pay line."""
    label = labels.get("salary")
    m = _PAY_VALUE.match(str(label.value)) if label is not None else None
    line = label.line if label is not None else None
    if m is None:
        hit = notice.first(_PAY, notice.with_trigger("salary", notice.active_lines) or notice.header)
        if hit is None:
            hit = notice.first(_PAY, notice.header)
        if hit is None:
            return None, None
        line, m = hit[0], hit[1]
    amount = _amount(m.group("amount"))
    cur = (m.group("cur2") or m.group("cur") or "").upper()
    basis = (m.group("basis") or "").lower()
    if amount is None:
        return None, f"pay amount not read as a number: {m.group('amount')!r}"
    if not cur and not basis:
        return None, f"pay stated as a bare amount ({m.group('amount')}) without currency or pay basis; left empty"
    if cur not in ("EURO", "EUR", "€"):
        return None, f"pay stated in {cur or 'an unstated currency'}, not euro: {line.text[:120]!r}"
    elif not basis:
        return None, f"pay stated without a pay basis: {line.text[:120]!r}"
    if basis.startswith(("year", "annual", "annuel", "per year", "per annum")):
        amount = round(amount / 12, 2)
    return Found(amount, line), None


def _amount(text: str) -> float | None:
    """An amount written 10,742.69 / 10.742,69 / 10 742,69 / 12.345; None when it is not one number."""
    text = text.replace(" ", "").replace("\u00a0", "")
    m = re.fullmatch(r"(\d{1,3}(?:([.,])\d{3})*|\d+)(?:([.,])(\d{1,2}))?", text)
    if m is None:
        return None
    whole = re.sub(r"[.,]", "", m.group(1))
    return float(f"{whole}.{m.group(4)}" if m.group(4) else whole)


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
