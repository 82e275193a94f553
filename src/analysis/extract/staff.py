"""Headcounts: staff the post leads or co-leads, and its direct and indirect reports."""

from __future__ import annotations

import re
from functools import cache

from analysis.extract import Row, evidence_row, sentences
from analysis.reference import term_pattern
from analysis.segment import Notice

_REPORTS = re.compile(r"\b(?P<kind>Direct|Indirect)\s+reports?\s*:?\s*(?P<n>\d{1,4})\b", re.I)
_DIGIT = re.compile(r"\d")
_UNIT = re.compile(r"(?:\bthe|\ba|\ban|\bla|\ble)\s+(?P<u>(?:[A-Z][\w'&/-]*|\([A-Z]+\))"
                   r"(?:\s+(?:[A-Z][\w'&/-]*|\([A-Z]+\)|and|of|for|de|des|du))*)")


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    count = re.compile(
        rf"(?P<approx>(?:{term_pattern('approx')})\s+)?(?P<n>\d{{1,3}}(?:,\d{{3}})?|\d+)\s+"
        rf"(?:[A-Z]{{2,5}}\s+)?(?:{term_pattern('staff_noun')})\b", re.I)
    co = re.compile(rf"\b(?:{term_pattern('co_lead_verb')})\b", re.I)
    lead = re.compile(rf"\b(?:{term_pattern('lead_verb')})\b", re.I)
    return count, co, lead


def extract(notice: Notice) -> list[Row]:
    count_re, co_re, lead_re = _patterns()
    rows: list[Row] = []
    seen: set[tuple[int, str]] = set()
    lines = notice.body("header", "summary", "accountabilities", "interrelationships")
    for ln in notice.with_trigger("staff", lines):
        m = _REPORTS.search(ln.norm)
        if m:
            kind = f"{m.group('kind').lower()}_reports"
            rows.append(evidence_row(ln, m.start(), m.end(), count=int(m.group("n")),
                                     approximate=False, kind=kind, unit=None))
            continue
        if not _DIGIT.search(ln.norm):
            continue
        for s, e in sentences(ln):
            for m in count_re.finditer(ln.norm, s, e):
                before = ln.norm[s:m.start()]
                co = list(co_re.finditer(before))
                lead = list(lead_re.finditer(before))
                if not (co or lead):
                    continue
                kind = "co_leads" if co else "leads"
                verb_end = (co or lead)[-1].end()
                units = list(_UNIT.finditer(_drop_with(before[verb_end:])))
                unit = _trim(units[-1].group("u")) if units else None
                n = int(m.group("n").replace(",", ""))
                if (n, kind) in seen:
                    continue
                seen.add((n, kind))
                rows.append(evidence_row(ln, m.start(), m.end(), count=n,
                                         approximate=bool(m.group("approx")), kind=kind, unit=unit))
    return rows


def _trim(unit: str) -> str:
    return re.sub(r"(?:\s+(?:and|of|for|de|des|du))+$", "", unit.strip())


def _drop_with(text: str) -> str:
    """Remove a 'with the X,' aside so the unit is the thing led, not the partner."""
    return re.sub(r",\s*(?:with|avec)\s+[^,]+,", ",", text)
