"""Committees the post chairs, co-chairs, permanently chairs or serves, with the role words."""

from __future__ import annotations

import re

from analysis.extract import Row, clean, evidence_row, sentences
from analysis.reference import committee_index, fold, roles
from analysis.segment import Notice

_W = r"(?:[A-Z][\w'&-]*|NATO's)"
_C = r"(?:and|of|for|on|related|the|\(?[A-Z]{2,6}\)?)"
_NAME_EN = re.compile(
    rf"(?<![\w-])(?P<name>{_W}(?:\s+(?:{_W}|{_C}))*?\s+(?:Committees?|Group|Board|Council|Forum)"
    rf"|Conference\s+of\s+{_W}(?:\s+{_W})*)(?![\w-])(?:\s*\((?P<acr>[A-Z][A-Za-z0-9()&]{{1,9}})\))?")
_NAME_FR = re.compile(
    r"(?<![\w-])(?P<name>(?:Comité|Conférence|Groupe|Conseil|Bureau)\b[^,.;:()]*?)"
    r"(?=\s*(?:\(|,|\.|;|$|\squi\b|\soù\b)|\s+et\s+(?:du|de\s+la|des|le|la|les)\s+(?:Comité|Conférence|Groupe|Conseil))(?:\s*\((?P<acr>[A-Z][A-Za-z0-9()&]{1,9})\))?")
_WITH = re.compile(r",\s*(?:with|avec)\s+(?P<with>[^,]+),")
_ROLE_PREFIX = re.compile(r"^(?:(?:permanent\s+)?(?:co-?)?Chair(?:man|person)?|President|Secretary)\s+"
                          r"(?:of\s+)?(?:the\s+)?", re.I)
_REFERS_BACK = re.compile(r"^\W*(?:These|Such|The|Ces)\s+(?:committees|comités)\s+(?:include|are|"
                          r"comprennent)|^\W*(?:They|Ils)\s+include", re.I)
_NOUN = re.compile(r"Committee|Group|Board|Council|Conf[eé]rence|Forum|Comit|Conseil|Groupe|Bureau|committees|comités")
_THROUGH = re.compile(r"(?:through|via)\s+(?:the\s+)?$", re.I)


def _role_marks(text: str, lang: str) -> list[tuple[int, int, str, str, bool]]:
    """(start, end, role, words, chairs) of the role phrases in text, leftmost first."""
    pattern, role_of = roles(lang)
    return [(m.start(), m.end(), *role_of[m.lastgroup][:1], m.group(0), role_of[m.lastgroup][1])
            for m in pattern.finditer(text)]


def extract(notice: Notice) -> tuple[list[Row], list[str]]:
    """(rows, problem messages) from the summary, accountabilities and interrelationships."""
    rows: list[Row] = []
    problems: list[str] = []
    name_re = _NAME_FR if notice.active_lang == "fr" else _NAME_EN
    carried: tuple[str, str, bool] | None = None
    seen: set[str] = set()
    lines = notice.body("summary", "accountabilities", "interrelationships")
    for ln in notice.with_trigger("role", lines):
        for s, e in sentences(ln):
            text = ln.norm[s:e]
            with_m = _WITH.search(text)
            masked = text[:with_m.start()] + " " * (with_m.end() - with_m.start()) + \
                text[with_m.end():] if with_m else text
            if not _NOUN.search(masked):
                carried = None
                continue
            marks = _role_marks(masked, notice.active_lang)
            if not marks and carried and _REFERS_BACK.search(masked):
                marks = [(0, 0, *carried)]
            carried = marks[-1][2:] if marks and marks[-1][1] > 0 else None
            if not marks:
                continue
            for m in name_re.finditer(masked):
                if _THROUGH.search(masked[:m.start()]):
                    continue
                preceding = [mk for mk in marks if mk[0] <= m.start()]
                if not preceding:
                    continue
                role, words, chairs = preceding[-1][2:]
                if role == "other":
                    continue
                name = clean(_ROLE_PREFIX.sub("", re.sub(r"^NATO's\s+", "", m.group("name"))))
                name = re.sub(r"^(?:the|la|le|du|de la)\s+", "", name, flags=re.I)
                key = fold(name)
                if key in seen or len(name.split()) < 2:
                    continue
                seen.add(key)
                entry = committee_index().get(key) or committee_index().get(m.group("acr") or "")
                if not role:
                    problems.append(f"role for {name!r} left open: the notice says {words!r}")
                rows.append(evidence_row(
                    ln, s + m.start(), s + m.end(), committee=name, acronym=m.group("acr"),
                    canonical=entry.name if entry else None, role=role or None,
                    role_as_stated=" ".join(words.split()), chairs=chairs,
                    co_chair_with=clean(with_m.group("with")) if with_m and role == "co_chair" else None))
    return rows, problems


def chaired(rows: list[Row]) -> int:
    """Committees the post chairs in any form: its role phrase is marked `chairs` in roles.csv."""
    return sum(1 for r in rows if r["chairs"])
