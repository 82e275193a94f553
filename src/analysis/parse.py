"""Parsing one notice: its text -> a Parsed record (the posts row, the long tables' rows, problems), and a notice of
several posts -> one Parsed per post.

The build's own process never imports this module (nor the extractors it uses): its worker processes do, so a
build that takes most files from the parse cache starts without loading the parser.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from analysis.extract import (
    committees,
    competencies,
    conditions,
    experience,
    header,
    languages,
    lists,
)
from analysis.extract import positions as positions_mod
from analysis.extract import staff as staff_mod
from analysis.extract import title as title_mod
from analysis.extract.grammar import find_date
from analysis.extract.header import Found
from analysis.ingest import Document, IngestError, read_document
from analysis.pipeline import Parsed, Row, slug
from analysis.recognise import WEAK, recognise
from analysis.reference import fold
from analysis.segment import Notice, restart_at, segment

_MARKUP_TAG = re.compile(r"<\s*(?:script|iframe|object|embed|svg|img|style|link|meta)\b", re.I)
_MARKUP_ATTR = re.compile(r"\bon[a-z]+\s*=|javascript:", re.I)
_SENTENCE_END = frozenset(".;:!?)\"'»”…")


def parse_document(doc: Document) -> Parsed:
    """Parse one notice's text into a Parsed record; never raises on text. A notice that describes each of its
    posts in a block of its own ("Post 1 – X" ..., or a list of positions then each one's description) gives
    one record per block, the others in `parts`."""
    blocked = _parse_blocks(doc, positions_mod.post_blocks(doc.text))
    if blocked is not None:
        return blocked
    out = _parse_one(doc)
    if out.apart and not out.failed:
        return _parse_blocks(doc, positions_mod.post_blocks(doc.text, out.positions), out.post["_pay_by_grade"]) or out
    if len(out.positions) >= 2 and not out.failed and (columns := positions_mod.column_blocks(doc.text, out.positions)):
        return _parse_blocks(doc, columns, out.post["_pay_by_grade"]) or out  # (requirements in a column per post)
    return out


def _parse_blocks(doc: Document, blocks: list[tuple[str, str, int, positions_mod.Position | None]],
                  per_grade: list | None = None) -> Parsed | None:
    """The first block's record with the others in `parts` (`per_grade`: the pay the whole notice states once per
    grade, for blocks that hide the other posts' rows of its table); None when there are no blocks or one is no
    notice."""
    parts = [_parse_block(doc, *block, per_grade, n) for n, block in enumerate(blocks)]
    if not parts or any(p.failed for p in parts):
        return None
    notice = segment(doc.text, doc.columns)  # (the whole text, for what the blocks share)
    _said_in_blocks(notice, blocks, parts)
    _closing_date_below(parts, max(block[2] for block in blocks))
    if any(p.post["reference"] is None for p in parts):  # the number written with the title line naming every post
        # ("Officer, X and Senior Officer, X-260318"), which no block holds
        title, ref, _ = title_mod.find_title(notice, header.header_values(notice))
        for part in (p for p in parts if p.post["reference"] is None and ref and title):
            part.post["reference"] = ref
            part.rows["fields"].append({"field": "reference", "value": ref, "line": title.lineno,
                                        "evidence": title.line.raw.strip()})
    if len({p.post["reference"] for p in parts}) < len(parts):  # one vacancy number for all: told apart by title
        for part in parts:
            part.post["_id"] = f"{part.post['reference']}-{slug(str(part.post['title']))}" \
                if part.post["reference"] else None
    parts[0].parts = parts[1:]
    parts[0].problem("warning", "positions", f"the notice describes {len(parts)} posts in blocks of their own; "
                     "each is read from its block and from what the blocks share")
    return parts[0]


def _closing_date_below(parts: list[Parsed], last: int) -> None:
    """A closing date that one block read below the last block's first line, where the blocks' shared tail starts,
    holds for the posts whose blocks state none ("Post 2 — X" / its facts / "Closing date for applications: ...")."""
    found = [next((f for f in p.rows["fields"] if f["field"] == "deadline"), None) for p in parts]
    stated = [(p, f) for p, f in zip(parts, found, strict=True) if f is not None]
    if all(found) or len({(f["line"], f["value"]) for _, f in stated}) != 1 or stated[0][1]["line"] <= last:
        return
    source, row = stated[0]
    for part, own in zip(parts, found, strict=True):
        if own is None:
            part.post["deadline"] = source.post["deadline"]
            part.rows["fields"].append(dict(row))


def _said_in_blocks(notice: Notice, blocks: list[tuple[str, str, int, positions_mod.Position | None]],
                    parts: list[Parsed]) -> None:
    """What the blocks share but says of one block's post alone, a sentence or an item ("a contract of three years
    (Vacancy A) or five years (Vacancy B)", "- At least 7 years of experience in X (Post A only)."): each block's post
    keeps its own values, never another's."""
    marks = [position or (title_mod.bare(title)[0], None, line, title, None, None, None)
             for _, title, line, position in blocks]
    said = positions_mod.said_apart(notice, marks)
    owners = positions_mod.bracketed_items(notice, marks)  # (a shared item marked "(Post A only)", or opened by
    owners += positions_mod.subject_items(notice, marks)  # one post as its subject: "The incumbent for the X leads")
    if not said and not owners:
        return
    for n, part in enumerate(parts):
        part.said, part.owners = said, owners
        part.rows["fields"] = _contract_clauses(part.rows["fields"], said)
        part.rows, _ = _owned(part, n, part.post, part.rows, named=part.post["committees_chaired"] is not None)


def _parse_block(doc: Document, text: str, title: str, line: int, position: positions_mod.Position | None,
                 per_grade: list | None = None, n: int = 0) -> Parsed:
    """One post's block, the notice's n-th, read as its notice: its title (and a grade listed with it) are the
    block's; the file's digest is kept."""
    out = _parse_one(replace(doc, text=text), title_mod.bare(title)[0], line)
    out.digest = doc.digest
    if out.failed:
        return out
    out.post["_pay_by_grade"] = out.post["_pay_by_grade"] or per_grade or []
    name, own_ref = title_mod.bare(title)
    listed = next((p for p in out.positions if fold(p[0]) == fold(name)), None)  # the post as the notice's list of
    # positions names it, with its grade ("1 post as X (G19)")
    own = str(out.post["title"] or "")  # (the block's own title, when it says more in words: "POST A - Section Head:"
    # over "TITLE: Section Head (X)", "EXECUTIVE OFFICER" over "Title: Executive Officer, X"; in ordinary case, the
    # list's)
    more = own[len(name):] if fold(own).startswith(fold(name)) and not own.isupper() else ""
    said = _FIELD_SAID.fullmatch(more) is not None or (name.isupper() and not own.isupper() and fold(
        own).startswith(fold(name)) and (not more or (more[:2] == ", " and not any(c.isdigit() for c in more))))
    name = title_mod.bare(listed[0])[0] if listed is not None and name.isupper() else own if said else name
    out.post.update(title=name, post_family=header.family_of(name))
    fields = [f for f in out.rows["fields"] if f["field"] != "title"]
    fields.append({"field": "title", "value": name, "line": line, "evidence": title})
    if own_ref and not (position is not None and position[1]):  # its number written with its title: "X (251108)"
        position = (name, own_ref, line, title, None, None, None)
    if position is None:
        position = listed
    elif not position[4] and listed is not None and listed[4]:  # (a block's heading without the grade the list gives:
        position = (*position[:4], *listed[4:])  # "## 1. X – Vacancy No. 250912" under "* X (A-4/G20) – Vacancy ...")
    if position is not None and position[1]:  # its own vacancy number in the list ("CSO-25-07  Panel Officer  A-3")
        out.post.update(reference=position[1])
        fields = [f for f in fields if f["field"] != "reference"]
        fields.append({"field": "reference", "value": position[1], "line": position[2], "evidence": position[3]})
    if position is not None and position[4]:  # "Senior Officer, X (A.3/G17)" in the list of positions
        out.post.update(grade=position[4], grade_code=position[5] or out.post["grade_code"],  # (the other scale's
                        nato_grade=position[6] or out.post["nato_grade"])  # grade may be stated once for all)
        fields = [f for f in fields if f["field"] != "grade"]
        fields.append({"field": "grade", "value": position[4], "line": position[2], "evidence": position[3]})
    _take_titled(out.post, fields, name, n)
    out.rows["fields"] = _pay_for_grade(out.post, fields, position[2] if position is not None else None)
    out.positions, out.apart, out.owners, out.said = [], False, [], []
    return out


_FIELD_SAID = re.compile(r"\s*\([^()\d]+\)")  # a title's field in brackets: " (Air and Missile Defence Policy)"


def _parse_one(doc: Document, post_title: str | None = None, own_from: int | None = None) -> Parsed:
    """One notice read from its text; `post_title`: the post a block of a notice of several is about (the block's
    own lines may open with the body's name), for the values said of the post by its title."""
    out = Parsed(doc.source_file, doc.digest)
    notice = segment(doc.text, doc.columns)
    if own_from is not None:
        restart_at(notice, own_from)
    labels = header.header_values(notice, own_from)
    titled = title_mod.find_title(notice, labels)
    named = titled[0] is not None and title_mod.names_post(str(titled[0].value))  # (a report's title names none)
    verdict = recognise(notice, doc.text, len(labels), named, titled[0] is not None and not titled[2])
    if not verdict.is_notice:
        out.failed = True
        out.problem("error", "file", f"not a vacancy notice: {verdict.reason}")
        return out
    if verdict.score < WEAK:
        out.problem("warning", "file", f"weak notice evidence (score {verdict.score}): no "
                    f"{', no '.join(verdict.missing[:4])}; read as a notice all the same")
    if _cut_short(notice):
        out.problem("warning", "file", "the text ends mid-sentence: the notice looks cut short, and what it "
                    "does not state is left empty")
    for note in doc.notes:
        out.problem("warning", "file", note)
    m = (_MARKUP_TAG.search(doc.text) if "<" in doc.text else None) or (
        _MARKUP_ATTR.search(doc.text) if "=" in doc.text or "javascript:" in doc.text.lower() else None)
    if m:
        line = doc.text.count("\n", 0, m.start()) + 1
        out.problem("warning", "file", f"notice text holds HTML/script markup ({m.group(0)!r}); "
                    "kept as plain text and escaped in reports", line)
    _missing_sections(notice, out)
    _fill(notice, doc, out, labels, titled, post_title, own_from)
    title_field = next((f for f in out.rows["fields"] if f["field"] == "title"), {"line": 0, "evidence": ""})
    out.positions, problem = positions_mod.positions(notice, out.post["title"], title_field["line"],
                                                     title_field["evidence"])
    if problem:
        out.problem("warning", "title", problem)
    out.owners, out.apart = positions_mod.owners(notice, out.positions)
    out.said = positions_mod.said_apart(notice, out.positions)
    if len(out.positions) >= 2 and post_title is None:  # a subject naming any listed post's title is one of the
        _read_again_for(" & ".join(dict.fromkeys(p[0] for p in out.positions)), notice, out)  # posts (whose: below)
    out.rows["fields"] = _contract_clauses(out.rows["fields"], out.said)
    if out.owners:  # (whose lines name committees: a post whose own lines name none has no count of them)
        out.committee_lines = committees.naming_lines(notice, out.owners)
        read = {r["line"] for r in out.rows["languages"]}  # (levels stated again in each post's own part)
        out.rows["languages"] = sorted(out.rows["languages"] + languages.in_parts(notice, out.owners, read),
                                       key=lambda r: r["line"])
        read = {f["line"] for f in out.rows["fields"] if f["field"] == "contract_years"}  # (and contract lengths)
        out.rows["fields"] += [{"field": "contract_years", "value": str(found.value), "line": found.lineno,
                                "evidence": found.evidence} for found in conditions.in_parts(notice, out.owners, read)]
    if out.post["title"] is None and not out.positions:
        out.problem("warning", "title", "no post title found; the post id falls back to the file name")
    return out


def _read_again_for(titles: str, notice: Notice, out: Parsed) -> None:
    """The headcounts and committee roles read again as said of any of the notice's posts (`titles` joined by "&"):
    "The Head leads the Section (12 staff)" in a notice whose title line names its Assistant, too."""
    if titles == out.post["title"]:
        return
    out.rows["staff"] = staff_mod.extract(notice, titles)
    out.rows["committees"] = committees.extract(notice, titles)[0]
    out.post.update(_derived(out.rows, committee_names=bool(out.rows["committees"]) or committees.names_committees(
        notice), competency_section=bool(notice.find("competencies"))))


def _cut_short(notice: Notice) -> bool:
    """Whether the text stops inside a sentence (an opening copied from a page, a truncated file)."""
    last = next((ln for s in reversed(notice.sections) for ln in reversed(s.lines) if ln.text), None)
    return last is not None and len(last.text) > 60 and last.text[-1] not in _SENTENCE_END


def _missing_sections(notice: Notice, out: Parsed) -> None:
    keys = {s.key for s in notice.active}
    for need, alternatives in (("summary", {"summary"}),
                               ("qualifications", {"qualifications", "essential"}),
                               ("accountabilities", {"accountabilities"}),
                               ("competencies", {"competencies"})):
        if not keys & alternatives:
            out.problem("warning", need, f"no {need.upper()} section heading found")


def _fill(notice: Notice, doc: Document, out: Parsed, labels: dict[str, Found],
          titled: tuple[Found | None, str | None, str | None], post_title: str | None = None,
          own_from: int | None = None) -> None:
    fields: list[Row] = []

    def keep(name: str, found: Found | None) -> object:
        if found is None:
            return None
        fields.append({"field": name, "value": str(found.value), "line": found.lineno,
                       "evidence": found.evidence})
        return found.value

    title, title_ref, title_problem = titled
    # the number written with the title ("Senior Assistant (X)-260291") over a number in the text, which may be
    # another post's ("reports to the Budget Officer (vacancy 260290)"); a header label's value over both
    labelled = labels.get("reference")
    ref_line = next((ln for ln in [title.line, *notice.active_lines] if title_ref in ln.text), title.line) \
        if title_ref else None  # (the title's line, or the one its number was read from: a viewer's transcript)
    reference = (header.find_reference(notice, labels) if labelled is not None or not title_ref else None) or \
        (Found(title_ref, ref_line) if title_ref else None)
    if title_ref and reference is not None and str(reference.value) != title_ref and _NATO_NUMBER.fullmatch(title_ref):
        out.problem("warning", "reference", f"the title's own vacancy number {title_ref} kept over a label's "
                    f"{reference.value!r} (a job board's own id)")
        reference = Found(title_ref, ref_line)  # "Assistant (Service Desk)-260612" under a board's "Référence: 48211"
    if title_problem:
        out.problem("warning", "title", title_problem)
    org, loc = header.organisation(labels, notice)
    said = post_title or (str(title.value) if title else None)  # the post's title the text's values are said of
    grade, grade_code, nato_grade = header.grade(notice, said, own_from)
    pay, pay_problem = header.salary(labels, notice, own_from)
    raws = positions_mod.table_lines(notice)
    per_grade = [(sorted(codes), *rest)
                 for codes, *rest in header.pay_by_grade(notice) or positions_mod.table_pay(raws)]
    if per_grade:  # pay stated once per grade, in a list or a table's column: each post takes its grade's
        pay, pay_problem = None, None
    deadline, deadline_problem = header.deadline(labels, notice, reference)
    by_row = [(no, date.value, evidence) for no, (cell, evidence) in positions_mod.table_deadlines(raws).items()
              if (date := find_date(cell, day_first=True))]  # a table of posts' closing-date column
    if deadline is not None and deadline.lineno in {no for no, *_ in by_row} and len({d for _, d, _ in by_row}) > 1:
        deadline = None  # one row's date is no notice's: each post takes its own row's
    if deadline is None and (column := positions_mod.table_deadline(raws)) and (
            date := find_date(column[1], day_first=True)) and (
            line := next((ln for ln in notice.active_lines if ln.no == column[0]), None)):
        deadline = Found(date.value, line)  # ... the same on every row
    by_row = [] if deadline is not None else by_row  # ... or each row its own: each post takes its row's
    per_post = header.stated_per_post(notice)  # ... or a label gives each post's title its own value: the notice's
    said_once = {"deadline": deadline, "salary_eur_monthly": pay, "grade": grade}  # value read from it is none
    for name, by_title in per_post.items():
        if (found := said_once[name]) is not None and found.lineno in {no for _, no, _ in by_title.values()}:
            said_once[name] = None
            out.problem("warning", name, f"{name} stated per post ({', '.join(str(v) for v, *_ in by_title.values())})"
                        ": each post takes its own")
    if said_once["grade"] is None and grade is not None:
        grade_code = nato_grade = None
    deadline, pay, grade = said_once["deadline"], said_once["salary_eur_monthly"], said_once["grade"]
    for name, message in (("salary_eur_monthly", pay_problem), ("deadline", deadline_problem)):
        if message:
            out.problem("warning", name, message)
    exp_rows = experience.extract(notice)
    lang_rows, lang_problems = languages.extract(notice)
    comp_rows, comp_problems = competencies.extract(notice)
    staff_rows = staff_mod.extract(notice, said)
    committee_rows, committee_problems = committees.extract(notice, said)
    req_rows = lists.requirements(notice)
    for name, messages in (("languages", lang_problems), ("competencies", comp_problems),
                           ("committees", committee_problems)):
        for message in messages:
            out.problem("warning", name, message)
    if not lang_rows and any(r["category"] == "language" for r in req_rows if r["kind"] == "essential"):
        out.problem("warning", "languages", "a language requirement is stated but no I-VI level was read")
    if notice.find("competencies") and not comp_rows:
        out.problem("warning", "competencies", "COMPETENCIES section holds no readable competency")
    contract_years, extension = conditions.contract(notice)
    education, masters = conditions.education(req_rows)
    out.rows = {"experience": exp_rows, "languages": lang_rows, "competencies": comp_rows,
                "staff": staff_rows, "committees": committee_rows, "requirements": req_rows,
                "challenges": lists.challenges(notice), "fields": fields}
    derived = _derived(out.rows, committee_names=bool(committee_rows) or committees.names_committees(notice),
                       competency_section=bool(notice.find("competencies")))
    out.post = {
        "source_file": doc.source_file,
        "title": keep("title", title),
        "reference": keep("reference", reference),
        "organisation": keep("organisation", org),
        "division": keep("division", header.division(labels, notice)),
        "location": keep("location", loc),
        "grade": keep("grade", grade),
        "grade_code": grade_code,
        "nato_grade": nato_grade,
        "salary_eur_monthly": keep("salary_eur_monthly", pay),
        "_pay_by_grade": per_grade,
        "deadline": keep("deadline", deadline),
        "_deadline_by_row": by_row,
        "_per_post": per_post,
        "post_family": header.family_of(str(title.value)) if title else None,
        "reports_to": keep("reports_to", header.reports_to(notice)),
        "education": education,
        "masters_preferred": masters,
        **derived,  # (the tables' columns follow the contract's order, whatever the order here)
        "security_clearance": keep("security_clearance", conditions.security_clearance(notice)),
        "contract_years": keep("contract_years", contract_years),
        "extension_years": keep("extension_years", extension),
        "essay_required": bool(keep("essay_required", conditions.essay_required(notice))),
        "notice_language": notice.language,
        "content_hash": doc.digest,
    }
    if per_grade:
        grades = ", ".join("/".join(codes) for codes, *_ in per_grade)
        out.problem("warning", "salary_eur_monthly", f"pay is stated once per grade or vacancy ({grades}): each post "
                    "takes its own")
        out.rows["fields"] = _pay_for_grade(out.post, fields)


_NATO_NUMBER = re.compile(r"\d{6}")  # a vacancy number as NATO's portal writes it after a title ("X-260612")


def _pay_for_grade(post: Row, fields: list[Row], line: int | None = None) -> list[Row]:
    """The post's pay, where a notice states pay once per grade: its own grade's (read on the post's own `line` when
    it is stated there too), or none when its grade is not among them; the fields' rows follow."""
    per_grade = post.get("_pay_by_grade")
    if not per_grade:
        return fields
    own = {post["grade_code"], post["nato_grade"], post["reference"]} - {None}  # (or its vacancy number's pay)
    hits = [p for p in per_grade if own & set(p[0])]
    hit = next((p for p in hits if p[2] == line), hits[0] if hits else None)
    post["salary_eur_monthly"] = hit[1] if hit else None
    fields = [f for f in fields if f["field"] != "salary_eur_monthly"]
    if hit:
        fields.append({"field": "salary_eur_monthly", "value": str(hit[1]), "line": hit[2], "evidence": hit[3]})
    return fields


def _contract_clauses(fields: list[Row], said: list[tuple]) -> list[Row]:
    """The contract's sentence said post by post ("three years (Vacancy A) or five years (Vacancy B)"): a row per
    clause that states one length, each said of its post, in place of the sentence's row."""
    read = {f["line"] for f in fields if f["field"] == "contract_years"}
    own = [{"field": "contract_years", "value": str(years), "line": line, "evidence": text} for line, text, _ in said
           if line in read and (years := conditions.clause_length(text)) is not None]
    lines = {r["line"] for r in own}
    return [f for f in fields if f["field"] != "contract_years" or f["line"] not in lines] + own


def _derived(rows: dict[str, list[Row]], committee_names: bool, competency_section: bool) -> Row:
    """The posts row's values that sum up the long tables: the first essential years, the two language slots, the
    staff led and direct reports, the committees chaired, the competencies' count and mean levels."""
    exp_rows, comp_rows, staff_rows = rows["experience"], rows["competencies"], rows["staff"]
    known = [r["level"] for r in comp_rows if r["level"] is not None]
    shares = [r["level"] / r["max_level"] for r in comp_rows if r["level"] and r["max_level"]]
    essential_exp = [r for r in exp_rows if r["section"] == "essential"] or \
        [r for r in exp_rows if r["section"] == "other"]
    slots = {r["slot"]: r["level"] for r in reversed(rows["languages"])}
    led = [r for r in staff_rows if r["kind"] == "leads"]
    direct = staff_mod.direct_reports(staff_rows)
    return {
        "min_experience_years": _first(essential_exp, "professional"),
        "min_management_years": _first(essential_exp, "management"),
        "lang_level_one": slots.get("one"),
        "lang_level_other": slots.get("other"),
        "staff_led": led[0]["count"] if led else None,
        "direct_reports": direct[0]["count"] if direct else None,
        "committees_chaired": committees.chaired(rows["committees"]) if rows["committees"] else
        0 if committee_names else None,
        "competency_count": (len(comp_rows) or None) if competency_section else None,
        "competency_mean_level": round(sum(known) / len(known), 3) if known else None,
        "competency_mean_share": round(sum(shares) / len(shares), 3) if shares else None,
    }


_WARM_TEXT = """Policy Officer
Vacancy Ref: 100000
Grade: A2, G15
Salary: 7,000.00 EUR (Monthly)
Application Deadline: 01-Jan-2030
1. SUMMARY
The Policy Officer leads a team of 5 staff and chairs the Budget Committee. Direct reports: 2
2. QUALIFICATIONS AND EXPERIENCE
ESSENTIAL
The incumbent must:
- have at least 5 years of experience, of which 2 in management;
- possess the following minimum levels of NATO's official languages (English/French): V ("Advanced") in one; \
II ("Elementary") in the other.
5. COMPETENCIES
- Achievement: Sets and works to meet challenging goals;
6. CONTRACT
The successful applicant will be offered a contract for an initial period of 3 years.
"""


def warm() -> None:
    """Compile the patterns and read the code tables once in a fresh worker, before any file arrives."""
    parse_document(Document("warm-up.txt", "txt", _WARM_TEXT))


def _first(rows: list[Row], kind: str) -> float | None:
    return next((float(r["years"]) for r in rows if r["kind"] == kind), None)


def parse_path(path: Path, root: Path) -> Parsed:
    """Read and parse one file; unreadable input becomes an `error` problem, never an exception."""
    rel = path.relative_to(root).as_posix()
    try:
        doc = read_document(path, root)
    except IngestError as exc:
        failed = Parsed(rel, failed=True)
        failed.problem("error", "file", str(exc))
        return failed
    except Exception as exc:  # a reader library failing on hostile input is still one bad file
        failed = Parsed(rel, failed=True)
        failed.problem("error", "file", f"could not read the file ({type(exc).__name__}: {exc})")
        return failed
    try:
        return parse_document(doc)
    except Exception as exc:  # an extractor bug on one notice must not cost the corpus
        failed = Parsed(rel, failed=True)
        failed.problem("error", "file", f"the parser failed on this notice ({type(exc).__name__}: {exc})")
        return failed


def expand(p: Parsed) -> list[Parsed]:
    """One Parsed per position named by a multi-post notice, sharing everything else it states."""
    if p.parts:
        return [p, *p.parts]
    if not p.positions:
        return [p]
    out = []
    shared = len({pos[1] for pos in p.positions}) < len(p.positions)
    # a grade the notice states once holds for every position, unless it is another position's own grade
    listed = {code for pos in p.positions for code in pos[5:7] if code}
    for n, (written, ref, line, evidence, grade, grade_code, nato_grade) in enumerate(p.positions):
        title = positions_mod.without_serial(title_mod.bare(written)[0])
        reference = ref or p.post["reference"]
        post = {**p.post, "title": title, "reference": reference, "post_family": header.family_of(title),
                "_id": f"{reference}-{slug(title)}" if reference and shared else None}
        own = ("title", "reference", "grade") if grade else ("title", "reference")
        fields = [f for f in p.rows["fields"] if f["field"] not in own]
        fields.append({"field": "title", "value": title, "line": line, "evidence": evidence})
        borrowed = post["grade_code"] in listed or post["nato_grade"] in listed
        post.update(grade=grade or (None if borrowed else post["grade"]),
                    grade_code=grade_code or (None if post["grade_code"] in listed else post["grade_code"]),
                    nato_grade=nato_grade or (None if post["nato_grade"] in listed else post["nato_grade"]))
        if grade:  # a grade stated next to the position is that position's
            fields.append({"field": "grade", "value": grade, "line": line, "evidence": evidence})
        _take_titled(post, fields, title, n, own={"grade"} if grade else set())
        if _other_grade(p.post, post["grade_code"], post["nato_grade"]) and not p.post.get("_pay_by_grade"):
            post["salary_eur_monthly"] = None  # the pay stated with the notice's one grade is the post's at that grade
            fields = [f for f in fields if f["field"] != "salary_eur_monthly"]
        fields = _pay_for_grade(post, fields, line)
        if post["deadline"] is None and (own := next((r for r in post["_deadline_by_row"] if r[0] == line), None)):
            post["deadline"] = own[1]  # its row's closing date
            fields.append({"field": "deadline", "value": str(own[1]), "line": line, "evidence": own[2]})
        rows, problems = _owned(p, n, post, {**p.rows, "fields": fields})
        out.append(Parsed(p.source_file, p.digest, post, rows, problems))
    out[0].problems = p.problems
    return out


def _other_grade(stated: Row, grade_code: str | None, nato_grade: str | None) -> bool:
    """Whether a position's own grade differs, on the same scale, from the one grade the notice states with its pay
    ("Grade: NATO Grade G22", "Salary: 10,904.31 EUR" over posts at G22 and G17)."""
    return bool(stated["salary_eur_monthly"] is not None and (
        (grade_code and stated["grade_code"] and grade_code != stated["grade_code"])
        or (nato_grade and stated["nato_grade"] and nato_grade != stated["nato_grade"])))


# The long tables whose rows a position may own (the posts row's values summed up from them follow: `_derived`).
_PER_POSITION_TABLES = ("experience", "languages", "staff", "committees", "competencies", "requirements",
                        "challenges")


def _take_titled(post: Row, fields: list[Row], title: str, n: int, own: set[str] | frozenset[str] = frozenset()
                 ) -> None:
    """The values a label states for this post, position `n`, by its title ("Grade: Head: L.5 ...; Reviser: L.3
    ...") or its mark ("Salary: Post A: ... Post B: ..."), where the post has none of its own (`own`: the fields its
    line in a list of posts gave); by its mark, over a value stated once for all (a job board's "Grade: G15" above
    the notice's "GRADE: (a) A-3/G-17; (b) A-2/G-15"); their rows added to `fields`."""
    for name, by_title in post["_per_post"].items():
        if name in own:
            continue
        titled = _titled(by_title, title)
        if (post[name] is None or (titled is None and f"#{n}" in by_title)) and (
                found := titled or by_title.get(f"#{n}")):
            value, no, said = found
            fields[:] = [f for f in fields if f["field"] != name]  # (the value stated once for all gives way)
            post[name] = value
            if name == "grade":
                post["grade_code"], post["nato_grade"] = positions_mod.read_codes(str(value))
            fields.append({"field": name, "value": str(value), "line": no, "evidence": said})


def _titled(by: dict[str, tuple[object, int, str]], title: str) -> tuple[object, int, str] | None:
    """The value stated for this title among values keyed by titles (one naming the other in short)."""
    own = title.casefold()
    return next((v for k, v in by.items() if own.startswith(k) or k.startswith(own)), None)


def _clause_states(row: Row, clause: str) -> bool:
    """Whether a clause of the sentence a row was read in states the row's value: its years, its headcount or its
    committee's name."""
    return experience.states_years(row, clause) or staff_mod.states_count(row, clause) \
        or str(row.get("committee")) in clause


def _owned(p: Parsed, n: int, post: Row, rows: dict[str, list[Row]], named: bool = False
           ) -> tuple[dict[str, list[Row]], list[Row]]:
    """Position n's tables: the rows on lines it owns and the rows no position owns (what the posts share), never
    another position's; its summed-up values derived again from them; a warning when the notice describes its
    positions one by one (what the first one's text states is not given to the others). `named`: its text names a
    committee."""
    if not p.owners and not p.said:
        return rows, []

    def others(line: object) -> bool:  # a line owned by other positions only (an item may be said of two)
        owned = {o for a, b, o in p.owners if isinstance(line, int) and a <= line <= b}
        return bool(owned) and n not in owned

    def said_of_others(row: Row) -> bool:  # a row read in a sentence, or the clause of its figure, said of other
        evidence = str(row.get("evidence"))  # positions only
        said = {o for line, said_text, o in p.said if line == row["line"] and (
            evidence in said_text or (said_text in evidence and _clause_states(row, said_text)))}
        return bool(said) and n not in said

    rows = {**rows, **{t: [r for r in rows[t] if not others(r["line"]) and not said_of_others(r)]
                       for t in _PER_POSITION_TABLES}}
    graded = {(pay, line) for codes, pay, line, _ in post.get("_pay_by_grade") or []
              if {post["grade_code"], post["nato_grade"]} & set(codes)}  # (its own grade's, wherever stated)
    if any(f["field"] == "salary_eur_monthly" and others(f["line"]) and (post["salary_eur_monthly"], f["line"])
           not in graded for f in rows["fields"]):
        post["salary_eur_monthly"] = None  # the pay read from another position's line
        rows["fields"] = [f for f in rows["fields"] if f["field"] != "salary_eur_monthly"]
    every = [f for f in rows["fields"] if f["field"] == "contract_years" and not said_of_others(f)]
    contracts = [f for f in every if not others(f["line"])] or every[:1]  # (one sentence may state two posts')
    kept = next((f for f in contracts if any(a <= f["line"] <= b and o == n for a, b, o in p.owners)),
                contracts[0] if contracts else None)  # (its own part's length over the first one read)
    post["contract_years"] = float(kept["value"]) if kept else None
    rows["fields"] = [f for f in rows["fields"] if f["field"] != "contract_years" or f is kept]
    named = named or bool(rows["committees"]) or any(not others(line) for line in p.committee_lines)  # (its own or
    # shared)
    # (a competencies section that holds no row gives no count either way)
    post.update(_derived(rows, committee_names=named, competency_section=True))
    if not (n and p.apart):
        return rows, []
    return rows, [{"source_file": p.source_file, "severity": "warning", "field": "positions", "line": None,
                   "message": f"the notice describes its positions one by one; the values of '{post['title']}' are "
                              "read from its own lines and from what the positions share, never from another's"}]
