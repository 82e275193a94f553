"""Text to sections: lines with a length-preserving normalised copy, headings, language blocks."""

from __future__ import annotations

import itertools
import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from analysis.ingest import Columns, language_of
from analysis.reference import (
    fold,
    header_labels,
    heading_words,
    headings,
    intro_lines,
    post_noun,
    read_csv,
    to_number,
    trigger_index,
)

# One-for-one character swaps: `norm` keeps the length of `raw`, so a match in `norm`
# is the same span in `raw`, and evidence is always exact source text.
_SWAP = (("’", "'"), ("‘", "'"), ("“", '"'), ("”", '"'), ("«", '"'), ("»", '"'), ("\u00a0", " "),
         ("\t", " "), ("*", " "), ("\u2009", " "), ("\u202f", " "), ("–", "-"), ("—", "-"), ("‑", "-"),
         ("‐", "-"))
# (a PDF's bullets in a symbol font come out as private-use characters: U+F0B7, U+F0A7, U+F076, U+F0D8, U+F0FC)
_BULLET = re.compile(r"^(\s*)(?:[-•·▪►◦●■▸\uf0b7\uf0a7\uf076\uf0d8\uf0fc]\s*(?:o\s+)?|o\s+(?=\S)|\d{1,2}\)\s+|"
                     r"[a-h]\)\s+|\((?:\d{1,2}|[a-h]|[ivx]{1,4})\)\s+)")
_BULLET_FIRST = frozenset("-•·▪►◦●■▸\uf0b7\uf0a7\uf076\uf0d8\uf0fcoabcdefgh(")
_GLUED_O = re.compile(r"^(\s*)o(?=[A-Z][a-z])")
_GLUED_O_LOWER = re.compile(r"^(\s*)o(?=[a-z]{3,})")
_MD_HEADING = re.compile(r"^\s*#{1,6}\s")
_QUOTED = re.compile(r"^\s*(?:>\s?)+")
# A row of a table (markdown from a PDF or a web page): "| label | value |", "| label | value | label | value |".
_TABLE_ROW = re.compile(r"^(?P<lead>\s*)\|(?P<cells>[^|]*(?:\|[^|]*)*?)(?P<end>\|?\s*)$")
# A section number: 1-99 (a sub-section's too: "3.1 Essential"), or a Roman numeral followed by its stop ("III. MAIN
# ACCOUNTABILITIES").
_NUM = r"(?:\d{1,2}(?:\.\d{1,2}){0,2}|[IVX]{1,4}(?=[.)])|[A-H](?=[.)]\s))"  # ("2.1", "IV.", "C. COMPETENCIES")
_NUMBERED = re.compile(rf"^(?P<num>{_NUM})\s*[.)]?\s*(?P<rest>\D.*?)\s*:?\s*$")
_GLUED_HEADING = re.compile(rf"^(?:{_NUM}\s*[.)]\s*|\d{{1,2}}\s+)?(?P<head>[A-ZÀ-Ý][A-ZÀ-Ý&'/ -]{{3,}}?)"
                            r"(?=[A-ZÀ-Ý][a-zà-ÿ])")
# (also after a page's number, as a document site's transcription starts each page: "3 QUALIFICATIONS Essential: ...")
# A heading in ordinary case whose line break was lost: "Qualifications and ExperienceThe incumbent must:".
_GLUED_MIXED = re.compile(rf"^(?:{_NUM}\s*[.)]\s*)?(?P<head>[A-ZÀ-Ý][\w&'/ ,-]{{3,80}}?[a-zà-ÿ])(?=[A-ZÀ-Ý])")
# A numbered heading ended by a stop and run into its paragraph: "5. Competencies. The incumbent must ...".
_STOPPED_HEADING = re.compile(rf"^(?:\d{{1,2}}\s+(?=\d))?{_NUM}\s*[.)]\s*(?P<head>[A-ZÀ-Ý][^.:;]{{2,60}}?)\s*[.:]\s+"
                              r"(?=\S)")
# (also after a document site's page number: "2 3. Essential qualifications. Candidates must:")
# A sentence whose subject is the post and whose verb says what it does: "The Head leads ...", "The Senior Officer
# chairs ...".
_POST_PROSE = re.compile(r"(?:The|This)\s+(?:[A-Z][\w-]*\s+){1,4}(?:leads|heads|manages|directs|supervises|oversees|"
                         r"chairs|co-chairs|presides|represents|is\s+responsible)\b")
_SENTENCE_ENDS = frozenset(".;:!?")
_ENUMERATOR = re.compile(r"\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)\s")
_CONTINUES = frozenset({"of", "and", "the", "for", "to", "in", "on", "with", "de", "du", "des", "et", "pour"})
# A heading inside a flattened line: at its start, after a sentence end, or anywhere when numbered
# ("... Indirect reports: n/a 5. COMPETENCIES"); an optional number, then capitals.
_INLINE_HEAD = re.compile(rf"(?:^[ \t]*|(?<=[^\d\s][.;:!?)\"'] )|(?<=[\s:]N/A )"
                          rf"|(?<=\S[ \t])(?={_NUM}[.)][ \t]+[A-ZÀ-Ý]{{2}})"
                          # (or after a label's "N/A": "Indirect reports: N/A COMPETENCIES The ...", or glued on, a
                          # text whose line breaks were lost: "... taskers.PRINCIPAL DUTIESThe ...")
                          rf"|(?<=[a-zà-ÿ0-9.;:)€])(?=(?:{_NUM}[.)][ \t]+)?[A-ZÀ-Ý]{{4}}))"
                          rf"(?:{_NUM}\s*[.)]\s+)?(?P<caps>(?=[A-ZÀ-Ý]{{2}}))")
_CAPS_WORD = re.compile(r"[A-ZÀ-Ý][A-ZÀ-Ý&'/-]*(?![a-zà-ÿ](?![.)]))")  # (also glued to a lettered item: "a. X")
_CAPS_RUN = re.compile(r"[A-ZÀ-Ý]{4}")
_BULLET_SIGNS = frozenset("•●▪■◦")
# A bullet sign inside a line, between words: where a list flattened onto one line is cut.
_INLINE_BULLET = re.compile(rf"(?<=\S[ \t])[{''.join(sorted(_BULLET_SIGNS))}](?=[ \t]+\S)")
LIST_SECTIONS = frozenset({"essential", "desirable", "challenges", "competencies"})
_EVIDENCE_TRIM = " \t*#-•"
CORE = frozenset({"summary", "qualifications", "essential", "accountabilities", "competencies"})


class Line(NamedTuple):
    """One source line: `raw` as written, `norm` the same length with markup blanked, `text` folded."""

    no: int
    raw: str
    norm: str
    bullet: bool
    text: str
    parts: tuple[int, ...] = (0,)  # where each joined line starts in `norm`
    nos: tuple[int, ...] = ()  # ... and its number, when the lines joined are not consecutive (a column's pieces)

    def line_at(self, pos: int) -> int:
        """The source line number of position `pos` of `norm` (a reflowed Line spans several)."""
        while pos < len(self.norm) and self.norm[pos] in _EVIDENCE_TRIM:
            pos += 1
        part = bisect_right(self.parts, pos) - 1
        return self.nos[part] if self.nos else self.no + part

    @property
    def written(self) -> str:
        """The line as written, less its bullet sign, markdown emphasis and table pipes, whitespace folded."""
        start = len(self.norm) - len(self.norm.lstrip())
        if self.raw.lstrip()[:1] == "|":  # a table row: its cells as "Label : value"
            return " ".join(self.norm[start:].split())
        return " ".join(self.raw[start:].replace("**", "").replace("__", "").split())

    def evidence(self, start: int = 0, end: int | None = None) -> str:
        """Exact source text for a span of `norm` (whole line by default), trimmed."""
        return self.raw[start:end if end is not None else len(self.raw)].strip(_EVIDENCE_TRIM)


@dataclass
class Section:
    key: str
    lang: str | None
    lines: list[Line] = field(default_factory=list)
    head: Line | None = None  # the heading line that opens it ("2. ENGINEER (X) - PRINCIPAL DUTIES")

    @property
    def body(self) -> list[Line]:
        return [ln for ln in self.lines if ln.text]


@dataclass
class Notice:
    sections: list[Section]
    language: str
    active_lang: str
    _joined: dict[tuple[int, ...], tuple[str, list[int]]] = field(default_factory=dict, repr=False)
    _hits: dict[str, set[int]] | None = field(default=None, repr=False)
    _next: dict[int, Line] | None = field(default=None, repr=False)
    memo: dict[str, object] = field(default_factory=dict, repr=False)  # what extractors read once per notice
    dropped: frozenset[int] = frozenset()  # lines of a viewer's list of other documents, no part of the notice

    @property
    def active(self) -> list[Section]:
        """Sections in the language the values are taken from (English when present); a notice in one
        language keeps every section (a job board's headings may be in another language). What a page shows
        after "Similar documents" or "Related jobs" (other notices' openings) is never read."""
        if self.language != "en+fr":
            return [s for s in self.sections if s.key != "related"]
        return [s for s in self.sections if s.lang in (self.active_lang, None) and s.key != "related"]

    def find(self, *keys: str) -> list[Section]:
        """Sections with these keys; a notice without headings offers its whole text for non-list fields."""
        found = [s for s in self.active if s.key in keys]
        if not found and self.unsectioned and not LIST_SECTIONS.issuperset(keys):
            return [self.sections[0]]
        return found

    @property
    def unsectioned(self) -> bool:
        return all(s.key == "header" for s in self.sections)

    def body(self, *keys: str) -> list[Line]:
        return [ln for s in self.find(*keys) for ln in s.body]

    def described(self, *keys: str) -> list[Line]:
        """The body of the sections `keys`, with the sentences describing the post that stand under a heading of
        its requirements ("POST-SPECIFIC REQUIREMENTS" / "A. Head, X (G22)" / "The Head leads the Section of 9
        staff ..."), in the text's order."""
        found = self.find(*keys)
        extra = [ln for s in self.find("qualifications") if s not in found for ln in s.body
                 if not ln.bullet and _POST_PROSE.match(ln.text)]
        return sorted(self.body(*keys) + extra, key=lambda ln: ln.no) if extra else self.body(*keys)

    @property
    def header(self) -> list[Line]:
        return self.sections[0].body if self.sections and self.sections[0].key == "header" else []

    @property
    def active_lines(self) -> list[Line]:
        return [ln for s in self.active for ln in s.lines]

    def scan(self, pattern: re.Pattern[str], lines: list[Line]) -> Iterator[tuple[Line, re.Match[str], int]]:
        """Run one regex over the joined lines: (line, match, offset of that line in the joined text)."""
        # by identity: the pieces of one flattened line share its number (the notice keeps every Line alive)
        key = tuple(map(id, lines))
        if key not in self._joined:
            self._joined[key] = ("\n".join(ln.norm for ln in lines), _starts(lines))
        joined, offsets = self._joined[key]
        for m in pattern.finditer(joined):
            i = bisect_right(offsets, m.start()) - 1
            yield lines[i], m, offsets[i]

    def with_trigger(self, name: str, lines: list[Line]) -> list[Line]:
        """The given lines holding a keyword of trigger `name` (terms.csv), found once per notice with str.find."""
        if self._hits is None:
            self._hits = self._find_triggers()
        hits = self._hits.get(name, set())
        return [ln for ln in lines if ln.no in hits]

    def _find_triggers(self) -> dict[str, set[int]]:
        hits: dict[str, set[int]] = {}
        for ln in self.active_lines:
            if ln.text:
                for name in _line_triggers(ln.norm):
                    hits.setdefault(name, set()).add(ln.no)
        return hits

    def parts(self, spans: list[tuple[int, int, int]]) -> Iterator[list[Line]]:
        """The active lines of each span (first line, last line, owner): the posts' own parts of a notice of several
        posts, each read as a notice of its own."""
        for first, last, _ in spans:
            if lines := [ln for ln in self.active_lines if first <= ln.no <= last]:
                yield lines

    def next_line(self, line: Line) -> Line | None:
        """The active line with text that follows `line` (a label's value below it), found once per notice."""
        if self._next is None:
            texted = [ln for ln in self.active_lines if ln.text]
            self._next = {id(a): b for a, b in itertools.pairwise(texted)}
        return self._next.get(id(line))

    def first(self, pattern: re.Pattern[str], lines: list[Line]) -> tuple[Line, re.Match[str], int] | None:
        return next(self.scan(pattern, lines), None)


@lru_cache(maxsize=65536)
def _line_triggers(norm: str) -> frozenset[str]:
    """The trigger names whose keywords (terms.csv) one line holds; notices repeat lines, so it is cached."""
    by_start, short, names = trigger_index()
    lower, found = norm.lower(), set()
    for i in range(len(lower) - 2):
        for keyword in by_start.get(lower[i:i + 3], ()):
            if lower.startswith(keyword, i):
                found |= names[keyword]
    for keyword in short:
        if keyword in lower:
            found |= names[keyword]
    return frozenset(found)


def make_lines(text: str, columns: Columns | None = None) -> list[Line]:
    """Split text into Lines, marking bullets (including an `o` glued to the word); a page laid out in two columns
    side by side (`columns`: where each line's right column starts) is read column by column, each piece on the
    line it was read from."""
    out: list[Line] = []
    prev_list = False
    for i, raw in _reading_order(text.split("\n"), columns):
        norm, bullet, folded, prev_list = _shape(raw, prev_list)
        if not folded and raw.lstrip()[:1] == "|" and out and _names_columns(out[-1]):
            head = out[-1]  # the row above a table's rule names the columns: it is no value
            out[-1] = Line(head.no, head.raw, " " * len(head.norm), False, "")
        out.append(Line(i, raw, norm, bullet, folded))
    return out


@lru_cache(maxsize=65536)
def _shape(raw: str, prev_list: bool) -> tuple[str, bool, str, bool]:
    """(norm, bullet, folded text, whether a list goes on) of one line; notices repeat lines, so cached."""
    norm = raw
    for old, new in _SWAP:
        if old in norm:
            norm = norm.replace(old, new)
    first = norm.lstrip()[:1]
    if first == "|":
        norm = _table_row(norm)
        first = norm.lstrip()[:1]
    if not first:
        return norm, False, "", False
    if norm[:1] in (" ", "#"):
        norm = _MD_HEADING.sub(lambda m: " " * len(m.group(0)), norm)
    if first == ">":  # a quoted block (a forum's or a mail's "> "): its marks blanked
        norm = _QUOTED.sub(lambda m: " " * len(m.group(0)), norm)
        first = norm.lstrip()[:1]
        if not first:
            return norm, False, "", False
    m = None
    if first in _BULLET_FIRST or first.isdigit():
        m = _BULLET.match(norm) or _GLUED_O.match(norm)
        if not m and prev_list:
            m = _GLUED_O_LOWER.match(norm)
    bullet = bool(m and len(norm) > m.end())
    if bullet:
        norm = " " * m.end() + norm[m.end():]
    return norm, bullet, " ".join(norm.split()), bullet or norm.rstrip().endswith((":", ";"))


def _reading_order(raws: list[str], columns: Columns | None) -> list[tuple[int, str]]:
    """(line number, text) in reading order: each line as it is, or, for a page in two columns side by side, the
    left column's pieces, then the right column's (each piece keeps its line's number and its exact text)."""
    numbered = list(enumerate(raws, start=1))
    if columns is None or len(columns) != len(raws):
        return numbered
    out: list[tuple[int, str]] = []
    for page in _pages(list(zip(numbered, columns, strict=True))):  # (page by page: a column goes on over the page
        # break only after the page's other column)
        out += [(i, raw[:cut] if cut is not None else raw) for (i, raw), cut in page if cut != 0]
        out += [(i, raw[cut:]) for (i, raw), cut in page if cut is not None]
    return out


def _pages(rows: list[tuple[tuple[int, str], int | None]]) -> list[list[tuple[tuple[int, str], int | None]]]:
    """The rows of a two-column text cut into pages at the page furniture spanning the page (a security marking, a
    page number, a rule), the furniture ending the page above."""
    pages: list[list[tuple[tuple[int, str], int | None]]] = [[]]
    header = True  # (the block of labels a page opens with, above a blank row, is read on its own first)
    for row in rows:
        text = " ".join(row[0][1].split())
        if header and not text and _labels_block(pages[-1]):
            pages.append([])
            header = False
        pages[-1].append(row)
        if row[1] is None and text and len(text) <= _FURNITURE_WIDTH and _is_furniture(text) and \
                any(cut is not None for _, cut in pages[-1]):
            pages.append([])
    return pages


def _labels_block(rows: list[tuple[tuple[int, str], int | None]]) -> bool:
    """Whether rows in two columns are a header's block of labels and values ("Requisition # 260388      Salary: EUR
    7,012.44"): a few rows, half of them at least holding a label's colon."""
    texted = [raw for (_, raw), cut in rows if raw.strip() and cut is not None]
    return 0 < len(texted) <= _HEADER_ROWS and 2 * sum(":" in raw for raw in texted) >= len(texted)


_HEADER_ROWS = 12


def _names_columns(row: Line) -> bool:
    """Whether a table's first row names its columns ("| Competency | Level |") rather than holding a value
    (a converter makes a PDF table's first row the header: "| Vacancy Reference | NDC-2026-03 |")."""
    if row.raw.lstrip()[:1] != "|" or any(ch.isdigit() for ch in row.raw):
        return False
    first = row.raw.strip().strip("|").split("|", 1)[0]
    return fold(first.replace("*", "")) not in header_labels()


def _table_row(norm: str) -> str:
    """A table row of labels and values ("| Application Deadline | 28-Apr-2024 |", "| Vacancy | 250912 | Grade |
    A.4 |") read as "Label : value" pairs; a row of one cell as its text; a rule row ("|---|---|") blank; other rows
    as they are. The length is kept, so evidence stays exact."""
    m = _TABLE_ROW.match(norm)
    if m is None:
        return norm
    cells = m.group("cells").split("|")
    if not "".join(cells).strip(" -:"):
        return " " * len(norm)
    if len(cells) == 1:  # a table of one column (a converted document's boxes): its cell's text, its line breaks
        return f"{m.group('lead')} {_CELL_BREAK.sub(';   ', cells[0])}{' ' * len(m.group('end'))}"  # as semicolons
    if len(cells) % 2:
        return norm
    out = [m.group("lead"), " "]
    for i, cell in enumerate(cells):
        out.append(cell)
        if i < len(cells) - 1:
            out.append(" " if i % 2 or cell.rstrip().endswith(":") else ":")
    out.append(" " * len(m.group("end")))
    return "".join(out)


_CELL_BREAK = re.compile(r"<br>", re.I)  # a line break inside a converted table's cell ("<br>": four characters)


def heading_of(line: Line) -> tuple[str, str, bool] | None:
    """(section, lang, glued) when the line is a section heading; glued: text follows on the line."""
    return _heading(line.text, line.bullet)


# Pictographs before a heading, as social-media posts write them: "✅ Essential requirements:", "📄 Contract:".
_PICTOGRAPHS = re.compile("^(?:[\u2190-\u2bff\u2600-\u27bf\U0001f000-\U0001faff\ufe0f\u200d]\\s*)+")
_NOTE = re.compile(r"\s*\([^()]{2,40}\)[\s:.]*$")
_LOWER_LETTERED = re.compile(r"[a-h][.)]\s+")  # (in ordinary case, "b. Language" is an item of the section above)
_ADDRESSED = re.compile(r"\s+(?:(?:from|of)\s+you|if\s+you\s+(?:also\s+)?(?:have|bring|offer)"
                        r"|(?:we|you)(?:'ll|\s+will)?\s+(?:assess|look\s+for|expect|require|need|seek|value|bring|offer)"
                        r"|required|sought|needed|expected|requested)$",
                        re.I)  # ("Competencies we assess", "Qualifications you bring", "Qualifications required")
_SHARED_BY_POSTS = re.compile(r"\s+(?:common\s+to|shared\s+by|for|of)\s+(?:both|all)\s+(?:the\s+)?(?:two\s+|three\s+)?"
                              r"(?:posts|positions|vacancies)$", re.I)
# (or said of the post: "Summary of the post", "Main duties of the position")
_OF_POST = re.compile(r"\s+(?:of|for|in)\s+(?:the|this)\s+(?:post|position|role|job|vacancy)$", re.I)
_DASH = re.compile(r"\s+[–—-]\s+")  # between a heading and its part: "Qualifications – essential"
_ON_SITE = re.compile(r"(?P<h>.{3,40}?)\s+(?:on|at|from)\s+[A-Z][\w.-]*:?$")


@lru_cache(maxsize=65536)
def _heading(text: str, bullet: bool) -> tuple[str, str, bool] | None:
    text = _PICTOGRAPHS.sub("", text).lstrip(":;.- ")
    if (lettered := _LOWER_LETTERED.match(text)) and text[lettered.end():].isupper():
        text = text[lettered.end():]  # a heading in capitals after a lower-case letter: "b. ESSENTIAL QUALIFICATIONS:"
    if not text or (bullet and not (text[0].isdigit() or text.isupper() or _GLUED_HEADING.match(text))) \
            or (text[0].islower() and text.endswith(".")):  # ("contract." ending a sentence broken across lines)
        return None
    if len(text) <= 90:
        m = _NUMBERED.match(text)
        body = m.group("rest") if m else text
        if body.split(" ", 1)[0].lower().rstrip(":.") in heading_words():
            found = headings().get(fold(body.rstrip(":.?")))  # "What will you do?" (headings.csv)
            if found or (found := headings().get(fold(_ADDRESSED.sub("", body.rstrip(":.?"))))) \
                    or (found := headings().get(fold(_SHARED_BY_POSTS.sub("", body.rstrip(":.?"))))) \
                    or (found := headings().get(fold(_OF_POST.sub("", body.rstrip(":.?"))))):
                return (*found, False)  # (also said to the reader: "What we need from you", "... if you also have";
                # or said of every post: "REQUIREMENTS COMMON TO BOTH POSITIONS")
            first, slash, second = body.partition(" / ")  # in both languages: "SUMMARY / RÉSUMÉ"
            found = headings().get(fold(first)) if slash else None
            if found and headings().get(fold(second.rstrip(":."))):
                return (*found, False)
            noted = _NOTE.search(body)  # a heading and a note in brackets: "QUALIFICATIONS (BOTH POSTS)"
            if noted and (found := headings().get(fold(body[:noted.start()]))):
                return (*found, False)
            dash = _DASH.search(body)  # a heading and its part: "Qualifications – essential"
            if dash and headings().get(fold(body[:dash.start()])) and (
                    found := headings().get(fold(body[dash.end():].rstrip(":.")))):
                return (*found, False)
            site = _ON_SITE.match(body)  # a site's list of other jobs named after it: "Similar roles on ImpactRoles"
            if site and (found := headings().get(fold(site.group("h")))) and found[0] == "related":
                return (*found, False)
        if found := _named_by_its_word(body) or _post_and_heading(body) or _heading_for_post(body) \
                or _heading_and_name(body):
            return (*found, False)
    if not (text[:1].isupper() or text[:1].isdigit()):
        return None
    for glued in (_GLUED_HEADING, _GLUED_MIXED, _STOPPED_HEADING):
        m = glued.match(text)
        if m and m.group("head").split(" ", 1)[0].lower() in heading_words():
            found = headings().get(fold(m.group("head"))) or headings().get(fold(_NOTE.sub("", m.group("head"))))
            # ("5. Competencies (both posts). Candidates must ...": a note in brackets after the heading)
            if found:
                return (*found, True)
    return None


def _heading_for_post(body: str) -> tuple[str, str] | None:
    """(section, lang) of a heading said of one post, past a dash: "ESSENTIAL QUALIFICATIONS - POST 1", "PRINCIPAL
    DUTIES - POST 2, FINANCIAL OFFICER (X)", "ESSENTIAL QUALIFICATIONS – A-2 POST"."""
    dash = _DASH.search(body)
    if dash and _POST_MARK.match(body, dash.end()):
        return headings().get(fold(body[:dash.start()]))
    if (said := _FOR_POST.search(body)) and _POST_MARK.match(body[said.end()].upper() + body[said.end() + 1:]):
        return headings().get(fold(body[:said.start()]))  # "Requirements for position A", "... for the A-2 post"
    return None


_FOR_POST = re.compile(r"\s+for\s+(?:the\s+)?(?=\w)", re.I)


_POST_MARK = re.compile(r"(?:POST|Post|POSITION|Position|POSTE|Poste)\s+(?:\d{1,2}|[A-F])\b"
                        r"|(?:[ABCL]-?\.?\d|G-?\d{1,2})\s+(?:POSTS?|[Pp]osts?|POSITIONS?|[Pp]ositions?)\b")  # (or its
# grade's: "ESSENTIAL QUALIFICATIONS – A-2 POST")


def _post_and_heading(body: str) -> tuple[str, str] | None:
    """(section, lang) of a heading after the name of the post it is about, past a dash: "Technical Officer (Air
    Weapons) - main tasks" in a notice of several posts."""
    dash = _DASH.search(body)
    if dash and body[:1].isupper() and not body[:dash.start()].endswith((".", ";", ",")):
        return headings().get(fold(body[dash.end():].rstrip(":.")))
    return None


def _posts_in_numbering(lines: list[Line], heads: dict[int, tuple[str, str, bool]]) -> dict[int, tuple[str, str, bool]]:
    """The numbered lines naming a post below a heading said of another post ("Competencies – Research Adviser" /
    ... / "3. Assistant (Y)"): each heads the part describing its post, which the section above does not hold."""
    out: dict[int, tuple[str, str, bool]] = {}
    said_of_post = False  # (the last heading names the post it is said of)
    for ln in lines:
        if id(ln) in heads:
            said_of_post = _heading_and_name(ln.text) is not None
            continue
        m = _NUMBERED_POST.match(ln.text) if said_of_post and ln.text[:1].isdigit() else None
        if m and len(m.group("rest").split()) <= _NAME_WORDS and m.group("rest")[:1].isupper() \
                and post_noun().search(m.group("rest")):
            out[id(ln)] = ("summary", "any", False)
            said_of_post = False
    return out


_NUMBERED_POST = re.compile(r"^\d{1,2}\.\s+(?P<rest>[^.:;]+?)\s*$")


def _heading_and_name(body: str) -> tuple[str, str] | None:
    """(section, lang) of a heading followed, past a dash, by a post's short name in title case: the post it is said
    of in a notice of several posts ("Essential qualifications – Panel Executive")."""
    dash = _DASH.search(body)
    if dash is None:
        return None
    words = body[dash.end():].rstrip(" :*_").split()
    if not 0 < len(words) <= _NAME_WORDS or not post_noun().search(body, dash.end()) or not all(
            w[:1].isupper() or w[:1] == "(" or w in _NAME_LINKS for w in words):
        return None
    return headings().get(fold(body[:dash.start()]))


_NAME_WORDS = 8
_NAME_LINKS = frozenset({"of", "and", "for", "the", "in", "on", "de", "du", "des", "et", "&"})


def _named_by_its_word(body: str) -> tuple[str, str] | None:
    """(section, lang) of a short heading that the table does not hold but whose last word names a section ("Core
    behavioural competencies"), or a question that names one ("What competencies matter to us?"); terms.csv
    `section_word`."""
    words = body.rstrip(" :?").split()
    question = body.rstrip(" *_").endswith("?")
    if not words or len(words) > _WORDS_NAMING or not body[:1].isupper() or (not question and (
            _INNER_STOP.search(body) or len(words) > _WORDS_NAMED or words[0].lower() in _sentence_openers())):
        return None
    for word in (words if question else words[-1:]):
        if found := _section_words().get(word.lower()):
            return found
    return None


_WORDS_NAMING = 6  # a question naming a section is short
_WORDS_NAMED = 4  # ... and a heading named by its last word shorter
_INNER_STOP = re.compile(r"[.,;(]")


@lru_cache(maxsize=1)
def _sentence_openers() -> frozenset[str]:
    """Words that open a sentence, not a heading ("The", "Our", "S/he": terms.csv `sentence_opener`)."""
    return frozenset(r["term"].lower() for r in read_csv("terms.csv") if r["group"] == "sentence_opener")


@lru_cache(maxsize=1)
def _section_words() -> dict[str, tuple[str, str]]:
    return {r["term"].lower(): (r["value"], r["lang"]) for r in read_csv("terms.csv") if r["group"] == "section_word"}


def _sentence_tail(last: str, text: str) -> bool:
    """Whether a short line ending a sentence is the tail of the long line above it, broken inside a name ("... and
    chairs the J6 Plans" / "Coordination Board.")."""
    return len(last) >= _LONG_LINE and text.endswith(".") and len(text.split()) <= _TAIL_WORDS


_LONG_LINE = 60  # characters of a line broken by a narrow layout
_TAIL_WORDS = 4  # ... and of the sentence's tail below it


def _in_capitals(lines: list[Line]) -> bool:
    """Whether a text is written in capitals throughout (a telex or a diplomatic cable): its wrapped lines give no
    lower-case start to tell a sentence going on."""
    long = [ln.text for ln in itertools.islice(lines, _CAPS_SAMPLE) if len(ln.text) >= _CAPS_WRAP]  # (its opening
    # tells; a line with a lower-case letter is found at once)
    return len(long) >= _CAPS_LINES and sum(1 for t in long if _LOWER.search(t)) <= 0.1 * len(long)


_LOWER = re.compile(r"[a-zà-ÿ]")
_CAPS_SAMPLE = 200  # lines
_CAPS_LINES = 8  # long lines at least
_CAPS_WRAP = 30  # ... whose line this long, not ending a sentence, goes on below
_CAPS_LABEL = re.compile(r"[A-Z][A-Z .&/()-]{1,30}:(?:\s|$)")  # ... unless the line below opens a field ("GRADE: A.4")


def _wrapped(lines: list[Line]) -> int:
    """The wrap width of hard-wrapped text (copied from a PDF), or 0 when lines are paragraphs."""
    long = [len(ln.text) for ln in lines if len(ln.text) >= 40]
    if len(long) < 8:
        return 0
    width = sorted(long)[int(len(long) * 0.9)]
    near = sum(1 for n in long if n >= 0.75 * width)
    return width if width <= 130 and near >= 0.5 * len(long) else 0


def _split_inline_headings(lines: list[Line]) -> list[Line]:
    """Cut a flattened paragraph where a known heading stands inside it, after a sentence:
    "... post-processing of translations. 2. QUALIFICATIONS AND EXPERIENCE ESSENTIAL The incumbent
    must:" gives the sentence, "2. QUALIFICATIONS AND EXPERIENCE", "ESSENTIAL" and "The incumbent
    must:", all on the line they were read from."""
    out: list[Line] = []
    for ln in lines:
        cuts = _inline_heading_cuts(ln.norm) if len(ln.text) > 60 and _CAPS_RUN.search(ln.norm) else ()
        if len(ln.text) > 60 and (":" in ln.norm or ". " in ln.norm):  # "... in the other. 5. Competencies: The
            # incumbent ...", "... 2026. 1. Post Context. A post ..."
            cuts = tuple(sorted({*cuts, *_numbered_inline_cuts(ln.norm)}))
        if not cuts:
            out.append(ln)
            continue
        bounds = [0, *cuts, len(ln.norm)]
        for i, (a, b) in enumerate(itertools.pairwise(bounds)):
            norm = ln.norm[a:b]
            if norm.strip():
                out.append(Line(ln.no, ln.raw[a:b], norm, ln.bullet and i == 0, " ".join(norm.split())))
    return out


# A numbered heading in ordinary case run into its paragraph: "2. The Post The Director directs ...".
_NUMBERED_RUN_IN = re.compile(r"^[ \t]*\d{1,2}[.)][ \t]+(?=[A-Z])")
_RUN_IN_WORDS = 6  # a heading is a few words


def _split_numbered_run_ins(lines: list[Line]) -> list[Line]:
    """Cut a numbered line after its opening words when they are a known heading and a capital opens what follows
    ("4. Qualifications Essential", "6. Contract Appointment will be ..."), both on the line they were read from."""
    out: list[Line] = []
    for ln in lines:
        m = _NUMBERED_RUN_IN.match(ln.norm)
        cut = _run_in_end(ln.norm, m.end()) if m and len(ln.text) > 12 and heading_of(ln) is None else None
        if cut is None:
            out.append(ln)
            continue
        for a, b in ((0, cut), (cut, len(ln.norm))):
            norm = ln.norm[a:b]
            out.append(Line(ln.no, ln.raw[a:b], norm, ln.bullet and a == 0, " ".join(norm.split())))
    return out


def _run_in_end(norm: str, start: int) -> int | None:
    """Where the known heading opening norm[start:] ends, when a capitalised word follows it."""
    words = list(re.finditer(r"\S+", norm[start:]))
    for k in range(min(_RUN_IN_WORDS, len(words) - 1), 0, -1):
        head = norm[start:start + words[k - 1].end()].rstrip(":.")
        if headings().get(fold(head)) and words[k].group()[0].isupper():
            return start + words[k].start()
    return None


# A bold run-in heading opening a paragraph, as markdown from a PDF writes it: "**Duties.** The Senior Scientist
# leads ...", "**Qualifications. Essential:**".
_BOLD_RUN_IN = re.compile(r"[ \t]*\*\*(?P<h>[^*\n]{3,80}?)\*\*")
_HEAD_PIECE = re.compile(r"[^.:]+[.:]?\s*")


def _split_bold_run_ins(lines: list[Line]) -> list[Line]:
    """Cut a line after a bold span that opens it when the span is made of known headings, each ending with a stop,
    or a colon when nothing follows ("**Duties.** The X leads ...", "**Qualifications. Essential:**"): each heading,
    then the paragraph, on the line they were read from."""
    out: list[Line] = []
    for ln in lines:
        at = len(ln.raw) - len(ln.raw.lstrip(" \t>"))  # (past a quoted block's "> ")
        m = _BOLD_RUN_IN.match(ln.raw, at) if ln.raw[at:at + 2] == "**" else None
        pieces = list(_HEAD_PIECE.finditer(ln.raw, m.start("h"), m.end("h"))) if m else []
        after = ln.raw[m.end():].strip() if m else ""
        if not pieces or not all(headings().get(fold(p.group().strip(" .:"))) for p in pieces) \
                or (len(pieces) == 1 and not after) or (after and pieces[-1].group().rstrip().endswith(":")):
            # (a heading alone is read as one; "**Reporting lines:** The Head reports ..." is a label and its value)
            out.append(ln)
            continue
        bounds = [0, *(p.end() for p in pieces[:-1]), m.end(), len(ln.raw)]
        for a, b in itertools.pairwise(bounds):
            norm = ln.norm[a:b]
            if norm.strip():
                out.append(Line(ln.no, ln.raw[a:b], norm, ln.bullet and a == 0, " ".join(norm.split())))
    return out


_STACKED = 2  # labels alone, one per line, before as many values: a table's two columns flattened one after the other


def _unstack_labels(lines: list[Line]) -> list[Line]:
    """A run of header labels alone ("Vacancy Number:", "Job Title:", "NATO Grade:"; or two to a line, a table's
    rows of labels: "Vacancy Number<tab>Post Title") followed by as many values, one to a line, as a PDF's header
    table comes out of a converter, put back in pairs: each label above its value (every piece keeps its line's
    number and exact text; blank lines around the run are passed over)."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        labels: list[Line] = []
        j = i
        while j < len(lines) and (cells := _label_cells(lines[j])):
            labels += cells
            j += 1
        if len(labels) >= _STACKED:
            k = j
            while k < len(lines) and not lines[k].text:
                k += 1  # (a blank line between the labels and their values)
            values = lines[k:k + len(labels)]
            if len(values) == len(labels) and all(
                    ln.text and not ln.text.endswith(":") and not _label_cells(ln) for ln in values):
                out += [ln for pair in zip(labels, values, strict=True) for ln in pair]
                i = k + len(labels)
                continue
        out += lines[i:max(j, i + 1)]
        i = max(j, i + 1)
    return out


def _label_cells(line: Line) -> list[Line]:
    """The labels alone on a line, each a piece of it ("Grade<tab>Location": two), or [] when any part is no label."""
    if not line.text:
        return []
    if "\t" not in line.raw.strip():
        return [line] if _label_alone(line.text) else []
    cells, start = [], 0
    for part in line.raw.split("\t"):
        piece = Line(line.no, part, line.norm[start:start + len(part)], False, " ".join(part.split()))
        start += len(part) + 1
        if piece.text:
            if not _label_alone(piece.text):
                return []
            cells.append(piece)
    return cells


@lru_cache(maxsize=65536)
def _label_alone(text: str) -> bool:
    """A header label alone on its line: as written ("Closing Date"), or with its colon, when a note in brackets and
    words before its last may be added ("Basic Monthly Salary (12 x per year):", "NATO Grade:")."""
    if not text.endswith(":") or len(text) > 60:
        return len(text) <= 40 and fold(text) in header_labels()
    label = fold(_NOTE.sub("", text).rstrip(" :"))
    return label in header_labels() or label.rsplit(" ", 1)[-1] in header_labels()


def _split_headed_rows(lines: list[Line], row: re.Pattern[str], mark: str, keys: frozenset[str] | None
                       ) -> list[Line]:
    """Cut a line whose opening label (group `head` of `row`, before the `mark` that ends it) is a known section
    heading from the text after it (group `rest`): both keep the line's number. `keys`: the sections such a
    label may open (None: any). A label that only opens with a heading ("COMPETENCIES - Achievement:") is left whole:
    the heading is cut where it ends, later."""
    out: list[Line] = []
    for i, ln in enumerate(lines):
        table = ln.raw.lstrip()[:1] == "|"  # a table row: its cells, the pipes blanked; any heading opens it
        src = ln.norm if table else ln.raw
        m = row.match(src) if mark in src[:_HEAD_CHARS] else None
        head = m.group("head") if m else ""
        found = heading_of(Line(ln.no, head, head, False, " ".join(head.split()))) if m else None
        if not found or found[2] or (not table and found[0] == "contract" and _between_labels(lines, i)) or (
                keys is not None and not table and (found[0] not in keys or _holds_labels(m.group("rest"))
                                                    or _short_value(m.group("rest")))):
            out.append(ln)
            continue
        cut = m.start("rest")
        norm, bullet, folded, _ = _shape(ln.raw[cut:], False)
        out += [Line(ln.no, ln.raw[:cut], ln.norm[:cut], False, " ".join(ln.norm[:cut].split())),
                Line(ln.no, ln.raw[cut:], norm, bullet, folded)]
    return out


# A heading, a colon, then the section's first text on the same line ("Competencies:Achievement: works to meet
# standards; ...", "Post context: The Division ...").
_COLON_HEAD = re.compile(r"[ \t#*]*(?P<head>[A-Z][^:\n]{2,50}?)[ \t*]*:[ \t*]*(?P<rest>\S.*)$")
# The sections whose heading may open a line with its text ("Professional Contacts:" is an ACO notice's label
# inside its competencies, not a section of its own).
_COLON_SECTIONS = frozenset({"summary", "accountabilities", "qualifications", "essential", "desirable",
                             "competencies", "contract", "challenges", "languages"})
_HEAD_CHARS = 64  # how far into a line its heading label may end


# A row of a two-column layout: a label, the wide gap ingest keeps as a tab, the value ("Competencies<tab>-
# Achievement").
_COLUMN_HEAD = re.compile(r"[ ]*(?P<head>[^\t]{2,40}?)[ ]*\t[ \t]*(?P<rest>\S.*)$")


def _holds_labels(text: str) -> bool:
    """Whether text holds header labels of its own ("CDI (permanent)   Salary: competitive"), or a second field
    after a bar or a wide gap ("Permanent | Working hours: Full-time"): then the line is a row of a job board's
    fields ("Contract: ..."), not a section."""
    return any(fold(m.group(1)) in header_labels() for m in _LABEL_BEFORE_COLON.finditer(text)) \
        or _NEXT_FIELD.search(text) is not None


_LABEL_BEFORE_COLON = re.compile(r"([A-Z][\w ]{1,30}?)\s*:")
_NEXT_FIELD = re.compile(r"(?:\s\|\s|\t|[ ]{3})\s*[A-Z][\w ]{1,30}?:\s*\S")


def _between_labels(lines: list[Line], i: int) -> bool:
    """Whether the lines just above and below are header fields ("Grade: A-4" / "Contract: definite duration, 36
    months" / "Remuneration: EUR ..."), or two of the three above are (it closes a block of them): then a contract
    line there is a header field too, not the contract section."""
    above = [ln for ln in reversed(lines[max(0, i - 8):i]) if ln.text][:3]
    below = next((ln for ln in lines[i + 1:] if ln.text), None)
    fields = [_header_field(ln) for ln in above]
    return (bool(fields) and fields[0] and below is not None and _header_field(below)) or sum(fields) >= 2


def _header_field(line: Line) -> bool:
    """A line "Label: value" whose label is a header label ("**Grade:** A-4")."""
    m = _LABEL_BEFORE_COLON.match(line.written.lstrip("-•* "))
    return bool(m) and fold(m.group(1)) in header_labels()


def _short_value(text: str) -> bool:
    """A value of two words at most and no sentence ("Contract: Fixed term", a site's "Language: EN | FR"): a header
    field, not a section's text (a bar or a dash between words is no word)."""
    return sum(any(c.isalnum() for c in w) for w in text.split()) < 3 and not text.rstrip().endswith((".", ";", ":"))


def _split_inline_bullets(lines: list[Line]) -> list[Line]:
    """Cut a list flattened onto one line at its bullet signs ("... demonstrate: • Achievement: ...;
    • Change Leadership: ..."): two or more signs inside the line; each item keeps the line's number."""
    out: list[Line] = []
    for ln in lines:
        cuts = [m.start() for m in _INLINE_BULLET.finditer(ln.norm)]
        if len(cuts) < 2:
            out.append(ln)
            continue
        for i, (a, b) in enumerate(itertools.pairwise([0, *cuts, len(ln.norm)])):
            norm = ln.norm[a:b] if i == 0 else " " + ln.norm[a + 1:b]
            if norm.strip():
                out.append(Line(ln.no, ln.raw[a:b], norm, ln.bullet if i == 0 else True, " ".join(norm.split())))
    return out


# A numbered list run together on one line, each item glued to the text before it (a copy whose line breaks were
# lost: "Professional/Experience1) Ten years' experience in ... fields.2) Managerial: Five years ...").
_GLUED_ITEM = re.compile(r"(?<=[^\W\d_]|[.;:])(?P<n>\d{1,2})\)[ \t]*(?=[A-Z])")


def _split_glued_items(lines: list[Line]) -> list[Line]:
    """Cut a line at the items of a numbered list glued into it, two or more numbered one after the other; each item
    is a bullet on the line's number."""
    out: list[Line] = []
    for ln in lines:
        marks = list(_GLUED_ITEM.finditer(ln.norm)) if ")" in ln.norm else []
        if len(marks) < 2 or any(int(b.group("n")) != int(a.group("n")) + 1 for a, b in itertools.pairwise(marks)):
            out.append(ln)
            continue
        out.append(Line(ln.no, ln.raw[:marks[0].start()], ln.norm[:marks[0].start()], ln.bullet,
                        " ".join(ln.norm[:marks[0].start()].split())))
        for m, end in zip(marks, [*(m.start() for m in marks[1:]), len(ln.norm)], strict=True):
            norm = " " * (m.end() - m.start()) + ln.norm[m.end():end]
            out.append(Line(ln.no, ln.raw[m.start():end], norm, True, " ".join(norm.split())))
    return out


@lru_cache(maxsize=65536)
def _inline_heading_cuts(norm: str) -> tuple[int, ...]:
    """Where known headings start and end inside a line (at its start or after a sentence end), in order."""
    cuts: list[int] = []
    for m in _INLINE_HEAD.finditer(norm):
        pos = start = m.start("caps")
        while True:
            run = _caps_run(norm, start)
            if not run or run[0][0].lower() not in heading_words():
                break
            end = next((e for k in range(len(run), 0, -1)
                        if headings().get(fold(norm[start:(e := run[k - 1][2])]))), None)
            if end is None:
                break
            head = m.start() if pos == m.start("caps") else pos
            pos = start = end + len(norm[end:]) - len(norm[end:].lstrip())
            cuts += [head, pos]
    return tuple(sorted({c for c in cuts if 0 < c < len(norm)}))


# A numbered heading in ordinary case with its colon inside a flattened line, after a sentence: "... in the
# other. 4. Desirable Qualifications: a. ...".
_NUMBERED_INLINE = re.compile(r"(?<=[.;!?)\"'] )\d{1,2}[.)][ \t]+(?P<head>[A-Z][\w&'/ -]{2,50}?)[ \t]*[:.](?=[ \t])")
# (its colon or its full stop: "... in the other. 5. Competencies: The ...", "... 2026. 1. Post Context. A post ...")


def _numbered_inline_cuts(norm: str) -> list[int]:
    """Where numbered headings in ordinary case (known headings, with their colon or full stop) start and end inside a
    line."""
    return [cut for m in _NUMBERED_INLINE.finditer(norm) if headings().get(fold(m.group("head")))
            for cut in (m.start(), m.end())]


def _caps_run(norm: str, start: int) -> list[tuple[str, int, int]]:
    """The words in capitals from `start` on, one space apart: (word, start, end), at most eight."""
    run: list[tuple[str, int, int]] = []
    for w in _CAPS_WORD.finditer(norm, start):
        if (run and w.start() - run[-1][2] > 2) or (not run and w.start() != start) or len(run) == 8:
            break
        run.append((w.group(0), w.start(), w.end()))
    return run


def _without_page_breaks(lines: list[Line]) -> tuple[list[Line], set[int]]:
    """(the lines without the page furniture (a security marking, a page number: title_furniture.csv) and blank
    lines that break a sentence across pages ("a minimum of 4" / NATO UNCLASSIFIED / Page 3 of 4 / "years in ..."),
    the ids of the lines after such a break that go on from the line before it)."""
    drop: set[int] = set()
    goes_on: set[int] = set()
    running: set[str] | None = None  # the short lines every page repeats (a document number): read when needed
    for i, ln in enumerate(lines[:-1]):
        after = lines[i + 1]
        if not ln.text or ln.norm.rstrip()[-1:] in _SENTENCE_ENDS or (after.text and not is_page_furniture(after)):
            continue  # (only a line ending mid-sentence, followed by a blank line or furniture, is looked past)
        j = i + 1
        while j < len(lines) and (not lines[j].text or is_page_furniture(lines[j])):
            j += 1
        if j < len(lines) and j > i + 1 and is_page_furniture(lines[j - 1]):
            running = _running_lines(lines) if running is None else running
            while j < len(lines) and (not lines[j].text or lines[j].text in running):
                j += 1  # a running header below the marking ("NCIA/HR/VN(2025)0088")
        if j < len(lines) and (lines[j].text[0].islower() or _aside_goes_on(lines[j].text)
                               or _item_goes_on(ln, lines[j])
                               or (_BROKEN_OFF.search(ln.norm.rstrip()) and heading_of(lines[j]) is None)) \
                and any(lines[k].text for k in range(i + 1, j)):
            drop.update(range(i + 1, j))  # the break is dropped: the sentence goes on
            goes_on.add(id(lines[j]))
    return ([ln for k, ln in enumerate(lines) if k not in drop] if drop else lines), goes_on


# A line broken off by a page break: it ends on a word that cannot end a sentence ("must have at least" / ... /
# "7 years of experience") or inside brackets ('IV ("Upper' / ... / 'Intermediate") in one').
_BROKEN_OFF = re.compile(r"(?:(?<=\s)(?:of|and|or|the|an?|for|to|in|on|at|by|with|from|than|least|de|du|des|et|pour|au)"
                         r"|\([^()]*)$")  # (searched in the line without its trailing spaces: linear)
_RUNNING_PAGES = 3  # a short line printed this often, and each time after page furniture, is a running header


def _running_lines(lines: list[Line]) -> set[str]:
    """The short lines that stand right after page furniture at least `_RUNNING_PAGES` times: running headers."""
    counts: dict[str, int] = {}
    for before, ln in itertools.pairwise(lines):
        if ln.text and len(ln.text) <= _FURNITURE_WIDTH and is_page_furniture(before) and not is_page_furniture(ln):
            counts[ln.text] = counts.get(ln.text, 0) + 1
    return {text for text, n in counts.items() if n >= _RUNNING_PAGES}


def _item_goes_on(ln: Line, nxt: Line) -> bool:
    """A list item broken by a page break before a capitalised word ("- co-chairs, with the Deputy Chair of the
    Military" / NATO UNCLASSIFIED / "Committee, the X Group (XG)."): the item goes on, unless a label, a heading or
    another item follows."""
    return ln.bullet and len(ln.text) >= _ITEM_CHARS and not nxt.bullet and ":" not in nxt.text[:_LABEL_CHARS] \
        and not _opens_item(nxt.text) and heading_of(nxt) is None


_ITEM_CHARS = 30  # a broken item's first part is this long at least


def is_page_furniture(ln: Line) -> bool:
    """Whether a line is a page's furniture: a security marking, a page number, a cable's header (title_furniture.csv
    rows marked page_break)."""
    return len(ln.text) <= _FURNITURE_WIDTH and _is_furniture(ln.text) and not _PROSE.search(ln.text)


# Four words in lower case in a row: a sentence ("Appointment will be subject to receipt of a NATO SECRET security
# clearance"), not a marking.
_PROSE = re.compile(r"(?:\b[a-z]{2,}\b[ ,]+){4}")
@lru_cache(maxsize=65536)
def _is_furniture(text: str) -> bool:
    """Whether a short line is page furniture; notices repeat lines, so it is cached."""
    return _page_furniture().search(text) is not None


_FURNITURE_WIDTH = 100  # a marking, a page number or a running header is a short line


@lru_cache(maxsize=1)
def _page_furniture() -> re.Pattern[str]:
    rows = [r["pattern"] for r in read_csv("title_furniture.csv") if r["page_break"] == "yes"]
    return re.compile("|".join(f"(?:{p})" for p in rows), re.I)


def _reflow(lines: list[Line], heads: dict[int, tuple[str, str, bool]]) -> list[Line]:
    """Join a line broken mid-sentence to the next one (also a run-in heading's text: "5. Contract. ... contract of" /
    "three years."); the joined Line keeps the first line's number. A line opening with an icon (a portal's 🔍 or
    📅), a line of page furniture or a label of two words or more alone on its line ("job requisition id" above its
    value) starts afresh, and so does a line after page furniture (a site's trail). A page break inside a sentence is
    dropped."""
    lines, goes_on = _without_page_breaks(lines)
    width = _wrapped(lines)
    capitals = _in_capitals(lines)
    groups: list[list[Line]] = []
    for ln in lines:
        last = groups[-1][-1] if groups else None
        if last is not None and last.text and ln.text and (_split_label(last.text, ln.text) or id(ln) in goes_on
                                                             or _restated_number(last, ln)):
            groups[-1].append(ln)  # (a label broken over two lines; a sentence going on after a page break)
        elif last is not None and last.text and ln.text and not ln.bullet and id(ln) not in heads \
                and not _COLUMN_ROW.match(ln.raw) and ln.raw.lstrip()[:1] != "|" and last.raw.lstrip()[:1] != "|" \
                and ln.raw.count(" | ") < 2 and last.raw.count(" | ") < 2 \
                and not _NUMBERED_ROW.match(ln.raw) and not _opens_item(ln.text) \
                and unicodedata.category(ln.text[0]) != "So" and not is_page_furniture(ln) \
                and not (len(groups[-1]) == 1 and is_page_furniture(last)) \
                and not _opens_with_label(ln.text) and not _WORD_LABEL.match(ln.text) and not _form_field(ln.raw) \
                and not (" " in ln.text and fold(ln.text.rstrip(" :")) in header_labels()) \
                and (id(groups[-1][0]) not in heads or heads[id(groups[-1][0])][2]) \
                and (_label_then_figure(last.text, ln.text) or (
                    last.norm.rstrip()[-1:] not in _SENTENCE_ENDS
                    and ((ln.text[0].islower() and not _LOWER_ENUM.match(ln.text)) or _ends_mid_phrase(last.text)
                         or _aside_goes_on(ln.text)
                         or (ln.text[0].isdigit() and last.text.rsplit(" ", 1)[-1].islower()
                             and not _NUMBERED_ITEM.match(ln.text))
                         or (width and len(last.text) >= 0.75 * width)
                         or (capitals and len(last.text) >= _CAPS_WRAP and not _CAPS_LABEL.match(ln.text))
                         or _sentence_tail(last.text, ln.text)
                         or last.text.count("(") > last.text.count(")")))
                     or (last.norm.rstrip()[-1:] in ";," and last.text.count("(") > last.text.count(")"))):
    # (an aside open: 'IV ("Upper' / 'Intermediate") in one', also at a list's semicolon: 'Heads (X;' / 'Y) report')
            groups[-1].append(ln)
        else:
            groups.append([ln])
    out = []
    for group in groups:
        out.append(group[0] if len(group) == 1 else join_lines(group))
        if len(group) > 1 and (head := heads.get(id(group[0]))) and head[2]:
            heads[id(out[-1])] = head  # (a run-in heading's line keeps its heading when its text goes on below)
    return out


# A table's row opening with a number or a code, then a wide gap ("26-011    Staff Officer (X)   A-2"): never a line
# run on.
_NUMBERED_ROW = re.compile(r"[ \t]*(?=[^\s]*\d)\S+(?:\t|[ ]{3,})\S")
# A row of a two-column layout: a label of up to five words, a wide gap, its value ("NATO Grade      A-4").
_COLUMN_ROW = re.compile(r"[ \t]*[A-Z][\w()/&.'-]*(?: [\w()/&.'-]+){0,4}(?:\t|[ ]{3,})\S")
# An item numbered in lower case ("ii. TITLE: ...", "b. Updating the ..."): it starts afresh, not the line above.
_LOWER_ENUM = re.compile(r"(?:[ivx]{1,4}|[a-h])[.)]\s+\S")
# A numbered item ("2. Analytical Thinking - ..."): it starts afresh even after a line ending in lower case.
_NUMBERED_ITEM = re.compile(r"\d{1,2}[.)]\s+[A-Z]")
# A post's serial in brackets: "(2)", "(b)", "(ii)".
BRACKETED_SERIAL = r"\((?:\d{1,2}|[A-Fa-f]|[ivx]{1,4})\)"


def serial_index(serial: str) -> int:
    """The 0-based index a post's serial gives: "2" and "B" and "ii" give 1."""
    serial = serial.strip(" .()").lower()
    if serial.isdigit():
        return int(serial) - 1
    if set(serial) <= set("ivx"):
        values = [{"i": 1, "v": 5, "x": 10}[c] for c in serial]
        return sum(-v if v < w else v for v, w in zip(values, [*values[1:], 0], strict=True)) - 1
    return ord(serial.upper()) - 65


# A post's mark opening a line of a list of posts ("Post (ii)  Technician (X)", "Position 2 – Y").
_POST_OPENS = re.compile(rf"(?:Post|Position|Poste|POST|POSITION|POSTE)\s+(?:\d{{1,2}}|[A-F]|{BRACKETED_SERIAL})"
                         r"(?:\s*[:.)–—-]|\s+(?=[A-Z]))")


def _opens_item(text: str) -> bool:
    """A line opening with an item's enumerator ("b. Assistant (Finance), ...", "2. Analytical Thinking") or a post's
    mark ("Post (ii)  X"): it starts afresh, however long the line above."""
    return _LOWER_ENUM.match(text) is not None or _NUMBERED_ITEM.match(text) is not None \
        or _POST_OPENS.match(text) is not None


# A line opening with an e-mail's header field ("From: Ruben A.", "Attachments: X.pdf"): a field of its own.
_WORD_LABEL = re.compile(r"(?:From|To|Cc|Bcc|Sent|Date|Subject|Attachments?|Reply-To):\s+\S")


@lru_cache(maxsize=65536)
def _opens_with_label(text: str) -> bool:
    """A line opening with a header label of two or three words and its value ("Primary Location Belgium-Brussels",
    "Application Deadline 16-Mar-2025"): a field of its own, never the end of the line above."""
    words = text.split(" ", 3)
    return any(len(words) > n and fold(" ".join(words[:n])) in header_labels() for n in (2, 3))


def _split_label(last: str, text: str) -> bool:
    """A header label broken over two lines by a PDF's narrow column ("Basic Monthly" / "Salary (12 x per year):
    8,974.30 EUR"): one field."""
    if len(last) > _LABEL_START_CHARS or _LABEL_START.fullmatch(last) is None:  # (a cheap test first)
        return False
    head = _LABEL_HEAD.match(text)
    return head is not None and fold(f"{last} {head.group('rest')}") in header_labels()


def _restated_number(last: Line, ln: Line) -> bool:
    """A number restated in brackets after a line break ("four" / "(4) years"): the sentence goes on, no item opens."""
    if ln.raw.lstrip()[:1] != "(" or not last.text:
        return False
    m = _RESTATED.match(ln.raw.lstrip())
    return m is not None and to_number(last.text.rsplit(" ", 1)[-1]) == float(m.group("n"))


_RESTATED = re.compile(r"\((?P<n>\d{1,3})\)\s")
_LABEL_HEAD = re.compile(r"(?P<rest>[A-Za-z][\w ]{0,30}?)\s*[(:]")  # the label's words on the line below
_LABEL_START = re.compile(r"[A-Za-z][\w'-]*(?: [A-Za-z][\w'-]*){0,2}")  # ... and its first words, up to three
_LABEL_START_CHARS = 30


def _form_field(raw: str) -> bool:
    """A line laid out as a form's field: a header label, its colon and a wide gap ("Vacancy:<tab>260077")."""
    label, colon, value = raw.strip().partition(":")
    return bool(colon) and value[:1] == "\t" and len(label) <= _LABEL_CHARS and fold(label) in header_labels()


_LABEL_CHARS = 40


def _label_then_figure(last: str, text: str) -> bool:
    """A line ending with a label's colon and a line opening with its figure ("Direct reports:" / "3 (the team
    leaders)."): one statement wrapped, not a list's intro and an item ("1. ...", "2) ...")."""
    return last.endswith(":") and _FIGURE_OPENS.match(text) is not None and not _POSTS_COUNTED.match(text)


_FIGURE_OPENS = re.compile(r"\d+(?:[.,]\d+)*(?![.)\d])(?:\s|$)")
_POSTS_COUNTED = re.compile(r"\d{1,2}\s+(?:posts?|positions?|vacanc(?:y|ies))\s+(?:as|of)\s", re.I)  # an item of a list
# of posts: "1 post as Officer, X (G17)"


def _aside_goes_on(text: str) -> bool:
    """A line opening with a bracketed aside ("(“Advanced”) in one; ...") goes on from the line above; an
    enumerator ("(a) ...", "(2) ...") starts an item."""
    return text[0] == "(" and not _ENUMERATOR.match(text)


def _ends_mid_phrase(text: str) -> bool:
    """A line ending on "of", "and", "the"... (not "...; and", the end of a list item) goes on below."""
    words = text.rsplit(" ", 2)
    return len(words) > 1 and words[-1].lower() in _CONTINUES and words[-2][-1:] not in ";,:"


def _starts(lines: list[Line]) -> list[int]:
    """Where each line's `norm` starts once the lines are joined by one character."""
    starts, pos = [], 0
    for ln in lines:
        starts.append(pos)
        pos += len(ln.norm) + 1
    return starts


def join_lines(group: list[Line]) -> Line:
    """One Line of several lines joined by a space (a continuation's indent dropped), or, for a word hyphenated across
    them ("super-" / "visory"), without the hyphen; `parts` maps positions back to their line numbers."""
    first = group[0]
    nos = tuple(ln.no for ln in group)
    consecutive = nos == tuple(range(first.no, first.no + len(group)))
    raws, norms, texts, starts, at = [first.raw], [first.norm], [first.text], [0], len(first.norm)
    for ln in group[1:]:
        raw, norm = ln.raw, ln.norm
        last, last_norm = raws[-1].rstrip(), norms[-1].rstrip()  # (a left column's piece keeps its gap to the
        # gutter)
        if _HYPHENATED.search(last_norm) and last.endswith("-") and raw.lstrip()[:1].isalpha() \
                and norm.lstrip()[:1] == raw.lstrip()[:1] and last[-2:-1].isupper() == raw.lstrip()[:1].isupper():
            # one word ("super-" / "visory", "EXPERI-" / "ENCE", also its rest indented in a column): the break,
            # its hyphen and the indent go
            at -= len(norms[-1]) - len(last_norm) + 1
            raws[-1], norms[-1], texts[-1] = last[:-1], last_norm[:-1], texts[-1].rstrip().removesuffix("-")
            raw, norm = raw.lstrip(), norm.lstrip()
        else:
            raws.append(" ")
            norms.append(" ")
            texts.append(" ")
            at += 1
            if len(raw) - len(raw.lstrip()) == len(norm) - len(norm.lstrip()):  # (a wrapped item's indent goes:
                raw, norm = raw.lstrip(), norm.lstrip()  # "... in defence planning, of" / "  which 3 in ...")
        starts.append(at)
        raws.append(raw)
        norms.append(norm)
        texts.append(ln.text)
        at += len(norm)
    return Line(first.no, "".join(raws), "".join(norms), first.bullet, "".join(texts), tuple(starts),
                () if consecutive else nos)


_HYPHENATED = re.compile(r"[^\W\d_]{2}-$")  # a word broken at a line's end by a hyphen ("super-", "ex-" / "perience")


def _copy_header(lines: list[Line]) -> list[Line]:
    """The last lines of a viewer's list of other documents, from a paragraph break, when they open with a header
    block (short lines, two or more of them one label and its value: "Grade: A-2"), where a copy of the document
    starts."""
    for k in reversed([k for k, ln in enumerate(lines) if not ln.text]):
        texts = list(itertools.takewhile(lambda t: len(t) <= _HEADER_LINE, (ln.text for ln in lines[k:] if ln.text)))
        if sum(1 for t in texts if t.count(":") == 1 and _LABEL_LINE.match(t)) >= 2:
            return lines[k:]  # (the document's running text may follow its header block)
    return []


_LABEL_LINE = re.compile(r"[A-Z][\w ./()&-]{1,30}:\s*\S")
_HEADER_LINE = 100


def _split_nos(lines: list[Line]) -> set[int]:
    """The numbers of the lines cut in pieces (a heading and its text, a row's cells)."""
    counts = Counter(ln.no for ln in lines)
    return {no for no, n in counts.items() if n > 1}


def segment(text: str, columns: Columns | None = None) -> Notice:
    """Cut a notice into sections and decide which language block the values come from."""
    physical = make_lines(text, columns)
    if "\t" in text:
        physical = _split_headed_rows(physical, _COLUMN_HEAD, "\t", None)
    physical = _split_headed_rows(physical, _COLON_HEAD, ":", _COLON_SECTIONS)
    physical = _unstack_labels(physical)
    physical = _split_inline_headings(physical)
    physical = _split_numbered_run_ins(physical)
    if "**" in text:
        physical = _split_bold_run_ins(physical)
    if any(sign in text for sign in _BULLET_SIGNS):
        physical = _split_inline_bullets(physical)
    physical = _split_glued_items(physical)
    heads = {id(ln): h for ln in physical if (h := heading_of(ln))}
    heads |= _posts_in_numbering(physical, heads)
    lines = _reflow(physical, heads)
    found_keys = {h[0] for h in heads.values()}
    opened: set[str] = set()  # the sections that intros opened
    sections = [Section("header", None)]
    current = sections[0]
    long: set[int] | None = None
    split: set[int] | None = None
    dropped: set[int] = set()  # the lines of a viewer's list of other documents, dropped
    for ln in lines:
        head = heads.get(id(ln))
        transcript = bool(head) and head[0] == "document"  # a viewer's "Transcription" heading
        paragraph = current.key == "related" and not head and ln.no in (
            long := long if long is not None else _long_lines(text))  # a list of other documents holds titles
        if (head or paragraph) and current.key == "related" and len(sections) == 2 and (
                copied := _copy_header(current.lines)):
            # the document's own text started with its header block below the viewer's list ("Vacancy Notice" /
            # "Vacancy Number: ..." / "Grade: ..."), kept with the header
            dropped |= {kept.no for kept in current.lines} - {kept.no for kept in copied}
            sections = [sections[0]]
            sections[0].lines.extend(copied)
            current = sections[0]
        if (transcript or paragraph) and not any(s.key not in ("header", "related") for s in sections):
            # the document's own text starts again after the viewer's list of other documents, which is dropped (it
            # is no part of this notice); a paragraph there is that text, flattened onto a few lines
            dropped |= {kept.no for s in sections[1:] for kept in s.lines}
            sections = [sections[0]]
            current = sections[0]
            if transcript:
                continue
        if transcript or (head and current.key == "related" and (head[2] or ln.no in (
                split := split if split is not None else _split_nos(lines)))):
            head = None  # (a heading run into another document's text in a viewer's list is that document's:
            # "Senior Assistant, X-220871 ... Description :1. SUMMARYThe Section supports", "Language requirement:
            # Bilingual non-mandatory - Level 222/222.")
        intro = None if head else _intro_of(ln, found_keys - (opened - {current.key}))  # (an intro that opened a
        # section may open another below a section of another kind: each post's "The incumbent must:")
        if head:  # a heading written alike in both languages ("QUALIFICATIONS") is in the language of the text above
            sections.append(Section(head[0], head[1] if head[1] != "any" else
                                    next((s.lang for s in reversed(sections) if s.lang), None), head=ln))
            if head[2]:
                sections[-1].lines.append(ln)
        elif intro:
            found_keys.add(intro[0])
            opened.add(intro[0])
            sections.append(Section(intro[0], intro[1], [ln]))
        else:
            current.lines.append(ln)
            continue
        current = sections[-1]
    en = {s.key for s in sections if s.lang == "en"} & CORE
    fr = {s.key for s in sections if s.lang == "fr"} & CORE
    if len(fr) >= 2 and len(en) >= 2:
        language = "en+fr"
    elif len(fr) >= 2 or (fr and not en):
        language = "fr"
    else:
        language = "en"
    active = "fr" if language == "fr" else "en"
    if language == "en+fr":
        paired = _merge_heading_pairs(sections)
        _drop_trailing_translation(sections)
        _split_interleaved(sections, active, paired)
    elif any(word in text for word in _FRENCH_HINTS) and _split_interleaved(sections, active):
        language = "en+fr"
    return Notice(sections, language, active, dropped=frozenset(dropped))


def restart_at(notice: Notice, line_no: int) -> None:
    """Read one post's block apart: a section that runs from above the block's first line (`line_no`) into it (a
    shared "Contract: ..." above "## 1. X – Vacancy 250912") ends there, and the block's lines up to its next heading
    are its summary. The header is left whole (a block's own labels stand in it)."""
    for k, section in enumerate(notice.sections):
        if section.key == "header":
            continue
        cut = next((i for i, ln in enumerate(section.lines) if ln.no >= line_no), None)
        if cut:  # (lines on both sides)
            notice.sections[k + 1:k + 1] = [Section("summary", section.lang, section.lines[cut:])]
            del section.lines[cut:]
            return


def _merge_heading_pairs(sections: list[Section]) -> set[int]:
    """A heading and its translation one after the other ("1. Post Context" / "1. Contexte du poste"), the first
    with no text of its own: one section holding what follows both (its paragraphs in both languages in turn).
    The ids of the sections so merged."""
    merged: set[int] = set()
    k = 1
    while k < len(sections) - 1:
        a, b = sections[k], sections[k + 1]
        if a.key == b.key and a.lang and b.lang and a.lang != b.lang and not a.body:
            a.lines += b.lines
            a.lang = None
            merged.add(id(a))
            del sections[k + 1]
        k += 1
    return merged


_FRENCH_HINTS = (" les ", " des ", " du ")  # a cheap test before the lines' languages are told apart
_INTERLEAVED = 2  # lines in each language a section holds when its text is given paragraph by paragraph in both


def _split_interleaved(sections: list[Section], active: str, paired: set[int] | None = None) -> bool:
    """Give the lines in the other language their own section, for a notice that gives each paragraph or item in
    English then in French under bilingual headings ("Competencies / Compétences", or a heading and its translation:
    `paired`, where one line in each language is enough); a line too short to tell ("Direct reports: 6", "Empathy:
    Understands meanings;") stays in both. Whether any section was split."""
    split = False
    for k in range(len(sections) - 1, 0, -1):
        section = sections[k]
        langs = [language_of(ln.text) for ln in section.lines]
        other = "fr" if active == "en" else "en"
        least = 1 if paired and id(section) in paired else _INTERLEAVED  # (under a heading and its translation)
        if langs.count(other) < least or langs.count(active) < least:
            continue
        sections.insert(k + 1, Section(section.key, other, [ln for ln, lang in zip(section.lines, langs, strict=True)
                                                              if lang != active]))
        section.lines = [ln for ln, lang in zip(section.lines, langs, strict=True) if lang != other]
        section.lang = active
        split = True
    return split


_RELATED_ITEM = 300  # characters: an item of a list of other documents is a title, not a paragraph


def _long_lines(text: str) -> set[int]:
    """The numbers of the source lines longer than a title (a line's pieces are cut at headings and labels)."""
    return {no for no, t in enumerate(text.split("\n"), start=1) if len(t) > _RELATED_ITEM}


def _intro_of(line: Line, found: set[str]) -> tuple[str, str] | None:
    """(section, lang) when the line introduces a list whose section heading the notice lacks."""
    if len(line.text) > 160:
        return None
    return next(((key, lang) for key, lang in _intros(line.text) if key not in found), None)


@lru_cache(maxsize=65536)
def _intros(text: str) -> tuple[tuple[str, str], ...]:
    return tuple((key, lang) for pattern, key, lang in intro_lines() if pattern.search(text))


def _drop_trailing_translation(sections: list[Section]) -> None:
    """The notice in one language, then its translation: from the first core section in the other
    language on, every section belongs to the translation (English then French, or French then English)."""
    langs = [s.lang for s in sections if s.lang and s.key in CORE]
    first = langs[0] if langs else None
    other = "en" if first == "fr" else "fr"
    if first is None or other not in langs or first in langs[langs.index(other):]:
        return  # headings in both languages in turn ("1. Post Context" / "1. Contexte du poste" / "2. ..."): each
        # section keeps its own language
    translated = False
    for s in sections:
        translated = translated or (s.lang == other and s.key in CORE)
        s.lang = other if translated else s.lang
