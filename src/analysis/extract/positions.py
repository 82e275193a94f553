"""Notices that advertise several posts at once: the positions they name, each with its reference and grade.

Three shapes name the positions:

- a list after an intro ("...for the following positions:", "the links below for the vacancy
  notices of the roles:"), one position per item (bullet, "i.", "1." or a bare title line), each
  item possibly followed by other lines (a link to its description, "Click here", blank lines);
  an item may carry its grade and post number, "Head, X Section (G22) (PASP0109)": the grade is
  that position's, the post number is dropped from the title;
- a sentence naming each post after its grade, "Grade 8 (B3) (Talent Acquisition Assistant) and
  Grade 5 (B2) posts (Administrative Assistant)";
- a title naming several, "Head A Section (1 post) & Head B Section (1 post)".

A notice may also describe each post in a block of its own, opened by "Post 1 – <title>": each block is then
read as the notice of its post (`post_blocks`), with what comes before the first block and after "For both
posts" shared.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Sequence
from functools import cache
from typing import TypeVar

from analysis.extract import clean, sentence_span, sentences
from analysis.extract import grammar as gram
from analysis.extract.grammar import grade_code, nato_grade, read_grade
from analysis.extract.header import (
    CELL_GAP,
    MARK_WORDS,
    POST_NUMBER_ITEM,
    RULE_ROW,
    column_field,
    family_of,
    post_noun_end,
    split_labels,
)
from analysis.extract.title import bare, initials, names_post, split_reference, trim
from analysis.ingest import language_of
from analysis.reference import fold, header_labels, headings, to_number
from analysis.segment import BRACKETED_SERIAL, Line, Notice, make_lines, serial_index

# The intro of a list of positions: a hiring verb, then "following/below positions" ...
_HIRING = (r"\b(?:hir(?:e|ing)|recruit(?:ing)?|fill(?:ing)?|select(?:ing)?"  # "recruit", "is recruiting"
           r"|invit(?:es?|ing)\s+applications|applications\s+are\s+invited)\b")  # "invites applications for"
_INTRO_HIRE = re.compile(_HIRING + r"[^.:\n]*?\b(?:following|below)\s+(?:[\w-]+\s+){0,3}?(?:positions?|posts?|"
                         # (described: "the following civilian posts in the Maintenance Wing.")
                         r"vacancies|roles)(?:\s+(?:in|at|within|of|for)\s[^.:\n]*)?\s*(?:[:.]?\s*$|\.\s+(?=[A-Z]))"
                         # (or its sentence followed by another: "... to fill the following three positions. Candidates
                         # must indicate ...")
                         r"|\bfor the following (?:positions?|posts?)\s*:\s*$"
                         r"|" + _HIRING + r"[^.:\n]*?\b(?:two|three|four|five|six|\d)\s+"
                         # "This competition will fill three posts in X:", "... fill two Faculty Adviser posts:"
                         r"(?:[\w-]+\s+){0,3}(?:positions|posts|vacancies|roles)\b[^.:\n]*:\s*$"
                         r"|\b(?:two|three|four|five|six|\d)\s+(?:positions|posts|vacancies)\b[^.:\n]*:\s*$"
                         # "The following three posts are open for competition. Closing date: ..."
                         r"|\bfollowing\s+(?:[\w-]+\s+){0,3}?(?:positions|posts|vacancies)\s+(?:are|will\s+be)\s+"
                         r"(?:open|advertised|offered|vacant|filled)\b[^.:\n]*(?:[:.]?\s*$|\.\s+(?=[A-Z]))"
                         r"|^\W*(?:(?:job|post|position)\s+)?titles(?:\s*(?:,|/|\band\b|&)\s*(?:grades?|post\s+"
                         r"(?:numbers?|nos?\.?)|references?|locations?)){0,3}\s*:\W*$"  # ("Titles:", "TITLES AND
                         # GRADES:" above a list, or more of its columns named: "TITLES / GRADES / POST NUMBERS:")
                         r"|\b(?:posts|positions|vacancies)\s+(?:covered|advertised|offered|included)\b[^.:\n]*:\s*$"
                         # (inside a paragraph: "..., and we are recruiting for the positions listed below. Please ...")
                         r"|" + _HIRING + r"\s+for\s+the\s+(?:posts|positions|vacancies|roles)\s+(?:listed|described|"
                         r"set\s+out)\s+below\b"
                         # ("Vacancies covered by this notice:")
                         r"|^\W*(?:the\s+|open\s+|current\s+)?(?:posts|positions|vacancies)(?:\s+(?:and|&)\s+grades"
                         r"|\s+(?:advertised|offered|on\s+offer|available))?\s*:?\W*$"  # ("**Posts:**", "Posts and
                         r"|^\W*postes\s+(?:à\s+pourvoir|vacants)\s*:?\W*$"  # grades:", "Posts advertised",
                         # "Open positions")
                         r"|\b(?:pourvoir|recruter|engager)\b[^.:\n]*?\b(?:postes?|emplois?)\s+(?:suivants|ci-dessous)\b"
                         r"[^.:\n]*:?\s*$",  # (in French: "... entend pourvoir les deux postes suivants :")
                         re.I)  # "This notice covers two posts in the X Section:"
# ... or any line ending with a colon that points at a list ("following", "below") of posts.
_POINTS_AT_LIST = re.compile(r"\b(?:following|below|to\s+be\s+filled|advertised|on\s+offer)\b", re.I)  # ("Posts to be
# filled through this competition:")
_POST_NOUN = re.compile(r"\b(?:positions?|posts?|vacanc(?:y|ies)|roles|vacancy\s+notices)\b", re.I)
_POST_COUNT = re.compile(r"\s*\(\s*(?P<n>\d+|two|three|four|five)\s+posts?\b[^()]*\)", re.I)  # ("(2 posts)", "(2 posts,
# two Divisions)")
_TITLE_JOIN = re.compile(r"(?<=posts\))\s*(?:&|\band\b|;|,)\s*|(?<=post\))\s*(?:&|\band\b|;|,)\s*", re.I)
_REF = re.compile(r"(?:\b(?:competition|vacancy|requisition|ref(?:erence)?\.?)\s*(?:no\.?|n[°º]|number|#)?\s*)?"
                  r"\(?(?<![\w/])(?P<ref>\d{5,7})(?![\w/])\)?", re.I)  # (with its label: "competition 251802")
# An item's enumerator: "i.", "iv)", "3.", "b)", or a Roman numeral glued to the title ("ivAdministrative").
_ENUM = re.compile(r"^(?:(?:[ivx]{1,4}|\d{1,2}|[a-h])[.)]\s*|[A-H][.)]\s+(?=[A-Z])"  # ("A. Head, X (1 post) - ...")
                   r"|(?:iv|ix|vi{0,3}|i{1,3}|x)(?=[A-Z][a-z])"
                   r"|(?:" + MARK_WORDS + r")\s+(?:\d{1,2}|[A-F])\s*[:.)–-]\s*)")  # (or "Post 1: ")
# A NATO grade written without brackets next to a position: "– NATO Grade G17 (A.3)".
_NATO_GRADE = re.compile(r"\b(?:NATO\s+)?Grade\s+G\s?-?(?P<g>\d{1,2})\b", re.I)
# A grade in brackets next to a position: (G22), (A5), (A.5), (B3/G8), (NATO Grade G15).
_GRADE = re.compile(r"\(\s?(?:NATO\s+)?(?:Grade\s+)?(?P<grade>(?P<letter>[ABCL])[.-]?(?P<num>\d)\b"
                    r"(?:\s?/\s?(?:NATO\s+)?(?:Grade\s+)?G-?(?P<g1>\d{1,2}))?|G\s?-?(?P<g2>\d{1,2}))\s?\)")
# ... or, its brackets stripped with the punctuation, a grade then perhaps its post number closing the item: "Officer
# Arms Control Policy G15 PASP0312".
_BARE_GRADE_TAIL = re.compile(r"\s(?P<g>G\d{1,2}|[ABCL]\d)(?:\s+[A-Z]{2,6}\s?\d{2,5}[A-Z]?)?\s*$")
# ... or a table's row whose gaps were lost, the title closing on its field: "Engineer (Radar) A3 ACD 0112 The Hague".
_FLAT_ROW_TAIL = re.compile(r"(?<=\))\s(?P<g>G\d{1,2}|[ABCL]\d)\s+[A-Z]{2,6}(?:\s[A-Z]{2,6})?\s?\d{2,5}[A-Z]?"
                            r"(?:\s+[A-Z][\w'-]*(?:\s[A-Z][\w'-]*){0,2})?\s*$")
# A range of grades next to a position, (G17-G20), (A2/A3): no grade of its own, and not part of the title.
_GRADE_RANGE = re.compile(r"\(\s?(?:NATO\s+)?(?:Grade\s+)?(?:G-?\d{1,2}|[ABCL][.-]?\d)\s?[-–/]\s?"
                          r"(?:G-?\d{1,2}|[ABCL][.-]?\d)\s?\)")
# A post number in brackets: letters then digits, (PASP0109), (OSC-0123), or two (NOR0035 & NOR0079): not part of the
# title.
_POST_NUMBER = re.compile(r"\(\s*(?i:post\s+(?:number|no\.?|n[°º])\s*:?\s*)?"  # (its label: "(post number CPE-0214)")
                          r"[A-Z]{2,6}\s?-?\d{2,5}[A-Z]?(?:\s*[&,]\s*[A-Z]{2,6}\s?-?\d{2,5}[A-Z]?)*\s*\)")
# How many vacancies a position has: "- 3 vacancies", "(2 posts)": not part of the title.
_VACANCIES = re.compile(r"\s*(?:[-–]\s*\d+\s+vacanc(?:y|ies)|\(\s*\d+\s+(?:posts?|vacanc(?:y|ies))\s*\))", re.I)
# A line between items that is no position: a link, or a few words without a post word ("Click here").
_LINK = re.compile(r"^\W*(?:https?://|www\.)\S*\s*$", re.I)
_LINK_INSIDE = re.compile(r"(?<!\S)(?:https?://|www\.)\S", re.I)
# A post named after its grade in a sentence: "Grade 8 (B3) (Talent Acquisition Assistant)".
_GRADED_POST = re.compile(
    r"\b(?:NATO\s+)?Grade\s+G?(?P<g>\d{1,2})\b(?!\s*[-–]\s*\d)\s*(?:\(\s*(?P<code>[ABCL])\s?[.-]?\s?(?P<num>\d)\s*\)\s*)?"
    r"(?:posts?\s*)?\((?P<title>[^()]{3,80})\)", re.I)
# ... or before it: "openings for Staff Officer (Grade 15) and Staff Assistant (Grade 12) roles".
_POST_GRADED = re.compile(
    r"(?P<title>(?:[A-Z][\w&'/-]*\s+){0,6}[A-Z][\w&'/-]*)\s*\(\s*(?P<gw>(?:NATO\s+)?Grade\s+(?:G?(?P<g>\d{1,2})"
    r"(?:\s*[/,]\s*(?P<code>[ABCL])\s?[.-]?\s?(?P<num>\d))?|(?P<lcode>[ABCL])[.-]?(?P<lnum>\d)\b))"  # ("Grade A-4")
    r"(?P<facts>[,;][^()]{3,80})?\s*\)")  # (its other facts: ", post number X, vacancy 2026/0412")
_VACANCY_FACT = re.compile(r"\b(?:vacancy|ref(?:erence)?\.?)\s*(?:no\.?|number)?\s*:?\s*"
                           r"(?P<ref>[A-Z0-9][\w/.-]*\d[\w/.-]*)", re.I)
_MAX_TITLE_WORDS = 14
# An item's description after its title and a comma or a dash: ", specialised in ...", " – please refer to ...".
_DESCRIBED = re.compile(r"(?:,|\s[–—-])\s+(?=[a-z])[\s\S]*$")
# ... or glued to the item's last bracket: "(G20)please refer to ...".
_GLUED_NOTE = re.compile(r"(?<=\))(?=[a-z]{2,}\b)[\s\S]*$")
# A title's label opening an item ("TITLE: Administrator, X" under "the following vacancy notice:").
_TITLE_LABELLED = re.compile(r"^\W*(?:(?:job|post|position)\s+)?titles?\s*:\s*", re.I)  # ("TITLES: X; Y")
# How many posts an item stands for, before its title: "1 post as Officer, X", "2 posts of Assistant (Y)".
_POSTS_AS = re.compile(r"^(?P<n>\d{1,2}|one|two|three)\s+posts?\s+(?:as|of)\s+", re.I)
_PLURAL_HEAD = re.compile(r"(?<=\s)(?P<w>[A-Z][a-z]+)s(?=[,\s(])")  # the title's head word in the plural
_DASHES = re.compile(r"(?:\s*[–—-]\s*){2,}|\s*[–—]\s*$")  # what the pieces taken out of an item leave behind
# Posts numbered inside one line: "VACANCIES: 1. X, 2. Y" (a subject line, a cable, a news item).
_INLINE_LIST = re.compile(r"\b(?:vacanc(?:y|ies)|positions|posts)\s*:\s*(?=1\s*[.)]\s)", re.I)
_INLINE_ITEM = re.compile(r"(?<![\w.])\d\s*[.)]\s+(?P<t>[^,;]+?)(?=\s*[,;]\s*\d\s*[.)]\s|\s*$|\s*[;.]\s)")
_INLINE_LINES = 40
_SENTENCE_START = re.compile(r"^(?:The|This|These|A|An|Please|Our|We|You|It|Each)\b")

# (title, reference, line, evidence, grade as written, grade_code, nato_grade)
Position = tuple[str, str | None, int, str, str | None, str | None, str | None]


def positions(notice: Notice, title: str | None = None, title_line: int = 0, title_evidence: str = ""
              ) -> tuple[list[Position], str | None]:
    """([position, ...], problem) for a multi-post notice; ([], None) for one post."""
    lines = [ln for s in notice.find("header", "summary") for ln in s.lines]
    raws = table_lines(notice)
    if len(tabled := table_of_posts(raws) or stacked_table(raws) or transposed_table(raws)) >= 2:
        return tabled, None
    listed, problem = _from_list(notice, lines)
    listed = [p for k, p in enumerate(listed) if not any(fold(q[0]) == fold(p[0]) and (
        q[1] == p[1] if p[1] else not p[4] and p[2] - listed[k - 1][2] > 1) for q in listed[:k])]
    if len(listed) >= 2:  # (a title standing again below the list, with its own number or, past a gap, with nothing
        # new, is no other post: "VACANCY 26/14 - STAFF OFFICER (X), G15", "Head, X Section (SPDA0012)")
        return listed, problem
    if len(inline := _from_inline_graded(lines)) >= 2:  # (each named with its grade: over a title's reading)
        return inline, None
    readings = (lambda: _titles_joined(title_evidence), lambda: _titles_joined(title or ""),
                lambda: _titles_graded(title_evidence), lambda: _titles_at_either_grade(title_evidence),
                lambda: _titles_slashed(title or "", lines), lambda: _titles_numbered(title_evidence),
                lambda: _titles_at_grades(title_evidence, lines), lambda: _title_at_listed_grades(title or "", lines),
                lambda: again)
    again, joined = _titles_standing_again(notice.active_lines)
    if parts := next((found for read in readings if len(found := read()) >= 2), []):  # (before the grades
        # listed by the posts' heads: "GRADES: A.4 (Head); A.2 (Officer)", read as each post's grade)
        if parts is again and joined is not None:
            title_line, title_evidence = joined.no, joined.raw  # (the line joining them, whatever the title read)
        by_head = {m.group("head"): m.group("g") for ln in lines for pattern in (_GRADE_FOR_HEAD, _HEAD_POST_GRADED)
                   for m in pattern.finditer(ln.norm)}
        by_title = {fold(m.group("t")): m.group("ref") for ln in lines for pattern in (_REF_FOR_TITLE, _REF_THEN_TITLE)
                    for m in pattern.finditer(ln.norm)}
        graded_title = {fold(m.group("t")): m.group("g") for ln in lines
                        for pattern in (_GRADE_FOR_TITLE, _TITLE_AT_GRADE) for m in pattern.finditer(ln.norm)}
        titled = {fold(m.group("t") or m.group("tb")): m.group("g") or m.group("gb") for ln in notice.active_lines
                  if (m := _TITLE_GRADED.match(ln.norm))}
        in_turn = _grades_in_turn(lines, len(parts))
        graded = [(p, ref or by_title.get(fold(p)), grade or graded_title.get(fold(p))
                   or _by_head(by_head, p) or in_turn[k] or titled.get(fold(p))
                   or graded_title.get(fold(_SHARED_TAIL.sub("", p))))  # (said of the title without its field)
                  for k, (p, grade, ref) in enumerate(parts)]
        return [(p, ref, title_line, title_evidence, grade, *_both_scales(grade, lines)) for p, ref, grade in graded], \
            None
    graded = _from_sentence(lines) or _from_counted(lines)
    if len(graded) >= 2:
        return graded, None
    inline = _from_inline_list(lines)
    if len(inline) >= 2:
        return inline, None
    marked = _from_marked(lines) or _from_labelled_marks(lines, title) or _from_field_rows(lines) \
        or _from_units(lines, title_evidence) or _from_posts_label(lines)
    if len(marked) >= 2:
        return marked, None
    if len(titled := _from_titles_label(lines) or _from_title_labels(lines)) >= 2:
        return titled, None
    if len(below := _facts_below_blocks([ln.raw for ln in lines])) >= 2:  # ("Post 1: X" / "Vacancy reference: N |
        return [(p[0], p[1], lines[i].no, *p[3:]) for i, _, p, _ in below if p], None  # Grade: ... | Salary: ...")
    if len(counted := _from_list(notice, lines, _counts_posts)[0]) >= 2:
        return counted, None
    if len(graded := _title_at_grades_said(title or "", lines)) >= 2:
        return [(p, None, title_line, title_evidence, grade, *_both_scales(grade, lines)) for p, grade, _ in graded], \
            None
    if listed:
        return listed, problem
    return [], problem


def table_lines(notice: Notice) -> list[tuple[int, str]]:
    """(line number, text) of the lines a table of the posts stands in: the header and summary, or the whole text
    when a notice that says it fills several posts lists them in a table at its end ("Posts and closing dates")."""
    if "table_lines" not in notice.memo:
        raws = [(ln.no, ln.raw) for s in notice.find("header", "summary") for ln in s.lines]
        if len(table_of_posts(raws)) < 2 and any(_SEVERAL_POSTS.search(raw) for _, raw in raws) and len(
                table_of_posts(whole := [(ln.no, ln.raw) for ln in notice.active_lines])) >= 2:
            raws = whole
        notice.memo["table_lines"] = raws
    return notice.memo["table_lines"]


def _by_head(by_head: dict[str, str], title: str) -> str | None:
    """The grade said of a title by the words its title opens with ("A.2 (Officer)", "A-4/G-20 (Section Head)")."""
    return next((g for head, g in by_head.items() if title.startswith(head)
                 and not title[len(head):len(head) + 1].isalnum()), None)


def _titles_joined(title: str) -> list[tuple[str, str | None, str | None]]:
    """(title, grade) of the posts one title line names: each with its count ("Officer (2 posts) & Assistant (1
    post)"), or one post's title written again with another specialisation ("Engineer (Radar) / Engineer (Radio)",
    "... and ..."), perhaps each with its grade in brackets ("Faculty Adviser (X) (A.3) and Research Analyst (Y)
    (A.2)")."""
    title = _TITLE_LABELLED.sub("", title.strip())  # ("TITLE: Head, X (vacancy 261044) and Officer, Y (...)")
    title = _PORTAL_NUMBER.sub("", title)  # (the portal's vacancy number after the last: "... (1 post)-260590")
    if len(_POST_COUNT.findall(title)) >= 2:
        parts = [(clean(_POST_COUNT.sub("", p)), None, None) for p in _TITLE_JOIN.split(title) if _POST_COUNT.search(p)]
    else:
        specialised = [_SPECIALISED.fullmatch(p.strip(" *_")) for p in _PARALLEL_JOIN.split(title)]
        parts = [_own_number(clean(m.group("post").replace("*", "")), m.group("grade")) for m in specialised if m]
        # two posts with their specialisations: the same title ("... / ..."), or different posts joined by "and"
        # ("Faculty Adviser (X) and Research Analyst (Y)"; not a title and its translation: "Officer (X) / Agent (X)")
        same = len({fold(m.group("stem")) for m in specialised if m}) == 1
        if len(parts) < len(specialised) or not (same or (_AND_JOIN.search(title)
                                                          and all(names_post(p) for p, _, _ in parts))):
            return []
    return parts if len({p for p, _, _ in parts}) == len(parts) else []


_PORTAL_NUMBER = re.compile(r"(?<=\))\s*-\s*\d{6}$")


def _titles_graded(title: str) -> list[tuple[str, str | None, str | None]]:
    """(title, grade) of each post one title counts with a grade apiece ("Operational Research Analyst (2 posts, G17
    and G15)"): the same title at as many grades as it counts."""
    count = _POST_COUNT.search(title)
    grades = [m.group(0) for m in _COUNTED_GRADE.finditer(count.group(0))] if count else []
    if len(grades) < 2 or len(set(grades)) < len(grades) or len(grades) != to_number(count.group("n")):
        return []
    name = bare(title[:count.start()])[0]
    return [(name, grade, None) for grade in grades] if names_post(name) else []


def _titles_at_either_grade(title: str) -> list[tuple[str, str | None, str | None]]:
    """(title, grade) of a post offered at either of two grades, its title bracketing both ("Officer, X (G15/G17)"):
    one row per grade, each read from what the notice states for it ("ESSENTIAL – for appointment at G15")."""
    m = _EITHER_GRADE.search(split_reference(_PORTAL_NUMBER.sub("", title.strip()))[0].strip())  # (its vacancy
    # number after it: "Officer, X (G15 / G17) (261288)")
    if m is None or m.group("a") == m.group("b") or (m.group("a")[0] in "Gg") != (m.group("b")[0] in "Gg"):
        return []  # (one grade on both scales is one post: "(A.6 / G23)")
    name = bare(title[:m.start()])[0]
    return [(name, m.group("a"), None), (name, m.group("b"), None)] if names_post(name) else []


_EITHER_GRADE = re.compile(r"\s*\(\s*(?P<a>G-?\d{1,2}|[ABCL][.-]?\d)\s*(?:/|\bor\b)\s*"
                           r"(?P<b>G-?\d{1,2}|[ABCL][.-]?\d)\s*\)$")
_COUNTED_GRADE = re.compile(r"(?<![\w.])(?:[ABCL][.-]?\d|G-?\d{1,2})(?![\w.])")  # a grade in a post count's bracket


def _titles_at_grades(title: str, lines: list[Line]) -> list[tuple[str, str | None, str | None]]:
    """(title, grade) of each post one title counts ("Staff Officer, X (two posts at different grades)") when a grade
    line gives one grade per post ("GRADE: one post at A-3/G-17 and one post at A-2/G-15")."""
    count = _POST_COUNT.search(title)
    n = to_number(count.group("n")) if count else None
    name = bare(title[:count.start()])[0] if count else ""
    grades = _grades_in_turn(lines, int(n)) if n and n >= 2 and names_post(name) else [None]
    return [(name, grade, None) for grade in grades] if all(grades) else []


def _title_at_listed_grades(title: str, lines: list[Line]) -> list[tuple[str, str | None, str | None]]:
    """(title, grade) of one title offered at each grade a grade line lists ("Grade A.2 / NATO Grade G15 ; A.3 / NATO
    Grade G17"), in a notice that says it fills several posts ("Two posts with the same title are advertised")."""
    name = bare(title)[0] if title else ""
    if not names_post(name) or _JOINED.search(name) or not any(
            _SEVERAL_POSTS.search(ln.text) or _AT_TWO_GRADES.search(ln.text) for ln in lines):
        return []  # (a title joining two posts' is read otherwise: "Officer & Staff Officer (X)")
    for n in (2, 3):
        if all(grades := _grades_in_turn(lines, n)) or all(grades := _post_item_grades(lines, n)):
            return [(name, grade, None) for grade in grades]
    return []


def _post_item_grades(lines: list[Line], n: int) -> list[str | None]:
    """The grades of n items each naming a post by its number or its serial, then its grade ("- Post SFA BUD 0140:
    NATO Grade G8 (B-3) - basic monthly salary ...", "Post 2 - Grade A.3 / NATO Grade G17 - Salary ..."), when they
    are n different ones."""
    pieces = [ln.norm[m.end():read.end].strip() for ln in lines
              if (m := POST_NUMBER_ITEM.match(ln.norm) or _SERIAL_ITEM.match(ln.norm))
              and (read := read_grade(ln.norm, m.end(), after_word=True))]
    return pieces if len(pieces) == n and len({read_codes(p) for p in pieces}) == n else [None] * n


_SERIAL_ITEM = re.compile(r"[\W_]*(?:" + MARK_WORDS + r")\s+(?P<n>\d{1,2}|[A-F])\s*[–—:-]\s*", re.I)  # "Post 2 - "


def _title_at_grades_said(title: str, lines: list[Line]) -> list[tuple[str, str | None, str | None]]:
    """(title, grade) of one title offered at the grades the notice says its posts are at ("Post N° SL-2204 (A-2) and
    Post N° SL-2311 (A-3)", "A-3 post: 8,512.40 EUR"), when it says they share the title at different grades."""
    name = bare(title)[0] if title else ""
    if not names_post(name) or _JOINED.search(name) or not any(_AT_TWO_GRADES.search(ln.text) for ln in lines):
        return []
    posts: list[tuple[str, tuple[str | None, str | None]]] = []  # (each grade once, however written: "A-2 post",
    for grade in dict.fromkeys(m.group("g") for ln in lines for m in _GRADE_OF_POST.finditer(ln.text)):  # "(A-2)",
        code, nato = _both_scales(grade, lines)  # or on the other scale: "(G15)" of "G15 (A-2)")
        if not any((code and code == c) or (nato and nato == n) for _, (c, n) in posts):
            posts.append((grade, (code, nato)))
    return [(name, grade, None) for grade, _ in posts] if 2 <= len(posts) <= 3 else []


# ... when the notice says so: "two posts with the same title at two different grades".
_AT_TWO_GRADES = re.compile(r"\b(?:same\s+title|(?:two|three|different)\s+(?:different\s+)?grades)\b"
                            r"|\bat\s+grades\s+(?:[ABCL][.-]?\d|G-?\d{1,2})\s+and\s+(?:[ABCL][.-]?\d|G-?\d{1,2})\b",
                            re.I)  # (or names them: "two posts of X, at grades A.2 and A.3")
# A grade said of a post: "Post N° SL-2204 (A-2)", "A-3 post: 8,512.40 EUR".
_A_GRADE = r"(?<![\w.])(?P<g>[ABCL][.-]?\d|G-?\d{1,2})"  # a grade standing alone: "A-2", "A.3", "G15"
_GRADE_OF_POST = re.compile(rf"{_A_GRADE}(?:\)|\s+(?:post|position)\b)")
_JOINED = re.compile(r"\s(?:&|/)\s")


def _titles_numbered(text: str) -> list[tuple[str, str | None, str | None]]:
    """(title, grade, reference) of the posts one line names each with its vacancy number ("TITLES: Staff Officer (Air
    Policy) – vacancy 261044; Staff Officer (Maritime Policy) – vacancy 261045", "X, Vacancy 26-014, and Y, Vacancy
    26-015"), when two or more do."""
    text = _TITLE_LABELLED.sub("", text)
    found = [(clean(m.group("t")), None, m.group("ref")) for m in _NUMBERED_TITLE_ITEM.finditer(text)
             if names_post(m.group("t"))]
    return found if len(found) >= 2 and len({f[2] for f in found}) == len(found) else []


# A post's title and its grade opening the paragraph that describes it: "Logistics Assistant (X), Grade B-4. The ...".
_TITLE_GRADED = re.compile(r"\W*(?P<t>[A-Z][^,.;:]{2,100}),\s*(?:NATO\s+)?Grade\s+(?P<g>[ABCL][.-]?\d|G-?\d{1,2})\b"
                           r"|\W*(?P<tb>[A-Z][^.;:()]{2,100}?)\s*\((?:NATO\s+)?(?:Grade\s+)?(?P<gb>[ABCL][.-]?\d|G-?\d{1,2})\)\."
                           r"\s")  # (or its grade in brackets: "Officer, X Section (G15). The Officer drafts ...")
_NUMBERED_TITLE_ITEM = re.compile(r"(?:^|[;,]\s*(?:and\s+)?|\band\s+)(?P<t>(?-i:[A-Z])[^;:]{2,100}?)\s*(?:[–—-]|,)\s*"
                                  r"vacancy\s+(?:no\.?\s*|number\s*)?(?P<ref>[A-Z0-9][\w/.-]*\d[\w/.-]*)", re.I)


def _titles_standing_again(lines: list[Line]) -> tuple[list[tuple[str, str | None, str | None]], Line | None]:
    """((title, None, None) of each post, the line) of one of the text's first lines that joins posts with "and",
    "&" or a slash ("F-14 and F-15: Senior X Officer and Y Assistant"), when each part stands again below as a line
    of its own ("SENIOR X OFFICER (F-14)"): a title naming one post with "and" in it ("Head, Planning and Policy")
    has no such lines."""
    heads: set[str] | None = None
    for ln in [ln for ln in lines if ln.text][:_TITLE_REACH]:
        parts = [clean(p) for p in _JOINED_TITLES.split(_CODES_FIRST.sub("", ln.raw.strip(" *#_")))]
        if not 2 <= len(parts) <= _MAX_JOINED or not all(names_post(p) for p in parts):
            continue
        heads = {_heading_title(other.raw, ()) for other in lines if len(other.raw) <= _MAX_HEADING} \
            if heads is None else heads
        if all(fold(p) in heads for p in parts):
            return [(p, None, None) for p in parts], ln
    return [], None


_CODES_FIRST = re.compile(r"^(?:[A-Z]{1,4}-?\d{1,4}[A-Z]?\s*(?:,|and|&|/)?\s*){2,}:\s*")  # "F-14 and F-15: "
_JOINED_TITLES = re.compile(r"\s+(?:and|&)\s+|\s+/\s+")
_MAX_JOINED = 3
_MAX_HEADING = 120


def _titles_slashed(title: str, lines: list[Line]) -> list[tuple[str, str | None, str | None]]:
    """(title, grade, reference) of two or three posts' titles joined by slashes or "and", each naming a post of a
    family, in a notice that says it fills several posts ("Budget Assistant / Finance Assistant"; not one post's two
    roles, "Legal Adviser / Director, Office of Legal Affairs", nor a title and its translation, which `bare` keeps in
    English)."""
    parts = [clean(p) for p in (title.split(" / ") if " / " in title else _AND_WORD.split(title))]  # ("X and Y",
    # on a German or French board "X und Y", "X et Y")
    shared = _SHARED_TAIL.search(parts[-1])
    end = post_noun_end(parts[-1]) if len(parts) > 1 and all(len(p.split()) <= 2 for p in parts[:-1]) else None
    own_tails = [_SHARED_TAIL.search(p) for p in parts[:-1]]
    if shared and len(parts) > 1 and not any(own_tails):  # the unit or field the heads share: "Officer and Senior
        parts = [p + shared.group(0) for p in parts[:-1]] + parts[-1:]  # Officer, X Section", "Staff Officer and
        # Senior Staff Officer (Capability Requirements)"
    elif (unit := _UNIT_AFTER.search(parts[-1])) and len(parts) > 1 and all(
            t and t.group(0).startswith(" (") for t in own_tails):  # ... or only the unit after each one's field:
        parts = [p + unit.group(0) for p in parts[:-1]] + parts[-1:]  # "Translator (French) and Reviser (French), X"
    elif end is not None and end < len(parts[-1]) and not any(own_tails):  # ... or written without punctuation:
        parts = [p + parts[-1][end:] for p in parts[:-1]] + parts[-1:]  # "Assistant and Senior Assistant Meeting
        # Support"
    if len(parts) < 2 or len(parts) > 3 or len({fold(p) for p in parts}) < len(parts) \
            or not all(names_post(p) and len(p.split()) <= _MAX_TITLE_WORDS for p in parts) \
            or not any(_SEVERAL_POSTS.search(ln.text) for ln in lines):
        return []
    return [(p, None, None) for p in parts]


_AND_WORD = re.compile(r"\s+(?:and|und|et)\s+")
_SHARED_TAIL = re.compile(r",\s.+$|\s\([^()]+\)$")  # a title's unit after a comma, or its field in brackets
_UNIT_AFTER = re.compile(r"(?<=\)),\s[^()]+$")  # a unit after a title's field in brackets: "Reviser (French), X"


def _grades_in_turn(lines: list[Line], n: int) -> list[str | None]:
    """The grades a grade line lists in turn, one per post ("NATO Grade: B-4 / B-5", "GRADE: one post at A-3/G-17
    and one post at A-2/G-15"), when it lists n different ones of one scale; the first line giving both scales
    ("GRADE: A-2/G-15 (one post, X 0210) and A-3/G-17 (one post, X 0205)") over one giving one ("Grade: G15 / G17")."""
    found: list[str | None] = [None] * n
    for ln in lines:
        m = _GRADES_LISTED.match(ln.norm)
        if m and len(pieces := _listed_grades(_BRACKET_NOTE.sub("", m.group("g")), n)) == n:
            codes = [read_codes(piece) for piece in pieces]
            if all(code or nato for code, nato in codes) and len(set(codes)) == n \
                    and (all(code for code, _ in codes) or all(nato for _, nato in codes)):
                if all(code and nato for code, nato in codes):
                    return list(pieces)
                found = found if found[0] else list(pieces)
    return found


_BRACKET_NOTE = re.compile(r"\s*\([^()]*\)")


def _listed_grades(value: str, n: int) -> list[str]:
    """A grade line's grades: apart by slashes ("B-4 / B-5"), or one in each piece apart by "and" ("one post at
    A-3/G-17 and one post at A-2/G-15")."""
    if len(pieces := [c.strip() for c in value.split("/")]) == n:
        return pieces
    return [piece[g.start():read.end] for piece in _GRADE_PIECES.split(value)
            if (g := _COUNTED_GRADE.search(piece)) and (read := read_grade(piece, g.start(), after_word=True))]


_GRADE_PIECES = re.compile(r"\s+and\s+|,\s+(?=one\b)|\s*;\s*", re.I)  # "one post at A-3/G-17 and one post at
# A-2/G-15", "A.2 / NATO Grade G15 ; A.3 / NATO Grade G17"
_GRADES_LISTED = re.compile(r"\W*(?:NATO\s+)?Grades?\s*:?\s*(?P<g>[^:\n]{3,120}?)\s*$", re.I)  # (its colon may be lost)
# A post's vacancy number before its title in brackets: "LC 26-11 (Budget Assistant)".
_REF_FOR_TITLE = re.compile(r"(?P<ref>(?:[A-Z]{1,6}\s)?\d[\w/.-]{2,15})\s*\((?P<t>[A-Z][^()]{2,60})\)")
# ... or a list of them, each number then its title: "Vacancy numbers: 250577 – Staff Officer (X) · 250578 – ...".
_REF_THEN_TITLE = re.compile(r"(?<![\w/])(?P<ref>\d{5,7})\s+[–—-]\s+(?P<t>[A-Z][^·;|]{2,80}?)(?=\s*(?:[·;|]|$))")
# A grade said of one post by its whole title: "Grades: NATO Grade 15 (Staff Officer) · NATO Grade 17 (Senior ...)".
# ... or after it: "Assistant (Meeting Support) at NATO Grade G8 and Senior Assistant (Meeting Support) at ...".
_TITLE_AT_GRADE = re.compile(r"(?P<t>[A-Z][^:;,]{2,80}?)\s+at\s+(?P<g>(?:NATO\s+)?(?i:grade)\s+(?:G-?\d{1,2}|\d{1,2}|"
                             r"[ABCL][.-]?\d))\b")
_GRADE_FOR_TITLE = re.compile(r"(?P<g>(?:NATO\s+)?Grade\s+(?:G-?\d{1,2}|\d{1,2}|[ABCL][.-]?\d))\s*"
                              r"\((?P<t>[A-Z][^()]{2,60})\)")


# A grade said of one post by its title's head: "A.2 / NATO Grade G15 (Officer)".
_GRADE_FOR_HEAD = re.compile(r"(?<![\w.])(?P<g>[ABCL][.-]?\d(?:\s*/\s*(?:NATO\s+Grade\s+)?G-?\d{1,2})?|G-?\d{1,2})\s*"
                             r"\((?P<head>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\)")  # (or two words: "(Section Head)")
# ... or after it, opening its part: "For the Head post (G22): ...".
_HEAD_POST_GRADED = re.compile(r"\b[Ff]or\s+the\s+(?P<head>[A-Z][a-z]+)\s+(?:post|position)\s*"
                               r"\((?P<g>[ABCL][.-]?\d|G-?\d{1,2})\)")
# A part said of one post by its title or its head, its text after the colon: "For the Officer post (G17): the Officer
# drafts ...", the lines below it that post's up to the next such part.
_FOR_POST_PART = re.compile(r"^[\W_]*[Ff]or\s+the\s+(?P<t>[A-Z][^:()]{1,80}?)\s+(?:post|position)"
                            r"(?:\s*\([^()]{1,30}\))?[*_]*\s*:")


def _own_number(post: str, grade: str | None) -> tuple[str, str | None, str | None]:
    """(title, grade, vacancy number) of a post named with its number in brackets: "Head, X (vacancy 261044)"."""
    if m := _VACANCY_BRACKET.search(post):
        return post[:m.start()].rstrip(), grade, m.group("ref")
    name, ref = split_reference(post)  # ... or unlabelled: "X (260090)"
    return name, grade, ref


# ... perhaps labelled otherwise or with a note: "X (ref. 250311, post of ASG/OPS)".
_VACANCY_BRACKET = re.compile(r"\s*\(\s*(?:vacancy|ref(?:erence)?\.?|VN)\s*(?:no\.?|number|n°)?\s*:?\s*"
                              r"(?P<ref>[\w/-]{4,20})\s*(?:[,;][^()]{0,60})?\)[\s*_]*$", re.I)




def _both_scales(grade: str | None, lines: list[Line]) -> tuple[str | None, str | None]:
    """(grade_code, nato_grade) of a post's grade, the other scale's taken from the text when the grade gives one
    only and the text pairs them ("at grade G15 (A.2)", "A.3 (G17)")."""
    code, nato = read_codes(grade)
    if (code is None) == (nato is None):
        return code, nato
    for ln in lines:
        pairs = [m.group("a", "b") for m in _PAIRED.finditer(ln.norm)]
        pairs += [pair for m in _PAIRED_RESPECTIVELY.finditer(ln.norm)
                  for pair in (m.group("a", "b"), m.group("c", "d"))]
        for pair in pairs:
            codes = [read_codes(g) for g in pair]
            if code in {c for c, _ in codes} - {None} or nato in {n for _, n in codes} - {None}:
                return code or codes[0][0] or codes[1][0], nato or codes[0][1] or codes[1][1]
    return code, nato


_PAIRED = re.compile(r"(?<![\w.])(?P<a>G-?\d{1,2}|[ABCL][.-]?\d)\s*\(\s*(?P<b>G-?\d{1,2}|[ABCL][.-]?\d)\s*\)")  # "G15
# (A.2)"
# ... or two grades paired with two on the other scale: "at grades A.2 and A.3 (NATO Grades G15 and G17 respectively)".
_PAIRED_RESPECTIVELY = re.compile(r"(?<![\w.])(?P<a>G-?\d{1,2}|[ABCL][.-]?\d)\s+and\s+"
                                  r"(?P<c>G-?\d{1,2}|[ABCL][.-]?\d)\s*\(\s*(?:NATO\s+)?(?:grades?\s+)?(?P<b>G-?\d{1,2}|[ABCL][.-]?\d)\s+and\s+"
                                  r"(?P<d>G-?\d{1,2}|[ABCL][.-]?\d)(?:,?\s+respectively)?\s*\)", re.I)


def read_codes(grade: str | None) -> tuple[str | None, str | None]:
    """(grade_code, nato_grade) of a grade written next to a post, or (None, None)."""
    read = read_grade(grade, after_word=True) if grade else None
    return (read.code, read.nato) if read else (None, None)


# Between two titles on one line: a slash, "and", "&" or a semicolon.
_PARALLEL_JOIN = re.compile(r"(?<=\))[*_]*\s*(?:/|\band\b|&|;|,(?:\s+and\b)?)\s*", re.I)  # (after a specialisation's
# bracket; three or more titles listed with commas: "Engineer (Electrical), Engineer (Mechanical) and Engineer (Civil)")
_AND_JOIN = re.compile(r"\)[*_]*\s+(?:and|&)\s+[*_]*[A-Z]", re.I)
# A title with its specialisation in brackets: "Contracting Officer (Ammunition)".
_SPECIALISED = re.compile(r"(?P<post>(?P<stem>[A-Z][^()/;]{2,80}?)\s*\([^()]{2,80}\))[*_]*"
                          r"(?:\s*\((?P<grade>[ABCL][.-]?\d|G-?\d{1,2})\))?")  # (and its grade: "(A.3)")


def is_intro(text: str) -> bool:
    """Whether a line introduces a list of the posts a notice advertises ("... will fill the following two posts:"),
    not of the posts the post supervises ("... and directly supervises the following three posts:")."""
    return bool(_INTRO_HIRE.search(text) or (
        text.rstrip().endswith(":") and _POINTS_AT_LIST.search(text) and _POST_NOUN.search(text))) \
        and not _SUPERVISED_INTRO.search(text)


# The posts a post supervises, introduced: "supervises the following three posts:", "the following posts report to".
_SUPERVISED_INTRO = re.compile(r"\b(?:supervis(?:es|ing)|manag(?:es|ing)|line-manag(?:es|ing)|oversees|overseeing|"
                               r"directs|directing)\s+(?:the\s+)?following\b|\bfollowing\s+(?:[\w-]+\s+){0,2}?"
                               r"(?:posts|positions|staff)\s+report(?:s|ing)?\s+to\b", re.I)


def _depth(line: Line) -> int:
    """How far a line is indented (a tab stands for the run of four spaces or more that reading the text folded)."""
    return len(line.raw[:len(line.raw) - len(line.raw.lstrip())].expandtabs(4))


def _counts_posts(text: str) -> bool:
    """Whether a heading counts the posts a notice fills without naming a post ("NOTIFICATION OF VACANCIES (2
    POSTS)"): the list below it is read when nothing else tells the posts apart."""
    return bool((counted := _COUNTED_HEADING.match(text)) and not names_post(counted.group("head")))


# A heading counting the posts the notice fills, no post named in it: "NOTIFICATION OF VACANCIES (2 POSTS)",
# "VACANCY NOTICE – TWO POSTS" (not "Principal Engineer (X) (2 posts)": one post's two vacancies).
_COUNTED_HEADING = re.compile(r"^\W*(?P<head>[^.:\n]{3,60}?)(?:\s*\(\s*|\s+[–—-]\s*)"
                              r"(?:two|three|four|five|six|[2-9])\s+(?:positions|posts|vacancies)\s*\)?\W*$", re.I)


def _from_list(notice: Notice, lines: list[Line], intro: Callable[[str], bool] = is_intro
               ) -> tuple[list[Position], str | None]:
    """The positions listed after an intro line; a problem when the list cannot be read in full."""
    hits = {ln.no for ln in notice.with_trigger("positions", lines)}
    section_of = {id(ln): k for k, s in enumerate(notice.sections) for ln in s.lines}
    for i, ln in enumerate(lines):
        if ln.no not in hits or not intro(ln.text):
            continue
        found: list[Position] = []
        skipped = 0
        indent = 0  # how deep the last item stands: lines deeper are its own (nested bullets: its pay, its duties)
        gap = False  # a line that is no item since the last one
        describable = False  # a graded item's description right below it or its details ("Handles cyber incidents
        for item in lines[i + 1:i + 24]:  # ... You have at least 2 years of ..."), the list going on below it
            if section_of.get(id(item)) != section_of.get(id(ln)):
                break  # the list ends with its section
            if not item.text or _LINK.match(item.text):
                describable = describable and bool(item.text)
                continue
            nested = bool(found) and _depth(item) > indent
            position = None if nested else _position(item)
            if position and gap and _numbers_again(item.text, found):
                break  # a listed title standing again past the list, with its post numbers, heads their part
            if position:
                found.append(position)
                skipped, describable, indent, gap = 0, bool(position[4]), _depth(item), False
                continue
            gap = True
            detail = _ITEM_DETAIL.match(item.text)
            if detail and detail.group("ref") and found and found[-1][1] is None:  # its own number on it
                found[-1] = (found[-1][0], detail.group("ref"), *found[-1][2:])
            if nested and detail and found[-1][4] is None and (graded := _GRADE_DETAIL.match(item.text)) \
                    and any(codes := read_codes(graded.group("g"))):  # ... or its own grade, indented below it
                found[-1] = (*found[-1][:4], graded.group("g").strip(), *codes)  # ("Grade: NATO SSS Grade G15")
            if nested:
                continue
            running = len(item.text.split()) > 6 and not detail and not _ITEM_LINK.search(item.text)
            if running and not found and skipped < 2:
                skipped += 1  # a paragraph between the intro and its list ("All positions are offered for ...")
                continue
            if running and describable and not family_of(item.text) and not _FOR_EVERY_POST.search(item.text):
                describable = False
                continue
            if running or skipped >= 3 or family_of(item.text):
                break  # running text, or a line naming a post that is no list item: the list is over
            describable = describable and bool(detail or _ITEM_LINK.search(item.text))
            skipped += 1  # "Click here for post description": a line between items
        if len(once := _one_of_alike(found)) < len(found):  # two items alike ("Assistant (X) (G10, post number A
            found = once  # 0040)" and "... 0050") are one post, as "Assistant (X) (2 posts)"; told apart by title,
            # reference or grade they are two
            if len(found) >= 2:
                return found, f"positions listed alike are read as one post each: {ln.text[:100]!r}"
            return [], f"the notice names several positions but they cannot be told apart: {ln.text[:100]!r}"
        if len(found) == 1:
            plural = any(w.group(0).lower().endswith(("s", "ies")) for w in _POST_NOUN.finditer(ln.text))
            return found, (f"the notice introduces several positions but only one could be read: {ln.text[:100]!r}"
                           if plural else None)
        if not found:
            return [], f"the notice names several positions but they cannot be told apart: {ln.text[:100]!r}"
        return found, None
    return [], None


def _numbers_again(text: str, found: list[Position]) -> bool:
    """Whether a line names a post number that a listed item gave ("Technical Officer (Post N° F-214 and F-219)")."""
    numbers = {m.group("n") for p in found for m in _ITEM_POST_NUMBER.finditer(p[3])}
    numbers |= {n for p in found for n in _POST_NUMBER_TOKEN.findall(p[3])}
    return any(re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", text) for n in numbers)


_ITEM_POST_NUMBER = re.compile(r"\bPost\s+(?:N[°º]\.?|No\.?)\s*(?P<n>[A-Z0-9][\w-]{0,12}?\d{2,5}[A-Z]?)\b", re.I)


# An item's detail on a line of its own: "Location: Mons – ...", "Basic monthly salary (12 x per year): ...",
# "Req. # 251877 · Mons, BE · Basic salary: ..." (its own vacancy number).
_ITEM_DETAIL = re.compile(r"\W*(?:(?:Location|Duty\s+station|Lieu|(?:Basic\s+)?(?:monthly\s+)?salary|Grade|"
                          r"Post\s+number|Contract)(?:\s*\([^()]{1,30}\))?\s*:|"
                          r"(?:Req(?:uisition)?|Ref(?:erence)?|Vacancy)\.?\s*(?:(?:#|No\.?|number)\s*:?\s*|(?=\d{5}))"
                          r"(?P<ref>\d[\w/.-]*))",  # (or its number alone after its label: "Vacancy 265130 - Grade")
                          re.I)
# ... its grade, perhaps after its number: "Grade: NATO SSS Grade G15", "Vacancy 265130 - Grade A.4 / NATO Grade G18".
_GRADE_DETAIL = re.compile(r"\W*(?:Vacancy\s+\d[\w/.-]*\s+[–—-]\s+)?Grade\s*:?\s*(?P<g>.{2,60})$", re.I)
_ITEM_LINK = re.compile(r"^\W*job\s+description\b|\bclick\s+here\b", re.I)  # "JOB DESCRIPTION FQ-11 - click here"


# A row of a table of posts, its cells apart by wide gaps: "CSO-25-07    Panel Officer, X Panel    A-3".
_CODE_CELL = re.compile(r"(?=[\w/.-]*\d)[A-Z0-9][\w/.-]{3,20}")  # its vacancy number: "CSO-25-07", "250443", "24/003"
_GRADE_CELL = re.compile(r"(?:NATO\s+)?(?:Grade\s+)?(?:(?P<letter>[ABCL])[.-]?\s?(?P<num>\d)"
                         r"(?:\s*/\s*G-?(?P<g1>\d{1,2}))?|G-?(?P<g2>\d{1,2}))", re.I)


def _row_position(item: Line) -> Position | None:
    """A table's row without column names as a position: one cell naming a post, the others its vacancy number and
    its grade, each told by its shape."""
    if "\t" not in item.raw and "  " not in item.raw.strip():
        return None
    cells = [c for c in CELL_GAP.split(item.raw.strip()) if c.strip()]
    if len(cells) < 2 or sum(1 for c in cells if names_post(c)) != 1:
        return None
    fields = _by_shape(cells, [None] * len(cells), strict=True)
    return _fields_position(fields, item.no, item.evidence()) if fields is not None else None


def _by_shape(cells: list[str], columns: list[str | None], strict: bool = False) -> dict[str, str] | None:
    """The fields of a row's cells: a named column's, or for a cell under no known name a grade, a vacancy number or
    (the first cell naming a post) a title, by its shape; None when `strict` and a cell is none of them."""
    fields = {f: c.strip() for f, c in zip(columns, cells, strict=True) if f and c.strip()}
    for field, cell in zip(columns, (c.strip() for c in cells), strict=True):
        if field is not None or not cell:
            continue
        if _GRADE_CELL.fullmatch(cell) and "grade" not in fields:
            fields["grade"] = cell
        elif _CODE_CELL.fullmatch(cell) and "reference" not in fields:
            fields["reference"] = cell
        elif strict and names_post(cell) and "title" not in fields:
            fields["title"] = cell
        elif strict:
            return None
    return fields


def _fields_position(fields: dict[str, str], no: int, evidence: str) -> Position | None:
    """A position from a row's or an item's fields: its title (naming a post), vacancy number and grade."""
    title = fields.get("title")
    if not title or not names_post(title):
        return None
    title = title[enum.end():] if (enum := _ENUM.match(title)) else title  # ("a. Director, X": its enumerator)
    read = read_grade(fields["grade"], after_word=True) if fields.get("grade") else None
    ref = fields.get("reference")
    if ref and (labelled := gram.reference_pattern().match(ref.strip())):
        ref = labelled.group("ref")  # the cell repeats its label: "Ref. No 2025_00731"
    return (clean(title), ref, no, evidence, fields.get("grade"), read.code if read else None,
            read.nato if read else None)


_RULE_CELL = re.compile(r"^[\s:-]*$")
_BREAK = re.compile(r"<br\s*/?>", re.I)  # a line break inside a converted table's cell


def _table_cells(raw: str) -> list[str] | None:
    """A markdown table row's cells, stripped of emphasis; None for a rule row ("|---|---|")."""
    cells = [_BREAK.sub(" ", c).strip().strip("*_ ") for c in raw.strip().strip("|").split("|")]
    return None if all(_RULE_CELL.match(c) for c in cells) else cells


def table_of_posts(raws: list[tuple[int, str]]) -> list[Position]:
    """The positions a table lists, one per row under a row of column names with a title column, in markdown
    ("| Post title | Post N° | Ref. No | Grade |" / "| Logistics Officer (X) | LW-112 | 2024_00386 | A.2 / G15 |"), in a
    grid of bars and "+---+" rules, or with wide gaps between its cells ("Vacancy   Post Title   Grade   Post Number"):
    two rows at least, told apart by title or grade. Rows alike but for their post numbers ("OSC X 0040 | Staff
    Officer (Y) | NG 15" and "OSC X 0050 | ...") are one post, as "Staff Officer (Y) (2 posts)" is."""
    found = _one_of_alike([row[0] for row in _post_rows(raws)])
    return found if len(found) >= 2 and len({(f[0], f[4]) for f in found}) == len(found) else []


def _one_of_alike(found: list[Position]) -> list[Position]:
    """The positions, each kept once among those alike (the same title, vacancy number and grade)."""
    alike = {(f[0], f[1], f[4]): f for f in reversed(found)}
    return [f for f in found if alike[(f[0], f[1], f[4])] is f]


def transposed_table(raws: list[tuple[int, str]]) -> list[Position]:
    """The positions of a table with one column per post: a row of titles ("Political Adviser | Deputy Political
    Adviser"), then rows of one header label and a value per post ("Vacancy Number | JFCNF 25/06 | JFCNF 25/07",
    "NATO Grade | G22 (A-5) | G17 (A-3)"), one of them a vacancy number or a grade."""
    return [row[0] for row in _transposed_rows(raws)]


def _transposed_rows(raws: list[tuple[int, str]]) -> list[tuple[Position, str, str]]:
    """(position, the salary row's label, its cell) of each column of a table with one column per post."""
    for i, (no, raw) in enumerate(raws):
        titles = _table_cells(raw) if "|" in raw else None
        titles = titles[1:] if titles and not titles[0] else titles  # (a markdown table's empty corner cell)
        marked = bool(titles) and all(_POST_MARK_CELL.fullmatch(t) or _POST_NUMBER_CELL.fullmatch(t)
                                      for t in titles)  # ("| | Post A | Post B |", "| | Post N° H-21 | ...", the
        # titles in a row below: "| Job title | X | Y |")
        if not titles or len(titles) < 2 or not (marked or all(names_post(t) and not column_field(t) for t in titles)):
            continue
        fields: list[dict[str, str]] = [{} if marked else {"title": t} for t in titles]
        label = ""
        for _, row in raws[i + 1:i + 1 + _TRANSPOSED_ROWS]:
            if RULE_ROW.match(row):
                continue  # "|---|---|---|"
            cells = _table_cells(row) if "|" in row else None
            if not cells or len(cells) != len(titles) + 1 or not (field := column_field(cells[0])):
                break
            label = cells[0] if field == "salary" else label
            for post, value in zip(fields, cells[1:], strict=True):
                if field == "title" and marked and "/" in titles[0]:
                    value = value.split(" / ", 1)[0]  # (in two languages, its English title first: "X / Chef(fe), Y")
                post.setdefault(field, value)
        if {"reference", "grade"} & set(fields[0]):
            return [(p, label, post.get("salary", "")) for post in fields
                    if (p := _fields_position(post, no, raw.strip()))]
    return []


def column_blocks(text: str, listed: list[Position]) -> list[tuple[str, str, int, Position | None]]:
    """(text, title, line, position) of each listed post, for a notice stating its posts' requirements in a table
    with a column per post ("| Requirement | Post A | Post B |" or the posts' titles over the columns): each post's
    text keeps every line, its table rows made items of its own cell ("- Professional experience: at least 10 years
    ..."), the other posts' lines in the list blanked; [] when there is no such table."""
    lines = text.split("\n")
    columns: dict[int, list[int]] = {}  # a table's header row -> the position of each of its columns
    below = max(p[2] for p in listed)  # (below the list of the posts: a table with a column per post is no such one)
    for i, raw in enumerate(lines[below:], start=below):
        cells = _table_cells(raw) if "|" in raw else None
        if cells and len(cells) == len(listed) + 1 and cells[0] and not column_field(cells[0]) and len(owned := [
                _column_owner(cell, listed) for cell in cells[1:]]) == len({*owned} - {None}):
            columns[i] = owned  # type: ignore[assignment]
        elif cells and len(cells) == len(listed) and len(owned := [_column_owner(cell, listed) for cell in cells]) \
                == len({*owned} - {None}):
            columns[i] = owned  # type: ignore[assignment]  # (a header row without its corner cell: "Post 1: X | Post 2: Y")
    if not columns:
        return []
    out = []
    for k, position in enumerate(listed):
        own = list(lines)
        for j in {p[2] - 1 for p in listed if p is not position}:
            own[j] = ""
        for i, owned in columns.items():
            for j in range(i + 1, min(len(lines), i + 1 + _TRANSPOSED_ROWS)):
                if "|" not in lines[j]:
                    break  # (the table is over)
                if not (cells := _table_cells(lines[j])) or RULE_ROW.match(lines[j]):
                    continue
                cell = cells[1 + owned.index(k)].strip() if len(cells) == len(owned) + 1 else ""
                own[j] = "" if _NO_VALUE.fullmatch(cell) else f"- {cells[0]}: {cell}"
        out.append(("\n".join(own), position[0], position[2], position))
    return out


def _column_owner(cell: str, listed: list[Position]) -> int | None:
    """The position a table's column header names: by its mark ("Post A") or by its title."""
    if mark := _POST_MARK_CELL.fullmatch(cell):
        return _by_serial(mark.group("n"), listed)
    titles = [fold(p[0]) for p in listed]
    return titles.index(fold(cell)) if titles.count(fold(cell)) == 1 else None


_NO_VALUE = re.compile(r"[\s*_]*(?:|-|–|—|n/?a|none|nil)[\s*_.]*", re.I)  # a cell stating nothing: "-", "none"
_TRANSPOSED_ROWS = 12  # rows of a table with one column per post
_POST_NUMBER_CELL = re.compile(r"[*_]*Post\s+(?:N[°º]\.?|No\.?|Number)\s*[A-Z0-9][\w/.-]{0,14}[*_]*", re.I)  # a post
# number heading a post's column: "Post N° H-21"
_POST_MARK_CELL = re.compile(r"[*_]*(?:" + MARK_WORDS + r"|Vacancy)\s+(?P<n>\d{1,2}|[A-F])[*_]*"
                             r"(?:\s*/\s*[*_]*(?:Poste|Post|Position)\s+(?P=n)[*_]*)?"  # ("Post 1 / Poste 1")
                             r"(?:\s*[:–—-]\s*[^|]{3,120})?", re.I)  # (or with its title: "Post 1: Head, X Section")


def table_pay(raws: list[tuple[int, str]]) -> list[tuple[frozenset[str], float, int, str]]:
    """(grade codes, monthly euro pay, line, evidence) of each row of a table of posts with a salary column ("| Reviser
    (French) | L-3 | 7,655.72 EUR, tax free |" under "Basic Monthly Salary"): pay stated once per grade."""
    out = []
    for position, label, cell in _post_rows(raws) or _stacked_rows(raws) or _transposed_rows(raws):
        pay = gram.read_pay(cell, 0) if cell else None
        basis = (pay.basis or gram.column_basis(label)) if pay else None
        euro = pay is not None and (pay.currency or ("EUR" if _EURO_WORD.search(label) else None)) == "EUR"
        amount = gram.amount(pay.amount) if pay and euro and basis and not pay.is_range else None  # (the currency may
        # stand in the column's name: "Salary (monthly, EUR)")
        if amount is not None and (position[5] or position[6]):
            codes = frozenset(c for c in position[5:7] if c)
            out.append((codes, round(amount / 12, 2) if basis == "yearly" else amount, position[2], cell))
    # a grade's pay may stand again on its other posts' rows, never as another amount
    per_grade = len({codes for codes, *_ in out}) == len({(codes, amount) for codes, amount, *_ in out})
    return out if len(out) >= 2 and per_grade else []


_BAR = re.compile(r"\s\|\s")  # a bar between a row's cells
_EURO_WORD = re.compile(r"\bEUR\b|\beuros?\b|€", re.I)
_GRID_RULE = re.compile(r"^\s*(?:\+[-=:+\s]*\+|[-=_]{5,}|[-=]{3,}(?:\+[-=]{3,})+)\s*$")  # "+-----+-----+", "-------"
# or "-----+-----" between a table's rows


def table_deadline(raws: list[tuple[int, str]]) -> tuple[int, str] | None:
    """(line, cell) of the closing date a table of posts gives every row in its own column ("CLOSING DATE" /
    "27 Mar 2026" on each row), when the rows agree."""
    rows = _post_rows(raws, "deadline")
    cells = {" ".join(cell.split()) for _, _, cell in rows}
    return (rows[0][0][2], cells.pop()) if rows and len(cells) == 1 and "" not in cells else None


def table_deadlines(raws: list[tuple[int, str]]) -> dict[int, tuple[str, str]]:
    """{row's line: (its closing-date cell, the row)} of a table of posts whose rows give their own closing dates."""
    return {row[2]: (" ".join(cell.split()), row[3]) for row, _, cell in _post_rows(raws, "deadline") if cell.strip()}


def _post_rows(raws: list[tuple[int, str]], field: str = "salary") -> list[tuple[Position, str, str]]:
    """(position, the name of the column of `field`, its cell) of each row of the first table of posts."""
    columns: list[str | None] = []
    names: list[str] = []
    found: list[tuple[Position, str, str]] = []
    wrapped = ""  # the first part of a row's title cell, wrapped onto a line of its own above the rest of the row
    for no, raw in raws:
        if _GRID_RULE.match(raw) or not raw.strip():  # (a blank line: a block's text blanks the other posts' rows)
            continue
        piped = raw.lstrip()[:1] == "|" or len(_BAR.findall(raw)) >= 2  # (an HTML table's row: "1 | JNF 0070 | X |
        # B-4", or a text's, its wide gaps read as tabs: "G31/26<tab>| OSC FXB 0040  | X")
        if not piped and "\t" not in raw and "  " not in raw.strip():
            if columns and not wrapped and raw[:1].isspace() and "title" in columns:
                wrapped = raw.strip()  # ("   a. Deputy Assistant Secretary General for X and" / "      Y   251108 ...")
                continue
            if found:
                break
            columns, wrapped = [], ""
            continue
        if (cells := _table_cells(raw) if piped else [c for c in CELL_GAP.split(raw.strip()) if c.strip()]) is None:
            continue
        if columns and len(cells) == len(columns) + 1 and _POST_MARK_CELL.fullmatch(cells[0].strip()):
            cells = cells[1:]  # (each row's mark under the table's empty corner, lost: "Post 1 | X | NG20 | 251905")
        if wrapped and len(cells) == len(columns):
            cells[columns.index("title")] = f"{wrapped} {cells[columns.index('title')]}"
        wrapped = ""
        named = [column_field(c) for c in cells]
        if not columns and "title" in named and sum(1 for f in named if f) >= 2:
            columns, names = named, cells  # the columns' fields and names
        elif columns and (row := _table_position(no, raw, cells, columns)):
            at = columns.index(field) if field in columns else None
            found.append((row, names[at] if at is not None else "", cells[at] if at is not None else ""))
    return found


def stacked_table(raws: list[tuple[int, str]]) -> list[Position]:
    """The positions of a table flattened one cell per line, as PDF copies and HTML pages give it: its column names on
    one line ("Vacancy Number | Job Title | Grade") or one per line, then each row's cells, one per line, in the same
    order; two rows at least, each with a title naming a post and its other cells of their column's shape."""
    return [row[0] for row in _stacked_rows(raws)]


def _stacked_rows(raws: list[tuple[int, str]]) -> list[tuple[Position, str, str]]:
    """(position, salary column's name, salary cell) of each row of a table flattened one cell per line, read in the
    file's line order (the segmenter may have paired its column names with the first row's cells as labels)."""
    raws = sorted(raws)
    for i in range(len(raws)):
        if not (got := _column_names(raws, i)):
            continue
        columns, names, j = got
        at = columns.index("salary") if "salary" in columns else None
        found = []
        while j + len(columns) <= len(raws) and (row := _stacked_row(raws[j:j + len(columns)], columns)):
            found.append((row, names[at] if at is not None else "",
                          raws[j + at][1].strip(" *_|\t") if at is not None else ""))
            j += len(columns)
        if len(found) >= 2 and len({f[0][0] for f in found}) == len(found):
            return found
    return []


_NAME_CHARS = 40  # a column's name is short
_MAX_COLUMNS = 8  # ... and a table of posts has a few of them


def _column_names(raws: list[tuple[int, str]], i: int) -> tuple[list[str | None], list[str], int] | None:
    """(the columns' fields, their names, the index of the first cell) when line i holds a table's column names, all
    known labels with a title among them, on the line itself (apart by bars or gaps) or one per line from it."""
    raw = raws[i][1].strip()
    if len(raw) > _NAME_CHARS and "|" not in raw and "\t" not in raw and "  " not in raw:
        return None  # running text: neither a name nor a row of names
    cells = [c.strip(" *_") for c in (raw.strip("|").split("|") if "|" in raw else CELL_GAP.split(raw))]
    if len(cells) >= 3:
        named = [column_field(c) if len(c) <= _NAME_CHARS else None for c in cells]
        return (named, cells, i + 1) if None not in named and "title" in named else None
    named, names = [], []
    while i + len(named) < len(raws) and len(named) < _MAX_COLUMNS:
        line = raws[i + len(named)][1].strip(" *_\t")
        field = column_field(line) if len(line) <= _NAME_CHARS and ":" not in line else None
        if field is None:
            break
        named.append(field)
        names.append(line)
    return (named, names, i + len(named)) if len(named) >= 3 and "title" in named else None


def _stacked_row(lines: list[tuple[int, str]], columns: list[str | None]) -> Position | None:
    """One row of a table flattened one cell per line: a title naming a post, a grade and a vacancy number of their
    shapes; no cell is a label and its value."""
    cells = [raw.strip(" *_|\t") for _, raw in lines]
    if any(":" in c or not c for c in cells):
        return None
    fields = dict(zip(columns, cells, strict=True))
    if ("grade" in fields and not read_grade(fields["grade"], after_word=True)) or (
            "reference" in fields and not any(ch.isdigit() for ch in fields["reference"])):
        return None
    at = columns.index("title")
    return _fields_position({f: c for f, c in fields.items() if f}, lines[at][0], cells[at])


def _table_position(no: int, raw: str, cells: list[str], columns: list[str | None]) -> Position | None:
    """A row of a table of positions under its column names (a column whose name is no label gives a vacancy number
    or a grade by its shape: "Number ... SO-26-01")."""
    if len(cells) != len(columns):
        return None
    if "title" in columns and (at := columns.index("title")) + 1 < len(cells) and columns[at + 1] is None and (
            cells[at].count("(") > cells[at].count(")") or cells[at + 1].startswith("(")):
        cells = [*cells[:at], f"{cells[at]} {cells[at + 1]}", "", *cells[at + 2:]]  # a title cut over two cells
    return _fields_position(_by_shape(cells, columns) or {}, no, raw.strip())


def _labelled_position(item: Line) -> Position | None:
    """An item of header fields under their labels as a position: "i. TITLE: Assistant (X)   GRADE: B-3/G-8"."""
    if ":" not in item.norm:
        return None
    enum = _ENUM.match(item.text)
    return _labelled_fields(item.text[enum.end():] if enum else item.text, item.no, item.evidence())


def _labelled_fields(text: str, no: int, evidence: str, title: str | None = None) -> Position | None:
    """A position from one line of header fields, a title (else `title`, with the line's own vacancy number) and a
    grade or vacancy number among them."""
    fields = {header_labels().get(fold(label)) or "": value for label, value in split_labels(text)[1]}
    if not ({"grade", "reference"} & fields.keys()):
        return None
    if "title" not in fields and title and fields.get("reference"):
        fields["title"] = title
    return _fields_position(fields, no, evidence)


_LEADERS = re.compile(r"\s*\.{3,}\s*(?=\S)")  # dot leaders between an item's title and its facts


def _cells_apart(raw: str, norm: str) -> str:
    """A line's normalised text with each gap between two cells of its raw text (a tab, or three spaces or more) read
    as a dash."""
    out, last = [], 0
    for m in _CELL_GAP.finditer(raw):
        out += [norm[last:m.start()], " - "]
        last = m.end()
    return "".join(out) + norm[last:]


_CELL_GAP = re.compile(r"(?<=[\w)])(?:[ \t]*\t[ \t]*| {3,})(?=\w)")  # a gap between the cells of a flattened row


def _position(item: Line) -> Position | None:
    """A list item as a position: its title without enumerator, grade, post number or vacancy count.

    A link to the post's description may have been joined to the item (a wrapped line): it is cut off."""
    if row := _row_position(item) or _labelled_position(item):
        return row
    link = _LINK_INSIDE.search(item.norm)
    end = link.start() if link else len(item.norm)
    text = " ".join(_cells_apart(item.raw[:end], item.norm[:end]).split())  # (its cells apart: "POST A   X   NATO
    # Grade G17   ALC LGL 0030")
    text = _LEADERS.sub(" - ", text) if "..." in text else text  # ("X ........ B.3 / NATO Grade G8 .... Vacancy N")
    enum = _ENUM.match(text)
    if enum:
        text = text[enum.end():]
    text = text[mark.end():] if (mark := _POST_MARK.match(text)) else text  # ("POST A - Scientist (X) - ...")
    text = text[mark.end():] if (mark := POST_NUMBER_ITEM.match(text)) else text  # ("Post N° F-214: Officer (X), ...")
    text = _GLUED_NOTE.sub("", _TITLE_LABELLED.sub("", text))
    own_ref = None
    if (lead := _LEADING_REF.match(text)) and (own_ref := gram.reference_value(lead.group("ref"))):
        text = text[lead.end():]  # "Vacancy number JFCBS 26/007 - Assistant (Budget Execution), ..."
    if (lead := _LEADING_CODE.match(text)) and own_ref is None and gram.reference_value(lead.group("ref")) == \
            lead.group("ref"):  # its vacancy number first: "CMRE-25-031 – Engineer (X), NATO Grade G15 (A-2), ..."
        own_ref, text = lead.group("ref"), text[lead.end():]
    text = text[lead.end():] if (lead := _LEADING_POST_NUMBER.match(text)) else text  # ("ERD0127 – Officer, X – ...")
    if (many := _POSTS_AS.match(text)) and (to_number(many.group("n")) or 0) > 1:  # "2 posts as Officers, X": one
        text = _PLURAL_HEAD.sub(lambda m: m.group("w") if names_post(m.group("w")) else m.group(0), text, count=1)
    text = _POSTS_AS.sub("", text)
    if not any(c in text for c in ",;:()–—/") and (bare_tail := _BARE_GRADE_TAIL.search(text)) \
            and names_post(text[:bare_tail.start()]):  # (its punctuation stripped)
        text = f"{text[:bare_tail.start()]} ({bare_tail.group('g')})"
    elif (flat := _FLAT_ROW_TAIL.search(text)) and names_post(text[:flat.start()]):  # (a table's row, its gaps lost)
        text = f"{text[:flat.start()]} ({flat.group('g')})"
    if (bracket := _FACTS_BRACKET.search(text)) and _bracket_of_facts(bracket.group("facts")):
        text = f"{text[:bracket.start()]}, {bracket.group('facts')} {text[bracket.end():]}".rstrip()  # its facts in
        # a bracket of their own
    text, facts = _facts_after(text)
    if "grade" in facts and (read := read_grade(facts["grade"], after_word=True)):
        ref = _REF.search(_POST_NUMBER.sub(" ", text))
        name = clean(trim(_REF.sub(" ", _POST_NUMBER.sub(" ", text))).strip(" -–;"))
        if names_post(name):
            return (name, own_ref or facts.get("reference") or (ref.group("ref") if ref else None), item.no,
                    item.evidence(0, end), facts["grade"], read.code, read.nato)
    grade = _GRADE.search(text)
    spine = _NATO_GRADE.search(text)
    ref = _REF.search(_POST_NUMBER.sub(" ", text))
    name = _VACANCIES.sub(" ", _POST_NUMBER.sub(" ", _GRADE_RANGE.sub(" ", text)))
    for piece in (grade, spine):
        if piece:
            name = name.replace(piece.group(0), " ")
    name = _DESCRIBED.sub("", name)  # "Faculty Adviser (Regional Studies), specialised in ...": what it covers
    name = clean(_DASHES.sub(" – ", trim(_REF.sub(" ", name))).replace(" - ", " ").strip(" -–;"))
    if not name or not names_post(name) or len(name.split()) > _MAX_TITLE_WORDS or re.search(r"\.\s+[A-Z]", name):
        return None
    marked = item.bullet or enum or grade or ref or _POST_NUMBER.search(text) or _VACANCIES.search(text)
    if not marked and (item.text.endswith(".") or _SENTENCE_START.match(name)):
        return None  # a bare line that reads as a sentence ("The incumbent reports to the Head."), not a title
    code, nato = _codes(grade.group("letter"), grade.group("num"), grade.group("g1") or grade.group("g2")) \
        if grade else (None, None)
    if spine and nato is None:
        nato = _codes(None, None, spine.group("g"))[1]
    written = " ".join(w for w in (clean(spine.group(0)) if spine else "", clean(grade.group("grade")) if grade else "")
                       if w) or None
    return (name, own_ref or facts.get("reference") or (ref.group("ref") if ref else None), item.no,
            item.evidence(0, end), written, code, nato)


# An item opened by a code and a dash: "CMRE-25-031 – Engineer (X), ..." (a vacancy number when of its shape).
_LEADING_CODE = re.compile(r"(?P<ref>[A-Z][\w/.-]*\d[\w/.-]*)\s+[–—-]\s+(?=[A-Z])")
# An item opened by its post number and a dash, which is no vacancy number: "ERD0127 – Officer, X – NATO Grade G15".
_LEADING_POST_NUMBER = re.compile(r"[A-Z]{2,6}[\s-]?\d{2,5}[A-Z]?"
                                  r"(?:\s*(?:/|,|&|\band\b)\s*[A-Z]{2,6}[\s-]?\d{2,5}[A-Z]?)*"
                                  r"(?:\s+[–—-]\s+|\s*:\s+)(?=[A-Z])")  # (or two: "FL-118 / FL-119: Engineer (X)")
# An item opened by its own vacancy number and a dash: "Vacancy number JFCBS 26/007 - Assistant (X), ...".
_LEADING_REF = re.compile(r"(?-i:[A-Z][A-Z&]{1,6}\s+)?(?:(?:Vacancy|Job|Competition)(?:\s+(?:number|no\.?|n[°º]|"
                          r"ref(?:erence)?\.?))?|Ref(?:erence)?\.?)\s*:?\s*(?P<ref>[^–—:]{2,30}?)\s+[–—-]\s+(?=[A-Z])",
                          re.I)
# (also a heading's "NDC Vacancy 04/2026 - Head, X": the body's initials first)


def _facts_after(text: str) -> tuple[str, dict[str, str]]:
    """An item's title and the facts it states after commas or dashes, each opened by a header label ("Officer (X),
    NATO Grade A-2 / G15, Post Number LCX 0030": grade "A-2 / G15"; the post number is passed over); the title ends
    at the first fact, and what follows the facts without a label (the post's unit) is left out."""
    pieces = _FACT_CUT.split(text)
    facts: dict[str, str] = {}
    first = None
    for k in range(2, len(pieces), 2):
        if fact := _fact(pieces[k], bare_grade=True):
            first = first or k
            facts.setdefault(*fact)
            for other in pieces[k].split(" / ")[1:] if fact[0] == "ignore" else ():  # a post number, then its
                if fact := _fact(other):  # vacancy number after a slash: "Post N° P-217 / Ref. No 2026_00231"
                    facts.setdefault(*fact)
    return ("".join(pieces[:first - 1]), facts) if first else (text, facts)


def _fact(piece: str, bare_grade: bool = False) -> tuple[str, str] | None:
    """(field, value) of a piece opened by a header label ("ignore" for a post number); a grade must read as one
    ("Grade Structures Section" is a unit's name). `bare_grade`: a piece that is a grade alone is one too."""
    m = _FACT.match(piece) or ((m := _LABELLED_FACT.match(piece)) and column_field(m.group("label")) and m)
    if not m:  # "Legal Adviser - A-3/NG17 - Vacancy Number 25-014"
        read = read_grade(piece) if bare_grade else None
        return ("grade", piece.strip()) if read and read.start == 0 and read.end == len(piece.rstrip()) else None
    field, value = column_field(m.group("label")) or "ignore", _NEXT_SENTENCE.split(piece[m.end():], 1)[0].strip(" :")
    if field == "reference":
        value = gram.reference_value(value) or value
    return None if field == "grade" and not read_grade(value, after_word=True) else (field, value)


def _bracket_of_facts(text: str) -> bool:
    """Whether a bracket holds an item's facts: its first opened by a label, or a grade first and a labelled fact
    after it ("A-3/G-17, vacancy 261127")."""
    pieces = _FACT_CUT.split(text)[::2]
    return bool(_fact(pieces[0]) or (len(pieces) > 1 and _fact(pieces[0], bare_grade=True)
                                     and all(_fact(p) for p in pieces[1:])))


# An item's facts in a bracket of their own, each opened by its label: "X (NATO Grade 12, post number OSC FXBX 0030)".
_FACTS_BRACKET = re.compile(r"\s*\((?P<facts>[^()]{3,80})\)\s*(?=$|[–—-]\s)")  # (also before its pay after a dash)
_NEXT_SENTENCE = re.compile(r"\.\s+(?=[A-Z])")  # a fact ends with its sentence: "Reference CMRE 26/04. Basic ..."
_LABELLED_FACT = re.compile(r"(?P<label>[A-Z][\w.° ()/-]{1,30}?)\s*:")  # "Salary (Pay Basis): 13,402.77 Euro"
_FACT_CUT = re.compile(r"(,\s+|;\s+|\s[–—-]\s|\s(?=(?-i:[A-Z][A-Z .°]{2,24}:))|(?<=\)):\s+(?=[A-Z][\w .°]{2,24}:))")
# between an item's title and its facts: a comma, a semicolon, a dash, before a label in capitals ("Staff Officer (X)
# GRADE: A-2/G-15"), or a colon before a label (a term and its description run together: "Staff Officer (X): Post
# number: WDD 0030 – NATO Grade A-3")


_FACT = re.compile(r"(?P<label>(?:(?:[A-Z][\w.°]*|post)\s+){0,2}?(?:[Gg]rade|[Nn]umber|No\.?|N°"
                   r"|Ref(?:erence)?\.?(?:\s*(?:No\.?|N°|[Nn]umber))?|(?:[Vv]acancy|[Rr]equisition)"
                   r"(?=\s+(?:[A-Z]{2,8}\s+)?\d)))(?!\w)\s*:?")
# ("vacancy 261127", "Requisition 260211", "Post N° P-217", "Ref. No 2026_00231")


# A post numbered with its own vacancy number, on a line of its own or several in a flattened line: "Post 1:
# Programme Officer (Energy Resilience) Vacancy Ref: 250771 Post 2: ...".
_MARKED = re.compile(r"\b(?:" + MARK_WORDS + r")\s+(?:\d{1,2}|[A-F])\s*[:.)–-]\s*(?P<title>[^:;\n]{3,120}?)"
                     r"(?:\s*[-–,(]?\s*(?:Vacancy(?:\s+(?:Ref(?:erence)?\.?|Number|No\.?))?|Ref(?:erence)?\.?|Number|No\.?)"
                     r"\s*(?:No\.?\s*)?:?\s*"
                     r"(?P<ref>\d{5,7})\b|\s*\((?P<bracketed>\d{5,7})\)\s*$)", re.I)  # (or "Post A: X (251402)")


def _from_marked(lines: list[Line]) -> list[Position]:
    """Posts numbered with their own vacancy numbers ("Post 1: X Vacancy Ref: 250771"), when two or more are."""
    found = [(clean(m.group("title")), m.group("ref") or m.group("bracketed"), ln.no, ln.evidence(m.start(), m.end()),
              None, None, None)
             for ln in lines for m in _MARKED.finditer(ln.norm)
             if names_post(m.group("title"))]
    refs: set[str] = set()
    found = [f for f in found if not (f[1] in refs or refs.add(f[1]))]  # (a post's line standing again over its block)
    below = {a.no: b for a, b in itertools.pairwise(ln for ln in lines if ln.text)}
    for k, f in enumerate(found):  # its grade on the line below, under its label ("POST B - Reviser (French) -
        graded = _GRADE_LINE.match(below[f[2]].text) if f[2] in below else None  # vacancy 251712" / "Grade L.3 /
        read = read_grade(graded.group("g"), after_word=True) if graded else None  # NATO Grade G18 - Salary ...")
        if read is not None:
            found[k] = (*f[:4], graded.group("g").strip(), read.code, read.nato)
    return found if len(found) >= 2 else _from_marked_grades(lines)


_GRADE_LINE = re.compile(r"\W*(?:NATO\s+)?Grade\s*:?\s*(?P<g>[^–—|;]{2,40}?)(?:\s+[–—-]\s|\s*[|;]|$)", re.I)


def _from_titles_label(lines: list[Line]) -> list[Position]:
    """Posts named under a titles label, one per line, the others indented below the first ("TITLES: Staff Officer
    (X)" / "        Staff Officer (Y)"), or lettered ("TITLE: (a) Staff Officer (X) - post OPX 0140" / "      (b)
    ..."), when each names a post."""
    for k, ln in enumerate(lines):
        m = _TITLES_LABEL.match(ln.norm) if ln.text[:12].lower().find("title") >= 0 else None
        if m is None or not (m.group("s") or not m.group("t") or _SERIAL_OPEN.match(m.group("t"))):
            continue
        named = [(ln, m.group("t"))] if m.group("t") else []  # (or the label alone, its items below: "TITLE:" /
        for below in lines[k + 1:k + 1 + _LISTED_TITLES]:  # "(a) Staff Officer (X)" / "(b) ...")
            if not below.text or (_depth(below) == 0 and not (not m.group("t") and _SERIAL_OPEN.match(below.raw))):
                break
            named.append((below, below.text))
        if not named:
            continue
        read = [(item, _position(make_lines(bare_item)[0]) or (clean(bare_item), None, 0, "", None, None, None))
                for item, t in named if names_post(bare_item := _SERIAL_OPEN.sub("", t).strip())]
        found = [(p[0], p[1], item.no, item.text, *p[4:]) for item, p in read]  # (its grade, perhaps: "X (A.2)")
        return found if len(found) == len(named) else []
    return []


_TITLES_LABEL = re.compile(r"\W*(?:(?:job|post|position)\s+)?title(?P<s>s)?(?:\s+(?:and|&)\s+grades?)?\s*:[\s*_]*"
                           r"(?P<t>\S.*?)?\s*$", re.I)  # ("Titles and grades:   (1) Analyst, X (A.2)", "**TITLE:**")


def _from_title_labels(lines: list[Line]) -> list[Position]:
    """Posts each under a title label of its own, its grade's label on the line below ("TITLE: Staff Officer (X)" /
    "GRADE: A-3/G-17" / "TITLE: Assistant (Y)" / "GRADE: B-3/G-8") or after it, when two titles or more are, each
    with its grade."""
    found: list[Position] = []
    for ln, below in itertools.pairwise(lines):
        if (m := _TITLES_LABEL.match(ln.norm)) is None or m.group("s") or not m.group("t"):
            continue
        title, graded = m.group("t"), _GRADE_LABEL.search(m.group("t"))  # (or on its line: "TITLE: X GRADE: B-4")
        title, graded = (title[:graded.start()], graded) if graded else (title, _GRADE_LABEL.match(below.norm))
        title = clean(_POST_COUNT.sub("", title))
        if names_post(title):
            grade = graded.group("g").strip() if graded else None
            found.append((title, None, ln.no, ln.text, grade, *read_codes(grade)))
    return found if len({f[0] for f in found}) == len(found) >= 2 and all(f[4] for f in found) else []


_GRADE_LABEL = re.compile(r"(?:^\W*|(?<=\s))(?:NATO\s+)?grade\s*:\s*"
                          r"(?P<g>[ABCL][.-]?\d(?:\s*/\s*G-?\d{1,2})?|G-?\d{1,2})\b", re.I)


def _from_posts_label(lines: list[Line]) -> list[Position]:
    """Posts a label lists on one line, each title with its grade after a comma ("Posts: Officer (X), Grade A.2 /
    NG15, and Head, X Section, Grade A.4 / NG20"), when two or more are."""
    for ln in lines:
        if (label := _POSTS_LABEL.match(ln.norm)) is None:
            continue
        found = [(clean(m.group("t")), None, ln.no, ln.evidence(m.start("t"), m.end("g")), m.group("g").strip(),
                  *read_codes(m.group("g"))) for m in _GRADED_ITEM.finditer(ln.norm, label.end())]
        found = found if len(found) >= 2 else [  # ... or counted, each with its grade in brackets: "Two posts of
            (clean(m.group("t")), None, ln.no, ln.evidence(m.start("t"), m.end()), m.group("g").strip(),
             *codes) for m in _COUNTED_ITEM.finditer(ln.norm, label.end())  # Officer, X (A.2), one in Y ...; and one
            if any(codes := read_codes(m.group("g")))]  # post of Senior Officer, X (A.3)"
        found = found if len(found) >= 2 else [  # ... or lettered, each with its grade label: "POSTS: (A) Assistant (X)
            (clean(m.group("t")), None, ln.no, ln.evidence(m.start("t"), m.end()), m.group("g").strip(),  # GRADE: B-3
             *codes) for m in _LETTERED_GRADED.finditer(ln.norm, label.end())  # (B) Senior Assistant (X) GRADE: B-5"
            if any(codes := read_codes(m.group("g")))]
        if len(found) >= 2 and all(names_post(f[0]) for f in found):
            return found
    return []


_POSTS_LABEL = re.compile(r"\W*(?:posts|positions|vacancies)\s*:\s*", re.I)
_GRADED_ITEM = re.compile(r"\s*(?P<t>[A-Z][^;:]{2,80}?),\s+(?P<g>(?:NATO\s+)?Grade\s+(?:[ABCL][.-]?\d|G?-?\d{1,2})"
                          r"(?:\s*/\s*(?:NG\s?|G-?)\d{1,2})?)(?:,?\s+and\s+|\s*;\s*|\s*$)")
_COUNTED_ITEM = re.compile(r"\b(?:\d{1,2}|one|two|three|four|five)\s+posts?\s+(?:of|as)\s+"
                           r"(?P<t>[A-Z][^;:()]{2,80}?)\s*\((?P<g>[^()]{2,30})\)", re.I)
_LETTERED_GRADED = re.compile(r"\(\s*(?:[A-Fa-f]|\d)\s*\)\s+(?P<t>[A-Z][^():;]{2,80}?(?:\s*\([^()]{1,40}\))?)\s+"
                              r"(?i:(?:NATO\s+)?grade)\s*:?\s*(?P<g>[ABCL][.-]?\d|G-?\d{1,2})")
_LISTED_TITLES = 5


def _from_marked_grades(lines: list[Line]) -> list[Position]:
    """Posts numbered with their own grade after a dash, under one vacancy number ("Post 1: Officer, X - A.2 / NATO
    Grade G15"), when two or more different titles are."""
    found = [(clean(m.group("title")), None, ln.no, ln.evidence(m.start(), m.end()), m.group("g"),
              *read_codes(m.group("g")))
             for ln in lines if (m := _MARKED_GRADE.match(ln.norm)) and names_post(m.group("title"))]
    return found if len({f[0] for f in found}) == len(found) >= 2 else []


_MARKED_GRADE = re.compile(r"^\W*(?:" + MARK_WORDS + r")\s+(?:\d{1,2}|[A-F])\s*[:.)–-]\s*(?P<title>[^:;\n]{3,120}?)"
                           r"\s+[–-]\s+(?P<g>(?:(?:NATO\s+)?Grade\s+)?(?:[ABCL][.-]?\d|G?-?\d{1,2})"
                           r"(?:\s*/\s*(?:NATO\s+Grade\s+)?G?-?\d{1,2}|\s*\((?:NATO\s+Grade\s+)?G?-?\d{1,2}\))?)"
                           r"(?:\s+[–-]\s+(?:Salary|Basic|(?:EUR|€)\s?\d|\d[\d,. ]{0,14}(?:EUR|€|Euro))"
                           r"[^\n]{0,120})?\s*$",
                           re.I)  # (the other scale's grade after a slash or in brackets; then its pay: "- Salary (Pay
# Basis): 8,733.26 Euro (EUR) Monthly", "- 8,102.44 EUR monthly")


def _from_field_rows(lines: list[Line]) -> list[Position]:
    """Posts given one line of header fields each, a title and a vacancy number of its own among them ("Vacancy
    Number: A07/0226   Job Title: Staff Officer (X)   NATO Grade: A-2 / G15"), when two or more are: one title
    twice under two numbers is two posts (differing in grade)."""
    found = [position for ln in lines if ":" in ln.norm for row in _rows_run_together(ln.text)
             if not _NEXT_SENTENCE.search(row) and (position := _labelled_fields(row, ln.no, ln.evidence()))
             and _labels_title(row)]
    if all(f[1] for f in found) and len({f[1] for f in found}) == len(found) >= 2:
        return found
    # ... or, under the notice's one vacancy number, a title and a grade apiece ("Post Number: X 0010Job Title:
    # Section Head (Y)NATO Grade: 17 ..." / "Post Number: X 0040Job Title: Staff Officer (Y)NATO Grade: 15 ...")
    graded = [f for f in found if f[1] is None and (f[5] or f[6])]
    return graded if len(graded) == len(found) >= 2 and len({(f[0], f[5], f[6]) for f in graded}) == len(graded) \
        else []


def _rows_run_together(text: str) -> list[str]:
    """The rows of header fields a line holds: itself, or, where a viewer ran them into one line, each run of the
    labels its first label opens again ("Vacancy Number: 26031 Grade: B-4 Title: X Vacancy Number: 26032 Grade: B-5
    Title: Y Division/Office: ..."), each row kept to the labels of the first."""
    pairs = split_labels(text)[1]
    if len(pairs) < 4 or [fold(label) for label, _ in pairs].count(first := fold(pairs[0][0])) < 2:
        return [text]
    rows: list[list[tuple[str, str]]] = []
    for label, value in pairs:
        if fold(label) == first:
            rows.append([])
        rows[-1].append((label, value))
    kept = {fold(label) for label, _ in rows[0]}
    return ["   ".join(f"{label}: {value}" for label, value in row if fold(label) in kept) for row in rows]


def _from_labelled_marks(lines: list[Line], title: str | None = None) -> list[Position]:
    """Posts numbered with their header fields on their line ("Post 1: Vacancy Number: 26014  Grade: B-4  Title:
    Assistant (X)"), when two or more are, told apart by title or number; posts of the notice's one `title` that
    differ in grade give no title of their own ("Post A – Vacancy ref.: 260612 – Grade: NATO SSS Grade G15")."""
    found = [position for ln in lines if (m := _BLOCK.match(ln.text))
             and (position := _labelled_fields(m.group("title"), ln.no, ln.evidence(), title))]
    return found if len({(f[0], f[1]) for f in found}) == len(found) >= 2 else []


def _from_inline_list(lines: list[Line]) -> list[Position]:
    """Posts numbered inside one line after "vacancies:" ("VACANCY: 1. DIRECTOR OF X, 2. DIRECTOR OF Y")."""
    for ln in lines[:_INLINE_LINES]:
        m = _INLINE_LIST.search(ln.norm)
        if m is None:
            continue
        found: list[Position] = []
        for item in _INLINE_ITEM.finditer(ln.norm, m.end()):
            name = clean(item.group("t"))
            if family_of(name) and len(name.split()) <= _MAX_TITLE_WORDS:
                found.append((name, None, ln.line_at(item.start("t")), ln.evidence(item.start("t"), item.end("t")),
                              None, None, None))
        if len(found) >= 2:
            return found
    return []


def _from_inline_graded(lines: list[Line]) -> list[Position]:
    """Posts listed inside a sentence after "the following positions:", each with its grade in brackets ("...: Arms
    Control Analyst (G15) (SCAC0231) and Deputy Head, X Section (G20) (SCAC0204).")."""
    for ln in lines[:_INLINE_LINES]:
        if ":" not in ln.norm or (m := _INLINE_GRADED.search(ln.norm)) is None:
            continue
        stop = _SENTENCE_STOP.search(ln.norm, m.end())
        end = stop.start() + 1 if stop else len(ln.norm)  # (with the last item's bracket)
        found = []
        for piece in _GRADED_ITEM_CUT.split(ln.norm[m.end():end]):
            item = Line(ln.no, piece, piece, False, " ".join(piece.split()))
            if (position := _position(item)) and position[4]:
                found.append((position[0], position[1], ln.line_at(m.end()), ln.evidence(m.end(), end), *position[4:]))
        if len(found) >= 2:
            return found
    return []


# "the following positions:" inside a sentence, its items after it.
_INLINE_GRADED = re.compile(r"\b(?:following|below|two|three|four|[2-4])\s+(?:[\w-]+\s+)?(?:positions|posts|vacancies|"
                            r"roles)\s*:\s*", re.I)  # (or counted: "... recruiting for two posts: X (A-3/G-18), ...")
_SENTENCE_STOP = re.compile(r"[)\d]\.(?:\s|(?=[A-Z])|$)")  # the list's end, after its last item's bracket or number
# Between two items: after one's bracket, or after its vacancy number ("X (A-3/G-18), vacancy 250944, and Y (A-2)").
_GRADED_ITEM_CUT = re.compile(r"(?:(?<=\))\s*(?:,\s*and|,|;|\band\b|&)|(?<=\d)\s*(?:,\s*and|;|\band\b))\s*(?=[A-Z])")


def _from_sentence(lines: list[Line]) -> list[Position]:
    """Posts named with their grades in one sentence, grade first or title first (two at least, each with a
    post word)."""
    for ln in lines:
        if "rade" not in ln.norm:
            continue
        found = [m for m in _GRADED_POST.finditer(ln.norm) if family_of(m.group("title"))] or \
            [m for m in _POST_GRADED.finditer(ln.norm) if family_of(m.group("title"))]
        if len(found) < 2:
            continue
        out: list[Position] = []
        for m in found:
            s, e = sentence_span(ln.norm, m.start(), m.end())
            more = m.groupdict()
            code, nato = _codes(m.group("code") or more.get("lcode"), m.group("num") or more.get("lnum"), m.group("g"))
            grade = clean(m.group("gw")) if m.re is _POST_GRADED else \
                re.sub(r"\s*\bposts?$", "", clean(ln.norm[m.start():m.start("title") - 1]), flags=re.I)
            ref = _VACANCY_FACT.search(more["facts"]) if more.get("facts") else None
            out.append((clean(m.group("title")), ref.group("ref") if ref else None, ln.line_at(m.start()),
                        ln.evidence(s, e), grade, code, nato))
        if len({p[0] for p in out}) == len(out):
            return out
    return []


def _from_units(lines: list[Line], title: str | None) -> list[Position]:
    """One post in several units, each with its own vacancy number, as many as the title counts ("Executive Officer
    (2 posts, two Divisions)" / "- Operations Division (OPS): vacancy 261204" / "- Defence Investment ...: vacancy
    261205"): a position per number, under the one title."""
    count = _POST_COUNT.search(title or "")
    if not title or not count or (to_number(count.group("n")) or 0) < 2:
        return []
    name = clean(title[:count.start()])
    found = [(name, m.group("ref"), ln.no, ln.evidence(), None, None, None) for ln in lines
             if (m := _UNIT_NUMBER.match(ln.text))]
    return found if len(found) == to_number(count.group("n")) and len({f[1] for f in found}) == len(found) else []


# A unit and the vacancy number of its post: "Operations Division (OPS): vacancy 261204".
_UNIT_NUMBER = re.compile(r"(?P<unit>[A-Z][^:]{2,80}?)\s*:\s*(?:vacancy|ref(?:erence)?\.?|requisition|competition)\s*"
                          r"(?:no\.?|number|#)?\s*(?P<ref>\d{5,7})\W*$", re.I)


def _from_counted(lines: list[Line]) -> list[Position]:
    """Posts counted in one sentence, each with its grade in brackets ("recruiting two Cyber Planning Officers (A.2)
    and one Cyber Planning Assistant (B.4)"): one position per title, named in the singular."""
    for ln in lines:
        if "(" not in ln.norm:
            continue
        found = [m for m in _COUNTED_POSTS.finditer(ln.norm) if family_of(m.group("title"))]
        if len(found) < 2:
            continue
        out: list[Position] = []
        for m in found:
            title = clean(m.group("title"))
            title = title[:-1] if title.endswith("s") and names_post(title[:-1]) else title
            s, e = sentence_span(ln.norm, m.start(), m.end())
            code, nato = _codes(m.group("code"), m.group("num"), None)
            out.append((title, None, ln.line_at(m.start()), ln.evidence(s, e), clean(m.group("grade")), code, nato))
        if len({p[0] for p in out}) == len(out):
            return out
    return []


# A count of posts, their title and grade in brackets: "two Cyber Planning Officers (A.2)", "one Assistant (B.4)".
_COUNTED_POSTS = re.compile(r"\b(?:one|two|three|four|five|[1-9])\s+(?P<title>(?:[A-Z][\w&'/-]*\s+){0,6}[A-Z][\w&'/-]*)"
                            r"\s*\(\s*(?P<grade>(?P<code>[ABCL])\s?[.-]?\s?(?P<num>\d))\s*\)")


def _codes(letter: str | None, num: str | None, g: str | None) -> tuple[str | None, str | None]:
    """(grade_code, nato_grade) of a grade; a value off the scales stays empty."""
    return (grade_code(letter.upper() + num) if letter and num else None), (nato_grade(int(g)) if g else None)


Owner = tuple[int, int, int]  # (first line, last line, index of the position the lines describe)


def owners(notice: Notice, positions: list[Position]) -> tuple[list[Owner], bool]:
    """(the lines each position owns, whether the notice describes its positions one by one).

    A position owns its own line in the list ("Head, X Section – leads a section of 8 staff"); when two or more of
    the titles stand again below the list ("2. THE POSTS" / "Senior Officer, X" / its duties / "Officer, X"), each
    title's lines up to the next title or its section's end, and a section naming the posts (it may state values post
    by post: the first position's, as read, never given to the others). What no position owns (shared requirements,
    the contract) holds for all."""
    if len(positions) < 2:
        return [], False
    blocks, mixed = _described(notice, positions)
    lines = [p[2] for p in positions]  # (a line naming several positions, a flattened one, is no one's own)
    own = [(p[2], p[2], n) for n, p in enumerate(positions) if lines.count(p[2]) == 1]
    own += _item_lines(notice, positions)
    aliases = _aliases([ln.text for ln in notice.active_lines], positions)
    own += [(ln.no, ln.line_at(max(0, len(ln.norm) - 1)), n) for ln in notice.active_lines if ln.no > max(lines)
            for n in _line_owners(ln.raw, positions, aliases)]  # "(2) Reviser: at least 6 years ..." (all the lines
    # a wrapped item was joined from)
    own += _labels_below(notice, own, max(lines))
    own += _marked_parts(notice, positions, max(lines)) + _parts_for_the_post(notice, positions)
    own += [(s.lines[0].no, s.lines[-1].no, n) for s in notice.active if s.head and s.lines and s.head.no > max(lines)
            for n in _marked(s.head.raw, positions)]  # a section headed as one post's ("ESSENTIAL – A-2 POST")
    apart = len({n for _, _, n in blocks}) >= 2
    if not apart:  # one post's own part, headed as said of it alone ("Additional requirement – Senior Officer")
        said_of = {ln.no for ln in notice.active_lines if _FOR_ONE.match(ln.text)}
        own += [block for block in blocks if block[0] in said_of]
    return (own + blocks + mixed if apart else own), apart


_LABEL_LINE = re.compile(r"\W*[A-Z][\w'/-]*(?:\s[\w'/-]+){0,3}\s*:\s*\S")  # "Direct reports: 2", "Indirect ...: N/A"
_LABEL_LINE_CHARS = 40


def _labels_below(notice: Notice, owned: list[Owner], below: int) -> list[Owner]:
    """Short label lines right below a line one position owns past the list (line `below`), with no gap between
    ("**Post 1 (A-3)** leads ..." / "Direct reports: 2" / "Indirect reports: N/A"): that position's too."""
    single = {first: n for first, last, n in owned if first == last}
    taken = {no for first, last, _ in owned for no in range(first, last + 1)}
    out: list[Owner] = []
    current: tuple[int, int] | None = None  # (position, the last line it owns so far)
    for ln in notice.active_lines:
        if ln.no in single and ln.no > below and len({n for first, _, n in owned if first == ln.no}) == 1 \
                and not ln.bullet:
            current = (single[ln.no], ln.line_at(max(0, len(ln.norm) - 1)))
        elif current and ln.no == current[1] + 1 and ln.no not in taken and len(ln.text) <= _LABEL_LINE_CHARS \
                and not ln.bullet and _LABEL_LINE.match(ln.norm) and not _FOR_EVERY_POST.search(ln.text):
            out.append((ln.no, ln.no, current[0]))
            current = (current[0], ln.no)
        else:
            current = None
    return out


def said_apart(notice: Notice, positions: list[Position]) -> list[tuple[int, str, int]]:
    """(line, sentence, position) of each sentence of a shared paragraph said of some positions only, by their grade
    or their title ("... At grade A.3, the incumbent chairs the ACWG.", "... The Senior Officer leads a team of 6."):
    what it states is theirs alone."""
    if len(positions) < 2:
        return []
    aliases = _aliases([ln.text for ln in notice.active_lines], positions)
    # (each clause of a sentence said of one post by its subject, "The Officer prepares ...; the Senior Officer, in
    # addition, supervises ...", in place of the sentence)
    split = {(id(ln), s): clauses for ln in notice.active_lines if ";" in ln.norm for s, e in sentences(ln)
             if (clauses := _subject_clauses(ln.norm, s, e, positions, aliases))}
    out = [(ln.line_at(s), ln.evidence(s, e), n) for ln in notice.active_lines
           if len(spans := sentences(ln)) >= 2 for s, e in spans if (id(ln), s) not in split
           for n in _line_owners(ln.norm[s:e].strip(), positions, aliases)
           if _graded_as(ln.norm[s:e], positions[n])]
    out += [(ln.line_at(s), ln.evidence(a, b), n) for ln in notice.active_lines for s, _ in sentences(ln)
            for a, b, n in split.get((id(ln), s), [])]
    for ln in notice.active_lines:  # ... and each clause of a sentence said of one post by its mark in brackets
        # ("3 years (Officer) or 6 years (Senior Officer)"): the sentence's line, the clause
        if "(" in ln.norm and (" or " in ln.norm or ";" in ln.norm or " and " in ln.norm or " / " in ln.norm):
            out += [(ln.line_at(s), ln.evidence(a, b), n) for s, e in sentences(ln)
                    for a, b, n in _clauses_said_apart(ln.norm, s, e, positions)]
        if " who " in ln.norm:  # ... or of one post each, named before "who": "a Senior Assistant, X, who supervises
            out += [(ln.line_at(s), ln.evidence(a, b), n) for s, e in sentences(ln)  # two clerks, and an Assistant,
                    for a, b, n in _who_clauses(ln.norm, s, e, positions)]  # Y, who records ..."
    return out


def _subject_clauses(text: str, start: int, end: int, positions: list[Position], aliases: dict[str, int]
                     ) -> list[tuple[int, int, int]]:
    """(start, end, position) of each clause of a sentence, between semicolons, opened by one position as its
    subject, when two positions or more are named so."""
    cuts = [start] + [start + m.end() for m in re.finditer(r";\s*", text[start:end])] + [end]
    return _two_owners([(a, b, _subject_owner(text[a].upper() + text[a + 1:b] if text[a:a + 4] == "the " else
                                              text[a:b], positions, aliases)
                         if text[a:b].lstrip()[:4].lower() == "the " else _for_the_post(text[a:b], positions))
                        for a, b in itertools.pairwise(cuts)])


def _for_the_post(clause: str, positions: list[Position]) -> int | None:
    """The one position a clause is said of by its title's head ("Candidates for the Senior Officer post must have
    ...", "those for the Officer post at least 4 years")."""
    m = _FOR_THE_POST.search(clause)
    heads = [fold(_TITLE_HEAD.split(p[0], 1)[0]) for p in positions]
    return heads.index(fold(m.group("t"))) if m and heads.count(fold(m.group("t"))) == 1 else None


_FOR_THE_POST = re.compile(r"\bfor\s+the\s+(?P<t>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s+(?:post|position)\b")


def _who_clauses(text: str, start: int, end: int, positions: list[Position]) -> list[tuple[int, int, int]]:
    """(start, end, position) of each clause of a sentence that opens with a position's title and ", who", from it to
    the next such title, when two positions or more are named so."""
    at = sorted((m.start(), n) for n, p in enumerate(positions)
                for m in re.finditer(re.escape(p[0]) + r",?\s+who\b", text[start:end], re.I))
    if len({n for _, n in at}) < 2:
        return []
    cuts = [start + a for a, _ in at] + [end]
    return [(cuts[k], cuts[k + 1], n) for k, (_, n) in enumerate(at)]


def _clauses_said_apart(text: str, start: int, end: int, positions: list[Position]) -> list[tuple[int, int, int]]:
    """(start, end, position) of each clause of a sentence ("at least 4 years (Senior Assistant post) or at least 2
    years (Assistant post)") that names one position in brackets, when two clauses or more name different ones."""
    cuts = [start, *(x for m in _CLAUSE_CUT.finditer(text, start, end) for x in (m.start(), m.end())), end]
    return _two_owners([(a, b, _bracket_owner(text[a:b], positions)) for a, b in zip(cuts[::2], cuts[1::2],
                                                                                        strict=True)])


def _two_owners(clauses: list[tuple[int, int, int | None]]) -> list[tuple[int, int, int]]:
    """The clauses that name their position (start, end, position), when two positions or more are named."""
    owned = [(a, b, n) for a, b, n in clauses if n is not None]
    return owned if len({n for _, _, n in owned}) >= 2 else []


_CLAUSE_CUT = re.compile(r"\s+or\s+|\s*;\s*|\s+/\s+"  # (or a spaced slash: "5 years (Post A) / 8 years (Post B)")
                         r"|(?<=\))\s+(?=\d)"  # (or none, commas stripped: "7 years (X) 4 years (Y)")
                         r"|\s+and\s+(?=(?:at\s+least|a\s+minimum|minimum|no\s+less\s+than)\b)")  # ("2 years (G15
# post) and at least 5 years (G17 post)")
_BRACKETED = re.compile(r"\(([^()]{1,60})\)|\[([^\[\]]{1,60})\]")  # (or square: "[Budget Analyst]")
_POST_WORD_AFTER = re.compile(r"\s+(?:(?:posts?|positions?)(?:\s+only)?|only)$", re.I)  # ("(Post A only)")


def _bracket_owner(clause: str, positions: list[Position]) -> int | None:
    """The one position a clause names in brackets: by its mark ("(Vacancy B)"), its title or its title's head
    ("(Senior Assistant post)" of "Senior Assistant, Committee Services")."""
    for m in _BRACKETED.finditer(clause):
        name = _POST_WORD_AFTER.sub("", (m.group(1) or m.group(2)).strip())
        if (mark := _SERIAL.fullmatch(name)) and (k := _by_serial(mark.group("n"), positions)) is not None:
            return k
        graded = [k for k, p in enumerate(positions)
                  if read_grade(name) and set(read_codes(name)) & {p[5], p[6]} - {None}]
        if len(graded) == 1:  # ... or its grade: "(G15 post)"
            return graded[0]
        named = [k for k, p in enumerate(positions) if fold(name) in (fold(p[0]), fold(_TITLE_HEAD.split(p[0], 1)[0]))]
        named = named or [k for k, p in enumerate(positions)  # (or the words its title opens with, its comma
                          if names_post(name) and fold(p[0]).startswith(fold(name) + " ")]  # stripped: "(Officer)"
        # of "Officer Resource X"; not a word alone: "(deputy)")
        if len(named) == 1:
            return named[0]
    return None


def _graded_as(sentence: str, position: Position) -> bool:
    """Whether every grade a sentence names is the position's (not "one post at A.2 and one post at A.3")."""
    own = {position[5], position[6]} - {None}
    return all(code in own for m in _COUNTED_GRADE.finditer(sentence) for code in read_codes(m.group(0)) if code)


def _item_lines(notice: Notice, positions: list[Position]) -> list[Owner]:
    """The lines between a listed position and the next one (its details, its link, its description), and below the
    last one its details and one paragraph describing it, up to a blank line: each its position's own."""
    at = sorted((p[2], n) for n, p in enumerate(positions))
    if len({no for no, _ in at}) < len(at):
        return []
    active = notice.active_lines
    out = [(a + 1, b - 1, n) for (a, n), (b, _) in itertools.pairwise(at) if 1 < b - a <= _ITEM_SPAN]
    tail: list[Line] = []
    for ln in (ln for ln in active if ln.no > at[-1][0]):
        if not ln.text or _is_heading(ln.text) or (tail and not _ITEM_DETAIL.match(tail[-1].text)):
            break  # (its details, then one paragraph at most)
        tail.append(ln)
    section_of = {ln.no: k for k, s in enumerate(notice.sections) for ln in s.lines}
    if any(section_of.get(ln.no) != section_of.get(at[-1][0]) for ln in tail):
        tail = []  # (a section of its own below the list, "ESSENTIAL QUALIFICATIONS", is no item's description)
    if out and tail and len(tail) <= max(b - a for a, b, _ in out) + 1:  # (as long as the items above are)
        out.append((tail[0].no, tail[-1].no, at[-1][1]))
    return out


_ITEM_SPAN = 6  # lines an item's details and description may run over


def _marked_parts(notice: Notice, positions: list[Position], below: int) -> list[Owner]:
    """(first line, last line, position) of each part below the list headed by the marks of one or more positions
    alone ("### Position A", "POST 2", "Positions i. and ii.:", "Position i. - Staff Officer, X:") under a shared
    section, up to the next mark, a line said of every post ("All positions:") or its section's end."""
    lines = [ln for ln in notice.active_lines if ln.no > below]
    section = {ln.no: i for i, s in enumerate(notice.active) for ln in s.lines}
    marks = [(k, ns) for k, ln in enumerate(lines) if (ns := _marked(ln.raw, positions))]
    out = []
    for j, (k, ns) in enumerate(marks):
        stop = marks[j + 1][0] if j + 1 < len(marks) else len(lines)
        home = section[lines[k + 1].no] if k + 1 < stop else section[lines[k].no]  # (a mark closing its section
        # heads the section below it: "ESSENTIAL – for appointment at G15" / "The incumbent must:")
        titled = bool((mark := _PART_MARK.match(lines[k].raw)) and names_post(heading := mark.group("title") or "")
                      and "." not in heading)  # (a post's heading, "POST 1 - Head, X (A-5)", runs over the sub-sections
        # of its part, "Duties:", "Essential qualifications:", up to a section said of every post)
        stop = next((i for i in range(k + 1, stop) if _numbered_or_caps(lines[i].raw) or _SHARED.match(lines[i].raw)
                     or (section[lines[i].no] != home and (not titled or _FOR_EVERY_POST.search(lines[i].raw)))), stop)
        out += [(lines[k].no, lines[stop - 1].no, n) for n in ns]
    return out


def _marked(line: str, positions: list[Position]) -> list[int]:
    """The positions a line names by their marks alone (their serials; a title after one serial must be its
    position's) or by their grade alone."""
    m = _PART_MARK.match(line) or _PART_FOR.search(line)
    if m is None and (after := _PART_AFTER.search(line)) and fold(line[:after.start()].strip(" #*_")) in headings():
        m = after
    if m is None and line.rstrip(" *_").endswith(":") and (own := _listed_serial(line, positions)) is not None:
        return [own]  # a heading opened by the serial the list gave the post: "(a) Principal Engineer (X) - Essential:"
    if m is None and (titled := _TITLE_GRADE_PART.match(line)):  # (one title at two grades, a part headed by the
        said = _codes_said(titled)  # title and one of them: "b. Budget Officer, A-3/G-17 only:")
        return [n for n, p in enumerate(positions) if fold(p[0]) == fold(titled.group("t")) and said & {p[5], p[6]}]
    if m is None:  # (or by their grade alone: "A-3/G-17 post:", "ESSENTIAL – for appointment at G15", "At G17, the
        graded = _GRADE_ITEM.match(line)  # incumbent must demonstrate:")
        alone = graded and not line[graded.end():].strip(" *_")
        headed = line.rstrip(" *_").endswith(":") and _FOR_GRADE.search(line)  # ("In addition, for the A.3 post:")
        return _grade_owners(line, positions) if alone or headed or _GRADE_PART.match(line) else []
    ns = [n for serial in _SERIAL_JOIN.split(m.group("serials").strip(" .")) if (n := _by_serial(serial, positions))
          is not None]  # (posts alike read as one drop out: "POSTS 2 and 3 - X" when 2 and 3 are one row)
    if not ns:
        return []
    title = fold(m.group("title") or "")
    named = [n for n, p in enumerate(positions)
             if title and (title.startswith(fold(p[0])) or fold(p[0]).startswith(title))]
    if named and named != ns:  # (a phrase naming no post leads its part in: "Post 1 - the incumbent must:")
        return []
    return ns


_TITLE_GRADE_PART = re.compile(r"^[\W_]*(?:(?:[a-h]|\d{1,2})[.)]\s+)?(?P<t>[A-Z][^:;\n]{2,80}?)"
                               r"(?:,\s*|\s+[–—-]\s+|\s+\()"
                               r"(?P<g>[ABCL][.-]?\d|(?:NATO\s+Grade\s+|NG\s?|G-?)\d{1,2})"
                               r"(?:\s*/\s*(?P<h>(?:NATO\s+Grade\s+|NG\s?|G-?)\d{1,2}))?\)?(?:\s+(?:posts?|only))*"
                               r"[\s*_]*:[\s*_]*$")


def _by_serial(serial: str, positions: list[Position]) -> int | None:
    """The position a serial names: the one listed with it ("Post 3 – Clerk (X)"), when every position was listed with
    one (posts alike read as one leave a gap: "Post 2" of a second "Analyst (X)" names none), else the serial-th."""
    n = serial_index(serial)
    listed = [serial_index(m.group("n")) if (m := _LISTED_MARK.match(p[3])) else None for p in positions]
    if None not in listed and len(set(listed)) == len(listed):
        return listed.index(n) if n in listed else None
    return n if 0 <= n < len(positions) else None


_LISTED_MARK = re.compile(rf"^[\W_]*(?:{MARK_WORDS}|Vacancy|Serial)\s+(?P<n>\d{{1,2}}|[A-F]|{BRACKETED_SERIAL})"
                          r"(?![\w(])", re.I)


_ONE_SERIAL = rf"(?:(?:\d{{1,2}}|[A-F]|[ivx]{{1,4}})\.?|{BRACKETED_SERIAL})"  # a post's serial: 2, B, ii, (ii)
_SERIALS = rf"(?P<serials>{_ONE_SERIAL}(?:\s*(?:,|&|\band\b|\bet\b)\s*{_ONE_SERIAL}){{0,3}})"  # "A", "1 and 2"
_PART_MARK = re.compile(rf"^[\W_]*(?:\d{{1,2}}[.)]\s+)?(?:{MARK_WORDS}|Vacancy|Job)s?\s+(?:No\.?\s*|n°\s*)?"
                        rf"{_SERIALS}(?:\s+only)?(?:\s*\((?:essential|desirable|required|requirements)\))?"
                        r"(?:\s*[–—-]\s*(?P<title>[^:]{3,100}?))?[\s*_:]*$", re.I)  # ("Post A only - in addition:",
# "Post 2 (essential):")
# ... or after a section's heading: "#### ESSENTIAL - Post A", "Duties – Positions 1 and 2".
_PART_AFTER = re.compile(rf"\s[–—-]\s+(?:{MARK_WORDS})s?\s+"
                         rf"{_SERIALS}(?P<title>)[\s*_:.]*$",
                         re.I)
# ... or a heading said of them: "3. Requirements for position A:", "Duties for posts 1 and 2".
_PART_FOR = re.compile(rf"\bfor\s+(?:the\s+)?(?:post|position|poste)s?\s+"
                       rf"{_SERIALS}(?P<title>)[\s*_:.]*$",
                       re.I)
_SERIAL_JOIN = re.compile(r"\.?\s*(?:,|&|\band\b|\bet\b)\s*", re.I)


_FOR_ONE = re.compile(r"\W*(?:additional|specific|further)\s+(?:requirements?|qualifications?|duties|responsibilities|"
                      r"accountabilities)\s*"
                      r"(?:for|of|[–—:-])|\W*(?:essential|desirable|requirements?|qualifications?)\s+(?:for|of)\s+the\s",
                      re.I)


def _others_items(lines: list[str], listed: list[Position] | None, position: Position | None) -> set[int]:
    """The lines (0-based) below the list that are items said of another listed position ("(2) Serial 2: ...")."""
    if not listed or position is None:
        return set()
    below = max(p[2] for p in listed)
    aliases = _aliases(lines, listed)
    return {j for j in range(below, len(lines)) if (owned := _line_owners(lines[j], listed, aliases))
            and all(listed[n] is not position for n in owned)}


def _line_owners(text: str, positions: list[Position], aliases: dict[str, int]) -> list[int]:
    """The positions an item below the list is said of: by its marker ("(2) Reviser: ..."), by its subject ("The
    Director, X leads ...", "The Head CPS leads ...", "The DASG/CHP reports ..."), by its title in brackets at its
    end ("... (Contracting Officer)."), or by their grade ("for the G10 (B.4) position, ...")."""
    if (label := _BRACKETED_OWNER.match(text)) and len(said := _serials_said(label.group("t"), positions)) >= 2:
        return said  # "d. Language (Posts 1 and 2): ..."
    n = _item_owner(text, positions)
    n = _serial_subject(text, positions) if n is None else n
    n = _subject_owner(text, positions, aliases) if n is None else n
    n = _bracketed_after(text, positions) if n is None else n
    n = _numbered_owner(text, positions) if n is None else n
    return [n] if n is not None else _grade_owners(text, positions)


def _serial_subject(text: str, positions: list[Position]) -> int | None:
    """The position a text opens with by its serial as its subject ("Position 2 reports to the Head, X. Direct reports:
    2."), when it names no other position's serial."""
    m = _SERIAL_SUBJECT.match(text) if text.lstrip(" *_-").startswith(("Pos", "POS", "Post", "POST")) else None
    if m is None or len({s.upper() for s in _SERIAL_NAMED.findall(text)}) > 1:
        return None
    return _by_serial(m.group("n"), positions)


_SERIAL_SUBJECT = re.compile(rf"^[\W_]*(?:Post|Position|POST|POSITION)\s+(?P<n>\d{{1,2}}|[A-F]|{BRACKETED_SERIAL})"
                             r"\s+(?=[a-z])")  # (or "Post (a) leads ...")
_SERIAL_NAMED = re.compile(rf"\b(?:Post|Position|POST|POSITION)\s+(\d{{1,2}}\b|[A-F]\b|{BRACKETED_SERIAL})")


def _numbered_owner(text: str, positions: list[Position]) -> int | None:
    """The one position whose post number, as its line in the list gives it, the text names ("for ERD0127
    (Officer): have at least 3 years ...", "The Officer (ERD0127) drafts ...")."""
    numbers = [set(_POST_NUMBER_TOKEN.findall(p[3])) for p in positions]
    own = [ns - set().union(*(o for k, o in enumerate(numbers) if k != n)) for n, ns in enumerate(numbers)]
    said = {n for n, ns in enumerate(own) if any(number in text for number in ns)}
    return said.pop() if len(said) == 1 else None


_POST_NUMBER_TOKEN = re.compile(r"\b[A-Z]{2,6}[\s-]?\d{3,5}(?:[A-Z](?![a-z]))?(?!\d)")  # "ERD0127", "JXRA 0030",
# "CPE-0214" (also glued to the next label: "FAXP 0010Job Title: ...")


def subject_items(notice: Notice, positions: list[Position]) -> list[Owner]:
    """(line, line, position) of each line opened by one position as its subject, naming no other's title ("• The
    incumbent for the Head, X Section leads a team of 8. S/he chairs ..."): the sentences after it say "s/he"."""
    aliases = _aliases([ln.text for ln in notice.active_lines], positions)
    titles = [fold(p[0]) for p in positions]
    return [(ln.no, ln.no, n) for ln in notice.active_lines if ln.text.lstrip(" -•*")[:3] == "The"
            and (n := _subject_owner(ln.text.lstrip(" -•*"), positions, aliases)) is not None
            and not any(_names_word(fold(ln.text), t) for k, t in enumerate(titles) if k != n and t not in titles[n])]


def bracketed_items(notice: Notice, positions: list[Position]) -> list[Owner]:
    """(line, line, position) of each line that names one position in brackets at its end ("- At least 7 years of
    experience in X (Post A only).")."""
    return [(ln.no, ln.no, n) for ln in notice.active_lines
            if (")" in ln.text[-4:] or "]" in ln.text[-5:] or ln.text.lstrip(" -•*")[:1] in "[(")
            and (n := _bracketed_after(ln.text, positions)) is not None]


def _bracketed_after(text: str, positions: list[Position]) -> int | None:
    """The position an item names in brackets at its end (or in square brackets at its start), by its title, its mark
    or its grade ("Minimum 4 years' experience in public procurement (Contracting Officer).", "... (Post A only)",
    "[A.3 only] have at least ...")."""
    m = _TRAILING_BRACKET.search(text) or _LEADING_BRACKET.match(text)
    if m is None or len({_bracket_owner(b.group(0), positions) for b in _BRACKETED.finditer(text)} - {None}) > 1:
        return None  # (an item whose clauses name two: "V in one (Post A only); IV in one (Post B only)")
    return _bracket_owner(m.group(0), positions)


_LEADING_BRACKET = re.compile(r"[\s*_•-]*\[[^\[\]]{2,60}\]")  # ... or leading it: "- [A.3 only] have at least ..."
_TRAILING_BRACKET = re.compile(r"(?:\((?P<t>[^()]{3,100})\)|\[[^\[\]]{3,100}\])[\W_]*$")


def _aliases(lines: list[str], positions: list[Position]) -> dict[str, int]:
    """The short names the text gives the positions in brackets after their titles ("The Deputy Assistant Secretary
    General, Cyber and Hybrid Policy (DASG/CHP) assists ..."): each the position it names."""
    out: dict[str, int] = {}
    for n, p in enumerate(positions):
        named = re.compile(re.escape(p[0]) + r"\s*\((?P<a>[A-Z][A-Z/&-]{1,12})\)")
        for line in lines:
            if p[0] in line and (m := named.search(line)):
                out[m.group("a")] = n
    return out


def _listed_serial(text: str, positions: list[Position]) -> int | None:
    """The position a text opens with by the serial in brackets the list gave it ("(b) ..." when the list reads "(a)
    Principal Engineer (X)" / "(b) Engineer (Y)")."""
    m = _SERIAL_OPEN.match(text)
    if m is None or not 0 <= (k := serial_index(m.group("n"))) < len(positions):
        return None
    listed = [_SERIAL_OPEN.match(p[3]) for p in positions]
    return k if all(s and serial_index(s.group("n")) == n for n, s in enumerate(listed)) else None


_SERIAL_OPEN = re.compile(r"^[\s*_-]*\((?P<n>[a-f]|[ivx]{1,4}|\d)\)\s+", re.I)


def _item_owner(text: str, positions: list[Position]) -> int | None:
    """The position an item of a shared section is said of, by its marker before a colon: the position's title, the
    head of its title when no other position shares it ("(2) Reviser:"), its vacancy number, or its serial ("Serial
    2:", "Post 2:")."""
    if (named := _BRACKETED_OWNER.match(text)) and (titles := [fold(p[0]) for p in positions]).count(
            fold(named.group("t"))) == 1:  # "Direct reports (Head, X Section): 5"
        return titles.index(fold(named.group("t")))
    if named and (mark := _SERIAL.fullmatch(named.group("t").strip())):
        return _by_serial(mark.group("n"), positions)  # "e. Language (Post 3): ..."
    if (own := _listed_serial(text, positions)) is not None:
        return own  # "(b) This post is funded by ...", the list having named it "(b) Engineer (X)"
    m = _ITEM_MARKER.match(text)
    if m is None:
        return None
    written = _SERIALS_AFTER.sub("", _NUMBER_NOTE.sub("", m.group("marker")))  # ("Engineer (Civil) (post number
    # JNPX 0040). Plans ...", "Staff Officer (X), posts 1 and 2: ...")
    marker = fold(written)
    if (serial := _SERIAL.fullmatch(m.group("marker").strip()) or _SERIAL.fullmatch(written)) \
            and (k := _by_serial(serial.group("n"), positions)) is not None:  # ("Post B (NG 17): at least 6 years
        return k  # ...", "Post (2): at least 5 years ...": a serial in brackets is no post number)
    titles = [fold(p[0]) for p in positions]
    heads = [fold(_TITLE_HEAD.split(p[0], 1)[0]) for p in positions]
    refs = [fold(p[1]) if p[1] else None for p in positions]  # ... or its own vacancy number ("G31/26: at least ...")
    initialled = [fold(_initialled(p[0])) for p in positions]  # ... or its title's head in initials ("DASG for X:")
    plurals = [f"{head}s" for head in heads]  # ... or in the plural, for the posts of one title ("Staff Officers:")
    numbers = [fold(m.group("pn")) if (m := _LABELLED_POST_NUMBER.search(p[3])) else None for p in positions]
    marker = _ONLY.sub("", marker)  # ... or its post number, as the list labels it ("HM-13 only:" of "Post N° HM-13")
    for names in (titles, heads, refs, initialled, plurals, numbers):
        if names.count(marker) == 1:
            return names.index(marker)
    return None


_LABELLED_POST_NUMBER = re.compile(r"\b(?i:post)\s*(?i:n[°º]|no\.?|number|#)\s*:?\s*"
                                   r"(?P<pn>(?:[A-Z]{1,6}[\s-]?){1,3}\d{1,5}[A-Z]?)\b")
_ONLY = re.compile(r"\s+only$")


def _repeated(lines: list[str], marks: list[tuple[int, str, Position | None, str | None]]) -> bool:
    """Whether the blocks are one notice repeated, each with a vacancy number of its own (a board's page of one post
    for two places): most lines of the first block stand again in each other one."""
    refs = [mark[2][1] if mark[2] else None for mark in marks]
    if None in refs or len(set(refs)) < len(refs):
        return False
    starts = [mark[0] for mark in marks] + [len(lines)]
    blocks = [{line for line in lines[a:b] if line.strip()} for a, b in itertools.pairwise(starts)]
    return all(len(blocks[0] & other) * 2 >= len(blocks[0]) for other in blocks[1:])


_BRACKETED_OWNER = re.compile(r"^[\W_]*(?:(?:[a-z]|\d{1,2})[.)][\W_]*)?[A-Z][\w ]{2,30}?\s*\((?P<t>[^()]{3,100})\)"
                              r"[\W_]*:")  # a label said of one post, perhaps lettered ("e. Language (Post 3):"), or
# of some ("Language (Posts 1 and 2):")
def _serials_said(text: str, positions: list[Position]) -> list[int]:
    """The positions a bracket names by their serials, as a part's mark does ("Posts 1 and 2", "Posts A, B"), each
    named once."""
    m = _PART_MARK.fullmatch(text.strip())
    found = [_by_serial(x.strip("()"), positions) for x in _SERIAL_JOIN.split(m.group("serials").strip(" ."))] \
        if m else []
    return found if None not in found and len(set(found)) == len(found) else []


def _initialled(title: str) -> str:
    """A title with the words of its head in initials: "Deputy Assistant Secretary General for X": "DASG for X"."""
    m = _HEAD_WORDS.match(title)
    return initials(m.group("head")) + title[m.end("head"):] if m else title


_HEAD_WORDS = re.compile(r"(?P<head>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,4})(?=\s+(?:for|of)\s)")


def _subject_owner(text: str, positions: list[Position], aliases: dict[str, int]) -> int | None:
    """The position a line opens with as its subject: its full title ("The Director, Resilience and Civil
    Preparedness leads ..."), its title's head and its unit's initials ("The Head CPS leads ..." of "Head,
    Capability Planning Section") or its title's head alone before a verb ("The Officer reports ..."), when one
    position's are."""
    m = _THE_SUBJECT.match(text)
    if m is None:
        return None
    if (short := _ALIAS.match(text, m.end())) and short.group(0) in aliases:
        return aliases[short.group(0)]
    if marked := _SUBJECT_MARK.match(text, m.end()):  # its title and its mark: "The Senior Engineer (Post B) leads"
        return _by_serial(marked.group("n"), positions)
    said = fold(text[m.end():])
    found = [n for n, p in enumerate(positions) if said.startswith(fold(p[0])) and
             not said[len(fold(p[0])):len(fold(p[0])) + 1].isalnum()]
    if not found and (head := _HEAD_ACRONYM.match(text, m.end())):
        said_initials = head.group("initials") + (head.group("unit") or "")[:1]  # ("The Head CP Section": CPS)
        found = [n for n, p in enumerate(positions) if (parts := p[0].split(",", 1))[1:]
                 and fold(parts[0]) == fold(head.group("head"))
                 and "".join(w[0] for w in parts[1].split() if w[0].isupper()) == said_initials]
    if not found and (head := _HEAD_SUBJECT.match(text, m.end())):  # its title's head alone, before a verb ("The
        heads = [fold(_TITLE_HEAD.split(p[0], 1)[0]) for p in positions]  # Officer reports to ..."), one position's
        found = [heads.index(fold(head.group("head")))] if heads.count(fold(head.group("head"))) == 1 else []
    return found[0] if len(found) == 1 else None


_THE_SUBJECT = re.compile(r"^\W*The\s+(?:(?:incumbent|(?:post\s?)?holder|successful\s+candidate)\s+(?:for|of)"
                          r"\s+the\s+)?")
# (or its holder: "The incumbent for the Head, X Section leads ...")
_HEAD_SUBJECT = re.compile(r"(?P<head>[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,3})"
                           r"(?:,\s+(?:in\s+addition|also|moreover|furthermore)\s*,)?"  # ("The X, in addition, leads")
                           r"\s+(?!(?:of|and|or|for|in|to|at|on)\b)"
                           r"(?=[a-z]{3,}\b)")
_ALIAS = re.compile(r"[A-Z][A-Z/&-]{1,12}\b")
_SUBJECT_MARK = re.compile(rf"[A-Z][^().;:]{{1,60}}?\s*\(\s*(?:{MARK_WORDS})\s+(?P<n>\d{{1,2}}|[A-F])\s*\)\s+(?=[a-z])",
                           re.I)
_HEAD_ACRONYM = re.compile(r"(?P<head>[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2})\s(?P<initials>[A-Z]{2,6})\b"
                           r"(?:\s(?P<unit>Section|Branch|Division|Directorate|Office|Unit|Centre)\b)?")


def _grade_owners(text: str, positions: list[Position]) -> list[int]:
    """The positions an item of a shared section is said of by their grade ("for the G8 (B.3) positions, ...", "NG15:
    at least ...", "A-3 post: ..."), when the positions' grades differ."""
    m = _GRADE_ITEM.match(text) or _GRADE_SUBJECT.match(text) or _FOR_GRADE.search(text) or _AT_GRADE.search(text) \
        or (_GRADE_PART.match(text) and _GRADE_POST.search(text))
    if m is None or len({(p[5], p[6]) for p in positions}) < 2:
        return []
    said = _codes_said(m)
    return [n for n, p in enumerate(positions) if said & {p[5], p[6]}]


def _codes_said(m: re.Match[str]) -> set[str]:
    """The grade codes of both scales a match's grades ("g", perhaps "h" on the other scale) give."""
    return {code for g in m.group("g", "h") if g for code in read_codes(g) if code}


# A heading's part said of the post of one grade: "ESSENTIAL QUALIFICATIONS – A-2 POST".
_GRADE_POST = re.compile(rf"{_A_GRADE}(?P<h>)\s+(?:posts?|positions?)\b", re.I)
# An item said of the posts of one grade: "for the G8 (B.3) positions", "for the A.3 post".
_FOR_GRADE = re.compile(r"\bfor\s+the\s+(?:NATO\s+)?(?:grade\s+)?(?P<g>G-?\d{1,2}|[ABCL][.-]?\d)\b"
                        r"(?:\s*\((?P<h>G-?\d{1,2}|[ABCL][.-]?\d)\))?\s+(?:posts?|positions?)\b", re.I)


# An item opened by a grade: "NG15: at least ...", "G8: ...", "A-3 post: ...".
_GRADE_ITEM = re.compile(r"^\W*(?:\d{1,2}\)\s*)?(?P<g>(?:NATO\s+Grade\s+|NG\s?|G-?)\d{1,2}|[ABCL][.-]?\d)"
                         r"(?:\s*/\s*(?P<h>(?:NATO\s+Grade\s+|NG\s?|G-?)\d{1,2}))?"  # (both scales: "A-2/G-15 post:")
                         r"(?:\s+(?:posts?|positions?))?\s*:")
# A sentence whose subject is the post of one grade: "The A-3 post has 2 direct reports".
_GRADE_SUBJECT = re.compile(r"^\W*the\s+(?P<g>(?:NATO\s+Grade\s+|NG\s?|G-?)\d{1,2}|[ABCL][.-]?\d)(?P<h>)\s+"
                            r"(?:post|position|incumbent|post\s+holder)\b", re.I)  # (or "The A-3 incumbent also leads")
# ... or the post by its grade after "at": "for the post at G15: have ...", "Post at G17 – Direct reports: 2", "the
# Officer at G17 chairs ...", "for appointment at G15", "At G17, the incumbent also chairs ...".
_AT_GRADE = re.compile(r"(?<!\()(?:\b(?:post|position|appointment|recruitment|(?-i:[A-Z][a-z]+))\s+|^[^\w\n]*)at\s+"
                       r"(?:NATO\s+)?(?:grade\s+)?(?P<g>G-?\d{1,2}|[ABCL][.-]?\d)\b(?P<h>)", re.I)
# A part's heading said of one grade: "ESSENTIAL – for appointment at G15", "At G15, the incumbent must demonstrate:".
_GRADE_PART = re.compile(r"[^\w\n]*(?:[A-Z][A-Za-z ]{2,40}?\s[–—-]\s+)?"
                         r"(?:(?:for\s+(?:appointment|recruitment)\s+)?at\s+(?:grade\s+)?(?:G-?\d{1,2}|[ABCL][.-]?\d)\b|(?:for\s+the\s+)?(?:G-?\d{1,2}|[ABCL][.-]?\d)\s+"
                         r"posts?\b)(?:[^.:\n]{0,80}:)?[\s*_]*$", re.I)  # (or "ESSENTIAL QUALIFICATIONS – A-2 POST")
_SERIALS_AFTER = re.compile(r",\s*(?:posts?|positions?)\s+\d{1,2}(?:\s*(?:,|&|\band\b)\s*\d{1,2})*\s*$", re.I)
_NUMBER_NOTE = re.compile(r"\s*\([^()]*\d[^()]*\)\s*$")  # a post number or reference in brackets after a title
# An item opened by a marker before a colon: "(1) Serial 1: ...", "b. Reviser (French): ...", "- Translator: ...".
_ITEM_MARKER = re.compile(r"^\W*(?:(?:\d{1,2}|[a-h])[.)]\s*)?[-•*]?\s*(?:\d{5,7}\s+)?"  # (its vacancy number first)
                          r"(?:[Ff]or\s+the\s+)?(?P<marker>[A-Z0-9][^:;.*–—]{2,60}?(?:\s\([^()]{1,20}\))?)"  # ("for
                          # the X post: ...", "Reviser (L.3): ...")
                          r"(?:\s+(?:post|position|role)(?:\s+only)?)?"
                          r"\s*(?::|[*_]*\.[*_]*(?=\s)|(?<=\S)\s[–—-](?=\s)|\*\*(?=\s+[a-z]))[*_]*\s*\S")
# (or a bold run-in: "**Head of X.** Leads ...", "**Head of X** leads ...", or a dash: "Research Analyst - at least 4
# years ...")
# ("Position B: leads ...", "(Vacancy B)")
_SERIAL = re.compile(rf"(?:serial|post|position|poste|vacancy)\s+(?P<n>\d{{1,2}}|(?-i:[A-F])|{BRACKETED_SERIAL})",
                     re.I)  # (also "Post (ii)")


def _heads_of(positions: list[Position]) -> dict[str, str]:
    """Each position's title by its head ("senior officer" for "Senior Officer (X)"), when no two positions share a
    head; else none."""
    heads = {fold(_TITLE_HEAD.split(p[0], 1)[0]): fold(p[0]) for p in positions}
    return heads if len(heads) == len(positions) else {}


def _described(notice: Notice, positions: list[Position]) -> tuple[list[Owner], list[Owner]]:
    """(each title's block below the list, the other sections below it that name the posts)."""
    if len(positions) < 2:
        return [], []
    index = {fold(p[0]): n for n, p in enumerate(positions)}
    refs = tuple(p[1] for p in positions)
    listed = {p[2] for p in positions}
    named = {fold(_TITLE_HEAD.split(p[0], 1)[0]) for p in positions}  # "Senior Officer (X)": "senior officer"
    heads_of = _heads_of(positions)
    shared = _shared_heads(positions)
    by_ref = {fold(p[1]): fold(p[0]) for p in positions if p[1]}  # (or its vacancy number alone: "A05/0926:")
    by_ref = by_ref if len(by_ref) == len(positions) else {}
    heads: list[tuple[int, list[int]]] = []  # (line, positions) of each title standing again below the list
    ends: dict[int, int] = {}  # a title's line -> the last line of its section
    items: set[int] = set()  # the lines of list items opened by a title
    sections = [s.body for s in notice.active if s.body]
    below = min(listed)  # (the titles stand again below the list; or anywhere above a closing table of the posts)
    if below > max((ln.no for s in notice.find("header", "summary") for ln in s.lines), default=0):
        below = 0
    for body in sections:
        for ln in body:
            titled = _TITLE_OPENS.match(ln.text)  # the title alone, or opening its description: "Head, X – leads ..."
            alone = _heading_title(_GRADE.sub("", _COUNT_NOTE.sub("", ln.text)), refs)  # ("*Principal Engineer
            alone = alone if alone in index else heads_of.get(alone, by_ref.get(alone, alone))  # (G17):*": by its
            # head)
            opened = fold(titled.group("t")) if titled else None
            title = alone if alone in index else heads_of.get(opened, opened) if opened else None  # ("Analyst: ...")
            owner = _OWNER_AT_END.search(ln.text) if title not in index else None  # its post named in brackets at
            if owner:  # the end of a part's heading: "Additional duties – OSC X 0030 (Section Head):", "(Staff
                said = fold(owner.group("t"))  # Officers):"; the part runs to the next one or its section's end
                title = heads_of.get(said, heads_of.get(said.removesuffix("s"), said))
            if ln.no not in listed and ln.no > below and (title in index or alone in shared):
                heads.append((ln.no, [index[title]] if title in index else shared[alone]))
                ends[ln.no] = body[-1].no
                if (ln.bullet or (titled and len(ln.text) - titled.end() >= _ITEM_TEXT)) and alone not in index \
                        and alone not in shared and not owner:  # a list item, or a line, opened by the title holds
                    items.add(ln.no)  # that post's part alone ("- Senior Assistant (X): at least 5 years ..."): the
                    # items after it are every post's
    for line, n, end in _titled_sections(notice, index, heads_of):  # ... or a section's heading names it ("2.
        if line > below and line not in ends:  # ENGINEER (X) - PRINCIPAL DUTIES"): its part runs over the unnumbered
            heads.append((line, [n]))  # sections below it ("Essential qualifications:")
            ends[line] = end
    heads.sort()
    bullets = {ln.no for ln in notice.active_lines if ln.bullet} - items  # (an item opened by a title is its own)
    at = {line for line, _ in heads} & bullets
    heads = [h for h in heads if not (h[0] in at and {h[0] - 1, h[0] + 1} & at)]  # (bullets naming
    # the posts one after another restate the list, they head no part: "- Head, X Section (G22) (PASP0231)")
    if len(heads) >= 2 and heads[-1][0] not in items:
        ends[heads[-1][0]] = _runs_on(notice, heads[0][0], heads[-1][0], ends[heads[-1][0]])
    if heads and heads[-1][0] not in items and (shared_from := next(
            (ln.no for ln in _with_heads(notice) if ln.no > ends[heads[-1][0]] and len(ln.text.split()) <= _SHARED_WORDS
             and (_SHARED.match(ln.text) or _COMMON_TO.search(ln.text) or _FOR_EVERY_POST.search(ln.text))), None)):
        ends[heads[-1][0]] = shared_from - 1  # (the last one runs on to what every post shares: "Requirements
        # common to all positions", "Contract (both posts)", over the sections of its own below it)
    blocks = [(line, line if line in items else nxt[0] - 1 if nxt else ends[line], n)  # up to the next title, the
              # last one to its section's end
              for (line, ns), nxt in zip(heads, [*heads[1:], None][:len(heads)], strict=True) for n in ns]
    common = {s.body[0].no for s in notice.active if s.body and s.head is not None and (
        _SHARED.match(s.head.text) or _COMMON_TO.search(s.head.text) or _FOR_EVERY_POST.search(s.head.text))}
    mixed = [(body[0].no, body[-1].no, 0) for body in sections  # (the first position's reading, as before)
             if body[0].no > max(listed) and body[0].no not in common  # (not a section headed as every post's)
             and not any(a <= body[0].no <= b for a, b, _ in blocks)
             and any(_names_word(fold(ln.text), name) for ln in body if ln.no not in listed and ln.no not in items
                     and (_item_owner(ln.text, positions) is None or ln.text.rstrip().endswith(":"))
                     for name in named)]  # (not items said each of its post, "b. Assistant (X): ...": what is left is
    # every post's)
    return blocks, mixed


def _parts_for_the_post(notice: Notice, positions: list[Position]) -> list[Owner]:
    """(first line, last line, position) of each paragraph opened as said of one post by its title or its head ("For
    the Head post (G22): the Head leads ..."), with the lines below it up to the next such paragraph or its section's
    end (its requirements)."""
    index = {fold(p[0]): n for n, p in enumerate(positions)}
    heads_of = _heads_of(positions)
    refs = tuple(p[1] for p in positions)
    below = max(p[2] for p in positions)
    out: list[Owner] = []
    for body in (s.body for s in notice.active if s.body):
        opened = [(ln.no, index[said]) for ln in body if ln.no > below and not ln.bullet
                  and (part := _FOR_POST_PART.match(ln.text))
                  and (said := heads_of.get(named := _heading_title(part.group("t"), refs), named)) in index]
        out += [(line, nxt[0] - 1 if nxt else body[-1].no, n)
                for (line, n), nxt in zip(opened, [*opened[1:], None], strict=False)]
    return out


def _runs_on(notice: Notice, first: int, last: int, end: int) -> int:
    """Where the last title's part ends: it runs on over the sections below it of the kinds the parts above it held
    ("Post context:", "Essential qualifications:"), up to the first section of another kind."""
    kinds = {s.key for s in notice.active if s.head is not None and first < s.head.no < last}
    for section in (s for s in notice.active if s.head is not None and s.head.no > end):
        if section.key not in kinds or not section.lines:
            break
        end = section.lines[-1].no
    return end


def _with_heads(notice: Notice) -> list[Line]:
    """The active lines and the headings of the active sections, in the text's order."""
    return sorted([*notice.active_lines, *(s.head for s in notice.active if s.head is not None)], key=lambda ln: ln.no)


_OWNER_AT_END = re.compile(r"\((?P<t>[^()]{3,60})\)\s*:\s*$")


_COMMON_TO = re.compile(r"\bcommon\s+to\s+(?:both|all)\b", re.I)  # "Requirements common to all positions"
_SHARED_WORDS = 8


def _titled_sections(notice: Notice, index: dict[str, int], heads_of: dict[str, str]) -> list[tuple[int, int, int]]:
    """(heading line, position, last line) of each section whose heading names one position before a heading word
    ("2. ENGINEER (ACOUSTIC SYSTEMS) - PRINCIPAL DUTIES"), running over the unnumbered sections below it."""
    out = []
    sections = notice.active
    for k, section in enumerate(sections):
        if section.head is None:
            continue
        text = section.head.text or section.head.raw
        text = text[number.end():] if (number := _HEAD_NUMBER.match(text)) else text
        if (named := _titled_heading(text)) is None:
            continue
        title = _heading_title(_GRADE.sub("", named), ())  # (its grade after it: "ESSENTIAL - Officer (A.2):")
        n = index.get(title, index.get(heads_of.get(title, "")))
        if n is None:
            continue
        last = section
        for after in sections[k + 1:]:
            said = after.head.text or after.head.raw if after.head is not None else ""
            if said and (_HEAD_NUMBER.match(said) or _BOTH_POSTS.search(said) or _titled_heading(said)):
                break  # a numbered section, one said of every post ("Both posts - ESSENTIAL") or of another post
            last = after
        end = max((ln.no for ln in last.lines), default=section.head.no)
        out.append((section.head.no, n, end))
    return out


_BOTH_POSTS = re.compile(r"\b(?:both|all)\s+(?:the\s+)?(?:two\s+|three\s+)?(?:posts|positions)\b", re.I)


_KIND_OF_VACANCY = re.compile(r"\s+(?:vacancies|posts|positions|roles)\b")


def _names_word(text: str, name: str) -> bool:
    """Whether text holds a name as whole words ("engineer", not inside "engineering"), naming a post, not a kind of
    vacancy ("future Assistant vacancies")."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()) \
                and not _KIND_OF_VACANCY.match(text, end):
            return True
        at = text.find(name, at + 1)
    return False


def _shared_heads(positions: list[Position]) -> dict[str, list[int]]:
    """The plural of a title's head that several positions share ("Executive Officers"), folded: those positions."""
    shared: dict[str, list[int]] = {}
    for n, p in enumerate(positions):
        shared.setdefault(fold(_TITLE_HEAD.split(p[0], 1)[0]) + "s", []).append(n)
    return {plural: ns for plural, ns in shared.items() if len(ns) >= 2}


_ITEM_TEXT = 20  # characters after a title that make its line a post's item ("Analyst: at least 3 years of ...")
_COUNT_NOTE = re.compile(r"\s*\((?:\d|two|three|four|both)\s+posts\)|\s+[–—-]\s+(?:\d|two|three|four)\s+posts$",
                         re.I)  # "Executive Officers (two posts)", "STAFF OFFICER, X (G15) - 2 POSTS"
_TITLE_OPENS = re.compile(r"(?P<t>[^:–—]{3,150}?)\s*(?:[:–—]|\s-\s)")
_TITLE_HEAD = re.compile(r"\s*[,(–—]|\s+-\s+")


# A block describing one post of several: "Post 1 – Staff Officer (X)", "POSITION 2: Section Head (Y)", "Poste 1 :".
_BLOCK = re.compile(r"^[\W_]*(?:\d{1,2}(?:\.\d{1,2})?\.?\s+)?(?:" + MARK_WORDS + r"|Vacancy|Job)\s+(?:No\.?\s*|n°\s*)?"
                    r"\(?(?P<n>\d{1,2}|[A-F])\)?(?:\s*[–—:.)-]|\s(?=\s*(?-i:[A-Z])))"  # ("3. POST (a): X (251108)", a
                    r"[\s*_]*(?P<title>\w.{2,150}?)[\s*_]*$", re.I)  # memorandum's; "POST 1 Engineer (X)"; in a
# section's numbered part: "1.1 Post 1 - Research Engineer (X)")
# The verb that introduces what a post's holder must do or have, in English or French.
_MUST_VERB = r"(?:will|shall|must|should|doit|doivent|devra)"
# A block's duties introduced after its number ("Post A - the Staff Officer (X) will:"), no title of a block.
_DUTIES_INTRO = re.compile(rf"\s{_MUST_VERB}\s*:?$", re.I)
# ... or a sentence after the block's title: "Post 1 - Reviser (French). The incumbent must:", "Poste 1 - Réviseur
# (français). La personne titulaire du poste doit :".
_INTRO_AFTER = re.compile(rf"\.\s+[A-Z][^.]{{0,80}}?\s{_MUST_VERB}\b[^.]*$")
# ... or the block's text run in after a colon: "Vacancy A - Senior Administrator (X): The incumbent is responsible
# for".
_RUN_IN = re.compile(r":\s+(?-i:[A-Z])[a-z]+(?:\s+[^\s()]+){3,}$")  # (not inside its brackets: "X (2 posts: Mons and
# The Hague)")
# ... or the unit it serves in after a dash, when the title closes on its field in brackets: "Profile A – Systems
# Engineer (Server Platforms) – PEM Division (2 posts)".
_BLOCK_UNIT = re.compile(r"(?<=\))\s+[–—-]\s+(?:[A-Z][\w&/-]*\s+){1,4}"
                         r"(?:Division|Directorate|Branch|Section|Office|Unit|Service|Centre|Center)(?=\s*(?:\(\d+\s+posts?\)|\(\w+\s+posts?\))?\s*$)")
# A line said of every post ("Closing date for both posts: ...", "QUALIFICATIONS (BOTH POSTS)", "Candidates for these
# individual positions must ...") ends the block above it.
_FOR_EVERY_POST = re.compile(r"\b(?:for|to)\s+(?:both|all)\s+(?:the\s+)?(?:(?:two|three|four|five)\s+)?"
                             r"(?:posts|positions|vacancies)\b|"
                             r"\b(?:for|to|of)\s+these\s+(?:[\w-]+\s+)?(?:posts|positions|vacancies)\b|"
                             r"\(\s*(?:both|all|the\s+two)\s+(?:(?:two|three|four|five|\d)\s+)?(?:posts|positions|vacancies|locations|sites)\s*"
                             r"\)|"
                             r"\b(?:both|all)\s+(?:the\s+)?(?:posts|positions|vacancies)\s+(?:are|will|shall)\b|"
                             r"\b(?:shared\s+by|common\s+to)\s+(?:both|all)\b",
                             re.I)  # ("Contract: Both positions are offered with ...", "QUALIFICATIONS SHARED BY BOTH")
# A block's number alone on its line ("POST 1"), and a title label below it ("Job Title: Staff Officer (X)").
_BARE_BLOCK = re.compile(r"^[\W_]*(?:\d{1,2}\.\s+)?(?:Part\s+(?:\d|[A-F])\s*[–—:-]\s*)?"  # (in a part of its own:
                         # "PART A - POST 1"; numbered in a cable: "2. POST 1:")
                         r"(?:" + MARK_WORDS + r"|Vacancy|Job)\s+(?:No\.?\s*|n°\s*)?(?P<n>\d{1,2}|[A-F])[\s*_:]*$",
                         re.I)
# ... or with only the post's numbers after it: "Post 1 - Post N° L-217 / Ref. No 2026_00341".
_NUMBERS_MARK = re.compile(r"^[\W_]*(?:" + MARK_WORDS + r")\s+(?P<n>\d{1,2}|[A-F])\s*[–—:|-]\s*"
                           r"(?P<numbers>.{4,80}?)[\s*_]*$", re.I)
_NUMBER_LABEL = re.compile(r"\b(?:No\.?|N[°º]|Number|Ref(?:erence)?\.?)\s*:?\s*(?=[A-Z0-9/-]*\d)",
                           re.I)  # (also "Reference STO/CSO/26-03")
_NUMBERS_REF = re.compile(r"(?:\b(?:Vacancy|Job|Competition)\s+(?:No\.?|N[°º]|Number|Ref(?:erence)?\.?)"
                          r"|\bRef(?:erence)?\.?(?:\s*(?:No\.?|N[°º]))?)\s*:?\s*(?P<n>[A-Z0-9][\w/.-]{1,20})", re.I)


def _numbers_mark(line: str) -> tuple[str, str | None] | None:
    """(the block's number, its vacancy number or None) of a line numbering a post with only its numbers after it."""
    m = _NUMBERS_MARK.match(line)
    if not m or names_post(m.group("numbers")) or not _NUMBER_LABEL.search(m.group("numbers")):
        return None
    ref = _NUMBERS_REF.search(m.group("numbers"))
    return m.group("n").upper(), ref.group("n") if ref else None


_TITLE_LABEL = re.compile(r"^[\W_]*(?:(?:\d{1,2}|[A-Ha-h])[.)]\s+)?"  # (numbered in a cable: "2. TITLE: X", "C. TITLE:
                          # X")
                          r"(?:(?:(?:Job|Post|Position)\s+)?(?:Title|Intitulé(?:\s+du\s+poste)?)|Post)"
                          r"[\s*_]*(?::|\|)[\s*_]*"  # (or a table's row: "| Post title | X |")
                          r"(?P<title>\w[^|]{2,150}?)[\s*_|]*$", re.I)
_TITLE_REACH = 8  # lines below the block's number where its title label may stand


def _titled_below(lines: list[str], i: int) -> str | None:
    """The title under a label in the lines below a block's number, or standing as the block's first line (after its
    post number: "W-38: Technical Officer (X)"), when it names a post."""
    first = next((line for line in lines[i + 1:i + 1 + _TITLE_REACH] if line.strip()
                  and not _NUMBERS_LINE.match(line)), "")  # (past a line of the post's numbers: "Post N° PA-31 / Ref.
    # No 2025_00417")
    if (m := _NUMBERED_TITLE.match(first)) and ":" not in m.group("title") and names_post(m.group("title")):
        return clean(m.group("title"))
    for line in lines[i + 1:i + 1 + _TITLE_REACH]:
        if (m := _TITLE_LABEL.match(line)) and names_post(m.group("title")):
            return clean(m.group("title"))
    return None


def _own_reference(lines: list[str], i: int, title: str, start: int | None = None, stop: int | None = None
                   ) -> Position | None:
    """A position holding the vacancy number under its label among a block's lines (by default those below its
    number, line i: "POST 2" / "Vacancy Number: JFCNP 26/12"), which is that post's own over a bulletin's number."""
    span = lines[i + 1 if start is None else start:i + 1 + _TITLE_REACH if stop is None else stop]
    ref = next((r.group("n") for r in map(_BLOCK_REF.match, span) if r), None)
    return (title, ref, i + 1, lines[i].strip(), None, None, None) if ref else None


_NUMBER_LABELLED = (r"(?:(?:Post|Vacancy|Job)\s+)?(?:No\.?|N[°º]|Number|Ref(?:erence)?\.?)\s*(?:No\.?\s*)?:?\s*"
                    r"[A-Z0-9][\w/.-]*")
_NUMBERS_LINE = re.compile(rf"^[\W_]*{_NUMBER_LABELLED}(?:\s*[/|,;·]\s*{_NUMBER_LABELLED})*[\s*_]*$", re.I)
# A block's first line: its title, after the post's number ("W-38: ", "SPS 0123 - ") when it has one.
_NUMBERED_TITLE = re.compile(r"^[\W_]*(?:[A-Z]{1,6}[\s-]?\d{1,5}[A-Z]?\s*(?::|\s[–—-])\s*)?"
                             r"(?P<title>[A-Z].{2,150}?)[\s*_]*$")


# A block opened by its own header fields, its vacancy number and its title under labels ("Vacancy No. : X/08-41" /
# "Post title : Principal Engineer (Y)"), as a bulletin of several vacancies lays each out.
_PLACE_NOTE = re.compile(r"\s*\((?-i:[A-Z])[a-z]+(?:[ -](?-i:[A-Z])[a-z]+)?\)")  # a post number's place: "(Capellen)"
_REF_LABEL = re.compile(r"^[\W_]*(?:(?:Vacancy|Post|Job|Competition)\s+(?:No\.?|Number|N°|Ref(?:erence)?\.?|notice)"
                        r"|Vacancy|Reference(?=\s*:))"  # ("Reference: DIANA-2026-019" under the block's title)
                        r"(?:\s*:\s*|\s+(?=[A-Z]{0,3}[\s-]?\d))"  # (or no colon before a number: "VACANCY A 04(2026)",
                        # "Post N° H-118 / Ref. No 2026_00141")
                        r"(?P<n>\S.{1,40}?)[\s*_]*$", re.I)
_FIELD_LINE = re.compile(r"^[\W_]*[A-Z][\w.°/ -]{1,30}?\s*:\s*\S|^\s*[-=_*]{5,}\s*$")  # "Grade : A-4", a rule


# A block's own vacancy number among its fields or just above them: "a. Vacancy No. 11/0714" (not its post number).
# (line by line, also over a whole text: no piece of it crosses a line's end)
_BLOCK_REF = re.compile(r"^(?:[^\w\n]|_)*(?:[a-h][.)][^\S\n]*)?(?:(?:Vacancy|Job|Competition)[^\S\n]+"
                        r"(?:No\.?|Nr\.?|Number|N°|Ref(?:erence)?\.?)[^\S\n]*:?|(?:Vacancy|Reference)[^\S\n]*:)"
                        r"[^\S\n]*(?P<n>[A-Z0-9][\w/.-]{1,20}(?:[^\S\n][\w/.-]{2,12})?)(?:[^\S\n]|[*_])*$",
                        re.I | re.M)


_TITLE_AFTER_NUMBERS = re.compile(r":\s+(?P<title>[A-Z][^:]{2,100}?)[\s*_]*$")


def _labelled_blocks(lines: list[str]) -> list[tuple[int, str, Position | None, str]]:
    """(first line, title, a position holding the block's own vacancy number or None, the number under the block's
    label) of each block opened by its own group of header fields."""
    marks = []
    for i, line in enumerate(lines):
        after = _TITLE_AFTER_NUMBERS.search(line) if ":" in line else None
        head = line[:after.start()] if after and _REF_LABEL.match(line[:after.start()]) else line
        if not (m := _REF_LABEL.match(_PLACE_NOTE.sub("", head) if "(" in head else head)):
            continue  # (its places set aside: "Post N° PC-208 (Capellen) and PC-209 (Taranto) / Ref. No 2025_00413")
        start, stop = i, i + 1
        while start > 0 and i - start < _TITLE_REACH and not _TITLE_LABEL.match(lines[start]) \
                and not _CODED_TITLE.match(lines[start]) and (
                _FIELD_LINE.match(lines[start - 1]) or (
                start > 1 and not lines[start - 1].strip() and _REF_LABEL.match(lines[start - 2])
                and not (start > 2 and _FIELD_LINE.match(lines[start - 3])))):
            start -= 1  # (across a blank line below the block's heading: "### Vacancy Number: G15/26"; not into the
            # block above, its fields ending with its number, nor above the block's title label or its title after its
            # post number: "P-31: Procurement Officer" below the notice's "Closing date: ...")
        while stop < len(lines) and _FIELD_LINE.match(lines[stop]) and stop - i < _TITLE_REACH:
            stop += 1
        title = next((clean(t.group("title")) for line in lines[start:stop]
                      if (t := _TITLE_LABEL.match(line) or _CODED_TITLE.match(line)) and names_post(t.group("title"))),
                     None)  # ("Job Title: X", or "H-118: X" after its post number)
        if title is None and head != line and after and names_post(after.group("title")):
            title = clean(after.group("title"))  # ... or after the numbers on their line: "Post N° LS-114 / Ref. No
            # 2026_00231: Project Officer (X)"
        for k in (1, 2) if title is None else ():  # "1) Officer (X)" or "Officer (X)" above "Vacancy No.: ...", or
            # above the body's name ("NATO Communications and Information Agency (NCI Agency)" / "Vacancy: 260921")
            if start >= k and (above := _ITEM_TITLE.match(lines[start - k]) or _BARE_TITLE.match(lines[start - k])) \
                    and names_post(above.group("title")) \
                    and (k == 1 or (lines[start - 1].strip() and ":" not in lines[start - 1]
                                    and not names_post(lines[start - 1]))):
                start, title = start - k, clean(above.group("title"))
                break
        if title is None:  # ... or the line below the block's numbers, its fields after it ("Post N° FB-0412 / Ref. No
            # 2025_00418" / "Head, Budget Execution Section" / "Grade: A-4 / NG20")
            title = _title_below_numbers(lines, stop)
        if title and not (marks and (marks[-1][0] == start or (marks[-1][1] == title and start - marks[-1][0]
                                                               <= _TITLE_REACH))):  # (one mark for a block with
            # several number labels)
            position = _own_reference(lines, i, title, max(0, start - 1), stop)  # (its fields, and the line above)
            if position is None and (lead := _LEADING_REF.match(title)) \
                    and (ref := gram.reference_value(lead.group("ref"))):  # "Vacancy 26/11 - Branch Head (X)"
                title = title[lead.end():]
                position = (title, ref, start + 1, lines[start].strip(), None, None, None)
            marks.append((start, title, position, clean(m.group("n"))))
    return marks if len({mark[3] for mark in marks}) == len(marks) else []


def _title_below_numbers(lines: list[str], i: int) -> str | None:
    """The title standing alone on line i, or below one blank line, when a field line follows it."""
    j = i + 1 if i < len(lines) and not lines[i].strip() else i
    if j + 1 < len(lines) and (t := _BARE_TITLE.match(lines[j])) and names_post(t.group("title")) \
            and _FIELD_LINE.match(lines[j + 1]) and not _TITLE_LABEL.match(lines[j]):
        return clean(t.group("title"))
    return None


def _labels_title(line: str) -> bool:
    """Whether one of a line's header labels is a title's ("Job Title: X")."""
    return "title" in {header_labels().get(fold(label)) for label, _ in split_labels(line)[1]}


def _field_row_blocks(lines: list[str]) -> list[tuple[int, str, Position | None, str]]:
    """(line, title, its position, its vacancy number) of each block opened by a line of header fields holding a
    title and a vacancy number of its own, glued or apart ("Vacancy Number: G41/26Job Title: Staff Officer (X)NATO
    Grade: 17"), perhaps under its post number; two or more, each number its own."""
    marks = []
    for i, line in enumerate(lines):
        if line.count(":") < _ROW_LABELS or not (position := _labelled_fields(line, i + 1, line.strip())) \
                or not position[1] or not names_post(position[0]) \
                or not _labels_title(line):
            continue
        start = i - 1 if i and _POST_NUMBER_LINE.match(lines[i - 1]) else i  # ("OSC JLMX 0230" above it)
        marks.append((start, position[0], position, position[1]))
    return marks if len({mark[3] for mark in marks}) == len(marks) >= 2 else []


_ROW_LABELS = 2  # colons on a line of header fields
_POST_NUMBER_LINE = re.compile(r"^[\s*_#]*[A-Z]{2,5}(?:\s+[A-Z]{2,5})?\s+\d{3,5}[\s*_]*$")  # "OSC JLMX 0230"


def _place_blocks(lines: list[str]) -> list[tuple[int, str, Position | None, str]]:
    """(line, title, a position holding its vacancy number, its order) of each block of one post advertised for
    several places, opened by its place's number ("Location 2 – Naples, Italy" / "Vacancy number: 260352"), the
    title being the text's first line naming a post."""
    title = next((clean(line) for line in lines[:_TITLE_REACH] if line.strip()), "")
    if not names_post(title) or len(title.split()) > _MAX_TITLE_WORDS:
        return []
    marks = [(i, title, position, m.group("n")) for i, line in enumerate(lines) if (m := _PLACE_MARK.match(line))
             and (position := _own_reference(lines, i, title))]
    return marks if len(marks) >= 2 and len({mark[2][1] for mark in marks if mark[2]}) == len(marks) else []


_PLACE_MARK = re.compile(r"^[\W_]*(?:Location|Site|Duty\s+station|Lieu)\s+(?P<n>\d|[A-F])\s*[–—:.-]\s*\S", re.I)


def _ref_above(lines: list[str], i: int) -> tuple[int, str] | None:
    """(line, vacancy number) of the line opening with a vacancy number just above the header fields over line i
    ("STAFF VACANCY 260533 - Staff Officer (X)" / "DIVISION: ..." / "TITLE: ...")."""
    for j in range(i - 1, max(-1, i - _FIELDS_ABOVE - 1), -1):
        if (m := gram.reference_pattern().match(lines[j].strip(" *_:#"))) is not None:
            return j, m.group("ref")
        if not _FIELD_LINE.match(lines[j]):
            return None
    return None


_FIELDS_ABOVE = 3  # header fields a block's title label may stand under


_M = TypeVar("_M", bound=tuple)


def _first_language(marks: list[_M]) -> list[_M]:
    """The blocks whose titles are in the language of the first one that has a language: a notice restated in the
    other language below ("Titre du poste : ...", "# Assistante principale ... (1 poste) et ...") adds no post."""
    languages = [language_of(mark[1]) for mark in marks]
    first = next((lang for lang in languages if lang), None)
    return [mark for mark, lang in zip(marks, languages, strict=True) if lang in (first, None)]


def _title_label_blocks(lines: list[str]) -> list[tuple[int, str, Position | None, str]]:
    """(line, title, None, its order) of each block opened by its own title label above its header fields ("TITLE:
    HEAD, CONFERENCE SERVICES" / "GRADE: A.4"), when two or more name different posts in a notice that says it fills
    several (a bilingual notice's title in each language is one post)."""
    marks: list[tuple[int, str, Position | None, str]] = []
    for i, line in enumerate(lines[:-1]):
        if ":" in line and (m := _TITLE_LABEL.match(line)) and _FIELD_LINE.match(lines[i + 1]) \
                and names_post(m.group("title")):
            title = clean(m.group("title"))
            if (above := _ref_above(lines, i)) is not None:  # (its own vacancy number a line above its fields opens
                j, ref = above  # the block: "STAFF VACANCY 260611" / "TITLE: X")
                marks.append((j, title, (title, ref, j + 1, lines[j].strip(), None, None, None), str(len(marks) + 1)))
            else:
                marks.append((i, title, None, str(len(marks) + 1)))
    marks = _first_language(marks)  # (a translation's blocks below: "Titre du poste : ...")
    several = len({fold(mark[1]) for mark in marks}) >= 2 and any(_SEVERAL_POSTS.search(line) for line in lines)
    return marks if several else []


# ... or after its post number: "H-118: Head, Ammunition Support Section".
_CODED_TITLE = re.compile(r"^[\s#*]*[A-Z]{1,3}-\d{1,4}\s*:\s*(?P<title>[A-Z][^:;]{2,120}?)[\s*]*$")
# A block's title as a numbered item of its own line: "1) Officer (Course Management)", "2. Assistant (Y)".
_ITEM_TITLE = re.compile(r"^[\s#*]*\d{1,2}\s*[.)]\s+(?P<title>[A-Z][^:.;]{2,120}?)[\s*]*$")
_BARE_TITLE = re.compile(r"^[\s#*]*(?P<title>[A-Z][^:.;]{2,120}?)[\s*]*$")  # ... or alone, unnumbered


# What follows the blocks and holds for every post ("For both posts", "Common to all positions").
_SHARED = re.compile(r"^[\W_]*(?:(?:[a-h]|\d{1,2})[.)]\s+)?"  # (perhaps an item of its own: "c. Both posts: ...")
                     r"(?:[A-Z][a-z]+(?:\s[a-z]+)?\s+[-–—]\s+)?"  # (or a heading's: "Essential - both posts:")
                     r"(?:(?:for|to)\s+(?:both|all)\s+(?:the\s+)?(?:\w+\s+)?(?:posts|positions)|common\s+to\s+"
                     r"(?:both|all)\b|(?:both|all)\s+(?:posts|positions)\s*(?::|[\s*_]*$|[–—-]\s)"
                     r"|pour\s+(?:les\s+deux|tous\s+les)\s+postes"
                     r"|(?:common|shared)\s+(?:requirements|qualifications|conditions|information)\b"
                     r"|(?-i:[A-Z][A-Z &/-]{2,40})\s*\(\s*(?:(?:posts|positions)\s+)?(?:[A-H]|\d)(?:\s*(?:,|and|&)\s*"
                     r"(?:[A-H]|\d))+\s*\)\W*$)", re.I)  # ("## Common requirements", "Common information", "CONTRACT (A
# and B)": what holds for every post)
# A numbered section heading in capitals ends the last block ("5. CONTRACT").
_NUMBERED_HEAD = re.compile(r"^[\s#*]*\d{1,2}\s*[.)]\s+[A-ZÀ-Ý][A-ZÀ-Ý &/'-]{3,}[\s*:]*$")
def _has_text(block: list[str], need: int) -> bool:
    """Whether a block has text of its own: `need` lines, or one paragraph of a sentence or more."""
    texted = [line for line in block if line.strip()]
    return len(texted) >= need or any(len(line.split()) >= _PARAGRAPH_WORDS for line in texted)


_PARAGRAPH_WORDS = 20
_BLOCK_LINES = 2  # a block has a few lines of its own: a list of titles is not a set of blocks (below a list of
# positions, one paragraph is enough)
# Inside a shared section, the part that holds for one post only: "For Post A (G15), the incumbent must:".
_FOR_POST = re.compile(r"^[\W_]*(?:For\s+(?:the\s+)?|(?=\w+\s+\w+\s+only\b))(?:" + MARK_WORDS + r")\s+"
                       r"(?P<n>\d{1,2}|[A-F])\b", re.I)  # ... or "Post 2 only:"
# ... or a section heading said of one post: "POST 1 - ESSENTIAL QUALIFICATIONS".
_POST_SECTION = re.compile(r"^[\W_]*(?:" + MARK_WORDS + r")\s+(?P<n>\d{1,2}|[A-F])\s*[–—:-]\s*"
                           r"(?P<head>\w[^:]{2,80}?)[\s*_:]*$", re.I)
# ... or after its heading: "ESSENTIAL QUALIFICATIONS - POST 1", "PRINCIPAL DUTIES - POST 2, FINANCIAL OFFICER (X)".
_SECTION_POST = re.compile(r"^[\W_]*(?P<head>\w[^:–—]{2,80}?)\s+[–—-]\s+(?:" + MARK_WORDS + r")\s+"
                           r"(?P<n>\d{1,2}|[A-F])\b[^:]*$", re.I)
# A heading in capitals ("DESIRABLE") ends such a part.
_CAPS_LINE = re.compile(r"^[\W_]*[A-ZÀ-Ý][A-ZÀ-Ý &/'-]{3,}[\W_]*$")


# A section heading said of one post by its title: "Technical Officer (Air Weapons) - main tasks".
_TITLED_HEAD = re.compile(r"^[\W_]*(?P<t>[^:–—]{3,150}?)\s*(?:[:–—]|\s-\s)\s*(?P<head>\w[^:–—]{2,60}?)[\s*_:.]*$")


def _titled_heading(line: str) -> str | None:
    """The name a section heading says it is about, either side of the heading word ("Technical Officer (X) - main
    tasks", "Essential qualifications – Panel Executive")."""
    if (m := _TITLED_HEAD.match(line)) is None:
        return None
    return next((named for named, head in ((m.group("t"), m.group("head")), (m.group("head"), m.group("t")))
                 if fold(head) in headings()), None)


def _title_parts(lines: list[str], marks: list[tuple[int, str, Position | None, str | None]]
                 ) -> list[tuple[int, int, str]]:
    """(start, stop, post) of each section headed by one block's title and a heading ("Technical Officer (X) - main
    tasks", "Essential qualifications – X"), up to the next heading or line said of every post; or of each numbered
    section headed by the post's title ("3. POST 11/0714 - STAFF OFFICER (X)"), up to the next numbered section."""
    titles = {fold(_POST_COUNT.sub("", title)): number for _, title, _, number in marks if number}  # ("X (2 posts)")
    starts = [(i, titles[fold(named)]) for i, line in enumerate(lines)
              if (named := _titled_heading(line)) and fold(named) in titles]
    numbered = not starts
    if numbered:
        refs = tuple(number for *_, number in marks if number) + tuple(p[1] for _, _, p, _ in marks if p)
        first = min(mark[0] for mark in marks)
        starts = [(i, titles[named]) for i, line in enumerate(lines[first:], start=first)
                  if _HEAD_NUMBER.match(line) and (named := _heading_title(line, refs)) in titles]
    return _parts(lines, starts, lambda line: bool(_HEAD_NUMBER.match(line) if numbered else _is_heading(line)))


_GRADE_NOTE = re.compile(r"\s*\((?:NATO\s+)?grade\s+[^()]{1,12}\)\s*$", re.I)


def _with_number(title: str, i: int, line: str) -> Position | None:
    """A block's position when its title names its own vacancy number ("POST 1 - JFCBS 26/031 - Branch Head (X)")."""
    named, ref = _numbered_title(title)
    return (clean(named), ref, i + 1, line.strip(), None, None, None) if ref and names_post(named) else None


def _numbered_title(title: str) -> tuple[str, str | None]:
    """(title, vacancy number) of a post's heading that names its number before or after the title ("NDC 02/2026 –
    Assistant (Library)", "NDC Vacancy 04/2026 - Head, X", "X (Wargaming) - NG 17 - Requisition 260402")."""
    if len(parts := _DASH_SPLIT.split(title, 1)) == 2 and (ref := gram.reference_value(parts[0])) == parts[0]:
        return parts[1], ref  # the heading opens with the post's vacancy number
    if (lead := _LEADING_REF.match(title)) and (ref := gram.reference_value(lead.group("ref"))):
        return title[lead.end():], ref  # ... after a body's "Vacancy"
    if (tail := _REF_TAIL.search(title)) and (ref := gram.reference_value(tail.group("ref"))):
        return title[:tail.start()], ref  # ... or closes it after its label
    return title, None


_REF_TAIL = re.compile(r"\s+[–—-]\s+(?:Requisition|Vacancy|Ref(?:erence)?\.?|Job)\s*(?:#|No\.?|number|ID)?\s*:?\s*"
                       r"(?P<ref>[A-Z0-9][\w/.-]{2,20})\s*$", re.I)


def _heading_blocks(lines: list[str]) -> list[tuple[int, str, Position | None, str | None]]:
    """(line, title, a position holding its vacancy number or None, its order) of each markdown heading that names a
    post ("## 1. Staff Officer (Land Doctrine)", "## NDC 02/2026 – Assistant (Library)"), when two or more do in a
    notice that says it fills several posts (a page's headings of similar jobs are not its posts)."""
    marks: list[tuple[int, str, Position | None, str | None]] = []
    headings = [(i, line, m) for i, line in enumerate(lines) if line[:1] == "#" and (m := _POST_HEADING.match(line))
                and names_post(m.group("title"))]
    levels = Counter(len(line) - len(line.lstrip("#")) for _, line, _ in headings)
    if levels:  # the posts' headings share a level ("### i. X", "### ii. Y" under the page's "# X roles")
        level = max(levels, key=lambda n: (levels[n], n))
        headings = [h for h in headings if len(h[1]) - len(h[1].lstrip("#")) == level]
    if len(headings) < 2:
        return []
    for i, line, m in headings:
        title, ref = _numbered_title(_TRAILING_GRADE.sub("", m.group("title").strip(" *_")))  # (its grade after its
        title = _TRAILING_GRADE.sub("", _GRADE_NOTE.sub("", title))  # number or before it: "X - Requisition N - NG 22",
        # "X - NG 17 - Requisition N"; "Library Assistant (grade B-3)")
        title, glued = bare(title)  # ("Director, X-250962": its number glued on)
        ref = ref or glued
        if names_post(title) and not title.endswith(".") and len(title.split()) <= _MAX_TITLE_WORDS:
            marks.append((i, clean(title), (clean(title), ref, i + 1, line.strip(), None, None, None) if ref else None,
                          str(len(marks) + 1)))
    refs = [mark[2][1] for mark in marks if mark[2]]
    if len(set(refs)) < len(refs):  # one post's heading in each language, with the same number
        return []
    marks = _first_language(marks)
    return marks if len(marks) >= 2 and any(_SEVERAL_POSTS.search(line) for line in lines) else []


def _ref_line_blocks(lines: list[str]) -> list[tuple[int, str, Position | None, str | None]]:
    """(line, title, a position holding its vacancy number, its order) of each plain line naming a post with its own
    vacancy number in brackets ("Assistant Secretary General for Operations (ref. 250311, post of ASG/OPS)"), when two
    or more do, each with a number of its own."""
    marks: list[tuple[int, str, Position | None, str | None]] = []
    for i, line in enumerate(lines):
        if not line.rstrip(" \t*_").endswith(")"):  # (a cheap test first)
            continue
        title = clean(_HEAD_NUMBER.sub("", line[:m.start()].lstrip(" *_"))) if (
            m := _VACANCY_BRACKET.search(line)) else ""  # (also a memorandum's paragraph: "3. HEAD, X (vacancy N)")
        if m and names_post(title) and title[:1].isupper() and len(title.split()) <= _MAX_TITLE_WORDS \
                and (ref := gram.reference_value(m.group("ref"))):
            marks.append((i, title, (title, ref, i + 1, line.strip(), None, None, None), str(len(marks) + 1)))
    if len(marks) < 2 or len({mark[2][1] for mark in marks if mark[2]}) < len(marks):
        return []
    others = [line for i, line in enumerate(lines) if i not in {mark[0] for mark in marks}]
    out: list[tuple[int, str, Position | None, str | None]] = []
    for i, title, position, n in marks:  # (a title in capitals in ordinary case, but for the acronyms the text writes
        title = _in_case(title, others) if title.isupper() else title  # elsewhere)
        out.append((i, title, (title, *position[1:]) if position else None, n))
    return out



def _facts_below_blocks(lines: list[str]) -> list[tuple[int, str, Position | None, str | None]]:
    """(line, title, a position holding its vacancy number and grade, its order) of each line naming a post, perhaps
    numbered, whose next line gives its own facts in a row of cells opened by its vacancy number ("2. Senior Engineer
    (X)" / "Ref. 251503 | NATO Grade G17 | Salary (Pay Basis): 7,049.30 EUR"), when two or more do, each with a
    number of its own."""
    marks: list[tuple[int, str, Position | None, str | None]] = []
    for i, (line, below) in enumerate(itertools.pairwise(lines)):
        if not fold(below.lstrip(" *_-")).startswith(_reference_words()) or not (
                "|" in below or "·" in below or _LABELLED_FACT.match(below.strip(" *_-"))):
            continue  # (a cheap test first; a row of cells, or one labelled fact: "Vacancy number: 260318")
        title, own = _facts_after(clean(_ENUM.sub("", line.strip(" *_#"))))  # (the title's own facts after it: "X –
        # NATO Grade G17 – Post No. CYS 0412")
        facts = [_fact(cell.strip(), bare_grade=True) for cell in _CELL_BAR.split(below.strip(" *_"))]
        fields = {**own, **dict(reversed([f for f in facts if f]))}
        if fields.get("reference") and names_post(title) and title[:1].isupper() \
                and len(title.split()) <= _MAX_TITLE_WORDS and not title.endswith((".", ":")) \
                and (position := _fields_position({**fields, "title": title}, i + 1, line.strip())):
            marks.append((i, title, position, str(len(marks) + 1)))
    return marks if len(marks) >= 2 and len({mark[2][1] for mark in marks if mark[2]}) == len(marks) else []


_CELL_BAR = re.compile(r"\s[|·]\s")


@cache
def _reference_words() -> tuple[str, ...]:
    """The first words of the labels of a vacancy number ("ref", "vacancy", "requisition", "job")."""
    return tuple({label.split()[0] for label, name in header_labels().items() if name == "reference"})


def _ref_after_blocks(lines: list[str]) -> list[tuple[int, str, Position | None, str | None]]:
    """(line, title, a position holding its vacancy number and grade, its order) of each line naming a post, perhaps
    with its grade in brackets, then a dash and its own vacancy number ("PROCUREMENT OFFICER (A-2) – reference
    2026_00231"), when two or more do, each with a number of its own; a title in capitals in ordinary case."""
    marks: list[tuple[int, str, Position | None, str | None]] = []
    found = [(i, m) for i, line in enumerate(lines) if ("–" in line or "-" in line)  # (a cheap test first)
             and _REF_WORD.search(line) and (m := _TITLE_DASH_REF.match(line))]
    others = [line for i, line in enumerate(lines) if i not in {i for i, _ in found}]
    for i, m in found:
        line = lines[i]
        if names_post(m.group("t")) and len(m.group("t").split()) <= _MAX_TITLE_WORDS \
                and (ref := gram.reference_value(m.group("ref"))):
            named = _POST_NUMBER_AFTER.sub("", m.group("t"))  # (its post numbers set aside: "X – Post N° H-204")
            title = _in_case(named, others) if named.isupper() else clean(named)  # (in ordinary case, but for the
            # acronyms the text writes elsewhere)
            grade = m.group("g")
            marks.append((i, title, (title, ref, i + 1, line.strip(), grade, *read_codes(grade)), str(len(marks) + 1)))
    return marks if len(marks) >= 2 and len({mark[2][1] for mark in marks if mark[2]}) == len(marks) else []


_REF_WORD = re.compile(r"[Rr]ef|[Vv]acancy|REF|VACANCY")
_TITLE_DASH_REF = re.compile(r"[\s*_#]*(?P<t>[A-Z][^:\n]{2,100}?)\s*(?:\((?P<g>[ABCL][.-]?\d|G-?\d{1,2})\)\s*)?"
                             r"\s[–—-]\s+(?i:ref(?:erence)?\.?|vacancy)\s*(?i:no\.?|number|n[°º])?\s*:?\s*"
                             r"(?P<ref>[A-Z0-9][\w/.-]*\d[\w/.-]*)[\s*_]*$")


def _caps_blocks(lines: list[str]) -> list[tuple[int, str, Position | None, str | None]]:
    """(line, title, a position holding its vacancy number, its order) of each line in capitals naming a post alone
    ("HEAD, CAPABILITY ASSESSMENT SECTION"), its own vacancy number under its label in the lines below, when two or
    more do, each with a number of its own; the title in ordinary case, the text's acronyms kept."""
    marks: list[tuple[int, str, Position | None, str | None]] = []
    joined = "\n".join(lines)  # (one pass over the text: its lines of a vacancy number under its label)
    numbered = [joined.count("\n", 0, m.start("n")) for m in _BLOCK_REF.finditer(joined)]
    if len(numbered) < 2:
        return []
    for i in sorted({i for j in numbered for i in range(max(0, j - _TITLE_REACH), j)}):
        text = _CAPS_ENUMERATOR.sub("", lines[i].strip(" *_#\t"))  # (lettered: "A. OPERATIONAL RESEARCH ANALYST")
        if not text or not text.isupper() or len(text.split()) > _MAX_TITLE_WORDS or not names_post(text):
            continue
        title = _in_case(text, lines)
        if own := _own_reference(lines, i, title):
            marks.append((i, title, own, str(len(marks) + 1)))
    return marks if len(marks) >= 2 and len({mark[2][1] for mark in marks if mark[2]}) == len(marks) else []



_CAPS_ENUMERATOR = re.compile(r"^(?:[A-H]|\d{1,2})[.)]\s+")


def _in_case(text: str, lines: list[str]) -> str:
    """A title written in capitals in ordinary case: each word capitalised, connecting words in lower case, a word the
    text writes in capitals elsewhere (an acronym: "CIS") kept."""
    words = []
    for k, word in enumerate(text.split()):
        bare_word = word.strip("(),-–/")
        kept = bare_word and any(re.search(rf"(?<![\w-]){re.escape(bare_word)}(?![\w-])", line) and not line.isupper()
                                 and not line.partition(":")[2].isupper() for line in lines)  # (nor a label's value
        # in capitals: "Subject: VACANCIES IN THE X, BUDGET SECTION")
        low = word.lower()
        words.append(word if kept else low if k and low in _CONNECTORS else
                     re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), low, count=1))
    return " ".join(words)


_CONNECTORS = frozenset({"of", "and", "for", "the", "in", "to", "on", "de", "des", "du", "et", "la", "le"})


def _ref_first_blocks(lines: list[str]) -> list[tuple[int, str, Position | None, str | None]]:
    """(line, title, a position holding its vacancy number, its order) of each plain line opened by a post's vacancy
    number and a dash, the title alone after it ("Ref. NDC 05/26 - Faculty Adviser (X)", "Vacancy 25/031 – X"), the
    first one of each number (a list above that adds the title in French or the grade is not a block's opening), when
    two or more do."""
    marks: list[tuple[int, str, Position | None, str | None]] = []
    graded: dict[str, tuple[str, int, str]] = {}  # a number's grade, from a line of the list ("... - A-4 / G18")
    listed = {m.group("ref") for line in lines if "acanc" in line for m in _REF_IN_LIST.finditer(line)}
    for i, line in enumerate(lines):
        m = _REF_FIRST.match(line) or ((bare_ref := _BARE_REF_FIRST.match(line)) and bare_ref.group("ref") in listed
                                       and bare_ref)  # (its number bare, listed above as a vacancy number)
        if not m or not (ref := gram.reference_value(m.group("ref"))):
            continue
        title = clean(m.group("title"))
        title = _GRADE_TAIL.sub("", title) if ref not in graded and _GRADE_TAIL.search(title) and names_post(
            _GRADE_TAIL.sub("", title)) and m.re is _BARE_REF_FIRST else title  # ("26/101 - X - Grade A-2")
        if (grade := _TRAILING_GRADE_WORD.search(title)) and ref not in graded:
            graded[ref] = (clean(title[title.rfind(" - ") + 3:]) if " - " in title else grade.group(0), i + 1,
                           line.strip())
        elif names_post(title) and " / " not in title and len(title.split()) <= _MAX_TITLE_WORDS \
                and ref not in {mark[2][1] for mark in marks if mark[2]}:
            grade_at = graded.get(ref)
            codes = read_codes(grade_at[0]) if grade_at else (None, None)
            marks.append((i, title, (title, ref, grade_at[1], grade_at[2], grade_at[0], *codes) if grade_at and any(
                codes) else (title, ref, i + 1, line.strip(), None, None, None), str(len(marks) + 1)))
    return marks if len(marks) >= 2 else []


_REF_FIRST = re.compile(r"^[\W_]*(?:Ref(?:erence)?\.?|Vacancy)\s*(?:No\.?\s*|N[°º]\s*|Number\s*)?:?\s*"  # ("Vacancy
# 25/031 – Staff Assistant (X)" over its block, as a page's heading)
                        r"(?P<ref>[A-Z0-9][\w/.-]{0,20}(?:\s[\w/.-]{1,12})?)"
                        r"\s+[–—-]\s+(?P<title>[A-Z][^\n]{2,120}?)[\s*_]*$")
# ... or bare, when a line naming vacancies lists it ("Vacancy numbers: 26/101 (X); 26/102 (Y)" / "26/101 - X - Grade
# A-2").
_BARE_REF_FIRST = re.compile(r"^[\W_]*(?P<ref>\d{2,4}/\d{2,4}|\d{4}_\d{3,5})\s+[–—-]\s+"
                             r"(?P<title>[A-Z][^\n]{2,120}?)[\s*_]*$")
_REF_IN_LIST = re.compile(r"(?<![\w/])(?P<ref>\d{2,4}/\d{2,4}|\d{4}_\d{3,5})(?![\w/])")
_GRADE_TAIL = re.compile(r"\s+[–—-]\s+(?:NATO\s+)?Grade\s+(?:[ABCL][.-]?\d|G-?\d{1,2})\s*$", re.I)
_TRAILING_GRADE_WORD = re.compile(r"(?<![\w.])(?:[ABCL][.-]?\d|G-?\d{1,2})\s*$")


# A notice saying it fills several posts: "the following two international civilian posts", "Vacancy Notices".
_SEVERAL_POSTS = re.compile(r"\b(?:two|three|four|five|six|several|both|[2-9]|following)\s+"
                            r"(?:(?!years?\b|months?\b)[\w-]+\s+){0,3}"
                            r"(?:posts|positions|vacancies|roles)\b|"
                            r"\bvacancy\s+notices\b", re.I)
_POST_HEADING = re.compile(r"^#{1,4}\s+(?:(?:\d{1,2}|[A-H]|[ivx]{1,4})[.)]\s+)?(?P<title>[^#\n]{3,150}?)\s*#*\s*$")
_DASH_SPLIT = re.compile(r"\s+[–—-]\s+")


def _sections_restart(lines: list[str], starts: list[int]) -> bool:
    """Whether each block has numbered sections of its own: the first block's numbered headings ("1. POST CONTEXT")
    stand again in the next one, so they do not end a block."""
    if len(starts) < 2:
        return False
    first = {fold(lines[j]) for j in range(starts[0], starts[1]) if _NUMBERED_HEAD.match(lines[j])}
    return bool(first & {fold(lines[j]) for j in range(starts[1], len(lines)) if _NUMBERED_HEAD.match(lines[j])})


def _listed_beyond(lines: list[str], marks: list[tuple[int, str, Position | None, str | None]]
                   ) -> tuple[list[tuple[int, Position]], list[tuple[int, int]]]:
    """(line, position) of each item of a list above the blocks, serialled as they are, past the last block's serial
    ("(1) X", "(2) Y", "(3) Z" above "POST (1) - X" and "POST (2) - Y", the text cut short before Z's block), and the
    span of every item of the list (its line and its details up to the next item or a blank line)."""
    numbers = [mark[3] for mark in marks]
    first = min(mark[0] for mark in marks)
    items = [(i, m.group("n").upper()) for i, line in enumerate(lines[:first]) if (m := _LIST_SERIAL.match(line))]
    if len(items) <= len(numbers) or [n for _, n in items[:len(numbers)]] != numbers:
        return [], []
    starts = [i for i, _ in items]
    spans = [(a, next((j for j in range(a + 1, first) if j in starts or not lines[j].strip()), first))
             for a in starts]
    found = [(i, _position(make_lines(lines[i])[0]._replace(no=i + 1))) for i, _ in items[len(numbers):]]
    return [(i, position) for i, position in found if position is not None], spans


_LIST_SERIAL = re.compile(r"^[\s*_-]*\(?(?P<n>\d{1,2}|[A-F])[.)]\s+\S", re.I)


def _first_marks(marks: list[tuple[int, str, Position | None, str | None]]
                 ) -> list[tuple[int, str, Position | None, str | None]]:
    """Each block's first mark: a block number that stands again below ("Post A: Officer, X" ... "POST A: OFFICER,
    X" above its qualifications) opens a part of that block's post, not another post."""
    seen: set[str | None] = set()
    return [mark for mark in marks if not (mark[3] in seen or seen.add(mark[3]))]


def _named_parts(lines: list[str], marks: list[tuple[int, str, Position | None, str | None]]
                 ) -> list[tuple[int, int, str]]:
    """(start, stop, post) of each part of a shared section opened by a line naming one block's post alone, by its
    title or its title's head, perhaps with its vacancy number ("Senior Analyst (26/0211):" / its requirements, or
    "PANEL ASSISTANT" in capitals), up to the next such line or section heading."""
    refs = tuple(mark[2][1] for mark in marks if mark[2])
    names: dict[str, str] = {}
    heads = [fold(_TITLE_HEAD.split(mark[1], 1)[0]) for mark in marks]
    for mark, head in zip(marks, heads, strict=True):
        if mark[3]:
            names[fold(mark[1])] = mark[3]
            if mark[2] and mark[2][1]:
                names[fold(mark[2][1])] = mark[3]
            if heads.count(head) == 1:
                names.setdefault(head, mark[3])
    first = max(mark[0] for mark in marks)
    starts = [(i, names[named]) for i, line in enumerate(lines) if i > first
              and (line.rstrip().endswith(":") or ((bare := _PAGE_OPEN.sub("", line.strip()))[:1].isalpha()
                                                   and bare.isupper())  # (or "PANEL EXECUTIVE" in capitals above its
                   # part, not a numbered section: "4. POST 11/0715 - X"; a transcription's page number may open it:
                   # "2 VACANCY 24/031 - SECTION HEAD (X)")
                   or _LEADING_POST_NUMBER.match(line.strip()))  # (or after its post number: "LS-23 - Senior X")
              and len(line) <= _NAMED_CHARS
              and (named := _heading_title(_PAGE_OPEN.sub("", line.strip()).rstrip(":"), refs)) in names]
    return _parts(lines, starts, _numbered_or_caps) if len({n for _, n in starts}) >= 2 else []


_NAMED_CHARS = 120
_PAGE_OPEN = re.compile(r"^\d{1,2}\s+(?=[A-Z]{2})")  # a document site's page number opening a line ("2 VACANCY ...")


def _repeated_marks(lines: list[str], marks: list[tuple[int, str, Position | None, str | None]]
                    ) -> list[tuple[int, int, str]]:
    """(start, stop, post) of each part opened by a block's number standing again, up to the next such line or
    numbered section."""
    firsts = {mark[0] for mark in marks}
    numbers = {mark[3] for mark in marks if mark[3]}
    below = min(firsts, default=0)
    starts = [(i, n) for i, line in enumerate(lines) if i > below and i not in firsts
              and (n := _block_number(line)) in numbers]
    parts = _parts(lines, sorted(starts + [(i, None) for i in firsts]),  # (a block's own start ends a part too)
                   lambda line: bool(_NUMBERED_HEAD.match(line) or (_HEAD_NUMBER.match(line) and _is_heading(line))))
    parts = [(a, b, n) for a, b, n in parts if n is not None]
    # a list item opened by the number ("- POST 2: at least 3 years ...") is that item alone, not what follows it
    parts = [(a, next((j for j in range(a + 1, b) if _ITEM_START.match(lines[j]) or not lines[j].strip()), b)
              if _ITEM_START.match(lines[a]) else b, n) for a, b, n in parts]
    # ... and a line opened by the number as its subject, naming no other, is that line ("Post 1 reports to the
    # Director. Direct reports: 2.")
    return parts + [(i, i + 1, m.group("n").upper()) for i, line in enumerate(lines) if i > below
                    and (m := _SERIAL_SUBJECT.match(line)) and m.group("n").upper() in numbers
                    and len({x.upper() for x in _SERIAL_NAMED.findall(line)}) == 1]


_ITEM_START = re.compile(r"^\s*[-•*▪]\s")


def _block_number(line: str) -> str | None:
    """The number of the block a line opens a part of: "Post 2: ...", "Post 2 (essential):", or a heading said of one
    post after a dash ("Essential - Post A:")."""
    if m := _BLOCK.match(line):
        return m.group("n").upper()
    if len(line) <= _NAMED_CHARS and (part := _PART_MARK.match(line) or _PART_AFTER.search(line)) \
            and not _SERIAL_JOIN.search(serials := part.group("serials").strip(" .")):
        return serials.strip("()").upper()
    return None


def _graded(title: str, no: int, evidence: str) -> Position | None:
    """A block's title line as a position when it carries its grade in brackets ("Officer, X (A.2 / NATO Grade
    G15)")."""
    if not (grade := _GRADE.search(title)):
        return None
    code, nato = _codes(grade.group("letter"), grade.group("num"), grade.group("g1") or grade.group("g2"))
    return clean(title[:grade.start()] + title[grade.end():]), None, no, evidence, clean(grade.group(0)), code, nato


_N = TypeVar("_N")


def _parts(lines: list[str], starts: Sequence[tuple[int, _N]], ends: Callable[[str], bool]
           ) -> list[tuple[int, int, _N]]:
    """(start, stop, post) of each part opened at a start, up to the next start, a line said of every post, or a line
    `ends` stops at."""
    out = []
    for k, (start, n) in enumerate(starts):
        limit = next((a for a, _ in starts[k + 1:] if a > start), len(lines))  # (a line may open two posts' part)
        stop = next((j for j in range(start + 1, limit) if _SHARED.match(lines[j]) or _FOR_EVERY_POST.search(lines[j])
                     or ends(lines[j])), limit)
        out.append((start, stop, n))
    return out


def _numbered_or_caps(line: str) -> bool:
    """A numbered section heading in capitals, a line in capitals ("DESIRABLE") or a numbered or markdown section
    heading ("## 4. Desirable Qualifications"): the end of a post's part."""
    return bool(_NUMBERED_HEAD.match(line) or _CAPS_LINE.match(_PAGE_OPEN.sub("", line.strip()))
                or (_MARKED_HEAD.match(line) and _is_heading(line)))  # (a transcription's "4 CONDITIONS OF ...")


_MARKED_HEAD = re.compile(r"^\s*(?:#{1,6}\s|\d{1,2}\s*[.)]\s)")


def _above_heading(lines: list[str], start: int, stop: int) -> int:
    """A block's end moved above the section heading that stands right over the line it ends at ("## 3. Essential
    Qualifications" over "Common to both posts."): the heading opens what the posts share."""
    if stop >= len(lines) or _is_heading(lines[stop]):
        return stop
    j = stop - 1
    while j > start and not lines[j].strip():
        j -= 1
    return j if j > start and _is_heading(lines[j]) else stop


def _parts_for_posts(lines: list[str]) -> list[tuple[int, int, str]]:
    """(start, stop, post) of each part of a shared section said to hold for one post ("For Post A ...", or "POST 2"
    alone above its own vacancy number, grade and pay)."""
    starts = [(i, m.group("n").upper()) for i, line in enumerate(lines) if (m := _FOR_POST.match(line))
              or ((m := _POST_SECTION.match(line) or _SECTION_POST.match(line)) and fold(m.group("head")) in headings())
              or (m := _BARE_BLOCK.match(line))  # "POST 2" above that post's own header fields
              or ((m := _SECTION_FOR_POSTS.match(line)) and fold(m.group("head")) in headings())]
    starts = sorted(starts + [(i, numbered[0].upper()) for i, line in enumerate(lines)
                              if (numbered := _numbers_mark(line))])  # "POSITION 2 - Reference 251303" above its fields
    items = [(i, m.group("n").upper()) for i, line in enumerate(lines) if (m := _POST_ITEM.match(line) or
                                                                           _POST_ROW.match(line))]
    out = [(i, i + 1, n) for i, n in items]  # an item said of one post: "Post B: at least 3 years' experience in ..."
    for start, stop, ns in _parts(lines, starts, lambda line: _numbered_or_caps(line) or bool(_BLOCK.match(line))):
        # (a part ends at the next post's block: "**Competencies – Post 1.**" ... "## Post 2 – Panel Assistant")
        if (_BARE_BLOCK.match(lines[start]) or _numbers_mark(lines[start])) and lines[start][:1] != "#":  # its
            # header fields end at a blank line (a
            # heading's part, "### Position A" under "## Requirements", at the next heading)
            stop = next((j for j in range(start + 1, stop) if not lines[j].strip()), stop)
        out += [(start, stop, n) for n in _NUMBER_SPLIT.split(ns)]  # (one part said of several posts: each's)
    return out


_POST_ITEM = re.compile(r"^[\W_]*(?:" + MARK_WORDS + r")\s+(?P<n>\d{1,2}|[A-F])\s*:\s*(?=(?-i:[a-z]))", re.I)
# A header's row of one post's fields: "POST 2   VACANCY No: 260906   TITLE: Assistant, X   GRADE: B.3 / NATO Grade G8".
_POST_ROW = re.compile(r"^[\W_]*(?:" + MARK_WORDS + r")\s+(?P<n>\d{1,2}|[A-F])(?:\s{2,}|\t)(?=[^:\n]{2,30}:)", re.I)


# A section heading said of some posts in brackets, perhaps after their title: "### Essential – Panel Executives
# (Posts 1 and 2)", "Essential – Panel Assistant (Post 3)".
_SECTION_FOR_POSTS = re.compile(r"^[\W_]*(?P<head>\w[^:()–—]{2,80}?)(?:\s+[–—-]\s+[^:()]{2,80}?)?\s*\(\s*(?:Posts?|"
                                r"Positions?)\s+(?P<n>(?:\d{1,2}|[A-F])(?:\s*(?:,|and|&)\s*(?:\d{1,2}|[A-F])){0,4})\s*\)"
                                r"[\s*_:]*$", re.I)
_NUMBER_SPLIT = re.compile(r"\s*(?:,|AND|&)\s*")


def _tabled_mark(mark: tuple[int, str, Position | None, str | None], tabled: list[Position]
                 ) -> tuple[int, str, Position | None, str | None]:
    """A block's mark with the row of the table of posts its title opens with ("Post 1 — Assistant (X), LC 22/07"
    is the row "| LC 22/07 | ... | Assistant (X) | B-4 |"), or that opens with its title: the row's title and
    position."""
    line, title, _, number = mark
    bare_title = _TRAILING_GRADE.sub("", title)  # ("Post 1 - Section Head (X), NG20")
    row = next((p for p in tabled if fold(title).startswith(fold(p[0])) and (p[1] is None or p[1] in title
               or fold(bare_title) == fold(p[0]))), None)
    if row is None:  # ... or the row whose title the block names short ("Post 1 – Panel Executive" of "Panel
        shortened = [p for p in tabled if fold(p[0]).startswith(fold(title) + " ")]  # Executive, SAS Panel")
        row = shortened[0] if len(shortened) == 1 else None
    return (line, row[0], row, number) if row else mark


def _names_alone(line: str, position: Position) -> bool:
    """Whether a line is the position's title alone, perhaps numbered and with its vacancy number in brackets."""
    return _heading_title(_GRADE.sub("", _COUNT_NOTE.sub("", line)), (position[1],)) == fold(position[0])  # ("X (2
    # posts)", "B. X (G20)")


def _heading_title(line: str, refs: tuple[str | None, ...]) -> str:
    """A line standing as a post's heading, folded, without its number ("2. POST A –"), its vacancy number (in
    brackets, after a dash, or after "Vacancy") and its grade after a comma ("1. PANEL OFFICER, X PANEL (CSO-25-07)",
    "A. VACANCY 25-041 STAFF OFFICER (X), A-3": "panel officer, x panel", "staff officer (x)")."""
    text = line.strip(" *#_:")
    enum = _ENUM.match(text) or _HEAD_NUMBER.match(text)
    text = text[enum.end():] if enum else text
    text = text[mark.end():] if (mark := _POST_MARK.match(text)) else text
    text = text[lead.end():] if (lead := _LEADING_POST_NUMBER.match(text)) else text  # "FQ-11 – SECTION CHIEF, X"
    text = _SERIAL_NOTE.sub("", text)  # "Assistant (Budget) (Serial 1):"
    text = _MUST_END.sub("", _FOR_TITLE.sub("", text))  # "Essential for the Assistant, X:", "In addition, the X must:"
    if (labelled := gram.reference_pattern().fullmatch(text)) and labelled.group("ref") in refs:
        return fold(labelled.group("ref"))  # its vacancy number alone under its label: "a. Staff Vacancy 260611:"
    for ref in refs:
        if ref and text.endswith(f"({ref})"):
            text = text[:-len(ref) - 2].rstrip()
        elif ref and (dashed := re.search(rf"\s*(?:,|\s[–—-])\s+(?:(?:vacancy|ref(?:erence)?)\.?\s*"
                                          rf"(?:no\.?|number|n°)?\s*)?{re.escape(ref)}$", text, re.I)):
            # "X - JFCBS 26/03", "X - Vacancy No. 25/NP/31"
            text = text[:dashed.start()]
        elif ref and (named := re.match(rf"(?:(?:vacancy|post)\s+(?:no\.?\s*)?)?{re.escape(ref)}\s*[–—:-]?\s+", text,
                                        re.I)):  # ("Vacancy 25-041 X", "ACT 26/031 - X": its number first)
            text = text[named.end():]
    if (graded := _TRAILING_GRADE.search(text)) and graded.start() > 0:
        text = text[:graded.start()]
    if (numbered := _POST_NUMBER_AFTER.search(text)) and numbered.start() > 0:
        text = text[:numbered.start()]
    return fold(text)


_FOR_TITLE = re.compile(r"^(?:(?:in\s+addition|additionally|moreover)\s*,?\s*)?"
                        r"(?:(?:additional\s+|essential\s+|desirable\s+)?"
                        r"(?:essential|desirable|requirements?|qualifications?|competencies|duties|responsibilities|"
                        r"accountabilities)\s*"
                        r"(?:\s(?:for|of)|[–—:,-])\s+)?(?:(?:candidates?|applicants?)\s+for\s+|for\s+(?=the\s))?(?:the\s+)?",
                        re.I)  # a heading said of one post by its title ("Essential for the X", "ESSENTIAL — X",
# "In addition, candidates for the X (G15) post must:")
_MUST_END = re.compile(r"(?:(?:\s+[–—-]\s+|[.*_,]*\s+)the\s+(?:incumbent|candidate|post\s?holder)s?)?"  # ("X – the
                       # incumbent must:", "**X.** The incumbent must:")
                       rf"(?:\s+(?:post|position))?\s+{_MUST_VERB}(?:\s+(?:have|be|possess|demonstrate))?\s*$",
                       re.I)
_SERIAL_NOTE = re.compile(r"\s*\((?:serial|post|position)\s+(?:\d{1,2}|(?-i:[A-F]))\)[\s:]*$", re.I)


def without_serial(title: str) -> str:
    """A position's title without its serial in brackets ("Officer, Arms Control (Post A)", "X (Serial 1)")."""
    return _SERIAL_NOTE.sub("", title) or title
_POST_MARK = re.compile(rf"(?:{MARK_WORDS}|Part)\s+(?:\d{{1,2}}|[A-F]|{BRACKETED_SERIAL})"
                        r"(?:\s*[:.)–—-]\s*|\s+(?=(?-i:[A-Z])))", re.I)  # "POST A – X", "Post (ii)  X"
_POST_NUMBER_AFTER = re.compile(r"\s[–—-]\s+Post\s+(?:N[°º]|No\.?|number)\s*[\w/ -]{1,30}$"  # ("X – Post N°
                                # H-218 / H-219")
                                r"|\s*\(\s*Post\s+(?:N[°º]s?|Nos?\.?|numbers?)\s*[\w/ &,-]{1,40}\)$"  # ... or in
                                # brackets with its label: "X (Post N° F-214 and F-219)"
                                r"|\s*\((?-i:[A-Z]{1,4})-\d{1,4}(?-i:[A-Z])?\)$"  # ... or in brackets: "X (F-14)",
                                r"|\s*\((?-i:[A-Z]{2,6}(?:\s[A-Z]{2,6}){0,2})\s?\d{3,4}\)$", re.I)  # "X (SPDA0012)",
# "X (OSC BTS 0010)"
# A grade closing a post's heading, after a comma or a dash: "STAFF OFFICER (X), A-3", "X - NG 17 (A-3)".
_TRAILING_GRADE = re.compile(r"(?:,\s*|\s[–—-]\s+)(?:(?:NATO\s+Grade|NG)\s?\d{1,2}"
                             r"|(?:NATO\s+Grade\s+)?(?:[ABCL][.-]?\d|G-?\d{1,2}))"
                             r"(?:\s*/\s*G-?\d{1,2}|\s*\([ABCL][.-]?\d\))?\s*$", re.I)


_HEAD_NUMBER = re.compile(r"^[\s#*]*(?:\d{1,2}|[A-H]|[IVX]{1,4})\s*[.)]\s+")


def _numbered_heading(line: str) -> bool:
    """A numbered section heading ("3. MAIN ACCOUNTABILITIES"), which ends a part over sub-headings."""
    return bool(_HEAD_NUMBER.match(line)) and _is_heading(line)


def _is_heading(line: str) -> bool:
    """A section heading of a notice, numbered or not ("3. Essential Qualifications.", "DESIRABLE")."""
    return _section_key(line) is not None


def _section_key(line: str) -> str | None:
    """The section a heading opens (headings.csv), numbered or not, perhaps run in before its text after a colon
    when numbered ("4. CONTRACT: SUCCESSFUL CANDIDATES ..."); None for other lines."""
    text = line.strip(" *#_:.")
    number = _HEAD_NUMBER.match(text)
    body = text[number.end():] if number else text
    found = headings().get(fold(body)) or (headings().get(fold(body.split(":", 1)[0])) if number else None)
    return found[0] if found else None


def _shared_tail(lines: list[str], starts: list[int]) -> int:
    """Where the last block stops: when each block has sections of its own, at the first of the headings closing the
    text of kinds the first block has not (the CONTRACT and RECRUITMENT sections every post shares); when the blocks
    have none, at the first heading after its title; the text's end when there are none."""
    first = {key for j in range(starts[0], starts[1]) if (key := _run_in_key(lines[j]))}
    tail = len(lines)
    for j in range(len(lines) - 1, starts[-1], -1):
        if (key := _run_in_key(lines[j])) is not None:
            if key in first:
                break
            tail = j
    if not first:  # blocks without headings of their own: a heading after the last block's title opens what all
        # share, or, after a blank line, a header field the first block has not ("Post A: X" / "  NATO Grade: A-2" /
        # "Post B: Y" / "  NATO Grade: B-5" / "" / "Closing Date: 17 October 2029")
        own = {fold(m.group("label")) for j in range(starts[0] + 1, starts[1])
               if (m := _LABELLED_FACT.match(lines[j].lstrip()))}
        return next((j for j in range(starts[-1] + 1, len(lines)) if _section_key(lines[j]) or (
            own and not lines[j - 1].strip() and (m := _LABELLED_FACT.match(lines[j].lstrip()))
            and fold(m.group("label")) not in own and fold(m.group("label")) in header_labels())), len(lines))
    return tail



def _run_in_key(line: str) -> str | None:
    """The section a heading opens, or a label run in before its text ("Contract: an initial ... contract")."""
    label, colon, _ = line.partition(":")
    return _section_key(line) or (_section_key(label) if colon and len(label) <= _LABEL_CHARS else None)


_LABEL_CHARS = 40


def _wrapped(lines: list[str], i: int) -> bool:
    """Whether line i ends a sentence wrapped from the line above ("The incumbents report to the" / "Section Head,
    X."): a title named in a sentence, not standing as a heading."""
    above = lines[i - 1].rstrip() if i else ""
    return bool(above) and above[-1:].isalpha() and lines[i].rstrip().endswith(".")


def _titled_parts(lines: list[str], listed: list[Position]) -> list[tuple[str, str, int, Position | None]]:
    """Each listed position's parts, for a notice whose sections each name the posts in turn ("2. Principal Duties" /
    "Officer (X):" / its duties / "Assistant (Y):" / its duties / "3. Essential Qualifications" / "Officer (X):" ...):
    a title's lines up to the next title, heading or line said of every post; [] unless a title stands twice."""
    below = max(p[2] for p in listed)
    shared = _shared_heads(listed)
    marks = [(i, k) for i in range(below, len(lines)) for k, p in enumerate(listed) if (_names_alone(lines[i], p)
             or k in shared.get(_heading_title(_COUNT_NOTE.sub("", lines[i]), ()), ())) and not _wrapped(lines, i)]
    counts = [sum(1 for _, k in marks if k == n) for n in range(len(listed))]
    if min(counts) < 1 or max(counts) < 2:
        return []
    headed = {i for i, _ in marks if _is_heading(next((line for line in lines[i + 1:] if line.strip()), ""))}
    spans = [span for span in _parts(lines, marks, _is_heading) if span[0] not in headed] + [
        span for span in _parts(lines, marks, _numbered_heading) if span[0] in headed]  # (a title over its own
    # sub-headings, "HEAD, X (260734)" / "ESSENTIAL" / ..., heads a part up to the next numbered heading)
    out = []
    for k, position in enumerate(listed):
        own = {j for a, b, n in spans if n == k for j in range(a, b)}  # (a part headed "Executive Officers" is two's)
        blank = {j for a, b, n in spans if n != k for j in range(a, b)} - own
        blank |= {p[2] - 1 for p in listed if p is not position} | _others_items(lines, listed, position)
        kept = ["" if j in blank else text_line for j, text_line in enumerate(lines)]
        out.append(("\n".join(kept), position[0], position[2], position))
    return out


def _without_related_tail(lines: list[str]) -> list[str]:
    """The lines with a viewer's list of other documents below the notice blanked ("Similar documents" / "Vacancy
    Notice. Vacancy Number: ..."): their titles and numbers are other notices', no block of this one."""
    keys = [found[0] if len(line) <= _HEADING_CHARS and (found := headings().get(fold(line.strip(" #*_:")))) else None
            for line in lines]  # (only a short line can be a heading: the long ones are not folded)
    start = next((i for i, key in enumerate(keys) if key == "related"), None)
    if start is None or "document" in keys[start:]:
        return lines  # (a list above the notice's own text, its transcription below it, is dropped when segmented)
    return lines[:start] + [""] * (len(lines) - start)


_HEADING_CHARS = 60


def post_blocks(text: str, listed: list[Position] | None = None) -> list[tuple[str, str, int, Position | None]]:
    """(text, title, line, position) of each post a notice describes in a block of its own: the text keeps every
    line number, the other posts' blocks (and their lines in a list of positions) blanked; [] when the notice
    has no such blocks. Blocks open with "Post 1 – <title>", or, for the `listed` positions of a notice that
    describes them one by one, with each position's title standing again as a line of its own."""
    lines = _without_related_tail(text.split("\n"))
    if listed and (sections := _titled_parts(lines, listed)):
        return sections
    if listed:
        below = max(p[2] for p in listed)
        found = [next((i for i in range(below, len(lines)) if _names_alone(lines[i], p)), None) for p in listed]
        if None in found or found != sorted(found):
            return []
        # (line, title, the listed position, the block's number: "Post 1" / "For Post 1", its serial in the list)
        serials = [(m.group("n").upper() if (m := _SERIAL_ITEM.match(p[3])) else None) for p in listed]
        serials = serials if None not in serials and len(set(serials)) == len(serials) else [None] * len(listed)
        marks: list[tuple[int, str, Position | None, str | None]] = [
            (i, p[0], p, n) for i, p, n in zip(found, listed, serials, strict=True)]
    else:
        marks = _first_marks([(i, graded[0] if (graded := _graded(t, i + 1, line.strip()) or
                                                _labelled_fields(t, i + 1, line.strip()) or _with_number(t, i, line))
                               else clean(t), graded, m.group("n").upper())
                              for i, line in enumerate(lines) if (m := _BLOCK.match(line))
                              and (t := _BLOCK_UNIT.sub("", _RUN_IN.sub("", _INTRO_AFTER.sub("", m.group("title")))))
                              and names_post(t) and not _DUTIES_INTRO.search(t) and not _SENTENCE_START.match(t)])
        if not marks:  # "POST 1" alone, its title under a label in the block ("Job Title: Staff Officer (X)")
            marks = [(i, title, _own_reference(lines, i, title), m.group("n").upper()) for i, line in enumerate(lines)
                     if (m := _BARE_BLOCK.match(line)) and (title := _titled_below(lines, i))]
        if not marks:  # "Post 1 - Post N° L-217 / Ref. No 2026_00341", its title the line below
            marks = [(i, title, (title, ref, i + 1, line.strip(), None, None, None) if ref else None, n)
                     for i, line in enumerate(lines) if (numbered := _numbers_mark(line))
                     and (title := _titled_below(lines, i)) for n, ref in (numbered,)]
        if not marks:  # (the first reading that finds two blocks or more: one block is none)
            readings = (_labelled_blocks, _title_label_blocks, _place_blocks, _heading_blocks, _ref_line_blocks,
                        _ref_after_blocks, _ref_first_blocks, _facts_below_blocks, _caps_blocks, _field_row_blocks)
            marks = next((found for read in readings if len(found := read(lines)) >= 2), [])
        if marks and (tabled := table_of_posts(list(enumerate(lines, start=1)))):
            marks = [_tabled_mark(mark, tabled) for mark in marks]
    if len(marks) < 2 or (len({fold(mark[1]) for mark in marks}) < len(marks) and not _repeated(lines, marks)
                          and not all(_PLACE_MARK.match(lines[mark[0]]) for mark in marks)):
        return []  # (one title twice is one post, unless a board repeats its notice, or its block, for each place)
    parts = _parts_for_posts(lines) + _title_parts(lines, marks) + _repeated_marks(lines, marks) \
        + _named_parts(lines, marks)
    part_starts = {a for a, _, _ in parts}
    own_sections = _sections_restart(lines, [mark[0] for mark in marks])
    spans = []
    for k, (start, *_) in enumerate(marks):
        stop = marks[k + 1][0] if k + 1 < len(marks) else _shared_tail(lines, [mark[0] for mark in marks])
        stop = next((j for j in range(start + 1, stop) if _SHARED.match(lines[j]) or _FOR_EVERY_POST.search(lines[j])
                     or (_NUMBERED_HEAD.match(lines[j]) and not own_sections) or j in part_starts), stop)
        stop = _above_heading(lines, start, stop)
        if not _has_text(lines[start + 1:stop], 1 if listed else _BLOCK_LINES):
            return []
        spans.append((start, stop))
    out = []
    for (start, _), (line, title, position, number) in zip(spans, marks, strict=True):
        blank = {j for a, b in spans if a != start for j in range(a, b)}
        blank |= {p[2] - 1 for p in listed or [] if p is not position} | _others_items(lines, listed, position)
        mine = {(a, b) for a, b, n in parts if n == number}
        blank |= {j for a, b, n in parts if number is not None and (a, b) not in mine for j in range(a, b)}
        kept = ["" if j in blank else text_line for j, text_line in enumerate(lines)]
        out.append(("\n".join(kept), title, line + 1, position))
    beyond, items = ([], []) if listed else _listed_beyond(lines, marks)  # (a post the list names that no block
    for i, position in beyond:  # describes, the text cut short above its block, has what the blocks share)
        blank = {j for a, b in spans for j in range(a, b)} | {j for a, b in items if a != i for j in range(a, b)}
        kept = ["" if j in blank else text_line for j, text_line in enumerate(lines)]
        out.append(("\n".join(kept), position[0], i + 1, position))
    return out
