"""The post title: candidates from labels, header lines and prose, ranked; page furniture never wins.

A candidate is a labelled title ("Post Title: ..."), a header line shaped like a title (short,
capitalised, naming a post), the text before a label glued to it ("... AdvisorNATO Grade: 24"),
or a post named in prose ("we are seeking an experienced X to ...", "The X is responsible
for ..."). Security markings, page furniture and job-board categories come from the code table
`title_furniture.csv` and are never titles; the words that name a post are in `post_families.csv`
and `post_nouns.csv`, the prose forms in `title_prose.csv`. The winner is cleaned of the
reference, grade, post number and post count written around it (`title_trim.csv`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from analysis.extract import clean, title_shaped
from analysis.extract import grammar as gram
from analysis.extract.header import TITLE_LINES, Found, family_of, names_post, split_labels
from analysis.reference import fold, header_labels, read_csv, term_pattern, terms
from analysis.segment import CORE, Line, Notice

_REF_END = re.compile(r"(?:\((?P<a>\d{5,7})\)|[\s:-]+(?P<b>\d{5,7})|(?<=[a-z)])(?P<c>\d{5,7}))\s*$")
# "Public Diplomacy (ref. 150238, post of ASG/PDD)": the unit, then the reference and the post itself
_REF_POST = re.compile(r"\(\s*ref\.?\s*(?P<ref>\d{5,7})\s*,\s*post\s+of\s+(?P<post>[^()]+?)\s*\)", re.I)
_REF_INSIDE = re.compile(r"\((?P<ref>\d{5,7})\)")
_REF_GLUED = re.compile(r"(?P<t>[^()]+?)\s*\((?P<ref>\d{5,7})\)(?=\S)")  # "X (250443)X-250443": a page title glued on
# A line that ends a sentence ("... here."), not an abbreviation ("NSO.", "Dr.").
_SENTENCE = re.compile(r"(?<![A-Z])(?<!\b[A-Z][a-z])[.!?]$")
MAX_LINE = 240  # a longer line is running text, not a title line


@dataclass(frozen=True)
class Candidate:
    """A possible title, where it was read, how it was found, and its rank (higher wins)."""

    text: str
    line: Line
    start: int
    end: int | None
    how: str
    score: float


@cache
def _furniture() -> tuple[re.Pattern[str], ...]:
    """Lines that are never a title: markings, page furniture, site notes, board categories."""
    return tuple(re.compile(r["pattern"], re.I) for r in read_csv("title_furniture.csv"))


@cache
def _trims() -> tuple[re.Pattern[str], ...]:
    """What is written around a title and is not part of it (reference, grade, post count...)."""
    french = term_pattern("french_title_word")
    bodies = "|".join(f"(?:{r['pattern']})" for r in read_csv("organisations.csv"))
    return tuple(re.compile(r["pattern"].replace("{french}", french).replace("{organisation}", bodies), re.I)
                 for r in read_csv("title_trim.csv"))


@dataclass(frozen=True)
class Prose:
    """A sentence form naming the post: its pattern (group `t`), rank, cheap keywords and reach."""

    pattern: re.Pattern[str]
    weight: float
    keywords: tuple[str, ...]
    lines: int


@cache
def _prose() -> tuple[Prose, ...]:
    """Sentences that name the post advertised (title_prose.csv); `{post}` is a run of capitalised words."""
    words = r"(?:[A-Z][\w'’&/-]*,?|\([A-Z][^()\n]{0,40}\)|of|for|and|the|to|in|on|&|/|de|du|des|la|le|et|,)"
    post = rf"(?P<t>[A-Z][\w'’&/-]*,?(?:[ \t]+{words}){{0,12}}?)"
    return tuple(Prose(re.compile(r["pattern"].replace("{post}", post), re.M), float(r["weight"]),
                       tuple(k for k in r["keywords"].lower().split("|") if k), int(r["lines"]))
                 for r in read_csv("title_prose.csv"))


# A post's name ends its head noun before "of/for": "Head of Audit" names a post, "Board of Auditors" does not.
_OF = re.compile(r"\s(?:of|for|de|du|des)\s|\sd['’]")


def is_furniture(text: str) -> bool:
    return any(p.search(text) for p in _furniture())


_JOINED_TITLES = re.compile(r"(?<=\))\s*(?:\band\b|&|;)\s+(?=[A-Z])")  # "X (260090) and Y"
# A word part in brackets glued to the title's first word: "(Cyber)Security Officer".
_BRACKETED_PREFIX = re.compile(r"\([A-Za-z]+\)[A-Za-z]")


def _title_shaped(text: str) -> bool:
    """A title's shape (a French one's perhaps in sentence case), and no sentence: no opening article or pronoun, no
    finite verb, no final stop; of each title when the line joins two ("Deputy ASG for X (260090) and Deputy ASG for Y
    (260091)")."""
    if len(parts := _JOINED_TITLES.split(text)) > 1:
        return all(_title_shaped(part) for part in parts)
    words = text.split()
    shaped = title_shaped(text) or (len(words) <= _MAX_WORDS and bool(_french_title().match(text)))  # (a French
    # title in sentence case: "Conseiller politique principal (sécurité énergétique)")
    if not shaped or text.endswith(("!", "?")) or not (text[0].isalpha() or _BRACKETED_PREFIX.match(text)):
        return False
    if text.endswith(".") and not text[-3:-1].isupper():
        return False
    return words[0] not in terms("sentence_opener") and not any(w in terms("finite_verb") for w in words)


_MAX_WORDS = 16


def is_title_line(text: str) -> bool:
    """Whether a line reads as a post's title: a title's shape and a word naming a post."""
    return _title_shaped(text) and names_post(text) and not is_furniture(text)


def trim(text: str) -> str:
    """The title without what is written around it: reference, grade, post number, post count, site."""
    previous = None
    while previous != text:
        previous = text
        for pattern in _trims():
            text = pattern.sub("", text).strip(" ,;:-–|")
    return clean(text)


def bare(text: str) -> tuple[str, str | None]:
    """(title, reference) of a written title: its vacancy number split off, what is written around it trimmed."""
    title, ref = split_reference(text.strip(" *_|"))  # (a table cell's bars and emphasis around it)
    title = trim(title)
    if ref is None:  # its number glued on once what followed it is trimmed ("Head, X-251790 ... 48 reposts")
        title, ref = split_reference(title)
    half = len(title) // 2  # a title written twice, a portal's heading flattened onto it: "X X-250813"
    if len(title) % 2 and title[half] == " " and title[:half] == title[half + 1:]:
        title = title[:half]
    french, slash, english = title.partition(" / ")  # a title in French, then in English: "Administratrice/
    if slash and _french_title().search(french) and names_post(english) and not _french_title().search(english):
        title = english  # Administrateur, X / Officer, X" (the English one is read)
    elif slash and _french_title().search(english) and names_post(french) and not _french_title().search(french):
        title = french  # ... or in English, then in French: "Chief Scientist / Scientifique en chef"
    return title, ref


def initials(words: str) -> str:
    """The initials of the capitalised words of a title's head ("DASG" of "Deputy Assistant Secretary General")."""
    return "".join(w[0] for w in words.split() if w[:1].isupper())


def split_reference(text: str) -> tuple[str, str | None]:
    """(title, reference) of a title line that carries its vacancy number ('Head X (250443)')."""
    named = _REF_POST.search(text)
    if named:
        return named.group("post"), named.group("ref")
    glued = _REF_GLUED.match(text)
    if glued:
        return glued.group("t"), glued.group("ref")
    m = _REF_END.search(text) or _REF_INSIDE.search(text)
    if m is None:
        return text, None
    ref = next(g for g in m.groups() if g)
    return (text[:m.start()] + text[m.end():]).strip(), ref


PARAGRAPH = 250  # characters: a line this long is running text


def _candidates(notice: Notice, labels: dict[str, Found]) -> list[Candidate]:
    """Labelled titles and header lines shaped like titles."""
    out: list[Candidate] = []
    label = labels.get("title") or _titled_section(notice)
    if label is not None and names_post(trim(str(label.value))) and not is_furniture(str(label.value)):
        out.append(Candidate(str(label.value), label.line, 0, None, "label", 100.0))
    header = notice.header[:TITLE_LINES]
    seen: dict[str, int] = {}
    for ln in header:
        seen[fold(ln.written)] = seen.get(fold(ln.written), 0) + 1
    after_prose = False
    for i, ln in enumerate(header):
        after_prose = after_prose or (i > 0 and len(header[i - 1].text) >= PARAGRAPH)
        prefix, pairs = split_labels(ln.written)
        if pairs and _BEFORE_BAR.match(ln.written, len(prefix)):
            pairs = ()  # a title's last word read as a label before a page title's bar ("X Division | NATO")
        text = _after_furniture(_post_segment(prefix if pairs and not _REF_POST.search(ln.written) else ln.written))
        labelled = pairs and any(header_labels().get(fold(lab)) == "title" for lab, _ in pairs)
        out += [Candidate(glued, ln, 0, None, "line", 45.0 + 10 * bool(family_of(glued)) - i) for lab, value in pairs
                if header_labels().get(fold(lab)) == "grade" and (after := _TITLE_AFTER_GRADE.match(value))
                and names_post(glued := after.group("t")) and _title_shaped(glued)]  # (its own label lost: "Grade:
        # A-2 Administrator (Budget Execution) Division/Office: ...", a document site's run-together header)
        if not text or len(text) > MAX_LINE or _SENTENCE.search(text) or labelled:
            continue
        portal = i < 3 and _reference_follows(header, i)
        if not (portal or names_post(text)):
            continue
        title, ref = bare(text)
        if not title or is_furniture(title) or not _title_shaped(title) or (after_prose and not ref) or _signed(title):
            continue  # below running text, only a line with its vacancy number is a title (else a byline)
        if names_post(title):
            score = 50.0 + 10 * bool(family_of(title)) + 60 * bool(ref) + 5 * (seen[fold(ln.written)] > 1) - i
            if out and out[0].how == "label" and _shorter_form(title, out[0].text):
                score = min(score, out[0].score - 1)  # a page's short name for the post labelled in full below
        elif portal:
            score = 40.0 - i  # a portal's title line, its requisition number a few lines below
        else:
            continue
        out.append(Candidate(text, ln, 0, None, "line", score))
    return out


def _after_furniture(text: str) -> str:
    """A line's text after a board's note glued to it once its line break was lost ("You will be updated with latest
    job alerts via emailOfficer X"): the title that follows, when it names a post; else the text."""
    if not _CAMEL_JOIN.search(text) or not is_furniture(text):
        return text
    for glued in _CAMEL_JOIN.finditer(text):
        head, rest = text[:glued.end()], text[glued.end():]
        if is_furniture(head) and not is_furniture(rest) and names_post(rest):
            return rest
    return text


_CAMEL_JOIN = re.compile(r"[a-z](?=[A-Z][a-z])")  # two texts glued: "via emailOfficer"
_BEFORE_BAR = re.compile(r"\s*\S+\s+[|·]\s")  # one word, then a page title's bar
# A grade label's value that runs on into the post's title: "A-2 Administrator (Budget Execution)".
_TITLE_AFTER_GRADE = re.compile(r"(?:NATO\s+)?(?:Grade\s+)?(?:[ABCL][.-]?\d|G-?\d{1,2})"
                                r"(?:\s*/\s*(?:NATO\s+)?(?:Grade\s+)?G-?\d{1,2})?\s+(?P<t>[A-Z][^:]{3,90})$")


def _shorter_form(title: str, labelled: str) -> bool:
    """Whether a title line names the labelled post in fewer words, opening with the same one ("Executive Officer
    CSO" for "Executive Officer, Office of the Director")."""
    words, full = fold(title).replace(",", " ").split(), fold(bare(labelled)[0]).replace(",", " ").split()
    return bool(words) and words[0] == full[0] and len(words) < len(full)


def _signed(title: str) -> bool:
    """Whether a line is a signature: a person's name, a comma, then the role ("Nikolaos Fernhout-Sá, Secretary")."""
    name, comma, role = title.partition(", ")
    words = name.split()
    return bool(comma) and 2 <= len(words) <= 4 and len(role.split()) <= 3 and names_post(role) \
        and all(w[:1].isupper() and not w.isupper() and w.lower() not in _not_names() for w in words) \
        and not names_post(name)


@cache
def _not_names() -> frozenset[str]:
    """Words a person's name never holds: a unit's kind (terms.csv `unit_rank`) or a body's (`not_name`)."""
    return frozenset(terms("unit_rank")) | frozenset(terms("not_name"))


def _titled_section(notice: Notice) -> Found | None:
    """The line under a title label standing as a numbered section of its own below the header ("2. TITLE" /
    "Head, Autonomous Systems Branch")."""
    for ln in notice.active_lines:
        if len(ln.text) <= _LABEL_CHARS and (m := _NUMBERED_LABEL.match(ln.text)) \
                and header_labels().get(fold(m.group("label"))) == "title" and (below := notice.next_line(ln)):
            return Found(below.text, below)
    return None


_LABEL_CHARS = 30
_NUMBERED_LABEL = re.compile(r"\W*\d{1,2}\s*[.)]\s+(?P<label>[^:]+?)\s*:?\s*$")


def _post_segment(text: str) -> str:
    """The one segment naming a post of a page title cut by bars ("NSO | Careers | Programme Assistant")."""
    segments = [part.strip() for part in text.split(" | ")]
    posts = [part for part in segments if names_post(part)] if len(segments) > 1 else []
    return posts[0] if len(posts) == 1 else text


def _prose_candidates(notice: Notice) -> list[Candidate]:
    """Posts named in the opening sentences, when no line states the title."""
    out: list[Candidate] = []
    body = [s.body for s in notice.active if s.key != "header"]
    opening = [*body[:1], *(s.body for s in notice.find("summary")[:1])]
    for form in _prose():
        lines = sorted({ln for part in (notice.header, *opening) for ln in part[:form.lines]
                        if not form.keywords or any(k in ln.text.lower() for k in form.keywords)},
                       key=lambda ln: ln.no)
        for ln, m, off in notice.scan(form.pattern, lines) if lines else ():
            post = m.group("t").rstrip(",")
            if names_post(_OF.split(post, 1)[0]) and not is_furniture(post):
                rank = form.weight - ln.no / 100
                out.append(Candidate(post, ln, m.start("t") - off, m.end("t") - off, "prose", rank))
                break
    return out


def _reference_follows(header: list[Line], i: int) -> bool:
    """Whether a reference line (a requisition or vacancy number, grammar_header.csv) follows line i closely."""
    return any(gram.reference_pattern().match(ln.written) or gram.reference_after_pattern().search(ln.written)
               for ln in header[i + 1:i + 4])


def find_title(notice: Notice, labels: dict[str, Found]) -> tuple[Found | None, str | None, str | None]:
    """(title, reference written with it, problem): the best candidate, or none with the reason."""
    found = _best(sorted(_candidates(notice, labels), key=lambda c: -c.score))
    if found[0] is not None and notice.language == "en+fr" and _french_title().search(str(found[0].value)):
        return _english_twin(notice, found)
    if found[0] is not None and found[1] is None and (ref := _numbered_again(notice, str(found[0].value))):
        return found[0], ref, found[2]
    if found[0] is not None and (rest := _bracket_closed_below(notice, found[0])):
        return replace(found[0], value=f"{found[0].value} {rest}"), found[1], found[2]
    if found[0] is not None and (m := _TRANSLATED.search(str(found[0].value))) \
            and _french_title().search(m.group("fr")):  # its French in brackets
        return replace(found[0], value=str(found[0].value)[:m.start()]), found[1], found[2]
    return found if found[0] is not None else _best(sorted(_prose_candidates(notice), key=lambda c: -c.score))


# The title's translation in brackets after it: "Head, Course Support Branch (Chef(fe), Branche Soutien des cours)".
_TRANSLATED = re.compile(r"\s*\((?P<fr>(?:[^()]|\([^()]*\))+)\)$")


def _bracket_closed_below(notice: Notice, title: Found) -> str | None:
    """The rest of a title whose bracket a converter's line break left open, on the next line: "Section Head (Maritime
    Information" / "Services)" in a table's cells."""
    text = str(title.value)
    if text.count("(") <= text.count(")") or (below := notice.next_line(title.line)) is None:
        return None
    rest = " ".join(below.text.replace("|", " ").split())
    return rest if rest.endswith(")") and "(" not in rest and len(rest.split()) <= _REST_WORDS else None


_REST_WORDS = 4


def _numbered_again(notice: Notice, title: str) -> str | None:
    """The vacancy number written with the title where the title stands again below, as a job board's copy of a
    portal's page gives it ("Principal Engineer (Cloud Platforms)-260144" under the board's own summary)."""
    for ln in notice.active_lines:
        text = ln.text[page.end():] if (page := _PAGE_NUMBER.match(ln.text)) else ln.text  # (a viewer's page number
        if not text.startswith(title) or len(text) <= len(title):  # first: "1 Head, X-241187 Primary Location ...")
            continue
        if (numbered := bare(text))[1] and fold(numbered[0]) == fold(title):
            return numbered[1]
        if glued := _NUMBER_AFTER.match(text, len(title)):  # (the portal's fields run on after it)
            return glued.group("n")
    return None


_PAGE_NUMBER = re.compile(r"\d{1,3}\s+(?=[A-Z])")
_NUMBER_AFTER = re.compile(r"\s?[-–]\s?(?P<n>\d{5,7})(?=\s+[A-Z])")


def is_french_title(text: str) -> bool:
    """Whether a title is written in French ("Chef(fe), Section Planification", "Conseiller principal (X)")."""
    return bool(_french_title().match(text))


@cache
def _french_title() -> re.Pattern[str]:
    """A title written in French: a French post word first (terms.csv `french_title_word`), or a gendered ending
    ("Secrétaire général(e) adjoint(e)")."""
    return re.compile(rf"^(?:La/Le\s+|Le/La\s+)?(?:{term_pattern('french_title_word')})(?![a-z])|\((?:e|fe)\)")


def _english_twin(notice: Notice, found: tuple[Found | None, str | None, str | None]
                  ) -> tuple[Found | None, str | None, str | None]:
    """A bilingual notice whose French version comes first: the English version's title line, the one with the
    same vacancy number ("... gestion exécutive-260004" / "... Executive Management-260004"), when there is one."""
    title, ref, problem = found
    for ln in (ln for s in notice.sections for ln in s.lines if ln.text and ln is not title.line):
        text, other = bare(ln.written)
        if other is not None and other == ref and names_post(text) and not _french_title().search(text):
            return Found(text, ln), ref, problem
    # else the English version's own header: a title line just above its first section
    first_en = next((i for i, s in enumerate(notice.sections) if s.lang == "en" and s.key in CORE), None)
    above = [ln for s in notice.sections[:first_en] for ln in s.lines if ln.text][-_TWIN_REACH:] if first_en else []
    for ln in above:
        text = bare(ln.written)[0]
        if text and is_title_line(text) and names_post(text) and not _french_title().search(text):
            return Found(text, ln), ref, problem
    return found


_TWIN_REACH = 8  # lines above the English version's first section where its title may stand


def _best(ranked: list[Candidate]) -> tuple[Found | None, str | None, str | None]:
    for best in ranked:
        title, ref = bare(best.text)
        if title and len(title) <= 150 and (best.how == "line" or names_post(title)):
            problem = (f"no title line: the post named in the text ({title!r}) is taken as the title"
                       if best.how == "prose" else None)
            return Found(title, best.line, best.start, best.end), ref, problem
    return None, None, None
