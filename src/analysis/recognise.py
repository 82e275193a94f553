"""Is this text a vacancy notice? Evidence weighed into a score, with the reasons.

Evidence: section headings (inline ones included), header labels, a title naming a post, and the
phrases of `notice_evidence.csv` (a NATO body, a grade, pay, a deadline, years of experience,
official languages, the post holder, duties, requirements). Text with essentially none of it is
not a notice; weak but present evidence still gives a post, with a warning naming what is missing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from analysis.reference import read_csv
from analysis.segment import CORE, Notice

NOT_A_NOTICE = 3  # below this score the text is not a notice
WEAK = 6  # below this score the post gets a warning
STRONG = 8  # from this score on, no more evidence is looked for


@dataclass(frozen=True)
class Verdict:
    """The score, what was found and what a notice would also have."""

    score: int
    found: tuple[str, ...]
    missing: tuple[str, ...]

    titled: bool
    sectioned: bool

    @property
    def is_notice(self) -> bool:
        """Enough evidence; a text without headings must also name a post unless its evidence is strong."""
        return self.score >= NOT_A_NOTICE and (self.titled or self.sectioned or self.score >= WEAK)


@cache
def _phrases() -> tuple[tuple[str, int, re.Pattern[str]], ...]:
    return tuple((r["what"], int(r["weight"]), re.compile(r["pattern"])) for r in read_csv("notice_evidence.csv"))


def recognise(notice: Notice, text: str, labels: int, titled: bool) -> Verdict:
    """Weigh the evidence: `labels` header labels read, `titled` whether a title naming a post was found."""
    found: list[str] = []
    missing: list[str] = []
    score = 0
    sections = sorted({s.key for s in notice.sections} & CORE)
    if sections:
        score += 2 * min(len(sections), 3)
        found.append(f"sections {', '.join(sections)}")
    else:
        missing.append("section headings")
    if labels:
        score += min(labels, 3)
        found.append(f"{labels} header labels")
    if titled:
        score += 2
        found.append("a title naming a post")
    else:
        missing.append("a post title")
    if score < STRONG:  # headings, labels and a title settle most notices: phrases only when they do not
        head = text[:20000]
        for what, weight, pattern in _phrases():
            if pattern.search(head):
                score += weight
                found.append(what)
            else:
                missing.append(what)
    return Verdict(score, tuple(found), tuple(missing), titled, bool(sections))
