"""Is this text a vacancy notice? Evidence weighed into a score, with the reasons.

Evidence: section headings (inline ones included), header labels, a title naming a post, and the
phrases of `notice_evidence.csv` (a NATO body, a grade, pay, a deadline, years of experience,
official languages, the post holder, duties, requirements, accountability areas, standard clauses;
a news item's byline or reading time counts against).
Text with essentially none of it is not a notice, nor is text without headings or a title whose
evidence is only general recruiting words; weak but present evidence still gives a post, with a
warning naming what is missing.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import cache

from analysis.extract.header import split_labels
from analysis.extract.positions import is_intro, table_of_posts
from analysis.extract.title import bare, is_title_line, names_post
from analysis.reference import fold, header_labels, read_csv, term_pattern, terms
from analysis.segment import CORE, Line, Notice, heading_of, make_lines

NOT_A_NOTICE = 3  # below this score the text is not a notice
_HEAD = 20000  # characters of a text searched for the phrases of notice_evidence.csv
_OPENING = 2000  # ... of a text with strong evidence, for evidence against it
WEAK = 6  # below this score the post gets a warning
STRONG = 8  # from this score on, no more evidence is looked for
LISTING_LINES = 80  # header lines looked at for a list of vacancies
LISTING = 3  # this many different titles or vacancy numbers under their labels make a list of vacancies
QUESTIONS = 3  # this many questions standing as headings, in a text without section headings, make a FAQ page


@dataclass(frozen=True)
class Verdict:
    """The score, what was found and what a notice would also have."""

    score: int
    found: tuple[str, ...]
    missing: tuple[str, ...]

    titled: bool
    sectioned: bool
    listed: int
    posting: bool  # a fact of one posting (header labels, a grade, a deadline, years...), not only recruiting words
    questions: int = 0  # lines that are questions ("How are posts graded?"): a page of questions and answers
    title_line: bool = False  # the title is a line of its own, not a post named in the prose
    summary: bool = False  # the text opens with an office's summary narrowing to its section (a notice cut short)
    against: bool = False  # evidence against a notice was found (a blog's or a news item's furniture)
    expired: bool = False  # a job board says its listing has expired, and nothing of its notice's text is left

    @property
    def is_notice(self) -> bool:
        """Enough evidence for one notice; a text without headings must also name a post, or state a
        fact of one posting with weak evidence at least (a page on how NATO recruits uses the same
        words as a notice, but states no grade, deadline or years); a page listing several vacancies'
        titles or numbers is not one notice, nor a page of questions, unless it is one post's notice laid out as
        questions and answers (a title naming the post and strong evidence of one posting)."""
        return self.score >= NOT_A_NOTICE and (self.titled or self.sectioned or self.summary
                                               or (self.score >= WEAK and self.posting)) \
            and self.listed < LISTING and (self.sectioned or self.questions < QUESTIONS or self._posting_in_questions) \
            and (self.titled or not self.against) \
            and not (self.expired and self.score < WEAK)  # (an article naming no post quotes a notice's lines as
        # examples; an expired listing keeping little more than its title, no section of it, has lost its notice)

    @property
    def _posting_in_questions(self) -> bool:
        return self.title_line and self.posting and self.score >= STRONG

    @property
    def reason(self) -> str:
        if self.listed >= LISTING:
            return f"a list of {self.listed} different vacancies (titles or vacancy numbers), not one notice"
        if self.expired and self.score < WEAK and self.score >= NOT_A_NOTICE:
            return "a job board's expired listing that keeps little more than the post's title, not its notice"
        if self.against and not self.titled and self.score >= NOT_A_NOTICE:
            return "an article or a page about recruitment that names no post (its notice's lines are examples)"
        if self.questions >= QUESTIONS and not self.sectioned and not self._posting_in_questions:
            return f"a page of {self.questions} questions and answers, not a notice"
        return f"essentially no notice evidence (score {self.score}; found: {', '.join(self.found) or 'nothing'})"


@cache
def _phrases() -> tuple[tuple[str, str, int, bool, re.Pattern[str], tuple[str, ...]], ...]:
    """(what, weight, whether it is a fact of one posting, pattern, the words one of which the text must hold for
    the pattern to be tried: a cheap test) from notice_evidence.csv."""
    return tuple((r["name"], r["what"], int(r["weight"]), r["kind"] == "posting", re.compile(r["pattern"]),
                  tuple(w for w in r["trigger"].split("|") if w)) for r in read_csv("notice_evidence.csv"))


def recognise(notice: Notice, text: str, labels: int, titled: bool, title_line: bool = False) -> Verdict:
    """Weigh the evidence: `labels` header labels read, `titled` whether a title naming a post was found
    (`title_line`: as a line of its own)."""
    listed = _listed(notice)
    if not any(s.key in CORE for s in notice.sections):  # (a table of posts without headings lists vacancies)
        rows = [(ln.no, ln.raw) for s in notice.sections[:1] if s.key == "header" for ln in s.lines]
        listed = max(listed, _titles_listed(notice), len(table_of_posts(rows)))
    if listed >= LISTING and _own_posts(notice, text):
        listed = 0  # the posts one notice advertises, listed under its intro and described with their requirements
    listed = max(listed, _documents_listed(text))
    found: list[str] = []
    missing: list[str] = []
    score = 0
    posting = labels > 0
    against = expired = False
    # sections headed by questions ("What will you do?") weigh only under a title line (a FAQ page asks them too)
    asked = set() if title_line else _asked_sections(text)
    sections = sorted({s.key for s in notice.sections} & CORE - asked)
    if sections:
        score += 2 * min(len(sections), 3)
        found.append(f"sections {', '.join(sections)}")
    else:
        missing.append("section headings")
    if labels:
        score += min(labels, 5)
        found.append(f"{labels} header labels")
    if titled:
        score += 2
        found.append("a title naming a post")
    else:
        missing.append("a post title")
    strong = score >= STRONG  # headings, labels and a title settle most notices: phrases only when they do not
    head = text[:_OPENING if strong else _HEAD]  # (evidence against a notice is always looked for, in the opening
    # where a page says what it is: "The competition ... has been cancelled", "not a job advertisement")
    lower = head.lower()
    own = _own_text(notice, text, len(head))  # (evidence against a notice is never read in a viewer's list of other
    own_lower = own.lower()  # documents: "Guide for applicants 2007" among them says nothing of this text)
    for name, what, weight, of_posting, pattern, trigger in _phrases():
        if strong and weight > 0:
            continue
        searched, searched_lower = (own, own_lower) if weight < 0 else (head, lower)
        if (not trigger or any(w in searched_lower for w in trigger)) and pattern.search(searched):
            score += weight
            posting = posting or of_posting
            against = against or weight < 0
            expired = expired or (name == "expired" and all(sec.key == "header" for sec in notice.sections)
                                  and not any(len(ln.text) >= _DESCRIBED and not pattern.search(ln.text)
                                              for ln in notice.header))  # (no line of the notice's own text)
            found.append(what)
        elif weight > 0:  # evidence against a notice (a news item's byline) is never "missing"
            missing.append(what)
    if len(graded := set(_SCALE_GRADE.findall(own))) >= _SCALE_GRADES:  # a salary scale: a row per grade
        score -= _SCALE_WEIGHT
        against = True
        found.append(f"a scale of {len(graded)} grades (a salary table): evidence against a notice")
    questions = sum(1 for ln in notice.active_lines if ln.text.endswith("?") and len(ln.text) <= _QUESTION_CHARS)
    summary = not sections and not titled and _office_summary(text[:_OPENING])
    if summary:
        score += 2
        found.append("an office's summary narrowing to its section")
    return Verdict(score, tuple(found), tuple(missing), titled, bool(sections), listed, posting, questions,
                   title_line, summary, against, expired)


def _own_text(notice: Notice, text: str, limit: int) -> str:
    """The first `limit` characters of the text without the lines of a viewer's list of other documents that the
    notice's own text follows ("Similar documents" ... "Transcription")."""
    if not notice.dropped:
        return text[:limit]
    return "\n".join(line for no, line in enumerate(text[:limit].split("\n"), start=1) if no not in notice.dropped)


@cache
def _unit_subject() -> re.Pattern[str]:
    """A sentence whose subject is a named unit: "The Security Processes Section (SPS) is responsible for"."""
    return re.compile(
        r"(?:^|(?<=[.!?]\s))The\s+"  # a sentence opens with "The"
        r"(?:(?:[A-Z][\w&’'-]*|of|and|for|the)\s+){1,8}?"  # the unit's name, in capitals
        rf"(?P<unit>(?i:{term_pattern('unit_rank')}))"  # its kind (terms.csv unit_rank)
        r"(?:\s+\([A-Z][\w&/ -]{1,12}\))?"  # its acronym, "(SPS)"
        r"\s+(?:[a-z]+ly\s+)?(?:is|are|has|have|was|[a-z]{3,}s)\b",  # and its verb: "is", "maintains", "supports"
        re.M)


def _office_summary(text: str) -> bool:
    """Whether a text opens as a notice's summary does, from a larger unit down to the post's own section or
    team ("The X Branch maintains ... The Y Section is responsible for ..."): a posting cut short before it
    names its post. A page describing an organisation stops at its larger units."""
    ranks = terms("unit_rank")
    seen = [int(ranks[m.group("unit").lower()]) for m in _unit_subject().finditer(text) if m.group("unit")[0].isupper()]
    return any(r == _SMALLEST for r in seen) and any(r < _SMALLEST for r in seen[:seen.index(_SMALLEST)])


_SMALLEST = 2  # a section, unit, team or cell (terms.csv unit_rank)


_SCALE_GRADE = re.compile(r"(?<![\w.])G-?(?:[1-9]|1\d|2[0-5])(?!\d|\.\d)")  # a NATO grade, G1 to G25
_SCALE_GRADES = 8  # different grades: a notice names a few, a salary table names a row of them
_SCALE_WEIGHT = 10
_DESCRIBED = 80  # characters of a line of a notice's own running text
_QUESTION_CHARS = 120  # a question standing as a heading is short
_REQUIREMENTS = frozenset({"experience", "level", "incumbent"})  # notice_evidence.csv rows a post's requirements give


def _own_posts(notice: Notice, text: str) -> bool:
    """Whether a text listing several posts is one notice of them: a line of its header introduces them as the posts
    it fills ("... is seeking candidates for the following three posts:"), or it has a notice's sections (its
    posts' context, their essential qualifications), and it states their requirements."""
    sectioned = len({s.key for s in notice.sections} & CORE) >= _OWN_SECTIONS
    introduced = any(is_intro(ln.text) or _FILLS_POSTS.search(ln.text) for ln in notice.header[:LISTING_LINES])
    return (sectioned or introduced) and _requirements_in(text)


_OWN_SECTIONS = 2  # a notice's sections a list of vacancies does not have
# A sentence saying the text fills its posts: "This requisition covers three posts in X", "The Agency will fill two
# posts", "We are hiring: three positions in X".
_FILLS_POSTS = re.compile(r"\b(?:covers|fills?|will\s+fill|is\s+to\s+fill|recruit(?:s|ing)?\s+for|"
                          r"(?:informed|notified|advised)\s+of|"  # ("Delegations are hereby informed of two vacancies")
                          r"(?:are|is)\s+hiring(?:\s+for)?:?)\s+"  # ("We are hiring: three positions in X")
                          r"(?:the\s+following\s+)?(?:two|three|four|five|[2-9])\s+(?:[\w-]+\s+){0,2}?"
                          r"(?:posts|positions|vacancies)\b"
                          r"|\b(?:two|three|four|five|[2-9])\s+(?:posts|positions)\s+(?:listed\s+)?below\b"
                          # ... or uncounted: "we are recruiting for the positions listed below"
                          r"|\b(?:recruit(?:s|ing)?|hiring|applications(?:\s+are\s+invited)?)\s+for\s+the\s+"
                          r"(?:posts|positions|vacancies)\s+(?:listed|described|set\s+out)\s+"
                          r"(?:in\s+the\s+(?:table|list)\s+)?below\b",  # ("... the posts listed in the table below")
                          re.I)  # ("The three positions below are open at our site")


def _states_requirements(lines: list[Line]) -> bool:
    """Whether lines state a post's requirements: a notice's own text, flattened by a viewer above its list of
    similar documents."""
    return _requirements_in("\n".join(ln.text for ln in lines))


def _requirements_in(text: str) -> bool:
    """Whether a text states a post's requirements (years of experience, a language level, the post holder)."""
    head = text[:_HEAD]
    return any(name in _REQUIREMENTS and pattern.search(head) for name, pattern in _named_phrases())


@cache
def _named_phrases() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((r["name"], re.compile(r["pattern"])) for r in read_csv("notice_evidence.csv"))


def _asked_sections(text: str) -> set[str]:
    """The sections that questions standing as headings open."""
    questions = make_lines("\n".join(t for t in text.split("\n") if t.rstrip(" *_#").endswith("?")))
    return {head[0] for ln in questions if (head := heading_of(ln))}


# A line of a list of vacancies: a post's title, then its vacancy number ("Officer, Budget (250102) - ...").
_LISTED_LINE = re.compile(r"^(?P<t>[A-Z][^:\d]{3,120}?)[\s,(\[–-]*(?P<ref>\d{5,7})(?!\d)"
                          # ... or a table's row, its vacancy number first: "24/003<tab>Staff Officer (X)<tab>G15"
                          r"|^(?P<ref2>[A-Z]?\d{2,5}/\d{2,5}|\d{5,7}|\d{4}_\d{3,5})[ \t]*[\t|][ \t]*"
                          r"(?P<t2>[A-Z][^\t|]{3,120}?)(?:[ \t]*[\t|]|$)")  # (cells apart by tabs or bars)


def _documents_listed(text: str) -> int:
    """How many documents a document site's page of results lists: each item's line of facts ("9 pages · 2,318 views
    · English") a short opening apart from the next (a notice on such a site has one above its own long text)."""
    if "views" not in text:
        return 0
    starts = [m.start() for m in _DOCUMENT_FACTS.finditer(text)]
    if len(starts) < LISTING or max(b - a for a, b in itertools.pairwise([0, *starts])) > _ITEM_OPENING:
        return 0
    return len(starts)


# A document's line of facts on a document site: its pages and views.
_DOCUMENT_FACTS = re.compile(r"^[ \t]*\d{1,4}\s+pages?\s*[·|•,-]\s*[\d,.]+\s+views?\b", re.I | re.M)
_ITEM_OPENING = 800  # characters an item of a page of results shows at most: its title and opening


def _titles_listed(notice: Notice) -> int:
    """How many different lines shaped as a post's title a text without headings opens with (a page listing
    vacancies names one post per item; a notice names its own post, perhaps twice in the same words)."""
    titles = set()
    for ln in notice.header[:LISTING_LINES]:
        if len(ln.text) > _BODY_CHARS:
            break  # a notice's own text run into one paragraph: the titles after it are a board's other jobs
        text = _ITEM_NUMBER.sub("", ln.text)  # "1. Officer, X" in a list
        for piece in (text, _FACTS_AFTER.split(text, 1)[0]):  # ... or "Officer, X - NATO IS - Brussels - ..."
            if len(piece) <= _TITLE_CHARS and ":" not in piece and is_title_line(piece):
                titles.add(fold(bare(piece)[0]))
                break
    return _distinct(titles)


# Where a job list's item goes on from its title to its facts, a dash or a bar between spaces: "Legal Adviser – NATO
# International Staff – Brussels – Grade A.3 – Closing date: 19 Apr 2026" (dashes are folded to "-" once read).
_FACTS_AFTER = re.compile(r"\s[-|]\s")


_ITEM_NUMBER = re.compile(r"^\d{1,2}[.)]\s+")


def _distinct(values: set[str]) -> int:
    """How many values are not part of another (a title cut short, "Branch Head (Civilian ...", or written
    without its complement is the same post)."""
    cut = {v.rstrip(" .…") for v in values}
    return sum(1 for v in cut if v and not any(v != other and v in other for other in cut))


_TITLE_CHARS = 90
_BODY_CHARS = 800  # a line longer than this is a notice's text, no list item's opening


def _listed(notice: Notice) -> int:
    """How many different values the header gives the title or the reference label, or how many lines
    name a post with its own vacancy number (1 for a notice). A text without sections is read with what
    follows its "Similar documents" (a page of other notices' openings, the first one included)."""
    lines = notice.header[:LISTING_LINES]
    if not any(s.key in CORE for s in notice.sections) and not _states_requirements(notice.header):
        lines += [ln for s in notice.sections if s.key == "related" for ln in s.body][:LISTING_LINES]
    values: dict[str, set[str]] = {"lines": set()}
    for ln in lines:
        m = _LISTED_LINE.match(ln.written) or _LISTED_LINE.match(ln.raw.strip())
        if m and names_post(m.group("t") or m.group("t2")):
            values["lines"].add(m.group("ref") or m.group("ref2"))
    for ln in lines:
        if ":" in ln.text:
            for label, value in split_labels(ln.written)[1]:
                field = header_labels().get(fold(label))
                if field in ("title", "reference") and value and (field == "reference" or names_post(value)):
                    values.setdefault(field, set()).add(fold(value))  # (not "Post 1: ...": a post's number)
    return max((_distinct(v) for v in values.values()), default=0)
