"""Post identity fields: header labels, reference, body, division, location, grade, pay, deadline, reports-to
(the title is read by `title.py`)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import pairwise, takewhile

from analysis.extract import clean, sentence_span, title_shaped
from analysis.extract import grammar as gram
from analysis.reference import (
    fold,
    header_label_langs,
    header_labels,
    organisations,
    post_families,
    post_noun,
    read_csv,
    terms,
)
from analysis.segment import Line, Notice, is_page_furniture, serial_index

# Phrases after which a grade is the supervisor's, not the post's.
_REPORTING = re.compile(r"\breport(?:s|ing)?\s+(?:directly\s+)?to\b|\bunder\s+the\s+(?:direct\s+)?supervision\s+of\b|"
                        r"\bsupervised\s+by\b|\bsupervisor\b", re.I)


@dataclass(frozen=True)
class Found:
    """A value and where it was read."""

    value: object
    line: Line
    start: int = 0
    end: int | None = None
    either_way: bool = False  # a date whose day and month could swap

    @property
    def lineno(self) -> int:
        """Source line where the evidence starts."""
        if self.end is None:  # the whole line, less what its evidence trims ("- " of an empty bullet joined to it)
            return self.line.line_at(0)
        return self.line.line_at(sentence_span(self.line.norm, self.start, self.end)[0])

    @property
    def evidence(self) -> str:
        if self.end is None:
            return self.line.evidence()
        s, e = sentence_span(self.line.norm, self.start, self.end)
        return self.line.evidence(s, e)


_UNIT = (r"(?:[A-Z][\w'&-]*|\([A-Z/&]+\)|and|of|for|the|on)"
         r"(?:\s+(?:[A-Z][\w'&-]*|\([A-Z/&]+\)|and|of|for|the|on))*?\s+"
         r"(?:Division|Directorate|Unit|Section|Branch|Bureau)\b|Office of the [A-Z][\w]*(?: [A-Z][\w]*)*")
_DIVISION_VERB = re.compile(rf"\b(?:leads|manages|heads|directs|runs|dirige)\s+(?:the|la|le)\s+(?P<v>{_UNIT})")
_DIVISION_SUBJECT = re.compile(rf"^\s*The\s+(?P<v>{_UNIT})\s+(?:is|leads|has|develops)\b")
_DIVISION_IN = re.compile(r"\b(?:in|within)\s+the\s+(?P<v>Office of the Secretary General(?:\s*\([A-Z]+\))?)")
_REPORTS = re.compile(
    r"\b(?P<verb>reports?(?:\s+directly)?\s+to|all of whom report to|relève(?:\s+directement)?\s+d[eu]"
    r"(?:\s+la|\s+l')?)\s+(?:the\s+|la\s+|le\s+)?(?P<who>[^\n]+?)(?=,\s+and\b|\s+and\s+(?:works|advises|is|are|"
    r"will|has|liaises|collaborates)\b|[.;]|,\s+(?:who|which)\b|[ \t]*$)", re.I | re.M)


@cache
def _inline_labels() -> re.Pattern[str]:
    forms = sorted({w for r in read_csv("header_labels.csv") for w in r["written"].split("|") if w}
                   | _sentence_case_forms(), key=len, reverse=True)
    return re.compile("(?P<label>" + "|".join(re.escape(f) for f in forms) + ")(?![a-z])")


@cache
def _sentence_case_forms() -> frozenset[str]:
    """Labels of several words also written in sentence case ("Vacancy reference", "Closing date"); such a
    form is a label only before a colon, a dot leader or a figure, since a sentence may open with the same words."""
    forms = {w for r in read_csv("header_labels.csv") for w in r["written"].split("|") if w}
    return frozenset(f[0] + f[1:].lower() for f in forms if " " in f and not f.isupper()) - forms


# Dots (or an ellipsis) leading from a label to its value: "Grade ........ A.6".
_LEADER = re.compile(r"\s*(?:\.{2,}|…)[\s.…]*")
_FLATTENED_LABELS = 3  # this many labels of several words on one line: a header flattened onto it
# A figure right after a label: a number, a date or a code's digits.
_FIGURE = re.compile(r"[ \t]+\d")
# The label's translation after a slash, then its colon: "Vacancy reference / Référence de l'avis : 250611".
_TRANSLATED = re.compile(r"\.?\s*/\s*[^:/\n]{1,40}?\s*:")  # (after an abbreviation's dot: "No. / N° :")
# ... or a note saying whom it is for: "Grade (both posts): A.2", "Closing date (all positions):".
_FOR_ALL = re.compile(r"\s*\((?:for\s+)?(?:both|all|each|the\s+two)\s+(?:posts?|positions?|vacancies)\)\s*:", re.I)


def post_noun_end(text: str) -> int | None:
    """Where the last word naming a post ends in text ("Senior Assistant Meeting Support": after "Assistant")."""
    found = list(post_noun().finditer(text))
    return found[-1].end() if found else None


def names_post(text: str) -> bool:
    """Whether text holds a word that names a post (Head, Officer, Scientist, Interpreter...), in any case."""
    return post_noun().search(text) is not None


def _piped_value(text: str, end: int) -> bool:
    """Whether a label's cell is followed by its value's cell ("Grade | A-3 / G16 | Location | ..."), not by another
    label's (a table's row of column names: "Ref. No | Title | Grade")."""
    cell = _PIPED.match(text, end)
    return cell is not None and bool(value := cell.group(1).strip()) and not _inline_labels().match(value)


_PIPED = re.compile(r"[ \t]*\|([^|]*)")
# A run of facets apart by dots or bars: the next one, a label and its colon, ends a value ("· Post code: ...").
_NEXT_FACET = re.compile(r"\s[·|]\s+(?=[^\W\d_](?:[^\W\d_]|[ .'/&()-]){0,30}:)")


@lru_cache(maxsize=65536)
def split_labels(text: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """(text before the first label, `Label: value` pairs) of one header line; labels may be glued on. Notices
    repeat lines, so it is cached."""
    cuts = []
    found = list(_inline_labels().finditer(text))
    # a header flattened onto one line ("X - 252304 Primary Location Belgium-Brussels NATO Body ... Grade ..."):
    # labels as written, several of them, cut the line without colons
    written = {fold(m.group("label")): m.group("label") for m in found
               if m.group("label") not in _sentence_case_forms()}
    capitals = sum(1 for label in written.values() if " " not in label and label.isupper())
    flattened = sum(1 for label in written.values() if " " in label) + (capitals if capitals >= 2 else 0) \
        >= _FLATTENED_LABELS  # (or words in capitals, two or more: "LOCATION: X DIVISION Y TITLE Z GRADE A.3")
    body = next((m.start() for m in found if header_labels().get(fold(m.group("label"))) == "ignore"), len(text))
    flat_only = False  # the last cut is a label only because the header is flattened (no colon, not glued)
    for m in found:
        before = text[:m.start()]
        after = text[m.end():m.end() + 2]
        at_start = not before.strip(" -•*#:\t")
        glued = bool(before) and (before[-1].isalnum() or before[-1] in ").]")  # not "l'Organisation"
        colon = after.lstrip()[:1] in (":", "#") or _piped_value(text, m.end()) or bool(_LEADER.match(text, m.end())
                                                         or _TRANSLATED.match(text, m.end())
                                                         or _FOR_ALL.match(text, m.end()))
        alone = at_start and not text[m.end():].strip(" \t*_") \
            and header_labels().get(fold(m.group("label"))) not in ("ignore", "title")  # a portal's label above its
        # value ("Requisition" / "252733"); a title's label alone ("Job description") opens the description
        if m.group("label") in _sentence_case_forms() and not colon and not alone \
                and not (at_start and _FIGURE.match(text, m.end())):
            continue  # (a line opening with it and going on with a figure is one: "Vacancy number 250512")
        bare_word = at_start and not colon and header_labels().get(fold(m.group("label"))) == "ignore" \
            and text[m.end():].strip()  # "Description de poste - X": a word opening a phrase, no label
        flat_cut = flattened and m.start() <= body and m.group("label") not in _sentence_case_forms()  # (not in the
        # description that follows the header)
        if (at_start and not bare_word) or glued or colon or flat_cut:
            if flat_only and not text[cuts[-1].end():m.start()].strip():
                cuts.pop()  # a word cut as a label only for the flattened header, given no value, the next label at
                # once: the last word of a value ("Post Title: Head, X Division Grade: A-5": the title's "Division")
            cuts.append(m)
            flat_only = bool(cuts[:-1]) and not ((at_start and not bare_word) or glued or colon)
    pairs = []
    for i, m in enumerate(cuts):
        end = cuts[i + 1].start() if i + 1 < len(cuts) else len(text)
        value = text[m.end():end]
        if leader := _LEADER.match(value) or _TRANSLATED.match(value) or _FOR_ALL.match(value):
            value = value[leader.end():]
        if ("·" in value or "|" in value) and (facet := _NEXT_FACET.search(value)):
            value = value[:facet.start()]  # "Position: X · Post code: Y · Grade: G15": a label unknown here ends it
        pairs.append((m.group("label"), value.strip(" \t:#-–*/|·").strip()))  # "Post / Poste:": both labels; a
        # table's cells flattened with their pipes ("Grade | A-3 / G16 | Location | Ramstein")
    prefix = text[:cuts[0].start()] if cuts else text
    return prefix.strip(" \t:#-–*"), tuple(pairs)


def header_values(notice: Notice, own_from: int | None = None) -> dict[str, Found]:
    """Label/value pairs of the header block: `Label: value`, glued labels, or a label with its value below;
    the first value of each field; with `own_from` (the first line of one post's block), the first one the block
    states itself ("Position B" / "Grade: NATO Grade G17" below a header's "Grade NATO Grade G15 - G17")."""
    out: dict[str, Found] = {}
    own: dict[str, Found] = {}
    said_by = ""  # the title's label
    for field, label, found in _labelled(notice, set(header_labels().values()) - {"ignore"}):
        if field == "title" and not str(found.value)[:1].isupper():
            continue  # a viewer's "Post on 14-Mar-2018" is no title; a later "TITLE: X" may be
        if field == "title" and "title" in out and names_post(str(found.value)) and _title_shaped(str(found.value)) \
                and (not names_post(str(out["title"].value)) or (_in_language(label, notice) and not _in_language(
                    said_by, notice) and fold(label) in fold(found.line.text))):
            out["title"], said_by = found, label  # a forum's "Post Reply ..." names no post; the notice's "Post
            # Title: X" does (a bilingual header's "Title: X" below or after "Intitulé : Y" gives it in the notice's
            # language)
        if field not in out:
            out[field] = found
            said_by = label if field == "title" else said_by
        if own_from is not None and not _shared(found.line, own_from):
            own.setdefault(field, found)
    return {**out, **own}


def _in_language(label: str, notice: Notice) -> bool:
    """Whether a header label is written in the language the notice's values are read in."""
    return header_label_langs().get(fold(label)) == notice.active_lang


@cache
def _label_forms(fields: frozenset[str]) -> tuple[str, ...]:
    """The written forms (lower case) of the header labels of these fields: a cheap test before splitting."""
    return tuple({w.lower() for r in read_csv("header_labels.csv") if r["field"] in fields
                  for w in r["written"].split("|") if w})


def _labelled(notice: Notice, fields: set[str]) -> list[tuple[str, str, Found]]:
    """(field, label, value) of every header label of these fields, in order (a notice may state one
    twice, a job board and the notice may both state it); the labels are read once per notice."""
    if "labelled" not in notice.memo:
        notice.memo["labelled"] = _read_labels(notice, set(header_labels().values()) - {"ignore"})
    return [found for found in notice.memo["labelled"] if found[0] in fields]  # type: ignore[attr-defined]


def _read_labels(notice: Notice, fields: set[str]) -> list[tuple[str, str, Found]]:
    """(field, label, value) of every header label of these fields; a label alone takes the next line as value
    (a title only when that line is shaped like one)."""
    found = []
    pending: tuple[str, str] | None = None
    forms = _label_forms(frozenset(fields))
    header = notice.header + _summary_block(notice)
    done: set[int] = set()  # a table's rows of labels and of values, read as columns
    for i, ln in enumerate(header):
        if id(ln) in done:
            continue
        if pending is None and not any(form in ln.text.lower() for form in forms) and not _piped_pair(ln):
            continue  # no label of these fields on the line
        if _caps_labels()[0].search(ln.norm):
            continue  # a row of labels then their values, flattened: read by `_flat_columns`
        if columns := _label_columns(header, i):
            values_line, pairs = columns
            done.add(id(values_line))
            found += [(column_field(label), label, Found(value, values_line)) for label, value in pairs
                      if column_field(label) in fields and value]
            continue
        prefix, pairs = split_labels(ln.written)
        if not pairs and (pair := _piped_pair(ln)):
            prefix, pairs = "", (pair,)
        if pending and prefix and (pending[0] != "title" or _title_shaped(prefix)):
            found.append((*pending, Found(prefix, ln)))
        pending = None
        for label, value in pairs:
            field = header_labels().get(fold(label))
            if field in fields:
                if value:
                    if field == "title" and not value.endswith(")") and (rest := _wrapped_value(header, i)
                                                                         or _continued_cell(header, i)):
                        value = f"{value} {rest}"  # "TITLE: Head, Civilian Human" / "Resources" / "GRADE: A-4"
                    elif field != "title" and (rest := _continued_cell(header, i)):
                        value = f"{value} {rest}"  # ("| Grade | NATO Grade |" / "| | G18 |")
                    found.append((field, label, Found(value, ln)))
                else:
                    pending = (field, label)
    return found + _flat_columns(notice.header[:TITLE_LINES], fields)


def _piped_pair(ln: Line) -> tuple[str, str] | None:
    """A table row of a label's cell and its value's cell, the label any known one, also one not written as an inline
    label ("| Vacancy | 251318 | |": a converter's first row, which a markdown table makes its header)."""
    if not ln.raw.lstrip().startswith("|") or RULE_ROW.match(ln.raw):
        return None
    cells = _cells(ln)
    filled = [c for c in cells if c]
    if len(filled) != 2 or cells[0] != filled[0] or fold(filled[0]) not in header_labels() \
            or fold(filled[1]) in header_labels():
        return None
    return filled[0], filled[1]


def _continued_cell(header: list[Line], i: int) -> str | None:
    """The rest of a table row's value wrapped into the next row, its label's cell empty ("| Title | **Executive
    Officer,** |" / "| | **Office of the Director** |")."""
    if i + 1 >= len(header) or not header[i].raw.lstrip().startswith("|") \
            or not header[i + 1].raw.lstrip().startswith("|"):
        return None
    cells = _cells(header[i + 1])
    filled = [c for c in cells if c]
    return filled[0] if len(filled) == 1 and not cells[0] and not header[i].text.rstrip(" |*_").endswith(".") \
        else None


def _wrapped_value(header: list[Line], i: int) -> str | None:
    """The rest of a labelled title wrapped onto the next line: a few words with no label of their own, between the
    label's line and another label's line; or, after a joining "&" or "and", the next post's title whole ("TITLE: X (2
    posts) &" / "Y (1 post)")."""
    if i + 1 < len(header) and _JOINED_END.search(header[i].text) and (nxt := header[i + 1]).text \
            and ":" not in nxt.text and not split_labels(nxt.written)[1]:
        return nxt.text
    if i + 2 >= len(header):
        return None
    nxt, after = header[i + 1], header[i + 2]
    words = nxt.text.split()
    if not words or len(words) > _WRAP_WORDS or ":" in nxt.text or not (nxt.text[0].isupper() or nxt.text[0] == "(") \
            or header[i].text.rstrip()[-1:] in ".;,":
        return None
    if split_labels(nxt.written)[1] or not split_labels(after.written)[1] or gram.reference_pattern().search(nxt.text) \
            or any(c.isdigit() for c in nxt.text) or fold(nxt.text) in header_labels() or _BANNER.search(nxt.text):
        return None  # (not a banner of its own: "Vacancy Notice")
    return nxt.text


_WRAP_WORDS = 4
_JOINED_END = re.compile(r"(?:&|\band|\bet)\s*$", re.I)
_BANNER = re.compile(r"\b(?:vacanc(?:y|ies)|notice|announcement|avis|posts?)\b", re.I)


# A table's row of labels in capitals flattened before its row of values, as document sites transcribe old notices:
# "DIVISION TITLE GRADE EMERGING SECURITY CHALLENGES DIVISION Energy Security Section OFFICER (ENERGY SECURITY) A.3",
# "POST TITLE GRADE LOCATION CLOSING DATE Director, X Division A-5 / G20 Rome, Italy 09 February 2024".
_FLAT_ROW_LABELS = 3  # labels in a row, at least
_TYPED = frozenset({"grade", "deadline", "reference"})  # the values found by their shape; the others lie between them
_GRADE_TOKEN = re.compile(r"(?<![\w.])(?:[ABCL][.-]?\s?\d{1,2}(?:\s*[-/]\s*[ABCL]?[.-]?\s?\d{1,2})?"
                          r"(?:\s*/\s*(?:NATO\s+)?G-?\s?\d{1,2})?|G-?\d{1,2})(?![\w])")
_NUMBER_TOKEN = re.compile(r"(?<![\w/])\d{5,7}(?![\w/])")


@cache
def _caps_labels() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a run of labels in capitals, one such label): the labels' forms written in capitals."""
    forms = sorted({w for r in read_csv("header_labels.csv") if r["field"] != "ignore" for w in r["written"].split("|")
                    if w and w.isupper()}, key=len, reverse=True)
    one = "|".join(re.escape(f) for f in forms)
    return re.compile(rf"(?<![\w/])(?:{one})(?:\s+(?:{one})){{{_FLAT_ROW_LABELS - 1},}}(?=\s+\S)"), re.compile(one)


def _flat_columns(lines: list[Line], fields: set[str]) -> list[tuple[str, str, Found]]:
    """(field, label, value) of a flattened row of labels then values: each grade, date or vacancy number found by its
    shape in the labels' order, the text between two of them the value of the label(s) between (a division then a
    title split where the title starts: `_title_start`)."""
    found: list[tuple[str, str, Found]] = []
    run_re, one_re = _caps_labels()
    for ln in lines:
        if not (m := run_re.search(ln.norm)):
            continue
        labels = [(x.group(0), column_field(x.group(0))) for x in one_re.finditer(m.group(0))]
        pos, pending = m.end(), []
        for label, field in labels:
            if field not in _TYPED:
                pending.append((label, field))
                continue
            hit = _typed_value(field, ln.norm, pos)
            if hit is None:
                break
            found += _between(pending, ln, pos, hit[0], fields)
            if field in fields:
                found.append((field, label, Found(ln.norm[hit[0]:hit[1]].strip(), ln, hit[0], hit[1])))
            pos, pending = hit[1], []
    return found


def _typed_value(field: str, norm: str, pos: int) -> tuple[int, int] | None:
    """The span of the first value of a grade's, a date's or a vacancy number's shape from pos on."""
    if field == "deadline":
        hit = gram.find_date(norm[pos:])
        return (pos + hit.start, pos + hit.end) if hit and hit.end > hit.start else None
    m = (_GRADE_TOKEN if field == "grade" else _NUMBER_TOKEN).search(norm, pos)
    return (m.start(), m.end()) if m else None


def _between(pending: list[tuple[str, str | None]], ln: Line, a: int, b: int, fields: set[str]
             ) -> list[tuple[str, str, Found]]:
    """The values of the labels standing between two shaped values: one label takes the whole text; a division (and a
    directorate) and a title share it."""
    text = ln.norm[a:b]
    start = a + len(text) - len(text.lstrip())
    end = a + len(text.rstrip())
    if start >= end or not pending:
        return []
    if len(pending) == 1:
        label, field = pending[0]
        return [(field, label, Found(ln.norm[start:end], ln, start, end))] if field in fields else []
    kinds = [f for _, f in pending]  # (a division, perhaps a directorate, then the title: "DIVISION DIRECTORATE TITLE")
    if kinds[-1] == "title" and set(kinds[:-1]) == {"division"} and (cut := _title_start(ln.norm[start:end])) \
            is not None:
        at = start + cut
        return [("title", pending[1][0], Found(ln.norm[at:end], ln, at, end))] if "title" in fields else []
    return []


def _title_start(run: str) -> int | None:
    """Where the title starts in a division's name run into it: after the last unit noun before its first post word
    ("Senior Assistant" after "... DIRECTORATE"), and, for a title in ordinary case, past the words in capitals that
    name its unit."""
    posts = sorted(f.start() for pattern, _ in post_families() for f in pattern.finditer(run))
    if not posts:
        return None
    ordinary = next((w.start() for w in _WORD.finditer(run) if any(c.islower() for c in w.group(0))), len(run))
    post = next((at for at in posts if at >= ordinary), posts[0]) if posts[0] < ordinary else posts[0]  # (a title
    # in ordinary case after capitals only: "OFFICE OF THE ASSISTANT SECRETARY GENERAL Policy Officer" names its unit
    # by the unit's head, then the title)
    unit = max((u.end() for u in _UNIT_NOUN.finditer(run, 0, post)), default=0)
    if any(c.islower() for c in run[post:post + 4]):  # a title in ordinary case: capitals before it are the unit's
        unit = next((w.start() for w in _WORD.finditer(run, unit) if any(c.islower() for c in w.group(0))), unit)
    return unit + len(run[unit:]) - len(run[unit:].lstrip())


_WORD = re.compile(r"\S+")
_UNIT_NOUN = re.compile(r"\b(?:division|directorate|section|office|branch|cent(?:re|er)|services?|unit|secretariat)\b",
                        re.I)


def _cells(line: Line) -> list[str]:
    """A table row's cells: between its bars, or, in plain text, between its wide gaps (tabs once read)."""
    raw = line.raw.strip()
    cells = raw.strip("|").split("|") if raw.startswith("|") else CELL_GAP.split(raw)
    return [" ".join(c.split()).strip("*_ ") for c in cells]


CELL_GAP = re.compile(r"\s*\t\s*| {2,}")  # between a plain-text table's cells (a wide gap is a tab once read)
_WIDE_GAP = re.compile(r"\t|\S {3,}\S")  # a plain-text row's gap between cells: a tab, or three spaces or more


RULE_ROW = re.compile(r"^[\s|:-]+$")  # a markdown table's rule row: "|---|---|"


def column_field(label: str) -> str | None:
    """The field of a table column's label, or of its last word ("NATO Grade": a grade), a note in brackets or on tax
    set aside ("Basic Monthly Salary (12 x / year)", "Basic monthly salary (12 times a year), tax free")."""
    label = _COLUMN_NOTE.sub("", _FOOTNOTE_MARK.sub("", label))
    for part in (label, *label.split(" / ", 1)) if " / " in label else (label,):  # (or either half of a label in
        words = part.split()  # two languages: "Vacancy / Vacance")
        if field := header_labels().get(fold(part)) or (header_labels().get(fold(words[-1])) if words else None):
            return field
    return None


_COLUMN_NOTE = re.compile(r"(?:\s*\([^()]*\)|,?\s*\btax[- ](?:free|exempt)\b|\s+(?:per|a)\s+(?:month|year|annum))+\s*$",
                          re.I)  # ("(12 times a year), tax free", "Basic salary per month (tax free)")
_FOOTNOTE_MARK = re.compile(r"\s*(?:\[\^?\w{1,3}\]|[¹²³⁴⁵⁶⁷⁸⁹]+)\s*$")  # ("Salary[^1]", "Salary¹")


def _label_columns(header: list[Line], i: int) -> tuple[Line, list[tuple[str, str]]] | None:
    """(row of values, [(label, value)]) when header line i is a table row of labels ("| Post Title | Vacancy
    Number | Closing Date |") and a row of as many values follows it (a markdown rule row between them); in plain
    text, cells apart by wide gaps, every label a known one ("Vacancy Number    Post Number    Job Title")."""
    piped = header[i].raw.lstrip().startswith("|")
    if not piped and not _WIDE_GAP.search(header[i].raw):
        return None
    labels = _cells(header[i])
    j = i + 1
    while j < len(header) and RULE_ROW.match(header[j].raw):
        j += 1
    if j >= len(header) or piped != header[j].raw.lstrip().startswith("|"):
        return None
    values = _cells(header[j])
    known = sum(1 for c in labels if column_field(c))
    if len(values) != len(labels) or len(labels) < 3 or known < 2 or known * 2 < len(labels) \
            or (not piped and known < len(labels)) or any(fold(v) in header_labels() for v in values if v):
        return None
    if not piped and j + 1 < len(header):
        values = _wrapped_cells(values, header[j + 1])
    return header[j], list(zip(labels, values, strict=True))


def _wrapped_cells(values: list[str], below: Line) -> list[str]:
    """A plain-text row's values with the words its cells wrap onto the line below ("Defence Investment<gap>Director,
    Defence Industrial<gap>A.6" / "Division<gap>Cooperation"): that line's cells, in turn, continue the cells that hold
    words rather than a code (a grade, a number), when there are as many of them; else the values as they are."""
    more = _cells(below) if _WIDE_GAP.search(below.raw) and ":" not in below.raw else []
    worded = [k for k, v in enumerate(values) if v and not _CODE_VALUE.fullmatch(v)]
    if not more or len(more) != len(worded) or any(not c or c.endswith(".") for c in more) \
            or all(column_field(c) for c in more):  # (not another row of labels)
        return values
    out = list(values)
    for k, cell in zip(worded, more, strict=True):
        out[k] = f"{out[k]} {cell}"
    return out


_CODE_VALUE = re.compile(r"(?=\S*\d)[\w./()-]{1,12}")  # a cell's code: "A.6", "170512", "G-15"


def _title_shaped(text: str) -> bool:
    """A title's shape, and no sentence, banner, symbol or bare organisation name: a title label's value."""
    return (title_shaped(text) and not text.endswith((".", "!", "?"))
            and not any(t in text.lower() for t in terms("not_title"))
            and unicodedata.category(text[0]) != "So"
            and not (_known_organisation(text) and not family_of(text) and "," not in text))


TITLE_LINES = 40  # a title line (and the number written with it) is near the top of the header


def find_reference(notice: Notice, labels: dict[str, Found]) -> Found | None:
    """The vacancy reference, as stated ("250443", "2025_00100", "G75/25").

    In this order: a header label's value ("Vacancy Number: G75/25"); a labelled number in the header
    ("Ref. No 2025_00100", "Vacancy ref.:210701", "STAFF VACANCY 200701", "251197 Requisition #"); a
    title-shaped header line ending in a number ("Head X-190104"); a header line holding only a reference of
    a distinctive shape ("A 23(2012)"), or such a reference inside a flattened line; a labelled number in the text
    ("(ref. 150238, post of ASG/PDD)"); last, a portal's own id under its label ("job requisition id"). The labels
    and the shapes a reference takes are rows of grammar_header.csv: post numbers (PASP0109, OSC BTS 0010, H-4)
    have no reference shape, and a number after "already applied to", "replaces" ... is another vacancy's.
    """
    label = labels.get("reference")
    if label is not None and (value := gram.reference_value(str(label.value))):
        return Found(value, label.line)
    found = _labelled_reference(notice, notice.with_trigger("reference", notice.header))
    if found is None:
        for ln in notice.header[:TITLE_LINES]:
            if not is_page_furniture(ln) and (text := _title_line_text(ln)) \
                    and (hit := gram.title_line_reference(text)):
                found = Found(hit.value, ln)
                break
    if found is None:
        found = next((Found(ref, ln) for ln in notice.header[:TITLE_LINES] if (ref := gram.lone_reference(ln.norm))),
                     None) or next((Found(ref, ln) for ln in notice.header[:TITLE_LINES]
                                    if (ref := gram.inline_reference(ln.norm))), None)
    if found is None:
        found = _labelled_reference(notice, notice.with_trigger("reference", notice.active_lines))
    board = labels.get("board_reference")  # a portal's own id ("job requisition id R0004471"): when nothing else is
    if found is None and board is not None and (value := gram.reference_value(str(board.value))):
        return Found(value, board.line)
    return found


def _title_line_text(ln: Line) -> str | None:
    """A header line that may be the title's line: the line, when its labels are only a title's; or, in a copy
    whose fields run together, the value of its last label opening the description ("...Grade NATO Grade
    G15Description:Officer, X-250338")."""
    pairs = split_labels(ln.written)[1]
    if all(header_labels().get(fold(label)) == "title" for label, _ in pairs):
        return ln.norm
    return pairs[-1][1] if header_labels().get(fold(pairs[-1][0])) == "ignore" else None


_SUMMARY_ROWS = 3  # this many label lines in a row below the header make a summary of its fields
_ROW_CHARS = 120  # a label line is short


def _summary_block(notice: Notice) -> list[Line]:
    """The label lines of a block of header fields that stands below the header ("VACANCY SUMMARY" / "Grade ....
    A3" / "Closing Date .... 15 March 2026" at a notice's end): at least three in a row."""
    if "summary_block" in notice.memo:
        return notice.memo["summary_block"]  # type: ignore[return-value]
    notice.memo["summary_block"] = out = _find_summary_block(notice)
    return out


def _find_summary_block(notice: Notice) -> list[Line]:
    if not notice.sections:
        return []
    header = {id(ln) for ln in notice.header}  # (none when the text opens straight with a section: its facts follow)
    run: list[Line] = []
    out: list[Line] = []
    for ln in notice.active_lines:
        if id(ln) in header or not ln.text:
            continue
        labelled = len(ln.text) <= _ROW_CHARS and ln.text[:1].isupper() and (":" in ln.text or ".." in ln.text) \
            and (pairs := split_labels(ln.written))[1] and not pairs[0] \
            and header_labels().get(fold(pairs[1][0][0])) is not None  # (a post number's among them: "ignore")
        if labelled:
            run.append(ln)
            continue
        out += run if len(run) >= _SUMMARY_ROWS else []
        run = []
    return out + (run if len(run) >= _SUMMARY_ROWS else [])


def _labelled_reference(notice: Notice, lines: list[Line]) -> Found | None:
    """The first labelled reference on these lines; else on the line below a label ("VACANCY NOTICE" /
    "CMRE-VN-25/09")."""
    return _first_labelled(notice, lines) or _first_labelled(notice, _with_next_line(notice, lines))


def _first_labelled(notice: Notice, lines: list[Line]) -> Found | None:
    best: tuple[int, Found] | None = None
    for pattern in (gram.reference_pattern(), gram.reference_after_pattern()):
        for ln, m, off in notice.scan(pattern, lines):
            hit = gram.reference_at(m)
            if hit is None or "\n" in str(hit.value) or gram.names_other_vacancy(m.string, hit.start):
                continue
            if best is None or hit.start < best[0]:
                best = (hit.start, Found(hit.value, ln, hit.start - off, hit.end - off))
            break
    return best[1] if best else None


def _with_next_line(notice: Notice, lines: list[Line]) -> list[Line]:
    """These lines and the next line with text after each, in the notice's order."""
    chosen = {id(ln) for ln in lines} | {id(nxt) for ln in lines if (nxt := notice.next_line(ln)) is not None}
    return [ln for ln in notice.active_lines if id(ln) in chosen]


@lru_cache(maxsize=65536)
def family_of(title: str) -> str | None:
    """Post family of a title: the family whose pattern appears first in it, outside its brackets ("Secretary (Office
    of the Director)" is no Director: the office it serves); titles and lines recur: cached."""
    best: tuple[int, str] | None = None
    title = _IN_BRACKETS.sub(lambda m: " " * len(m.group(0)), title) if "(" in title else title
    for pattern, family in post_families():
        m = pattern.search(title)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), family)
    return best[1] if best else None


_IN_BRACKETS = re.compile(r"\([^()]{3,}\)")  # (not a gender's ending: "Secrétaire général(e) adjoint(e)")
# Words that make a post the deputy of another with the same family word ("Deputy Director", "Directeur
# adjoint"): a deputy's family folds into its principal's for these families only (post_families.csv).
_DEPUTY = re.compile(r"\b(?:deputy|vice)[\s-]+(?:director|head|chief)\b|\b(?:directeur|directrice|chef)\s+adjointe?\b",
                     re.I)
_DEPUTY_FOLDED = frozenset({"Director", "Head"})


def _families(text: str) -> set[str]:
    """Every family a text names, each word read once ("Deputy Assistant Secretary General" is a Deputy ASG,
    not also an ASG), in the order of post_families.csv."""
    found: set[str] = set()
    for pattern, family in post_families():
        if (m := pattern.search(text)) is not None:
            found.add(family)
            text = text[:m.start()] + " " * (m.end() - m.start()) + text[m.end():]
    return found


def serves_post(subject: str, title: str) -> bool:
    """Whether a subject names the post the notice's post serves, not the post itself ("The Director DIPD" in the
    notice of the "Assistant to the Director, DIPD")."""
    own, *served = _SERVES_POST.split(title, 1)
    named = _families(subject)
    return bool(served and named & _families(served[0]) and not named & _families(own))


_SERVES_POST = re.compile(r"\s+to\s+(?:the\s+)?(?=[A-Z])")


def another_post(subject: str, title: str | None) -> bool:
    """Whether a subject that names a post ("The Director CMRE") names another post than the notice's
    (title "Deputy Director, CMRE"): no family in common, or a deputy on one side only."""
    if not title:
        return False
    if family_of(subject) is None:  # a post of no family the title serves: "The Academic Dean" in the notice of
        served = _SERVED.search(title)  # the "Principal Assistant to the Dean"
        words = fold(subject).split()
        return bool(served and words and words[-1] in fold(served.group("who")).split())
    deputy_differs = bool(_DEPUTY.search(subject)) != bool(_DEPUTY.search(title))
    return all(family in _DEPUTY_FOLDED and deputy_differs for family in _families(subject) & _families(title))


_SERVED = re.compile(r"\bto\s+the\s+(?P<who>[^,()]{3,60})$", re.I)  # the post a title's holder serves


def _known_organisation(text: str) -> str | None:
    for pattern, name in organisations():
        if pattern.search(text):
            return name
    return None


def organisation(labels: dict[str, Found], notice: Notice) -> tuple[Found | None, Found | None]:
    """(organisation, location): a 'Primary Location' that names a NATO body is the organisation."""
    org = labels.get("organisation")
    loc = labels.get("location")
    if loc is not None and _known_organisation(str(loc.value)):
        org, loc = org or loc, None
    if org is None and "division" in labels and (name := _known_organisation(str(labels["division"].value))):
        org = Found(name, labels["division"].line)
    if org is None:
        for ln in notice.header:
            if not split_labels(ln.written)[1] and len(ln.text) < 100 and (name := _known_organisation(ln.written)):
                org = Found(name, ln)
                break
    if loc is None:
        for ln in notice.header:
            text = ln.written
            if text and unicodedata.category(text[0]) == "So" and len(text) > 2:
                place = clean(text[1:])
                if place and place[0].isalpha():
                    loc = Found(place, ln)
                    break
    loc = Found(clean(str(loc.value)), loc.line) if loc is not None and len(str(loc.value)) <= 80 else None
    org = Found(clean(str(org.value)), org.line) if org is not None and len(str(org.value)) <= 120 else None
    return org, loc


def division(labels: dict[str, Found], notice: Notice) -> Found | None:
    if "division" in labels and len(str(labels["division"].value)) <= 120:
        return labels["division"]
    body = notice.body("summary", "accountabilities", "interrelationships")
    for pattern in (_DIVISION_VERB, _DIVISION_SUBJECT, _DIVISION_IN):
        for ln in body:
            m = pattern.search(ln.norm)
            if m and re.search(r"[A-Z]", m.group("v").split()[0]) and len(m.group("v").split()) > 1:
                return Found(clean(ln.raw[m.start("v"):m.end("v")]), ln, m.start("v"), m.end("v"))
    return None


def grade(notice: Notice, title: str | None = None, own_from: int | None = None
          ) -> tuple[Found | None, str | None, str | None]:
    """(grade as written, grade_code, nato_grade).

    Statements are read in this order: the header's Grade labels ("NATO SSS Grade G15 (ABCL A2)",
    "NATO GRADE 22": a bare number after the word grade is a G grade); the text after or before the word
    "grade" ("GRADE: A-2/G-15", "A G15 GRADE VACANCY"); grades in brackets after a post word or next to a
    post number ("two senior management posts (A5)", "Head, X Section (G22) (PASP0109)"), taken together;
    last, a grade in brackets just after the post's own title on a header line ("Head of Unit (B.5), ...").
    Each grading system is decided by the first statement that names it: a range or a choice there
    ("G17-G20", "B3/B4"), or brackets that disagree, leave it empty rather than a later statement's guess. With
    `own_from` (the first line of one post's block), the block's own statements come first.
    """
    statements: list[tuple[Found, gram.GradeRead]] = []
    for _, _, found in _labelled(notice, {"grade"}):
        text = str(found.value)
        if fold(text) not in terms("not_grade") and (read := gram.read_grade(text, after_word=True)):
            statements.append((Found(text[read.start:read.end], found.line), read))
    for ln, m, off in notice.scan(gram.GRADE_WORD, notice.with_trigger("grade", notice.active_lines)):
        read = gram.read_grade(m.string, m.end(), after_word=True) or gram.grade_before_word(m.string, m.start())
        lead = _SCALE_BEFORE.search(m.string, max(0, m.start() - _SCALE_CHARS), m.start())
        if read is not None and not read.codes and lead and (other := gram.read_grade(lead.group("g"), 0)):
            read = replace(read, start=lead.start(), codes=other.codes)  # (the other scale's grade before the
            # word: "A.3 / NATO Grade G17")
        if read is not None and not _supervisors(ln.norm, m.start() - off):
            # groups of posts with their own grades in the sentence ("two grade G17 posts and one G15 post")
            groups = gram.grades_before_post_words(ln.norm, *sentence_span(ln.norm, m.start() - off, m.end() - off))
            read = replace(read, codes=read.codes.union(*(g.codes for g in groups)),
                           natos=read.natos.union(*(g.natos for g in groups)))
            start, end = min(read.start, m.start()) - off, max(read.end, m.end()) - off
            statements.append((Found(m.string[read.start:read.end], ln, start, end), read))
    bracketed = [(Found(ln.norm[r.start:r.end], ln, r.start, r.end), r)
                 for ln in notice.with_trigger("grade_prose", notice.active_lines)
                 for r in gram.grades_in_brackets(ln.norm)]
    if bracketed:
        union = gram.GradeRead(0, 0, frozenset().union(*(r.codes for _, r in bracketed)),
                               frozenset().union(*(r.natos for _, r in bracketed)))
        statements.append((bracketed[0][0], union))
    if title:
        statements += _after_title(notice, title)
    if not statements:  # last, the post called "a B-4 post" in a sentence ("... for the post of X, a B-4 post in ...")
        statements = [(Found(ln.norm[m.start("g"):m.end("g")], ln, m.start("g"), m.end("g")), read)
                      for ln in notice.body("header", "summary")[:_PROSE_LINES]
                      if " post" in ln.norm or " role" in ln.norm or " position" in ln.norm
                      for m in _A_GRADE_POST.finditer(ln.norm) if (read := gram.read_grade(m.group("g"), 0))][:1]
    if not statements:
        return None, None, None
    statements.sort(key=lambda st: _shared(st[0].line, own_from))
    code = next((read.code for _, read in statements if read.codes), None)
    nato = next((read.nato for _, read in statements if read.natos), None)
    return statements[0][0], code, nato


_A_GRADE_POST = re.compile(r"\b(?:an?|one)\s+(?P<g>[ABCL]-?\.?\d|G-?\d{1,2})\s+(?:post|position|role)\b")
_PROSE_LINES = 40
_SCALE_BEFORE = re.compile(r"(?<![\w.])(?P<g>[ABCL][.-]?\s?\d)\s*/\s*(?:NATO\s+)?$")  # "A.3 / " before "NATO Grade"
_SCALE_CHARS = 16


def _after_title(notice: Notice, title: str) -> list[tuple[Found, gram.GradeRead]]:
    """The grade in brackets right after the post's title on a header line ("Head of Unit (B.5), Archives"), or alone on
    the line below the title ("Head, Archives and Records Section" / "A.4")."""
    for ln in notice.header[:TITLE_LINES]:
        at = ln.norm.find(title)
        if at >= 0 and (found := _bracketed_grade(ln, at + len(title))):
            return [found]
        if at >= 0 and (last := _LAST_CELL_GRADE.fullmatch(ln.norm, at + len(title))) \
                and (read := gram.read_grade(last.group("g"), 0)):  # (a flattened row's last cell: "... X A.3")
            return [(Found(last.group("g"), ln, last.start("g"), last.end("g")), read)]
        below = notice.next_line(ln) if at >= 0 and ln.text.strip() == title else None
        if below is not None and _LONE_GRADE.fullmatch(below.text) and (read := gram.read_grade(below.text, 0)):
            return [(Found(below.text, below), read)]
    for ln in notice.body("summary")[:_SUMMARY_LINES]:  # ... or after the title as the summary's subject: "The
        at = ln.norm.find(f"The {title}")  # Officer, Resilience Planning (A.2), contributes to ..."
        if at >= 0 and (found := _bracketed_grade(ln, at + len(title) + 4)):
            return [found]
    return []


_LAST_CELL_GRADE = re.compile(r"\s+(?P<g>[ABCL]\.\d|[ABCL]-\d|G-?\d{1,2})\s*")


def _bracketed_grade(ln: Line, pos: int) -> tuple[Found, gram.GradeRead] | None:
    """The grade in the bracket that opens at `pos` of a line ("(B.5)"), else None."""
    bracket = _BRACKET.match(ln.norm, pos)
    read = gram.read_grade(ln.norm, bracket.start("body"), reach=16) if bracket else None
    if read is None or read.end > bracket.end():
        return None
    return Found(ln.norm[read.start:read.end], ln, read.start, read.end), read


_SUMMARY_LINES = 6  # lines of the summary where the post is named as its subject


_LONE_GRADE = re.compile(r"[ABCL][.-]?\s?\d(?:\s*/\s*G-?\d{1,2})?")  # a grade alone on its line: "A.4", "B-3/G-8"


# A bracket that follows a title: "(B.5)".
_BRACKET = re.compile(r"\s*\((?P<body>[^()]{1,20})\)")


def _supervisors(norm: str, pos: int) -> bool:
    """Whether the grade at `pos` is stated for the person the post reports to ("reports to a Senior
    Interpreter (Grade 19)"): a reporting phrase stands before it in its sentence."""
    start = sentence_span(norm, pos, pos)[0]
    said = _REPORTING.search(norm, start, pos)
    return bool(said) and not _NEW_SUBJECT.search(norm, said.end(), pos)  # (not after a clause of its own: "Under
    # the supervision of the Head, X, the Senior Assistant (NATO Grade G10, formerly B.4) processes ...")


_NEW_SUBJECT = re.compile(r",\s+the\s+(?-i:[A-Z])[\w' -]{2,60}\(\s*(?:NATO\s+)?$", re.I)


def _shared(line: Line, own_from: int | None) -> bool:
    """Whether a line stands above one post's block (`own_from`): what the posts share, after what the block states."""
    return own_from is not None and line.no < own_from


def salary(labels: dict[str, Found], notice: Notice, own_from: int | None = None) -> tuple[Found | None, str | None]:
    """(monthly pay in euro, problem message).

    A pay statement is an amount with its currency (before or after it) and its basis, after a pay label
    ("Salary (Pay Basis): 10,742.69Euro (EUR) Monthly", "Basic Monthly Salary: 13,914.54€": the label may
    carry the basis) or standing alone with both ("5,725.22 EUR (Monthly)"). A job board's own estimate
    (an "Estimated salary" label, "Salary 0.0", a range) is never NATO pay and is passed over. The first
    statement decides (one post's block's own first: `own_from`), or, without its basis, the next one stating the
    same amount with its basis ("Pay: EUR 8 712.06" ... "Basic monthly salary: EUR 8,712.06"); without currency or
    basis, or in another currency, it stays empty with a warning.
    """
    ranged = False  # a range seen: a job board's band, never NATO pay
    range_lines: set[int] = set()
    unstated = None  # the first statement, without its basis
    for ln, m, off, gap, pay in sorted(_pay_after_labels(notice), key=lambda st: _shared(st[0], own_from)):
        span = (m.start() - off, min(pay.end - off, len(ln.norm)))
        if pay.is_range:  # "Salary: $75,000 - $85,000 / YEAR": the notice's own pay may follow
            ranged = True
            range_lines.add(ln.line_at(pay.start - off))
        if _board_estimate(m.string, m.start(), pay):
            continue
        basis = pay.basis or gram.label_basis(m, gap)
        if basis is None and unstated is None:
            unstated = (pay, ln, span)
            continue
        if unstated is not None and (basis is None or gram.amount(pay.amount) != gram.amount(unstated[0].amount)):
            break
        return _pay_value(pay, basis, ln, span)
    if unstated is not None:
        return _pay_value(unstated[0], None, unstated[1], unstated[2])
    lines = [ln for ln in notice.with_trigger("currency", notice.active_lines) if ln.no not in range_lines]
    for form in gram.pay_forms():
        for ln, m, off in notice.scan(form, lines):
            pay = gram.read_pay(m.string, m.start())
            ranged = ranged or (pay is not None and _in_range(m.string, m.start(), pay))
            if pay is not None and pay.currency and pay.basis and not _board_estimate(m.string, m.start(), pay):
                return _pay_value(pay, pay.basis, ln, (m.start() - off, m.end() - off))
    for ln, m, off in notice.scan(gram.pay_forms()[1], [ln for ln in notice.with_trigger("currency", notice.header)
                                                         if ln.no not in range_lines]):
        pay = gram.read_pay(m.string, m.start())
        if pay is not None and (gram.amount(pay.amount) or 0) >= 1000 and not _board_estimate(m.string, m.start(), pay):
            return _pay_value(pay, None, ln, (m.start() - off, m.end() - off))
    return None, "pay is stated only as a range (a job board's band, never NATO pay): left empty" if ranged else None


def _board_estimate(text: str, start: int, pay: gram.Pay) -> bool:
    """A job board's own figure: an estimate word before it on its line ("Estimated salary: €190,000 -
    €230,000"), a range (NATO pay is one amount), or zero."""
    return gram.amount(pay.amount) == 0 or _in_range(text, start, pay) or _estimated(text, start, pay)


def _in_range(text: str, start: int, pay: gram.Pay) -> bool:
    """A figure that opens or closes a range ("€95,000 - €120,000 a year"): a job board's band."""
    return pay.is_range or _RANGE_BEFORE.search(text[max(0, start - _RANGE_CHARS):start]) is not None


_RANGE_BEFORE = re.compile(r"\d[ \t]*(?:[-–]|\bto)[ \t]*[^\d\s]{0,4}$")  # a range's first amount before the figure
_RANGE_CHARS = 16  # ("€95,000 - €120,000 a year": the second amount is a range's end, not a pay)


def _estimated(text: str, start: int, pay: gram.Pay) -> bool:
    """An estimate word on the figure's line, before it ("Estimated salary", "Salary range") or right after it
    ("€38,000 - €46,000 a year (Estimated salary)")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", pay.end)
    after = min(line_end if line_end >= 0 else len(text), pay.end + _ESTIMATE_AFTER)
    return gram.pay_estimate().search(text, line_start, after) is not None


_ESTIMATE_AFTER = 40  # characters after a figure where a board's "(Estimated salary)" stands


def _pay_after_labels(notice: Notice) -> Iterator[tuple[Line, re.Match[str], int, re.Match[str], gram.Pay]]:
    """(line, label match, offset, gap, pay) of each pay label followed by an amount: on its line, or (in
    the header, where a label may stand above its value) on the next one."""
    header_nos = {ln.no for ln in notice.header}
    triggered = notice.with_trigger("salary", notice.active_lines)
    order = [ln.no for ln in notice.header]
    at = {no: i for i, no in enumerate(order)}
    in_header = [ln for ln in triggered if ln.no in header_nos]
    # the value may stand below its label, a portal's amount, currency and basis on lines of their own
    below = {no for ln in in_header for no in order[at[ln.no] + 1:at[ln.no] + 1 + _STACKED_LINES]}
    header_lines = [ln for ln in notice.header if ln.no in below or ln.no in {x.no for x in in_header}]
    body = [ln for ln in triggered if ln.no not in header_nos]
    for lines, across_lines in ((header_lines, True), (body, False)):
        for ln, m, off in notice.scan(gram.pay_label(), lines):
            gap = gram.PAY_GAP.match(m.string, m.end())
            pay = gram.read_pay(m.string, gap.end())
            if pay is not None and across_lines and not (pay.currency and pay.basis):
                pay = _stacked_pay(m.string, pay)
            if pay is None or (not across_lines and "\n" in m.string[m.end():pay.start]):
                continue
            yield ln, m, off, gap, pay


# A grade and its pay in a list of them: "G15: EUR 6,240.57; G10: EUR 4,318.90", "B-4 (G10): 3,415.20 EUR", "A-3
# 7,402.15 EUR".
_GRADED_PAY = re.compile(r"(?<![\w.])(?P<g>(?:[ABCL][.-]?\s?\d|N?G-?\s?\d{1,2}"  # the grade ("NG17": NATO Grade)
                         r"|(?:NATO\s+)?[Gg]rade\s+\d{1,2}(?!\d))"  # (or the spine's number: "NATO Grade 12")
                         r"(?:\s*\(\s*(?:[ABCL][.-]?\s?\d|G-?\s?\d{1,2})\s*\))?)"  # the other scale's, in brackets
                         r"\)?(?:\s+(?:posts?|positions?))?"  # ("A-2 post: 6,254.10 EUR")
                         r"(?:\s*:|\s*\.{2,}|\s*…+|\s[–-]|\s+is)?\s*")  # then its pay, after dot leaders, a dash or
# "is" ("the basic salary for grade A-3 is 8.012,77 Euro per month and for grade B-4 is ...")
# (or after the bracket the grade stands in: "Basic salary, Legal Adviser (NG17): EUR 96,737.04 per annum")
# A line of such a list below its label, perhaps naming the post by its grade: "Post at A.3 / NATO Grade G16: ...".
_GRADED_PAY_LINE = re.compile(r"(?:[Pp]osts?\s+(?:at\s+)?|[Pp]ositions?\s+(?:at\s+)?)?" + _GRADED_PAY.pattern)


# ... or the pay first, its grade in brackets after it: "EUR 52,318.80 (B-4) / EUR 58,972.44 (B-5)".
_PAY_THEN_GRADE = re.compile(r"(?:(?:EUR|€)\s?\d[\d,.]*\d|\d[\d,.]*\d\s?(?:EUR|€|Euro))"
                             r"(?:\s*\((?:EUR|€)\))?(?:\s+(?!at\b)[A-Za-z]+)?\s*"  # (its code and basis: "Euro (EUR)
                             r"(?:\((?:(?:posts?|positions?)\s+at\s+|(?:NATO\s+)?[Gg]rade\s+)?"
                             r"|at\s+(?:NATO\s+)?[Gg]rade\s+|for\s+the\s+(?=\S+\s+(?:posts?|positions?)\b))"
                             r"(?P<g>(?:[ABCL][.-]?\s?\d|G-?\s?\d{1,2})(?:\s*/\s*(?:NATO\s+Grade\s+)?G-?\s?\d{1,2})?)"
                             r"(?:\s+(?:posts?|positions?))?(?:\)|\b)")  # Monthly"; "(post at G15)"; "... EUR at grade
# G17")
# (both scales: "EUR 4,150.22 Monthly (B-3/G-8)"; or the grade's post: "3,944.02 Euro (EUR) Monthly (B.3 post)", "EUR
# 7,412.55 for the A4 post and EUR 6,003.14 for the A3 posts")


# ... or the pay first, then the post it is for by its vacancy number in brackets: "11,318.62 Euro (EUR) Monthly – Head
# (260734) | 7,846.10 Euro (EUR) Monthly – Officer (260735)".
_PAY_THEN_REF = re.compile(r"(?:(?:EUR|€)\s?\d[\d,.]*\d|\d[\d,.]*\d\s?(?:EUR|€|Euro))[^|;\d]{0,40}?"
                           r"\((?P<ref>\d{5,7})\)")


def pay_by_grade(notice: Notice) -> list[tuple[frozenset[str], float, int, str]]:
    """Pay stated once per grade for the posts a notice lists ("Basic monthly salary: B-4: 3,415.20 EUR; C-5:
    2,988.75 EUR", the list perhaps going on below): (the grade's codes, "B4" and "G10", its monthly euro pay, line,
    evidence) for each, when two grades or more have one (the shape of `positions.table_pay`)."""
    lines = notice.with_trigger("salary", notice.active_lines)
    single = []  # a label's one graded pay: others may follow under labels of their own
    for ln, m, off in notice.scan(gram.pay_label(), lines):
        gap = gram.PAY_GAP.match(m.string, m.end())
        basis = gram.label_basis(m, gap)
        found = []
        line: Line | None = ln
        pos = m.end() - off
        while line is not None:
            for g in _GRADED_PAY.finditer(line.norm, pos):
                grade = gram.read_grade(g.group("g"), after_word=True)
                pay = gram.read_pay(line.norm, g.end())
                if grade is not None and pay is not None and \
                        (value := _pay_value(pay, pay.basis or basis, line, (g.start(), pay.end))[0]) is not None:
                    found.append(_graded_pay(grade, value))
            for g in _PAY_THEN_GRADE.finditer(line.norm, pos) if not found else ():  # "EUR 52,318.80 (B-4) / ..."
                grade = gram.read_grade(g.group("g"), after_word=True)
                pay = gram.read_pay(line.norm, g.start())
                if grade is not None and pay is not None and \
                        (value := _pay_value(pay, pay.basis or basis, line, (g.start(), g.end()))[0]) is not None:
                    found.append(_graded_pay(grade, value))
            for g in _PAY_THEN_REF.finditer(line.norm, pos) if not found else ():  # "11,318.62 Euro – Head (260734)"
                pay = gram.read_pay(line.norm, g.start())
                if pay is not None and (value := _pay_value(pay, pay.basis or basis, line, (g.start(), g.end()))[0]):
                    found.append((frozenset({g.group("ref")}), float(value.value), value.lineno, value.evidence))
            rest = _NOTE_IN_BRACKETS.sub("", line.norm[pos:])  # (the label alone, perhaps with a note: "BASIC
            # MONTHLY SALARY (12 x per year)", or a label's line ending in a colon: "... at step 1 of each grade:")
            alone = line is ln and not found and (not any(c.isdigit() for c in rest) or rest.rstrip().endswith(":"))
            line, pos = (notice.next_line(line) if line.norm.rstrip().endswith((";", ",")) or alone
                         or (line is not ln and _GRADED_PAY_LINE.match(line.norm.strip())) else None), 0
        if len({codes for codes, *_ in found}) >= 2:
            return found
        single += found[:1] if len(found) == 1 else []
    return _per_grade(single) or _pay_after_posts(notice) or _grade_pay_table(notice)


def _per_grade(found: list[tuple[frozenset[str], float, int, str]]) -> list[tuple[frozenset[str], float, int, str]]:
    """The pay found, when two grades or more have one and no grade has two amounts (a grade's amount may stand on
    the line of each post at that grade)."""
    per_grade = len({codes for codes, *_ in found}) == len({(codes, pay) for codes, pay, *_ in found})
    return found if len({codes for codes, *_ in found}) >= 2 and per_grade else []


def _grade_pay_table(notice: Notice) -> list[tuple[frozenset[str], float, int, str]]:
    """Pay stated in a table of grades and their pay ("| Grade | Basic monthly salary (tax free) |" / "| A.3 | 7,210.40
    EUR |"), when two grades or more have one: the shape of `pay_by_grade`."""
    found = []
    columns: list[str | None] = []
    names: list[str] = []
    above = ""  # the text above the table: a pay label there names a column called by its currency ("| Grade | EUR |")
    for ln in notice.active_lines:
        if "|" not in ln.raw or RULE_ROW.match(ln.raw):
            above = ln.text or above
            continue
        cells = _cells(ln)
        if not columns:
            labelled = gram.pay_label().search(above) is not None
            in_euros = [labelled and _IN_EUROS.fullmatch(c.strip()) is not None for c in cells]
            fields = [column_field(c) or ("salary" if euro else None) for c, euro in zip(cells, in_euros, strict=True)]
            names = [f"{above} ({c})" if euro else c for c, euro in zip(cells, in_euros, strict=True)]
            if "grade" in fields and "salary" in fields and "title" not in fields:
                columns = fields
            continue
        if len(cells) != len(columns):
            break
        grade = gram.read_grade(cells[columns.index("grade")], after_word=True)
        cell = cells[columns.index("salary")]
        label = names[columns.index("salary")]
        pay = gram.read_pay(cell, 0)
        if pay is not None and pay.currency is None and _IN_EUROS.search(label):  # (its currency in the column's
            pay = replace(pay, currency="EUR")  # name: "| Grade | EUR |", "Basic monthly salary (EUR)")
        basis = (pay.basis or gram.column_basis(label)) if pay else None
        value = _pay_value(pay, basis, ln, (0, len(ln.norm)))[0] if pay and grade else None
        if value is not None:
            found.append((grade.codes | {f"G{n}" for n in grade.natos}, float(value.value), ln.no, ln.raw.strip()))
    return found if len({codes for codes, *_ in found}) >= 2 else []



_IN_EUROS = re.compile(r"\bEUR\b|€|\beuros?\b", re.I)
_NOTE_IN_BRACKETS = re.compile(r"\([^()]*\)")


# An item naming a post by its number before a colon: "- Post SFA BUD 0140: NATO Grade G8 (B-3) - basic monthly ...".
POST_NUMBER_ITEM = re.compile(r"[\W_]*Post\s+(?:N[°º]\.?\s*|No\.?\s*)?[A-Z0-9][\w -]{0,20}?\d{2,5}[A-Z]?\s*:\s*", re.I)
# The words that open a post's block or item with its serial ("Post 2", "Position B", "Poste 1", "Profile 1").
MARK_WORDS = "Post|Position|Poste|Profile|Profil"
_POST_SERIAL = re.compile(r"^\W*(?:" + MARK_WORDS + r")\s+(?:\d{1,2}|[A-F])\b", re.I)


def _post_marked(text: str) -> bool:
    """Whether text opens by naming a post by its serial ("Post 2") or its number ("Post SFA BUD 0140:")."""
    return _POST_SERIAL.match(text) is not None or POST_NUMBER_ITEM.match(text) is not None


def _pay_after_posts(notice: Notice) -> list[tuple[frozenset[str], float, int, str]]:
    """Pay stated after each listed post and its grade ("- Director, X (A.5 / NATO Grade G23) - Salary (Pay Basis):
    12,018.55 Euro (EUR) Monthly"), when two grades or more have one: the shape of `pay_by_grade`."""
    found = []
    active = notice.active_lines
    above = {b.no: a for a, b in pairwise(active)}
    for ln, m, off, gap, pay in _pay_after_labels(notice):
        grade, start = None, m.start() - off
        # its post and grade before it on its line ("Post B – ... Grade: G17 – Salary: ..."), or on the line above,
        # the pay on a line of the item's own ("Post 2: X - B.4 / NATO Grade G10" / "  Salary (Pay Basis): ...")
        own, prev = ln.norm[:start], above[ln.no].norm if ln.no in above else ""
        for before in (own, prev):  # (or its grade on its line under its label, the post named above: "POST B -
            token = _GRADE_TOKEN.search(before)  # Reviser (French)" / "Grade L.3 / NATO Grade G18 - Salary ...")
            if token and (names_post(before) or _post_marked(before) or (
                    before is own and (names_post(prev) or _post_marked(prev)))):  # (or in a row of its
                # facts: "Post 2: X" / "Vacancy reference: 260092 | Grade: NATO Grade G8 | Salary (Pay Basis): ...")
                grade = gram.read_grade(before, token.start(), after_word=True)
                start = min(start, token.start())
                break
        if grade is None:
            continue
        value = _pay_value(pay, pay.basis or gram.label_basis(m, gap), ln, (start, pay.end - off))[0]
        if value is not None:
            found.append(_graded_pay(grade, value))
    for ln in active:  # or its amount after a dash, no label: "1. Officer, X (Grade A.2 / NATO Grade G15; post
        # X-0231) - 6,102.48 Euro (EUR) Monthly"
        if not ("EUR" in ln.norm or "€" in ln.norm or "Euro" in ln.norm) or not (
                token := _GRADE_TOKEN.search(ln.norm)) or not names_post(ln.norm[:token.start()]):
            continue
        dash = _DASH_THEN_AMOUNT.search(ln.norm, token.end())
        pay = gram.read_pay(ln.norm, dash.end()) if dash else None
        grade = gram.read_grade(ln.norm, token.start(), after_word=True) if pay else None
        value = _pay_value(pay, pay.basis, ln, (token.start(), pay.end))[0] if pay and grade else None
        if grade is not None and value is not None:
            found.append(_graded_pay(grade, value))
    return _per_grade(found)


def _graded_pay(grade: gram.GradeRead, value: Found) -> tuple[frozenset[str], float, int, str]:
    """(the grade's codes, "B4" and "G10", monthly euro pay, line, evidence): one grade's pay."""
    return grade.codes | {f"G{n}" for n in grade.natos}, float(value.value), value.lineno, value.evidence


_DASH_THEN_AMOUNT = re.compile(r"\s[–—-]\s*(?=(?:EUR|€)?\s?\d)")



def _stacked_pay(text: str, pay: gram.Pay) -> gram.Pay:
    """A portal's amount, currency and basis stacked on lines of their own ("8,371.94" / "Euro (EUR)" /
    "Monthly") read as one statement; the amount's own span is kept as its evidence."""
    stacked = gram.read_pay(" ".join(text[pay.start:].split("\n", _STACKED_LINES)[:_STACKED_LINES]), 0)
    if stacked is None or stacked.amount != pay.amount:
        return pay
    return replace(stacked, start=pay.start, end=pay.end)


_STACKED_LINES = 3


def _pay_value(pay: gram.Pay, basis: str | None, line: Line, span: tuple[int, int]) -> tuple[Found | None, str | None]:
    """Monthly euro pay of one statement, or the reason it stays empty."""
    amount = gram.amount(pay.amount)
    if amount is None:
        return None, f"pay amount not read as a number: {pay.amount!r}"
    if pay.is_range:
        return None, f"pay stated as a range, not NATO pay: {line.text[:120]!r}"
    if not pay.currency and not basis:
        return None, f"pay stated as a bare amount ({pay.amount}) without currency or pay basis; left empty"
    if pay.currency != "EUR":
        return None, f"pay stated in {pay.currency or 'an unstated currency'}, not euro: {line.text[:120]!r}"
    if not basis:
        return None, f"pay stated without a pay basis: {line.text[:120]!r}"
    if basis == "yearly":
        amount = round(amount / 12, 2)
    if amount > _MONTHLY_CEILING:  # (a stripped copy's "EUR 487105" is 4,871.05 with its punctuation lost)
        return None, f"monthly pay of {amount:,.2f} EUR is beyond any NATO grade's: {line.text[:120]!r}; left empty"
    return Found(amount, line, *span), None


_MONTHLY_CEILING = 30_000  # EUR a month: above the top of NATO's salary scales


def deadline(labels: dict[str, Found], notice: Notice, reference: Found | None = None
             ) -> tuple[Found | None, str | None]:
    """(deadline, problem message).

    Every deadline the notice and its job board state is read: header labels ("Application Deadline",
    "Closing Date", "Expiry Date", "Job Expired", a label above its value) and phrases in the text
    ("Open until 27 November 2020", "closing date on receipt of nominations" with the date on the next
    line). The notice's own application deadline wins over its closing date, which wins over a job
    board's expiry (used only when the notice states none); a date stated above the notice's own reference is a job
    board's when the notice states one below it. Two different dates of the best kind leave
    the deadline empty, unless a job board's facts stand above the notice's own reference and the notice's
    date below it; a lesser one that disagrees is reported. Wordings: grammar_header.csv.
    """
    stated: list[tuple[int, Found | None, str]] = []
    day_first = _DayFirst(notice)  # the notice's order of day and month, found when a date could be read either way
    for field, label, found in _labelled(notice, {"deadline", "board_deadline"}):
        rank = gram.DEADLINE_RANK["board" if gram.board_line().search(found.line.norm)
                                  else gram.deadline_kind(label, field)]  # (a label among a board's facets)
        foreign = header_label_langs().get(fold(label), "en") != "en"  # a French or German label's: day first
        hit = gram.find_date(str(found.value), day_first=True if foreign else day_first)
        stated.append((rank, Found(hit.value, found.line, either_way=hit.either_way) if hit else None,
                       str(found.value)))
    pattern, kinds = gram.deadline_phrases()
    for ln, m, off in notice.scan(pattern, notice.with_trigger("deadline", notice.active_lines)):
        rank = gram.DEADLINE_RANK["board" if gram.board_line().search(ln.norm) else kinds[m.lastgroup or ""]]
        stated.append((rank, *_date_after(notice, ln, m, off, day_first)))
    dated = [(rank, found) for rank, found, _ in stated if found is not None]
    if not dated:
        own = next((text for rank, found, text in stated if rank < gram.DEADLINE_RANK["board"]), None)
        return None, (f"deadline stated but not read as a date: {own!r}" if own else None)
    reference = reference or _notice_banner(notice)  # (or, when the notice names no vacancy number, its banner)
    if reference is not None and any(found.line.no >= reference.line.no for _, found in dated) and any(
            found.line.no < reference.line.no for _, found in dated):  # (its date may stand on its reference's line,
        # a notice run together: "Vacancy Number: B14/26 ... Closing Date: Sunday 26 April 2026")
        board = gram.DEADLINE_RANK["board"]  # a job board's facts above the notice's own reference, when the notice
        dated = [(rank if found.line.no >= reference.line.no else max(rank, board), found)  # states its own date
                 for rank, found in dated]  # below it ("Application Deadline: May 11" ... "Closing date: 9 May")
    best = min(rank for rank, _ in dated)
    top = sorted({found.value for rank, found in dated if rank == best})
    sure = {found.value for rank, found in dated if rank == best and not found.either_way}
    if len(top) > 1 and len(sure) != 1:
        chosen = _below_reference([found for rank, found in dated if rank == best], reference)
        if chosen is None:
            return None, f"the notice states different deadlines ({', '.join(d.isoformat() for d in top)}); left empty"
    else:  # a date written either way round (07/12/2025) gives way to one written plainly (30 November 2025)
        chosen = next(found for rank, found in dated if rank == best and (len(top) == 1 or found.value in sure))
    others = sorted({found.value for rank, found in dated if found.value != chosen.value})
    if others:
        return chosen, (f"deadline {chosen.value.isoformat()} kept; another deadline stated "
                        f"({', '.join(d.isoformat() for d in others)}, a job board's or a lesser one) disagrees")
    return chosen, None


def _notice_banner(notice: Notice) -> Found | None:
    """The banner a notice opens its own text with below a job board's facts ("VACANCY NOTICE / AVIS DE VACANCE",
    "NOTIFICATION OF AN "A" GRADE VACANCY"), as a line of its own."""
    return next((Found(None, ln) for ln in notice.header if _BANNER.match(ln.text)), None)


_BANNER = re.compile(r"\W*(?:(?:civilian\s+)?vacancy\s+notice|notification\s+of\s+(?:an?\s+)?(?:\S+\s+grade\s+)?"
                     r"vacanc(?:y|ies)|avis\s+de\s+vacance)\b[^:]{0,60}$", re.I)


def stated_per_post(notice: Notice) -> dict[str, dict[str, tuple[object, int, str]]]:
    """{field: {post title, case-folded: (value, line, evidence)}} of labels stating one value per post by its title
    ("Closing dates: Legal Adviser (X): 2 November 2025; Assistant: 9 November 2025", "Grade: Translator: L.2 / NATO
    Grade G16; Reviser: L.3 / NATO Grade G18", "Salary: Translator: 7,011.26 Euro (EUR) Monthly; Reviser: ..."),
    for each field whose values differ from post to post."""
    out: dict[str, dict[str, tuple[object, int, str]]] = {}
    for field, _label, found in _labelled(notice, {"deadline", "board_deadline", "grade", "salary"}):
        name = {"board_deadline": "deadline", "salary": "salary_eur_monthly"}.get(field, field)
        values = {clean(m.group("t")).casefold(): (value, found.line.no, found.line.raw.strip())
                  for m in _TITLED_VALUE.finditer(str(found.value))
                  if names_post(m.group("t")) and (value := _read_own(name, m.group("d"), found.line)) is not None}
        values = values or {f"#{n}": (value, found.line.no, found.line.raw.strip())
                            for n, piece in _marked_values(_with_lettered_below(notice, found))
                            if (value := _read_own(name, piece, found.line)) is not None}
        if name not in out and len({v for v, *_ in values.values()}) >= 2:
            out[name] = values
    return out


def _with_lettered_below(notice: Notice, found: Found) -> str:
    """A label's value, with the lines lettered after it when the value stands on a line of its own under the label
    ("GRADE:" / "(a) A-2/G-15" / "(b) A-3/G-16"): each post's value by its letter."""
    if not _LETTERED.match(found.line.raw):
        return str(found.value)
    below = [ln for ln in notice.active_lines if ln.no > found.line.no][:_LETTERED_LINES]
    lettered = list(takewhile(lambda ln: _LETTERED.match(ln.raw), below))
    return " ".join(ln.raw.strip() for ln in [found.line, *lettered])


_LETTERED = re.compile(r"\s*\((?:[a-f]|\d)\)\s")  # a line opened by a post's letter: "(b) A-3/G-16"
_LETTERED_LINES = 5


def _marked_values(value: str) -> list[tuple[int, str]]:
    """(0-based serial, value) of each post a label's value names by its mark ("Post A: 6,412.30 Euro (EUR) Monthly
    Post B: 8,120.55 ...", "Position 1: A.2 / NATO Grade G15; Position 2: A.3 ...", "(a) A-3/G-17; (b) A-2/G-15"):
    two marks or more."""
    marks = list(_VALUE_MARK.finditer(value))
    if len(marks) < 2:  # ... or after its value in brackets: "7,912.45 EUR (Post A) / 9,601.02 EUR (Post B)"
        after = list(_MARK_AFTER.finditer(value))
        starts = [0] + [m.end() for m in after[:-1]]
        return [(serial_index(m.group("n")), value[a:m.start()].strip(" ;,/")) for a, m in zip(starts, after,
                                                                                              strict=True)] \
            if len(after) >= 2 else []
    ends = [m.start() for m in marks[1:]] + [len(value)]
    return [(serial_index(m.group("n") or m.group("b")), value[m.end():end].strip(" ;,/"))
            for m, end in zip(marks, ends, strict=True)]


_VALUE_MARK = re.compile(r"(?<!\w)(?:(?:" + MARK_WORDS + r")\s+(?P<n>\d{1,2}|[A-F])\s*:\s*|\((?P<b>[a-f]|\d)\)\s+)",
                         re.I)  # (or its serial in brackets: "GRADE: (a) A-3/G-17; (b) A-2/G-15")
_MARK_AFTER = re.compile(r"\(\s*(?:" + MARK_WORDS + r")\s+(?P<n>\d{1,2}|[A-F])\s*\)", re.I)


def _read_own(field: str, text: str, line: Line) -> object | None:
    """One post's value as a label states it: a date, a grade or a monthly euro pay."""
    if field == "deadline":
        return hit.value if (hit := gram.find_date(text, day_first=True)) else None
    if field == "grade":
        return text.strip() if gram.read_grade(text, after_word=True) else None
    pay = gram.read_pay(text, 0)
    found = _pay_value(pay, pay.basis, line, (0, len(line.norm)))[0] if pay else None
    return found.value if found else None


# A post's title and its own value in a list of them: "Legal Adviser (X): 2 November 2025; for the Assistant: 9 ...".
_TITLED_VALUE = re.compile(r"(?:\bfor\s+(?:the\s+)?)?(?P<t>[A-Z][^:;]{2,80}?)\s*:\s*(?P<d>[^:;]{2,60}?)"
                           r"\s*(?=;|\s[/—–-]\s+[A-Z][^:;\d/—–]{2,60}?:|\.?\s*$)")  # (or apart by a slash or a dash:
# "Reviser: L.3 / NATO Grade G19 — Translator: L.2 / NATO Grade G16")


def _below_reference(dates: list[Found], reference: Found | None) -> Found | None:
    """The date stated below the notice's own reference when the others stand above it: a job board's facts
    ("Deadline: 30/06/2016") above the notice it wraps ("Vacancy Number: 16038 ... Closing Date: 23 June 2016")."""
    if reference is None:
        return None
    below = [f for f in dates if f.line.no > reference.line.no]
    if len(below) < len(dates) and len({f.value for f in below}) == 1:
        return below[0]
    return None


class _DayFirst:
    """Whether a notice's numeric dates are read day first; true unless they are written month first (looked at
    once, when a date could be read either way)."""

    def __init__(self, notice: Notice) -> None:
        self.notice = notice
        self.value: bool | None = None

    def __bool__(self) -> bool:
        if self.value is None:
            self.value = not gram.month_first(ln.text for ln in self.notice.active_lines)
        return self.value


def _date_after(notice: Notice, ln: Line, m: re.Match[str], off: int, day_first: _DayFirst
                ) -> tuple[Found | None, str]:
    """(date, text read) after a deadline phrase: on its line, else at the start of the next line."""
    text = m.string
    eol = text.find("\n", m.end())
    rest = text[m.end():(eol if eol != -1 else len(text))][:80]
    hit = gram.date_after_phrase(rest, day_first)
    if hit is not None:
        return Found(hit.value, ln, m.start() - off, m.end() - off + hit.end, hit.either_way), rest.strip(" :")
    if len(rest.strip()) <= 40 and (nxt := notice.next_line(ln)) is not None \
            and (hit := gram.date_after_phrase(nxt.norm[:40], day_first)):
        return Found(hit.value, ln, m.start() - off, either_way=hit.either_way), rest.strip(" :")
    return None, rest.strip(" :")


def reports_to(notice: Notice) -> Found | None:
    """Whom the post reports to: the post's own line first, the ASGs' shared sentence last."""
    lines = notice.with_trigger("reports", notice.body("interrelationships", "summary", "accountabilities"))
    best: Found | None = None
    for ln, m, off in notice.scan(_REPORTS, lines):
        who = clean(m.group("who"))
        if not who or len(who) > 120:
            continue
        found = Found(who, ln, m.start() - off, m.end() - off)
        if not m.group("verb").lower().startswith("all of whom"):
            return found
        best = best or found
    return best
