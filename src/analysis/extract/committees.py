"""Committees the post chairs, co-chairs, permanently chairs, serves or supports, with the role words.

Whose role is it, read clause by clause:

- a role phrase (roles.csv) is a verb (`act`: "chairs", "chairing", "is a member of") or a noun
  (`title`: "Chair of", "co-Chair"); a few phrases name someone else's role (`other`: "her/his role as
  Chair of", "under the chairmanship of");
- a verb belongs to the subject of its clause: the post ("S/he", "the incumbent", the post's own
  title), a unit ("the Division", a division's acronym: it may serve a committee, but only a person
  sits in its chair), or someone else ("the Secretary General", the antecedent of "who"/"which");
- a noun is the post's role only when it is said of it ("is the Chair of", "as Chair of", or a list
  item that opens with it); otherwise it is a person's title ("advice to the Chair of X"), not a role;
- the role reaches the committee names that follow it as a list ("chairs the A, the B and the C");
  a preposition or a new verb between them ends its reach ("... through advice for the Council");
- a name that is a person's or office's title ("Secretary of the Council", "Office of the Committee
  Services") is not a committee.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from analysis.extract import Row, clean, evidence_row, sentences
from analysis.extract.header import family_of, serves_post
from analysis.ingest import language_of
from analysis.reference import alternation, committee_index, fold, read_csv, roles, terms, triggers
from analysis.segment import Line, Notice

# One word of an English committee name: a capitalised word (or NATO's) ...
_W = r"(?:[A-Z][\w'&-]*|NATO's)"
# ... or a connecting word or acronym inside the name ("Partnerships and Cooperative Security").
_C = r"(?:and|of|for|on|related|the|[A-Z]{2,6}|\([A-Z]{2,6}\)(?!\s+(?:and|the)\b))"  # (an acronym in brackets
# followed by "and the" closes a name: "the X Group (XG) and the Y Working Group" are two)
# The head noun that makes a name a committee ("related committees" also in lower case, closing a list of
# names without commas); not when a capitalised word follows it, which makes
# it a modifier ("Committee Services", "Council Secretariat", "Committee Chair"), unless that word
# opens the next sentence of a text stripped of its punctuation ("... Committee The Division ...").
_SENTENCE_OPENER = r"(?:The|This|These|He|She|S/he|They|It|In|As|A|An|Il|Elle|Le|La|Les)\b"
_HEAD_EN = r"(?:Committees?|related\s+committees|Sub-?[Gg]roup|Sub-?[Cc]ommittee|Group|Board|Council|Forum|Panel|" \
           r"Commission|Working\s+Party|" \
           r"Task\s+Force|Sessions)" \
           rf"(?!\s+(?:\([A-Z]{{2,6}}\)\s+)?(?!{_SENTENCE_OPENER})[A-Z][a-z])"  # "NPG (NPG) Staff Group" goes on
# A complement that completes a name after its head noun: "Advisory Panel on Administration".
_COMPLEMENT = rf"(?:\s+(?:of|on)\s+(?:the\s+)?{_W}(?:\s+{_W})*)?"
_NAME_EN = re.compile(
    rf"(?<![\w-])(?P<name>{_W}(?:\s+(?:{_W}|{_C}))*?\s+{_HEAD_EN}{_COMPLEMENT}"
    rf"|Conference\s+of\s+{_W}(?:\s+{_W})*"
    rf"|(?:Committee|Board|Commission|Panel)\s+(?:on|for)\s+(?:the\s+)?{_W}(?:\s+(?:and\s+)?{_W})*"  # head first
    rf"|Group\s+of\s+{_W}(?:\s+{_W})*"  # "Group of Armaments Programme Managers"
    rf"|Board\s+of\s+(?:Directors|Governors|Trustees))"
    rf"(?![\w-])(?:\s*\((?P<acr>[A-Z][A-Za-z0-9()&]{{1,9}})\))?")
_NAME_FR = re.compile(
    r"(?<![\w-])(?P<name>(?:Comité|Conférence|Groupe|Conseil|Bureau)\b[^,.;:()]*?)"
    r"(?=\s*(?:\(|,|\.|;|$|\squi\b|\soù\b)|\s+et\s+(?:du|de\s+la|des|le|la|les)\s+(?:Comité|Conférence|Groupe|Conseil)"
    r"|\s+et\s+[a-zé]+(?:er|ir|re)\s"  # (or another verb follows: "présider le Groupe X et veiller à ...",
    r"|\s+et\s+(?:(?:co)?présid|[a-zé]{2,}(?:e|ent)\s+(?:le|la|les|l['’])))"  # "... et copréside, avec X, le Y",
    # "... et représente la Division")
    r"(?:\s*\((?P<acr>[A-Z][A-Za-z0-9()&]{1,9})\))?")
_LAST_CONJUNCT = re.compile(r"\s+(?:and|et)\s+(?:the\s+|le\s+|la\s+)?")
# How the post holds a role, as an aside between the role and the name: "and chair, in rotation, the X Board".
_MANNER_ASIDE = re.compile(r",[ \t]*(?:in[ \t]+(?:[a-z-]+[ \t]+)?rotation|alternately|ad[ \t]+interim|"
                           r"as[ \t]+(?:needed|required)|when[ \t]+required)[ \t]*,", re.I)
# "chairs on behalf of the ASG the X Committee": whose behalf stands between the role and the name (masked).
_ON_BEHALF = re.compile(r"\s(?:on\s+behalf\s+of|in\s+the\s+absence\s+of)\s+(?:the\s+)?(?:[A-Z][\w/&-]*\s?)+(?=[\s,;])")
# Head nouns that only committees have (a "Group" or "Task Force" may be a unit of staff; a "Working Group" or
# "Steering Group" is not).
_BODY_HEAD = re.compile(r"\b(?:Committees?|Board|Council|Commission|Panel|Forum|"
                        r"(?:Working|Steering|Coordination|Coordinating|Review|Contact) (?:Party|Group)|"
                        r"Research Task Group|"  # (STO's research task groups: "MA-RTG")
                        r"Conference|"
                        r"Comité|Conseil|Conférence)\b")  # not "Bureau": in French an office as often as a board
# ", with the Deputy Chair of the Military Committee," : who shares a co-chair (masked, kept apart).
_WITH = re.compile(r",\s*(?:(?:together|jointly|alternately|in\s+(?:[a-z-]+\s+)?rotation)\s+with|with|"
                   r"(?:conjointement\s+)?avec)\s+"
                   r"(?P<with>[^,]+(?:,\s+[A-Z][\w&-]*(?:\s+(?:and\s+)?[A-Z][\w&-]*){0,3}(?=,))?),")  # (a title with
# its comma: "co-chairs, with the Director, Operations, the X Board")
# The same without commas (a copy with its punctuation stripped): the sharer's title runs up to its own
# body, and "of" follows ("co-Chair with the Deputy Chair of the Military Committee of the X Committee").
# Or the sharer is someone "of the <body>" or a post's title, and the group's own name follows with "the"
# ("co-chairs with a representative of the International Military Staff the Industry Engagement Steering Board",
# "co-chairs with the NCI Agency Chief Information Security Officer the Cyber Security Working Group").
_WITH_BARE = re.compile(r"\swith\s+(?P<with>(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s+of\s+the\s+"
                        r"(?:[A-Z][\w-]*\s+)*?(?:Committee|Board|Council|Group))(?=\s+(?:of|the)\s)"
                        r"|\swith\s+(?P<with2>(?:the\s+|an?\s+)?(?:[\w-]+(?:\s+[\w-]+){0,3}?(?:\s+of\s+the\s+"
                        r"(?:(?:[A-Z][\w&-]*|and)\s+){0,5}?[A-Z][\w&-]*){1,3}"
                        r"|(?:[A-Z][\w&-]*\s+){0,6}?[A-Z][\w&-]*"  # (a title: "the Chief Scientist")
                        r"|(?:[a-z][\w-]*\s+){0,2}(?:representatives?|delegates?|nations?)))"  # ("with a national
                        r"(?=\s+the\s+[A-Z])")  # representative the Joint Remuneration Working Group")
# Words left of a name once the role phrase is cut off it ("of the", "du"), a possessive ("the Agency's") and an
# acronym alone joined to the name ("the CyDC and the Innovation Board": the CyDC is named elsewhere, as a lone
# acronym is).
_LEAD_IN = re.compile(r"^(?:(?:of|du|de\s+la|des|de)\s+|d')?(?:the\s+|la\s+|le\s+|l')?"
                      r"(?:NATO['’]?s\s+|[A-Z][\w&-]*['’]s\s+)?"
                      r"(?:(?-i:[A-Z][a-z]?[A-Z0-9][A-Za-z0-9&]{0,7})\s+(?:and|et)\s+(?:the\s+|la\s+|le\s+|l')?)?",
                      re.I)
_REFERS_BACK = re.compile(r"^\W*(?:These|Such|The|Ces)\s+(?:committees|comités)\s+(?:include|are|"
                          r"comprennent)|^\W*(?:They|Ils)\s+include", re.I)
_NAMING_NOUN = re.compile(r"Committee|Group|[Ss]ubgroup|[Ss]ubcommittee|Board|Council|Conf[eé]rence|Forum|Panel|"
                          r"Commission|Working Party|Task Force|Sessions|Comit|Conseil|Groupe|Bureau|committees|"
                          r"comités")
_NOUN = re.compile(f"{_NAMING_NOUN.pattern}|board|committee|panel|working group|steering group")  # (a body chaired
# may be named in lower case)
# A noun role said of its subject: "is the Chair of", "as co-Chair", "serves as Chair of".
_PREDICATE = re.compile(r"\b(?:is|are|be|being|was|as|becomes?|remains?|est|comme|que)\s+"
                        r"(?:(?:also|currently|usually|normally|further|itself|aussi|également)\s+)?"  # ("is also the")
                        r"(?:the\s+|an?\s+|its\s+|le\s+|la\s+)?"
                        r"(?:ex[\s-]officio\s+|rotating\s+|standing\s+|acting\s+|permanent\s+)?$", re.I)  # (how long
# the post holds the chair: "is the standing Chair of", "as acting Chair of")
# Words between a subject and its verb ("will", "also") or before a noun role ("is the").
_AUX = frozenset({"will", "shall", "would", "may", "can", "also", "is", "are", "be", "was", "the", "a", "an",
                  "as", "acts", "act", "acting", "serves", "serve", "currently", "itself", "further", "then",
                  "jointly", "directly", "le", "la", "est"})
# Words that end a subject read backwards from its verb, when a new clause starts there.
_CLAUSE_JOIN = frozenset({"and", "but", "while", "whereas", "et", "mais", "tandis"})
_RELATIVE = frozenset({"who", "which", "qui"})
# What joins two role phrases into one ("chairs and co-chairs", "chairing and providing ... support to").
_ROLE_JOIN = re.compile(r"[\s,]*(?:and|et|or|ou|as well as)?\s*(?:also\s+|aussi\s+)?")
_NEAR = 240
# Words before a noun phrase that make it an object ("advises the Director as Chair of").
_GOVERNS = frozenset({"of", "as", "assists", "assist", "assisting", "supports", "support", "supporting", "advises",
                      "advise", "advising", "helps", "help", "helping", "reports", "de", "du"})
# A word of a subject: capitalised, an acronym, or a connecting word inside a name.
# A post told from another of its title by its grade, after its subject: "the Officer at G17 chairs ...".
_GRADE_AFTER_SUBJECT = re.compile(r"\s+at\s+(?:NATO\s+)?(?:grade\s+)?(?:G-?\d{1,2}|[ABCL][.-]?\d)(?=\s*(?:\w+\s*)?$)",
                                  re.I)
_NP_LINK = frozenset({"of", "for", "the", "and", "de", "du", "des", "la", "le", "d'", "l'", "each"})


@dataclass(frozen=True)
class Mark:
    """A role phrase in a sentence: its span, role, words as written, whether it chairs, and form."""

    start: int
    end: int
    role: str | None
    words: str
    chairs: bool
    form: str


@cache
def _vocabulary() -> dict[str, object]:
    """The word lists of terms.csv that decide subjects, list reach and titles."""
    scope = terms("role_scope")
    subjects = {fold(k): v for k, v in terms("role_subject").items()}
    return {
        "subjects": subjects,
        "post_words": frozenset(w for k, v in subjects.items() if v == "post" for w in k.split()),
        "det": frozenset(k for k, v in scope.items() if v == "det"),
        "list": frozenset(k for k, v in scope.items() if v == "list" and " " not in k),
        "list_phrase": re.compile(r"(?<![\w'])(?:" + alternation(
            [k for k, v in scope.items() if v == "list" and " " in k]) + r")(?![\w'])", re.I),
        "break": frozenset(k for k, v in scope.items() if v == "break"),
        "opener": re.compile(r"^\W*(?:" + alternation(list(terms("clause_opener"))) + r")\b[^,;]{0,120},\s*",
                             re.I),
        "title_of": re.compile(r"^(?:" + alternation(list(terms("title_of"))) + r")\s+(?:of|to|du|de)\b",
                               re.I),
    }


@cache
def _role_words() -> tuple[str, ...]:
    """The keywords of the `role` trigger (terms.csv): a sentence without one holds no role phrase."""
    return tuple(k for k, names in triggers() if "role" in names)


@lru_cache(maxsize=32768)
def _role_marks(text: str, lang: str) -> tuple[Mark, ...]:
    """The role phrases of a sentence, leftmost first; a run joined by "and" is one ("chairs and co-chairs").
    Notices repeat their sentences, so it is cached."""
    pattern, role_of = roles(lang)
    marks: list[Mark] = []
    for m in pattern.finditer(text):
        role, chairs, form = role_of[m.lastgroup]
        if form == "act" and m.group(0)[:1].isupper() and _IN_NAME.search(text, 0, m.start()) \
                and not _OBJECT_NEXT.match(text, m.end()):
            continue  # a capitalised word inside a name ("the Panel Chairs' Council"), not a verb ("Committee Work
            # Chair the X Group": a duty run in after its area's name)
        mark = Mark(m.start(), m.end(), role or None, m.group(0), chairs, form)
        gap = text[marks[-1].end:m.start()] if marks else ""
        if marks and len(gap) <= 24 and _ROLE_JOIN.fullmatch(gap):
            mark = _joined(marks.pop(), mark, text)
        marks.append(mark)
    return tuple(marks)


# A capitalised word right before a role verb written with a capital: the verb is a word of a name, unless its object
# follows.
_IN_NAME = re.compile(r"[A-Z][\w'&-]*\s+$")
_OBJECT_NEXT = re.compile(r",?\s+(?:the|its|their)\s")


def _joined(a: Mark, b: Mark, text: str) -> Mark:
    """Two role phrases joined by "and": a chair role wins; two different chair roles leave it open."""
    chair_roles = {m.role for m in (a, b) if m.chairs}
    if len(chair_roles) > 1:
        role = None
    elif chair_roles:
        role = chair_roles.pop()
    else:
        role = "serves" if "serves" in (a.role, b.role) else a.role or b.role
    form = "other" if "other" in (a.form, b.form) else "act" if "act" in (a.form, b.form) else "title"
    return Mark(a.start, b.end, role, text[a.start:b.end], a.chairs or b.chairs, form)


def _words(text: str) -> list[str]:
    return [w.strip(",;:()\"-•*·") for w in text.split() if w.strip(",;:()\"-•*·")]


def _is_np_word(word: str) -> bool:
    """A word that can be part of a subject: capitalised, an acronym, a post word or a link word."""
    low = word.lower()
    return word[:1].isupper() or low in _NP_LINK or all(
        part in _vocabulary()["post_words"] for part in low.split("/"))


def _np_before(text: str) -> tuple[str, str] | None:
    """(noun phrase, word before it) read backwards from the end of `text` within its clause
    (after the last comma), skipping "will", "also", "is the"; the word is "" at the clause start."""
    words = _words(_GRADE_AFTER_SUBJECT.sub("", re.split(r"[,;:]", text)[-1]))
    while words and words[-1].lower() in _AUX:
        words.pop()
    np: list[str] = []
    while words and _is_np_word(words[-1]) and words[-1].lower() not in _CLAUSE_JOIN | _RELATIVE:
        np.insert(0, words.pop())
        if np[0] == "The" and words:  # a capital article inside a line that lost its stops opens a sentence:
            words = []  # "... reports to the Director X Directorate The Head chairs ..."
    while np and np[0].lower() in _NP_LINK and np[0] not in ("The", "Le", "La", "Each"):
        np.pop(0)
    if not np or not any(w[:1].isupper() or (_is_np_word(w.lower()) and w.lower() not in _NP_LINK) for w in np):
        return None
    return " ".join(np), (words[-1].lower() if words else "")


def _np_after(text: str) -> str | None:
    """The noun phrase that opens `text` (a sentence's subject)."""
    np: list[str] = []
    for word in _words(text)[:12]:
        if not _is_np_word(word) or (np and word.lower() in _AUX):
            break
        np.append(word)
    return " ".join(np) if np else None


def _kind(np: str, own: str = "") -> str:
    """'post', 'unit' or 'other': what a subject names (`own`: the post's title: "The Chief of Staff" is
    another person in most notices, the post in the Chief of Staff's)."""
    vocab = _vocabulary()
    subjects: dict[str, str] = vocab["subjects"]
    words = fold(re.sub(r"\([^()]*\)", " ", np)).split()
    words = [w for w in words if w not in ("the", "le", "la", "l", "each")]
    if not words or any(" ".join(words) in (fold(one), fold(one.split(",")[0]))
                        for one in ([own, *_JOINED_TITLES.split(own)] if own else [])):
        return "post"  # (its title, or its title's head: "The Chief of Staff" of "Chief of Staff, Office of the GM";
        # or either post of a title joining two: "The Head, X Section" of "Head, X Section & Head, Y Section")
    if " ".join(words) in subjects and subjects[" ".join(words)] != "unit":
        return subjects[" ".join(words)]
    head = (words[:words.index("of")] if "of" in words else words)[-1:]
    if head and subjects.get(head[0]) == "unit" and not family_of(np.split()[0]):
        return "unit"  # (not a title whose head comes first: "Head, Contracting Section")
    if family_of(np):  # the post, unless the title names another ("The Director" in the Assistant's notice; "The
        # Assistant Secretary General" in the Deputy's)
        return "other" if own and (serves_post(np, own) or _deputised(np, own)) else "post"
    for phrase, kind in subjects.items():
        if kind != "unit" and re.search(rf"\b{re.escape(phrase)}\b", " ".join(words)):
            return kind
    if re.fullmatch(r"[A-Z][A-Z/&]{1,9}", np.strip()):
        return "unit"
    return "post"


_JOINED_TITLES = re.compile(r"\s+and\s+|\s*&\s*")


def _deputised(np: str, own: str) -> bool:
    """Whether a subject names the post the notice's deputy stands in for ("The Assistant Secretary General" in the
    notice of the "Deputy Assistant Secretary General")."""
    deputy = _DEPUTY_OF.match(own)
    return bool(deputy) and family_of(np) == family_of(own[deputy.end():]) and not _DEPUTY_OF.search(np)


_DEPUTY_OF = re.compile(r"(?:the\s+)?(?:deputy|vice)[\s-]+", re.I)


# A duty's area run in before its duties: "Governance: Chair the X Board, and co-chair, with Y, the Z Group."
_RUN_IN_LABEL = re.compile(r"[^\w\n]*(?-i:[A-Z])[\w&/-]*(?:[ \t][\w&/-]+){0,3}[ \t]*:[ \t]+(?=(?-i:[A-Z]))")


def _owner(text: str, at: int, own: str = "") -> str:
    """Whose role the phrase starting at `at` is: 'post', 'unit' or 'other'.

    The subject is read within _NEAR characters on either side: a clause's subject is near its start
    and a verb's own subject near the verb."""
    opener = _vocabulary()["opener"].match(text, 0, _NEAR) or _RUN_IN_LABEL.match(text)
    start = opener.end() if opener else 0
    before = text[max(start, at - _NEAR):at] if at >= start else ""
    local = _np_before(before)
    words = _words(before)
    while words and words[-1].lower() in _AUX:
        words.pop()
    if words and words[-1].lower() in _RELATIVE:
        antecedent = _np_before(before[:before.lower().rindex(words[-1].lower())].rstrip(" ,"))
        sentence_subject = _np_after(text[start:min(at, start + _NEAR)])
        if antecedent and sentence_subject and antecedent[0] == sentence_subject:
            return _kind(antecedent[0], own)
        return "other"
    if local and (local[1] in _CLAUSE_JOIN or local[1] == ""):
        return _kind(local[0], own)
    if local and (local[1] in _vocabulary()["break"] or local[1] in _GOVERNS):
        return "other"  # "assists the Director as Chair of": the phrase is said of an object, not the subject
    if ";" in before and all(w.lower() in _AUX for w in _words(before.rsplit(";", 1)[1])):
        return "post"  # a clause of a list of duties with no subject: "...; be the permanent Chair of X; co-chair Y"
    if _IMPERATIVE.match(text, start) or _AREA_IMPERATIVE.match(text, start):
        return "post"  # a duty said without a subject: "Chair the X Committee and co-chair the Y Board"
    # the subject opens the clause; a phrase inside an opener ("As Chair of X, the ASG ...") is its
    subject = _np_after(text[start:min(at, start + _NEAR)] if at >= start else text[start:start + _NEAR])
    return _kind(subject, own) if subject else "post"


def _resolve(mark: Mark, text: str, own: str = "") -> Mark:
    """The mark as the post's role, or with role 'other' when it is not the post's."""
    if mark.form == "other" or mark.role == "other":
        return replace(mark, role="other")
    if mark.form == "title":
        said_of = _PREDICATE.search(text, max(0, mark.start - 40), mark.start) or \
            _ITEM_OPENING.fullmatch(text, 0, mark.start)  # a list item that opens with it ("- the permanent Chair of
        # X;" under "In particular, the ASG is:")
        if not said_of:
            return replace(mark, role="other")
    if _NEGATED.search(text, max(0, mark.start - _NEGATION_REACH), mark.start) or _NO_OBJECT.match(text, mark.end):
        return replace(mark, role="other")  # "none of the advertised posts chairs the X", "does not chair the Y",
    # "chairs no committee or group"
    owner = _owner(text, mark.start, own)
    if owner == "other" or (owner == "unit" and mark.chairs):
        return replace(mark, role="other")
    return mark


# A list item's opening before a noun role, its bullet blanked to spaces: "- the permanent Chair of X;" (an article
# only there: not "The Chair of the Military Committee is ..." opening a paragraph or a sentence).
_ITEM_OPENING = re.compile(r"[\s\-•*·]*|(?:\s{2,}|\s*[\-•*·]\s*)(?:(?:the|an?)\s+)?"
                           r"(?:(?:permanent|acting|standing|rotating|ex[\s-]officio)\s+)?", re.I)
# A role denied: its subject "none of", "neither", "no one", or "not" just before it ("does not chair", "is not the
# Chair"; not "not only").
_NEGATED = re.compile(r"(?:\b(?:none\s+of|neither|no\s+one|nobody)\b[^.;,:()]{0,40}"
                      r"|\b(?:not|never)(?!\s+only\b)(?:\s+[\w-]+){0,2}\s+)$", re.I)
_NEGATION_REACH = 60
# ... or its object denied: "chairs no committee", "chairs none of them", "chairs neither board".
_NO_OBJECT = re.compile(r"\s+(?:no|none|neither|nor|aucun|aucune|ni)\b", re.I)


def _resolve_all(marks: tuple[Mark, ...], text: str, own: str = "") -> list[Mark]:
    """Each mark resolved; a title joined by "and" to the post's role before it is the post's too ("is the Chair
    of the X Committee and the permanent Chair of the Y Board")."""
    out: list[Mark] = []
    for mark in marks:
        resolved = _resolve(mark, text, own)
        if resolved.role == "other" and mark.form == "title" and mark.role != "other" and out \
                and out[-1].role not in (None, "other") and _AND_THE.search(text, max(0, mark.start - 12), mark.start):
            resolved = mark
        out.append(resolved)
    return out


# A sentence opening with a verb, no subject before it (a duty in a list): "Chair the X", "Co-chair, with the Y, the Z".
_IMPERATIVE = re.compile(r"[\s\W]*(?!(?:The|This|These|That|Each|He|She|They|It|S/he|He/she|She/he|NATO)\b)"
                         r"[A-Z][a-z]+(?:-[a-z]+)?,?\s+(?:the|a|an|its|their|all|and|with|as|regular|both)\b")
# ... after the name of its accountability area, run in when a copy lost its line breaks: "Committee Work Chair the
# X Working Group" (the verb in its bare form: "The Head Chairs the X" is said of a subject).
_AREA_IMPERATIVE = re.compile(r"[\s\W]*(?!(?:The|This|These|That|Each|He|She|They|It|NATO)\b)(?:[A-Z][a-z]+\s+){1,3}"
                              r"[A-Z][a-z]*[a-rt-z],?\s+(?:the|a|an|its|their|all|and|with|as|regular|both)\b")
_AND_THE = re.compile(r"(?:\band|,)\s+(?:the\s+|as\s+(?:the\s+)?)?$")  # (or a comma in a list of titles: "is the
# Chair of the X Committee, the permanent Chair of the Y Board, and ...")


# An aside on the format a committee meets in, between two names of a list: "in its reinforced format", ", when
# meeting in reinforced format,", "in permanent session", "in its Policy Format".
_FORMAT_ASIDE = re.compile(r",\s*(?:when|whenever|where|if)\s+[^,;]{1,60},"
                           r"|\bin\s+(?:its\s+|their\s+)?(?:[a-z-]+\s+)?(?:format|session|configuration|composition)\b",
                           re.I)


_ASIDE_WORDS = ("ormat", "ession", "onfiguration", "omposition", ", when", ", where", ", if", ",when", ",where", ",if")


def _in_reach(gap: str) -> bool:
    """Whether a committee name still belongs to the role phrase: only list words stand between them."""
    vocab = _vocabulary()
    gap = re.sub(r"\([^()]*\)", " ", gap)  # (a format aside is blanked before: `extract`)
    gap = vocab["list_phrase"].sub(" ", gap)
    words = [w.lower() for w in re.split(r"[\s,;:/]+", gap) if w]
    last_det = max((i for i, w in enumerate(words) if w in vocab["det"]), default=-1)
    before, modifiers = words[:last_det + 1], words[last_det + 1:]
    if any(w not in vocab["list"] and w not in vocab["det"] for w in before):
        return False
    if last_det < 0:
        return all(w in vocab["list"] for w in modifiers)
    return all(w[:1].islower() and w not in vocab["break"] for w in modifiers)


def extract(notice: Notice, title: str | None = None) -> tuple[list[Row], list[str]]:
    """(rows, problem messages) from the header prose, summary, accountabilities and interrelationships; `title`: the
    post's, a subject that names it is the post."""
    own = title or ""
    rows: list[Row] = []
    problems: list[str] = []
    lang = notice.active_lang
    name_re = _NAME_FR if lang == "fr" else _NAME_EN
    carried: Mark | None = None
    seen: dict[str, Row] = {}  # each committee's row, by its folded name
    lines = notice.described("header", "summary", "accountabilities", "interrelationships")
    listed: Mark | None = None  # the role of an intro ending in ":" ("chairs the following committees:")
    role_lines = _role_lines(notice, lines)
    if lang == "fr" and _mostly_english(role_lines):  # (a notice whose headings are French, its text English)
        lang, name_re = "en", _NAME_EN
    defined = _acronym_names(role_lines, name_re)  # committees named with their acronym, said by it later
    for ln in map(_lower_if_capitals, role_lines):
        if cell := _role_cell(ln.norm):  # a table of committees with a column of roles: "X Board | Chair"
            rows += _rows(ln, 0, cell[0], ln.norm[:cell[0]], [cell[1]], name_re, seen, problems, [])
            continue
        if listed is not None and ln.bullet and not any(k in ln.norm.lower() for k in _role_words()):
            rows += _rows(ln, 0, len(ln.norm), ln.norm, [listed], name_re, seen, problems, [])
            continue
        listed = None
        intro = ln.norm.rstrip().endswith(":")  # "The incumbent chairs:" above a list of names
        if not _NOUN.search(ln.norm) and not intro and not _known_acronym(ln.norm, defined):
            carried = None
            continue
        for s, e in sentences(ln):
            text = ln.norm[s:e]
            withs = list(_WITH.finditer(text)) or [m for m in (_WITH_BARE.search(text),) if m]  # (every aside of a
            masked = text  # chain: "co-chairs, with X, the Y Board; and chairs, in rotation with Z, the W Group")
            for with_m in withs:
                masked = masked[:with_m.start()] + " " * (with_m.end() - with_m.start()) + masked[with_m.end():]
            masked = _ON_BEHALF.sub(lambda a: " " * len(a.group(0)), masked)
            masked = _MANNER_ASIDE.sub(lambda a: " " * len(a.group(0)), masked) if ", " in masked else masked
            if any(w in masked for w in _ASIDE_WORDS):  # (a cheap test first)
                masked = _FORMAT_ASIDE.sub(lambda a: " " * len(a.group(0)), masked)  # (its words are no name's:
                # "in its Reinforced Format and the X Board")
            if not _NOUN.search(masked) and not intro and not _known_acronym(masked, defined):
                carried = None
                continue
            low = masked.lower()
            marks = _resolve_all(_role_marks(masked, lang), masked, own) if any(k in low for k in _role_words()) \
                else []
            marks = sorted(marks + _chaired_after(masked, name_re), key=lambda mk: mk.start)
            back = _REFERS_BACK.search(masked)
            if not marks and carried and back:
                marks = [replace(carried, start=0, end=back.end())]
            carried = marks[-1] if marks else None
            found = _rows(ln, s, e, masked, marks, name_re, seen, problems, withs, defined)
            rows += found
            if marks and not found and masked.rstrip().endswith(":") and marks[-1].role != "other":
                listed = replace(marks[-1], start=0, end=0)
    return rows, problems


def _acronym_names(lines: list[Line], name_re: re.Pattern[str]) -> dict[str, str]:
    """{acronym: name} of the committees the lines name with their acronym in brackets ("the Arms Control Working
    Group (ACWG)")."""
    return {m.group("acr"): _without_title(clean(name[_LEAD_IN.match(name).end():])) for ln in lines
            if "(" in ln.norm for m in name_re.finditer(ln.norm) if m.group("acr") and (name := m.group("name"))}


def _without_title(name: str) -> str:
    """A committee's name without a person's title before it ("Chair of the X Working Group": the X Working Group)."""
    if title := _vocabulary()["title_of"].match(name):
        name = clean(name[title.end():])
        return clean(name[_LEAD_IN.match(name).end():])
    return name


def _known_acronym(text: str, defined: dict[str, str]) -> bool:
    """Whether a text names a committee by its acronym alone ("chairs the ACWG")."""
    return any(acronym in text for acronym in defined)


def _mostly_english(lines: list[Line]) -> bool:
    """Whether more of these lines' text reads as English prose than as French."""
    weight = {"en": 0, "fr": 0, None: 0}
    for ln in lines:
        weight[language_of(ln.text)] += len(ln.text)
    return weight["en"] > weight["fr"]


def _chaired_after(masked: str, name_re: re.Pattern[str]) -> list[Mark]:
    """The post's chair of a body named before it in a relative clause ("the X Group, which the incumbent chairs"):
    a mark where the name starts, so the name is that role's."""
    out = []
    for m in name_re.finditer(masked):
        if rel := _CHAIRED_AFTER.match(masked, m.end()):
            role = "co_chair" if rel.group("verb").lower().startswith("co") else "chair"
            out.append(Mark(m.start("name"), m.start("name"), role, clean(rel.group(0).strip(" ,")), True, "act"))
    return out


# A relative clause whose subject is the post, its verb a chair's: ", which the incumbent chairs", "that s/he
# co-chairs".
_CHAIRED_AFTER = re.compile(r"\s*,?\s+(?:which|that)\s+(?:the\s+incumbent|the\s+post\s?holder|s/he|he/she|she/he)\s+"
                            r"(?:also\s+)?(?P<verb>co-?chairs|chairs)\b", re.I)


# A row of a table of committees and roles, read as "Name : Role" (a role alone in its cell: terms.csv `role_cell`).
_CELL = re.compile(r"^(?P<name>[^:]{5,150}?)\s*[:|]\s*(?P<role>[^\W\d][\w ()-]{1,30}?)[\s.;]*$")


def _role_cell(norm: str) -> tuple[int, Mark] | None:
    """(where the name ends, its role) when a line is a committee's name and a role alone ("X Board : Chair")."""
    m = _CELL.match(norm)
    role = _cell_roles().get(fold(m.group("role"))) if m else None
    if m is None or role is None:
        return None
    return m.end("name"), Mark(0, 0, role, m.group("role"), role in _chair_roles(), "title")


@cache
def _cell_roles() -> dict[str, str]:
    return {fold(term): role for term, role in terms("role_cell").items()}


@cache
def _chair_roles() -> frozenset[str]:
    """The roles that chair a committee (roles.csv rows marked `chairs`)."""
    return frozenset(r["role"] for r in read_csv("roles.csv") if r["chairs"] == "yes")


def _role_lines(notice: Notice, lines: list[Line]) -> list[Line]:
    """The lines holding a role word, and the list items right below one ending in ":"."""
    hits = {id(ln) for ln in notice.with_trigger("role", lines)}
    out: list[Line] = []
    in_list = False
    for ln in lines:
        if id(ln) in hits:
            out.append(ln)
            in_list = ln.norm.rstrip().endswith(":")
        elif in_list and ln.bullet:
            out.append(ln)
        elif ln.text:
            in_list = False
    return out


def _rows(ln: Line, s: int, e: int, masked: str, marks: list[Mark], name_re: re.Pattern[str],
          seen: dict[str, Row], problems: list[str], withs: list[re.Match[str]],
          acronyms: dict[str, str] | None = None) -> list[Row]:
    """One row per committee named in one sentence (`masked`, at `s` of the line), each with the role
    phrase it belongs to: the last one before it, or one inside it ("Chair of the X Board"); a co-chair shares it
    with the one the aside between its role and the name names (`withs`), else the sentence's first aside."""
    rows: list[Row] = []
    reach: dict[Mark, int | None] = {mk: mk.end for mk in marks}
    starts = [mk.start for mk in marks]
    for m in name_re.finditer(masked):
        j = bisect_left(starts, m.end("name")) - 1
        mark = marks[j] if j >= 0 else None
        if mark is None or mark.role == "other" or reach[mark] is None:
            continue
        inner = mark.end > m.start("name")
        start = max(m.start("name"), mark.end)
        if not inner and _BACK_WORD.fullmatch(masked[reach[mark]:start]) \
                and (named := _last_named(seen, masked[start:m.end("name")])):  # "chairing that Working Group": the
            reach[mark] = m.end()  # one named before
            _row(ln, s, m, named, mark, seen, problems, None)
            continue
        if not inner and not _in_reach(masked[reach[mark]:start]):
            reach[mark] = None  # the list has ended: no later name belongs to this role
            continue
        reach[mark] = m.end()
        cut = masked[start:m.end("name")].lstrip()
        name = clean(cut[_LEAD_IN.match(cut).end():])
        if _vocabulary()["title_of"].match(name):
            continue  # "Secretary of the Council", "Office of the Committee": a title, not a committee
        with_m = next((w for w in withs if mark.end <= w.start() < m.start("name")), withs[0] if withs else None)
        if row := _row(ln, s, m, name, mark, seen, problems, with_m):
            rows.append(row)
    for mark in marks:  # a body the post chairs named in lower case: "chairs the course review board"
        if not (mark.chairs and mark.role != "other" and reach[mark] == mark.end):
            continue
        with_m = withs[0] if withs else None
        if (m := _LOWER_NAME.match(masked, mark.end)) and (row := _row(
                ln, s, m, clean(ln.raw[s + m.start("name"):s + m.end("name")] if ln.raw.isupper() else m.group("name")),
                mark, seen, problems, with_m)):  # (a cable's name in capitals, as written)
            rows.append(row)
        elif (m := _NAMED_BEFORE.match(masked, mark.end)) and (named := _last_named(seen, m.group("noun"))) \
                and (row := _row(ln, s, m, named, mark, seen, problems, with_m)):  # "... and chairing that Working
            rows.append(row)  # Group in the absence of the Head": the one named before
        elif acronyms and (m := _ACRONYM_NAME.match(masked, mark.end)) and (named := acronyms.get(m.group("acr"))) \
                and not mark.words.rstrip().lower().endswith(" of") \
                and (row := _row(ln, s, m, named, mark, seen, problems, with_m)):  # (not a person: "supports the
            rows.append(row)  # Chair of the ASB"; a row named before is chaired in its place)
    return rows


# ... or as the one named before: "that Working Group", "the same committee", "this Board".
_BACK = r"(?:that|this|the\s+same|the\s+latter)"  # the words pointing back to a body named before
_BACK_WORD = re.compile(rf"\s*{_BACK}\s+", re.I)
_NAMED_BEFORE = re.compile(rf"\s+{_BACK}\s+(?P<name>(?P<noun>working\s+group|group|"
                           r"committee|board|panel|council|forum))\b(?P<acr>)", re.I)


def _last_named(seen: dict[str, Row], noun: str) -> str | None:
    """The name of the last committee read whose name ends with this noun ("Working Group")."""
    noun = " ".join(noun.lower().split())
    return next((r["committee"] for r in reversed(list(seen.values())) if r["committee"].lower().endswith(noun)), None)


# ... or by the acronym it was named with before: "acts as secretary to the X Working Group (XWG)" ... "chairs the XWG".
_ACRONYM_NAME = re.compile(r"\s+(?:the\s+)?(?P<name>(?P<acr>[A-Z][A-Z0-9&]{1,8}))(?![\w&-])")
# A body named in lower case right after a chair's role: "the course review board", "the weekly steering group".
_LOWER_NAME = re.compile(r"\s+(?:the\s+|its\s+)?(?P<name>(?:[a-z][a-z-]+\s+){1,3}(?:board|committee|panel|"
                         r"working\s+group|steering\s+group))(?![\w-])(?P<acr>)")


def _name_key(name: str) -> str:
    """A committee's name without its body's acronym before a name of three words or more: "NSO Editorial Review
    Panel" is the "Editorial Review Panel" named again."""
    m = _BODY_PREFIX.match(name)
    return name[m.end():] if m and len(name[m.end():].split()) >= _KEYED_WORDS else name


_BODY_PREFIX = re.compile(r"(?:[A-Z]{2,6}|NATO)\s+(?=[A-Z][a-z])")
_KEYED_WORDS = 3


def _row(ln: Line, s: int, m: re.Match[str], name: str, mark: Mark, seen: dict[str, Row], problems: list[str],
         with_m: re.Match[str] | None) -> Row | None:
    """The row of one committee named in a sentence (None when it is one word, or was named before: a chair's role
    said later takes the place of the role it was first named with, "The Division serves the X Committee" ... "The
    ASG chairs the X Committee")."""
    key = fold(_name_key(name))
    if len(name.split()) < 2 or (key in seen and not (mark.chairs and not seen[key]["chairs"])):
        return None
    entry = committee_index().get(key) or committee_index().get(m.group("acr") or "")
    if not mark.role:
        problems.append(f"role for {name!r} left open: the notice says {mark.words!r}")
    row = evidence_row(
        ln, s + m.start("name"), s + m.end(), committee=name, acronym=m.group("acr") or None,
        canonical=entry.name if entry else None, role=mark.role,
        role_as_stated=" ".join(mark.words.split()), chairs=mark.chairs,
        co_chair_with=clean(with_m.group("with") or with_m.groupdict().get("with2") or "") or None
        if with_m and mark.role == "co_chair" else None)
    if key in seen:  # (the earlier row, in its place)
        seen[key].update(row)
        return None
    seen[key] = row
    return row


def chaired(rows: list[Row]) -> int:
    """Committees the post chairs in any form: its role phrase is marked `chairs` in roles.csv."""
    return sum(1 for r in rows if r["chairs"])


def names_committees(notice: Notice) -> bool:
    """Whether the text that describes the post names a committee at all (the post then chairs 0 of them when no
    role row says it chairs one); "the Council" alone, a person's title ("Secretary of the Council"), or a unit
    named like a group ("Command Group") that the gazetteer does not know is no committee."""
    return any(_naming(ln, notice) for ln in notice.body("header", "summary", "accountabilities", "interrelationships"))


def naming_lines(notice: Notice, parts: list[tuple[int, int, int]]) -> list[int]:
    """The lines naming a committee, for a notice of several posts (whose lines they are): in the sections that
    describe a post, and in each post's own part (first line, last line, post) under whatever heading."""
    own = {no for first, last, _ in parts for no in range(first, last + 1)}
    described = {ln.no for ln in notice.body("header", "summary", "accountabilities", "interrelationships")}
    return [ln.no for ln in notice.active_lines if (ln.no in described or ln.no in own) and _naming(ln, notice)]


def _naming(ln: Line, notice: Notice) -> bool:
    norm = ln.norm.title() if _in_capitals(ln.norm) else ln.norm  # (a cable's line: "SECRETARY TO THE X BOARD")
    return bool(_NAMING_NOUN.search(norm)) and not _TRAIL.search(norm) and _names_committee(norm, notice.active_lang)


def _in_capitals(text: str) -> bool:
    """Whether a line of some length is written in capitals, as a cable is."""
    if _LOWER_WORD.search(text, 0, _CAPITAL_PROBE):
        return False  # (a cheap test: most lines have a word in lower case at their start)
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= _CAPITAL_LETTERS and sum(c.isupper() for c in letters) >= _CAPITAL_SHARE * len(letters)


_LOWER_WORD = re.compile(r"[a-z]{4}")
_CAPITAL_PROBE = 120
_CAPITAL_LETTERS = 30
_CAPITAL_SHARE = 0.9


def _lower_if_capitals(ln: Line) -> Line:
    """A line in capitals read in lower case (its roles and a chaired body's name then read as in running text: "CO-
    CHAIRS THE HNS COORDINATION BOARD"); its raw text, the evidence, stays as written."""
    if not _in_capitals(ln.norm) or len(lower := ln.norm.lower()) != len(ln.norm):
        return ln
    return ln._replace(norm=lower, text=ln.text.lower())


_TRAIL = re.compile(r"\s[›»>]\s.*\s[›»>]\s")  # a site's trail ("Expat Forum › Jobs › X"): its "Forum" is the site


def _names_committee(norm: str, lang: str) -> bool:
    """Whether one line names a committee."""
    name_re = _NAME_FR if lang == "fr" else _NAME_EN
    for m in name_re.finditer(norm):
        name = clean(m.group("name")[_LEAD_IN.match(m.group("name")).end():])
        name = _without_title(name)  # "Chair of the X Panel": the X Panel
        last = _LAST_CONJUNCT.split(name)[-1]  # "Secretary General and the Council": "Council" ...
        last = last if _BODY_HEAD.search(last) else name  # ... "Conseil pour la science et la technologie"
        if len(last.split()) >= 2 and (
                _BODY_HEAD.search(name) or fold(name) in committee_index()
                or (m.group("acr") or "") in committee_index()):
            return True
    return False
