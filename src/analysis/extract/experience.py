"""Years of experience: one row per stated number of years in the qualification sections."""

from __future__ import annotations

import re
from functools import cache

from analysis.extract import Row, clean, evidence_row
from analysis.reference import NUMBER, term_pattern, to_number
from analysis.segment import Line, Notice

_YEARS = re.compile(
    rf"(?:(?P<q>at least|a minimum of|minimum of|minimum|no less than|not less than|no fewer than|not fewer than|"
    rf"more than|over|up to|"
    rf"a maximum of|maximum of|au moins|au minimum|minimum de|plus de|jusqu'à)\s*)?\(?"
    rf"(?:between\s+)?(?P<n>{NUMBER}|\ban?(?=\s+decade))(?:\s*\((?:\d+|{NUMBER})\))?\s*(?P<plus>\+|or\s+more\b)?\s*"
    rf"(?:(?:-|to|à|and)\s*(?P<hi>{NUMBER})(?:\s*\((?:\d+|{NUMBER})\))?\s*)?"
    rf"(?:full[- ]time\s+)?(?P<unit>years?|yrs?\.?|ans|années?|decades?)(?![\w])(?:'|s')?", re.I)  # ("a decade")
_SUBSET = re.compile(rf"\b(?:of which|out of which|including|dont|within\s+(?:those|these|which|them)(?:\s+years)?,?|"
                     rf"with(?=\s+(?:at least|a minimum of|not less than)))\s+"  # "with at least ten in management"
                     rf"(?P<q>at least|a minimum of|minimum|not less than|no less than|no fewer than|not fewer than|"
                     rf"au moins|au minimum)?\s*"
                     rf"(?P<n>{NUMBER})(?:\s*\((?:\d+|{NUMBER})\))?\s+(?:(?:should|must)\s+be\s+|(?:ans|années)\s+)?(?:in|at|with|as|à|dans|en|(?=[a-z]{{3,}}ing\b))"
                     rf"|\b(?:(?:the\s+(?:last|past)|(?P<q2>at least|a minimum of|not less than|no less than|"
                     rf"no fewer than|not fewer than))\s+)?"
                     rf"(?P<n2>{NUMBER})(?:\s*\((?:\d+|{NUMBER})\))?\s+of\s+(?:which|them)\b", re.I)
# A clause that is a subset of the experience before it: "..., including 4 years in a managerial capacity".
_SUBSET_LEAD = re.compile(r"\b(?:of which|out of which|including|dont|"
                          r"within\s+(?:those|these|which|them)(?:\s+years)?)\W*$", re.I)
_OR_MORE = re.compile(r"^\W*(?:or more|or longer|minimum|at least|\+)", re.I)
_NOT_DURATION = re.compile(r"(?:next|last|past|within|period of|initial|during the|for the)\s*(?:the\s+)?$",
                           re.I)
_EXPERIENCE = re.compile(r"experience|expérience|service|worked|working", re.I)
# Years of "professional experience" are professional, whatever field follows ("... in staff management").
_PROFESSIONAL = re.compile(r"\bprofessional\s+experience\b|\bexpérience\s+professionnelle\b", re.I)
# A text cut short inside the word: "at least 2 years' exper" at the end of an opening.
_CUT_EXPERIENCE = re.compile(r"\b(?:ex|exp|exp[eé]|exp[eé]r|exp[eé]ri|exp[eé]rie|exp[eé]rien|exp[eé]rienc)\s*$", re.I)
# Where a clause ends: a sentence or list item, a subset ("of which"), or ", and" before a new verb.
_CLAUSE_BREAK = re.compile(r";|\.(?:\s|$)|\bout of which\b|\bof which\b|\bof them\b|\bdont\b|\bincluding\b|"
                           r"\bwith\s+(?=at least|a minimum of|not less than)|"
                           r",\s+and\s+(?=(?:will|should|must|shall|have|has|hold|possess|be)\b)", re.I)
_DOMAIN_AFTER = re.compile(r"(?:experience|expérience)\s+(?:(?:gained|acquired)\s+)?(?:in|of|with|at|dans|en)"
                           r"\s+(?P<d>[^;.()]+)", re.I)
_DOMAIN_BEFORE = re.compile(r"(?:background|expérience|experience)\s+(?:in|dans|en)\s+(?P<d>.+?)\s+"
                            r"(?:developed|gained|acquired|fondée|through)\b", re.I)
_LEADING_WORDS = re.compile(r"^(?:have|has|possess|with|a|an|the|significant|extensive|proven|solid|strong|"
                            r"relevant|demonstrated|substantial|considerable|avoir|une?|d'|de)\s+", re.I)
_QUALIFIER = {"at least": "at_least", "a minimum of": "at_least", "minimum of": "at_least",
              "minimum": "at_least", "no less than": "at_least", "not less than": "at_least",
              "no fewer than": "at_least", "not fewer than": "at_least",
              "more than": "at_least", "over": "at_least", "au moins": "at_least",
              "au minimum": "at_least", "minimum de": "at_least", "plus de": "at_least",
              "up to": "up_to", "a maximum of": "up_to", "maximum of": "up_to", "jusqu'à": "up_to"}


def extract(notice: Notice) -> list[Row]:
    """Rows from the qualification sections; when they state no years, from the rest of the notice."""
    rows: list[Row] = []
    for section in notice.find("qualifications", "essential", "desirable"):
        where = "desirable" if section.key == "desirable" else "essential" if section.key != "header" else "other"
        rows += _rows(notice, section.body, where)
    if not rows:
        rows = _rows(notice, notice.body("header", "summary"), "other")
    return rows


def _rows(notice: Notice, lines: list[Line], where: str) -> list[Row]:
    """One row per figure of years; in a qualification list every figure counts, elsewhere only
    figures of experience. Figures sharing a clause ("7 years in policy and 3 in team management")
    each take their kind and domain from their own stretch of it."""
    rows: list[Row] = []
    for ln in notice.with_trigger("years", lines):
        if where == "other" and _board_tag().match(ln.norm):
            continue  # a job board's own tag ("Experience level: Senior level (10+ years)"), not the notice's
        figures = [m for m in _YEARS.finditer(ln.norm)
                   if not _NOT_DURATION.search(ln.norm[max(0, m.start() - 20):m.start()])
                   and (years := _years(m, "n")) is not None and 0 < years < 60]
        clauses = [_clause(ln.norm, m.start(), m.end()) for m in figures]
        for i, m in enumerate(figures):
            start, end = clauses[i]
            clause = ln.norm[start:end]
            if where == "other" and not _experience(clause) and not (
                    _SUBSET_LEAD.search(ln.norm, 0, start) and _experience(ln.norm[:start])):
                continue  # outside the qualifications only years of experience count (or a subset of them)
            after_one = i > 0 and clauses[i - 1] == clauses[i]
            before_one = i + 1 < len(figures) and clauses[i + 1] == clauses[i]
            # a figure's own stretch runs to the next figure: "5 years of management experience and"; it starts
            # at the figure when a number stands before it in its clause ("of which 5 in a managerial role and
            # 3 years in ...")
            after_one = after_one or _ANY_NUMBER.search(ln.norm, start, m.start()) is not None
            own = ln.norm[m.start() if after_one else start:figures[i + 1].start() if before_one else end]
            hi = _years(m, "hi") if m.group("hi") else None
            qualifier = ("range" if hi else "at_least" if m.group("plus") or _OR_MORE.match(ln.norm[m.end():])
                         else _QUALIFIER.get((m.group("q") or "").lower(), "exactly"))
            kind = "management" if _MANAGED_FOR.search(ln.norm, start, m.start()) else _kind(own, clause, where)
            if kind == "professional" and _stands_for_degree(ln.norm, m, end):
                kind = "other"
            rows.append(evidence_row(ln, m.start(), m.end(), years=_years(m, "n"), years_max=hi,
                                     qualifier=qualifier, kind=kind, domain=_domain(own), section=where))
        _whole_before_part(rows, ln, figures)
        for m in _SUBSET.finditer(ln.norm):
            _, end = _clause(ln.norm, m.end(), m.end())
            qualifier = _QUALIFIER.get((m.group("q") or m.group("q2") or "").lower(), "exactly")
            parts = [(m.start(), m.end(), m.group("n") or m.group("n2"))]
            while (more := _SUBSET_AND.match(ln.norm, parts[-1][1] + _stretch(ln.norm, parts[-1][1], end))) \
                    and more.start() < end:  # ("of which 5 in airworthiness management and 3 in a supervisory role")
                parts.append((more.start("n"), more.end(), more.group("n")))
            for a, b, n in parts:
                years = to_number(n)
                if years is None or not 0 < years < 60 or any(r["line"] == ln.no and r["years"] == years
                                                               for r in rows):
                    continue
                clause = ln.norm[a:b + _stretch(ln.norm, b, end)]  # its own stretch, up to the next figure
                kind = "management" if _managing(clause) else "professional"
                rows.append(evidence_row(ln, a, b, years=years, years_max=None, qualifier=qualifier, kind=kind,
                                         domain=_domain(clause), section=where))
    return rows


def states_years(row: Row, text: str) -> bool:
    """Whether a text (a clause of the row's sentence) states the row's figure of years, of management for a row of
    management ("including 3 years of team management", not "3 years of administrative support")."""
    return "years" in row and any(to_number(m.group(0)) == row["years"] for m in _ANY_NUMBER.finditer(text)) \
        and (row.get("kind") != "management" or _managing(text) is not None)


def _stretch(norm: str, at: int, end: int) -> int:
    """How far a subset's figure runs from `at`: up to the next figure's " and N in" or the clause's end."""
    nxt = _SUBSET_AND.search(norm, at, end)
    return (nxt.start() if nxt else end) - at


# A subset's next figure: "... of which 5 in X and 3 in a supervisory role".
_SUBSET_AND = re.compile(rf"\s+and\s+(?P<n>{NUMBER})\s+(?:years?\s+)?(?:in|at|as|with)\b", re.I)


@cache
def _board_tag() -> re.Pattern[str]:
    """A job board's label of its own tags on experience (terms.csv board_tag): "Experience level:", "Seniority
    level:"."""
    return re.compile(rf"^\W*(?:{term_pattern('board_tag')})\s*:", re.I)


def _years(m: re.Match[str], group: str) -> float | None:
    """The years a figure states: its number, ten times over for decades ("a decade", "two decades")."""
    n = m.group(group)
    number = 1.0 if n.lower() in ("a", "an") else to_number(n)
    return number * 10 if number is not None and m.group("unit").lower().startswith("decade") else number


def _whole_before_part(rows: list[Row], ln: Line, figures: list[re.Match[str]]) -> None:
    """A figure whose management part follows it ("seven years in coordination or management functions, including
    three years supervising staff") is the whole experience: professional, not management."""
    mine = [r for r in rows if r["line"] == ln.no][-len(figures):] if figures else []
    for whole, part, m in zip(mine, mine[1:], figures[1:], strict=False):
        if whole["kind"] == part["kind"] == "management" and _SUBSET_LEAD.search(ln.norm[:m.start()]):
            whole["kind"] = "professional"


# Any number in digits or in words (a figure of years without "years": "of which 5 in management").
_ANY_NUMBER = re.compile(rf"(?<![\w.,]){NUMBER}(?![\w.,]\w)", re.I)


@cache
def _management() -> re.Pattern[str]:
    """Management experience (terms.csv): a phrase of the `management` group, an act of managing and what
    is managed up to four words apart ("supervising a finance team", "supervising other lawyers or legal staff",
    "managing large technical organisations"), or a managerial kind of post ("in an executive management position")."""
    return re.compile(rf"\b(?:{term_pattern('management')})"  # (a word's start: not "chain management")
                      rf"|\b(?:{term_pattern('manage_act')})(?:\s+|(?<=['’]))(?:[\w-]+['’]|[\w'’-]+,?\s+){{0,5}}"
                      rf"(?:{term_pattern('managed')})\b"  # (an elided article: "à la tête d'une équipe")
                      rf"|\b(?:{term_pattern('manage_kind')})\s+(?:(?!support\b|assistan)[\w'’-]+\s+)?"
                      rf"(?:{term_pattern('manage_post')})\b",  # (not "an executive support role")
                      re.I)


def _managing(text: str) -> re.Match[str] | None:
    """The first statement of management in text that is not a field's name ("management" after a noun naming what is
    managed, "document management function", is a field of work) nor only preferred ("preferably at executive
    level")."""
    for m in _management().finditer(text):
        if _PREFERRED.search(text, 0, m.start()):
            break  # "..., preferably at senior-executive level": what is preferred is not required
        if not m.group(0).lower().startswith("management"):
            return m
        before = re.findall(r"[\w']+|[,;:(]", text[:m.start()])[-1:] or [""]  # ("people-management": people)
        if before[0].lower() in _BEFORE_MANAGING or not before[0][:1].islower():
            return m
    return None


_PREFERRED = re.compile(r"\b(?:preferably|ideally|desirably|if\s+possible)\b", re.I)
# Words that may stand before "management ..." when it means managing people ("in a management function", "senior
# management experience").
_BEFORE_MANAGING = frozenset({"", "a", "an", "the", "in", "of", "for", "at", "with", "and", "or", "as", "senior",
                              "middle", "general", "line", "top", "executive", "higher", "relevant", "proven",
                              "previous", "prior", "similar", "some", "its", "their", "people", "team", "staff",
                              "years'", "years", "year's", "year"})  # ("five years' management experience")


def _experience(text: str) -> bool:
    return bool(_EXPERIENCE.search(text) or _CUT_EXPERIENCE.search(text))


def _kind(own: str, clause: str, where: str = "other") -> str:
    """management when the figure's own stretch names management; professional when it, or the
    clause it shares, names experience, or (in a list of requirements) it is years spent in a field
    ("minimum 10 years in HR management"); else other (years of something else, e.g. of study)."""
    managed = _managing(own)
    if managed and not _PROFESSIONAL.search(own) and not _SUPPORT_ROLE.search(own) \
            and not _ALTERNATIVE.search(own, 0, managed.start()):
        return "management"
    if _WORKED.search(own) or _CUT_EXPERIENCE.search(own) or _WORKED.search(clause):
        return "professional"
    years_in = _YEARS_IN.search(own)
    if where != "other" and years_in and not _STUDY.search(own, years_in.start()):
        return "professional"
    return "other"


# Management as one of two fields ("experience in policy coordination or in the management of an office"): the
# years are professional experience.
_ALTERNATIVE = re.compile(r"\bexperience\b.*\bor\s+(?:in\s+)?(?:the\s+|an?\s+)?$", re.I)
# Years said after the act of managing: "have supervised staff for at least two years".
_MANAGED_FOR = re.compile(r"\b(?:supervis|manag|l(?:ed|ead)|head)\w*\s+(?:[\w-]+\s+){0,3}?for\s+$", re.I)
# Experience in a supporting role, whatever level it served ("as a personal assistant or secretary at senior
# management level", "supporting a senior executive", "in a front-office function"): not management experience.
_SUPPORT_ROLE = re.compile(r"\bas\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:assistant|secretary|clerk|typist|receptionist)\b"
                           r"|\b(?:supporting|assisting|in\s+support\s+of)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}"
                           r"(?:executives?|managers?|directors?|heads?|management)\b|\bfront[- ]office\b", re.I)
# Years of experience, or of work called by another name ("ten (10) years of clinical practice", "seven years of
# post-qualification legal practice").
_WORKED = re.compile(r"experience|expérience|\byears?\s+of\s+(?:[\w-]+\s+){0,2}(?:practice|service|employment|work)\b",
                     re.I)
# Years spent in a field or a role ("10 years in HR", "8 yrs as an auditor"), and years of study.
_YEARS_IN = re.compile(r"\b(?:years?|yrs?\.?|ans|années)\s+(?:in|as|at|within|dans|en|comme)\b", re.I)
_STUDY = re.compile(r"\b(?:stud(?:y|ies)|degree|university|education|school|études|diplôme)\b", re.I)


# Years that stand in for a degree: added to a lesser education ("or higher secondary education and an additional 2
# years of relevant experience", "... with 2 years' further experience") or said to replace it ("7 years of
# experience in lieu of the degree"). A way to qualify without the degree, not the experience the post asks for.
_ADDED_BEFORE = re.compile(r"\b(?:additional|further|extra)\s+$", re.I)
_ADDED_AFTER = re.compile(r"\s*(?:of\s+)?(?:additional|further|extra)\b", re.I)
_IN_LIEU = re.compile(r"\b(?:in\s+(?:lieu|place)\s+of|instead\s+of|to\s+replace)\s+(?:an?\s+|the\s+|such\s+an?\s+)?"
                      r"(?:[\w'’-]+\s+){0,2}?(?:degree|diploma|qualification|education)\b", re.I)


_IN_LIEU_BEFORE = re.compile(_IN_LIEU.pattern + r"\s*[,:]\s*(?:(?:at\s+least|a\s+minimum\s+of|minimum)\s+)?$", re.I)
_LIEU_REACH = 60
_ALTERNATIVE_CUT = re.compile(r",?\s+or\b|;")


def _stands_for_degree(norm: str, m: re.Match[str], end: int) -> bool:
    """Whether the figure of years m (its clause ending at `end`) stands in for a degree (`_IN_LIEU`)."""
    added = _ADDED_BEFORE.search(norm, max(0, m.start() - 12), m.start()) or _ADDED_AFTER.match(norm, m.end())
    own = _ALTERNATIVE_CUT.search(norm, m.end(), end)  # (the figure's own alternative: not "..., or, in lieu of a
    # degree, 10 years")
    return bool(added and _STUDY.search(norm, 0, m.start())) or _IN_LIEU.search(
        norm, m.end(), own.start() if own else end) is not None or _IN_LIEU_BEFORE.search(
        norm, max(0, m.start() - _LIEU_REACH), m.start()) is not None


def _clause(norm: str, start: int, end: int) -> tuple[int, int]:
    """The clause a figure of years stands in; "of which" right after the figure says what those years were ("at
    least 5 years of which in a management role"), so it goes on past it."""
    left = 0
    for b in _CLAUSE_BREAK.finditer(norm, 0, start):
        left = b.end()
    b = _CLAUSE_BREAK.search(norm, _WHICH_AFTER.match(norm, end).end() if _WHICH_AFTER.match(norm, end) else end)
    return left, b.start() if b else len(norm)


_WHICH_AFTER = re.compile(r"\s+of\s+which\b(?!\s+(?:at\s+least\s+|a\s+minimum\s+of\s+)?\d)", re.I)  # (not "of which 5
# in X": a subset's own figure)


def _domain(clause: str) -> str | None:
    m = _DOMAIN_AFTER.search(clause) or _DOMAIN_BEFORE.search(clause)
    if m:
        text = m.group("d")
    else:
        m = re.search(r"^(?P<d>.*?)\s*(?:experience|expérience)", clause, re.I)
        text = m.group("d") if m else ""
        while _LEADING_WORDS.match(text.strip()):
            text = _LEADING_WORDS.sub("", text.strip())
    text = re.sub(rf"\b(?:at least|minimum|{NUMBER})\b.*$", "", text, flags=re.I) if m and \
        _DOMAIN_BEFORE.search(clause) is None and re.search(r"\d", text) else text
    return clean(text) or None
