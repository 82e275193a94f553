"""Committee roles by clause, staff counts, language levels, years of experience and several posts per
notice: one reworded line per rule, with the exact value expected."""

from __future__ import annotations

import pytest

from analysis.extract import committees, experience, languages, staff
from analysis.ingest import read_document
from analysis.parse import expand, parse_document
from analysis.segment import segment
from conftest import parse


def roles_of(line: str) -> list[tuple[str, str | None, str]]:
    rows, _ = committees.extract(segment("1. SUMMARY\n" + line + "\n"))
    return [(r["committee"], r["role"], r["role_as_stated"]) for r in rows]


# --- committees: whose role is it -----------------------------------------------------------------

@pytest.mark.parametrize(("line", "expected"), [
    ("The Deputy Director is Acting Chair of the Partnerships Board.",
     [("Partnerships Board", "chair", "Acting Chair of")]),
    ("S/he represents the Office at meetings, chairing the Space Staff Group as required, and runs the budget.",
     [("Space Staff Group", "chair", "chairing")]),
    ("The Head is responsible for chairing and providing secretarial support to the Standards Board (SB).",
     [("Standards Board", "chair", "chairing and providing secretarial support to")]),
    ("The Branch shapes policy by way of its membership in the Logistics Committee.",
     [("Logistics Committee", "serves", "its membership in")]),
    ("The incumbent supports the Director in her/his capacity as Chair of the Cyber Committee.", []),
    ("The incumbent reports to the Director, who chairs the Planning Group.", []),
    ("The Officer provides the secretariat for the Budget Committee.",
     [("Budget Committee", "supports", "provides the secretariat for")]),
    ("The Head advises the Chairman of the Military Committee and the Secretary of the Council.", []),
    ("The Officer liaises daily with the Office of the Committee Services.", []),
    ("The Division chairs the Executive Working Group.", []),
    ("The Division serves the Resilience Committee.", [("Resilience Committee", "serves", "serves")]),
    ("The Head chairs the Budget Board through advice for the North Atlantic Council.",
     [("Budget Board", "chair", "chairs")]),
    ("- Chair meetings of the Cyber Defence Group;", [("Cyber Defence Group", "chair", "Chair")]),
    ("As Chair of the Budget Committee, the ASG steers the Division.", [("Budget Committee", "chair", "Chair of")]),
    ("As Chair of the Budget Committee, the Secretary General steers policy.", []),
    # an adverb between the verb and the post's title as chair
    ("The Director is also the permanent Chair of the Space Working Group.",
     [("Space Working Group", "permanent_chair", "permanent Chair")]),
    ("The Head is currently the Chair of the Audit Board.", [("Audit Board", "chair", "Chair of")]),
])
def test_role_belongs_to_the_subject_of_its_clause(line, expected):
    assert roles_of(line) == expected


def test_may_be_asked_to_chair_is_not_a_standing_chair():
    rows, problems = committees.extract(segment("1. SUMMARY\nThe Director may be asked to chair the Resource Board.\n"))
    assert [(r["committee"], r["role"]) for r in rows] == [("Resource Board", None)]
    assert committees.chaired(rows) == 0
    assert problems == ["role for 'Resource Board' left open: the notice says 'may be asked to chair'"]


def test_french_acting_chair_and_occasional_chair():
    rows, _ = committees.extract(segment(
        "1. RÉSUMÉ\nx\n2. QUALIFICATIONS ET EXPÉRIENCE\ny\n3. RESPONSABILITÉS\nIl/Elle assure la présidence par "
        "intérim du Comité politique, et peut être appelé(e) à présider le Comité exécutif.\n"))
    assert [(r["committee"], r["role"]) for r in rows] == [("Comité politique", "chair"), ("Comité exécutif", None)]
    assert committees.chaired(rows) == 1


# --- staff counts ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("line", "expected"), [
    ("The ASG manages the Cyber Division, which is composed of approximately 60 International Staff members.",
     [("leads", 60, True)]),
    ("The ASG heads a Division of some 120 staff.", [("leads", 120, True)]),
    ("The Director leads the Office, with the heads of the four units reporting to them.",
     [("direct_reports", 4, False)]),
    ("The Head supervises a team of 9.", [("leads", 9, False)]),
    ("The Director has five direct reports.", [("direct_reports", 5, False)]),
    ("The Head manages a budget of 3 million euros.", []),
    ("The Section, in which 12 staff work, is led by the Head.", []),
    # posts listed, then said to be direct reports: every group of the list counts
    ("The Head leads the Centre, with two Team Leaders and one Senior Analyst reporting directly to her/him.",
     [("direct_reports", 3, False)]),
    ("The Centre has four teams; the four Team Leaders and the Centre's Executive Assistant are the Head's direct "
     "reports.", [("direct_reports", 5, False)]),
    ("The work is planned with care. Direct reports: the two Deputy Heads and one Planning Officer.",
     [("direct_reports", 3, False)]),
    # a clause before the phrase is no list of posts
    ("The Director leads the Section Heads who report directly to the Director.", []),
    # posts reporting directly, no one named after it; posts that report to another post are not the post's
    ("The Head plans the work of the Section, with two Team Leaders reporting directly; and keeps its budget.",
     [("direct_reports", 2, False)]),
])
def test_staff_counts(line, expected):
    rows = staff.extract(segment("1. SUMMARY\n" + line + "\n"))
    assert [(r["kind"], r["count"], r["approximate"]) for r in rows] == expected


# --- languages ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("line", "expected"), [
    ('possess VI ("Proficiency") in both official languages;', [("one", 6, None), ("other", 6, None)]),
    ("have Level IV in English and level II in French;", [("one", 4, "English"), ("other", 2, "French")]),
    ("have French: level III and English: level V;", [("one", 3, "French"), ("other", 5, "English")]),
])
def test_language_levels(line, expected):
    rows, _ = languages.extract(segment("ESSENTIAL\n- " + line + "\n"))
    assert [(r["slot"], r["level"], r["language"]) for r in rows] == expected


def test_slp_profile_stays_a_stanag_problem():
    rows, problems = languages.extract(segment("ESSENTIAL\n- have SLP 3332 in English;\n"))
    assert rows == [] and problems[0].startswith("language levels stated on another scale (STANAG 6001 SLP)")


# --- experience -----------------------------------------------------------------------------------

def years(text: str) -> list[tuple[float, str, str]]:
    return [(r["years"], r["kind"], r["section"]) for r in experience.extract(segment(text))]


def test_two_figures_in_one_bullet_each_take_their_own_kind():
    assert years("Officer\nESSENTIAL\n- at least 6 years' experience in policy and 2 years in people management;\n"
                 ) == [(6.0, "professional", "essential"), (2.0, "management", "essential")]
    assert years("Officer\nESSENTIAL\n- 4 years of management experience and 9 years of experience in audit;\n"
                 ) == [(4.0, "management", "essential"), (9.0, "professional", "essential")]


def test_every_figure_of_an_essential_list_is_a_row():
    assert years("Officer\nESSENTIAL\n- at least 3 years of university studies;\n") == [(3.0, "other", "essential")]
    assert years("Officer\nThe incumbent must:\n- have at least 3 years' experience in logistics;\n"
                 ) == [(3.0, "professional", "essential")]


def test_a_list_without_heading_and_a_word_cut_by_the_end_of_the_text():
    assert years("Officer\n- Minimum nine years' experience in financial audit.\n- A degree.\n"
                 ) == [(9.0, "professional", "other")]
    assert years("Officer\nESSENTIAL\n- have at least 4 years' exper") == [(4.0, "professional", "essential")]


# --- several posts in one notice ------------------------------------------------------------------


def test_position_list_with_links_between_items_and_a_grade_each():
    parsed = parse("Vacancy\nThrough this process we aim to hire two candidates for the following positions:\n"
                   "-    Head, Cyber Policy Section (G22) (PASP0201)\nhttps://example.org/pasp0201.pdf\n\n"
                   "-    Head, Space Policy Section (A4) (PASP0202)\nClick here for post description\n"
                   "Please read each description before applying to the posts named above.\n"
                   "1. SUMMARY\nThe Division leads on policy.\n")
    assert [(p[0], p[4], p[5], p[6]) for p in parsed.positions] == [
        ("Head, Cyber Policy Section", "G22", None, "G22"), ("Head, Space Policy Section", "A4", "A4", None)]
    posts = [one.post for one in expand(parsed)]
    assert [(p["title"], p["grade_code"], p["nato_grade"]) for p in posts] == [
        ("Head, Cyber Policy Section", None, "G22"), ("Head, Space Policy Section", "A4", None)]


def test_enumerated_roles_with_vacancy_counts():
    parsed = parse("Assistant pool\n1. SUMMARY\nPlease use the links below for the vacancy notices of these roles:\n"
                   "i. Assistant, Registry Section (RS) – 2 vacancies;\nii. Senior Assistant – 1 vacancy;\n"
                   "iiiFiling Assistant - 1 vacancy;\n\n2. QUALIFICATIONS\nx\n")
    assert [p[0] for p in parsed.positions] == ["Assistant, Registry Section (RS)", "Senior Assistant",
                                                "Filing Assistant"]


def test_posts_named_after_their_grades_in_one_sentence():
    parsed = parse("Reserve list\nNATO might also appoint candidates to Grade 9 (B4) (Budget Assistant) and/or "
                   "Grade 6 (B2) posts (Filing Assistant).\n1. SUMMARY\nText.\n")
    assert [(p[0], p[5], p[6]) for p in parsed.positions] == [("Budget Assistant", "B4", "G9"),
                                                              ("Filing Assistant", "B2", "G6")]


def test_positions_with_one_title_are_told_apart_by_their_grades():
    parsed = parse("Data Scientist (3 posts)\nSUMMARY:\nThrough this competition the Agency seeks applicants for the "
                   "3 similar positions below:\n- Data Scientist (G18);\n- ML Engineer (Data Scientist) (G18) – "
                   "pending "
                   "budget approval;\n- Data Scientist (G15-G18).\nThe Agency delivers data services.\n")
    assert [(p[0], p[6]) for p in parsed.positions] == [
        ("Data Scientist", "G18"), ("ML Engineer (Data Scientist)", "G18"), ("Data Scientist", None)]


@pytest.mark.parametrize(("line", "expected"), [
    ("Clerks, Registry (2 posts + Reserve List)", "Clerks, Registry"),
    ("Policy Officer (Resilience) - pending budget approval", "Policy Officer (Resilience)"),
])
def test_notes_about_the_posts_are_not_part_of_the_title(line, expected):
    assert parse(f"{line}\n1. SUMMARY\nThe Registry files the Council's papers.\n").post["title"] == expected


def test_one_position_read_from_a_list_of_several_is_kept_and_reported():
    parsed = parse("Vacancy\nWe aim to hire two candidates for the following positions:\n"
                   "Head Cyber Policy Section (G22) (PASP0201)\n"
                   "The Division leads on the political aspects of the core tasks of the Alliance.\n"
                   "1. SUMMARY\nText.\n")
    assert [(p[0], p[6]) for p in parsed.positions] == [("Head Cyber Policy Section", "G22")]
    assert any("only one could be read" in p["message"] for p in parsed.problems)


@pytest.mark.parametrize(("title", "line", "expected"), [
    ("Branch Head, Cyber Security Operations", "The Branch, of about 45 civilian staff and contractors, detects "
     "incidents.", 45),
    ("Assistant Secretary General, Emerging Security Challenges", "The Emerging Security Challenges (ESC) Division "
     "comprises around 60 staff members.", 60),
    ("Officer, Cyber Policy", "The Emerging Security Challenges Division comprises around 60 staff members.", None),
    ("Head, Budget Section", "The Finance Division comprises around 60 staff members.", None),
])
def test_a_size_stated_of_the_posts_own_unit_is_the_staff_it_leads(title, line, expected):
    parsed = parse(f"{title}\nNATO Body: NATO International Staff\n1. SUMMARY\n{line}\n")
    assert parsed.post["staff_led"] == expected


@pytest.mark.parametrize(("title", "line", "expected"), [
    # the lead verb's subject names another post: its unit's size is not this post's
    ("Deputy Director, Air Warfare Centre", "The Director AWC leads the Centre, of some 90 staff, and is assisted "
     "by the Deputy Director.", None),
    ("Head, Logistics Section", "The Director of Support manages the Directorate of about 300 staff.", None),
    ("Director, Air Warfare Centre", "The Director AWC leads the Centre, of some 90 staff.", 90),
    ("Deputy Director, Air Warfare Centre", "The Deputy Director leads the Programme Branch of 25 staff.", 25),
])
def test_a_headcount_led_by_another_post_is_not_the_posts(title, line, expected):
    parsed = parse(f"{title}\nNATO Body: NATO International Staff\n1. SUMMARY\n{line}\n")
    assert parsed.post["staff_led"] == expected


@pytest.mark.parametrize(("line", "expected"), [
    ("The Head manages the four-person Front Office of the Director.", 4),
    ("The Head leads a 12-strong team of analysts.", 12),
])
def test_a_headcount_written_as_an_adjective(line, expected):
    parsed = parse(f"Head, Front Office\nNATO Body: NATO International Staff\n1. SUMMARY\n{line}\n")
    assert parsed.post["staff_led"] == expected


@pytest.mark.parametrize(("line", "expected"), [
    ("- advanced knowledge of English (NATO level 5) and working knowledge of French (NATO level 2).", (5, 2)),
    ("- level 4 in one official language and level 1 in the other;", (4, 1)),
])
def test_language_levels_written_in_digits(line, expected):
    parsed = parse("Officer\n2. QUALIFICATIONS AND EXPERIENCE\nESSENTIAL\nThe incumbent must:\n" + line + "\n")
    assert (parsed.post["lang_level_one"], parsed.post["lang_level_other"]) == expected


@pytest.mark.parametrize(("line", "expected"), [
    # the level's name before its numeral, after the language's name
    ("- Languages: English – Advanced (V); French – Beginner (I).", (5, 1)),
    # "of one ... of the other" as "in one ... in the other"
    ("- a Competent command (IV) of one official language and an Elementary command (II) of the other;", (4, 2)),
])
def test_language_levels_named_with_their_language(line, expected):
    parsed = parse("Officer\n2. QUALIFICATIONS AND EXPERIENCE\nESSENTIAL\nThe incumbent must:\n" + line + "\n")
    assert (parsed.post["lang_level_one"], parsed.post["lang_level_other"]) == expected


@pytest.mark.parametrize(("title", "line", "expected"), [
    ("Director, Naval Logistics Programmes", "The Directorate comprises approximately 210 staff.", 210),
    ("Officer, Naval Logistics Programmes", "The Directorate comprises approximately 210 staff.", None),
])
def test_a_director_leads_the_directorate_its_title_does_not_name(title, line, expected):
    parsed = parse(f"{title}\nNATO Body: NSPA\n1. SUMMARY\n{line}\n")
    assert parsed.post["staff_led"] == expected


def test_years_in_senior_management_are_management_years():
    parsed = parse("Director\n2. QUALIFICATIONS AND EXPERIENCE\nESSENTIAL\nThe incumbent must:\n- have at least "
                   "15 years' experience in procurement, of which at least 5 years in senior management;\n")
    assert (parsed.post["min_experience_years"], parsed.post["min_management_years"]) == (15, 5)


@pytest.mark.parametrize(("title", "text", "expected"), [
    # a unit's work is not its size; the post's own lead is
    ("Head, Pay and Benefits Service", "The Pay and Benefits Service (PBS) administers the salaries of more than 4,000 "
     "NATO civilians. The Head heads a Service of 19 HR professionals organised in two teams.", (19, None)),
    # a headcount and the direct reports in one sentence: both kept
    ("Branch Head, Modelling", "The Branch Head leads a team of 16 military and civilian personnel and has three "
     "direct reports, the leads of the two cells and the Branch Assistant.", (16, 3)),
    # "a team of five comprising ...": the size still stands
    ("Executive Officer", "The Executive Officer leads a small Front Office team of four comprising the "
     "Director's Assistant and two clerks.", (4, None)),
    # a header table's "Staff" row
    ("Deputy Director, Training", "| Staff | 42 |\n| Direct reports | 5 |", (42, 5)),
    # the unit's size after "a staff of", and a unit named again as "a Branch of"
    ("Head, Translation Section", "The Translation Section translates the Council's papers. The Section has a staff "
     "of 23.", (23, None)),
    ("Chief, Pipelines Branch", "The Pipelines Branch, a Branch of 17 staff based in two countries, plans repairs.",
     (17, None)),
    # a unit noun before another name word is no unit the title names: the Director leads the Directorate
    ("Director, Service Operations", "The Directorate runs the Agency's services. The Directorate comprises "
     "approximately 410 staff in nine locations.", (410, None)),
    # "directly" after the verb, and "direct responsibility over"
    ("Chief, Pipelines Branch", "The Chief will direct the Branch; supervise directly the three Section Leaders of "
     "the Branch; and plan its budget.", (None, 3)),
    ("Director, Logistics", "The Director has direct responsibility over six Programme Managers.", (None, 6)),
    # posts that report directly to another post are not the post's
    ("Executive Officer, Plans", "The Executive Officer supports the Director, with the four Branch Heads reporting "
     "directly to the Deputy Director.", (None, None)),
])
def test_headcounts_beside_other_numbers(title, text, expected):
    parsed = parse(f"{title}\nNATO Body: NATO International Staff\n1. SUMMARY\n{text}\n")
    assert (parsed.post["staff_led"], parsed.post["direct_reports"]) == expected


@pytest.mark.parametrize(("line", "expected"), [
    # a subset figure without "years" before another figure: each figure keeps its own kind
    ("- a minimum of 14 years of finance experience, of which at least 6 in a managerial role and 2 years in an "
     "international organisation;", (14, 6)),
    ("- at least 16 years of professional experience, including at least 8 years of senior management and 4 years "
     "in a multinational setting;", (16, 8)),
    # the subset figure before "of which"
    ("- at least 11 years' experience in national administrations, at least 4 of which in leading "
     "multidisciplinary teams;", (11, 4)),
    # years abbreviated, subsets after their figure ("four of which", "three (3) of them")
    ("- Minimum 14 yrs of professional experience in logistics, incl. 5 yrs managing multi-disciplinary teams;",
     (14, 5)),
    ("- Nine years progressively responsible experience in network operations four of which in a management role "
     "leading teams", (9, 4)),
    ("- A minimum of eleven (11) years' experience in defence policy, at least three (3) of them in a position "
     "managing professional staff.", (11, 3)),
])
def test_subset_figures_of_management_years(line, expected):
    parsed = parse("Director\n2. QUALIFICATIONS AND EXPERIENCE\nESSENTIAL\nThe incumbent must:\n" + line + "\n")
    assert (parsed.post["min_experience_years"], parsed.post["min_management_years"]) == expected


@pytest.mark.parametrize(("line", "expected"), [
    # clauses of a list of duties without a subject, after ";"
    ("- Chair the Training Management Board (TMB); be the permanent Chair of the Doctrine Coordination Panel (DCP); "
     "co-chair, with the Chair of the Air Standardization Board, the Air Training Steering Group (ATSG).",
     [("Training Management Board", "chair"), ("Doctrine Coordination Panel", "permanent_chair"),
      ("Air Training Steering Group", "co_chair")]),
    # "together with X" is the co-chair's sharer, set apart by commas
    ("- The Director co-chairs, together with the Deputy Chief of Staff Plans, the Exercise Planning Group (EPG).",
     [("Exercise Planning Group", "co_chair")]),
])
def test_chair_roles_in_a_list_of_duties(line, expected):
    parsed = parse("Director, Training\n1. SUMMARY\nThe Directorate trains staff.\n2. PRINCIPAL DUTIES\n"
                   "The incumbent will:\n" + line + "\n")
    assert [(r["committee"], r["role"]) for r in parsed.rows["committees"]] == expected


def test_a_unit_introduced_by_its_as_a_team_of_people():
    parsed = parse("Head, Capability Delivery Section\nNATO Body: NATO International Staff\n1. SUMMARY\nThe Division "
                   "delivers equipment. Its Capability Delivery Section, a team of eleven engineers and assistants, "
                   "follows the projects.\n")
    assert parsed.post["staff_led"] == 11


@pytest.mark.parametrize(("line", "expected"), [
    ("The Deputy Director leads the Directorate's civilian workforce and has the three Branch Heads as direct "
     "reports.", 3),
    ("The Deputy Director supervises two Budget Officers and one Budget Assistant and reviews their work.", 3),
])
def test_direct_reports_named_by_their_posts(line, expected):
    parsed = parse(f"Deputy Director, Budget\nNATO Body: NSPA\n1. SUMMARY\n{line}\n")
    assert parsed.post["direct_reports"] == expected


def test_a_two_column_layout_keeps_its_rows_apart(tmp_path):
    """Labels in a left column, values after a wide gap, wrapped values indented below them (read from a file,
    whose wide gaps ingest keeps as one tab)."""
    text = ("Vacancy Number            JFCBS 04/2026\nPost Title                Branch Head (Civilian Training)\n"
            "NATO Grade                A-4\nPost Context              The Civilian Training Branch, twenty-two staff "
            "in all, trains the\n                          Headquarters' civilians.\nEssential                 - At "
            "least 9 years of professional experience in\n                            training, including 3 years\n"
            "                            in a managerial capacity.\n")
    (tmp_path / "notice.txt").write_text(text, encoding="utf-8")
    post = parse_document(read_document(tmp_path / "notice.txt", tmp_path)).post
    assert (post["title"], post["grade_code"], post["staff_led"], post["min_experience_years"],
            post["min_management_years"]) == ("Branch Head (Civilian Training)", "A4", 22, 9, 3)


def test_chairing_a_subgroup_of_a_group_chaired_by_another():
    parsed = parse("Policy Adviser (Energy)\n1. SUMMARY\nText.\n2. PRINCIPAL DUTIES\nServe as secretary of the Energy "
                   "Security Working Group, which is chaired by the Head of Section, and chair its Technical Subgroup "
                   "on Grid Resilience.\n")
    assert [(r["committee"], r["role"]) for r in parsed.rows["committees"]] == [
        ("Energy Security Working Group", "supports"), ("Technical Subgroup on Grid Resilience", "chair")]


def test_some_of_whom_report_directly():
    parsed = parse("Executive Officer, Support Office\nNATO Body: STO\n1. SUMMARY\nThe Executive Officer leads the "
                   "Executive Support Team of seven staff, two of whom report directly to the incumbent.\n")
    assert (parsed.post["staff_led"], parsed.post["direct_reports"]) == (7, 2)


def test_levels_after_level_of_and_a_manages_label():
    parsed = parse("Deputy Director\n1. SUMMARY\nText.\nManages: 4 direct / 120 indirect\n2. QUALIFICATIONS\n"
                   "ESSENTIAL\n- Level of English: 5 (Advanced). Level of French: 2 (Elementary).\n")
    assert (parsed.post["direct_reports"], parsed.post["lang_level_one"], parsed.post["lang_level_other"]) == (4, 5, 2)


@pytest.mark.parametrize(("title", "text", "expected"), [
    ("Chief of Staff", "Team: Oversees a team of 9 (strategy and governance)\nLine management: Line manages 2 (Head "
     "of Strategy, Office Manager)", (9, 2)),
    # the staff a service is for are not the staff the post leads
    ("Head, Civilian Personnel Service", "The Service has an establishment of 16 civilian posts. The Head oversees "
     "recruitment and contract management for approximately 400 civilian staff.", (16, None)),
    ("Head, Budget Branch", "The Branch (22 posts: 10 civilian, 12 military) is organised in three Sections.",
     (22, None)),
])
def test_team_sizes_and_the_staff_served(title, text, expected):
    parsed = parse(f"{title}\nNATO Body: SHAPE\n1. SUMMARY\n{text}\n")
    assert (parsed.post["staff_led"], parsed.post["direct_reports"]) == expected


def test_years_spent_in_a_field_are_professional_experience():
    parsed = parse("Head\n2. QUALIFICATIONS AND EXPERIENCE\nESSENTIAL\n- A university degree in law and minimum 9 "
                   "years in HR management, of which at least 4 years as a manager of a team;\n")
    assert (parsed.post["min_experience_years"], parsed.post["min_management_years"]) == (9, 4)


def test_a_board_of_directors_is_a_committee():
    parsed = parse("Chief of Staff\n1. SUMMARY\nYou will act as Secretary to the Board of Directors, which is chaired "
                   "by a representative of the Allies.\n")
    assert [(r["committee"], r["role"]) for r in parsed.rows["committees"]] == [("Board of Directors", "supports")]
    assert parsed.post["committees_chaired"] == 0


@pytest.mark.parametrize(("text", "expected"), [
    ("The incumbent directly manages the Support Cluster of approximately 150 staff through four Programme Office "
     "Heads who report to the post.", (150, 4)),
    ("Directs the Branch and acts as first-line reporting officer for the three section leads who report directly "
     "to the post.", (None, 3)),
])
def test_reports_named_through_whom_the_post_leads(text, expected):
    parsed = parse(f"Deputy Director, Support\nNATO Body: NSPA\n1. SUMMARY\n{text}\n")
    assert (parsed.post["staff_led"], parsed.post["direct_reports"]) == expected


def test_a_unit_after_an_opening_phrase():
    parsed = parse("Branch Head (Workforce Planning)\nNATO Body: SHAPE\n1. SUMMARY\nWithin the Enablement Directorate, "
                   "the Workforce Planning Branch, a team of twelve civilian and military staff, plans the "
                   "establishment.\n")
    assert parsed.post["staff_led"] == 12


@pytest.mark.parametrize(("title", "line", "expected"), [
    ("Deputy Assistant Secretary General, Intelligence", "The DASG directly manages the Analysis Unit, and two Heads "
     "of Section report to the DASG.", 2),
    ("Deputy Director, Logistics", "The Deputy Director deputises for the Director, and three Heads of Branch "
     "report to the Director.", None),
])
def test_reports_to_the_post_named_by_its_title(title, line, expected):
    parsed = parse(f"{title}\nNATO Body: NATO International Staff\n1. SUMMARY\n{line}\n")
    assert parsed.post["direct_reports"] == expected


def test_a_postal_code_and_a_bilingual_label():
    parsed = parse("NATO Allied Command Transformation - Norfolk, VA 23551\nPost / Poste:   Capability Manager (Space)"
                   "\nCapability Manager (Space)-251560\n1. SUMMARY\nThe Manager plans space capabilities.\n")
    assert (parsed.post["title"], parsed.post["reference"]) == ("Capability Manager (Space)", "251560")


def test_positions_listed_after_a_competition_to_fill_n_posts():
    parsed = parse("Planning - three posts-251390\nDescription\nThis competition will fill three posts in the Plans "
                   "Section of the Operations Division:\nSenior Officer, Plans (A.3/G17) - 8,118.24 Euro (EUR) "
                   "Monthly\nOfficer, Plans (A.2/G15) - 6,771.19 Euro (EUR) Monthly\nAssistant, Plans Support "
                   "(B.4/G10) - 4,312.06 Euro (EUR) Monthly\nPlease indicate which post you apply for.\n"
                   "1. SUMMARY\nText.\n")
    assert [(p[0], p[5], p[6]) for p in parsed.positions] == [
        ("Senior Officer, Plans", "A3", "G17"), ("Officer, Plans", "A2", "G15"),
        ("Assistant, Plans Support", "B4", "G10")]


def test_positions_described_one_by_one_keep_their_values_apart():
    parsed = parse("Plans - two posts-251391\nThis competition will fill two posts in the Plans Section:\n"
                   "Senior Officer, Plans (A.3/G17)\nAssistant, Plans Support (B.4/G10)\n1. SUMMARY\nText.\n"
                   "2. THE POSTS\nSenior Officer, Plans\nThe Senior Officer leads a team of five staff.\n"
                   "Essential: at least 8 years of experience in planning.\nAssistant, Plans Support\n"
                   "The Assistant supports the team. Essential: at least 3 years of experience in administration.\n")
    first, second = expand(parsed)
    assert (first.post["staff_led"], first.post["min_experience_years"]) == (5, 8)
    assert (second.post["staff_led"], second.post["min_experience_years"]) == (None, 3)  # its own block's, not 8
    assert any("blocks of their own" in p["message"] for p in parsed.problems)


def test_positions_described_one_by_one_share_the_requirements_stated_once():
    """Reworded from a board's copy of an IS notice for two Heads (probes68 cc15): the titles stand again as bullets
    in the summary; the one ESSENTIAL list below holds for both posts, the pay line above the list too."""
    parsed = parse("Head, Energy Section (1 post) & Head, Climate Section (1 post)-261150\n"
                   "Salary (Pay Basis): 10,815.30Euro (EUR) Monthly\n"
                   "We aim to hire two candidates for the following positions:\n"
                   "- Head, Energy Section (G22) (IHC0031)\n- Head, Climate Section (G22) (IHC0047)\n"
                   "1. SUMMARY\nThe Division recruits two Heads:\n  • Head, Energy Section\n  • Head, Climate Section\n"
                   "2. QUALIFICATIONS\nESSENTIAL\nThe incumbent must:\n"
                   "  • have at least 8 years of professional experience in energy or climate policy;\n")
    first, second = expand(parsed)
    assert [p.post["min_experience_years"] for p in (first, second)] == [8, 8]
    assert [p.post["salary_eur_monthly"] for p in (first, second)] == [10815.30, 10815.30]


def test_a_position_described_on_a_line_of_its_own_takes_its_own_size():
    """Reworded from probes65 zb20: each position of the list described again on a line of its own, its size there."""
    parsed = parse("Head, Foresight Section / Head, Outreach Section\nWe aim to hire two candidates for the following "
                   "positions:\n- Head, Foresight Section (G22) (PDSF0101)\n- Head, Outreach Section (G22) (PDPO0102)\n"
                   "1. SUMMARY\nThe Directorate is recruiting for two senior management posts (A5).\n"
                   "Head, Foresight Section – leads a section of 8 staff producing foresight analyses.\n"
                   "Head, Outreach Section – leads a section of 6 staff responsible for engagement.\n")
    assert [p.post["staff_led"] for p in expand(parsed)] == [8, 6]


def test_a_units_size_said_with_another_post_heading_it():
    parsed = parse("Deputy Assistant Secretary General, Energy Security\nNATO Body: NATO International Staff\n"
                   "1. SUMMARY\nThe Division numbers approximately 80 staff and is headed by the Assistant Secretary "
                   "General for Energy Security. The DASG directly oversees two Directorates, totalling some 52 "
                   "staff.\n")
    assert parsed.post["staff_led"] == 52


def test_a_co_chairs_sharer_without_commas_before_the_groups_name():
    parsed = parse("Assistant Secretary General, Innovation\n1. SUMMARY\nThe ASG chairs the Science Board and "
                   "co-chairs with the Deputy Chair of the Military Committee the Emerging Technologies Group.\n")
    assert [(r["committee"], r["role"]) for r in parsed.rows["committees"]] == [
        ("Science Board", "chair"), ("Emerging Technologies Group", "co_chair")]
