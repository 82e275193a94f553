"""List sections: ESSENTIAL/DESIRABLE requirements and KEY CHALLENGES, one row per item."""

from __future__ import annotations

import re
from functools import cache

from analysis.reference import requirement_categories, term_pattern
from analysis.segment import Line, Notice

Row = dict[str, object]
_INTRO = re.compile(r"key challenges facing|following (?:key )?challenges|principaux défis|grands défis|"
                    r"défis suivants", re.I)
_ENUM = re.compile(r"^\(?\d{1,2}\s*[.)]\s+")
_INLINE_ENUM = re.compile(r"(?:^|(?<=[:;.]))\s*\d{1,2}\s*[.)]\s*(?=\S)")
_ENDS_ITEM = re.compile(r"[.;:!?]$")


@cache
def _list_end() -> re.Pattern[str]:
    return re.compile(rf"^\W*(?:{term_pattern('list_end')})\b", re.I)


def items(lines: list[Line]) -> list[tuple[Line, str]]:
    """Items of a list: bullets (with wrapped continuation lines), or one item per line."""
    bulleted = any(ln.bullet for ln in lines)
    out: list[list] = []
    for ln in lines:
        text = ln.written
        if not text:
            continue
        if bulleted:
            if ln.bullet:
                out.append([ln, text])
            elif out and not _ENDS_ITEM.search(out[-1][1]) and text[0].islower():
                out[-1][1] += " " + text
            elif out:
                break
        else:
            if not out and text.endswith(":"):
                continue
            if out and _list_end().match(text):
                break
            out.append([ln, text])
    return [(ln, _ENUM.sub("", text)) for ln, text in out if not text.endswith(":")]


def category(text: str) -> str:
    text = text.lower()
    for pattern, name in requirement_categories():
        if pattern.search(text):
            return name
    return "other"


def requirements(notice: Notice) -> list[Row]:
    rows: list[Row] = []
    for section in notice.find("essential", "desirable"):
        for ln, text in items(section.body):
            rows.append({"kind": section.key, "category": category(text), "text": text,
                         "line": ln.no})
    return rows


def challenges(notice: Notice) -> list[Row]:
    """Key challenges: the KEY CHALLENGES section, else the list after a 'Key challenges' line."""
    found = notice.find("challenges")
    if found:
        lines = [ln for s in found for ln in s.body]
    else:
        lines = []
        hits = {ln.no for ln in notice.with_trigger("challenges", notice.active_lines)}
        for section in notice.active:
            body = section.body
            for i, ln in enumerate(body):
                if ln.no in hits and _INTRO.search(ln.text) and (ln.text.endswith(":") or _inline(ln)):
                    lines = body[i:]
                    break
            if lines:
                break
    if lines and _INTRO.search(lines[0].text):
        inline = _inline(lines[0])
        if inline:
            return [{"text": text, "line": lines[0].no} for text in inline]
        lines = lines[1:]
    return [{"text": text, "line": ln.no} for ln, text in items(lines)]


def _inline(line: Line) -> list[str]:
    """Items enumerated inside one line after the intro: 'défis suivants :1. ... ;2. ... ;3. ...'."""
    m = _INTRO.search(line.written)
    rest = line.written[m.end():] if m else ""
    colon = rest.find(":")
    if colon < 0:
        return []
    parts = [p.strip(" ;") for p in _INLINE_ENUM.split(rest[colon + 1:]) if p.strip(" ;")]
    return parts if len(parts) >= 2 and _INLINE_ENUM.search(rest[colon + 1:]) else []
