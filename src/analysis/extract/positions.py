"""Notices that advertise several posts at once: the positions they name, each with its reference."""

from __future__ import annotations

import re

from analysis.extract import clean
from analysis.extract.header import family_of
from analysis.segment import Notice

_INTRO = re.compile(r"\b(?:hire|recruit|fill|select)\b[^.:\n]*?\b(?:following|below)\s+(?:positions?|posts?|"
                    r"vacancies|roles)\s*:?\s*$|\bfor the following (?:positions?|posts?)\s*:\s*$", re.I)
_POST_COUNT = re.compile(r"\s*\(\d+\s+posts?\)", re.I)
_TITLE_JOIN = re.compile(r"(?<=posts\))\s*(?:&|\band\b|;|,)\s*|(?<=post\))\s*(?:&|\band\b|;|,)\s*", re.I)
_REF = re.compile(r"\(?\b(?P<ref>\d{5,7})\b\)?")


Position = tuple[str, str | None, int, str]


def positions(notice: Notice, title: str | None = None, title_line: int = 0, title_evidence: str = ""
              ) -> tuple[list[Position], str | None]:
    """([(title, reference, line, evidence)], problem) for a multi-post notice; ([], None) for one post.

    The positions come from a list after "...for the following positions:", or from a title that
    names several, "Head A Section (1 post) & Head B Section (1 post)".
    """
    if title and len(_POST_COUNT.findall(title)) >= 2:
        parts = [clean(_POST_COUNT.sub("", p)) for p in _TITLE_JOIN.split(title) if _POST_COUNT.search(p)]
        if len(parts) >= 2 and len(set(parts)) == len(parts):
            return [(p, None, title_line, title_evidence) for p in parts], None
    lines = [ln for s in notice.find("header", "summary") for ln in s.lines]
    hits = {ln.no for ln in notice.with_trigger("positions", lines)}
    for i, ln in enumerate(lines):
        if ln.no not in hits or not _INTRO.search(ln.text):
            continue
        found: list[Position] = []
        bulleted = False
        for item in lines[i + 1:i + 12]:
            if not item.text:
                if found:
                    break
                continue
            if (bulleted and not item.bullet) or not (item.bullet or family_of(item.text)):
                break
            bulleted = bulleted or item.bullet
            ref = _REF.search(item.text)
            name = clean(_REF.sub("", item.text).replace(" - ", " ").strip(" -–"))
            if name and family_of(name):
                found.append((name, ref.group("ref") if ref else None, item.no, item.evidence()))
        if len(found) >= 2 and len({f[0] for f in found}) == len(found):
            return found, None
        return [], f"the notice names several positions but they cannot be told apart: {ln.text[:100]!r}"
    return [], None
