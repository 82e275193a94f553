"""Competencies: one row per competency listed, its rung taken from the framework table."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from itertools import pairwise

from analysis.extract import Row, clean
from analysis.ingest import language_of
from analysis.reference import (
    competency_item_pattern,
    competency_name_pattern,
    competency_names,
    competency_run_pattern,
    competency_rungs,
    fold,
    header_labels,
    terms,
)
from analysis.segment import Line, Notice, is_page_furniture, join_lines

# A middle dot between items of a list flattened onto one line.
_DOT = "·"
_DOT_SPLIT = re.compile(r"\s·\s")
_ENUMERATOR = re.compile(r"^\W*(?:(?:\d{1,2}|[a-h]|[ivx]{1,4})[.)]\s+)?")  # "2. Analytical Thinking", "b. Empathy: ..."
_NAME_WORDS = 7  # a competency's name is short ("Souci de la clarté et de l'exactitude"); longer is a sentence
_BRACKETED = re.compile(r"^\((.*?)\)?[.;,]?$")
# A name alone that the table does not hold, in capitals: "Organisational Commitment".
_NAME_ALONE = re.compile(r"[A-Z][a-z]+(?:\s+(?:and|of|to|the|[A-Z][a-z]+)){0,3}")
# ... or, as a bulleted item, in sentence case: "Decision making", "Planning and organising".
_NAME_IN_SENTENCE_CASE = re.compile(r"[A-Z][a-z]+(?:\s+[a-z]+){1,3}")
_TABLE_HEAD = re.compile(r"\b(?:Competenc(?:y|ies)|Descriptors?|Levels?|Behaviou?rs?)\b")
_FIGURE = re.compile(r"\d")
_LEVEL = re.compile(r"\blevel\s+\d\b", re.I)  # a competency's level ("Level 4 (Expert)") is no figure of pay
_GENERIC = re.compile(r"^\W*(?P<name>[A-Z][\w'’ -]{2,40}?)(?:\s*:|\s[–—-])\s*(?P<desc>\S.*)$")  # ("Strategic Thinking -
# Level 4 (Expert)": a dash for the colon)


def extract(notice: Notice) -> tuple[list[Row], list[str]]:
    """(rows, problem messages) from the COMPETENCIES section."""
    rows: list[Row] = []
    problems: list[str] = []
    bulleted = True  # whether every item read so far stood on a bulleted line
    intro = False  # whether a line introducing more items stood after the list ("Post A only - in addition:")
    for ln, start, end in _items(_untranslated(notice)):
        text = _TRANSLATED.sub("", _ENUMERATOR.sub("", " ".join(ln.norm[start:end].split())))
        if text.endswith(":") and not rows:
            continue
        named = competency_names().get(fold(_ENUMERATOR.sub("", text).strip(" ;.,")))
        if named is not None:  # a name alone: "2. Analytical Thinking"
            competency, descriptor = named, None
            problems.append(f"{named}: listed without a descriptor; its level is left empty")
        else:
            m = competency_name_pattern().match(text)
            if m:
                competency = competency_names()[fold(m.group("name"))]
            elif intro:
                break  # what such a line introduces goes on only with the framework's competencies
            else:
                m = _GENERIC.match(text)
                m = None if m and m.group("name").isupper() else m  # (a marking: "NATO UNCLASSIFIED - Releasable")
                alone = None if m else _NAME_ALONE.fullmatch(_ENUMERATOR.sub("", text).strip(" ;.,")) or (
                    _NAME_IN_SENTENCE_CASE.fullmatch(text.strip(" ;.,")) if ln.bullet else None)
                if alone and not _skill_words().isdisjoint(alone.group(0).lower().split()):
                    alone = None  # a skill asked for ("Good drafting skills"), not a competency's name
                if alone and _TABLE_HEAD.search(alone.group(0)):
                    alone = None  # a table's header row: "Competency | Descriptor"
                name = fold(m.group("name")) if m else fold(alone.group(0)) if alone else ""
                if m and rows and _FIGURE.search(_LEVEL.sub("", m.group("desc"))):
                    break  # a name the table does not hold, with figures: "Basic annual salary: EUR 48,540.00"
                if alone and rows and (all(r["descriptor"] for r in rows) or (
                        len(rows) > 1 and len({r["line"] for r in rows}) == 1
                        and ln.line_at(start) != rows[-1]["line"])):
                    break  # a name alone after a list of names with descriptors, or after a run of names on one
                    # line, heads what follows ("Pay", "Conditions")
                if m and rows and bulleted and not ln.bullet:
                    intro = text.endswith(":")
                    if intro:
                        continue
                    break  # "X: ..." without a bullet after a bulleted list goes on past it ("Our tip: the IMS ...")
                if not name or len(name.split()) > _NAME_WORDS or name in header_labels() or \
                        name.startswith(_not_competencies()):  # (its colon may be stripped: "Supervisory
                    # Responsibilities None")
                    continue  # "Grade : A5" of a title block below the list, ACO's "Personal Attributes:" item
                competency = clean(m.group("name") if m else alone.group(0))
                problems.append(f"competency {competency!r} is not in the framework table")
            descriptor = clean(_BRACKETED.sub(r"\1", m.group("desc"))) if m else None  # "Empathy (Listens actively)"
        level, max_level = _rung(competency, descriptor or "")
        if descriptor and level is None and competency in competency_rungs():
            problems.append(f"{competency}: descriptor {descriptor!r} matches no rung of the framework")
        bulleted = bulleted and ln.bullet
        if any(r["competency"] == competency and r["line"] == ln.line_at(start) for r in rows):
            continue  # the same competency again on its line: its translation ("Recherche de l'excellence : ... /
            # Achievement: ...")
        rows.append({"competency": competency, "descriptor": descriptor, "level": level,
                     "max_level": max_level, "line": ln.line_at(start), "evidence": ln.evidence(start, end)})
    return rows, problems


def _untranslated(notice: Notice) -> list[Line]:
    """The COMPETENCIES section's lines without the paragraphs in the other language, when it also holds some in the
    notice's language (each English paragraph followed by its French translation); a line translated within itself
    ("Teamwork / Travail en équipe: ...") is kept."""
    body = notice.body("competencies")
    langs = {id(ln): language_of(ln.norm) for ln in body if " / " not in ln.norm and ln.norm.count(" ") >= _PARAGRAPH}
    other = {"en": "fr", "fr": "en"}.get(notice.active_lang)
    if other is None or notice.active_lang not in langs.values():
        return body
    return [ln for ln in body if langs.get(id(ln)) != other]


_PARAGRAPH = 12  # spaces in a line that runs several items together, as a paragraph and its translation do


# A competency's name given in the other language first, then a slash: "Travail en équipe / Teamwork: ...".
_TRANSLATED = re.compile(r"^[^:/]{3,60}\s/\s(?=[^:/]{3,60}:)")


@cache
def _skill_words() -> frozenset[str]:
    """Words that make an item a skill or a requirement, not a competency's name (terms.csv `skill_word`)."""
    return frozenset(terms("skill_word"))


@cache
def _not_competencies() -> tuple[str, ...]:
    """Items of a competencies section that are no competency (terms.csv `not_competency`)."""
    return tuple(sorted({fold(t) for t in terms("not_competency")}))


def _items(lines: list[Line]) -> Iterator[tuple[Line, int, int]]:
    """(line, start, end) of each competency item: a whole line, a name on its own line with the descriptor
    on the next ("Achievement" / "Sets goals", as a PDF lays it out), or each item of a list flattened onto
    one line ("Achievement: Sets goals; Change Leadership: Leads change; ...")."""
    names = competency_names()
    i = 0
    while i < len(lines):
        ln = lines[i]
        i += 1
        if is_page_furniture(ln):
            continue  # a page's number or marking where the copy stops ("Pag" / "e3" under the heading)
        if fold(ln.text.rstrip(":")) in names and i < len(lines) and fold(lines[i].text.rstrip(":")) not in names \
                and not (ln.bullet and lines[i].bullet):  # (two bulleted lines are two items)
            ln = join_lines([ln, lines[i]])
            i += 1
        elif ln.text.endswith(":") and fold(ln.text.rsplit(";", 1)[-1].strip(" :")) in names and i < len(lines) \
                and lines[i].text and not competency_name_pattern().match(lines[i].text):  # (a run's last name,
            ln = join_lines([ln, lines[i]])  # its descriptor wrapped onto the next line: "...; Developing Others:" /
            i += 1  # "Provides helpful feedback; Impact and Influence: ...")
        if ln.norm.count(_DOT) >= 2:  # "Achievement — Sets goals · Change Leadership — Champions change · ..."
            cuts = list(_DOT_SPLIT.finditer(ln.norm))
            starts, ends = [0, *(c.end() for c in cuts)], [*(c.start() for c in cuts), len(ln.norm)]
            yield from ((ln, start, end) for start, end in zip(starts, ends, strict=True))
            continue
        starts = [m.end() for m in competency_item_pattern().finditer(ln.norm)] if ln.norm.count(":") >= 2 else []
        if len(starts) < 2:  # a run without colons: "Achievement (Sets goals), Empathy (Listens) and Teamwork (...)"
            starts = [m.start() for m in competency_run_pattern().finditer(ln.norm)]
        if len(starts) < 2:  # names alone between semicolons: "Achievement; Clarity and Accuracy; Teamwork"
            starts = _names_between_semicolons(ln.norm)
        if len(starts) < 2:
            yield ln, 0, len(ln.norm)
            continue
        for start, end in pairwise([*starts, len(ln.norm)]):
            yield ln, start, len(_RUN_END.sub("", ln.norm[:end]))


def _names_between_semicolons(norm: str) -> list[int]:
    """Where each item starts when a line lists competency names alone, split by semicolons (two at least known,
    the others short capitalised names: "Achievement; Organisational Commitment; Teamwork"), perhaps after an intro
    ("The incumbent must demonstrate: Analytical Thinking; Teamwork")."""
    intro = _NAMES_INTRO.match(norm)
    pos = intro.end() if intro and fold(intro.group("intro")) not in competency_names() else 0
    starts, known = [], 0
    for piece in norm[pos:].split(";"):
        name = _ENUMERATOR.sub("", piece.strip(" .")).strip()
        if name:
            if fold(name) in competency_names():
                known += 1
            elif not (name[0].isupper() and len(name.split()) <= _NAME_WORDS // 2 + 1 and ":" not in name):
                return []
            starts.append(pos + len(piece) - len(piece.lstrip()))
        pos += len(piece) + 1
    return starts if len(starts) >= 2 and known >= 2 else []


_NAMES_INTRO = re.compile(r"(?P<intro>[^:;]{3,80}):\s*")  # an intro before a list of names
# What ends one item of a run before the next: "; ", ", ", " and ".
_RUN_END = re.compile(r"[\s;,|]*(?:\band\b|\bet\b)?[\s;,|]*$")


def _rung(competency: str, descriptor: str) -> tuple[int | None, int | None]:
    """The rung whose key phrase the descriptor holds; among several, the one sharing most words."""
    rungs = competency_rungs().get(competency)
    if not rungs:
        return None, None
    text = fold(descriptor)
    words = set(text.split())
    matches = [rung for rung in rungs if rung.key in text]
    if not matches:
        return None, rungs[0].max_level
    best = max(matches, key=lambda r: (len(r.words & words), len(r.key)))
    return best.level, best.max_level
