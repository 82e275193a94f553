"""Terms of the post: clearance, contract length, extension, essay, education."""

from __future__ import annotations

import re
from functools import cache

from analysis.extract.header import Found
from analysis.reference import NUMBER, fold, term_pattern, terms, to_number
from analysis.segment import Line, Notice

# "initial period of three (3) years" (stripped of its brackets: "three 3 years"), "contract of 36 months".
_CONTRACT = re.compile(
    rf"(?:initial\s+(?:period|contract|term)|(?:(?:initial|fixed[- ]term|definite[- ]duration)\s+)?appointment|"
    rf"(?<!probationary )(?<!trial )(?<!any )(?<!each )(?<!every )(?<!in a )(?<!within a )(?<!further )"
    rf"(?<!additional )(?<!another )period|contract|term|"  # (not a renewal's: "renewed for a further period of 2")
    rf"(?:definite\s+|initial\s+)?duration|"
    rf"période\s+initiale|durée(?:\s+(?:initiale|déterminée))?|contrat(?:\s+initial)?)"
    rf"(?:\s+of\s+(?:employment|service))?\s+"  # ("The initial period of employment will be three years")
    rf"(?:(?:will\s+be\s+|shall\s+be\s+|is\s+)(?:of\s+|for\s+)?|(?:of|de|d'|for)\s*|\s*\(\s*)"
    rf"(?P<n>{NUMBER})(?:\s*\(\d+\)|\s+\d+)?\s*"
    rf"(?P<unit>years?|ans|months?|mois)\b",
    re.I)  # "... of 3 years", "Definite duration (3 years)", "The initial contract will be of three (3) years'
# duration"; not "up to 183 days in any period of 12 months"
# A label or a statement of the contract's length: "Initial contract: 3 years", "Contract duration: 2 years",
# "The initial contract is for two years", "Type of contract: Definite duration, 3 years".
_CONTRACT_LABEL = re.compile(
    rf"\b(?:(?:initial\s+|type\s+of\s+)?(?:contract|appointment)(?:\s+(?:duration|length|period|term|type))?"
    rf"|initial\s+(?:term|period))"  # ("Initial term: thirty-six months")
    rf"(?:\s*[:|]\s*|\s+is\s+for\s+)"  # (or a table's next cell: "Initial period | 60 months")
    rf"(?:(?:definite[- ]duration|fixed[- ]term|initial|renewable)[,\s]+)*"
    rf"(?:[\w-]+[,\s]+){{0,8}}?(?:initially\s+|for\s+)?"  # "NATO international civilian, definite duration, initially"
    rf"(?P<n>{NUMBER})(?:\s*\(\d+\))?[\s-]*(?P<unit>years?|months?|ans|mois)\b", re.I)
_CONTRACT_BEFORE = re.compile(
    rf"(?P<n>{NUMBER})(?:\s*\(\d+\))?[- ](?P<unit>years?|months?)['’]?\s+"  # (also possessive: "3 years' ...")
    rf"(?:(?:initial|definite[- ]duration|fixed[- ]term|renewable|temporary)\s+)*"
    rf"(?:contract|appointment|term)\b", re.I)
# A row of a two-column header whose gap was lost: "Initial Contract   3 years (definite duration)".
_CONTRACT_ROW = re.compile(
    rf"^[^\w\n]*(?:initial\s+)?contract(?:\s+(?:duration|length|period|term))?\s+(?P<n>{NUMBER})[\s-]*"
    rf"(?P<unit>years?|months?|ans|mois)\b", re.I | re.M)
# How long the post is held, said of it: "The internship lasts 6 months", "the assignment will last two years".
_LASTS = re.compile(
    rf"\b(?:internship|appointment|assignment|secondment|placement|contract)\s+(?:lasts|will\s+last|runs\s+for|"
    rf"will\s+run\s+for)\s+(?:for\s+)?(?:a\s+period\s+of\s+)?(?P<n>{NUMBER})\s*(?P<unit>years?|months?)\b", re.I)
# A permanent contract, which has no length: "permanent contract of employment", "a permanent appointment".
_PERMANENT = re.compile(r"\bpermanent\s+(?:contract|appointment|employment|post)\b", re.I)
_EXTENSION = re.compile(
    rf"(?P<a>{NUMBER})[- ]years?\s+extension|extension\s+of\s+(?:up\s+to\s+)?(?P<b>{NUMBER})\s+years?|"
    rf"extended\s+(?:by|for)\s+(?:up\s+to\s+)?(?:a\s+further\s+|another\s+)?(?P<c>{NUMBER})\s+years?|"
    rf"prolongée?\s+d'(?P<d>un|une|{NUMBER})\s+ans?|prolongée?\s+de\s+(?P<e>{NUMBER})\s+ans?", re.I)




@cache
def _clearance() -> re.Pattern[str]:
    return re.compile(rf"\b(?P<level>{term_pattern('clearance')})\b")


def security_clearance(notice: Notice) -> Found | None:
    lines = notice.with_trigger("clearance", notice.active_lines)
    for ln, m, off in notice.scan(_clearance(), lines) if lines else ():
        if ln:
            level = re.sub(r"\s*/\s*", "/", m.group("level"))
            return Found(level, ln, m.start() - off, m.end() - off)
    return None


# A contract section opening with the length itself ("CONTRACT: 3 years (definite duration)").
_LENGTH_FIRST = re.compile(
    rf"^[^\w\n]*(?:an?\s+)?(?:(?:initial|definite[- ]duration|fixed[- ]term)[,\s]+)*(?P<n>{NUMBER})[\s-]*"
    rf"(?P<unit>years?|months?|ans|mois)\b", re.I)  # "3 years (definite duration)", "definite duration, 3 years"


def contract(notice: Notice) -> tuple[Found | None, Found | None]:
    """(initial contract years, extension years): read in the contract section, then (a section that states no
    length: a board's "Contract type: Fixed term" label read as a heading) in the whole notice."""
    section = notice.body("contract")
    lines = section or notice.active_lines
    years = None
    if section and (m := _LENGTH_FIRST.match(section[0].norm)):
        years = Found(_in_years(to_number(m.group("n")), m.group("unit")), section[0], m.start("n"), m.end())
    permanent = any(_PERMANENT.search(ln.norm) for ln in notice.with_trigger("permanent", notice.active_lines))
    years = years or _length(notice, lines) or _bare_length(section) or (
        _length(notice, notice.active_lines) if section and not permanent else None)  # (a permanent post's notice
    # may name another's term)
    ext = None
    if hit := notice.first(_EXTENSION, notice.with_trigger("extension", lines)):
        ln, m, off = hit
        token = next(g for g in m.groups() if g)
        ext = Found(to_number(token), ln, m.start() - off, m.end() - off)
    return years, ext


def clause_length(clause: str) -> float | None:
    """The one length a clause of the contract's sentence states ("or five years (Vacancy B)"), in years; None
    unless it states exactly one."""
    found = list(_CLAUSE_LENGTH.finditer(clause))
    return _in_years(to_number(found[0].group("n")), found[0].group("unit")) if len(found) == 1 else None


def _in_years(n: float | None, unit: str | None) -> float | None:
    """A length in years: one in months divided by 12."""
    return round(n / 12, 2) if n and (unit or "").lower().startswith(("month", "mois")) else n


_CLAUSE_LENGTH = re.compile(rf"\b(?P<n>{NUMBER})(?:\s*\(\d+\))?[\s-]*(?P<unit>years?|months?|ans|mois)\b", re.I)


def _bare_length(section: list[Line]) -> Found | None:
    """A contract section's line that is a length alone, under a label of its own or after it ("Length of employment"
    / "36 months")."""
    for ln in section:
        if (m := _BARE_LENGTH.fullmatch(ln.text)) and (n := to_number(m.group("n"))):
            return Found(_in_years(n, m.group("unit")), ln, 0, len(ln.norm))
    return None


_BARE_LENGTH = re.compile(rf"(?:(?:length|duration)\s+of\s+(?:employment|contract|appointment)\s*:?\s*)?"  # (its
                          rf"(?P<n>{NUMBER})[\s-]*(?P<unit>years?|months?|ans|mois)(?:\s*\([^()]{{1,40}}\))?\.?",
                          re.I)  # label run into it: "Length of employment 36 months")


def _length(notice: Notice, lines: list[Line]) -> Found | None:
    """The contract's length stated in these lines, in years."""
    lines = notice.with_trigger("years", lines)
    if not (hit := notice.first(_CONTRACT, lines) or notice.first(_CONTRACT_LABEL, lines) or
            notice.first(_CONTRACT_BEFORE, lines) or notice.first(_CONTRACT_ROW, lines) or notice.first(_LASTS, lines)):
        return None
    ln, m, off = hit
    return Found(_in_years(to_number(m.group("n")), m.groupdict().get("unit")), ln, m.start() - off, m.end() - off)


def in_parts(notice: Notice, parts: list[tuple[int, int, int]], read: set[int]) -> list[Found]:
    """The contract length each post's own part states (first line, last line, post), in a notice of several posts
    that states it post by post; the lines in `read` were read already."""
    found = []
    for lines in notice.parts(parts):
        if (years := _length(notice, lines)) is not None and years.lineno not in read:
            found.append(years)
            read.add(years.lineno)
    return found


def essay_required(notice: Notice) -> Found | None:
    lines = notice.with_trigger("essay", notice.active_lines)
    hit = notice.first(re.compile(term_pattern("essay"), re.I), lines) if lines else None
    if hit is None:
        return None
    ln, m, off = hit
    return Found(True, ln, m.start() - off, m.end() - off)


@cache
def _masters_phrases() -> tuple[str, ...]:
    return tuple(fold(t) for t in terms("masters_preferred"))


def education(requirements: list[dict]) -> tuple[str | None, bool | None]:
    """(the education requirement as written, essential first; whether a Master's is preferred or desirable)."""
    asked = [r for r in requirements if r["category"] == "education"]
    if not asked:
        return None, None
    text = next((str(r["text"]) for r in asked if r["kind"] == "essential"), str(asked[0]["text"]))
    folded = [fold(str(r["text"])) for r in asked]
    return text, any(w in a for w in _masters_phrases() for a in folded)
