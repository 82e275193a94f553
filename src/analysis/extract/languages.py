"""Official-language thresholds: the I-VI level asked in one official language and in the other."""

from __future__ import annotations

import re

from analysis.extract import Row, evidence_row
from analysis.reference import fold, language_levels
from analysis.segment import Notice

_CONTEXT = re.compile(r"official languages?|langues? officielles?|English\s*/\s*French|anglais|SLP\b",
                      re.I)
_LEVEL = re.compile(
    r"(?<![\w/.-])(?P<roman>VI|IV|V|III|II|I)(?![\w/.-])\s*(?:\(\s*\"?\s*(?P<name>[^\"()]{3,30}?)\s*\"?\s*\))?"
    r"\s*(?P<where>in\s+(?:one|the\s+other|English|French)|dans\s+l'une|dans\s+l'autre|"
    r"en\s+anglais|en\s+français)?", re.I)
_STANAG = re.compile(r"\bSLP\s*\d{4}\b|STANAG\s*6001", re.I)


def extract(notice: Notice) -> tuple[list[Row], list[str]]:
    """(rows, problem messages) from the qualification sections."""
    rows: list[Row] = []
    problems: list[str] = []
    levels = language_levels()
    for ln in notice.body("qualifications", "essential"):
        if not _CONTEXT.search(ln.norm):
            continue
        found = []
        for m in _LEVEL.finditer(ln.norm):
            if m.group("roman") != m.group("roman").upper():
                continue
            if not (m.group("where") or m.group("name")):
                continue
            found.append(m)
        if not found and _STANAG.search(ln.norm):
            problems.append(f"language levels stated on another scale (STANAG 6001 SLP), not I-VI: "
                            f"{ln.text[:120]!r}")
            continue
        for i, m in enumerate(found[:2]):
            level = levels[m.group("roman").upper()]
            where = fold(m.group("where") or "")
            language = "English" if "english" in where or "anglais" in where else \
                "French" if "french" in where or "francais" in where or "français" in where else None
            slot = "other" if ("other" in where or "autre" in where) else "one" if (
                "one" in where or "l'une" in where) else ("one" if i == 0 else "other")
            name = m.group("name")
            if name and fold(name) not in (fold(level.name_en), fold(level.name_fr)):
                problems.append(f"level {level.roman} named {name!r}, the scale says {level.name_en!r}")
            rows.append(evidence_row(ln, m.start(), m.end(), slot=slot, level=level.level,
                                     roman=level.roman, level_name=level.name_en,
                                     language=language))
        if rows:
            break
    return rows, problems
