"""Headcounts: staff the post leads or co-leads, and its direct and indirect reports.

A headcount is a number (digits or words) read with what follows or precedes it:

- "approximately 80 IS staff members", "some 95 staff": a number, up to three modifiers
  (capitalised words, acronyms, or terms.csv `staff_modifier`) and a `staff_noun`;
- "a team of 12", "a Division of some 95": a `unit_noun` and "of" before the number, nothing
  that counts something else after it;
- either is staff led (or co-led) only when a `lead_verb` (`co_lead_verb`) of the post comes
  before it in the sentence ("directly supervises 5 staff" are direct reports);
- "Direct reports: 4", "has three direct reports", and "with the heads of the three
  secretariats reporting to them" (a `report_target` that is the post) are direct reports.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from analysis.extract import Row, evidence_row, sentence_span, sentences
from analysis.extract.header import RULE_ROW, another_post, family_of
from analysis.extract.title import initials, is_french_title, names_post
from analysis.reference import NUMBER, fold, number_words, term_pattern, terms, to_number
from analysis.segment import Line, Notice

# A label and its number: "Direct reports: 4", "Nombre de subordonnés directs : 6" (also "subordonné(e)s
# direct(e)s").
_LABEL = re.compile(r"\b(?:(?P<kind>Direct|Indirect)(?:\s+reports?|(?=\s*:\s*\d{1,3}\b[^:\n]{0,40}?\bIndirect\s*:))|"
                    # (ACO's pair of counts: "Supervisory Responsibilities: Direct: 4; Indirect: 3")
                    r"subordonn[ée](?:\(e\))?s\s+(?P<kind_fr>direct|indirect)(?:\(e\))?s?|"
                    r"(?P<kind_sup>Supervises|Staff\s+supervised|Number\s+of\s+staff\s+supervised)(?=\s*:))"
                    r"(?:\s*\([^()]{2,80}\)(?=\s*:))?"  # (the post they are said of: "Direct reports (Head, X): 5")
                    rf"\s*:?\s*(?P<n>{NUMBER})(?:\b|(?<=\d)(?-i:(?=[A-Z])))",  # (the next label glued on: "5Indirect")
                    re.I)
# A label giving the size of what the post leads, opening its line: "Staff: 35", "Team size: 12", "Headcount: 40", a
# table's row "Branch strength | 44 staff".
_LEAD_LABEL = re.compile(r"[\s*_-]*(?:Staff(?:\s+of\s+the\s+[A-Z]\w+)?(?:\s+(?:led|managed|size))?"
                         r"|Headcount|Team\s+size|Number\s+of\s+staff"
                         r"(?:\s+(?:led|managed))?|Size\s+of\s+(?:the\s+)?(?:team|unit|office|branch|section|"
                         r"division|directorate)|(?:Branch|Section|Division|Directorate|Unit|Office|Team)\s+"
                         rf"(?:strength|size))\s*[:|]\s*(?P<approx>(?:approx(?:imately|\.)?|about|some|around|~)\s*)?"
                         rf"(?P<n>{NUMBER})\b", re.I)
# A number of reports stated in a sentence: "The incumbent has 2 direct reports", "has the four Branch Heads as
# direct reports", "with eight Executive Officers and Section Heads as direct reports", "has three Branch Heads (Budget,
# Accounting, Payments) as direct reports".
_REPORTS_STATED = re.compile(rf"\b(?:has|with)\s+(?:the\s+|its\s+)?(?P<n>{NUMBER})\s+"
                             rf"(?:(?:[\w'/-]+\s+){{1,6}}?(?:\([^()]{{1,80}}\)\s+)?as\s+(?:(?:its|her/his|his/her|their)\s+)?)?"
                             rf"(?P<kind>direct|indirect)(?P<kind_fr>)"
                             rf"(?P<kind_sup>)(?:\s+and\s+(?:(?:some|about|approximately|around)\s+)?{NUMBER}\s+indirect)?"
                             rf"\s+reports?\b"  # ("has 3 direct and 20 indirect reports")
                             rf"|\breporting\s+officer\s+for\s+(?:the\s+)?(?P<n2>{NUMBER})\s+"
                             rf"(?:staff|people|persons|(?:[\w-]+\s+){{0,2}}[\w-]+s\b)"
                             # part of a team it leads: "heads a team of nine ... and directly supervises three of them"
                             rf"|\b(?:directly|line)\s+(?:supervises|manages|oversees|leads)\s+(?P<n3>{NUMBER})\s+of\s+"
                             rf"(?:them|these)\b"
                             # the post named as their supervisor: "is the first-line supervisor of the three Heads",
                             # "has direct line management of 3 Section Heads", "direct responsibility over five X"
                             rf"|\b(?:first[- ]line|direct|immediate)\s+(?:supervisor|(?:line\s+)?manage(?:r|ment)"
                             rf"(?:\s+responsibility)?|supervision|(?:supervisory\s+|managerial\s+)?responsibility)\s+"
                             rf"(?:of|for|to|over)\s+(?:the\s+)?(?P<n4>{NUMBER})\s+"
                             rf"(?:[\w-]+\s+){{0,2}}?(?:staff|people|persons|[\w-]+s)\b"
                             # ("has direct supervisory responsibility for 5 posts", "has direct line management
                             # responsibility for 6 civilian staff")
                             # the heads of the units, counted by the units: "supervises the heads of the three
                             # sections", "encadre directement les chefs des trois sections"
                             rf"|\b(?:supervises|manages|oversees|line[- ]manages|encadre|supervise|dirige)\s+"
                             rf"(?:directly\s+|directement\s+)?(?:the|les)\s+(?:heads|chiefs|chefs|responsables)\s+"
                             rf"(?:of\s+(?:the|its)|des|de\s+ses)\s+(?P<n5>{NUMBER})\s+(?:[\w'-]+\s+){{0,2}}?"
                             rf"(?:sections|branches|units|offices|services|teams|cells|secretariats|bureaux|équipes|"
                             rf"cellules|unités)\b"
                             # the managers it leads through: "leads the Branch through four section heads"
                             rf"|\b(?:leads|manages|directs|runs)\s+(?:the\s+|its\s+)?(?:[A-Z][\w&-]*\s+){{0,4}}through\s+"
                             rf"(?:its\s+|the\s+)?(?P<n6>{NUMBER})\s+(?:[\w-]+\s+){{0,2}}?"
                             rf"(?:heads|chiefs|managers|leaders|directors|deputies)\b"
                             # the staff led, noted as direct reports: "a team of 4 engineers (direct reports)"
                             rf"|(?P<n7>{NUMBER})\s+(?:[\w-]+\s+){{0,3}}?[\w-]+\s*\(\s*direct\s+reports?\s*\)"
                             # in French: "(Elle/Il) a 4 subordonnés directs"
                             rf"|\b(?:a|avec)\s+(?P<n8>{NUMBER})\s+subordonn[ée](?:\(e\))?s\s+direct(?:\(e\))?s\b"
                             # who they are: "the incumbent's direct reports are the four Branch Heads (...)"
                             rf"|\bdirect\s+reports\s+(?:are|include|comprise)\s+(?:the\s+)?(?P<n9>{NUMBER})\s+"
                             rf"(?:[\w-]+\s+){{0,3}}?[\w-]+s\b"
                             # ... in French, said of them: "les quatre chefs de section relèvent directement du/de la
                             # titulaire", "sept chefs de service relèvent directement d'elle"
                             rf"|\b(?:les\s+)?(?P<n10>{NUMBER})\s+(?:[\w'-]+\s+){{1,4}}?relèvent\s+directement\s+d"
                             # ... or said of the post: "a sous son autorité directe quatre chefs d'équipe"
                             rf"|\b(?:a|avec)\s+sous\s+(?:son|sa)\s+(?:autorité|responsabilité|supervision)\s+"
                             rf"directe\s+(?P<n11>{NUMBER})\s+(?:[\w'’-]+\s+){{0,3}}?[\w'’-]+s\b",
                             re.I)
# The number's group in each form of _REPORTS_STATED.
_COUNT_GROUPS = ("n", "n2", "n3", "n4", "n5", "n6", "n7", "n8", "n9", "n10", "n11")
# A label giving direct and indirect reports together: "Manages: 5 direct / 235 indirect".
_MANAGES = re.compile(rf"\bManages\s*:\s*(?P<n>{NUMBER})\s+(?P<kind>direct)(?P<kind_fr>)(?P<kind_sup>)\b", re.I)
# After a number: "direct reports", "indirect reports".
_REPORTS_NOUN = re.compile(r"\s+(?:(?P<kind>direct|indirect)\s+(?:reports?|subordinates)\b|"
                           r"subordonn[ée](?:\(e\))?s\s+(?P<kind_fr>direct|indirect)(?:\(e\))?s?\b)", re.I)  # (French)
# A headcount written as an adjective: "four-person", "12-strong", "six-member".
_PERSON_ADJECTIVE = re.compile(r"-(?:person|people|strong|member)\b", re.I)
# One word after a number, read as a possible modifier of the staff noun ("International", "IS").
_NEXT_WORD = re.compile(r",?\s+(?P<w>[\w'/-]+)")  # (modifiers in a list: "42 military, civilian and contractor staff")
# What may follow "a team of 12" for 12 to be people: the end of the clause, or a joining word ("a staff of 35
# responsible for ...").
_CLAUSE_END = re.compile(r"\s*(?:[,.;:()]|$|\s-\s|\s(?:and|who|which|that|et|qui|comprising|including|consisting|"
                         r"composed|made\s+up|organised|organized|responsible|working|based|located|engaged|"
                         r"(?:in|at|within)\s+(?:the|that|this|its|his|her|their)\b)\b)",
                         re.I)  # ("a team of four in that office", "a team of three — two assistants and ...")
# ... or its members, in the plural: "a team of 14 procurement officers and assistants", "three policy officers
# dealing with ...".
_MEMBERS = re.compile(r"(?:\s+(?:[a-z][\w/-]*|[A-Z]{2,6})){0,3}\s+[A-Za-z][\w-]*s"
                      r"(?=\s*(?:[,.;:)]|$|\s(?:and|who|which|et|qui|in|from|across|[a-z]+ing)\b))")  # or a participle
# "directly" or "line" before a lead verb ("line manages four staff"): the staff are direct reports.
_DIRECTLY = re.compile(r"\b(?:directly|line)[\s-]+$", re.I)  # ("line-manages four staff")
# ... or, in French, "directement" after the verb: "encadre directement quatre chefs d'équipe".
_DIRECTLY_AFTER = re.compile(r"\s+(?:directement|directly)\s+(?:les\s+|ses\s+|the\s+|its\s+|her/his\s+|his/her\s+)?",
                             re.I)  # (after the verb: "supervise directly the four Section Leaders")
# Posts named after a number, in the plural: "three Section Heads", "the two assistants of the Office".
_POSTS_AFTER = re.compile(r"\s+(?P<t>(?:[A-Za-z][\w'-]*\s+){0,2}[A-Za-z][\w'-]*s)\b")
# ... or one post, in the singular and capitalised: "supervises one Legal Assistant".
_POST_AFTER = re.compile(r"\s+(?P<t>(?:[A-Z][\w'-]*\s+){0,2}[A-Z][\w'-]*)\b")
# More posts after "and": "... and one Procurement Assistant", "... and the Budget and Finance Officer report".
_AND_POSTS = re.compile(rf"\s+and\s+(?:(?P<n>{NUMBER})\s+(?P<t>(?:[A-Za-z][\w'-]*\s+){{0,2}}[A-Za-z][\w'-]*)\b|"
                        rf"(?:the|an?|its)\s+(?P<one>(?:[A-Za-z][\w'-]*\s+){{0,4}}?[A-Za-z][\w'-]*)"
                        rf"(?=\s+(?:report|who|are|is)\b|[,.;)]|\s*$))", re.I)
# "for" just before a number: the people a service is for ("policies that apply to some 1,300 staff"), unless the
# post is responsible for them.
_SERVED_FOR = re.compile(r"\b(?:for|(?:apply|applies|applying|applicable)\s+to)\s+(?:all\s+)?(?:the\s+)?$"
                         # ... or the people a support goes to: "secretarial support to the Head and to the 8 officers"
                         r"|\bsupport\b[^.;:]{0,80}\bto\s+(?:all\s+)?(?:the\s+)?$", re.I)
_RESPONSIBLE_FOR = re.compile(r"\b(?:responsible|accountable)\s+for\s+(?:all\s+)?(?:the\s+)?$", re.I)
# "in" before a lead verb in -ing: the post helps someone else lead ("assists the Director in managing").
_ASSISTS_IN = re.compile(r"\bin\s+$", re.I)
# Between a lead verb and the number it governs: nothing but an article ("supervises the three ...").
_JUST_BEFORE = re.compile(r"\s+(?:(?:the|its|all|her/his|his/her|their)\s+)?")
_UNIT = re.compile(r"(?:\bthe|\ba|\ban|\bla|\ble)\s+(?P<u>(?:[A-Z][\w'&/-]*|\([A-Z]+\))"
                   r"(?:\s+(?:[A-Z][\w'&/-]*|\([A-Z]+\)|and|of|for|de|des|du))*)")


# The subject just before a lead verb, when it opens its clause: "The Director CMRE leads the Centre".
_SUBJECT = re.compile(r"(?:^|[.!?;:]\s+|\band\s+)\W*(?:The|the)\s+(?P<np>[A-Z][\w&'/-]*(?:\s+(?:[A-Z][\w&'/-]*|"
                      r"of|the|for|\([A-Z&]{2,8}\)))*)\s+(?:(?:also|currently|directly)\s+)?$")
# A post named before "who", the subject of a relative clause: "supported by a Deputy Director (grade G20) who leads".
_RELATIVE = re.compile(r"\b(?:an?|the)\s+(?P<np>[A-Z][\w&'/-]*(?:\s+[A-Z][\w&'/-]*){0,4})\s*(?:\([^()]{1,30}\)\s*)?,?"
                       r"\s+who\s+(?:(?:also|currently|directly)\s+)?$")
# The unit a leader's family leads when its title names none.
_UNIT_OF_FAMILY = {"ASG": "division", "Deputy ASG": "division", "Director": "directorate"}
_LEADER_FAMILIES = frozenset({"ASG", "Deputy ASG", "Director", "Head"})
# The units a leader's title may name, and the team a Head is said to lead ("leads the team that ..." / "The team
# of 12 staff ...").
_UNITS = r"Division|Directorate|Branch|Section|Office|Unit|Centre|Center|Department|Service|[Tt]eam|Branche|" \
    r"Direction|Bureau|Unité|[ÉéEe]quipe"  # (in French: "La Branche compte 26 personnes")
_UNIT_NOUN = re.compile(rf"\b(?:{_UNITS})\b", re.I)
# A sentence about a unit: "The Branch", "The IHC Division", "The Office of the NATO CIO".
_SUBJECT_UNIT = re.compile(rf"\W*(?:The|the|Its|its|This|this|La|la|Le|le|Cette|cette|Ce|ce|Sa|sa|Son|son)\s+"
                           rf"(?:(?:[A-Z][\w&'-]*,?|and|of|for|\([A-Z&]+\))\s+){{0,8}}?(?P<u>(?i:{_UNITS}))\b"
                           rf"(?!(?:\s+[A-Z][\w&'-]*){{1,3}}\s+(?:{_UNITS})\b)"  # (the last: "Service Desk Section")
                           r"(?:\s+of\s+(?:the\s+)?[A-Z][\w&'-]*(?:\s+(?:and\s+|of\s+(?:the\s+)?)?[A-Z][\w&'-]*){0,3}"
                           # (or its name after it, in French: "La Section Planification civile et protection des
                           # populations (PCPP)")
                           r"|\s+[A-ZÉ][\w'’-]*(?:\s+(?:[a-zéèà][\w'’-]*|\([A-Z&]{2,8}\))){0,7})?")
# ("The Directorate of Management comprises some 70", "The Office of the Chief of Staff numbers 35 staff")
# What links a unit to its size: "The Branch, of about 45", "The Division (DIV) comprises some 70", "which has",
# "Its Section, a team of fourteen".
# ... also through the parts it is made of: "The Branch comprises three Sections (A, B and C) with a total of 23 staff"
# (or "three Sections – A, B and C – with ..."),
# "The Division is organised in three Directorates and counts approximately 140 staff".
_PARTS = (r"(?:comprises|consists\s+of|(?:is\s+)?(?:composed|made\s+up)\s+of|includes|is\s+organi[sz]ed\s+in(?:to)?)\s+"
          r"(?:\w+\s+)?(?:[A-Z][\w-]*\s+)?"
          r"(?:sections?|branches|units?|offices?|teams?|cells?|services?|directorates?)"
          r"\s*(?:\([^()]{0,200}\)|[–—-]\s[^.;:]{1,200}?\s[–—-](?=\s))?"  # (their names in brackets or between dashes)
          # ... and one more part: "three directorates and an independent policy unit, with approximately 120 staff"
          r"(?:\s+and\s+(?:an?\s+|one\s+)?(?:[a-z-]+\s+){0,3}(?:section|branch|unit|office|team|cell|service))?[\s,]*"
          r"(?:(?:with|for)\s+(?:a\s+total\s+of\s*)?|totall?ing|in\s+all\s+|and\s+(?:counts\s+|numbers\s+|has\s+)?)?")
# ... or parts of any name, then a link to the whole's size: "is composed of five programme areas and a support office,
# with a workforce of around 470 staff", "comprises the Centre, four Groups and the Desk, and numbers 1,150 staff".
_NAMED_PARTS = (r"(?:comprises|consists\s+of|is\s+(?:composed|made\s+up)\s+of|includes|is\s+organi[sz]ed\s+in(?:to)?)"
                r"\s+[^.;:]{3,160}?,?\s+(?:and\s+(?:counts|numbers|totals|has)\s+|"
                r"with\s+(?:an?\s+(?:total|workforce|staff|strength|complement)\s+of\s*))")
_SIZE_LINK = re.compile(r"[\s,]*(?:\([^()]{1,20}\)[\s,]*)?(?:(?:which|that|currently|now|also)\s+)*"
                        # (after what the unit does: "delivers the Agency's support, and comprises some 350")
                        r"(?:[a-z]+s\s[^.;:]{1,160}?,?\s+and\s+(?=(?:comprises|numbers|counts|employs|totals)\b))?"
                        rf"(?:{_PARTS}|{_NAMED_PARTS}|"
                        r"comprises|comprising|consists\s+of|consisting\s+of|(?:is\s+)?(?:composed|made\s+up)\s+of|has|"
                        r"numbers|counts|employs|"
                        r"includes|brings\s+together|of|with|totals|compte|comprend|regroupe|de|"
                        r"(?:(?:has|with|comprises|includes|is)\s+)?an?\s+(?:[a-z]+\s+)?"
                        r"(?:team|staff|unit|group|establishment|strength|headcount|"
                        rf"complement|workforce|{_UNITS})\s+of)?\s*\(?", re.I)  # ("The X Branch, a Branch of 22 staff")
# Who heads a unit, said after its size: "... and is headed by the Assistant Secretary General for X", "... staff
# under an Assistant Secretary General" (not its parts' heads: "six directorates, each led by a Director").
# A unit said to be led by the post itself: "led by the incumbent", "headed by the post holder".
_LED_BY_POST = re.compile(r"\b(?:led|headed|managed|directed)\s+by\s+the\s+(?:incumbent|post\s?holder|jobholder)\b"
                          r"[^.;]{0,60}?$", re.I)
_HEADED_BY = re.compile(r"(?<!each )\b(?:(?:headed|led|directed|managed)\s+by|under)\s+(?:the\s+|an?\s+)?"
                        r"(?P<who>[A-Z][\w/-]*(?:\s+[A-Z][\w/-]*){0,5})")
# An opening phrase before a sentence's subject: "Within the Strategic Enablement Directorate, ".
_OPENER = re.compile(r"\W*(?:Within|In|At|Inside|As\s+part\s+of|Under|UNDER)\s+[^,;]{1,80},\s*")  # ("Under the
# Director of X, directs a staff of 35": the post's superior, no subject)
# The label of a two-column row before its first sentence: "Post Context The Branch, ...".
_ROW_LABEL = re.compile(r"\W*[A-Z][\w-]*(?:\s[A-Z][\w-]*){0,3}\s+(?=The\s)")
# How far before a number its lead verb, and after it its staff noun, are looked for (characters).
_REACH = 300
# A number in digits: it starts where its digits start ("1,200" whole, never "200" inside it).
_DIGITS = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})*(?![\d.,]\d)")


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    return {
        # An approximation word just before a number: "approximately", "some", "environ".
        "approx": re.compile(rf"(?<![\w~])(?:{term_pattern('approx')})\s*$", re.I),
        "staff_noun": re.compile(rf"\s+(?:{term_pattern('staff_noun')})\b", re.I),
        # "a team of", "a Division of": the number that follows is the unit's size.
        "unit_of": re.compile(rf"\b(?P<u>{term_pattern('unit_noun')})\s+of\s+$", re.I),
        # "... reporting (directly) to them": the people before it report to the post.
        # (not across "of whom": "nine staff, three of whom report directly to the incumbent" counts three)
        "reporting": re.compile(rf"(?P<who>(?:\s*of\s+wh(?:om|ich)\s+)?(?:(?!\bof\s+wh(?:om|ich)\b)[^.;:\d)]){{0,60}}?)"
                                rf"\breport(?:s|ing)?\s+"
                                rf"(?:directly\s+)?to\s+"
                                rf"(?:(?:{term_pattern('report_target')})(?![\w/])|the\s+(?P<post>[A-Z][\w/-]*"
                                rf"(?:\s+[A-Z][\w/-]*){{0,3}}))", re.I),
        # a unit the post leads, its size in brackets after it: "leads the Human Resources Section (11 posts)" (not
        # a post "of" a unit: "manages a Head of Section (2 posts)")
        "led_unit": re.compile(rf"\b(?:{term_pattern('lead_verb')})\s+(?:the|its|an?)\s+"
                               rf"(?:(?!of\s)[\w&'/-]+\s+){{0,6}}?(?:{term_pattern('unit_noun')})\s*\($", re.I),
        "co": re.compile(rf"\b(?:{term_pattern('co_lead_verb')})\b", re.I),
        # (the title the post reports to is no verb: "reports to the Head of Section")
        "lead": re.compile(rf"(?!(?<=\bto the )(?-i:[A-Z]))\b(?:{term_pattern('lead_verb')})\b", re.I),
    }


@cache
def _modifiers() -> frozenset[str]:
    return frozenset(t.lower() for t in terms("staff_modifier"))


_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"[^\W\d_]+")
# A word that may be a number, hyphenated tens included ("twenty-one").
_WORD_NUMBER = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?")


# A count's staff noun and a colon: what follows breaks the count down ("four staff: two Staff Officers, ...").
_BREAKDOWN = re.compile(r"(?:\s+[\w-]+){0,3}?\s*:")
# The reports' posts counted in brackets after their number: "6 direct reports (2 Senior Engineers, 3 Officers)".
_BRACKETED_BREAKDOWN = re.compile(r"(?:\s+(?:direct\s+)?reports?)?\s*\([^()]{3,160}\)")
# A singular "reports" after "and": the post that leads the staff reports ("... of 8 staff and reports to ...").
_POST_REPORTS = re.compile(r"\band\s+(?:also\s+)?$", re.I)
# ACO's "Supervisory Responsibilities:" item, listed among the attributes: it describes the post's staff.
# ("d. Supervisory Responsibilities:", at a line's start or inside a copy's flattened line; or ending in a period)
_SUPERVISORY_ITEM = re.compile(r"\b(?:Supervisory|Managerial|Management)\s+Responsibilit(?:y|ies)\s*[:.]", re.I)


# Reports stated as those the post supervises directly: "Direct supervision of three (3) NATO civilian technicians".
_DIRECT_SUPERVISION = re.compile(rf"\bdirect\s+supervision\s+of\s+(?P<n>{NUMBER})\b"
                                 r"(?P<kind>)(?P<kind_fr>)", re.I)
_COUNT_BEFORE = re.compile(rf"\b(?:{NUMBER})(?:\s*\(\d{{1,3}}\))?\s+$", re.I)


@lru_cache(maxsize=65536)
def _stated_reports(norm: str) -> tuple[re.Match[str] | None, ...]:
    """The reports stated under a label, in a phrase or as a count of posts; each pattern only on a line holding a
    word it needs (a cheap test: most lines state none)."""
    lower = norm.lower()
    reports = "report" in lower or "supervis" in lower or "indirect" in lower
    label = _LABEL.search(norm) if reports or "subordonn" in lower else None
    if label and _COUNT_BEFORE.search(norm, 0, label.start()):
        label = None  # (a count said before the words, its breakdown after the colon: "four (4) direct reports: 1 x
        # G15, 2 x G13, 1 x G10")
    return (label,
            _REPORTS_STATED.search(norm) if reports or "manage" in lower or " of the" in lower or "chefs" in lower
            or " through " in lower or "direct" in lower or "subordonn" in lower else None,
            _MANAGES.search(norm) if "manages" in lower and ":" in lower else None,
            _DIRECT_SUPERVISION.search(norm) if "supervis" in lower else None)


def _has_number(text: str) -> bool:
    """A cheap test before the headcount scan: a digit, or a number word, in the line."""
    return bool(_DIGIT.search(text)) or not number_words().keys().isdisjoint(_WORD.findall(text.lower()))


_FIGURE_AGAIN = re.compile(r"\s*\(\d{1,4}\)")  # a number in words written again in digits


def _staff_noun_after(text: str) -> bool:
    """Whether `text` (what follows a number) names staff, past up to four modifiers ("international civilian and
    military staff"), or people by their posts in the plural."""
    staff_noun = _patterns()["staff_noun"]
    text = text[again.end():] if (again := _FIGURE_AGAIN.match(text)) else text  # ("twenty-three (23) personnel")
    if _PERSON_ADJECTIVE.match(text):
        return True  # "manages the four-person Front Office", "a 12-strong team"
    pos = 0
    for _ in range(_MODIFIERS + 1):
        if staff_noun.match(text, pos):
            return True
        word = _NEXT_WORD.match(text, pos)
        if word and word.group("w").endswith("s") and names_post(word.group("w")) and not _manages(word.group("w")):
            return True  # people named by their posts: "45 scientists, engineers and technicians"
        if word and word.group("w").isalpha() and (staff_noun.match(text, word.end()) or (
                (join := _FIELD_AND.match(text, word.end())) and staff_noun.match(text, join.end()))):
            return True  # words naming the staff's field just before the staff noun: "9 contracting staff",
            # "9 programme and partnership staff"
        if not word or not (word.group("w")[:1].isupper() or word.group("w").lower() in _modifiers()):
            return False
        pos = word.end()
    return False


_MODIFIERS = 4  # words that may stand between a number and its staff noun
_FIELD_AND = re.compile(r"(?:,\s+[a-z][a-z-]+){0,3},?\s+(?:and|or|&)\s+[a-z][a-z-]+")  # more field words: "programme
# and partnership", "programme, partnership and finance"
# A post count in brackets after a title: "Head of Section (2 posts)" advertises two posts; no staff.
_POSTS_ADVERTISED = re.compile(r"\s+(?:posts?|positions?|vacancies)\s*\)", re.I)


def _manages(noun: str) -> bool:
    """Whether a plural post noun names managers ("Section Heads", "Chiefs"): they report to the post,
    they are not the staff it leads."""
    return family_of(noun) in _LEADER_FAMILIES or noun.lower() in terms("manager_noun")


def _reports_table(notice: Notice) -> list[Row]:
    """Reports stated in a table: a row of report labels ("| Direct reports | Indirect reports |"), then, past a rule
    row, a row of their numbers ("| 3 | 27 |")."""
    lines = [ln for ln in notice.active_lines if ln.raw.strip()]  # (as written: a table's cells)
    for i, ln in enumerate(lines):
        kinds = [_REPORTS_CELL.fullmatch(c.strip(" *")) for c in ln.raw.strip().strip("|").split("|")] \
            if "|" in ln.raw and "eports" in ln.raw else []
        if not kinds or not all(kinds):
            continue
        below = [b for b in lines[i + 1:i + 3] if not RULE_ROW.match(b.raw)][:1]
        values = [c.strip() for c in below[0].raw.strip().strip("|").split("|")] if below else []
        if len(values) != len(kinds) or not all(_DIGITS.fullmatch(v) for v in values):
            return []
        return [{"count": int(v.replace(",", "")), "approximate": False, "kind": f"{k.group('kind').lower()}_reports",
                 "unit": None, "line": below[0].no, "evidence": below[0].raw.strip()}
                for k, v in zip(kinds, values, strict=True)]
    return []


_REPORTS_CELL = re.compile(r"(?P<kind>Direct|Indirect)\s+reports?", re.I)


def extract(notice: Notice, title: str | None = None) -> list[Row]:
    """Headcount rows; `title` (the post's) lets a size stated of the post's own unit count as led
    ("Branch Head": "The Branch, of about 45 staff, ...")."""
    own_unit = _own_unit(title, notice)
    pats = _patterns()
    rows: list[Row] = []
    sizes: list[Row] = []  # the sizes of the post's own unit, read without a verb of leading
    counted: set[int] = set()  # the rows of reports counted as such ("five direct reports")
    seen: set[tuple[int, str]] = set()
    lines = notice.described("header", "summary", "challenges", "accountabilities", "interrelationships")
    described = {id(ln) for ln in lines} | {id(ln) for ln in notice.active_lines
                                              if "esponsibilit" in ln.norm and _SUPERVISORY_ITEM.search(ln.norm)}
    for row in _reports_table(notice):
        rows.append(row)
        seen.add((int(row["count"]), str(row["kind"])))
    for ln in notice.with_trigger("staff", notice.active_lines):
        m = min(filter(None, _stated_reports(ln.norm)), key=lambda x: x.start(),
                default=None)  # "has three direct reports: two instructors and ...": the first statement
        if m is not None and "reports " in ln.norm and (are := _REPORTS_ARE.search(ln.norm)) and \
                are.start() <= m.start() < are.end() and _count_posts(are.group("list")):
            m = None  # a count opening the posts listed as direct reports: the list is counted whole ("the direct
            # reports are the two Deputies and the three Team Leaders")
        if m is None and (listed := _REPORTS_LISTED.match(ln.norm) or (
                "reports " in ln.norm and _REPORTS_ARE.search(ln.norm)) or _reports_to_post(ln.norm, title)) and (
                count := _count_posts(listed.group("list") if listed.re not in (_REPORTS_TO_POST, _SUPERVISES_DIRECTLY)
                                      else _BRACKET.sub(" ", listed.group("list")))):  # (grades in brackets set aside)
            rows.append(evidence_row(ln, listed.start(), listed.end(), count=count, approximate=False,
                                     kind="direct_reports", unit=None))
            seen.add((count, "direct_reports"))
            if listed.re is _REPORTS_LISTED:
                continue  # (a label's line; a sentence naming them may share its line with the unit's size)
        lower = ln.norm.lower()
        if m is None and ("following" in lower or "direct" in lower) and _FOLLOWING_REPORT.search(ln.norm) and \
                (listed_below := _items_below(notice, ln)) and \
                (count := _count_items(listed_below)) and (count, "direct_reports") not in seen:
            rows.append(evidence_row(ln, 0, len(ln.norm), count=count, approximate=False, kind="direct_reports",
                                     unit=None))  # "The following report directly to the Chief of Staff:" / items
            seen.add((count, "direct_reports"))
            counted.add(len(rows) - 1)
        if m is None and ("line" in lower or "supervision" in lower) and (managed := _LINE_MANAGED.search(ln.norm)) \
                and (count := _managed_posts(managed.group("list"))) and (count, "direct_reports") not in seen:
            rows.append(evidence_row(ln, managed.start(), managed.end(), count=count, approximate=False,
                                     kind="direct_reports", unit=None))
            seen.add((count, "direct_reports"))
            counted.add(len(rows) - 1)
        listed_in = _listed_reports(ln.norm, title) if m is None and (
            "direct" in ln.norm or "Direct" in ln.norm or " report" in ln.norm) else None
        if listed_in and (listed_in[2], "direct_reports") not in seen:
            rows.append(evidence_row(ln, listed_in[0], listed_in[1], count=listed_in[2], approximate=False,
                                     kind="direct_reports", unit=None))
            seen.add((listed_in[2], "direct_reports"))
            counted.add(len(rows) - 1)
        led = _LEAD_LABEL.match(ln.norm)
        if led and not m and (count := to_number(led.group("n"))):
            rows.append(evidence_row(ln, led.start("n") if not led.group("approx") else led.start("approx"),
                                     led.end(), count=int(count), approximate=bool(led.group("approx")),
                                     kind="leads", unit=None))
            seen.add((int(count), "leads"))
            continue
        stated = (m.start(), m.end()) if m else (0, 0)
        if m:  # stated reports count wherever they stand (an ACT "Managerial Responsibilities" item)
            kind = f"{(m.group('kind') or m.group('kind_fr') or 'direct').lower()}_reports"  # "Supervises: 3"
            count = to_number(next((v for k in _COUNT_GROUPS if (v := m.groupdict().get(k))), ""))
            if m.re is _LABEL and kind == "direct_reports" and (more := _more_posts(ln.norm, m.end(), len(ln.norm))):
                count = int(count or 0) + more[0]  # "Direct reports: 3 Heads of Section and 1 Principal Assistant"
            rows.append(evidence_row(ln, m.start(), m.end(), count=int(count or 0),
                                     approximate=False, kind=kind, unit=None))
            seen.add((int(count or 0), kind))
            if m.groupdict().get("n7") and _patterns()["lead"].search(ln.norm, 0, m.start()) \
                    and _patterns()["unit_of"].search(ln.norm, max(0, m.start() - _REACH), m.start()):  # ("Lead a
                rows.append(evidence_row(ln, m.start(), m.end(), count=int(count or 0),  # team of 4 engineers (direct
                                         approximate=False, kind="leads", unit=None))  # reports)": the team led, too;
                # not "supervises three Staff Officers (direct reports)")
                seen.add((int(count or 0), "leads"))
        if id(ln) not in described or not _has_number(ln.norm):
            continue  # headcounts are read in the text that describes the post
        for s, e in sentences(ln):
            broken_down = e  # where a count's breakdown starts ("line-manages four staff: two Staff Officers, ...")
            bracketed = (0, 0)  # a count's breakdown in brackets ("6 direct reports (2 Senior Engineers, 3 ...)")
            for start, end, token in _numbers(ln.norm, s, e):
                if m and s <= stated[0] < e and start >= stated[0]:
                    continue  # the reports stated above and their breakdown ("three direct reports: two ...")
                if bracketed[0] <= start < bracketed[1]:
                    continue
                if listed_in and listed_in[0] <= start < listed_in[1]:
                    continue  # a count inside posts listed as direct reports, read whole above
                if start >= broken_down:
                    continue
                if ln.norm[start - 1:start] == "(" and _POSTS_ADVERTISED.match(ln.norm, end) \
                        and not _patterns()["led_unit"].search(ln.norm, max(s, start - _REACH), start):
                    continue  # posts advertised, not the size of a unit led
                found = _headcount(ln.norm, s, e, start, end, title)
                inferred = found is None  # a size of the post's own unit, said without a verb of leading
                if inferred:
                    found = _own_unit_size(ln.norm, s, e, start, end, own_unit, title)
                if found is None and "by the" in ln.norm and _LED_BY_POST.search(ln.norm, s, start) \
                        and _staff_noun_after(ln.norm[end:end + _REACH]):
                    found = ("leads", None)  # "The X Team, led by the incumbent and composed of 9 engineers"
                if found is None:
                    continue
                n = int(to_number(token.replace(",", "")) or 0)
                kind, unit = found
                if kind == "leads" and _INCLUDED.search(ln.norm, s, start):
                    continue  # a part of the staff led ("120 staff members, including the 14 staff of the Hub")
                if kind == "direct_reports" and (more := _more_posts(ln.norm, end, e)):
                    n, end = n + more[0], more[1]  # "supervises two Officers and one Assistant": 3
                elif kind == "leads" and (more := _more_staff(ln.norm, end, e)):
                    n, end = n + more[0], more[1]  # "directs 31 civilian staff and 6 military personnel": 37
                if n <= 0 or (n, kind) in seen:
                    continue
                seen.add((n, kind))
                approx = pats["approx"].search(ln.norm, max(s, start - 25), start)
                if _REPORTS_NOUN.match(ln.norm, end):  # "five direct reports in total": before the reports inferred
                    counted.add(len(rows))
                if colon := _BREAKDOWN.match(ln.norm, end, e):
                    broken_down = colon.end()
                if kind == "direct_reports" and (bracket := _BRACKETED_BREAKDOWN.match(ln.norm, end, e)):
                    bracketed = bracket.span()
                (sizes if inferred else rows).append(evidence_row(ln, approx.start() if approx else start, end, count=n,
                                                                  approximate=bool(approx), kind=kind, unit=unit))
                reporting = _ALL_REPORT.match(ln.norm, end, e) if kind == "leads" else None
                said = reporting and (reporting.group("n") or reporting.group("m") or reporting.group("fr"))
                direct = int(to_number(said) or 0) if said else n if reporting else 0
                if direct and (direct, "direct_reports") not in seen:
                    seen.add((direct, "direct_reports"))  # "7 staff (...), all (two) of whom report directly to ..."
                    rows.append(evidence_row(ln, start, reporting.end(), count=direct, approximate=False,
                                             kind="direct_reports", unit=None))
    direct = [i for i, r in enumerate(rows) if r["kind"] == "direct_reports"]  # counted ones first, in place
    for i, row in zip(direct, [rows[k] for k in sorted(direct, key=lambda k: k not in counted)], strict=True):
        rows[i] = row
    return rows + sizes  # a size said of the post's own unit after what the post is said to lead


# Direct reports named by their posts after the label, opening a row or a sentence: "Direct reports: the three
# Section Heads and the Executive Assistant".
_REPORTS_LISTED = re.compile(r"[^\w\n]*Direct\s+reports?\s*:?\s*(?P<list>[^.\n]{3,300})", re.I)
# ... or named after a sentence saying whose they are: "The Controller's direct reports are the Deputy and the three
# Branch Chiefs", "The direct reports of the Director will be ...".
_REPORTS_ARE = re.compile(r"\bdirect\s+reports\s+(?:of\s+(?:the\s+)?(?-i:[A-Z][\w/-]*(?:\s+[A-Z][\w/-]*){0,4})\s+)?"
                          r"(?:are|will\s+be)\s+(?P<list>[^.;\n]{3,300})", re.I)
# ... or after a clause saying they report to the post: "The following posts report directly to the Legal Adviser:
# the Deputy ..., the ... and the ...", "Reporting directly to the Chief are: the Deputy Chief; the Head, X; ...".
_REPORTS_TO_POST = re.compile(r"(?:\b(?:posts?|positions?|staff|following)\s+(?:[\w-]+\s+){0,2}?report(?:s|ing)?|"
                              r"\bReporting)\s+directly\s+to\s+(?P<to>[^:;,.]{2,60}?)\s*(?:\s(?:are|is)\s*:?|:)\s*"
                              r"(?P<list>[^.\n]{3,300})", re.I)
# ... or after the post's verb of direct supervision, each named with its article: "directly supervises the Staff
# Services Head, the Recruitment Team Lead and the Policy Officer".
_SUPERVISES_DIRECTLY = re.compile(r"\bdirectly\s+(?:supervises|manages|line-manages|oversees)\s+"
                                  r"(?P<list>(?:the|an?)\s[^.;\n]{3,300})", re.I)


def _reports_to_post(norm: str, title: str | None) -> re.Match[str] | None:
    """A list of posts after a clause saying they report directly to the post (`_REPORTS_TO_POST`)."""
    m = _REPORTS_TO_POST.search(norm) if "eport" in norm else None
    if m is None and "irectly" in norm and (named := _SUPERVISES_DIRECTLY.search(norm)) \
            and not _has_number(named.group("list")):  # (posts counted, "the two Section Heads", are read
        # elsewhere) ... said of the post, or of no one (a duty: "Directs the Section; directly supervises ...")
        subject = _THE_SUBJECT.match(norm, sentence_span(norm, named.start(), named.start())[0])
        said = subject.group("s") if subject and subject.end() == named.start() else None
        return named if said is None or _own_title(said, title) or fold(said) in _OWN_WORDS else None
    return m if m and _to_the_post(m.group("to"), title) else None


_REPORTS_LABEL_IN = re.compile(r"(?<=[.;])\s+Direct\s+reports?\s*:\s*(?P<list>[^.;\n]{3,200})", re.I)
# (a list after the label may hold semicolons between its items: "the Deputy ASG; the Director, X; and the Y")
# Posts named before they are said to be direct reports: "the three Section Heads and the Quality Manager are the
# incumbent's direct reports", "with three Heads of Unit and two Principal Officers reporting directly to you".
# A list's count in brackets just before its verb: "... and the Heads of the three Branches (four in total) report".
_TOTAL_BEFORE = re.compile(rf"\s*\(\s*(?P<n>{NUMBER})\s+(?:in\s+(?:total|all)|altogether)\s*\)", re.I)
_LISTED_BEFORE = re.compile(r"(?:,?\s+(?:all|both))?\s+(?:(?:are|will\s+be)\s+"
                            r"(?:(?P<whose>(?:the\s+)?[\w/]+)(?:'s)?\s+)?direct\s+reports|(?:who\s+)?report(?:ing)?\s+"
                            r"(?=directly|to\s)(?:directly\s*)?(?:to\s+(?P<to>(?:the\s+)?"  # ("... report to the X")
                            r"(?-i:[A-Z][\w/-]*(?:\s+(?:of\s+)?[A-Z][\w/-]*){0,5}(?:,\s+[A-Z][\w/-]*(?:\s+(?:of\s+|and\s+)?"
                            r"[A-Z][\w/-]*){0,4})?)|(?:the\s+)?[\w/]+(?:\s+or\s+her)?))?)"
                            r"\b", re.I)  # (", all reporting directly to the Legal Adviser": the list before it)
# Where such a list may start: after a comma, a semicolon or a colon, after "with", or at the sentence's start.
_LIST_START = re.compile(r"[,;:]\s*|\bwith\s+", re.I)
_LIST_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+(?!(?-i:[A-Z])[\w-]+\s*(?:,|$))")  # (not an "and" inside a
# unit's name, one capitalised word closing the item: "the Head of Human Resources and Administration, the Head of CIS")
_ITEM_COUNT = re.compile(rf"^(?:the\s+)?(?P<n>{NUMBER})\s+\S", re.I)  # "the three Section Heads"
_HEADS_OF = re.compile(rf"^(?:the\s+)?(?:heads?|chiefs?|directors?)\s+of\s+(?:the|its|her/his|his/her)\s+"
                       rf"(?:[\w-]+'s\s+)?(?P<n>{NUMBER})\b", re.I)  # (or "of the Directorate's four sections")
_ONE_POST = re.compile(r"^(?:the|an?|one|its|her/his|his/her|their)\s+\S", re.I)
# A post's name in an item: title-case words ("Heads of Unit", "Branch's Quality Manager"), or up to three words
# in lower case ("principal officers"); never a clause ("Director leads the Section Heads").
_HEADS_OF_UNITS = re.compile(rf"(?:the\s+)?(?:heads|chiefs|leaders|managers)\s+of\s+(?:these|the|its|all)\s+"
                             rf"(?P<n>{NUMBER})\s+(?:[\w-]+\s+){{0,2}}?[\w-]+s", re.I)
_ITEM_NAME = re.compile(r"^(?:[Tt]he\s+|[Ii]ts\s+|[Oo]ne\s+|[Aa]n?\s+)?(?:\S+\s+)?"
                        r"(?:[A-Z][\w'’&/-]*(?:\s+(?:[A-Z][\w'’&/-]*|of|the|for|and))*|[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})"
                        r"(?:\s*\([^()]{1,40}\))?$")  # (its specialisation in brackets: "one Staff Officer (Legal)")


# Posts named as those the post line-manages: "exercises line management of the three Section Heads (X; Y; Z) and of
# the Branch Senior Assistant", "has line management of the four Branch Chiefs and of the Division Business Manager".
_LINE_MANAGED = re.compile(r"\b(?:line[\s-]management|direct\s+supervision)\s+of\s*:?\s+(?P<list>[^.\n]{3,300})",
                           re.I)  # ("Direct supervision of: 1 x OF-4 (Deputy Branch Head), 2 x A-2 (Section Heads)")
_BRACKET = re.compile(r"\([^()]*\)")  # (an item's breakdown in brackets, set aside)
_AND_OF = re.compile(r"\s+and\s+of\s+")  # ("... and of the X": one more item)
_STAFF_NOUNS = re.compile(r"\b(?:reports?|staff|personnel|people|employees)\b(?!\s+(?-i:[A-Z]))", re.I)  # (a count of
# staff, read as such below: "line management of 5 direct reports (...)"; not a title's word: "one Staff Assistant")
_UNCOUNTED = re.compile(r"^(?:the\s+)?(?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+s\b")  # posts in the plural, no count: "the
# Section Heads of the Branch"


# An intro to a list of the posts that report to the post: "The following report directly to the Chief of Staff:".
_FOLLOWING_REPORT = re.compile(r"(?:\bthe\s+following\s+(?:[\w-]+\s+){0,2}?(?:report(?:s|ing)?\s+(?:directly\s+)?to\b|"
                               r"are\s+(?:[\w/']+\s+){0,2}direct\s+reports)[^:\n]{0,80}|"
                               r"\bdirectly\s+(?:supervises|manages|line-manages|oversees)\s+the\s+following\b[^:\n]{0,40}|"
                               r"(?:^[^\w\n]*|(?<=[.;])\s+)(?:direct\s+reports?|reporting\s+directly\s+to\s+[^:\n]{1,60}))"
                               r":\s*$", re.I)  # ("Direct reports:" / "Reporting directly to the Director:" above the
# list, also after a sentence on its line: "Reporting line: the incumbent reports to the Head, X. Direct reports:")


def _items_below(notice: Notice, ln: Line) -> list[str]:
    """The texts of the list items standing right below a line (perhaps after a blank line), up to the first line
    that is no item."""
    own = next((s.lines for s in notice.active if any(x is ln for x in s.lines)), [])  # (in its own section)
    below = [x for x in own if x.no > ln.no][:_MAX_ITEMS + 1]
    below = below[1:] if below and not below[0].text else below
    items = []
    for line in below:
        if not line.bullet or not line.text:
            break
        items.append(line.norm.strip(" ;.,"))
    return items


_MAX_ITEMS = 20


def _count_items(items: list[str]) -> int | None:
    """How many posts list items name, one item each at least; None when an item names none."""
    counts = [_posts_in_item(item, bare=True) for item in items]
    return sum(counts) if counts and all(counts) else None


def _managed_posts(text: str) -> int | None:
    """How many posts a list after "line management of" names ("the three Section Heads (X; Y; Z) and of the Branch
    Senior Assistant": 4); None for a count of staff ("5 direct reports", read as such) or posts in the plural with
    no count ("the Section Heads of the Branch")."""
    text = _AND_OF.sub(" and ", " ".join(_BRACKET.sub("", text).split()))
    return None if _UNCOUNTED.search(text) or _STAFF_NOUNS.search(text) else _count_posts(text)


def _count_posts(text: str) -> int | None:
    """How many posts a list names ("the three Section Heads and the Executive Assistant": 4; "the Planning
    Officer, the two Coordination Assistants and the Registry Supervisor": 4), or as the list says after it ("the X
    Branch Chief, the Y Branch Chief and the Z Branch Chief (3)"); None when an item names no post."""
    if (stated := _STATED_COUNT.search(text)) and names_post(text[:stated.start()]):
        return int(to_number(stated.group("n")) or 0) or None
    bare = ";" in text  # items apart by semicolons, a title's comma inside one, perhaps no article: "the Director,
    items = _SEMICOLONS.split(text.strip(" ;")) if bare else _LIST_SPLIT.split(text.strip())  # X; Chief, Y; and the Z"
    counts = [_posts_in_item(item, bare) for item in items]
    return sum(counts) if all(counts) else None


def _posts_in_item(item: str, bare: bool = False) -> int:
    """How many posts one item of a list names: its count ("the three Section Heads"), or one when it names a post
    with an article ("the Executive Assistant"; `bare`: also without, "Chief, Cyber Operations"); 0 when it names
    none."""
    counted = _ITEM_COUNT.match(item) or _HEADS_OF.match(item) or _HEADS_OF_UNITS.fullmatch(item)
    if counted and (n := to_number(counted.group("n"))):
        return int(n)
    return int((bare or _ONE_POST.match(item) is not None) and names_post(item))


_STATED_COUNT = re.compile(rf"\s*\((?P<n>\d{{1,2}}|{NUMBER})(?:\s+(?:in\s+(?:total|all)|altogether))?\)\s*$", re.I)
_SEMICOLONS = re.compile(r"\s*;\s*(?:and\s+)?")


def _to_the_post(words: str | None, title: str | None) -> bool:
    """Whether whom posts report to, or whose reports they are, is the notice's own post: nobody named, a word
    standing for the post ("you", "the incumbent", "her/his"), or its family ("the Head" in a Head's notice; any post's
    when the title is unknown)."""
    if not words:
        return True
    if "," in words:  # a title named in full ("the Senior Officer, Counter-Terrorism Policy"): the post's own or not
        return _own_title(words, title)
    folded = fold(words)
    family = family_of(words)
    return folded in _report_targets() or folded in _OWN_WORDS or bool(family and (title is None
                                                                                   or family == family_of(title))) \
        or _own_title(words, title)


def _own_title(words: str, title: str | None) -> bool:
    """Whether words are the post's own title, or its head before a comma ("the Financial Controller", "the General
    Manager" in the notice of the "General Manager, NCI Agency")."""
    if title is None:
        return False
    said, head = fold(words).removeprefix("the "), title.split(",")[0]
    short = initials(head)  # (its head's initials: "the DASG" of the "Deputy Assistant Secretary General, X")
    return said in {fold(title), fold(head), *([fold(short)] if len(short) >= 2 else []),
                    *(fold(part) for part in _TITLE_PARTS.split(title))}  # (or either post of a title joining two:
    # "the Dean" in the notice of the "Deputy Commandant and Dean")


_TITLE_PARTS = re.compile(r"\s+and\s+|\s*&\s*")


@cache
def _report_targets() -> frozenset[str]:
    return frozenset(fold(t) for t in terms("report_target"))


_OWN_WORDS = frozenset({"his/her", "her/his", "his", "her", "their", "its", "your", "the incumbent", "incumbent"})


def _listed_reports(norm: str, title: str | None = None) -> tuple[int, int, int] | None:
    """(start, end, count) of posts listed as direct reports inside a line: after a "Direct reports:" label that
    opens a sentence, or before "are ... direct reports" / "reporting directly to"; the longest list whose every
    item names posts."""
    if label := _REPORTS_LABEL_IN.search(norm):
        count = _count_posts(label.group("list"))
        return (label.start("list"), label.end("list"), count) if count else None
    written = norm
    if "(" in norm:  # (an item's breakdown in brackets set aside, in place: "The four Branch Heads (X, Y, Z and W)
        norm = _BRACKET.sub(lambda b: " " * len(b.group(0)), norm)  # and the Manager report directly to ...")
    said = _LISTED_BEFORE.search(norm)
    if said is None or not _to_the_post(said.group("whose") or said.group("to"), title):
        return None  # (not "the three Heads report directly to the Director" in the Deputy Director's notice)
    s, _ = sentence_span(norm, said.start(), said.start())
    if "total" in written or " all" in written or "altogether" in written:
        total = _TOTAL_BEFORE.match(written, said.start())  # the list's own count: "X, Y and Z (four in total)"
        if total and (count := int(to_number(total.group("n")) or 0)):
            return s, said.end(), count
    starts = [*reversed([m.end() for m in _LIST_START.finditer(norm, s, said.start())]), s]
    best = None
    for start in starts:
        clause = " ".join(norm[start:said.start()].split())
        heads = _HEADS_OF_UNITS.fullmatch(clause.strip())  # "the heads of these five functions report directly to"
        count = int(to_number(heads.group("n")) or 0) or None if heads else \
            _count_posts(clause) if all(_ITEM_NAME.match(i) or _HEADS_OF_UNITS.fullmatch(i)
                                        for i in _LIST_SPLIT.split(clause.strip())) else None
        if count is None:
            break
        best = (start, said.end(), count)
    return best


def states_count(row: Row, text: str) -> bool:
    """Whether a text (a clause of the row's sentence) states the row's headcount ("... supervises the two clerks")."""
    return "count" in row and any(to_number(m.group(0)) == row["count"] for m in _A_NUMBER.finditer(text))


_A_NUMBER = re.compile(rf"(?<![\w.,]){NUMBER}(?![\w.,]\w)", re.I)


def direct_reports(rows: list[Row]) -> list[Row]:
    """The direct-report rows, those stated under their label ("Direct reports: ...") before those read in the
    duties ("Oversee the three Section Heads"); `extract` puts those counted as such ("five direct reports in
    total") before those inferred from who reports."""
    return sorted((r for r in rows if r["kind"] == "direct_reports"),
                  key=lambda r: not _REPORTS_LISTED.match(str(r["evidence"])) and not _LABEL.match(str(r["evidence"])))


def _more_posts(norm: str, end: int, e: int) -> tuple[int, int] | None:
    """(how many, where they end) of the posts named after "and" that follow posts counted as direct reports
    ("two Procurement Officers and one Procurement Assistant"), else None."""
    posts = _POSTS_AFTER.match(norm, end, e)
    after = (unit.end() if (unit := _OF_UNIT.match(norm, posts.end(), e)) else posts.end()) if posts else end
    if aside := _ASIDE.match(norm, after):  # ("two Section Heads (Budget; ...)": a semicolon inside the brackets
        after, e = aside.end(), max(e, sentence_span(norm, aside.end(), aside.end())[1])  # ends no sentence)
    more = _AND_POSTS.match(norm, after, e) if posts and names_post(posts.group("t")) else None
    if more is None or not names_post(more.group("t") or more.group("one")):
        return None
    return int(to_number(more.group("n")) or 0) if more.group("n") else 1, more.end()  # "... and the Budget Officer"


_THE_SUBJECT = re.compile(r"\W*The\s+(?P<s>[^,;]{2,60}?)\s+(?=directly\s)")
_OF_UNIT = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?")  # posts' unit: "3 Heads of Section"
_AND_STAFF = re.compile(rf"\s+and\s+(?P<n>{NUMBER})(?=\s)", re.I)


def _more_staff(norm: str, end: int, e: int) -> tuple[int, int] | None:
    """(how many, where they end) of the staff named after "and" that follow a headcount of staff ("31 civilian
    staff and 6 military personnel"), else None."""
    head = _STAFF_WORDS.match(norm, end, e)
    more = _AND_STAFF.match(norm, head.end(), e) if head else None
    if more is None:
        return None
    one = to_number(more.group("n")) == 1 and (post := _NEXT_WORD.match(norm, more.end(), e)) \
        and names_post(post.group("w"))  # "... and 1 assistant", "... and one secretary": one post, in the singular
    if not (_staff_noun_after(norm[more.end():e]) or one):
        return None
    tail = _STAFF_WORDS.match(norm, more.end(), e)
    return int(to_number(more.group("n")) or 0), tail.end() if tail else more.end()


# A headcount's words after its number: "civilian staff", "military personnel" (up to three words).
_STAFF_WORDS = re.compile(r"(?:\s+[\w-]+){1,3}?(?=\s+and\b|[,.;]|$)")
# The staff led, all (or some) said to report to the post directly ("..., all (two) of whom report directly to", "...,
# of whom 4 are direct reports", "... — all of whom report directly"): they are its direct reports too.
_ALL_REPORT = re.compile(rf"[^.;]{{0,160}}?(?:[,(]|\s-)\s*(?:(?:all|(?P<n>{NUMBER}))\s+of\s+whom|of\s+whom\s+"
                         rf"(?P<m>{NUMBER})|dont\s+(?P<fr>{NUMBER}))\s+"
                         r"(?:report\s+(?:to\s+(?:the\s+|her/his\s+|his/her\s+)?[\w/-]+\s+)?directly|"
                         r"are\s+(?:(?:his|her|its|their)\s+)?direct\s+reports|"
                         r"(?:lui\s+rendent\s+compte|relèvent\s+d['’]\w+)\s+directement)\b", re.I)  # ("(9 of whom
# report to the Chief directly; ...)", "qui compte six agents, dont trois lui rendent compte directement")
_INCLUDED = re.compile(r"\bincluding\s+(?:the\s+|some\s+)?$", re.I)
_HUNDRED_AFTER = re.compile(r"\s+(?P<hundred>hundred|cents?)\b(?:\s+(?:and\s+|et\s+)?[^\W\d_]+(?:-[^\W\d_]+)?)?", re.I)
_PART_OF_LARGER = re.compile(r"\b(?:hundred|thousand|cent|cents|mille)\s+(?:and\s+|et\s+)?$", re.I)


def _numbers(norm: str, s: int, e: int) -> list[tuple[int, int, str]]:
    """(start, end, text) of the numbers of a sentence, in digits or in words ("three"), in order."""
    found = [(m.start(), m.end(), m.group()) for m in _DIGITS.finditer(norm, s, e)
             if not _RANGE_BEFORE.search(norm, max(0, m.start() - 4), m.start())
             and not _RANGE_AFTER.match(norm, m.end())]
    # (a figure of a range, "workstreams of 4-6 engineers", counts no one: the size is left unsaid)
    for m in _WORD_NUMBER.finditer(norm, s, e):
        word = m.group().lower()
        if word.split("-")[0] not in number_words():
            continue
        if _PART_OF_LARGER.search(norm, max(0, m.start() - 20), m.start()):
            continue  # the "twenty" of "one hundred and twenty", read with its hundred below
        if word in number_words() and (whole := _hundreds(norm, m.start(), m.end(), e)):
            found.append((m.start(), whole, norm[m.start():whole]))  # "one hundred and twenty", "two hundred staff"
        elif "-" in word and word.split("-")[0] in number_words() and to_number(word) is not None:
            found.append((m.start(), m.end(), m.group()))  # "twenty-one"
        else:
            found.append((m.start(), m.start() + len(word.split("-")[0]), m.group().split("-")[0]))  # "four-person"
    return sorted(found)


_RANGE_BEFORE = re.compile(r"\d\s?[-–]\s?$")
_RANGE_AFTER = re.compile(r"\s?[-–]\s?\d")


def _hundreds(norm: str, start: int, end: int, e: int) -> int | None:
    """Where a number in words that goes on with its hundreds ends ("one hundred and twenty"), else None."""
    whole = _HUNDRED_AFTER.match(norm, end, e)
    if whole is None:
        return None
    for stop in (whole.end(), whole.end("hundred")):
        if to_number(norm[start:stop]) is not None:
            return stop
    return None


def _headcount(norm: str, s: int, e: int, start: int, end: int, title: str | None = None
               ) -> tuple[str, str | None] | None:
    """(kind, unit) when the number at norm[start:end] is a headcount of the post (not of another post named as
    the lead verb's subject), else None."""
    pats = _patterns()
    after = norm[end:min(e, end + _REACH)]
    after = after[repeated.end():] if (repeated := _FIGURE_AGAIN.match(after)) else after  # "four (4) direct reports"
    before = norm[max(s, start - _REACH):start]
    approx = pats["approx"].search(before, max(0, len(before) - 25))
    if approx:
        before = before[:approx.start()]
    reports = _REPORTS_NOUN.match(after)
    if reports:
        return f"{(reports.group('kind') or reports.group('kind_fr')).lower()}_reports", None
    reporting = pats["reporting"].match(_ASIDE.sub("", after))  # ("Eleven Directors (the Chief of Staff, ...) report
    # directly to the General Manager": the aside names them)
    if reporting and reporting.group("post") and not _names_the_post(reporting.group("post"), title):
        reporting = None  # "three Heads report to the Director" in the Deputy Director's notice
    if reporting and _POST_REPORTS.search(reporting.group("who")) and \
            reporting.group(0)[reporting.end("who") - reporting.start():].lower().startswith("reports "):
        reporting = None  # "leads the Unit of 8 staff and reports to the Head X": the post reports, not its staff
    if reporting and not _numbers(reporting.group("who"), 0, len(reporting.group("who"))):
        return "direct_reports", None  # (not "180 staff through five Heads who report to the post": the five do)
    unit_of = pats["unit_of"].search(before)
    co = list(pats["co"].finditer(before))
    lead = [v for v in pats["lead"].finditer(before) if not (v.group(0)[:1].isupper() and v.group(0)[1:2].islower()
                                                             and _TITLE_NOUN.search(before, 0, v.start()))]
    # (not the noun of a title: "a military Section Head and ...")
    verb = (co or lead)[-1] if co or lead else None
    if verb and _SERVED_FOR.search(before) and not _RESPONSIBLE_FOR.search(before):
        return None  # "contract management for approximately 450 civilian staff": the staff it serves
    if verb and _ASSISTS_IN.search(before, 0, verb.start()):
        return None  # "supports the Director General in directing some 500 staff": the leading is another's
    if verb and _DIRECTLY.search(before[:verb.start()]) and _JUST_BEFORE.fullmatch(before, verb.end()) \
            and _CLAUSE_END.match(after):
        return "direct_reports", None  # "Line manages 3 (Head of Strategy, ...)"
    if not (_staff_noun_after(after) or (unit_of and (_CLAUSE_END.match(after) or _MEMBERS.match(after)))):
        # "supervises three Section Heads": managers named by their posts report to the post directly
        one = to_number(norm[start:end]) == 1
        return ("direct_reports", None) if _posts_governed(before, after, verb, one) else None
    if verb is None:
        return None
    said = before[_OPENER.match(before).end():verb.start()] if _OPENER.match(before) else before[:verb.start()]
    subject = _SUBJECT.search(said) or _RELATIVE.search(said)
    if subject and (another_post(subject.group("np"), title) or _names_unit(subject.group("np"))):
        # "The Director CMRE leads the Centre, of about 150 staff" in the Deputy Director's notice; "The HR
        # Service (HRS) manages the employment of 2,500 civilians": a unit's work, not the staff it is
        return None
    governs = _JUST_BEFORE.fullmatch(before, verb.end())  # "directly manages the Directorate, of 45" leads it
    supervises = next((v for v in reversed(lead) if v.group(0).lower().startswith("supervis")), None)
    if (_DIRECTLY.search(before[:verb.start()]) and governs) or _DIRECTLY_AFTER.fullmatch(before, verb.end()) \
            or _posts_governed(before, after, supervises):
        return "direct_reports", None  # "directly supervises 5 staff", "supervises (and coordinates) two Assistants"
    units = list(_UNIT.finditer(_drop_with(before[verb.end():])))
    unit = _trim(units[-1].group("u")) if units else unit_of.group("u").lower() if unit_of else None
    return ("co_leads" if co else "leads"), unit


_ASIDE = re.compile(r"\s*\([^()]{1,200}\)")
_TITLE_NOUN = re.compile(r"\b[A-Z][a-z][\w/-]*\s+$")  # a title-case word before a title-case lead word ("Section Head")


def _names_the_post(words: str, title: str | None) -> bool:
    """Whether words name the notice's own post: its family ("report to the Director" in a Director's notice)
    or an abbreviation of it ("report to the DASG" in the Deputy ASG's notice)."""
    if not title:
        return False
    if family_of(words) is not None:
        return not another_post(words, title)
    return (_ABBREVIATION.fullmatch(words) is not None and words in _abbreviations(title)) or _own_title(words, title)


def _abbreviations(title: str) -> set[str]:
    """What a title may be abbreviated to: its family's initials ("Deputy ASG": DASG) and its own."""
    family = family_of(title) or ""
    return {"".join(w if w.isupper() else w[:1] for w in family.split()),
            "".join(w[0] for w in title.split() if w[:1].isupper())}


_ABBREVIATION = re.compile(r"[A-Z]{2,6}")


def _names_unit(subject: str) -> bool:
    """Whether a subject names a unit, not a post ("The Civilian Human Resources Service (CHRS)")."""
    words = re.sub(r"\([^()]*\)", " ", subject).split()
    return bool(words) and _UNIT_NOUN.fullmatch(words[-1]) is not None and family_of(subject) is None


def _head_unit_noun(text: str) -> re.Match[str] | None:
    """The last unit noun of a name, its head: "Head, Enterprise Service Operations Branch" names a Branch; a unit
    noun before another name word, not a post's, is no head ("Director, Service Operations" names none)."""
    return next(reversed([m for m in _UNIT_NOUN.finditer(text) if not ((w := _NAME_GOES_ON.match(text, m.end()))
                                                                       and not names_post(w.group(1)))]), None)


_NAME_GOES_ON = re.compile(r"\s+([A-Z][a-z]+)")  # the next word of a name ("Service Operations"; not "Branch Head")


def _own_unit(title: str | None, notice: Notice | None = None) -> tuple[str, str | None] | None:
    """(unit noun, its acronym) of the unit a leader leads: the one its title names ("Head, Budget Section":
    section), else the one the text says the post leads ("The DASG ... leads the Resilience Directorate (RCPD)"),
    else its family's (an ASG leads a Division, a Director a Directorate). The acronym comes from the text."""
    if not title:
        return None
    if family_of(title) not in _LEADER_FAMILIES:  # a post of no leading family leads the office named after it
        named = notice is not None and any(f"office of the {fold(title)}" in fold(ln.norm)  # ("The Office of the ACO
                                           for ln in notice.body("header", "summary"))  # Financial Controller (55)")
        return ("office", None) if named else _led_in_text(notice, title) if notice is not None else None  # (or
        # the unit the text says it leads: "The Executive Officer ... leads the Office of the General Manager")
    m = _UNIT_NOUN.search(title) if is_french_title(title) else _head_unit_noun(title)  # (a French title names its
    led = _led_in_text(notice, title) if notice is not None else None  # unit first: "Chef(fe), Section Planification")
    if m:
        noun = m.group(0).lower()
        return noun, led[1] if led and led[0] == noun else None
    if led:
        return led
    unit = _UNIT_OF_FAMILY.get(family_of(title) or "")
    return (unit, None) if unit else None


# The unit a post is said to lead: "leads the Resilience and Civil Preparedness Directorate (RCPD)".
_LEADS_UNIT = re.compile(rf"\b(?:leads|heads|directs|manages|is\s+the\s+head\s+of)\s+the\s+"
                         rf"(?:(?:[A-Z][\w&'-]*,?|and|of|for)\s+){{0,8}}?(?P<u>{_UNITS})\b"
                         rf"(?:\s*\((?P<acr>[A-Z][A-Z&/-]{{1,8}})\))?")


_LEAD_VERBS = ("leads", "heads", "directs", "manages", "head of")  # (a cheap test before `_LEADS_UNIT`)


def _led_in_text(notice: Notice, title: str) -> tuple[str, str | None] | None:
    """(unit noun, acronym) of the first unit the text says the post itself leads (its subject names the post's
    family: "The Deputy Assistant Secretary General ... leads", "The Director leads")."""
    family = family_of(title)
    for ln in notice.body("header", "summary", "accountabilities"):
        if not any(verb in ln.norm for verb in _LEAD_VERBS):
            continue
        for m in _LEADS_UNIT.finditer(ln.norm):
            start = sentence_span(ln.norm, m.start(), m.end())[0]
            if family_of(ln.norm[start:m.start()]) == family:
                return m.group("u").lower(), m.group("acr")
    return None


def _own_unit_size(norm: str, s: int, e: int, start: int, end: int, unit: tuple[str, str | None] | None,
                   title: str | None
                   ) -> tuple[str, str | None] | None:
    """("leads", unit) when the sentence is about the post's own unit and states its size without saying that
    another post leads it ("The Branch, of about 45 civilian staff, ...", "The IHC Division comprises around
    70 staff"; not "The Division numbers 70 staff and is headed by the ASG" in the Deputy ASG's notice)."""
    if unit is None:
        return None
    size_of = _patterns()["unit_of"].search(norm, max(s, start - 40), start)  # "The Section has a staff of 19."
    if not size_of and not _staff_noun_after(norm[end:end + _REACH]):
        return None
    headed = _HEADED_BY.search(norm, end, e)
    if headed and another_post(headed.group("who"), title):
        return None
    label = _ROW_LABEL.match(norm, s)  # a two-column row: the sentence opens after its label ("Post Context")
    opener = _OPENER.match(norm, s)  # "Within the X Directorate, the Y Branch, a team of fourteen, ..."
    subject = _SUBJECT_UNIT.match(norm, s) or (_SUBJECT_UNIT.match(norm, label.end()) if label else None) or \
        (_SUBJECT_UNIT.match(norm, opener.end()) if opener else None)
    if subject is None and unit[1]:  # the unit named by its acronym: "The CSO has a staff of about 45 people"
        subject = re.compile(rf"\W*(?:The|the|Its|its|This|this)\s+(?P<u>{re.escape(unit[1])})\b").match(norm, s)
    # ... or the unit inside the sentence, its size in a relative clause: "... for the work of the Branch, which
    # comprises 11"
    relative = next(reversed(list(_RELATIVE_UNIT.finditer(norm, s, start))), None)
    for named in (subject, relative):
        if named is None or named.group("u").lower() not in (unit[0], (unit[1] or "").lower()) or named.end() > start:
            continue
        if _another_unit(named.group(0), title):
            continue  # "The Logistics Branch (14 staff)" in the notice of the Chief, Resources Branch
        between = norm[named.end():start]
        approx = _patterns()["approx"].search(between)
        if _SIZE_LINK.fullmatch(between[:approx.start()] if approx else between):
            return "leads", named.group(0).strip()
    return None  # (not "The Service manages the employment of 2,500 civilians": what the unit does, not its size)


_NAME_WORD = re.compile(r"\b[A-Z][\w&'-]+")
# A unit named inside a sentence before a relative clause stating its size ("the Branch, which comprises").
_RELATIVE_UNIT = re.compile(rf"\b(?:the|its)\s+(?:[A-Z][\w&'-]*\s+){{0,4}}?(?P<u>{_UNITS})\b"
                            r"(?=\s*,\s*(?:which|that)\s)")


def _another_unit(subject: str, title: str | None) -> bool:
    """Whether a unit named with its own words ("The Logistics Branch") is not the one the title names ("Chief,
    Resources Branch"): none of their naming words are shared."""
    in_title, in_subject = _head_unit_noun(title or ""), _head_unit_noun(subject)
    if in_title is None or in_subject is None:  # (a unit named by its acronym: "The CSO")
        return False
    named, said = _naming_words(title[:in_title.start()]), _naming_words(subject[:in_subject.start()])
    return bool(named and said and not named & said)


def _naming_words(text: str) -> set[str]:
    """The capitalised words that name a unit, without its post words ("Head", "Chief") and determiners."""
    return {w.group(0).lower() for w in _NAME_WORD.finditer(text)
            if family_of(w.group(0)) is None and w.group(0) not in ("The", "Its", "This", "Deputy")}


def _posts_governed(before: str, after: str, verb: re.Match[str] | None, one: bool = False) -> bool:
    """Whether the lead verb governs the number directly and posts in the plural follow it ("supervises
    three Section Heads", "supervises two HR Data Assistants", "supervises the day-to-day work of the Office's two
    assistants"), or, for `one`, a post in the singular ("supervises one Legal Assistant")."""
    titled = (_POST_AFTER if one else _POSTS_AFTER).match(after)
    return bool(verb and _GOVERNED_GAP.fullmatch(before, verb.end()) and titled and names_post(titled.group("t")))


# Between a verb of supervising and the posts it governs: another verb joined to it ("and coordinate"), "the
# (day-to-day) work of", "the", "the Office's" (its apostrophe may be stripped: "the Divisions two assistants").
_GOVERNED_GAP = re.compile(r"\s+(?:and\s+[a-z]+\s+|directement\s+|directly\s+)?(?:the\s+(?:[\w-]+\s+)?work\s+of\s+)?"
                           r"(?:(?:the|its|all|her/his|his/her|their)\s+)?(?:(?:the\s+)?[A-Z][\w&-]*['’]?s\s+)?")


def _trim(unit: str) -> str:
    return re.sub(r"(?:\s+(?:and|of|for|de|des|du))+$", "", unit.strip())


def _drop_with(text: str) -> str:
    """Remove a 'with the X,' aside so the unit is the thing led, not the partner."""
    return re.sub(r",\s*(?:with|avec)\s+[^,]+,", ",", text)
