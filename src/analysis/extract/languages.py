"""Official-language thresholds: the I-VI level asked in one official language and in the other."""

from __future__ import annotations

import re
from functools import cache

from analysis.extract import Row, evidence_row
from analysis.reference import alternation, fold, language_levels, terms, to_number
from analysis.segment import Line, Notice, is_page_furniture

_CONTEXT = re.compile(r"official (?:NATO )?languages?|langues? officielles?|\bEnglish\b|\bFrench\b|anglais|français"
                      r"|SLP\b|\b(?:languages?|langues?)(?:\s*\([^()]{1,40}\))?\s*:", re.I)
# (or a label: "Languages: V in one; III in ...", also said of a post: "Language (Post 3): IV ...")
# A level: a Roman numeral I-VI standing alone (not "VI/3", "V.2" nor inside a word; "II." ends a sentence) ...
_ROMAN = r"(?<![\w/.-])(?P<roman>VI|IV|V|III|II|I)(?![\w/-]|\.\w)"
# ... its name on the scale, in brackets or quotes: V ("Advanced") ...
_NAME = (r"(?:\(\s*\"?\s*(?P<name>[^\"()]{3,30}?)\s*\"?\s*(?:\)|(?=\s(?:in|dans|en)\s))"  # bracket may be left open
         r"|\"(?P<quoted>[^\"]{3,30})\""  # ... or quotes alone: V "Advanced"
         r"|(?:[–-]\s*)?(?P<bare>[A-ZÉ][\w-]+(?:\s+[A-ZÉ][\w-]+)?)"
         r"(?=\s+(?:in|dans|en)\s|\s*\((?:English|French|anglais|français)\)))?")  # ... or bare ("V –
# Advanced in one"; punctuation stripped)
# ... and where it applies: one language, the other, a named one, or both.
_PLACE = (r"in\s+(?:one|the\s+other|English|French|both)|of\s+(?:one|the\s+other)\b|dans\s+l'une|dans\s+l'autre|"
          r"dans\s+les\s+deux|en\s+anglais|en\s+français|\((?:English|French|anglais|français)\)")
# (a Roman level may also be followed by its language alone: "Advanced (V) English")
_WHERE = rf"(?P<where>{_PLACE}|(?:English|French)\b(?!\s*/))?"
_LEVEL = re.compile(rf"{_ROMAN}[\"”’']?\s*{_NAME}\s*{_WHERE}", re.I)  # (the numeral may be quoted: level "V" (...))
_BOTH = ("both", "les deux")
# A level in brackets after its name ("Proficiency (VI) in one"), read as if written bare.
_BRACKETED = re.compile(r"\((VI|IV|V|III|II|I)\)")
# A level written in digits, with its language named before it or where it applies after it.
_ROMANS = {1: "I", 2: "II", 3: "III", 4: "IV", 5: "V", 6: "VI"}
_DIGIT_LEVELS = (
    re.compile(r"\b(?:level|niveau)\s+(?:of|d[e'])\s*(?P<where>English|French|anglais|français)\s*:?\s*"
               r"(?P<digit>[1-6])\b", re.I),  # "Level of English: 5 (Advanced)"
    re.compile(r"(?<!/)(?P<where>\b(?:English|French|anglais|français))\b(?!\s*/)[^;.\d]{0,40}?\b(?:NATO\s+)?"
               r"(?:level|niveau)\s+(?P<digit>[1-6])\b", re.I),  # (not a pair: "(English/French): level 6 in one")
    re.compile(rf"\b(?:NATO\s+)?(?:level|niveau)\s+(?P<digit>[1-6]|one|two|three|four|five|six)\b[^;.\d]{{0,30}}?"
               rf"(?P<where>{_PLACE})", re.I),  # "level six ("Proficiency") in one"
    re.compile(r"\b(?:NATO\s+)?(?:level|niveau)\s+(?P<digit>[1-6])\s*(?:\([^()]{3,30}\)\s*)?"
               r"(?P<where>English|French|anglais|français)\b", re.I),  # "Level 5 (Advanced) English"
)
# The word "level" just before a numeral: "(niveau VI)", "at level V" (a level even without where it applies).
_AFTER_LEVEL_WORD = re.compile(r"(?:level|niveau)\s+$", re.I)
# Both languages, then both levels, each pair joined by a slash: "English/French VI/III" (the first language's
# level first).
_PAIR = re.compile(r"(?P<where>\b(?:English|French|anglais|français))\s*/\s*(?:English|French|anglais|français)\b"
                   r"\)?\s*[:\-–]?\s*(?:(?:NATO\s+)?levels?\s*:?\s*)?(?P<roman>VI|IV|V|III|II|I)\s*/\s*(?=(?:VI|IV|V|III|II|I)"
                   r"(?![\w/]))", re.I)
# Two levels for "one" and "the other" named before them, in that order: "a thorough knowledge of one ... and a good
# working knowledge of the other (NATO levels V and III respectively)" (the word may be broken by a line's hyphen).
_RESPECTIVELY = re.compile(r"\blevels?\s+(?P<roman>VI|IV|V|III|II|I)(?P<where>)\s*(?:and|&|/)\s*"
                           r"(?=(?:VI|IV|V|III|II|I)\s+respec(?:-\s*)?tively\b)")
_SECOND = re.compile(r"(?P<roman>VI|IV|V|III|II|I)(?P<where>(?!))?(?![\w/])", re.I)
# A list item said of one post, its title before a colon or a dash (not a language's name: "English: V").
_POST_ITEM = re.compile(r"^\W*(?:(?:NATO\s+Grade\s+|NG\s?|G-?)\d{1,2}\s*:"  # (or by its grade: "G12: V ...")
                        r"|(?!(?:English|French|Anglais|Français|Languages?|Langues?)\b)[A-Z][^:;.–—()]{2,60}?"
                        r"(?:\s\([^()]{1,40}\))?\s*(?::|\s[–—-]\s))")
_LANGUAGE_ROW = re.compile(r"[^\w\n]*(?:English|French|anglais|français)\s*:", re.I)
_STANAG = re.compile(r"\bSLP\s*\d{4}\b|STANAG\s*6001", re.I)


def extract(notice: Notice) -> tuple[list[Row], list[str]]:
    """(rows, problem messages) from the qualification sections; from the text before them when the notice
    has none (its headings were lost: "... 1. RÉSUMÉLa Division ... 2. QUALIFICATIONS ET EXPÉRIENCEESSENTIEL");
    from rows naming a language ("English: Advanced (V)") wherever they stand when those name no language."""
    qualifications = notice.body("qualifications", "essential", "languages")
    rows, problems, named = _read(qualifications or notice.body("header", "summary"))
    if not named and qualifications:  # (levels stated for every post above the posts' own requirements: "Language
        above = _read(notice.body("header", "summary"))  # requirement for all posts: IV (...) in one ...")
        rows, problems, named = above if above[0] else (rows, problems, named)
    if not named:
        rows, problems, _ = _read([ln for ln in notice.active_lines if _LANGUAGE_ROW.match(ln.norm)])
    return rows, problems


def in_parts(notice: Notice, parts: list[tuple[int, int, int]], read: set[int]) -> list[Row]:
    """The levels each post's own part states (first line, last line, post), in a notice of several posts that
    states them post by post, each part read as a list of its own; the lines in `read` were read already."""
    rows: list[Row] = []
    for lines in notice.parts(parts):
        if not any(ln.no in read for ln in lines):
            rows += _read(lines)[0]
            read |= {r["line"] for r in rows}
    return rows


def _of_other_language(norm: str, end: int) -> bool:
    """Whether the words after a level, up to the clause's end, name a language other than NATO's two official ones
    ("... knowledge of Italian", "in German"), and neither of those."""
    clause = _CLAUSE_END.split(norm[end:end + _LANGUAGE_NEAR], 1)[0]
    return bool(_other_languages().search(clause)) and not _CONTEXT.search(clause)


_CLAUSE_END = re.compile(r"[;.]")
_LANGUAGE_NEAR = 60  # characters after a level looked at for the language it is said of


@cache
def _other_languages() -> re.Pattern[str]:
    """The languages a notice may name that are not NATO's official ones (terms.csv `other_language`)."""
    return re.compile(rf"\b(?:{alternation(list(terms('other_language')))})\b")


def _read(lines: list[Line]) -> tuple[list[Row], list[str], bool]:
    """(rows, problems, whether a line names a language) of the first lines stating levels."""
    rows: list[Row] = []
    problems: list[str] = []
    levels = language_levels()
    named = False
    carried = False  # the line before gave the level "in one": this one may give the other's ("Level II in the other")
    introduced = False  # the line before named the languages and ended with a colon: this one may give the levels
    profiled = False  # a line above gave an SLP profile
    per_post = False
    for ln in lines:
        if per_post and ln.text and not _POST_ITEM.match(ln.text):
            break
        if carried and (not ln.text or is_page_furniture(ln)):
            continue  # (a page break between "V in one;" and "II in the other")
        if not _CONTEXT.search(ln.norm) and not carried and not introduced:
            continue
        named = True
        norm = _BRACKETED.sub(lambda b: f" {b.group(1)} ", ln.norm)  # "Proficiency (VI) in one": same length
        named_first = [(m, m.group("roman").upper()) for m in _lang_first().finditer(norm)
                       if m.group("roman").isupper()]
        taken = {f.start("roman") for f, _ in named_first}
        found = [(m, m.group("roman").upper()) for m in _LEVEL.finditer(norm) if m.group("roman").isupper()
                 and (m.group("where") or _name(m)
                      or (m.start("roman") not in taken and _AFTER_LEVEL_WORD.search(norm, 0, m.start())))]
        found = [f for f in found if f[0].group("where") or not _of_other_language(norm, f[0].end())]  # ("level II
        # knowledge of Italian would be an asset": no official language's)
        named_at = {f.start("roman") for f, _ in named_first}  # "English IV (Upper Intermediate)": the language
        found = [f for f in found if f[0].group("where") or f[0].start("roman") not in named_at]  # named wins
        found_at = {f.start("roman") for f, _ in found}
        named_first = [f for f in named_first if f[0].start("roman") not in found_at]
        found = sorted(found + named_first, key=lambda f: f[0].start())  # "French (level VI) ... level III in English"
        if not found and not _STANAG.search(norm) and not profiled:  # (a level's name beside or after an SLP
            # profile is the profile's: "English - SLP 4444 ... Therefore, proficiency level in English")
            found = [(m, _by_name()[fold(m.group("lname"))]) for m in _named_levels().finditer(norm)]
        if not found and (pair := _PAIR.search(norm) or _RESPECTIVELY.search(norm)) and (
                second := _SECOND.match(norm, pair.end())):
            found = [(pair, pair.group("roman").upper()), (second, second.group("roman").upper())]
        if not found:  # "English (NATO level 5)", "level 5 in one ... level 3 in the other"
            at = {m.start("digit"): m for form in reversed(_DIGIT_LEVELS) for m in form.finditer(norm)}  # (one per
            # digit, the first form's)
            found = sorted(((m, _ROMANS[int(to_number(m.group("digit")) or 0)]) for m in at.values()),
                           key=lambda f: f[0].start())
        if not found and _STANAG.search(norm):
            problems.append(f"language levels stated on another scale (STANAG 6001 SLP), not I-VI: "
                            f"{ln.text[:120]!r}")
            profiled = True
            continue
        for m, roman in found[:2]:
            level, name = levels[roman], _name(m)
            if name and fold(name) not in (fold(level.name_en), fold(level.name_fr)):
                problems.append(f"level {level.roman} named {name!r}, the scale says {level.name_en!r}")
        slots = [(f, "other") for f in found[:1] if f[0].groupdict().get("where")] if carried else _slots(found)[:2]
        for (m, roman), slot in slots:
            level = levels[roman]
            where = fold(m.group("where") or "")
            language = "English" if "english" in where or "anglais" in where else \
                "French" if "french" in where or "francais" in where or "français" in where else None
            rows.append(evidence_row(ln, m.start(), m.end(), slot=slot, level=level.level,
                                     roman=level.roman, level_name=level.name_en,
                                     language=language))
        if carried or (rows and (len(rows) > 1 or rows[0]["slot"] != "one")):
            if not _POST_ITEM.match(ln.text):
                break
            per_post = True  # levels stated post by post ("Research Analyst - V ("Advanced") in one ..."): each read
            continue
        carried = bool(rows)
        introduced = not found and ln.norm.rstrip().endswith(":")
    return rows, problems, named


@cache
def _by_name() -> dict[str, str]:
    """Folded level name (English and French) -> Roman numeral."""
    return {fold(name): lv.roman for lv in language_levels().values() for name in (lv.name_en, lv.name_fr)}


@cache
def _named_levels() -> re.Pattern[str]:
    """Levels named without their numeral: "an Advanced level of proficiency in one ... an Intermediate
    level in the other", "Proficiency in one official language and Upper Intermediate in the other"."""
    names = alternation(sorted({n for lv in language_levels().values() for n in (lv.name_en, lv.name_fr)}))
    return re.compile(rf"[\"'“‘]?\b(?P<lname>{names})\b[\"'”’]?\s+"
                      rf"(?:(?:level|niveau)\b(?!\s*(?:\d|[IVX]+\b))[^;.]{{0,80}}?|"
                      rf"(?=in\s+(?:one(?!\s+of\b)|the\s+other|both)\b)|(?<=[\"'”’]\s)(?=in\s+(?:English|French)\b))"
                      rf"(?P<where>{_PLACE})", re.I)  # (a name in quotes may say its language: "'Advanced' in
    # English"; not "proficiency in English" nor "Proficiency in one of the two official languages": a noun, no level;
    # nor "language proficiency level 5 (Advanced) in one": the noun before a level's number)


@cache
def _lang_first() -> re.Pattern[str]:
    """The language named before its level: "English: level V", "French (niveau III)", "English at level IV",
    "English: IV", "English – Proficiency (VI)", "French: Beginner (NATO level I)"; or with no colon between,
    perhaps with the level's name: "English V, French I", "English Advanced (V)", a table's cells "French | I
    (Beginner)"."""
    names = alternation(sorted({n for lv in language_levels().values() for n in (lv.name_en, lv.name_fr)}))
    marked = (r"\s*(?:required\s*|requis\s*)?(?:[:\-–,]\s*(?:(?:at\s+)?(?:NATO\s+|OTAN\s+)?(?:Standardi[sz]ed\s+)?"
              r"(?:level|niveau)\s+(?:[\"'“‘][A-Za-zé -]{3,20}[\"'”’]\s*\(?\s*)?|[A-Z][a-zé]+"  # "English – NATO Level
              # "Advanced" (V)", "English – NATO Standardized Level 'Upper Intermediate' (IV)"
              r"(?:\s+[A-Za-zé]+)?(?:\s*[–-]\s*(?:NATO\s+|OTAN\s+)?(?:level|niveau)\s+"  # "Advanced – NATO level V"
              r"|\s+(?:\(\s*(?:NATO\s+|OTAN\s+)?(?:level|niveau)\s+)?))?"  # "Beginner (NATO level I)"
              r"|\(?\s*(?:at\s+)?(?:level|niveau)\s+)")
    bare = rf"(?:\s*\|\s*|\s*(?:\.{{3,}}|…+)\s*|\s+)(?:[\"“']?(?:{names})\s+)?"  # (its name perhaps in quotes: English
    # "Advanced (V)"; or after dot leaders: "French ......... I (Beginner)")
    return re.compile(rf"(?P<where>\b(?:English|French|anglais|français|(?:first|second)\s+official\s+language))"
                      rf"(?:\s*\([^()]{{0,30}}\bor\b[^()]{{0,30}}\))?(?:{marked}|{bare}){_ROMAN}", re.I)  # (a table's
    # rows: "First official language (English or French) | V - Advanced")


def _name(m: re.Match[str]) -> str | None:
    """The level's name as written next to it, in brackets, in quotes or bare."""
    groups = m.groupdict()
    return groups.get("name") or groups.get("quoted") or groups.get("bare")


def _slots(found: list[tuple[re.Match[str], str]]) -> list[tuple[tuple[re.Match[str], str], str]]:
    """Each level with its slot: as stated ("in one", "in the other"), both slots for "in both",
    else the first level read is one and the next the other."""
    slots: list[tuple[tuple[re.Match[str], str], str]] = []
    for f in found:
        where = fold(f[0].group("where") or "")
        if any(word in where for word in _BOTH):
            slots += [(f, "one"), (f, "other")]
        elif "other" in where or "autre" in where:
            slots.append((f, "other"))
        elif "one" in where or "l'une" in where or not slots:
            slots.append((f, "one"))
        else:
            slots.append((f, "other"))
    return slots
