"""Field extractors: each takes a segmented Notice and returns rows that carry line and evidence."""

from __future__ import annotations

import re
from functools import lru_cache

from analysis.reference import terms
from analysis.segment import Line

Row = dict[str, object]
# (not after an abbreviation that goes on: "e.g.", "No. 5", "approx. 35", "ca. 40", "c. 45", "incl. 3", "min. 10")
_SENT_END = re.compile(r"(?<!\be\.g)(?<!\bi\.e)(?<!\bNo)(?<!\bapprox)(?<!\bca)(?<!\bc)(?<!\bincl)(?<!\bmin)(?<!\bmax)"
                       r"[.;!?](?=\s+[\"'(]?[A-Z0-9])|[.;!?]\s*$")


def sentence_span(norm: str, start: int, end: int) -> tuple[int, int]:
    """The span of the sentence of `norm` that holds [start, end)."""
    left = 0
    for m in _SENT_END.finditer(norm, 0, start):
        left = m.end()
    m = _SENT_END.search(norm, end)
    right = m.end() if m else len(norm)
    return left, right


def sentences(line: Line) -> tuple[tuple[int, int], ...]:
    """Spans of the sentences of one line (in `norm` coordinates)."""
    return _sentence_spans(line.norm)


@lru_cache(maxsize=65536)
def _sentence_spans(norm: str) -> tuple[tuple[int, int], ...]:
    """Notices repeat lines, so each line's sentences are found once."""
    spans = []
    pos = 0
    for m in _SENT_END.finditer(norm):
        if norm[pos:m.end()].strip():
            spans.append((pos, m.end()))
        pos = m.end()
    if norm[pos:].strip():
        spans.append((pos, len(norm)))
    return tuple(spans)


def evidence_row(line: Line, start: int, end: int, **values: object) -> Row:
    """A row whose evidence is the sentence around the match."""
    s, e = sentence_span(line.norm, start, end)
    return {**values, "line": line.line_at(s), "evidence": line.evidence(s, e)}


def clean(text: str) -> str:
    """Fold whitespace and strip list punctuation around a value."""
    return " ".join(text.split()).strip(" ,;:.")


def title_shaped(text: str) -> bool:
    """The bare shape of a post title: 1-16 words, mostly capitalised (connecting words aside)."""
    words = text.split()
    if not 0 < len(words) <= 16:
        return False
    lower = sum(1 for w in words if w[:1].islower() and w.lower() not in terms("title_connector"))
    return lower <= 0.6 * len(words) and any(w[:1].isupper() for w in words)
