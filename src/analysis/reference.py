"""Code tables: the CSV files in `analysis/data`, loaded once and compiled into matchers."""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources


def read_csv(name: str) -> list[dict[str, str]]:
    """Rows of one packaged CSV file as dicts."""
    with resources.files("analysis.data").joinpath(name).open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Comparable form of a phrase: lower case, US/UK spelling and punctuation folded."""
    text = text.lower().replace("’", "'").replace("‘", "'")
    text = re.sub(r"(?<=[a-z])iz(?=[a-z])", "is", text)
    text = re.sub(r"(?<=[a-z])yz(?=[a-z])", "ys", text)
    text = re.sub(r"[-‐‑–—_/]", " ", text)
    text = re.sub(r"[^\w' ]+", " ", text)
    if _DIGIT.search(text):
        words = _digit_words()
        text = re.sub(r"\b\d{1,2}\b", lambda m: words.get(m.group(0), m.group(0)), text)
    return " ".join(text.split())


@cache
def _digit_words() -> dict[str, str]:
    return {r["value"]: r["term"] for r in read_csv("terms.csv") if r["group"] == "number" and r["lang"] == "en"}


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


_ANY_WORDS = r"[\w'’-]+(?:\s+[\w'’-]+){0,2}"  # a "*" in a term: one to three words


def alternation(terms: list[str]) -> str:
    """Regex alternation of literal terms, longest first, whitespace-tolerant; a word "*" stands for one to
    three words ("managing * teams": managing multidisciplinary teams, managing multinational research teams)."""
    parts = sorted({t for t in terms if t}, key=len, reverse=True)
    return "|".join(r"\s+".join(_ANY_WORDS if w == "*" else re.escape(w) for w in p.split()) for p in parts)


@cache
def terms(group: str, lang: str | None = None) -> dict[str, str]:
    """`term -> value` for one group of terms.csv (both languages unless `lang`)."""
    return {r["term"]: r["value"] for r in read_csv("terms.csv")
            if r["group"] == group and (lang is None or r["lang"] == lang)}


@cache
def term_pattern(group: str, lang: str | None = None) -> str:
    return alternation(list(terms(group, lang)))


@cache
def triggers() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(lower-case keyword, trigger names): the cheap keyword test before an extractor reads a line. Every post noun
    in the plural (post_nouns.csv) triggers the staff extractor too: staff are counted by their posts ("supervises 3
    instructors")."""
    listed = tuple((r["term"].lower(), tuple(r["value"].split("|")))
                   for r in read_csv("terms.csv") if r["group"] == "trigger")
    known = {k for k, _ in listed}
    plurals = sorted({r["noun"].lower() + "s" for r in read_csv("post_nouns.csv")} - known)
    return listed + tuple((noun, ("staff",)) for noun in plurals if not any(k in noun for k in known))


TriggerIndex = tuple[dict[str, tuple[str, ...]], tuple[str, ...], dict[str, frozenset[str]]]


@cache
def trigger_index() -> TriggerIndex:
    """The trigger keywords by their first three characters, the shorter ones ("€", "(a"), and each keyword's trigger
    names: a line is looked up once per position instead of once per keyword."""
    names: dict[str, set[str]] = {}
    for keyword, found in triggers():
        names.setdefault(keyword, set()).update(found)
    by_start: dict[str, list[str]] = {}
    for keyword in names:
        if len(keyword) >= 3:
            by_start.setdefault(keyword[:3], []).append(keyword)
    return ({k: tuple(v) for k, v in by_start.items()}, tuple(k for k in names if len(k) < 3),
            {k: frozenset(v) for k, v in names.items()})


@cache
def number_words() -> dict[str, float]:
    return {k.lower(): float(v) for k, v in terms("number").items()}


def to_number(token: str) -> float | None:
    """A digit string or a number word (English or French) as a float; hundreds in words too ("one hundred and
    twenty", "deux cent vingt")."""
    token = token.strip().lower()
    if re.fullmatch(r"\d+(?:[.,]\d+)?", token):
        return float(token.replace(",", "."))
    if hundreds := _HUNDREDS.fullmatch(token):
        times = to_number(hundreds.group("times")) if hundreds.group("times") not in (None, "a") else 1
        rest = to_number(hundreds.group("rest")) if hundreds.group("rest") else 0
        return float(times * 100 + rest) if times and times < 10 and rest is not None and rest < 100 else None
    tens, _, unit = token.partition("-")  # "thirty-six", "trente-six"
    if unit and (number_words().get(tens) or 0) >= 20 and (number_words().get(unit) or 10) < 10:
        return number_words()[tens] + number_words()[unit]
    return number_words().get(token)


_WORDS = [r["term"] for r in read_csv("terms.csv") if r["group"] == "number"]
# A number starts where a run of digits starts (never inside one), so scanning is linear; in words, a ten
# may be followed by a unit ("thirty-six").
NUMBER = (r"(?:(?<![\d.,])\d+(?:[.,]\d+)?|\b(?:" + alternation(_WORDS) + r")(?:-(?:" +
          alternation([w for w in _WORDS if "-" not in w]) + r"))?)")


# "one hundred and twenty", "a hundred", "deux cent vingt": a unit word, the word for a hundred, then the rest
_HUNDREDS = re.compile(r"(?:(?P<times>[^\W\d_]+)\s+)?(?:hundred|cents?)"
                       r"(?:\s+(?:and\s+|et\s+)?(?P<rest>[^\W\d_]+(?:-[^\W\d_]+)?))?")


@dataclass(frozen=True)
class Level:
    level: int
    roman: str
    name_en: str
    name_fr: str


@cache
def language_levels() -> dict[str, Level]:
    """Roman numeral -> Level of the NATO I-VI language scale."""
    return {r["roman"]: Level(int(r["level"]), r["roman"], r["name_en"], r["name_fr"])
            for r in read_csv("language_levels.csv")}


@dataclass(frozen=True)
class Rung:
    competency: str
    level: int
    max_level: int
    key: str
    lang: str
    words: frozenset[str]


@cache
def competency_rungs() -> dict[str, list[Rung]]:
    """Canonical competency -> its rungs, longest key phrase first."""
    out: dict[str, list[Rung]] = {}
    for r in read_csv("competencies.csv"):
        rung = Rung(r["competency"], int(r["level"]), int(r["max_level"]), fold(r["key_phrase"]),
                    r["lang"], frozenset(fold(r["descriptor"]).split()))
        out.setdefault(rung.competency, []).append(rung)
    for rungs in out.values():
        rungs.sort(key=lambda x: len(x.key), reverse=True)
    return out


@cache
def competency_names() -> dict[str, str]:
    """Folded name as written (English or French) -> canonical competency."""
    return {fold(r["name"]): r["competency"] for r in read_csv("competency_names.csv")}


@cache
def competency_name_pattern() -> re.Pattern[str]:
    names = [r["name"] for r in read_csv("competency_names.csv")]
    alts = sorted(names, key=len, reverse=True)
    body = "|".join(r"[\s\-]+".join(re.escape(w) for w in re.split(r"[\s\-]+", n)) for n in alts)
    serial = r"(?:\d{1,2}(?:[.)]\s+|\s*\|\s*))?"  # "2. X", or a table's serial cell: "| 1 | X | ..."
    return re.compile(rf"^\W*{serial}(?P<name>{body})\W*?(?:\s*[:\-–]\s*|\s+)(?P<desc>\S.*)$", re.I)


@cache
def competency_item_pattern() -> re.Pattern[str]:
    """Where a competency item starts inside a line (a list flattened onto one line): at the line's start or
    after a sentence or item end, a known competency name, then a colon."""
    names = sorted((r["name"] for r in read_csv("competency_names.csv")), key=len, reverse=True)
    body = "|".join(r"[\s\-]+".join(re.escape(w) for w in re.split(r"[\s\-]+", n)) for n in names)
    return re.compile(rf"(?:^|(?<=[;.:|,])|(?<=\s/)|(?<=(?-i:[a-z]))(?=(?-i:[A-Z])))[\s•\-]*(?:(?:and|et)\s+)?"
                      rf"(?={body}\s*:)", re.I)  # "...; and Teamwork:", "... | Teamwork:", "..., Teamwork:", "... /
    # Teamwork:", glued "...trade-offsTeamwork:"


@cache
def competency_run_pattern() -> re.Pattern[str]:
    """Where a competency item starts in a run of items without colons (a table's cells flattened, or a
    sentence listing them): a known name as written (capitals), then its descriptor in brackets, after a
    dash or a comma, or opening with a capital ("Achievement (Sets goals), Empathy (Listens)", "Achievement Sets
    goals", "Achievement, setting goals; Teamwork, soliciting inputs")."""
    names = sorted((r["name"] for r in read_csv("competency_names.csv")), key=len, reverse=True)
    body = "|".join(r"[\s\-]+".join(re.escape(w) for w in re.split(r"[\s\-]+", n)) for n in names)
    return re.compile(rf"(?<![\w-])(?:{body})(?=\s*[(–,]|\s+-\s|\s+[A-Z][a-z]|\s+and\s+[A-Z]|\.?\s*$)")  # (the
    # last two: "... Initiative and Teamwork.")


@dataclass(frozen=True)
class Committee:
    name: str
    acronym: str
    name_fr: str
    acronym_fr: str


@cache
def committees() -> list[Committee]:
    return [Committee(r["committee"], r["acronym"], r["name_fr"], r["acronym_fr"])
            for r in read_csv("committees.csv")]


@cache
def committee_index() -> dict[str, Committee]:
    """Folded full name (English or French) or acronym -> gazetteer entry."""
    idx: dict[str, Committee] = {}
    for c in committees():
        for key in (c.name, c.name_fr):
            if key:
                idx[fold(key)] = c
        for key in (c.acronym, c.acronym_fr):
            if key:
                idx.setdefault(key.upper(), c)
    return idx


@cache
def headings() -> dict[str, tuple[str, str]]:
    """Folded heading text (accents kept and removed) -> (section, lang)."""
    out: dict[str, tuple[str, str]] = {}
    for r in read_csv("headings.csv"):
        out[fold(r["heading"])] = (r["section"], r["lang"])
        out[fold(strip_accents(r["heading"]))] = (r["section"], r["lang"])
    return out


@cache
def heading_words() -> frozenset[str]:
    """First words of every heading, lower case: a cheap test before the full lookup."""
    return frozenset(w for r in read_csv("headings.csv")
                     for w in {r["heading"].split()[0].lower(), strip_accents(r["heading"].split()[0].lower())})


@cache
def intro_lines() -> list[tuple[re.Pattern[str], str, str]]:
    """List intros ('The candidate must:') that stand for a section heading a notice lacks."""
    return [(re.compile(r["pattern"], re.I), r["section"], r["lang"]) for r in read_csv("intro_lines.csv")]


@cache
def organisations() -> list[tuple[re.Pattern[str], str]]:
    """Gazetteer of NATO bodies: pattern -> the organisation's name."""
    return [(re.compile(r["pattern"]), r["organisation"]) for r in read_csv("organisations.csv")]


@cache
def header_labels() -> dict[str, str]:
    return {fold(r["label"]): r["field"] for r in read_csv("header_labels.csv")}


@cache
def header_label_langs() -> dict[str, str]:
    """Folded header label, as keyed or as written -> its language (a French or German label's 03/11/2024
    is day first)."""
    return {fold(form): r["lang"] for r in read_csv("header_labels.csv")
            for form in (r["label"], *r["written"].split("|")) if form}


@cache
def roles(lang: str) -> tuple[re.Pattern[str], dict[str, tuple[str, bool, str]]]:
    """One regex of the role phrases of a language (file order = priority); group -> (role, chairs, form).

    `form` says how to tell whose role the phrase is: `act` (a verb: the subject of its clause),
    `title` (a noun such as "Chair of": the post's only when said of it, "is the Chair of"),
    `other` (names someone else's role, "her/his role as Chair of").
    """
    rows = [r for r in read_csv("roles.csv") if r["lang"] == lang]
    # every phrase starts a word: the leading \b lets the scan skip positions inside words cheaply
    pattern = r"\b(?:" + "|".join(f"(?P<r{i}>{r['pattern']})" for i, r in enumerate(rows)) + ")"
    return re.compile(pattern, re.I), {f"r{i}": (r["role"], r["chairs"] == "yes", r["form"])
                                       for i, r in enumerate(rows)}


@cache
def post_families() -> list[tuple[re.Pattern[str], str]]:
    return [(re.compile(rf"\b(?:{r['pattern']})s?\b", re.I), r["family"]) for r in read_csv("post_families.csv")]


@cache
def requirement_categories() -> list[tuple[re.Pattern[str], str]]:
    return [(re.compile(r["pattern"].lower()), r["category"])
            for r in read_csv("requirement_categories.csv")]


@cache
def months() -> dict[str, int]:
    return {strip_accents(k.lower()): int(v) for k, v in terms("month").items()}


@cache
def schema() -> list[dict[str, str]]:
    return read_csv("schema.csv")


@cache
def grammar(field: str, piece: str) -> tuple[tuple[str, str], ...]:
    """(value, pattern) rows of one piece of a header grammar (`grammar_header.csv`), in file order."""
    return tuple((r["value"], r["pattern"]) for r in read_csv("grammar_header.csv")
                 if r["field"] == field and r["piece"] == piece)


def grammar_alternation(field: str, piece: str) -> str:
    """The patterns of one grammar piece as one regex alternation (file order)."""
    return "|".join(f"(?:{pattern})" for _, pattern in grammar(field, piece))


@cache
def post_noun() -> re.Pattern[str]:
    """Words that name a post: the family words (post_families.csv) and the other post nouns (post_nouns.csv;
    a noun written "*writer" closes a compound: Speechwriter, Copywriter); not a possessive ("the Secretary General's
    Annual Report"), nor another post noun naming what it qualifies ("the NATO Internship Programme": terms.csv
    post_noun_modifies)."""
    families = [r["pattern"] for r in read_csv("post_families.csv")]
    nouns = [rf"[A-Za-z]+{re.escape(r['noun'][1:])}" if r["noun"].startswith("*") else re.escape(r["noun"])
             for r in read_csv("post_nouns.csv")]
    return re.compile(r"\b(?:" + "|".join(families) + r")s?\b(?!['’]s\b)"  # (a family word modifies nothing: a
                      r"|\b(?:" + "|".join(nouns) + r")s?\b(?!['’]s\b)"  # title stripped of its commas, "Director
                      rf"(?!\s(?:{term_pattern('post_noun_modifies')})\b)", re.I)  # Programme Delivery")
