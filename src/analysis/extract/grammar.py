"""Header grammars: the vacancy reference, the grade, the pay line and dates, read from text.

Each grammar is composed from small named pieces; the wordings of each piece are data
(`grammar_header.csv`: one row per wording, with a note), so a new wording is a new row, not new
code. The functions here read text and return values with their spans; `header.py` decides which
lines to read and keeps the evidence.

Every piece that a scan can start on has a left boundary (a number starts where a run of digits
starts, a label where a word starts); a piece repeated inside a pattern is bounded ({0,3}) and
starts with a character its neighbour cannot match; and a statement of several pieces (a grade
range, a pay line) is read one piece at a time in Python rather than by one long expression, so no
text makes a pattern backtrack badly.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from analysis.reference import grammar, grammar_alternation, months, strip_accents

# --------------------------------------------------------------------------------------------
# Shared pieces
# --------------------------------------------------------------------------------------------

# A label starts a word: after a non-letter, or as a capitalised word glued to the one before it
# ("MonthlyRef:", "11:59:00 PMSalary (Pay Basis)").
_WORD_START = r"(?:(?<![A-Za-z])|(?<=[A-Za-z])(?=[A-Z][a-z]))"
# A label ends a word: no letter follows.
_WORD_END = r"(?![A-Za-z])"

# --------------------------------------------------------------------------------------------
# References: "Ref: 250443", "Vacancy ref.:210701", "Ref. No 2025_00100", "251197 Requisition #"
# --------------------------------------------------------------------------------------------

# Between a label and its number: spaces, at most one ':', '#', '=', '.' or dash, and the number
# may stand on the next line (a label above its value).
_REF_GAP = (r"[ \t]*(?:/[ \t]*[^\n:/\d–—-]{2,40}?[ \t]*)?"  # its translation: "Notice / Avis de vacance -"
            r"(?:(?:\.{2,}|…+)[ \t]*)?(?:[:#=.\-–|][ \t]*){0,2}(?:\n[ \t]*(?::[ \t]*)?)?")  # a dot leader too
# A reference ends where its number or code ends: no digit, '/', '_', decimal part or lower-case
# letter follows (an upper-case letter may: a label glued on, "G75/25Post Number"; a slash may when a space
# follows it: "IMS/027/ June 2014", the code closed before its date of issue).
_REF_END = r"(?![\d_]|/(?!\s)|[.,]\d|[a-z])"
# A reference written before its label starts where a number or code starts.
_REF_START = r"(?<![\w/.,\-])"


@dataclass(frozen=True)
class Hit:
    """A value read from text and the span it was read from."""

    value: object
    start: int
    end: int
    either_way: bool = False  # a numeric date whose day and month could swap (03/04/2026)


@cache
def _ref_shape() -> str:
    """The shapes a vacancy reference takes (post numbers such as PASP0109 or H-4 have none of them)."""
    return grammar_alternation("reference", "shape")


@cache
def _lone_reference() -> re.Pattern[str]:
    """A header line that is nothing but a reference of a distinctive shape (grammar_header.csv `alone`)."""
    names = {n for _, written in grammar("reference", "alone") for n in written.split("|")}
    shapes = "|".join(f"(?:{pattern})" for name, pattern in grammar("reference", "shape") if name in names)
    return re.compile(rf"[ \t]*(?:[^\w\s(\[][ \t]*)?(?P<ref>{shapes})[ \t]*")  # (after an icon: "🔖 ACT-25-117")


@cache
def _inline_reference() -> re.Pattern[str]:
    """A reference of a shape no other number takes, anywhere on a header line (grammar_header.csv `inline`)."""
    names = {n for _, written in grammar("reference", "inline") for n in written.split("|")}
    shapes = "|".join(f"(?:{pattern})" for name, pattern in grammar("reference", "shape") if name in names)
    return re.compile(rf"(?<![\w(/])(?P<ref>{shapes})(?![\w)/])")


def inline_reference(text: str) -> str | None:
    """The reference inside a flattened header line ("1 Brussels, 27 March 2013 A 11(2013) NOTIFICATION ...")."""
    m = _inline_reference().search(text)
    return m.group("ref") if m else None


def lone_reference(text: str) -> str | None:
    """The reference when `text` holds only one ("A 23(2012)" right-aligned above the banner), else None."""
    m = _lone_reference().fullmatch(text)
    return m.group("ref") if m else None


@cache
def reference_pattern() -> re.Pattern[str]:
    """A reference after its label: "Ref: 250443", "Vacancy ref.:210701", "Ref. No 2025_00100"."""
    return re.compile(rf"{_WORD_START}(?i:{grammar_alternation('reference', 'label')}){_WORD_END}"
                      rf"{_REF_GAP}(?P<ref>{_ref_shape()}){_REF_END}")


@cache
def reference_after_pattern() -> re.Pattern[str]:
    """A label written after its number ("251197 Requisition #"); the number is read back from it."""
    return re.compile(rf"{_WORD_START}(?i:{grammar_alternation('reference', 'label_after')}){_WORD_END}")


@cache
def _number_before() -> re.Pattern[str]:
    """The number just before a label written after it (same line or the line above)."""
    return re.compile(rf"{_REF_START}(?P<ref>{_ref_shape()}){_REF_END}[ \t]*(?:\n[ \t]*)?$")


def reference_at(m: re.Match[str]) -> Hit | None:
    """The reference a match of either reference pattern stands for, with its span."""
    if m.re is reference_pattern():
        return Hit(m.group("ref"), m.start(), m.end())
    before = _number_before().search(m.string, max(0, m.start() - 20), m.start())
    return Hit(before.group("ref"), before.start(), m.end()) if before else None


@cache
def _other_vacancy() -> re.Pattern[str]:
    """A word that makes the labelled number after it another vacancy's, then up to three words."""
    return re.compile(rf"(?<![A-Za-z])(?i:{grammar_alternation('reference', 'other_vacancy')})\W+(?:\w+\W+){{0,3}}$")


def names_other_vacancy(text: str, start: int) -> bool:
    """Whether the words before `start` make the number there another vacancy's ("already applied to")."""
    return _other_vacancy().search(text, max(0, start - 40), start) is not None


@cache
def _ref_value() -> re.Pattern[str]:
    return re.compile(rf"[ \t:#.\-–]*(?P<ref>{_ref_shape()}){_REF_END}")


def reference_value(text: str) -> str | None:
    """The reference a labelled value starts with ('G75/25', '2025_00100', '250443'), else None."""
    m = _ref_value().match(text)
    return m.group("ref") if m else None


# The vacancy number written at the end of the title line: "Head X-250443", "Head X (250443)",
# "Head X 250443" or glued "Head X250443" (after a letter or a closing bracket).
_TITLE_REF = re.compile(r"(?<=[A-Za-z)])(?:[ \t]*[-–][ \t]*|[ \t]*\(|[ \t]+)?(?P<ref>\d{5,7})\)?[ \t]*$"
                        # ... or a code in brackets: "Logistics Policy Officer (IMS 25/093)" (not a grade: "(G-15)")
                        r"|(?<=[A-Za-z)])[ \t]*\((?!(?:N?G|[ABCL])[ \t.-]?\d{1,2}\))"
                        r"(?P<coded>(?:[A-Z]{2,6}[ \t])?(?=[A-Z0-9/_-]*\d{2})[A-Z0-9]{1,8}(?:[/_-][A-Z0-9]{1,8}){1,4})"
                        r"\)[ \t]*$")
# A number of three digits or more in the title before it: then the line is no title ("Tel 02451-632340").
_LONG_NUMBER = re.compile(r"\d{3}")


def title_line_reference(text: str) -> Hit | None:
    """A vacancy number closing a title-shaped line ("Senior Officer, S&T 220636"), else None."""
    m = _TITLE_REF.search(text)
    if m is None:
        return None
    before = text[:m.start()].strip()
    # a title: starts with a capital, holds no label colon and no other long number, 2 to 20 words
    if not before[:1].isupper() or ":" in before or _LONG_NUMBER.search(before) or not 2 <= len(before.split()) <= 20:
        return None
    if _ID_BEFORE.search(before) or _STATE_BEFORE.search(before):
        return None  # "Job ID EPJ-771204": a board's own identifier; "Norfolk, VA 23551": a postal code
    group = "ref" if m.group("ref") else "coded"
    return Hit(m.group(group), m.start(group), m.end(group))


# An identifier's label just before a number closing a line: a job board's "Job ID EPJ-", "ID", "No.".
_STATE_BEFORE = re.compile(r",\s*[A-Z]{2}$")
_ID_BEFORE = re.compile(r"\b(?:ID|Id|No\.?|#)\s*[A-Z]{0,5}$")


# --------------------------------------------------------------------------------------------
# Grades: "NATO SSS Grade G15 (ABCL A2)", "A-2/G-15", "NATO GRADE 22", "posts (A5)", "(G22) (PASP0109)"
# --------------------------------------------------------------------------------------------

# A NATO single-spine grade: G15, G-15, G 15, NG 15 (never inside a word or a longer number).
_G = r"(?<![A-Za-z\d])N?G[ ]?-?[ ]?(?P<g>\d{1,2})(?!\d)"
# A grade of the A/B/C/L scheme: A2, A.2, A-2, A 2.
_CODE = r"(?<![A-Za-z\d])(?P<letter>[ABCL])[ ]?[.\-]?[ ]?(?P<num>\d)(?!\d|[.,]\d)"
# A bare number: a G grade only where the word "grade" stands just before it ("NATO Grade 22"); never a serial in
# brackets ("Titles and grades: (1) Analyst, X (A.2)").
_BARE = r"(?<![A-Za-z\d.,])(?P<n>\d{1,2})(?!\d|[.,]\d)(?:(?<!\(\d)(?<!\(\d\d)|(?!\)))"
_TOKEN = re.compile(f"{_G}|{_CODE}|{_BARE}")
# Between two grades of one statement: one to three of slash, dash, comma, bracket, 'to', 'or', 'and'
# ("A-2/G-15", "G15 (ABCL A2)", "B3 (G8) to B4 (G10)"), and a word that says the other system's grade is
# the same post's ("G-22 (formerly A5)").
_JOIN = re.compile(r"(?:[ \t]*(?:[/,;&()\-–]|(?:to|or|and|à|ou|et)(?![A-Za-z]))){1,3}[ \t]*"
                   r"(?:(?i:formerly|previously|former|legacy|old|equivalent\s+to|equivalent|ex|i\.e\.)[ \t]*)?")
_SPACED = re.compile(r"[ \t]+")
_GLUED_G = re.compile(r"N?G-?(?P<g>\d{1,2})(?![\w.,])")  # a G grade glued to the grade before it
# The word "grade" (also plural, "graded", "grading"), in any case.
GRADE_WORD = re.compile(rf"{_WORD_START}(?:[Gg]rad(?:es|ed|e|ing)|GRAD(?:ES|ED|E|ING)){_WORD_END}")
_GRADE_LIMITS = {"A": 7, "B": 6, "C": 6, "L": 5}


# Punctuation that may stand before a grade: spaces, colon, quotes, an opening bracket, a dash.
_LEAD_MARKS = " \t:\"“”'’(-–"


@cache
def _lead() -> re.Pattern[str]:
    """What may stand before a grade: scheme words, grade words, filler words and punctuation."""
    words = f"{grammar_alternation('grade', 'scheme')}|{grammar_alternation('grade', 'filler')}"
    return re.compile(rf"(?:[{re.escape(_LEAD_MARKS)}]|(?i:{words}){_WORD_END})*")


@cache
def _written_lead() -> re.Pattern[str]:
    """The scheme words that belong to the grade as written ("NATO SSS Grade " of "NATO SSS Grade G15")."""
    return re.compile(rf"(?:(?i:{grammar_alternation('grade', 'scheme')}){_WORD_END}[{re.escape(_LEAD_MARKS)}]*)*$")


@dataclass(frozen=True)
class GradeRead:
    """The grades one statement names, and its span (several values of one kind: a range or a choice)."""

    start: int
    end: int
    codes: frozenset[str]
    natos: frozenset[int]

    @property
    def code(self) -> str | None:
        """The A/B/C/L grade when the statement names exactly one valid one."""
        return grade_code(next(iter(self.codes))) if len(self.codes) == 1 else None

    @property
    def nato(self) -> str | None:
        """The G grade when the statement names exactly one in G1..G25."""
        return nato_grade(next(iter(self.natos))) if len(self.natos) == 1 else None


def grade_code(code: str) -> str | None:
    """An A/B/C/L grade ("A2") when it lies on its scale, else None."""
    return code if 1 <= int(code[1:]) <= _GRADE_LIMITS[code[0]] else None


def nato_grade(g: int) -> str | None:
    """A G grade ("G15") when it lies in G1..G25, else None."""
    return f"G{g}" if 1 <= g <= 25 else None


def _is_grade_word(text: str) -> bool:
    return GRADE_WORD.search(text) is not None


def read_grade(text: str, pos: int = 0, *, after_word: bool = False, reach: int = 30) -> GradeRead | None:
    """The grade statement starting at `pos` (after scheme words and punctuation), read token by token.

    `after_word`: the word "grade" stands just before `pos`, so a bare number is a G grade.
    """
    lead = _lead().match(text, pos)
    i = lead.end() if lead and lead.end() - pos <= reach else pos
    bare_ok = after_word or _is_grade_word(text[pos:i])
    codes: set[str] = set()
    natos: set[int] = set()
    first = end = None
    for _ in range(6):
        t = _TOKEN.match(text, i)
        if t is None or (t.group("n") is not None and not bare_ok):
            break
        if t.group("g") is not None:
            natos.add(int(t.group("g")))
        elif t.group("letter") is not None:
            codes.add(t.group("letter") + t.group("num"))
        else:
            natos.add(int(t.group("n")))
        first = t.start() if first is None else first
        end = t.end()
        join = _JOIN.match(text, end)
        if join is None and t.group("letter") is not None and (glued := _GLUED_G.match(text, end)):
            natos.add(int(glued.group("g")))  # the other system's grade glued on, its slash stripped: "A-3G-17"
            end = glued.end()
            break
        if join is None:  # the other system's grade after a space, punctuation stripped: "NATO Grade G8 B3"
            spaced = _SPACED.match(text, end)
            other = _TOKEN.match(text, spaced.end()) if spaced else None
            if other is None or (other.group("letter") is None) == (t.group("letter") is None):
                break
            i, bare_ok = spaced.end(), False
            continue
        after = _lead().match(text, join.end())
        # a bare number follows a grade word, or another bare number ("Grade 8-10", "Grades 5/8, 8, 10")
        bare_ok = _is_grade_word(after.group(0)) or t.group("n") is not None
        i = after.end()
    if first is None or end is None:
        return None
    start = _written_lead().search(text, pos, first).start()
    if text[start:end].count("(") > text[start:end].count(")") and text[end:end + 1] == ")":
        end += 1
    return GradeRead(start, end, frozenset(codes), frozenset(natos))


# A grade written just before the word "grade": "NOTIFICATION OF A G15 GRADE VACANCY", "“G12” GRADE".
_BEFORE_WORD = re.compile(rf"(?:{_G}|{_CODE})[\"”'’]?[ \t]+")


def grade_before_word(text: str, word_start: int) -> GradeRead | None:
    """The grades written right before the word "grade" at `word_start` ("G15 GRADE", "G8/G10, G10 grades")."""
    last = next((k for k in range(max(0, word_start - 10), word_start)
                 if _BEFORE_WORD.fullmatch(text, k, word_start)), None)
    if last is None:
        return None
    for k in range(max(0, last - 40), last + 1):  # the earliest start whose statement runs up to that grade
        read = read_grade(text, k, reach=0)
        if read is not None and read.start == k and read.end > last:
            return read
    return None


@cache
def _before_post_word() -> re.Pattern[str]:
    """A grade written just before a post word: "two grade G17 posts and one G15/17 post"."""
    return re.compile(rf"(?:{_G}|{_CODE})(?:/\d{{1,2}})?[ \t]+(?=(?i:{grammar_alternation('grade', 'post_word')})\b)")


def grades_before_post_words(text: str, start: int, end: int) -> list[GradeRead]:
    """The grades written before post words in text[start:end] (each group of posts with its own grade)."""
    return [read for m in _before_post_word().finditer(text, start, end)
            if (read := read_grade(text, m.start(), reach=0)) is not None]


# A bracketed group on one line: where a grade in prose is written ("posts (A5)", "(G22) (PASP0109)").
_PAREN = re.compile(r"\((?P<body>[^()\n]{1,40})\)")


@cache
def _post_word_before() -> re.Pattern[str]:
    """A post word ending the text before a bracket: "two senior management posts (A5)"."""
    return re.compile(rf"(?<![A-Za-z])(?i:{grammar_alternation('grade', 'post_word')})[ \t]*$")


@cache
def _post_number() -> str:
    return grammar_alternation("grade", "post_number")


@cache
def _post_number_next() -> re.Pattern[str]:
    """A bracketed post number right after a bracket: "(G22) (PASP0109)"."""
    return re.compile(rf"[ \t]*\((?:{_post_number()})\)")


@cache
def _post_number_before() -> re.Pattern[str]:
    """A bracketed post number right before a bracket: "(PASP0109) (G22)"."""
    return re.compile(rf"\((?:{_post_number()})\)[ \t]*$")


@cache
def _post_number_inside() -> re.Pattern[str]:
    """A post number after the grade inside one bracket: "(G22, PASP0109)"."""
    return re.compile(rf"[ \t]*[,;/][ \t]*(?:{_post_number()})[ \t]*")


def grades_in_brackets(text: str) -> list[GradeRead]:
    """Grades in brackets that name a post's grade: after a post word or next to a post number."""
    out = []
    for m in _PAREN.finditer(text):
        read = read_grade(text, m.start("body"), reach=16)
        if read is None:
            continue
        rest = text[read.end:m.end("body")]
        inside = bool(rest.strip()) and _post_number_inside().fullmatch(rest) is not None
        if rest.strip() and not inside:
            continue
        before = text[max(0, m.start() - 40):m.start()]
        if inside or _post_word_before().search(before) or _post_number_next().match(text, m.end()) \
                or _post_number_before().search(before):
            out.append(read)
    return out


# --------------------------------------------------------------------------------------------
# Pay: "10,742.69Euro (EUR) Monthly", "5,725.22 EUR (Monthly)", "Basic Monthly Salary: 13,914.54€"
# --------------------------------------------------------------------------------------------

# An amount: 10,742.69 / 10.742,69 / 10 729,95 / 13206.07, starting where a number starts.
_AMOUNT = (r"(?<![\d.,])(?:\d{1,3}(?: \d{3})+ \d{2}(?![\d.,])"  # its punctuation stripped: "9 386 17" (9,386.17),
           r"|\d{4,6} \d{2}(?=[ \t]*[A-Za-z€])"  # ... or "7694 52 Euro", "6214 33Euro" (the thousands' comma dropped)
           r"|(?:\d{1,3}(?:[ \u00a0.,]\d{3})+|\d+)(?:[.,]\d{1,2})?(?!\d|[.,]\d))")
# The currency code repeated in brackets: "Euro (EUR)".
_CODE_IN_BRACKETS = r"\([ \t]*(?P<cur2>[A-Z]{3})[ \t]*\)[ \t]*"


@cache
def _currency() -> str:
    """A currency, as a code, a name or a sign (`grammar_header.csv`, piece currency)."""
    return rf"(?<![A-Za-z])(?i:{grammar_alternation('salary', 'currency')})(?![a-z])"


@cache
def _basis() -> str:
    """A pay basis, bare or in brackets, perhaps with a note after it: "Monthly", "(Monthly)", "per annum",
    "Mensuelle", "(monthly basic salary, net of internal tax)"."""
    words = rf"(?i:{grammar_alternation('salary', 'basis')})(?![a-z])"
    return rf"(?:\([ \t]*(?P<basis_b>{words})(?:[ \t,;][^()\n]{{0,60}})?\)|(?P<basis>{words}))"


@cache
def pay_forms() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(amount first, currency first): a pay statement with optional currency and basis."""
    extra = rf"(?i:{grammar_alternation('salary', 'label_extra')}){_WORD_END}[ \t]*"  # "net", "tax free"
    # the currency's code may follow its name, in brackets or bare once a converter dropped them: "Euro (EUR)",
    # "Euro EUR"
    again = rf"(?:{_CODE_IN_BRACKETS}|{_currency()}[ \t]*)"
    pay_word = rf"(?:(?i:{grammar_alternation('salary', 'label')}){_WORD_END}[ \t]*)?"  # "6 742,11 € basic salary per
    # month"
    tail = rf"(?:{again})?(?:,[ \t]*)?(?:{extra}){{0,2}}{pay_word}{_basis()}?"  # ("basic net monthly salary")
    amount_first = re.compile(rf"(?P<amount>{_AMOUNT})[ \t]*(?:(?P<cur>{_currency()})[ \t]*)?{tail}")
    currency_first = re.compile(rf"(?P<cur>{_currency()})[ \t]*(?P<amount>{_AMOUNT})[ \t]*{tail}")
    return amount_first, currency_first


@cache
def pay_label() -> re.Pattern[str]:
    """The word that introduces pay, with a basis written after it ("Salaire mensuel", "Salary per month",
    "Salaire de base mensuel")."""
    basis = grammar_alternation("salary", "basis")
    return re.compile(rf"{_WORD_START}(?i:{grammar_alternation('salary', 'label')}){_WORD_END}"
                      rf"(?:[ \t]+(?i:de[ \t]+base|basic))?(?:[ \t]+(?i:(?P<lbasis>{basis})){_WORD_END})?"
                      rf"(?:[ \t]+(?i:de[ \t]+base)(?=[ \t:]))?")  # "Salaire mensuel de base de 4 318,27 EUR"


@cache
def _basis_before_label() -> re.Pattern[str]:
    """A basis written before the pay word, maybe with a word such as "basic": "Basic Monthly Salary"."""
    extra = grammar_alternation("salary", "label_extra")
    return re.compile(rf"(?<![A-Za-z])(?i:(?P<basis>{grammar_alternation('salary', 'basis')}))[ \t]+"
                      rf"(?:(?i:{extra})[ \t]+)?$")


# Between a pay label and its value: a dot leader ("Salary ..... EUR"), a bracket ("(Pay Basis)",
# "(12 x per year)", "(Monthly)"), "tax free", "starting at", what the pay is for ("for this post", "on appointment",
# "at entry step for this grade"), a linking word ("salary of", "salary ... is", "Salaire mensuel de base :"), a
# colon, dash or table bar, and the value may stand on the next line.
PAY_GAP = re.compile(r"[ \t]*(?:,[ \t]*(?i:which|that)[ \t]+is[ \t]+[\w-]+(?:[ \t]+[\w-]+)?,[ \t]*)?"  # ", which is x,"
                     r"(?:(?:\.{2,}|…)[ \t]*)?(?:\((?P<note>[^()\n]{0,60})\)[ \t]*|(?i:pay\s+basis)[ \t]+"
                     r"|(?i:\d{1,2}[ \t]*(?:x|times)[ \t]+(?:per|a)[ \t]+year)[ \t]*)?"  # "12 x per year", unbracketed
                     r"(?:,?[ \t]*(?i:tax[ \t-]?(?:free|exempt)|net\s+of\s+tax|"
                     r"(?:exempt|free)\s+(?:from|of)\s+(?:[\w-]+\s+){0,2}?tax(?:ation|es)?|"
                     r"(?:ex|in)clusive\s+of\s+allowances|net\s+d['’]imp[ôo]ts?|exon[ée]r[ée]e?\s+d['’]imp[ôo]ts?|"
                     r"non\s+imposable),?[ \t]*(?:(?:\.{2,}|…)[ \t]*)?)?"  # dot leaders after it ("net d'impôt")
                     r"(?:(?:for|on|upon|at|of)[ \t]+(?:(?:[A-Za-z][\w.,-]*|\d{1,2},?)[ \t]+){0,5}?(?:[\w-]+\b[ \t]*)?"
                     # ("of this post is", "at grade A.7, step 1:", "for grade B-4, step 1, is"; never across an
                     # amount)
                     r"(?=[:–|]|-\s|\b(?:is|of|amounts|will)\b))?"  # (a dash with a space: not "B-3")
                     r"(?:(?:of|is|amounts\s+to|will\s+be|de\s+base(?:\s+de)?|de|brut)[ \t]+"
                     r"(?:(?:currently|presently|now)[ \t]+)?)?(?:[:\-–|][ \t]*)?"
                     r"(?:(?:starting\s+(?:at|from)|starts?\s+at|from)[ \t]+)?"
                     r"(?:\n[ \t]*(?:[:\-–][ \t]*)?)?")


@cache
def pay_estimate() -> re.Pattern[str]:
    """A job board's own salary guess ("Estimated salary", "Salary range"): never NATO pay."""
    return re.compile(rf"(?<![A-Za-z])(?i:{grammar_alternation('salary', 'estimate')})")


# A second amount after the first: a range ("50,000 - 70,000"), which NATO pay never is.
_RANGE_AFTER = re.compile(r"[ \t]*(?:[-–]|to(?![A-Za-z]))[ \t]*\D{0,4}?\d")


@dataclass(frozen=True)
class Pay:
    """An amount as written, its currency code and basis (monthly / yearly) when stated."""

    amount: str
    currency: str | None
    basis: str | None
    is_range: bool
    start: int
    end: int


def _value_of(field: str, piece: str, written: str) -> str | None:
    """The value of the first row of a grammar piece whose pattern is the whole of `written`, in any case."""
    return next((value for value, pattern in grammar(field, piece) if re.fullmatch(pattern, written, re.I)), None)


def basis_of(written: str | None) -> str | None:
    """The pay basis (monthly / yearly) a word or phrase states ("Monthly", "per annum")."""
    return _value_of("salary", "basis", written.strip()) if written else None


def column_basis(name: str) -> str | None:
    """The pay basis a table's column or row name states ("Basic monthly salary (tax free)", "Salary (yearly)")."""
    m = _BASIS_WORD.search(name)
    return basis_of(m.group(0)) if m else None


_BASIS_WORD = re.compile(r"(?:(?:per|a)\s+)?(?:month\w*|year\w*|annum)|annual\w*|mensuel\w*|annuel\w*",
                         re.I)  # (also "per month")


def read_pay(text: str, pos: int) -> Pay | None:
    """The pay statement starting at `pos`: an amount with its currency before or after it, then its basis."""
    for form in pay_forms():
        m = form.match(text, pos)
        if m:
            currency = m.group("cur2") or (_value_of("salary", "currency", m.group("cur").strip())
                                           if m.group("cur") else None)
            basis = basis_of(m.group("basis") or m.group("basis_b"))
            is_range = _RANGE_AFTER.match(text, m.end("amount")) is not None
            return Pay(m.group("amount"), currency.upper() if currency else None, basis, is_range,
                       m.start(), m.end())
    return None


def label_basis(m: re.Match[str], gap: re.Match[str]) -> str | None:
    """The basis a pay label carries: "Basic Monthly Salary", "Salary per month", "Salary (Monthly)", "Salary (monthly,
    tax-exempt)"."""
    before = _basis_before_label().search(m.string, max(0, m.start() - 30), m.start())
    for written in (m.group("lbasis"), gap.group("note"), before.group("basis") if before else None):
        if basis := basis_of(written):
            return basis
    return column_basis(gap.group("note")) if gap.group("note") else None  # (a note of several words: "(monthly,
    # tax-exempt)")


_STRIPPED_AMOUNT = re.compile(r"\d{1,3}(?: \d{3})+ \d{2}|\d{4,6} \d{2}")


def amount(text: str) -> float | None:
    """An amount written 10,742.69 / 10.742,69 / 10 742,69 / 12.345, or with its punctuation stripped, 9 386 17 or
    9386 17;
    None when it is not one number."""
    if _STRIPPED_AMOUNT.fullmatch(text):
        text = f"{text[:-3]}.{text[-2:]}"
    text = text.replace(" ", "").replace("\u00a0", "")
    m = re.fullmatch(r"(\d{1,3}(?:([.,])\d{3})*|\d+)(?:([.,])(\d{1,2}))?", text)
    if m is None:
        return None
    whole = re.sub(r"[.,]", "", m.group(1))
    return float(f"{whole}.{m.group(4)}" if m.group(4) else whole)


# --------------------------------------------------------------------------------------------
# Dates: "06-Apr-2025", "28-avr.-2024", "21st of September, 2025", "May 12, 2025", "20.10.2019",
# "2025-04-06", and a job board's short "26 Apr, 26"
# --------------------------------------------------------------------------------------------

# A day: one or two digits starting a number, with an ordinal ending (1st, 2nd, 1er).
_DAY = r"(?<!\d)(?P<d>\d{1,2})(?:st|nd|rd|th|er)?(?!\d)"
# A month name or abbreviation (checked against terms.csv months), with an abbreviation dot.
_MONTH = r"(?P<m>[a-z]{3,12})\.?"
# A four-digit year (anything but a digit may follow: "2025POST CONTEXT").
_YEAR = r"(?P<y>\d{4})(?!\d)"
_DATE_FORMS = (
    # ISO: 2025-04-06
    ("iso", re.compile(r"(?<!\d)(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?!\d)")),
    # day month year: 6 April 2025, 06-Apr-2025, 28-avr.-2024, 21st of September, 2025
    ("dmy", re.compile(rf"{_DAY}(?:[ \t]+of)?[ \t\-.]+{_MONTH}[ \t\-.,]+{_YEAR}")),
    # ... glued, its punctuation stripped: 01Apr2026 (from 01-Apr-2026)
    ("dmy", re.compile(r"(?<![\w])(?P<d>\d{1,2})(?P<m>[a-z]{3})(?P<y>\d{4})(?!\d)")),
    # month day year: April 13, 2025
    ("mdy", re.compile(rf"(?<![a-z]){_MONTH}[ \t]+{_DAY},?[ \t]+{_YEAR}")),
    # numeric with dots: 20.10.2019 (day first: dotted dates are never month first)
    ("dotted", re.compile(r"(?<![\d.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})(?!\d)")),
    # numeric with dots and a two-digit year: 15.01.26 (day first)
    ("dotted", re.compile(r"(?<![\d.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{2})(?![\d.])")),
    # numeric with slashes or dashes: 25/05/2025, 05/25/2025 (read only when one number cannot be the month)
    ("slashed", re.compile(r"(?<![\d/\-])(?P<d>\d{1,2})(?P<sep>[/\-])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4})(?!\d)")),
)
# A job board's short form, day month, comma, two-digit year: "26 Apr, 26" (read as 2026; only with
# the comma, so "26 Apr 26" or a time such as "26 Apr, 26:00" is not taken).
_SHORT = re.compile(rf"{_DAY}[ \t]+{_MONTH},[ \t]*(?P<yy>\d{{2}})(?![\d:])")


def _month(token: str) -> int | None:
    if token.isdigit():
        return int(token)
    return months().get(token)


def _date(y: int, mth: int | None, d: int) -> dt.date | None:
    if mth is None:
        return None
    try:
        return dt.date(y, mth, d)
    except ValueError:
        return None


# The order of a numeric date said right after it: "(dd/mm/yyyy)", "(MM/DD/YYYY)" (text lower-cased).
_ORDER_STATED = re.compile(r"\s*\(\s*([dm])[dm]?\s*[/.-]\s*[dm]{1,2}\s*[/.-]\s*y{2,4}\s*\)")


def month_first(texts: Iterable[str]) -> bool:
    """Whether a notice writes its numeric dates month first: one of them cannot be read day first (04/28/2026)
    and none cannot be read month first."""
    joined = "\n".join(t for t in texts if "/" in t or "-" in t)
    seen = {int(m.group("d")) > 12 for m in _DATE_FORMS[-1][1].finditer(joined)
            if (int(m.group("d")) > 12) != (int(m.group("m")) > 12)}
    return seen == {False}


def find_date(text: str, day_first: object = True) -> Hit | None:
    """The first date in `text`, in the forms notices and job boards write; spans in `text` coordinates.
    A numeric date whose day and month could swap (03/04/2026) is read day first, as NATO writes its dates,
    unless `day_first` is false (the notice's other dates are written month first; it is asked only then)."""
    t = strip_accents(text.lower())
    same = len(t) == len(text)
    best: Hit | None = None
    for kind, pattern in _DATE_FORMS:
        for m in pattern.finditer(t):
            if best is not None and m.start() >= best.start:
                break
            day, month = m.group("d"), m.group("m")
            if kind == "slashed":
                first, second = int(day), int(month)
                if first > 12 and second > 12:
                    continue
                stated = _ORDER_STATED.match(t, m.end())  # "03/11/2026 (MM/DD/YYYY)": the order the text gives
                if stated:
                    day_first = stated.group(1) == "d"
                day, month = (day, month) if first > 12 or (second <= 12 and day_first) else (month, day)
            year = int(m.group("y"))
            date = _date(year + 2000 if year < 100 else year, _month(month), int(day))
            if date is not None:
                best = Hit(date, m.start() if same else 0, m.end() if same else len(text),
                           kind == "slashed" and max(int(day), int(month)) <= 12 and day != month)
                break
    if best is None:
        for m in _SHORT.finditer(t):
            date = _date(2000 + int(m.group("yy")), _month(m.group("m")), int(m.group("d")))
            if date is not None:
                return Hit(date, m.start() if same else 0, m.end() if same else len(text))
    return best


def parse_date(text: str) -> dt.date | None:
    """Date in the forms notices use (06-Apr-2025, 28-avr.-2024, 6 April 2025, 2025-04-06, 20.10.2019)."""
    hit = find_date(text)
    return hit.value if hit else None  # type: ignore[return-value]


# --------------------------------------------------------------------------------------------
# Deadlines: the notice's own ("Application Deadline", "Closing Date", "Open until") and a job
# board's ("Expiry Date", "Job Expired"), ranked
# --------------------------------------------------------------------------------------------

# Rank of a deadline wording: the notice's application deadline, its closing date, a board's expiry.
DEADLINE_RANK = {"extended": -1, "application": 0, "closing": 1, "board": 2}  # (a deadline said to be extended wins)


@cache
def deadline_phrases() -> tuple[re.Pattern[str], dict[str, str]]:
    """One regex of the deadline wordings read in running text; group name -> kind."""
    rows = grammar("deadline", "phrase")
    body = "|".join(f"(?P<d{i}>{pattern})" for i, (_, pattern) in enumerate(rows))
    return (re.compile(rf"{_WORD_START}(?i:{body}){_WORD_END}"),
            {f"d{i}": kind for i, (kind, _) in enumerate(rows)})


@cache
def board_line() -> re.Pattern[str]:
    """A job board's line of facts about its own listing ("Job ID 88213457 · Posted 12 days ago · Apply by ...")."""
    return re.compile(rf"(?i:{grammar_alternation('deadline', 'board_line')})")


@cache
def _deadline_gap() -> re.Pattern[str]:
    """What may stand between a deadline phrase and its date: ": Sunday", " has been extended to"."""
    return re.compile(rf"[ \t:,\-–(]*(?:(?:(?i:{grammar_alternation('deadline', 'filler')}){_WORD_END}|"
                      rf"\d{{1,2}}[:.h]\d{{2}}(?:\s*(?i:hrs?|[ap]\.?m\.?))?)[ \t:,\-–()]*){{0,6}}")  # "by 23:59 CET on
    # <date>", "by 11:59 p.m. (Brussels time) on <date>"


def date_after_phrase(text: str, day_first: object = True) -> Hit | None:
    """The date that follows a deadline phrase in `text`, when only filler words stand before it."""
    hit = find_date(text, day_first)
    return hit if hit is not None and _deadline_gap().fullmatch(text[:hit.start]) else None


def deadline_kind(label: str, field: str) -> str:
    """The kind of a header label's deadline (application, closing or board)."""
    label = label.strip(" :")
    if field == "board_deadline":  # a board's label (header_labels.csv), whatever its words
        return "board"
    return _value_of("deadline", "phrase", label) or _value_of("deadline", "label", label) or "closing"
