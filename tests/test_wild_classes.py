"""Classes of wordings and layouts met in the fourteenth and fifteenth blind sets, one reworded line each."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from analysis.extract.header import split_labels
from analysis.extract.title import bare, trim
from analysis.ingest import read_document
from analysis.parse import expand, parse_document
from analysis.pipeline import Parsed, build
from analysis.segment import segment
from conftest import parse

_HEAD = "Head, Planning Section\nVacancy number: 270101\n1. SUMMARY\nThe Head leads the Section.\n"


def _html(tmp_path: Path, page: str) -> Parsed:
    """A page saved as an HTML file and read as the build reads it."""
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    return parse_document(read_document(tmp_path / "page.html"))


def _essential(*items: str) -> str:
    return _HEAD + "2. QUALIFICATIONS AND EXPERIENCE\nESSENTIAL\nThe incumbent must have:\n" + \
        "".join(f"- {item}\n" for item in items)


def _posts(text: str) -> list[dict]:
    """The posts a text gives, one record each (a notice of several posts gives several)."""
    return [p.post for p in expand(parse(text))]


def test_management_is_an_act_of_managing_and_what_is_managed():
    for line, years in (("at least 6 years' experience leading large engineering organisations;", 6),
                        ("a minimum of five years as the supervisor of a team of auditors;", 5),
                        ("4 years supervising a logistics team;", 4)):
        assert parse(_essential(line)).post["min_management_years"] == years, line
    assert parse(_essential("5 years managing complex procurement programmes;")).post["min_management_years"] is None


def test_a_managerial_kind_of_post_is_management():
    p = parse(_essential("at least 12 years of experience in finance, of which at least 4 years in an executive "
                         "leadership position;")).post
    assert (p["min_experience_years"], p["min_management_years"]) == (12, 4)


def test_the_whole_before_its_management_part_is_professional():
    p = parse(_essential("At least nine years in budget or management functions in a large organisation, including "
                         "no less than two years supervising staff;")).post
    assert (p["min_experience_years"], p["min_management_years"]) == (9, 2)


def test_the_currency_code_after_its_name_without_brackets():
    p = parse("Head, Planning Section\nSalary Pay Basis 9 876 Euro EUR Monthly\n1. SUMMARY\nText.\n").post
    assert p["salary_eur_monthly"] == 9876.0


def test_a_boards_range_gives_way_to_the_notices_own_pay():
    p = parse("Head, Planning Section\nSalary:\n$70,000 - $90,000 / YEAR\nJOB DESCRIPTION\n"
              "Salary (Pay Basis) : 8,100.50Euro (EUR) Monthly\n1. SUMMARY\nText.\n").post
    assert p["salary_eur_monthly"] == 8100.5


def test_pay_said_of_the_post_in_a_sentence():
    p = parse(_HEAD + "The basic monthly salary for this post is EUR 6,950.40, free of national income tax.\n").post
    assert p["salary_eur_monthly"] == 6950.4


def test_a_viewers_transcription_follows_its_list_of_other_documents():
    text = ("Vacancy Notice. Vacancy Number: 27014 Grade: A-3 Title: Engineer (Radar Systems)\n\nSimilar documents\n"
            "Vacancy Notice. Vacancy Number: 26031 Grade: B-5 Title: Technician (Test Equipment)\n\n"
            "Vacancy Notice. Vacancy Number: 26047 Grade: A-2 Title: Administrator (Contracts)\n\n"
            "Vacancy Number: B07/0926. Job Title: Assistant (Supply) NATO Grade: B-4\n\nTranscription\n"
            "1 Vacancy Notice Vacancy Number: 27014 Grade: A-3 Title: Engineer (Radar Systems)\n"
            "Closing Date: 12 May 2026\nNewly recruited staff will be offered a definite duration contract of 3 "
            "years.\n")
    p = parse(text)
    assert not p.failed
    assert (p.post["reference"], p.post["deadline"], p.post["contract_years"]) == ("27014", dt.date(2026, 5, 12), 3)


def test_a_title_and_labels_written_in_both_languages():
    p = parse("## Head, Budget Branch / Chef(fe), Branche Budget\n"
              "**Vacancy reference / Référence de l'avis :** 270611\n### 1. SUMMARY / RÉSUMÉ\nThe Head leads.\n").post
    assert (p["title"], p["reference"]) == ("Head, Budget Branch", "270611")


def test_a_notices_label_before_its_title_heading():
    assert parse("Vacancy Notice: Branch Head (Radar Engineering)\n1. SUMMARY\nText.\n").post["title"] == \
        "Branch Head (Radar Engineering)"


def test_competencies_run_together_without_colons():
    text = (_HEAD + "COMPETENCIES\nThe incumbent must demonstrate: Achievement (Sets and works to meet challenging "
            "goals), Empathy (Listens actively) and Teamwork (Cooperates and shares information).\nCONTRACT\nText.\n")
    rows = parse(text).rows["competencies"]
    assert [(r["competency"], r["descriptor"]) for r in rows] == [
        ("Achievement", "Sets and works to meet challenging goals"), ("Empathy", "Listens actively"),
        ("Teamwork", "Cooperates and shares information")]
    flat = _HEAD + "COMPETENCIES\nAchievement Sets goals Analytical Thinking Sees relationships\nCONTRACT\nX.\n"
    assert [r["competency"] for r in parse(flat).rows["competencies"]] == ["Achievement", "Analytical Thinking"]


def test_a_table_row_labelled_with_a_section_heading_opens_it():
    text = ("| Title | Staff Officer (Land Doctrine) |\n| Competencies | Initiative: Is decisive; Teamwork: Cooperates "
            "and shares information |\n| How to Apply | Through the online system. |\n")
    assert [r["competency"] for r in parse(text).rows["competencies"]] == ["Initiative", "Teamwork"]


def test_presiding_and_permanently_chairing_in_the_base_form():
    text = _HEAD + ("2. MAIN ACCOUNTABILITIES\n- preside over the Records Management Board;\n"
                    "- permanently chair the Programme Coordination Committee (PCC);\n")
    assert parse(text).post["committees_chaired"] == 2


def test_a_co_chairs_sharer_without_commas_before_the_groups_name():
    text = _HEAD + ("The Head co-chairs with a representative of the International Military Staff the Industry "
                    "Dialogue Steering Board which sets the yearly programme.\n")
    rows = parse(text).rows["committees"]
    assert [(r["committee"], r["role"]) for r in rows] == [("Industry Dialogue Steering Board", "co_chair")]


def test_contract_lengths_said_other_ways():
    for line, years in (("Contract: Fixed-term appointment of 2 years, renewable", 2),
                        ("Initial Contract\t3 years (definite duration)", 3),
                        ("The internship lasts 6 months and starts in September.", 0.5)):
        assert parse(f"Head, Planning Section\n{line}\n1. SUMMARY\nText.\n").post["contract_years"] == years, line


def test_direct_reports_said_to_the_reader():
    assert parse(_HEAD + "You will report to the Director. Three Project Managers report directly to you.\n"
                 ).post["direct_reports"] == 3


def test_careers_site_headings_in_the_second_person():
    text = ("Instructor (Cyber Courses)\nWe are looking for an Instructor.\nWhat you bring\n"
            "- At least 4 years of experience teaching adults;\nNice to have\n- 10 years in a CERT;\n")
    assert parse(text).post["min_experience_years"] == 4


def test_language_levels_when_the_headings_were_lost():
    text = ("Chef(fe) de section (Planification)\n1. RÉSUMÉLa Section planifie.2. QUALIFICATIONS ET EXPÉRIENCEESSENTIEL"
            "La personne titulaire du poste doit posséder les niveaux minimaux suivants dans les langues officielles "
            "de l'OTAN (anglais/français) : V (« Avancé ») dans l'une ; III (« Intermédiaire ») dans l'autre.\n")
    p = parse(text).post
    assert (p["lang_level_one"], p["lang_level_other"]) == (5, 3)


def test_one_posts_notice_laid_out_as_questions_is_a_notice():
    questions = ("**What is the post?**\nThe Director leads the Office.\n**Which grade, and what pay?**\n"
                 "NATO Grade G24. The basic salary is EUR 170,400 per year.\n**Who reports to the Director?**\n"
                 "Direct reports: 5.\n**What must candidates bring?**\n- at least 15 years of professional "
                 "experience;\n**When is the deadline?**\nApplications close on 17 May 2026.\n")
    p = parse("# Director, Research Support Office\n*Vacancy 270052*\n" + questions)
    assert not p.failed and p.post["direct_reports"] == 5
    assert parse("# How NATO recruits\n" + questions).failed  # the same questions without a post's title


def test_a_news_item_on_an_appointment_is_not_a_notice():
    text = ("Allied Command Transformation\nACT welcomes new Director of Capability Development\n"
            "NORFOLK, Virginia – 2 March 2027\nDr A. Person has taken up her duties as Director of Capability "
            "Development, a post graded NATO Grade G23 after vacancy 271377. The Director reports to the Chief of "
            "Staff.\n\"We will move faster,\" she said.\n")
    assert parse(text).failed
    plain = text.replace("NORFOLK, Virginia – 2 March 2027\n", "").replace("has taken up her duties as", "will be")
    assert not parse(plain.replace(" she said", "")).failed


def test_a_pages_banner_gives_the_deadline_when_the_notice_states_none(tmp_path):
    page = ("<html><body><nav><a href='/'>Home</a></nav><div class='banner banner--deadline'>Applications close on "
            "1st December 2026 at 23:59 GMT</div><main><h1>Head, Network Office</h1><p>Grade: G-21</p><h2>The role"
            "</h2><p>You will lead a team of 12.</p></main></body></html>")
    assert _html(tmp_path, page).post["deadline"] == dt.date(2026, 12, 1)
    assert _html(tmp_path, page.replace("You will", "Closing date: 20 November 2026. You will")).post["deadline"] == \
        dt.date(2026, 11, 20)


_TWO_POSTS = """NATO Standardization Office: two posts open for competition
The application deadline for both posts is 26 April 2027.
The NSO supports the development of NATO standards.
Post 1 – Staff Officer (Maritime Standardization)
Vacancy number: 270341
Grade: NATO Grade G15
The Staff Officer supports the Maritime Standardization Board and its working groups.
Essential requirements
- at least 4 years' experience in naval doctrine or standardization;
Post 2 – Section Head (Air Standardization)
Vacancy number: 270342
Grade: NATO Grade G18
The Section Head leads the Air Standardization Section (7 staff) and chairs the Air Terminology Panel.
Essential requirements
- at least 8 years' experience in air staff work, including 3 years managing staff;
For both posts
Successful candidates will be offered an initial definite-duration contract of 3 years.
"""


def test_posts_described_in_blocks_of_their_own_are_read_one_by_one():
    posts = [p.post for p in expand(parse(_TWO_POSTS))]
    assert [(p["title"], p["reference"], p["nato_grade"], p["min_experience_years"], p["staff_led"],
             p["committees_chaired"], p["deadline"], p["contract_years"]) for p in posts] == [
        ("Staff Officer (Maritime Standardization)", "270341", "G15", 4, None, 0, dt.date(2027, 4, 26), 3),
        ("Section Head (Air Standardization)", "270342", "G18", 8, 7, 1, dt.date(2027, 4, 26), 3)]
    assert posts[1]["min_management_years"] == 3 and posts[0]["min_management_years"] is None


def test_listed_positions_then_described_one_by_one_are_read_one_by_one():
    text = ("Exercise Planning - two posts-271388\nApplication Deadline: 04-Jan-2027, 11:59:00 PM\nDescription\n"
            "This competition will fill two posts in the Exercises Section:\n"
            "- Senior Officer, Exercise Planning (A.3/G17)\n- Assistant, Exercise Support (B.4/G10)\n"
            "1. SUMMARY\nThe Section runs the Alliance's exercises.\n2. THE POSTS\nSenior Officer, Exercise Planning\n"
            "The Senior Officer leads the Exercise Planning team of five staff.\n"
            "Essential: at least 8 years of experience in exercise design.\nAssistant, Exercise Support\n"
            "The Assistant registers participants.\nEssential: at least 3 years of experience in event support.\n"
            "3. CONTRACT\nThe successful applicants will be offered an initial contract of 3 years.\n")
    posts = _posts(text)
    assert [(p["title"], p["grade_code"], p["min_experience_years"], p["staff_led"], p["contract_years"])
            for p in posts] == [("Senior Officer, Exercise Planning", "A3", 8, 5, 3),
                                ("Assistant, Exercise Support", "B4", 3, None, 3)]


def test_a_block_notice_comes_back_whole_from_the_parse_cache():
    parsed = parse(_TWO_POSTS)
    again = Parsed.from_record(parsed.record())
    assert [p.post for p in expand(again)] == [p.post for p in expand(parsed)]


def test_a_table_row_of_labels_over_a_row_of_values():
    p = parse("CIVILIAN VACANCY NOTICE\n| Post Title | Post Number | Vacancy Number | NATO Grade | Closing Date |\n"
              "| Planning Analyst (Exercises) | TFS CAX 0120 | 18/051 | A-3 | 14 Sep 2018 |\n1. POST CONTEXT\nT.\n"
              ).post
    assert (p["title"], p["reference"], p["grade_code"], p["deadline"]) == (
        "Planning Analyst (Exercises)", "18/051", "A3", dt.date(2018, 9, 14))


def test_a_bilingual_table_row_of_label_and_value_cells():
    p = parse("| Vacancy reference: 150207 | Référence : 150207 |\n| Title: Executive Assistant, Office of the "
              "Director | Titre : Assistante/Assistant de direction, Bureau du Directeur |\n1. SUMMARY\nText.\n").post
    assert (p["title"], p["reference"]) == ("Executive Assistant, Office of the Director", "150207")


def test_the_page_title_names_the_post_when_no_heading_does(tmp_path):
    page = ("<html><head><title>NSO | Careers | Course Programme Assistant</title></head><body><main><p>Grade: B-4"
            "</p><h2>Main duties</h2><p>Registers course members.</p></main></body></html>")
    assert _html(tmp_path, page).post["title"] == "Course Programme Assistant"


def test_a_post_number_before_and_a_file_type_after_the_title():
    assert parse("CO-215: Contracts Officer (Logistics)\n1. SUMMARY\nText.\n").post["title"] == \
        "Contracts Officer (Logistics)"
    assert parse("docplayer.net\nMaritime Analyst (Plans) - PDF\n1. SUMMARY\nText.\n").post["title"] == \
        "Maritime Analyst (Plans)"


def test_a_table_of_vacancies_with_their_numbers_first_is_a_list():
    text = ("Current Civilian Vacancies\nVacancy No.\tPost Title\tGrade\tClosing Date\n"
            "25/003\tStaff Officer (Plans)\tNATO Grade G15\t25 February 2025\n"
            "25/004\tAssistant (Travel)\tNATO Grade G8\t25 February 2025\n"
            "25/006\tBranch Head (Budget)\tNATO Grade G20\t03 March 2025\n")
    assert parse(text).failed


def test_pay_after_a_tables_bar():
    assert parse("Head, X Branch\nBasic monthly salary (12 times a year), tax free | EUR 7,012.50\n1. SUMMARY\nT.\n"
                 ).post["salary_eur_monthly"] == 7012.5


def test_deadlines_under_labels_in_other_languages_are_day_first():
    for line, day in (("Date limite : 03/11/2025", dt.date(2025, 11, 3)), ("Bewerbungsschluss: 09.03.2025",
                      dt.date(2025, 3, 9)), ("Sluitingsdatum: 4 november 2025", dt.date(2025, 11, 4))):
        assert parse(f"Head, X Branch\n{line}\n1. SUMMARY\nText.\n").post["deadline"] == day, line
    us = "\n1. SUMMARY\nInterviews are planned for 12/15/2025.\n"  # a notice writing month first
    assert parse(f"Head, X Branch\nDeadline: 03/11/2025{us}").post["deadline"] == dt.date(2025, 3, 11)
    assert parse(f"Head, X Branch\nDate limite : 03/11/2025{us}").post["deadline"] == dt.date(2025, 11, 3)


def test_a_french_offer_number_is_the_reference():
    assert parse("Chef de section (Budget)\nNuméro de l'offre : 250812\n1. RÉSUMÉ\nTexte.\n").post["reference"] == \
        "250812"


def test_a_shared_sections_part_for_one_post():
    text = _TWO_POSTS.replace("Essential requirements\n- at least 4 years' experience in naval doctrine or "
                              "standardization;\n", "").replace(
        "Essential requirements\n- at least 8 years' experience in air staff work, including 3 years managing "
        "staff;\n", "").replace("For both posts\n", "2. QUALIFICATIONS\nFor Post 1, the incumbent must:\n- have at "
                                "least 4 years' experience in naval doctrine;\nFor Post 2, the incumbent must:\n- have "
                                "at least 8 years' experience in air staff work;\n3. CONTRACT\n")
    assert [p["min_experience_years"] for p in _posts(text)] == [4, 8]


def test_a_post_named_in_this_role():
    text = ("Plans, installs and maintains the exercise networks of the Centre.\nIn this role the Engineer (Exercise "
            "Systems) reports to the Head, CIS Support Branch.\nThe incumbent must have 4 years' experience.\n")
    assert parse(text).post["title"] == "Engineer (Exercise Systems)"


def test_a_header_field_named_like_a_section_is_no_section():
    p = parse("Technician (Radar Maintenance)\nContract: Fixed term\nVacancy Number: 17038\nGrade: B-4\n"
              "Closing Date: 23 June 2017\n1. GENERAL:\nApplications are invited.\n").post
    assert (p["title"], p["reference"], p["deadline"]) == ("Technician (Radar Maintenance)", "17038",
                                                           dt.date(2017, 6, 23))


def test_language_levels_written_every_way():
    for line, levels in (("- Language proficiency English/French VI/III", (6, 3)),
                         ("- official languages (English/French): Level V – Advanced in one;\n"
                          "  Level II – Elementary in the other.", (5, 2))):
        p = parse(_essential(line)).post
        assert (p["lang_level_one"], p["lang_level_other"]) == levels, line


def test_contract_lengths_in_a_section_and_in_words():
    for tail, years in (("5. CONTRACT\nContract: 3 years (definite duration). Serving staff keep theirs.\n", 3),
                        ("5. CONTRACT\nNewly recruited staff will be offered a three (3) year definite duration "
                         "contract.\n", 3)):
        assert parse(_HEAD + tail).post["contract_years"] == years, tail


def test_a_french_first_bilingual_notice_takes_the_english_title():
    text = ("## Chef(fe) de la Section Budget-270004\n### 1. RÉSUMÉ\nLa Section gère le budget.\n"
            "### 2. QUALIFICATIONS ET EXPÉRIENCE\nLa/le titulaire doit avoir 8 ans d'expérience.\n"
            "## Head, Budget Section-270004\n### 1. SUMMARY\nThe Section manages the budget.\n"
            "### 2. QUALIFICATIONS AND EXPERIENCE\nThe incumbent must have 8 years of experience.\n")
    assert parse(text).post["title"] == "Head, Budget Section"


def test_experience_in_a_support_role_at_management_level_is_not_management():
    p = parse(_essential("At least 5 years' experience as an executive assistant at senior management level.")).post
    assert (p["min_experience_years"], p["min_management_years"]) == (5, None)


def test_competencies_named_then_described_after_a_comma():
    text = (_HEAD + "COMPETENCIES\nCandidates will demonstrate: Achievement, setting challenging goals; Flexibility, "
            "adapting to unforeseen situations; and Teamwork, soliciting inputs.\nCONTRACT\nX.\n")
    assert [r["competency"] for r in parse(text).rows["competencies"]] == ["Achievement", "Flexibility", "Teamwork"]


def test_the_unit_a_post_leads_said_in_the_text():
    text = ("Deputy Assistant Secretary General, Civil Preparedness\n1. SUMMARY\nThe Division counts 160 staff and "
            "is headed by the ASG.\nThe Deputy Assistant Secretary General leads the Civil Preparedness Directorate "
            "(CPD). The Directorate is composed of four Sections (Policy, Planning, Support and Analysis), "
            "approximately 38 staff in total.\n")
    assert parse(text).post["staff_led"] == 38
    office = ("Director, Research Support Office\n1. SUMMARY\nThe Director leads the Research Support Office (RSO), "
              "the executive body of the Organization. The RSO has a staff of about 45 people.\n")
    assert parse(office).post["staff_led"] == 45


def test_a_units_total_after_its_parts_and_reports_among_a_team():
    p = parse("Head, Finance Branch\n1. SUMMARY\nThe Branch comprises three Sections (Budget, Accounts and Treasury) "
              "with a total of 23 staff.\n").post
    assert p["staff_led"] == 23
    p = parse(_HEAD + "The XO heads a team of nine staff in the Front Office and directly supervises three of them "
              "the Office Manager the Registry Supervisor and the Protocol Officer\n").post
    assert p["direct_reports"] == 3


def test_numbered_headings_run_into_their_paragraphs_in_ordinary_case():
    text = ("Director, Academic Planning Division\nVacancy notice NDC/VN/2027/03\n2. The Post The Director directs "
            "the Division, with 27 faculty and support staff.\n4. Qualifications Essential\n- Twelve years' "
            "professional experience in higher education.\n6. Contract Appointment will be for a definite duration "
            "of five (5) years.\n")
    p = parse(text).post
    assert (p["reference"], p["staff_led"], p["min_experience_years"], p["contract_years"]) == (
        "NDC/VN/2027/03", 27, 12, 5)


def test_reference_labels_stay_on_their_line():
    p = parse("EXTERNAL VACANCY NOTICE\nPost N°: FMB-0041\nRef. No: 2026_00512\nPost title: Head, Budget Branch\n"
              "1. SUMMARY\nText.\n").post
    assert p["reference"] == "2026_00512"
    assert parse("**VACANCY ANNOUNCEMENT No. CMRE-26-011**\nScientist (Acoustics)\n1. SUMMARY\nText.\n"
                 ).post["reference"] == "CMRE-26-011"


def test_applications_submitted_by_a_date():
    assert parse("STAFF VACANCY 270012\nTITLE Executive Officer\nApplications must be submitted by 11 January 2027 "
                 "2359 Brussels time\n1. SUMMARY\nText.\n").post["deadline"] == dt.date(2027, 1, 11)


def test_the_staff_a_post_manages_said_among_its_key_challenges():
    text = ("Deputy Senior Representative\nSummary\nThe incumbent directs the cooperation.\nKey Challenges\n"
            "Managing over 60 staff members under difficult security conditions;\nQualifications and Experience\n"
            "Possess a university degree.\n")
    assert parse(text).post["staff_led"] == 60


def test_posts_read_from_blocks_keep_their_own_ids_and_problems(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "two.txt").write_text(_TWO_POSTS, encoding="utf-8")
    frames = build(raw, tmp_path / "out").frames
    assert list(frames["posts"]["post_id"]) == ["270341", "270342"]
    problems = frames["problems"]
    assert set(problems["post_id"]) == {"270341", "270342"}
    assert (problems["field"] == "positions").sum() == 1


def test_a_taleo_notice_laid_out_in_a_form_is_read(tmp_path):
    page = ("<html><body><form id='requisitionDescriptionInterface'><h1>Head, Talent Acquisition-271622</h1>"
            "<p><strong>1. SUMMARY</strong></p><p>The Head has line-management responsibility for the Service, a "
            "team of 17 staff.</p><p><strong>2. QUALIFICATIONS AND EXPERIENCE</strong></p><ul><li>have at least ten "
            "years of experience;</li></ul></form></body></html>")
    p = _html(tmp_path, page)
    assert not p.failed and (p.post["reference"], p.post["staff_led"]) == ("271622", 17)


def test_a_content_block_is_not_narrowed_to_one_heading(tmp_path):
    page = ("<html><body><main><h1>Intern (Curriculum Support)</h1><p>Reference: NSO-INT-2026-07 | Applications "
            "close: 30 June 2026</p><h2>The internship</h2><p>The NATO School offers an internship. The internship "
            "lasts 6 months.</p><h2>Who can apply</h2><ul><li>Students in the final year of a university degree;</li>"
            "</ul><h2>What we offer</h2><p>Travel costs.</p></main></body></html>")
    assert _html(tmp_path, page).post["contract_years"] == 0.5


def test_direct_reports_listed_by_their_posts():
    for row, n in (("Direct reports: the three Section Heads and the Executive Assistant", 4),
                   ("Direct reports: the Planning Officer, the two Coordination Assistants and the Registry Supervisor",
                    4)):
        assert parse(_HEAD + "Oversee the two Section Heads.\n4. INTERRELATIONSHIPS\n" + row + "\n"
                     ).post["direct_reports"] == n, row


def test_chair_roles_with_a_sponsor_or_ex_officio():
    text = _HEAD + ("2. ACCOUNTABILITIES\nThe Head chairs, on behalf of the Secretary General, the Harbour "
                    "Protection Group (HPG). The Head is ex officio Chair of the Funding Review Panel (FRP).\n")
    assert parse(text).post["committees_chaired"] == 2


def test_other_ways_of_leading_a_unit():
    for line, n in (("The XO steers the Front Office, a team of 6, and supports the ASG.", 6),
                    ("The XO has line-management responsibility for the Coordination Cell, a team of seven that "
                     "handles tasking.", 7),
                    ("The XO leads the Clinic, a team of 7 medical and administrative staff.", 7)):
        assert parse(f"Executive Officer\n1. SUMMARY\n{line}\n").post["staff_led"] == n, line


def test_a_units_size_under_another_post_and_parts_of_a_count_are_not_led():
    p = parse("Deputy Assistant Secretary General, Industry\n1. SUMMARY\nThe Division, roughly 85 staff under an "
              "Assistant Secretary General, helps Allies. The Deputy Assistant Secretary General has line-management "
              "responsibility for the Industry Directorate, which numbers 47 staff.\n").post
    assert p["staff_led"] == 47
    p = parse("Assistant Secretary General for Resilience\n1. SUMMARY\nThe ASG steers a Division of some one hundred "
              "and twenty staff members including the 14 staff of the Hub in Vilnius.\n").post
    assert p["staff_led"] == 120  # the 14 are a part of it


def test_years_said_after_the_act_of_managing():
    p = parse(_essential("have at least seven years' relevant experience in intelligence;",
                         "have supervised staff for at least two years;")).post
    assert (p["min_experience_years"], p["min_management_years"]) == (7, 2)


def test_years_of_practice_are_experience():
    p = parse(_essential("A minimum of ten (10) years of clinical practice, of which at least five (5) years in "
                         "occupational medicine;")).post
    assert p["min_experience_years"] == 10


def test_dot_leaders_site_names_and_contract_types():
    p = parse("Executive Officer (Logistics) – jobs-nl.eu\nSTAFF VACANCY ............ 270117\n"
              "Contract TypeDefinite duration (3 years)\n1. SUMMARY\nText.\n").post
    assert (p["title"], p["reference"], p["contract_years"]) == ("Executive Officer (Logistics)", "270117", 3)


def test_a_page_about_vacancies_in_general_is_not_a_notice():
    text = ("Careers at NATO Headquarters\nWhat we offer\n- A tax-free salary: posts at NATO Grade G15 start at around "
            "6,400 EUR per month.\nHow to apply\n1. Browse the current vacancies. Each vacancy notice gives the grade, "
            "the salary and the application deadline.\nLanguage requirements\nFor most professional posts this is "
            "V (\"Advanced\") in one and I (\"Beginner\") in the other.\n")
    assert parse(text).failed


def test_the_number_written_with_the_title_over_another_posts_in_the_text():
    p = parse("Senior Assistant (Budget Execution)-270291\nThe post supports the Budget Officer (vacancy 270290), NATO "
              "Grade G17.\n1. SUMMARY\nText.\n").post
    assert p["reference"] == "270291"


def test_a_boards_deadline_label_in_another_language_gives_way_to_the_notices():
    p = parse("Assistant (Budget)\nReageren voor: 31-03-2018\nVacancy Number: B03/0218\nClosing Date: 26 March 2018\n"
              "1. GENERAL\nText.\n").post
    assert p["deadline"] == dt.date(2018, 3, 26)


def test_a_bare_closing_label_is_a_boards_unless_the_notice_states_none():
    assert parse("Assistant (Records)\nClosing: 19/01/2027\n1. SUMMARY\nText.\n").post["deadline"] == \
        dt.date(2027, 1, 19)
    p = parse("Assistant (Budget)\nPosted 3 days ago · Closing: 31 Oct 2026\nClosing Date: 2 November 2026\n"
              "1. SUMMARY\nText.\n").post
    assert p["deadline"] == dt.date(2026, 11, 2)


def test_language_rows_named_by_the_language():
    text = ("VACANCY NOTICE - SHORT FORM\nPosition: Administrative Assistant (Records)\nExperience (essential): min. 3 "
            "yrs of professional experience\nExperience (desirable): work in an aviation environment\n"
            "English: Advanced (V)\nFrench: Beginner (I)\nCompetencies: Achievement; Clarity and Accuracy; "
            "Organisational Commitment; Teamwork\nContract: definite duration, 3 years; renewable\n")
    p = parse(text).post
    assert (p["min_experience_years"], p["lang_level_one"], p["lang_level_other"], p["competency_count"],
            p["contract_years"]) == (3, 5, 1, 4, 3)
    assert parse(_essential("Level of English required: Advanced (V)")).post["lang_level_one"] == 5


def test_a_numbered_list_of_titles_is_a_list_of_vacancies():
    text = ("My job alerts\n7 new jobs match your alert\n1. Officer, Climate Policy\n   NATO IS · Deadline 23-Nov-26\n"
            "2. Principal Assistant (Budget)\n   NSPA · Grade B-5\n3. Head, Cyber Operations Section\n   NCIA · G20\n")
    assert parse(text).failed


def test_employer_glued_after_a_bracket_and_a_competency_heading_in_the_second_person():
    assert parse("Branch Head (Exercise Support)NATO\n1. SUMMARY\nText.\n").post["title"] == \
        "Branch Head (Exercise Support)"
    text = _HEAD + "### How we expect you to work\n- Achievement: Sets and works to meet challenging goals\n"
    assert parse(text).post["competency_count"] == 1


def test_hundreds_written_in_words():
    for line, n in (("The Head leads the Service, some two hundred and forty staff members in four Branches.", 240),
                    ("The Head directs a Division of three hundred staff.", 300)):
        assert parse(_HEAD.replace("The Head leads the Section.", line)).post["staff_led"] == n, line


def test_a_team_of_members_named_by_their_posts_before_a_participle():
    line = "The Head manages a small team of four budget analysts working on the annual estimates."
    assert parse(_HEAD.replace("The Head leads the Section.", line)).post["staff_led"] == 4


def test_a_numeric_date_either_way_round_is_read_in_the_notices_own_order():
    head = "Head, Planning Section\nClosing date: 09/03/2026\n1. SUMMARY\nThe Head leads the Section.\n"
    assert parse(head).post["deadline"] == dt.date(2026, 3, 9)  # day first, as NATO writes dates
    us = head + "Interviews are planned for the week of 03/23/2026.\n"  # the notice writes month first
    assert parse(us).post["deadline"] == dt.date(2026, 9, 3)


def test_an_ambiguous_date_gives_way_to_one_written_plainly():
    p = parse("Head, Planning Section\nDeadline: 08/11/2025\nVacancy Number: 260101 | Application closing date: 2 "
              "December 2025\n1. SUMMARY\nThe Head leads the Section.\n")
    assert p.post["deadline"] == dt.date(2025, 12, 2)
    assert any("disagrees" in r["message"] for r in p.problems)


def test_a_body_code_after_the_word_vacancy_is_the_reference():
    for head, ref in (("VACANCY NOTICE JWC 26/04", "JWC 26/04"),
                      ("Vacancy NSO 27-11: Head, Planning Section", "NSO 27-11"),
                      ("Competition: SHAPE/J5/26/014", "SHAPE/J5/26/014"),
                      ("Vacancy reference: STO/CMRE 26/003", "STO/CMRE 26/003")):
        assert parse(f"{head}\nHead, Planning Section\n1. SUMMARY\nThe Head leads the Section.\n"
                     ).post["reference"] == ref, head


def test_a_label_in_sentence_case_before_a_figure_without_its_colon():
    p = parse("Head Planning Section\nVacancy number 261145\nRequisition ID 40112\nClosing date 3 March 2026 at 23 59\n"
              "1 SUMMARY\nThe Head leads the Section\n").post
    assert (p["reference"], p["deadline"]) == ("261145", dt.date(2026, 3, 3))


def test_the_chief_of_a_unit_heads_it():
    from analysis.extract.header import family_of
    assert [family_of(t) for t in ("Chief, Contracting Branch", "Chief Network Services Section",
                                   "Chief of the Medical Unit", "Chief of Staff", "Chief Financial Officer")] == \
        ["Head", "Head", "Head", None, "Officer"]


def test_a_competency_list_ends_at_a_name_alone_that_heads_what_follows():
    p = parse(_HEAD + "5. COMPETENCIES\n- Achievement: Sets and works to meet challenging goals;\n"
              "- Teamwork: Cooperates and shares information.\nBenefits\nNATO basic salary: EUR 4,100.00 per month.\n")
    assert p.post["competency_count"] == 2


def test_a_sentence_broken_by_a_page_break_is_joined_again():
    p = parse(_essential("At least 9 years of experience in logistics, including a minimum of 3") +
              "\nNATO UNCLASSIFIED\n\nPage 2 of 3\n\nyears in a supervisory role.\n")
    assert (p.post["min_experience_years"], p.post["min_management_years"]) == (9, 3)


def test_sub_section_numbers_before_headings():
    from analysis.segment import heading_of, make_lines
    assert [heading_of(make_lines(t)[0])[0] for t in ("3.1 Essential", "3.2 Desirable", "4.1.2 Competencies")] == \
        ["essential", "desirable", "competencies"]
    p = parse("Head, Planning Section\n2. Requirements\n2.1 Desirable\n- 4 years of experience in defence.\n"
              "2.2 Essential\n- 8 years of experience in planning.\n")
    assert p.post["min_experience_years"] == 8  # the desirable 4 is not the minimum


def test_a_language_then_its_level_without_a_colon():
    for line in ("Minimum language profile: English IV, French II;", "English Upper Intermediate (IV); French "
                 "Elementary (II)."):
        p = parse(_essential(line)).post
        assert (p["lang_level_one"], p["lang_level_other"]) == (4, 2), line


def test_a_figure_in_words_and_digits_before_a_management_level():
    p = parse(_essential("a minimum of twelve (12) years of experience in policy, of which at least six (6) at senior "
                         "management level;")).post
    assert (p["min_experience_years"], p["min_management_years"]) == (12, 6)


def test_what_the_pay_is_for_between_its_label_and_the_amount():
    p = parse(_HEAD + "Basic monthly salary on appointment: EUR 9,204.10, exempt from national income tax.\n").post
    assert p["salary_eur_monthly"] == 9204.1


def test_a_short_post_above_its_jobs_preview_is_not_the_notice(tmp_path):
    page = ("<html><body><article><p>We're hiring! Join us as Head, Planning Section. #NATO #Jobs</p>"
            "<p>1,204 reactions · 31 comments</p></article><section><h2>Head, Planning Section</h2>"
            "<p>Vacancy reference: 260777 · Grade: A.4</p><p>The Head leads the Planning Section, a team of "
            "approximately 12 staff, and chairs the Planning Board. The successful candidate will be offered a "
            "definite duration contract of three years. The Section prepares the plans of the Agency and "
            "coordinates them with the commands.</p></section></body></html>")
    p = _html(tmp_path, page).post
    assert (p["reference"], p["staff_led"]) == ("260777", 12)


def test_posts_numbered_alone_with_their_titles_under_a_label():
    text = ("CIVILIAN VACANCY ANNOUNCEMENT - TWO POSTS\n\nPOST 1\nVacancy Number: 270501\n"
            "Job Title: Staff Officer (Plans)\n"
            "NATO Grade: 15 (A-2)\n\nPOST 2\nVacancy Number: 270502\nJob Title: Staff Assistant (Registry)\n"
            "NATO Grade: 10 (B-3)\n\nClosing date for both posts: 9 May 2026.\n\nPOST 1 - ESSENTIAL QUALIFICATIONS\n"
            "- A minimum of 6 years of experience in operational planning.\n\nPOST 2 - ESSENTIAL QUALIFICATIONS\n"
            "- A minimum of 3 years of experience in records management.\n")
    posts = _posts(text)
    assert [(p["title"], p["reference"], p["grade_code"], p["min_experience_years"], p["deadline"]) for p in posts] == [
        ("Staff Officer (Plans)", "270501", "A2", 6, dt.date(2026, 5, 9)),
        ("Staff Assistant (Registry)", "270502", "B3", 3, dt.date(2026, 5, 9))]


def test_a_vacancys_code_before_the_title_and_a_french_title_before_the_english_one():
    from analysis.extract.title import trim
    assert trim("Vacancy JWC 26-07: Head, Training Branch") == "Head, Training Branch"
    assert trim("Chef, Section des achats / Head, Purchasing Section") == "Head, Purchasing Section"


def test_a_header_flattened_onto_one_line_without_colons():
    text = ("Officer, Resource Planning - 261901 Primary Location Belgium-Brussels NATO Body NATO International Staff "
            "(NATO IS) Schedule Full-time Application Deadline 02-Jun-2026, 11:59:00 PM Description: SUMMARY The "
            "Division plans the resources of the Organization.\n")
    p = parse(text).post
    assert (p["title"], p["reference"], p["deadline"]) == ("Officer, Resource Planning", "261901", dt.date(2026, 6, 2))


def test_small_shapes_of_header_values():
    for head, field, value in (("NATO Grade G9 B4", "grade_code", "B4"),  # the other system after a space
                               ("Type of contract: Definite duration, 2 years (initial)", "contract_years", 2),
                               ("**Vacancy ID / Numéro d'avis :** 270066", "reference", "270066"),
                               ("The closing date for this competition is Friday, 6 March 2026.", "deadline",
                                dt.date(2026, 3, 6))):
        p = parse(f"Head, Planning Section\n{head}\n1. SUMMARY\nThe Head leads the Section.\n").post
        assert p[field] == value, head


def test_the_size_of_another_unit_named_with_its_own_words_is_not_led():
    p = parse("Head, Supply Branch\n1. SUMMARY\nThe Division has two branches. The Transport Branch (21 staff) "
              "moves goods. The Head leads the Supply Branch.\n").post
    assert p["staff_led"] is None  # 21 are another Branch's


def test_what_a_post_is_said_to_lead_before_the_size_of_its_unit():
    p = parse("Deputy Director, Support Office\n1. SUMMARY\nThe Support Office, approximately 80 staff, serves the "
              "panels. The Deputy Director assists the Director in leading the Office and directly leads the Finance "
              "Division of 17 staff.\n").post
    assert p["staff_led"] == 17


def test_the_subject_of_a_relative_clause_is_another_post():
    p = parse("Director, Logistics\n1. SUMMARY\nThe Director is supported by a Deputy Director (grade G20) who "
              "leads the "
              "Directorate's Planning Office of 30 staff.\n").post
    assert p["staff_led"] is None


def test_a_table_of_committees_with_a_column_of_roles():
    p = parse(_HEAD + "Committees:\n\n| Body | Role |\n|---|---|\n| Logistics Planning Committee | Chair |\n"
              "| Movement Coordination Board | Co-chair |\n| Resource Policy Board | Member |\n"
              "| Audit Advisory Board | Secretary |\n")
    assert p.post["committees_chaired"] == 2
    assert [r["role"] for r in p.rows["committees"]] == ["chair", "co_chair", "serves", "supports"]


def test_posts_reporting_joined_by_and_the():
    p = parse(_HEAD.replace("The Head leads the Section.", "Three Team Leaders and the Section Assistant report "
                            "directly "
                            "to the Head.")).post
    assert p["direct_reports"] == 4


def test_questions_that_head_a_posts_sections():
    p = parse("Head, Planning Section\nVacancy number: 270101\n**What will you do?**\nThe Head leads the Section of 9 "
              "staff.\n**Who are you?**\n- At least 7 years of experience in planning.\n**Which competencies will be "
              "assessed?**\n- Achievement: Sets and works to meet challenging goals;\n- Teamwork: Cooperates and "
              "shares information.\n").post
    assert (p["staff_led"], p["min_experience_years"], p["competency_count"]) == (9, 7, 2)


def test_a_languages_section_and_a_language_named_before_its_level():
    for block, levels in (("LANGUAGES\nEnglish         V (Advanced)\nFrench          II (Elementary)\n", (5, 2)),
                          ("Language Requirements: Level IV (Upper Intermediate) in English and Level II (Elementary) "
                           "in French.\n", (4, 2))):
        p = parse(_HEAD + block).post
        assert (p["lang_level_one"], p["lang_level_other"]) == levels, block
    assert parse("Head, Planning Section\nNATO - Careers\nLanguages\nEach notice states the levels required; for most "
                 "posts this is V (\"Advanced\") in one and I (\"Beginner\") in the other.\n").failed


def test_language_levels_written_otherwise():
    for line, levels in (("Languages (NATO scale): V – Advanced (English) / III – Intermediate (French).", (5, 3)),
                         ("Language proficiency (English/French): IV / II", (4, 2)),
                         ("level five (\"Advanced\") in one official language and level two (\"Elementary\") in the "
                          "other;", (5, 2)),
                         ("Advanced in one official language and Elementary in the other.", (5, 2))):
        p = parse(_essential(line)).post
        assert (p["lang_level_one"], p["lang_level_other"]) == levels, line


def test_headings_with_a_note_a_part_or_only_their_word():
    for heading in ("QUALIFICATIONS (ALL POSTS)", "Qualifications – essential", "3.1 Essential"):
        p = parse(_HEAD + f"{heading}\n- At least 7 years of experience in planning.\n").post
        assert p["min_experience_years"] == 7, heading
    for heading in ("Core behavioural competencies", "Which competencies matter to us?"):
        p = parse(_HEAD + f"{heading}\n- Achievement: Sets and works to meet challenging goals;\n"
                  "- Teamwork: Cooperates and shares information.\n").post
        assert p["competency_count"] == 2, heading


def test_a_french_first_notice_takes_the_english_versions_own_title():
    text = ("AVIS DE VACANCE DE POSTE N° JWC 26/03\n\nChef de la section de la formation\nGrade : A.4\n\n1. CONTEXTE\n"
            "La section forme les états-majors.\n2. QUALIFICATIONS\n- sept ans d'expérience.\n3. COMPÉTENCES\n"
            "- Atteinte des objectifs ;\n\nVACANCY NOTICE No JWC 26/03\n\nHead, Training Section\nGrade: A.4\n\n"
            "1. SUMMARY\nThe Section trains staffs.\n2. QUALIFICATIONS\n- seven years of experience.\n3. COMPETENCIES\n"
            "- Achievement: Sets and works to meet challenging goals;\n")
    p = parse(text).post
    assert (p["title"], p["reference"], p["competency_count"]) == ("Head, Training Section", "JWC 26/03", 1)


def test_staff_counts_and_reports_said_otherwise():
    for line, field, n in (("The Head directs 12 civilian staff and 4 military personnel across two teams.",
                            "staff_led", 16),
                           ("The Planning Section, comprising nine civilian staff, keeps the plans. The Head leads "
                            "the Section.", "staff_led", 9),
                           ("The Head is the first-line supervisor for three staff: two Officers and an Assistant.",
                            "direct_reports", 3),
                           ("The deputy and the two team leaders report to the Head: three direct reports in total.",
                            "direct_reports", 3)):
        assert parse(_HEAD.replace("The Head leads the Section.", line)).post[field] == n, line


def test_a_boards_line_of_facts_and_apply_by_give_way_to_the_notices_deadline():
    p = parse("Head, Planning Section\nJob ID 4411 · Posted 3 days ago · Apply by 30 Apr 2026\nApplication deadline: "
              "20 April 2026\n1. SUMMARY\nThe Head leads the Section.\n").post
    assert p["deadline"] == dt.date(2026, 4, 20)
    p = parse(_HEAD + "Applications must be received by 11:59 p.m. (Brussels time) on Monday 4 May 2026.\n").post
    assert p["deadline"] == dt.date(2026, 5, 4)


def test_references_and_titles_as_portals_show_them(tmp_path):
    assert parse("Head, Planning Section\n- 🔖 ACT-26-014\n1. SUMMARY\nThe Head leads the Section.\n"
                 ).post["reference"] == "ACT-26-014"
    assert parse("Job Description - Head, Planning Section (261188)Head, Planning Section-261188\n1. SUMMARY\nThe Head "
                 "leads the Section.\n").post["title"] == "Head, Planning Section"
    page = ("<html><body><h1>Head, Planning Section</h1><div><p>🔍 Belgium</p><p>💼 261190 Requisition #</p></div>"
            "<div><h2>Summary</h2><p>The Head leads the Section of 8 staff.</p><h2>Qualifications</h2><p>Application "
            "Deadline: 3 May 2026</p></div></body></html>")
    assert _html(tmp_path, page).post["reference"] == "261190"


def test_french_pay_and_contract_said_of_the_appointment():
    p = parse(_HEAD + "Traitement de base mensuel : 5 204,10 EUR, exonéré d'impôt.\nThe initial appointment is for "
              "two years.\n").post
    assert (p["salary_eur_monthly"], p["contract_years"]) == (5204.1, 2)


def test_a_committees_chairmanship_taken_in_turn():
    p = parse(_HEAD.replace("The Head leads the Section.", "The Head alternates the chairmanship of the Planning "
                            "Working Group with the host nation."))
    assert p.post["committees_chaired"] == 1


def test_committees_named_in_turn_and_a_chair_coordinated_with_another():
    p = parse(_HEAD.replace("The Head leads the Section.", "The Head chairs the Group of Logistics Experts (GLE) and "
                            "the Movement Planning Working Group (MPWG), and attends the Panel Chairs' Council."))
    assert p.post["committees_chaired"] == 2
    p = parse(_HEAD.replace("The Head leads the Section.", "The Head is the Chair of the Planning Committee and the "
                            "permanent Chair of the Resources Board."))
    assert [r["role"] for r in p.rows["committees"]] == ["chair", "permanent_chair"]


def test_staff_with_four_modifiers_served_staff_and_line_management_as_a_noun():
    for line, field, n in (("The Head leads a Section of approximately 15 international civilian and military staff.",
                            "staff_led", 15),
                           ("The Head has direct line management of 4 Team Leaders.", "direct_reports", 4)):
        assert parse(_HEAD.replace("The Head leads the Section.", line)).post[field] == n, line
    p = parse(_HEAD.replace("The Head leads the Section.", "Within the Division, the Section designs and runs "
                            "the policies that apply to some 1,300 staff members.")).post
    assert p["staff_led"] is None


def test_management_as_one_of_two_fields_is_professional_experience():
    p = parse(_essential("at least 6 years' relevant experience in policy coordination or in the management of a "
                         "senior official's office;")).post
    assert (p["min_experience_years"], p["min_management_years"]) == (6, None)


def test_acos_supervisory_item_and_a_units_chief():
    text = ("Branch Chief (Training Support)\nGrade: NG17\n1. POST CONTEXT\nThe Branch supports training.\n"
            "2. ATTRIBUTES/COMPETENCIES\nd. Supervisory Responsibilities: The Branch Chief leads the Branch of 12 "
            "staff and has 3 direct reports.\n")
    p = parse(text).post
    assert (p["post_family"], p["staff_led"], p["direct_reports"]) == ("Head", 12, 3)


def test_the_post_that_reports_is_not_its_staff():
    p = parse(_HEAD.replace("The Head leads the Section.", "The Head leads the Unit of 6 staff and reports to the Head "
                            "Planning Branch.")).post
    assert (p["staff_led"], p["direct_reports"]) == (6, None)


def test_a_role_over_a_list_of_names_below():
    p = parse(_HEAD + "The incumbent chairs:\n\n- the Planning Coordination Group;\n- the Resources Working Group.\n")
    assert p.post["committees_chaired"] == 2


def test_notes_around_a_title_and_pages_that_say_they_are_no_posting():
    from analysis.extract.title import trim
    assert trim("Planning Officer (m/f/d)") == "Planning Officer"
    assert trim("Senior Assistant – re-advertisement") == "Senior Assistant"
    body = "\nVacancy reference: 270101\nGrade: A4\n1. SUMMARY\nThe Head leads the Section.\n2. QUALIFICATIONS\n" \
           "- 7 years of experience.\n3. COMPETENCIES\n- Achievement: Sets and works to meet challenging goals;\n"
    assert not parse("Head, Planning Section" + body).failed
    assert parse("CANCELLATION\nThe competition for the post below has been cancelled.\nHead, Planning Section"
                 + body).failed
    assert parse("An annotated example notice (this page is not a job advertisement)\nHead, Planning Section" + body
                 ).failed


def test_header_values_written_otherwise():
    for head, field, value in (("Closing: COB 20 Apr 2026 (17:00 CET)", "deadline", dt.date(2026, 4, 20)),
                               ("Deadline: 20.04.26", "deadline", dt.date(2026, 4, 20)),
                               ("PAY: 5 210,40 € basic salary per month, tax-free", "salary_eur_monthly", 5210.4),
                               ("Terms: a 18-month temporary contract", "contract_years", 1.5)):
        p = parse(f"Head, Planning Section\nGrade: A-4\n{head}\n1. SUMMARY\nThe Head leads the Section.\n").post
        assert p[field] == value, head
    p = parse("Head, Planning Section\nGrade: A-4\nContract: definite duration, 36 months in the first instance\n"
              "Closing date: 20 April 2026\n\n1. SUMMARY\nThe Head leads the Section.\n").post
    assert (p["deadline"], p["contract_years"]) == (dt.date(2026, 4, 20), 3)


def test_a_level_in_digits_before_its_language():
    p = parse(_essential("Languages: Level 4 (Upper Intermediate) English, Level 1 (Beginner) French;")).post
    assert (p["lang_level_one"], p["lang_level_other"]) == (4, 1)


def test_a_domain_ending_in_management_and_a_post_count_after_a_title():
    p = parse(_essential("Minimum seven years' experience in fuel logistics or supply chain management.")).post
    assert (p["min_experience_years"], p["min_management_years"]) == (7, None)
    p = parse("Head of Section (2 posts)-270101\n1. SUMMARY\nThe Sections lead policy work.\n").post
    assert p["staff_led"] is None


def test_a_reference_whose_body_code_holds_an_ampersand():
    p = parse("Procurement Assistant\n| **Reference** | NAEW&C-E3A 26/014 |\n1. SUMMARY\nThe Assistant buys.\n").post
    assert p["reference"] == "NAEW&C-E3A 26/014"


def test_a_post_named_in_prose_by_what_it_does():
    text = ("Primary Location\nNetherlands-Brunssum\nGrade\nNATO Grade G9\nPost Context\nThe Section runs the radios. "
            "The Technician (Radio Systems) operates and maintains the radio equipment of the headquarters.\n")
    assert parse(text).post["title"] == "Technician (Radio Systems)"


def test_a_summary_of_header_fields_at_the_notices_end():
    text = (_HEAD + "2. QUALIFICATIONS AND EXPERIENCE\nESSENTIAL\n- 7 years of experience.\n\nVACANCY SUMMARY\n"
            "Vacancy Reference ........ ACT/2026/031\nGrade .................... A3 / NATO Grade 17\n"
            "Closing Date ............. 15 March 2026\n")
    p = parse(text).post
    assert (p["grade_code"], p["nato_grade"], p["deadline"]) == ("A3", "G17", dt.date(2026, 3, 15))


def test_roles_refused_or_taken_and_a_count_broken_down():
    line = ("The Head takes the chair of the Planning Board and attends, without chairing, the Resources Committee. "
            "The Head line-manages four staff: two Officers, one Assistant and one Clerk.")
    p = parse(_HEAD.replace("The Head leads the Section.", line))
    assert [r["role"] for r in p.rows["committees"]] == ["chair"]
    assert (p.post["committees_chaired"], p.post["direct_reports"], p.post["staff_led"]) == (1, 4, None)


def test_levels_below_their_intro_and_a_stated_date_order():
    p = parse(_essential("possess the following minimum levels of NATO's official languages (English/French):",
                         "V (\"Advanced\") in one; II (\"Elementary\") in the other.")).post
    assert (p["lang_level_one"], p["lang_level_other"]) == (5, 2)
    for line, day in (("Applications close: 03/02/2026 (dd/mm/yyyy)", dt.date(2026, 2, 3)),
                      ("Applications close: 03/02/2026 (MM/DD/YYYY)", dt.date(2026, 3, 2))):
        assert parse(f"Head, Planning Section\n{line}\n1. SUMMARY\nT.\n").post["deadline"] == day, line


def test_pages_about_a_filled_post_or_a_sample_form_are_no_notices():
    body = "\nVacancy reference: 270101\nGrade: A4\n1. SUMMARY\nThe Head leads the Section.\n2. QUALIFICATIONS\n" \
           "- 7 years of experience.\n3. COMPETENCIES\n- Achievement: Sets and works to meet challenging goals;\n"
    assert parse("Staff news\nThe vacancy below has now been filled.\nHead, Planning Section" + body).failed
    assert parse("SAMPLE - Completed Application Form\nHead, Planning Section" + body).failed


def test_a_list_of_competencies_ends_before_the_pay_and_a_grade_after_the_title():
    p = parse(_HEAD + "5. COMPETENCIES\n- Achievement: Sets and works to meet challenging goals;\n- Teamwork: "
              "Cooperates and shares information.\n- Basic annual salary: EUR 48,540.00 (tax-free).\n").post
    assert p["competency_count"] == 2
    assert parse("Scenario Analyst, NATO Grade 15\n1. SUMMARY\nThe Analyst builds scenarios.\n"
                 ).post["title"] == "Scenario Analyst"


def test_the_unit_a_title_names_is_its_last_unit_noun():
    p = parse("Head, Service Operations Branch\n1. SUMMARY\nThe Branch comprises 26 staff in four Sections.\n").post
    assert p["staff_led"] == 26


def test_a_job_req_label_and_allowances_said_before_the_pay():
    p = parse("Head, Planning Section\nJob Req. 270311\nBasic monthly salary (12 times per year), exclusive of "
              "allowances: EUR 8,104.20, tax-free.\n1. SUMMARY\nThe Head leads the Section.\n").post
    assert (p["reference"], p["salary_eur_monthly"]) == ("270311", 8104.2)


def test_a_plain_text_table_of_languages_and_levels():
    p = parse(_essential("Language proficiency as shown in the table below (NATO scale):") +
              "\n      Language   | Minimum Level\n      English    | IV (Upper Intermediate)\n"
              "      French     | II (Elementary)\n").post
    assert (p["lang_level_one"], p["lang_level_other"]) == (4, 2)


def test_a_working_group_the_post_only_attends_names_a_committee():
    text = _HEAD + "2. DUTIES\n- Speaks for the Section in the Data Standards Working Group, which the Branch chief " \
        "leads.\n"
    assert parse(text).post["committees_chaired"] == 0
    assert parse(_HEAD + "2. DUTIES\n- Speaks for the Section in the Data Standards Group.\n").post[
        "committees_chaired"] is None  # a "Group" alone may be a unit of staff


def test_a_possessive_before_a_committees_name_is_not_part_of_it():
    text = _HEAD + "2. DUTIES\nThe Head chairs the Division's Capability Review Board.\n- chair the Capability " \
        "Review Board and decide on its agenda;\n"
    assert parse(text).post["committees_chaired"] == 1


def test_an_acronym_alone_joined_to_a_name_is_the_committee_named_before():
    text = _HEAD + "2. DUTIES\nThe Head chairs the Standards Steering Committee (SSC) and the Data Board.\n" \
        "- Engagement: chair the SSC and the Data Board, and keep in touch with the Nations.\n"
    assert parse(text).post["committees_chaired"] == 2


def test_a_list_of_header_fields_above_the_block_of_headings_is_read(tmp_path):
    page = ("<html><body><main><h1>Partnerships Officer</h1><ul class='facts'><li>Team: Partnerships</li>"
            "<li>Grade: NATO Grade G16</li><li>Salary: EUR 7,200.00 monthly, tax-free</li></ul>"
            "<div><h2>About the role</h2><p>As Partnerships Officer you will manage agreements with the test "
            "centres of the Allies and report on their performance to the Head of Partnerships.</p>"
            "<h2>What you'll bring</h2><ul><li>At least six years of professional experience in partnerships;</li>"
            "</ul></div></main></body></html>")
    p = _html(tmp_path, page).post
    assert (p["nato_grade"], p["salary_eur_monthly"], p["min_experience_years"]) == ("G16", 7200.0, 6)


def test_a_page_on_what_every_notice_sets_out_is_no_notice():
    page = ("# How selection works\nEvery vacancy notice sets out the post, its grade and pay, the essential "
            "qualifications and the closing date. After the deadline, recruiters check each application against the "
            "essential requirements (years of experience, language levels).\n## Interview\nShort-listed candidates "
            "meet a selection panel at NATO Headquarters.\n")
    assert parse(page).failed


def test_pay_after_an_unbracketed_twelve_times_a_year_and_after_dot_leaders():
    for line in ("Basic monthly salary 12 times a year tax free EUR 7 350 plus allowances",
                 "Basic monthly salary (12 x per year), tax free .... EUR 7,350.00"):
        text = "Head, Planning Section\n" + line + "\n1. SUMMARY\nText.\n"
        assert parse(text).post["salary_eur_monthly"] == 7350, line


def test_years_managing_a_group_are_management():
    p = parse(_essential("A minimum of 12 years in research, of which 4 years in the management of a large "
                         "scientific group;")).post
    assert (p["min_experience_years"], p["min_management_years"]) == (12, 4)


def test_a_vacancy_word_before_a_code_of_several_body_names():
    assert parse("Head, Planning Section\nVacancy JFC BS 2026/031\n1. SUMMARY\nText.\n").post["reference"] == \
        "JFC BS 2026/031"


def test_each_post_numbered_alone_above_its_own_header_fields():
    text = ("VACANCY NOTICE - TWO POSTS\nPOST 1\nVacancy Number NSPA 26-101 Job Title Logistics Officer (Fuel) "
            "NATO Grade G15\nPOST 2\nVacancy Number NSPA 26-102 Job Title Senior Logistics Officer (Fuel) "
            "NATO Grade G17\nPOST CONTEXT\nThe Fuel Branch runs the Agency's pipeline contracts.\n"
            "POST 1 - LOGISTICS OFFICER (FUEL)\nPrincipal Duties\n- Plans fuel deliveries.\n- Reports on stocks.\n"
            "POST 2 - SENIOR LOGISTICS OFFICER (FUEL)\nPrincipal Duties\n- Leads the planners.\n"
            "- Negotiates contracts.\n")
    posts = _posts(text)
    assert [(p["reference"], p["nato_grade"]) for p in posts] == [("NSPA 26-101", "G15"), ("NSPA 26-102", "G17")]


def test_a_boards_date_above_the_notices_own_reference_gives_way_to_the_notices():
    text = ("Planning Officer\nEmployer: NATO\nDeadline: 28/02/2026\n[Apply]\nVACANCY NOTICE\n"
            "Vacancy reference: 26-PLN-014\nTitle: Planning Officer\nClosing date: 5 March 2026\n"
            "1. SUMMARY\nThe Planning Officer drafts plans.\n")
    p = parse(text)
    assert p.post["deadline"] == dt.date(2026, 3, 5)
    assert any("disagrees" in r["message"] for r in p.problems if r["field"] == "deadline")
    both_above = text.replace("Vacancy reference: 26-PLN-014\n", "").replace("1. SUMMARY",
                                                                          "Ref: 26-PLN-014\n1. SUMMARY")
    assert parse(both_above).post["deadline"] is None  # no reference between them: left empty


def test_a_civilian_vacancy_banner_before_the_title_is_trimmed():
    from analysis.extract.title import trim
    assert trim("Civilian Vacancy – Assistant (Travel)") == "Assistant (Travel)"
    assert trim("Staff Vacancy: Officer (Plans)") == "Officer (Plans)"


def test_a_portals_label_alone_above_its_value():
    for block, ref in (("Requisition\n262118", "262118"), ("Vacancy number\nJFTC 26-11", "JFTC 26-11")):
        text = f"Training Officer\n{block}\nGrade\nA-2\n1. SUMMARY\nThe Officer plans courses.\n"
        assert parse(text).post["reference"] == ref, block


def test_a_bodys_code_with_an_ampersand_and_a_calendar_icons_date():
    text = "Assistant (Scheduling)\n- 📅 14-Dec-2026, 11:59:00 PM\nVacancy Number: NAEW&CF 26/044\n1. SUMMARY\nText.\n"
    p = parse(text).post
    assert (p["reference"], p["deadline"]) == ("NAEW&CF 26/044", dt.date(2026, 12, 14))
    assert parse(text + "Closing date: 1 December 2026\n").post["deadline"] == dt.date(2026, 12, 1)  # the notice's wins


def test_a_boards_career_level_before_the_grade():
    assert parse("Officer, Plans\nGrade: Senior level – A.4\n1. SUMMARY\nText.\n").post["grade_code"] == "A4"


def test_staff_modifiers_in_a_list_and_a_contract_line_closing_a_block_of_fields():
    text = ("Head, Network Operations Branch\n**Vacancy number:** 270333\n**Grade:** A.4\n**Location:** Mons\n"
            "**Contract:** 3-year definite duration, with the possibility of renewal\n\n### Role\n"
            "The Head leads a Branch of 37 civilian, military and contractor staff on two sites.\n")
    p = parse(text).post
    assert (p["staff_led"], p["contract_years"]) == (37, 3)


def test_a_sites_hiring_banner_before_the_title_and_applications_that_must_reach_a_body():
    from analysis.extract.title import trim
    assert trim("JFC Naples is hiring: Officer (Plans)") == "Officer (Plans)"
    text = _HEAD + "Applications must reach the Agency's recruitment office by 12 June 2026.\n"
    assert parse(text).post["deadline"] == dt.date(2026, 6, 12)


def test_assistants_supervised_through_their_work_are_direct_reports():
    for line in ("The Executive Officer supervises the day-to-day work of three Assistants in the Front Office.",
                 "S/he supervises and coordinates the Office's three assistants."):
        p = parse(f"Executive Officer\nVacancy 270444\n1. SUMMARY\n{line}\n").post
        assert (p["staff_led"], p["direct_reports"]) == (None, 3), line


def test_an_old_is_reference_inside_a_flattened_line_and_a_code_closed_by_a_slash():
    text = ("1 Brussels, 14 May 2014 A 17(2014) NOTIFICATION OF AN A GRADE VACANCY TITLE: OFFICER GRADE: A.2\n"
            "1. SUMMARY\nText.\n")
    assert parse(text).post["reference"] == "A 17(2014)"
    assert parse("Assistant (Travel)\nSTAFF VACANCY IMS/041/ March 2015\n1. SUMMARY\nText.\n").post["reference"] == \
        "IMS/041"


def test_a_document_sites_upload_line_is_not_joined_to_the_title():
    wrapped = "The Archives Section keeps the records of the Organization and answers the\n" * 10  # a PDF's wrap
    text = ("Head, Archives Section, Executive Management Division (270888)\nUploaded by jdoe on Mar 02, 2026\n"
            "VACANCY NOTIFICATION\n1. SUMMARY\n" + wrapped + "requests of the Allies.\n")
    assert parse(text).post["title"] == "Head, Archives Section, Executive Management Division"


def test_an_aside_on_the_format_a_committee_meets_in_keeps_the_list_going():
    for line in ("The Director chairs the Logistics Committee in its plenary format and the Fuel Working Group.",
                 "The Director chairs the Logistics Committee (LC), the Fuel Board and, when meeting in expanded "
                 "format, the Movement Committee."):
        n = 2 if "plenary" in line else 3
        assert parse(f"Director, Logistics\nVacancy 270777\n1. SUMMARY\n{line}\n").post["committees_chaired"] == n


def test_a_banner_and_its_code_after_a_dash_and_a_reports_title_is_no_post():
    assert parse("Engineer (Sonar)\n**VACANCY ANNOUNCEMENT – CMRE 26/09**\n1. SUMMARY\nText.\n").post["reference"] == \
        "CMRE 26/09"
    page = ("THE SECRETARY GENERAL'S ANNUAL REPORT 2025\nFOREWORD\nIn 2025 the Alliance adapted its posture and Allies "
            "raised defence spending.\nCONTENTS\n- Deterrence and Defence .......... 12\n"
            "- Modernising the Organization ......... 70\n")
    assert parse(page).failed


def test_a_row_of_column_labels_flattened_before_its_values():
    text = ("1 NOTIFICATION OF A B GRADE VACANCY LOCATION: NATO Headquarters, Brussels DIVISION TITLE GRADE EXECUTIVE "
            "MANAGEMENT DIVISION HUMAN RESOURCES SERVICE Senior Assistant, Payroll B.5 SECURITY CLEARANCE: NS "
            "1. SUMMARY The Senior Assistant runs the monthly payroll.\n")
    p = parse(text).post
    assert (p["title"], p["grade_code"], p["post_family"]) == ("Senior Assistant, Payroll", "B5", "Assistant")


def test_a_grade_a_post_number_or_a_body_around_the_title():
    from analysis.extract.title import trim
    assert trim("G12: Senior Assistant (Travel)") == "Senior Assistant (Travel)"
    assert trim("Civilian Vacancies - Legal Officer") == "Legal Officer"
    assert trim("Records Assistant — ADM REC 0110") == "Records Assistant"
    assert trim("Cost Analyst - JFC Naples") == "Cost Analyst"
    assert trim("Head - Policy Section") == "Head - Policy Section"


def test_french_pay_de_base_de_and_a_title_of_post_label():
    text = ("Assistant(e) administratif(ve)\nTraitement : traitement mensuel de base de 4 102,50 EUR, exonéré "
            "d'impôt.\n1. SUMMARY\nText.\n")
    assert parse(text).post["salary_eur_monthly"] == 4102.5
    assert parse("SHAPE\nTitle of Post: Logistics Officer (Fuel)\nGrade: A-2\n1. SUMMARY\nText.\n").post["title"] == \
        "Logistics Officer (Fuel)"


def test_a_language_its_level_name_and_the_nato_level_in_brackets():
    p = parse(_essential("Language:", "English: Advanced (NATO level V);", "French: Elementary (NATO level II).")).post
    assert (p["lang_level_one"], p["lang_level_other"]) == (5, 2)


def test_a_banners_code_on_the_line_below_and_a_page_on_how_calls_are_published():
    text = "Engineer (Sonar)\n          VACANCY NOTICE\n          CMRE-VN-26/04\n1. SUMMARY\nThe Engineer designs.\n"
    assert parse(text).post["reference"] == "CMRE-VN-26/04"
    page = ("# NATO Traineeship Programme\nThe Programme lets graduates work alongside the International Staff.\n"
            "## Who can apply?\nCandidates must:\n- be nationals of a NATO member country;\n- have a good knowledge of "
            "one of NATO's two official languages (English and French).\n## Sessions\nEach call for applications is "
            "published on the NATO careers website with the divisions taking trainees.\n")
    assert parse(page).failed


def test_a_level_name_beside_an_slp_profile_is_no_nato_level():
    p = parse(_essential("Language: Proficiency level in English (NATO SLP 3333); French an advantage.")).post
    assert p["lang_level_one"] is None


def test_french_direct_supervision_after_the_verb():
    text = ("Chef, Section des achats\nVacancy 270999\n1. RÉSUMÉ\n"
            "Le titulaire encadre directement trois chefs d'équipe.\n")
    assert parse(text).post["direct_reports"] == 3


def test_a_list_of_posts_each_with_its_competition_number_and_unbracketed_grade():
    text = ("VACANCY NOTICE – TWO POSTS\nThis notice covers two posts in the Cyber Policy Section:\n"
            "Post 1: Senior Officer, Cyber Policy – competition 270811 – NATO Grade G17 (A.3)\n"
            "Post 2: Officer, Cyber Resilience – competition 270812 – NATO Grade G15 (A.2)\n"
            "1. SUMMARY\nThe Section drafts NATO's cyber defence policy.\n")
    posts = _posts(text)
    assert [(p["title"], p["reference"], p["nato_grade"], p["grade_code"]) for p in posts] == [
        ("Senior Officer, Cyber Policy", "270811", "G17", "A3"), ("Officer, Cyber Resilience", "270812", "G15", "A2")]


def test_a_duty_said_without_a_subject_holds_every_role_it_joins():
    text = _HEAD + "2. DUTIES\n- Chair the Logistics Committee and co-chair the Fuel Board.\n"
    assert parse(text).post["committees_chaired"] == 2


def test_years_supporting_an_executive_are_no_management():
    p = parse(_essential("At least 7 years as an assistant, of which 3 years supporting a senior executive;")).post
    assert (p["min_experience_years"], p["min_management_years"]) == (7, None)


def test_a_viewers_post_date_is_no_title_label():
    text = ("pdfslide.net\nPost on 14-Mar-2026\nVACANCY NOTICE 26/03\nTITLE: Senior Assistant (Protocol)\n"
            "1. SUMMARY\nText.\n")
    assert parse(text).post["title"] == "Senior Assistant (Protocol)"


def test_a_page_on_a_programme_for_graduates_is_no_notice():
    page = ("# NATO Graduate Programme\nThe Graduate Programme gives graduates of Allied nations two years of work "
            "across NATO bodies, before they apply for regular vacancies.\n## Eligibility\nTo be eligible, the "
            "candidate must:\n- be a national of a NATO member country;\n- hold a master's degree;\n- have no more "
            "than 2 years of professional experience;\n- have a good command of English or French; knowledge of the "
            "other official language is an asset.\n## What the programme offers\n- two rotations in NATO bodies;\n"
            "- a monthly remuneration in line with NATO's pay scales.\n")
    assert parse(page).failed


def test_a_units_size_through_the_units_it_is_organised_in():
    text = ("Assistant Secretary General for Innovation\nVacancy 270123\n1. SUMMARY\nThe Division is organised in "
            "four Directorates and counts some 95 staff. The ASG leads the Division.\n")
    assert parse(text).post["staff_led"] == 95


def test_pay_exempt_from_national_taxation_a_vacancy_dash_code_and_a_code_in_brackets_after_the_title():
    p = parse("Officer (Plans)\n**Basic monthly salary (12 times a year), exempt from national taxation:** 7,100.25 "
              "EUR\n1. SUMMARY\nText.\n").post
    assert p["salary_eur_monthly"] == 7100.25
    assert parse("**Civilian Vacancy – JFCBS 26-11**\nOfficer (Plans)\n1. SUMMARY\nText.\n").post["reference"] == \
        "JFCBS 26-11"
    p = parse("Cost Analysis Officer (IMS 26/014)\nGrade: A-2\n1. SUMMARY\nText.\n").post
    assert (p["title"], p["reference"]) == ("Cost Analysis Officer", "IMS 26/014")


def test_a_fields_management_is_no_management_and_pay_that_is_currently():
    p = parse(_essential("At least 4 years of experience in a registry or records management function;")).post
    assert (p["min_experience_years"], p["min_management_years"]) == (4, None)
    text = _HEAD + "The basic monthly salary for a B-4 post is currently EUR 4,210.10, tax-free.\n"
    assert parse(text).post["salary_eur_monthly"] == 4210.1


def test_staff_led_all_of_whom_report_directly_and_a_fact_sheet():
    text = ("Head, Training Section\nVacancy 270456\n1. SUMMARY\nThe Head leads the Section of 6 staff (four planners "
            "and two assistants), all of whom report directly to the Head.\n")
    p = parse(text).post
    assert (p["staff_led"], p["direct_reports"]) == (6, 6)
    page = ("Working at NATO - Fact Sheet\nSome 1,200 civilians work for the International Staff. Who can apply? "
            "Candidates must be nationals of NATO member countries and have a good knowledge of English or French. "
            "Posts are graded from G1 to G25; the incumbent of each post reports to a Head.\n")
    assert parse(page).failed


def test_a_contract_label_whose_length_follows_other_words():
    text = _HEAD + "Type of contract: NATO international civilian, definite duration, initially 2 years\n"
    assert parse(text).post["contract_years"] == 2


def test_a_steering_group_a_breadcrumb_trail_and_codes_with_an_ampersand():
    from analysis.extract.title import trim
    assert parse(_HEAD + "2. DUTIES\n- Supports the Capability Steering Group with analysis.\n").post[
        "committees_chaired"] == 0
    assert trim("Jobs Digest › Opportunities › Officer (Plans)") == "Officer (Plans)"
    assert parse("Officer (Plans)\nVACANCY NOTICE NAEW&C 26-011\n1. SUMMARY\nText.\n").post["reference"] == \
        "NAEW&C 26-011"
    assert parse("**Vacancy 2026_00318 – Officer (Plans)**\n1. SUMMARY\nText.\n").post["reference"] == "2026_00318"


def test_a_preferred_level_is_no_management():
    p = parse(_essential("A minimum of 9 years' experience in training design, preferably at senior-executive level;",
                         "At least 2 years' experience in managing staff;")).post
    assert (p["min_experience_years"], p["min_management_years"]) == (9, 2)


def test_two_pay_words_between_the_amount_and_its_basis():
    assert parse(_HEAD + "Salary: EUR 4,120.00 basic net monthly salary, plus allowances.\n").post[
        "salary_eur_monthly"] == 4120.0


def test_pay_after_a_relative_clause_a_translated_vacancy_label_and_a_short_command_code():
    text = _HEAD + "The basic monthly salary, which is tax-free, is EUR 9,870.10 (12 times per year).\n"
    assert parse(text).post["salary_eur_monthly"] == 9870.1
    assert parse("Officer (Fuel)\n**Vacancy / Vacance :** NSPA/26/0210\n1. SUMMARY\nText.\n").post["reference"] == \
        "NSPA/26/0210"
    assert parse("Officer (Plans)\nVacancy Number: ACT-N 26/044\n1. SUMMARY\nText.\n").post["reference"] == \
        "ACT-N 26/044"


def test_some_of_the_staff_led_report_directly_and_a_body_and_its_city_after_the_title():
    from analysis.extract.title import trim
    text = ("Executive Officer\nVacancy 270321\n1. SUMMARY\nThe incumbent manages the Front Office, a small team of 5 "
            "staff, three of whom report directly to the Executive Officer.\n")
    assert parse(text).post["direct_reports"] == 3
    assert trim("Staff Officer (Plans) - HQ SACT Norfolk") == "Staff Officer (Plans)"
    assert trim("Careers > Civilian Positions > Assistant (Travel)") == "Assistant (Travel)"


def test_applications_to_be_received_by_a_date():
    assert parse(_HEAD + "**Applications to be received by:** 28/02/2026\n").post["deadline"] == dt.date(2026, 2, 28)


# Classes met in the blind sets probes64-probes68, one reworded line each.


def test_a_short_heading_named_by_process_or_environment_ends_the_competencies():
    text = ("Engineer (Networks)\nRequisition 262040\nAttributes/Competencies\n\n- Personal Attributes: Sound "
            "judgement.\n- Supervisory Responsibilities: None.\n\nAssessment Process\n\nCandidates sit a written "
            "test.\n")
    assert parse(text).post["competency_count"] is None


def test_a_national_board_names_nato_and_its_city_in_its_own_language_after_the_title():
    from analysis.extract.title import trim
    assert trim("Officer, Arms Control Section (NAVO, Den Haag)") == "Officer, Arms Control Section"
    assert trim("Assistant, Registry (OTAN)") == "Assistant, Registry"
    assert trim("Head, Energy Section – Kwatera Główna NATO, Bruksela") == "Head, Energy Section"
    assert trim("Course Director (Logistics) – Vacancy NSO-CIV-11/26") == "Course Director (Logistics)"
    assert trim("Director, Conference Services - Vacancy 250233") == "Director, Conference Services"


def test_a_national_board_s_reference_and_grade_labels_in_its_own_language():
    for label, grade_label in (("Numer ogłoszenia", "Stopień"), ("Vacaturenummer", "Schaal"),
                               ("Referencia", "Grado"), ("Referenz", "Einstufung")):
        p = parse(f"Officer, Plans Section\n{label}: 262404\n{grade_label}: A3 / G17\n1. SUMMARY\nText.\n").post
        assert (p["reference"], p["grade_code"], p["nato_grade"]) == ("262404", "A3", "G17"), label


def test_labels_stacked_above_their_values_are_paired_in_order():
    text = ("NATO UNCLASSIFIED\nALLIED AIR COMMAND\nVacancy Number:\nPost Number:\nJob Title:\nNATO Grade:\n"
            "Basic Monthly Salary (12 x per year):\nClosing Date:\nA27/25\nACX ABCD 0010\nStaff Officer (Airspace)\n"
            "17\n7,904.17€, tax free\nFriday 12 September 2025\nPOST CONTEXT\nText.\n")
    p = parse(text).post
    assert (p["reference"], p["nato_grade"], p["salary_eur_monthly"], p["deadline"]) == \
        ("A27/25", "G17", 7904.17, dt.date(2025, 9, 12))
    text = ("VACANCY NOTICE\nVacancy Number\nJob Title\nGrade\nClosing Date\nMC 26/04\nAssistant (Registry)\nB-4\n"
            "Monday 7 September 2026\nPOST CONTEXT\nText.\n")
    p = parse(text).post
    assert (p["reference"], p["grade_code"], p["deadline"]) == ("MC 26/04", "B4", dt.date(2026, 9, 7))


def test_a_level_s_name_after_an_slp_profile_is_the_profile_s():
    text = _essential("Language: English - SLP 3333 - (Listening, Speaking, Reading and Writing)",
                      "Work is in English only; therefore, proficiency level in English language is required.")
    p = parse(text).post
    assert (p["lang_level_one"], p["lang_level_other"]) == (None, None)


def test_a_language_with_nato_level_and_the_level_s_name_in_quotes():
    p = parse(_essential('Language: English – NATO Level "Proficiency" (VI); French – NATO Level "Elementary" '
                         '(II).')).post
    assert (p["lang_level_one"], p["lang_level_other"]) == (6, 2)


def test_a_label_s_colon_at_a_line_end_and_its_figure_on_the_next_line():
    text = ("Head, Fuel Section\n2. MAIN FUNCTIONS\nThe incumbent leads the Fuel Section, a team of 9 engineers and "
            "assistants. Direct reports:\n2 (the team leaders). The Section plans fuel support.\n")
    assert parse(text).post["direct_reports"] == 2


def test_numbered_headings_in_ordinary_case_with_their_colon_inside_a_flattened_line():
    text = ("1 NATO UNCLASSIFIED STAFF VACANCY 251177 TITLE: Staff Officer, Partnerships GRADE: A-3/G-17 "
            "1. Post Context: The Branch advises the Committee. 4. Desirable Qualifications: a. Experience with "
            "NATO. 5. Competencies: The incumbent must demonstrate: Achievement: Sets and works to meet challenging "
            "goals; Flexibility: Acts flexibly; Teamwork: Cooperates and shares information.\n")
    assert parse(text).post["competency_count"] == 3


def test_a_flattened_division_title_grade_row_with_a_dashed_grade():
    text = ("1 NOTIFICATION OF A B GRADE VACANCY NATO INTERNATIONAL STAFF LOCATION: NATO Headquarters, Brussels "
            "DIVISION TITLE GRADE OPERATIONS DIVISION CIVIL EMERGENCY PLANNING SECTION Assistant B-3 SECURITY "
            "CLEARANCE: NS VACANCY N : 160177 1. SUMMARY The Section supports planning.\n")
    p = parse(text).post
    assert (p["title"], p["grade_code"]) == ("Assistant", "B3")


def test_years_in_a_team_leader_role_are_management():
    p = parse(_essential("at least 7 years of experience in IT support, of which 3 years in a team leader role;")).post
    assert (p["min_experience_years"], p["min_management_years"]) == (7, 3)


def test_a_unit_s_size_after_its_parts_and_one_more_part():
    text = ("Assistant Secretary General for Operations\nVacancy 262000\n1. SUMMARY\nThe Division comprises four "
            "directorates and a small planning unit, with approximately 140 staff members. The ASG leads the "
            "Division.\n")
    assert parse(text).post["staff_led"] == 140


def test_a_careers_page_on_open_posts_in_general_is_no_notice():
    text = ("Joint Force Command Civilian Employment Opportunities\n\nContact Information\nCivilian Personnel "
            "Office\n\n"
            "At the Headquarters, NATO International Civilian staff work alongside military colleagues.\n\n"
            "Civilian posts range from NATO Grade (NG) 8 to NG 22. The two official languages of NATO are English and "
            "French.\n\nHow to apply\n\nOnly applications submitted via the NATO Talent Acquisition Platform will be "
            "considered.\n\nCurrent vacancies\n\nThe list of open civilian posts at the Command is published on the "
            "platform; please check the application deadline stated in each job description.\n\nSelection process\n\n"
            "Successful candidates will be offered an initial definite duration contract, subject to a NATO security "
            "clearance.\n")
    assert parse(text).failed


def test_a_competencies_intro_line_stands_for_its_heading():
    text = (_HEAD + "Requirements (summary):\n– at least 5 years' experience in staff coordination;\n"
            "Competencies listed in the notice:\n• Achievement: Sets and works to meet challenging goals;\n"
            "• Teamwork: Solicits inputs and encourages others.\n")
    assert parse(text).post["competency_count"] == 2


def test_a_bulleted_competency_list_ends_at_a_line_without_a_bullet():
    text = (_HEAD + "3. COMPETENCIES\n• Achievement: Sets and works to meet challenging goals;\n"
            "• Teamwork: Solicits inputs and encourages others.\nOur advice: prepare examples for the interview.\n")
    assert parse(text).post["competency_count"] == 2


def test_responsible_to_a_superior_with_a_long_title_for_managing_a_unit():
    text = ("Executive Officer, Policy Division\nVacancy 262010\n1. SUMMARY\nThe Executive Officer is responsible to "
            "the Deputy Assistant Secretary General for the management of the Front Office, a team of 6 staff.\n")
    assert parse(text).post["staff_led"] == 6


def test_staff_counted_by_any_post_noun_in_the_plural():
    text = _HEAD.replace("The Head leads the Section.", "The incumbent supervises 4 lecturers assigned to the course.")
    assert parse(text).post["direct_reports"] == 4


def test_a_possessive_with_its_apostrophe_stripped_before_the_posts_governed():
    text = ("Executive Officer Cooperative Security Division\nVacancy 262020\n1 SUMMARY\nSupervise the Divisions "
            "three administrative assistants and coordinate the in-processing of new staff\n")
    p = parse(text).post
    assert (p["direct_reports"], p["staff_led"]) == (3, None)


def test_the_heads_of_the_units_counted_by_the_units():
    text = _HEAD.replace("The Head leads the Section.", "The Deputy Director directly supervises the heads of the "
                         "four sections of the Directorate.")
    assert parse(text).post["direct_reports"] == 4


def test_an_aco_attribute_label_with_its_colon_stripped_is_no_competency():
    text = ("Assistant Finance\nVacancy 262030\nAttributes Competencies\nPersonal Attributes Accuracy and discretion "
            "are required\nProfessional Contacts Daily contact with budget holders\nSupervisory Responsibilities "
            "None\nWork Environment\nNormal office environment\n")
    assert parse(text).post["competency_count"] is None


def test_a_bilingual_notice_in_two_columns_side_by_side_is_read_column_by_column(tmp_path: Path):
    left = ["Officer, Outreach Section (162288)", "", "1. SUMMARY", "",
            "The Public Diplomacy Division explains NATO's", "policies to audiences in Allied countries and",
            "the Section organises visits for students every", "year. The incumbent leads 12 staff.", "",
            "2. QUALIFICATIONS AND EXPERIENCE", "", "ESSENTIAL", "The incumbent must:",
            "- have at least 4 years' experience in public", "  diplomacy or outreach events for",
            "  international audiences of all ages;", "- possess the following minimum levels of",
            "  NATO's official languages (English/French):", "  V (\"Advanced\") in one; II (\"Elementary\")",
            "  in the other;"]
    right = ["Administrateur/Administratrice, Section", "", "1. RÉSUMÉ", "",
             "La Division Diplomatie publique explique les", "politiques de l'OTAN aux publics des pays",
             "membres et la Section organise des visites et", "des séminaires pour les leaders d'opinion.", "",
             "2. QUALIFICATIONS ET EXPÉRIENCE", "", "CONDITIONS ESSENTIELLES", "Le/La titulaire doit :",
             "- avoir au moins 4 années d'expérience dans", "  la diplomatie publique ou des activités de",
             "  sensibilisation pour des publics variés ;", "- avoir au minimum le niveau de compétence",
             "  suivant dans les langues officielles de", "  l'OTAN (anglais/français) : V (« Avancé »)",
             "  dans l'une ; II (« Élémentaire ») dans l'autre ;"]
    rows = [f"{a:<52}{b}".rstrip() for a, b in zip(left, right, strict=True)]
    rows.insert(7, " " * 52 + "(suite du texte français)")  # a line of the right column only, inside a paragraph
    text = "\n".join(rows) + "\n"
    (tmp_path / "notice.txt").write_text(text, encoding="utf-8")
    p = parse_document(read_document(tmp_path / "notice.txt"))
    assert (p.post["title"], p.post["min_experience_years"], p.post["lang_level_one"], p.post["lang_level_other"],
            p.post["notice_language"]) == ("Officer, Outreach Section", 4, 5, 2, "en+fr")
    assert any("two columns" in pr["message"] for pr in p.problems)
    lines = text.split("\n")
    for row in p.rows["experience"] + p.rows["languages"] + p.rows["staff"]:  # a column's wrapped lines, joined,
        # keep their own numbers (the right column's line between two of them is skipped)
        assert str(row["evidence"]).split()[0] in lines[row["line"] - 1]


def test_a_list_of_posts_introduced_with_their_common_title_each_item_described_after_a_comma():
    text = ("Faculty Adviser (Regional Studies) / Faculty Adviser (Security Studies)\n"
            "Vacancy Number: NDC 27-01 (2 posts)\nGrade: A-3\n"
            "Through this notice the College wishes to fill two Faculty Adviser posts:\n"
            "- Faculty Adviser (Regional Studies), specialised in the Western Balkans;\n"
            "- Faculty Adviser (Security Studies), specialised in arms control and deterrence.\n"
            "PRINCIPAL DUTIES\nThe Faculty Advisers lead seminar groups.\n")
    assert [p["title"] for p in _posts(text)] == ["Faculty Adviser (Regional Studies)",
                                                             "Faculty Adviser (Security Studies)"]


def test_a_header_label_opening_a_line_starts_afresh_in_hard_wrapped_text():
    wrapped = ("The Division ensures that the International Staff has the people, the money and\n"
               "the premises it needs to support the Allies in their consultations and decisions.\n") * 5
    text = ("Job Description - Assistant Secretary General, Operations (270127)\nPrimary Location Belgium-Brussels\n"
            "NATO Body NATO International Staff (NATO IS)\n1. SUMMARY\n" + wrapped)
    assert parse(text).post["title"] == "Assistant Secretary General, Operations"


def test_none_under_an_attribute_label_is_no_competency():
    text = ("Staff Officer (Plans)\nVacancy 270131\n5. Attributes/Competencies\na. Personal Attributes\nDiscreet and "
            "well organised.\nb. Supervisory Responsibilities\nNone.\n6. Remarks\nText.\n")
    assert parse(text).post["competency_count"] is None


def test_a_headcount_with_one_more_post_in_the_singular():
    text = _HEAD.replace("The Head leads the Section.", "The incumbent leads the Plans Section of 5 staff officers "
                         "and 1 assistant.")
    assert parse(text).post["staff_led"] == 6


def test_staff_a_support_goes_to_are_not_led():
    text = ("Staff Assistant (Policy)\nVacancy 270140\n1. SUMMARY\nThe incumbent is responsible to the Branch Head for "
            "the following: a. Providing secretarial support to the Branch Head and to the 7 staff officers of the "
            "Branch;\n")
    assert parse(text).post["staff_led"] is None


def test_posts_numbered_with_their_own_vacancy_numbers_also_in_a_flattened_line():
    flat = ("Officer vacancies 262771 262772\n\n1 NATO UNCLASSIFIED VACANCY NOTIFICATION Two posts are advertised in "
            "this notice. Post 1: Project Officer (Maritime Sensing) Vacancy Ref: 262771 Post 2: Project Officer "
            "(Space Systems) Vacancy Ref: 262772 Grade (both posts): A.2 / NATO Grade G15 Application Deadline: "
            "05-Oct-2026 1. SUMMARY The Project Officers each run one challenge area. 2. QUALIFICATIONS AND EXPERIENCE "
            "ESSENTIAL The incumbent must: have at least 4 years' experience in programme management;\n")
    posts = [p.post for p in expand(parse(flat))]
    assert [(p["title"], p["reference"], p["grade_code"], p["min_experience_years"]) for p in posts] == [
        ("Project Officer (Maritime Sensing)", "262771", "A2", 4),
        ("Project Officer (Space Systems)", "262772", "A2", 4)]
    lined = flat.replace(" Post 1:", "\nPost 1:").replace(" Post 2:", "\nPost 2:")
    assert [p.post["reference"] for p in expand(parse(lined))] == ["262771", "262772"]


def test_list_items_naming_how_many_posts_and_a_note_after_a_dash():
    text = ("Officer, Energy Security (1 post) & Senior Officer, Critical Infrastructure (1 post)\n"
            "Through this recruitment process we aim to hire two qualified candidates for the following positions:\n"
            "- 1 post as Officer, Energy Security (ESC0041) (G17)\n"
            "- 1 post as Senior Officer, Critical Infrastructure (ESC0019) (G20) – please refer to the Post "
            "Description\n"
            "Vacancy reference: 261264\n1. SUMMARY\nText.\n")
    posts = _posts(text)
    assert [(p["title"], p["nato_grade"]) for p in posts] == [("Officer, Energy Security", "G17"),
                                                            ("Senior Officer, Critical Infrastructure", "G20")]


def test_a_title_label_opening_the_one_item_of_a_cover_letter_s_list():
    text = ("NOTIFICATION OF AN A GRADE VACANCY NATO INTERNATIONAL STAFF\n\nBrussels, 6 May 2012\nA 11(2012)\n\n"
            "NOTIFICATION OF AN \"A\" GRADE VACANCY\nNATO INTERNATIONAL STAFF\n\nFor the attention of all "
            "Delegations\n\n"
            "Please find attached the following vacancy notice / Veuillez trouver ci-joint l'avis de vacance suivant "
            ":\n\n"
            "VACANCY NUMBER: 120347\nTITLE: Administrator, Logistics Section\nGRADE: A.2\n1. SUMMARY\nText.\n")
    assert [p["title"] for p in _posts(text)] == ["Administrator, Logistics Section"]


def test_words_left_around_a_title_once_its_number_or_grade_is_taken():
    from analysis.extract.title import trim
    assert trim("Executive Officer, Office of the ASG for Operations Ref") == \
        "Executive Officer, Office of the ASG for Operations"
    assert trim("Vacancy for a Staff Officer (Partnerships) Grade") == "Staff Officer (Partnerships)"
    assert trim("Senior Clerk, Registry / Commis principal(e), Registre") == "Senior Clerk, Registry"


def test_a_guide_for_applicants_is_no_notice():
    guide = ("You are on page 1 of 6\n\nNATO UNCLASSIFIED\n\nALLIED COMMAND OPERATIONS\nCIVILIAN HUMAN RESOURCES\n\n"
             "GUIDANCE FOR APPLICANTS\nHOW TO COMPLETE THE NATO APPLICATION FORM\n\n1. PURPOSE\n\nThis guidance "
             "explains how to complete and submit the NATO application form for international civilian posts "
             "advertised by the headquarters of Allied Command Operations. It does not replace the instructions "
             "printed in each vacancy notice.\n\n2. BEFORE YOU APPLY\n\na. Read the vacancy notice carefully and check "
             "that you meet every essential requirement.\nb. Candidates must apply for each vacancy separately, "
             "quoting the vacancy number and the post title.\n\n3. COMPLETING THE FORM\n\na. Box 12 (Languages): "
             "state your level in each official language using the NATO scale.\nb. Give the closing date of the "
             "vacancy you apply for.\n")
    assert parse(guide).failed


def test_a_list_of_vacancies_currently_open_is_no_notice():
    listing = ("Current Vacancies | NATO Communications and Information Agency\nHome > Careers > Current Vacancies\n\n"
               "Current Vacancies\n\nFind below the list of vacancies currently open at the Agency. Click on a title "
               "to read the full vacancy notice and to apply through the NATO Talent Acquisition Platform. Vacancies "
               "are listed by closing date.\n\nFilter by location: All | Brussels | Mons | The Hague\n\n"
               + "".join(f"26{i:04d}  Officer (Service {i})      The Hague    NATO Grade G15   Closing: 1{i}-Mar-2026\n"
                         for i in range(8))
               + "\nShowing 8 of 21 vacancies. Load more\n\nWorking at the Agency\n\nAll positions are offered for an "
                 "initial period of three years, which may "
               "be renewed. Basic salaries and allowances are not subject to national income tax.\n")
    assert parse(listing).failed


def test_a_table_s_rows_are_no_two_columns_of_text(tmp_path: Path):
    rows = "".join(f"26{i:04d}  Senior Engineer (Data Centre Services {i})      The Hague    NATO Grade G17   "
                   f"Closing: 1{i}-Feb-2026\n" for i in range(9))
    (tmp_path / "page.txt").write_text("Vacancies\n" + rows, encoding="utf-8")
    assert read_document(tmp_path / "page.txt").columns is None


def test_one_post_in_the_singular_supervised():
    text = _HEAD.replace("The Head leads the Section.", "The incumbent supervises one Legal Assistant.")
    assert parse(text).post["direct_reports"] == 1


def test_a_unit_led_through_its_managers():
    text = ("Branch Head (Threat Analysis)\nVacancy 270150\n1. SUMMARY\nThe Branch Head leads the Branch through "
            "three section heads and is the Centre's authority on threats.\n")
    assert parse(text).post["direct_reports"] == 3


def test_a_unit_s_size_after_parts_of_any_name_and_its_workforce():
    text = ("Director, Logistics Operations\nVacancy 270160\n1. SUMMARY\nThe Directorate is composed of four programme "
            "areas and a support office, with a workforce of around 380 staff members and contractors. The Director "
            "leads the Directorate.\n")
    assert parse(text).post["staff_led"] == 380


def test_a_post_title_heading_above_a_blog_s_post_body(tmp_path: Path):
    page = ("<html><body><div class='header'><h1>Job Vacancies Worldwide</h1></div>"
            "<h3 class='post-title'>Assistant Secretary General for Operations - NATO, Brussels</h3>"
            "<div class='post-body'>NOTIFICATION OF A VACANCY<br/>NATO INTERNATIONAL STAFF<br/>VACANCY No.: 170512<br/>"
            "1. SUMMARY<br/>The ASG for Operations leads the Division.<br/>2. QUALIFICATIONS AND EXPERIENCE<br/>"
            "ESSENTIAL<br/>The incumbent must:<br/>- have at least 15 years of experience;<br/></div></body></html>")
    p = _html(tmp_path, page).post
    assert (p["title"], p["post_family"]) == ("Assistant Secretary General for Operations", "ASG")


def test_a_label_s_value_below_an_empty_bullet_is_evidenced_on_its_own_line():
    p = parse("Officer (Plans)\nPrimary Location\n- \nbrussels (belgium)\n1. SUMMARY\nText.\n")  # (joined below
    # the bullet, a lower-case value: found by the robustness test)
    row = next(f for f in p.rows["fields"] if f["field"] == "location")
    assert (row["value"], row["line"]) == ("brussels (belgium)", 4)


def test_labels_two_to_a_line_or_a_blank_line_before_their_values_are_paired_in_order(tmp_path: Path):
    text = ("VACANCY NOTICE\n\nVacancy Number               Post Title\nGrade                        Location\n"
            "Closing Date                 Security Clearance\n240917\nPrincipal Engineer (Network Architecture)\n"
            "NATO Grade G19 (A.4)\nThe Hague, Netherlands\n26 February 2026\nNATO SECRET\n\n1. POST CONTEXT\nText.\n")
    (tmp_path / "notice.txt").write_text(text, encoding="utf-8")
    p = parse_document(read_document(tmp_path / "notice.txt")).post
    assert (p["reference"], p["title"], p["nato_grade"], p["deadline"]) == \
        ("240917", "Principal Engineer (Network Architecture)", "G19", dt.date(2026, 2, 26))
    text = ("CIVILIAN VACANCY NOTICE\n\nVacancy Number:\nJob Title:\nNATO Grade:\nClosing Date:\n\nLC-B07/2026\n"
            "Assistant (Protocol)\nB-4\nSunday 27 September 2026\n\n1. GENERAL BACKGROUND:\nText.\n")
    p = parse(text).post
    assert (p["reference"], p["grade_code"], p["deadline"]) == ("LC-B07/2026", "B4", dt.date(2026, 9, 27))


def test_some_of_the_staff_led_said_to_be_direct_reports():
    text = ("Head, Programme Delivery\nVacancy 270170\n1. SUMMARY\nThe Head, Programme Delivery leads a team of 11 "
            "staff, of whom 3 are direct reports, and chairs the Review Board.\n")
    p = parse(text).post
    assert (p["staff_led"], p["direct_reports"]) == (11, 3)


def test_a_document_viewer_s_file_type_in_brackets_after_the_title():
    from analysis.extract.title import trim
    assert trim("Principal Assistant to the Director - [PDF Document]") == "Principal Assistant to the Director"


def test_an_item_of_two_posts_in_the_plural_with_two_post_numbers_and_a_glued_note():
    text = ("Officer, Capabilities (2 posts) & Officer, Operations (1 post)\n251190 Requisition #\n"
            "Through this recruitment process we aim to hire 3 qualified candidates for the following positions:\n"
            "- 1 post as Officer, Operations (NOR0074) (G20) – please refer to the Post Description\n"
            "- 2 posts as Officers, Capabilities (NOR0036 & NOR0078) (G20)please refer to the below Post Description\n"
            "1. SUMMARY\nText.\n")
    assert [p["title"] for p in _posts(text)] == ["Officer, Operations", "Officer, Capabilities"]


def test_a_viewers_list_of_other_documents_ends_where_the_copy_flattened_onto_one_line_starts():
    text = ("VACANCY NOTICE - NATO INTERNATIONAL STAFF\n\nSimilar documents\n"
            "VACANCY NOTICE - NATO INTERNATIONAL STAFF\n"
            "VACANCY NOTICE (B GRADE) - NATO INTERNATIONAL STAFF\n\n"
            "VACANCY NOTICE - NATO INTERNATIONAL STAFF LOCATION: NATO HQ, Brussels, Belgium DIVISION TITLE GRADE "
            "OPERATIONS DIVISION CRISIS MANAGEMENT SECTION Officer (Crisis Planning) A-2 VACANCY N : 140377 1. SUMMARY "
            "The Operations Division prepares NATO's response to crises and the incumbent drafts the plans of the "
            "Section. 2. QUALIFICATIONS AND EXPERIENCE ESSENTIAL The incumbent must: have at least 4 years' experience "
            "in crisis planning; possess the following minimum levels of NATO's official languages (English/French): "
            "V (\"Advanced\") in one; II (\"Elementary\") in the other.\n")
    post = parse(text).post
    assert (post["title"], post["reference"], post["grade_code"]) == ("Officer (Crisis Planning)", "140377", "A2")
    assert (post["min_experience_years"], post["lang_level_one"], post["lang_level_other"]) == (4, 5, 2)


def test_a_bulletin_of_vacancies_each_opened_by_its_own_header_fields():
    block = ("--------------------------------\nVacancy No.  : AGY/VN/{ref}\nPost title   : {title}\n"
             "Grade        : {grade}\n"
             "--------------------------------\n\nDuties: The incumbent {duty}.\n\nQualifications:\n"
             "- at least {years} years' experience in {field};\n- fluency in English.\n\n")
    text = ("NATO AGENCY\n\nVACANCY NOTICES - ISSUE 3/2009\n\nThe Agency has the following vacancies. Closing date for "
            "both vacancies: 15 May 2009.\n\n"
            + block.format(ref="09-11", title="Senior Scientist (Radar Systems)", grade="A-4",
                           duty="leads the radar studies of the Division", years=8, field="radar engineering")
            + block.format(ref="09-12", title="Assistant (Registry)", grade="B-3", duty="keeps the registry",
                           years=3, field="records management")
            + "Conditions applicable to both vacancies: an initial contract of three years.\n")
    posts = _posts(text)
    assert [(p["title"], p["reference"], p["grade_code"], p["min_experience_years"]) for p in posts] == [
        ("Senior Scientist (Radar Systems)", "AGY/VN/09-11", "A4", 8),
        ("Assistant (Registry)", "AGY/VN/09-12", "B3", 3)]
    assert {(p["deadline"], p["contract_years"]) for p in posts} == {(dt.date(2009, 5, 15), 3)}


def test_a_table_of_posts_then_a_numbered_heading_for_each():
    text = ("NORTH ATLANTIC TREATY ORGANIZATION\nSUPPORT OFFICE\n\nNOTICE OF VACANCIES\n\n"
            "The Support Office is recruiting for the following two posts:\n\n"
            "   Number      Post                                  Grade\n"
            "   SO-26-01    Budget Officer, Finance Unit          A-2\n"
            "   SO-26-02    Clerk, Travel Unit                    B-3\n\n"
            "Closing date for both posts: 2 March 2026.\n\n"
            "1. BUDGET OFFICER, FINANCE UNIT (SO-26-01)\n"
            "The Budget Officer prepares the budget. The incumbent must have at least 5 years of experience in "
            "public finance. Languages: V (\"Advanced\") in one; III (\"Intermediate\") in the other.\n\n"
            "2. CLERK, TRAVEL UNIT (SO-26-02)\n"
            "The Clerk books official travel. The incumbent must have at least 2 years of experience in travel "
            "booking. Languages: IV (\"Upper Intermediate\") in one; I (\"Beginner\") in the other.\n")
    posts = _posts(text)
    assert [(p["title"], p["reference"], p["grade_code"]) for p in posts] == [
        ("Budget Officer, Finance Unit", "SO-26-01", "A2"), ("Clerk, Travel Unit", "SO-26-02", "B3")]
    assert [(p["min_experience_years"], p["lang_level_one"], p["lang_level_other"]) for p in posts] == [
        (5, 5, 3), (2, 4, 1)]
    assert {p["deadline"] for p in posts} == {dt.date(2026, 3, 2)}


def test_posts_listed_as_labelled_items_then_named_in_turn_in_every_section():
    text = ("STAFF VACANCY 250606\nDIVISION: International Military Staff (IMS)\n\n"
            "This vacancy will fill the following two posts:\n"
            "  i.  TITLE: Clerk (Mail Room)          GRADE: B-2/G-6\n"
            "  ii. TITLE: Senior Clerk (Archives) GRADE: B-4/G-10\n\n"
            "1. Post Context.\nThe Registry keeps the records of the IMS.\n\n"
            "2. Principal Duties.\nClerk (Mail Room):\na. Sorting incoming mail.\n"
            "Senior Clerk (Archives):\na. Keeping the archives of the Military Committee.\n\n"
            "3. Essential Qualifications.\nClerk (Mail Room):\na. At least 1 year's experience in mail handling.\n"
            "Senior Clerk (Archives):\na. At least 5 years' experience in archive management.\n"
            "Both posts: minimum levels of NATO's official languages (English/French):\n"
            "IV (\"Upper Intermediate\") in one; I (\"Beginner\") in the other.\n")
    posts = _posts(text)
    assert [(p["title"], p["grade_code"], p["nato_grade"], p["min_experience_years"]) for p in posts] == [
        ("Clerk (Mail Room)", "B2", "G6", 1), ("Senior Clerk (Archives)", "B4", "G10", 5)]
    assert {(p["lang_level_one"], p["lang_level_other"], p["reference"]) for p in posts} == {(4, 1, "250606")}


def test_a_forums_post_bar_is_no_title_label_when_the_notice_gives_one():
    text = ("Travellers Forum\nBoard index < Jobs\n\nPost Reply   Search this topic…   2 posts • Page 1 of 1\n\n"
            "#1 by anna » Mon 3 Mar 2025\nCopying the notice here.\n\nNATO SCHOOL OBERAMMERGAU\n\n"
            "Post Title: Course Coordinator (Cyber Defence)\nGrade: A-2\nClosing date: 20 April 2025\n\n"
            "SUMMARY\nThe Course Coordinator plans the School's cyber courses.\n")
    post = parse(text).post
    assert (post["title"], post["grade_code"], post["deadline"]) == (
        "Course Coordinator (Cyber Defence)", "A2", dt.date(2025, 4, 20))


def test_a_header_tables_cells_flattened_with_their_pipes():
    text = ("CIVILIAN VACANCY NOTICE\nVacancy Number | LC-25-007 | Post Number | LCX 0042\n"
            "Post Title: Engineer (Infrastructure)\nGrade | A-2 / G15 | Location | Izmir, Türkiye\n"
            "Closing Date | 12 May 2025 | Salary | 5,902.11 EUR monthly (tax free)\n1. POST CONTEXT\n"
            "The Engineer plans works.\n")
    post = parse(text).post
    assert (post["reference"], post["grade_code"], post["nato_grade"], post["location"], post["deadline"]) == (
        "LC-25-007", "A2", "G15", "Izmir, Türkiye", dt.date(2025, 5, 12))


def test_a_page_walking_applicants_through_numbered_steps_is_no_notice():
    text = ("Work with us › Careers › How we select\n\nHow we select\n\n"
            "Once a vacancy notice closes, the recruiters check every application against the essential requirements "
            "of the vacancy notice.\n\nStep 1: Online test\n"
            "Shortlisted candidates take an online test within 48 hours.\n\n"
            "Step 2: Written assessment\nYour levels in NATO's official languages, from I (\"Beginner\") to VI "
            "(\"Proficiency\"), may be checked.\n\nStep 3: Interview\nThe panel asks for examples from your "
            "experience.\n\nStep 4: Offer\nThe successful candidate receives an offer before the deadline.\n")
    assert parse(text).failed


def test_bold_run_in_headings_open_their_sections():
    text = ("Marine Science Jobs\n\n# Scientist (Ocean Acoustics)\n\n**Closing date:** 9 June 2025\n\n"
            "**Background.** The Centre conducts maritime research for the Alliance.\n\n"
            "**Duties.** The Scientist plans sea trials and leads a small team.\n\n"
            "**Qualifications. Essential:**\n1. A PhD in acoustics.\n"
            "2. At least 4 years of post-doctoral research experience in sonar.\n"
            "3. Language: English level V (Advanced); French level I (Beginner).\n\n"
            "**Contract.** An initial definite duration contract of three (3) years.\n")
    assert [s.key for s in segment(text).sections] == [
        "header", "summary", "accountabilities", "qualifications", "essential", "languages", "contract"]
    post = parse(text).post
    assert (post["min_experience_years"], post["lang_level_one"], post["lang_level_other"], post["contract_years"]) \
        == (4, 5, 1, 3)


def test_applications_must_reach_an_office_at_its_address_by_a_date():
    post = parse("Officer (Registry)\n1. SUMMARY\nThe Officer keeps records.\n4. REMARKS. Applications (on the "
                 "application form) must reach the Personnel Office, NATO HQ, B-1110 Brussels, by 3 May 2010.\n").post
    assert post["deadline"] == dt.date(2010, 5, 3)


def test_a_workday_page_with_its_labels_in_lower_case_above_their_values():
    text = ("Skip to main content\nNATO | OTAN — Careers\n\nOfficer, Defence Planning\n\nApply\n\nlocations\n"
            "Belgium - Brussels\n\ntime type\nFull time\n\nposted on\nPosted 5 Days Ago\n\ntime left to apply\n"
            "End Date: May 3, 2026 (12 days left to apply)\n\njob requisition id\nR0006012\n\n"
            "NATO Body: NATO International Staff (NATO IS)\nGrade: NATO Grade G15\n\nSUMMARY\n"
            "The Officer drafts the Division's planning papers.\n")
    post = parse(text).post
    assert (post["title"], post["reference"], post["deadline"], post["location"]) == (
        "Officer, Defence Planning", "R0006012", dt.date(2026, 5, 3), "Belgium - Brussels")


def test_a_bilingual_table_flattened_row_by_row_with_a_bar_between_its_cells(tmp_path):
    page = ("<html><body><table>"
            "<tr><td>Intitulé du poste : Chef(fe) de la Section des archives</td><td>Post title: Head, Archives "
            "Section</td></tr>"
            "<tr><td>Date limite : 2 juin 2024</td><td>Closing date: 2 June 2024</td></tr>"
            "<tr><td>1. CONTEXTE Le/La chef(fe) dirige une section de 9 agents et relève du directeur.</td>"
            "<td>1. BACKGROUND The Head leads a Section of 9 staff and reports to the Director.</td></tr>"
            "<tr><td>2. QUALIFICATIONS - avoir au moins 8 années d'expérience dans la gestion des archives ;</td>"
            "<td>2. QUALIFICATIONS - have at least 8 years of experience in records management;</td></tr>"
            "<tr><td>- posséder le niveau V (« avancé ») dans une des langues officielles et le niveau II dans "
            "l'autre.</td><td>- possess V (\"Advanced\") in one official language and II (\"Elementary\") in the "
            "other.</td></tr></table></body></html>")
    post = _html(tmp_path, page).post
    assert (post["title"], post["deadline"], post["staff_led"]) == ("Head, Archives Section", dt.date(2024, 6, 2), 9)
    assert (post["min_experience_years"], post["lang_level_one"], post["lang_level_other"]) == (8, 5, 2)


def test_paragraphs_given_in_english_then_in_french_under_bilingual_headings():
    text = ("Head, Registry Section / Chef(fe), Section du registre\nVacancy / Vacance : 240777\n"
            "Competencies / Compétences\nThe incumbent must demonstrate:\n- Achievement: Sets and works to meet "
            "challenging goals;\n- Teamwork: Builds team spirit.\n"
            "La/Le titulaire du poste doit faire preuve des compétences suivantes :\n- Recherche de l'excellence : "
            "se fixe des objectifs ambitieux et s'emploie à les atteindre ;\n- Travail en équipe : développe "
            "l'esprit d'équipe.\nContract / Contrat\nThe successful candidate will be offered a definite duration "
            "contract of three years.\nLa personne retenue se verra proposer un contrat de durée déterminée de "
            "trois ans.\n")
    notice = segment(text)
    assert [(s.key, s.lang) for s in notice.sections] == [
        ("header", None), ("competencies", "en"), ("competencies", "fr"), ("contract", "en")]  # (one line each: kept)
    post = parse(text).post
    assert (post["competency_count"], post["contract_years"]) == (2, 3)


def test_a_markdown_table_of_posts_then_a_block_for_each():
    text = ("# JOINT FORCE COMMAND — CIVILIAN VACANCY NOTICE\n\nThe Command is recruiting for two posts.\n\n"
            "**Closing date:** 9 September 2024\n\n"
            "| Vacancy number | Post number | Job title | NATO grade |\n|---|---|---|---|\n"
            "| JF 24/11 | ABXX0010 | Clerk (Registry) | B-2 |\n| JF 24/12 | ABXX0020 | Clerk (Mail) | B-3 |\n\n"
            "### Post 1 — Clerk (Registry), JF 24/11\n\nThe Clerk keeps the registry.\n\n"
            "- At least 2 years' experience in records management.\n\n"
            "### Post 2 — Clerk (Mail), JF 24/12\n\nThe Clerk sorts the mail.\n\n"
            "- At least 4 years' experience in mail handling.\n")
    posts = _posts(text)
    assert [(p["title"], p["reference"], p["grade_code"], p["min_experience_years"]) for p in posts] == [
        ("Clerk (Registry)", "JF 24/11", "B2", 2), ("Clerk (Mail)", "JF 24/12", "B3", 4)]


def test_a_markdown_table_of_posts_under_its_column_names():
    text = ("**NATO AGENCY**\n\nThe Agency is seeking to fill the following two posts:\n\n"
            "| Post title | Post N° | Ref. No | Grade |\n|---|---|---|---|\n"
            "| Engineer (Radars) | RD-12 | 2025_00411 | A.2 / G15 |\n"
            "| Technician (Radars) | RD-19 | 2025_00412 | B.5 |\n\n"
            "**Closing date: 1 March 2025**\n\n## Main duties\n\nThe posts maintain the radars.\n")
    assert [(p[0], p[1], p[5], p[6]) for p in parse(text).positions] == [
        ("Engineer (Radars)", "2025_00411", "A2", "G15"), ("Technician (Radars)", "2025_00412", "B5", None)]


def test_a_row_of_labels_in_capitals_then_their_values_flattened_onto_one_line():
    text = ("NATO SCHOOL\nVACANCY NOTICE NS 05/2025\n"
            "POST TITLE GRADE LOCATION CLOSING DATE Head, Course Design Branch A-4 / G20 Oberammergau, Germany "
            "14 March 2025\n\n1. BACKGROUND\nThe School trains NATO staff.\n")
    post = parse(text).post
    assert (post["title"], post["grade_code"], post["nato_grade"], post["location"], post["deadline"]) == (
        "Head, Course Design Branch", "A4", "G20", "Oberammergau, Germany", dt.date(2025, 3, 14))


def test_a_table_of_posts_with_a_post_number_column_then_lettered_headings():
    text = ("HEADQUARTERS ALLIED MARITIME COMMAND\n\nCIVILIAN VACANCY ANNOUNCEMENT 03/2026\n\n"
            "HQ MARCOM invites applications for the following posts:\n\n"
            "  Vacancy   Post Title                      Grade   Post Number\n"
            "  26-011    Staff Officer (Harbour Plans)   A-2     MCX PLX 0110\n"
            "  26-012    Clerk (Harbour Plans)           B-3     MCX PLX 0120\n\n"
            "Closing date for both posts: 2 April 2026\n\n"
            "A. VACANCY 26-011 STAFF OFFICER (HARBOUR PLANS), A-2\n\nThe Staff Officer plans harbour use.\n"
            "Essential: at least 5 years' experience in port planning.\n\n"
            "B. VACANCY 26-012 CLERK (HARBOUR PLANS), B-3\n\nThe Clerk keeps the plans.\n"
            "Essential: at least 2 years' experience in office work.\n")
    posts = _posts(text)
    assert [(p["title"], p["reference"], p["grade_code"], p["min_experience_years"]) for p in posts] == [
        ("Staff Officer (Harbour Plans)", "26-011", "A2", 5), ("Clerk (Harbour Plans)", "26-012", "B3", 2)]


def test_a_markdown_table_of_english_and_french_cells(tmp_path):
    text = ("# VACANCY / VACANCE\n\n| English | Français |\n|---|---|\n"
            "| **Head, Travel Section** | **Chef(fe) de la Section des voyages** |\n"
            "| **Application Deadline:** 12-Mar-2026 | **Date de retrait :** 12-mars-2026 |\n"
            "| **1. SUMMARY** | **1. RÉSUMÉ** |\n"
            "| The Head leads the Travel Section of 7 staff and reports to the Director. | La/Le chef(fe) dirige la "
            "Section des voyages de 7 agents et relève du directeur. |\n"
            "| The Section books the travel of the staff of the Division. | La Section organise les voyages du "
            "personnel de la division. |\n"
            "| - have at least 6 years of experience in travel management, including 2 years leading a team; | - "
            "avoir au moins 6 ans d'expérience dans la gestion des voyages, dont 2 ans à la tête d'une équipe ; |\n")
    (tmp_path / "notice.md").write_text(text, encoding="utf-8")
    post = parse_document(read_document(tmp_path / "notice.md")).post
    assert (post["title"], post["deadline"], post["staff_led"], post["min_experience_years"]) == (
        "Head, Travel Section", dt.date(2026, 3, 12), 7, 6)


def test_headings_and_paragraphs_each_followed_by_their_translation():
    text = ("STAFF VACANCY 260119\nVACANCE DE POSTE 260119\n\nTITLE: Assistant (Registry)\n"
            "TITRE : Assistante/Assistant (Registre)\n\n1. Post Context\n1. Contexte du poste\n\n"
            "The Registry keeps the records of the International Military Staff and its divisions.\n"
            "Le Registre tient les archives de l'État-major militaire international et de ses divisions.\n\n"
            "2. Essential Qualifications\n2. Qualifications essentielles\n\n"
            "a. At least 4 years' experience in records management in an office of the administration.\n"
            "a. Au moins 4 ans d'expérience dans la gestion des archives dans un bureau de l'administration.\n"
            "b. English: IV (\"Upper Intermediate\"); French: II (\"Elementary\").\n"
            "b. Anglais : IV (« intermédiaire supérieur ») ; français : II (« élémentaire »).\n")
    post = parse(text).post
    assert (post["title"], post["min_experience_years"], post["lang_level_one"], post["lang_level_other"]) == (
        "Assistant (Registry)", 4, 4, 2)


def test_a_list_of_jobs_each_with_its_facts_after_a_dash_is_no_notice():
    text = ("NATO jobs in the Netherlands\n"
            "- Engineer (Radio Links) – NCI Agency – The Hague – NATO Grade G15 – Closing date: 02 May 2026\n"
            "- Assistant (Travel) – JFC Brunssum – Brunssum – NATO Grade G10 – Closing date: 04 May 2026\n"
            "- Head, Plans Section – JFC Brunssum – Brunssum – NATO Grade G20 – Closing date: 09 May 2026\n"
            "- Legal Adviser – NCI Agency – The Hague – Grade A.3 / G16 – Closing date: 12 May 2026\n")
    assert parse(text).failed


def test_a_sites_path_or_a_pages_label_before_the_title_is_trimmed():
    for line in ("Careers > Civilian Posts > Head, Plans Section", "Careers / Current Vacancies / Head, Plans Section",
                 "NCIA Vacancy Notice - Head, Plans Section"):
        post = parse(f"{line}\nVacancy number: 260555\n1. SUMMARY\nThe Head leads the Section.\n").post
        assert post["title"] == "Head, Plans Section", line


def test_a_deployment_within_any_period_of_twelve_months_is_no_contract():
    post = parse("Staff Officer (Plans)\n1. SUMMARY\nThe Officer plans exercises.\nADDITIONAL DUTIES:\nSuch deployment "
                 "may exceed 30 days, up to 183 days in any period of 12 months, subject to the agreement of the "
                 "incumbent.\n").post
    assert post["contract_years"] is None


def test_a_title_in_a_table_cell_keeps_its_glued_vacancy_number_apart():
    assert bare("| Deputy Director, Planning Office-260077 |") == ("Deputy Director, Planning Office", "260077")


def test_lettered_competencies_a_reversed_qualifications_heading_and_an_appointment_for_n_years():
    text = ("Officer (Records)\n1. SUMMARY\nThe Officer keeps records.\nQualifications essential\n"
            "- At least 4 years of experience in records management;\n4. CONDITIONS\nInitial appointment for 3 years, "
            "with the possibility of renewal.\n6. COMPETENCIES\nThe incumbent must demonstrate:\n"
            "a. Achievement: Works to meet standards;\nb. Analytical Thinking: Sees multiple relationships;\n")
    post = parse(text).post
    assert (post["min_experience_years"], post["contract_years"], post["competency_count"]) == (4, 3, 2)


def test_titles_listed_under_a_titles_label_and_an_address_is_no_title():
    text = ("# NATO DEFENSE COLLEGE\n\nVia Giorgio Pelosi 1, Rome, Italy\n\n### VACANCY NOTICE\n\n"
            "**Vacancy Number:** NDC/CIV/26-02\n\n**Titles:**\n\n1. Researcher (Arctic Security) – 1 post\n"
            "2. Researcher (Space Security) – 1 post\n\n**Grade:** A-2\n\n#### 1. POST CONTEXT\n\n"
            "The College will fill two posts of Researcher.\n")
    assert [p[0] for p in parse(text).positions] == ["Researcher (Arctic Security)", "Researcher (Space Security)"]
    single = parse("# NATO DEFENSE COLLEGE\n\nVia Giorgio Pelosi 1, Rome, Italy\n\nVACANCY NOTICE\nVacancy Number: "
                   "NDC/CIV/26-03\n\n1. POST CONTEXT\nThe College teaches senior officers.\n").post
    assert single["title"] != "Via Giorgio Pelosi 1, Rome, Italy"


def test_deadlines_said_as_to_be_received_by_submit_by_and_after_a_clock_time():
    for line, date in (("Applications must be submitted using the NATO application form, to be received by 4 May 2012, "
                        "by e-mail.", dt.date(2012, 5, 4)),
                       ("Candidates are requested to submit their application by 6 June 2026.", dt.date(2026, 6, 6)),
                       ("Applications must reach the College no later than 17:00 hours (Rome time) on 8 July 2026.",
                        dt.date(2026, 7, 8))):
        assert parse(_HEAD + "7. HOW TO APPLY\n" + line + "\n").post["deadline"] == date, line


def test_a_document_sites_download_suffix_is_trimmed_from_the_title():
    assert bare("Chief, Payroll Branch - PDF Free Download") == ("Chief, Payroll Branch", None)


def test_an_opening_that_is_only_the_office_summary_narrowing_to_a_section_is_a_notice_cut_short():
    summary = ("The NATO Office of Resources brings coherence to the Alliance's common funding.\n"
               "The Capability Budget Branch (CBB) oversees the budgets of the common-funded programmes. "
               "It advises the committees on their priorities.\n"
               "The Programme Review Section (PRS) is chiefly responsible for reviewing each programme's costs "
               "and for liaison with the national delegations on the ")
    p = parse(summary)
    assert not p.failed and p.post["title"] is None
    messages = [r["message"] for r in p.problems]
    assert any("weak notice evidence" in m for m in messages) and any("cut short" in m for m in messages)
    # an organisation's page that stops at its larger units, or names a section before them, is no notice
    assert parse(summary.split("The Programme")[0]).failed
    assert parse("The Programme Review Section (PRS) reviews each programme's costs.\n"
                 "The Capability Budget Branch (CBB) oversees the budgets of the common-funded programmes.\n").failed


def test_posts_numbered_alone_with_their_titles_below_and_sections_headed_by_each_title():
    text = ("NATO Support and Procurement Agency\nVACANCY NOTICE - TWO POSTS\n\n"
            "Post 1\nL-12: Logistics Officer (Fuel)\nRef. No 2026_00101\nGrade: NATO Grade G15\n\n"
            "Post 2\nL-17: Logistics Assistant (Fuel)\n"
            "Ref. No 2026_00102\nGrade: NATO Grade G10\n\nDeadline for applications (both posts): 2 May 2026\n\n"
            "Logistics Officer (Fuel) - main tasks\n- Plans the fuel supply of deployed forces;\n\n"
            "Logistics Officer (Fuel) - qualifications\n- At least seven years' experience in fuel logistics;\n\n"
            "Logistics Assistant (Fuel) - main tasks\n- Keeps the fuel stock records;\n\n"
            "Logistics Assistant (Fuel) - qualifications\n- At least three years' experience in stock keeping;\n")
    posts = _posts(text)
    assert [(p["title"], p["reference"], p["nato_grade"], p["min_experience_years"]) for p in posts] == [
        ("Logistics Officer (Fuel)", "2026_00101", "G15", 7), ("Logistics Assistant (Fuel)", "2026_00102", "G10", 3)]


def test_a_translated_label_after_an_abbreviations_dot_and_a_body_code_with_an_ampersand():
    assert parse("Head, Planning Section\nVacancy No. / N° de vacance : NSPA 26-0431\n1. SUMMARY\nThe Head leads.\n"
                 ).post["reference"] == "NSPA 26-0431"
    assert parse("Head, Planning Section\nReference: NAEW&C-26-07\n1. SUMMARY\nThe Head leads.\n"
                 ).post["reference"] == "NAEW&C-26-07"
    assert parse("Job Description - Scientist (Sonar Signal Processing) (CMRE 26-11)\n1. SUMMARY\nThe Centre.\n"
                 ).post["reference"] == "CMRE 26-11"


def test_an_e_mail_subject_and_the_bodys_name_before_a_dash_are_not_the_title():
    p = parse("Subject: Fw: Re: NATO - Director, Planning (260777)\nFrom: A Clerk <a@example.org>\n\n"
              "> Director, Planning\n> 1. SUMMARY\n> The Director leads the Planning Directorate.\n")
    assert (p.post["title"], p.post["reference"]) == ("Director, Planning", "260777")


def test_a_plain_text_row_of_column_names_above_one_row_of_values():
    text = ("\tCIVILIAN VACANCY NOTICE\nVacancy Number\tPost Number\tJob Title\tNATO Grade\n"
            "AC 26-031\tAIRCOM FCX 0090\tHead, Contracting Section  G18 (A-4)\n\n1. POST CONTEXT\nThe Office buys.\n")
    p = parse(text)
    assert (p.post["title"], p.post["reference"], p.post["grade_code"], p.post["nato_grade"]) == (
        "Head, Contracting Section", "AC 26-031", "A4", "G18")


def test_a_table_of_posts_flattened_one_cell_per_line_and_pay_stated_once_per_grade():
    stacked = ("CIVILIAN VACANCY NOTICE\nVacancy Number\nJob Title\nNATO Grade\nLC 26-101\nAssistant (Logistics)\n"
               "B-4 (G10)\nLC 26-102\nTechnician (Vehicles)\nC-5 (G7)\nClosing date: 27 March 2026\n"
               "Basic monthly salary: B-4: 3,410.00 EUR; C-5: 2,990.50 EUR\n"
               "1. ASSISTANT (LOGISTICS) - LC 26-101\nThe Assistant keeps the stores.\n"
               "Essential: at least 3 years of experience in logistics.\n"
               "2. TECHNICIAN (VEHICLES) - LC 26-102\nThe Technician repairs vehicles.\n"
               "Essential: at least 5 years of experience with vehicles.\n")
    posts = _posts(stacked)
    assert [(p["title"], p["reference"], p["grade_code"], p["salary_eur_monthly"], p["min_experience_years"])
            for p in posts] == [("Assistant (Logistics)", "LC 26-101", "B4", 3410.0, 3),
                                ("Technician (Vehicles)", "LC 26-102", "C5", 2990.5, 5)]
    one_line = stacked.replace("Vacancy Number\nJob Title\nNATO Grade\n", "Vacancy Number | Job Title | Grade\n")
    assert [p["reference"] for p in _posts(one_line)] == ["LC 26-101", "LC 26-102"]
    # one post whose grade is not among those the pay is stated for gets no pay
    single = parse("Head, Stores Section\nGrade: A-3\nBasic monthly salary: A-2: 6,100.00 EUR; A-4: 8,020.00 EUR\n"
                   "1. SUMMARY\nThe Head leads the Section.\n")
    assert single.post["salary_eur_monthly"] is None
    assert any("once per grade" in r["message"] for r in single.problems)
    listed = parse("Assistant, Stores Section\nGrade: B-4\n1. SUMMARY\nThe Assistant keeps the stores.\n2. CONTRACT\n"
                   "Basic monthly salaries (tax free): A-3 7,400.00 EUR; A-2 6,100.00 EUR;\nB-4 4,400.00 EUR.\n")
    assert listed.post["salary_eur_monthly"] == 4400.0


def test_a_run_in_headings_sentence_goes_on_below_it():
    p = parse("Head, Planning Section\n1. SUMMARY\nThe Head leads.\n5. Contract. The successful applicant will be "
              "offered an initial contract of\nfour years.\n")
    assert p.post["contract_years"] == 4


def test_a_block_titles_label_in_bold_and_its_items_facts_after_commas():
    blocks = ("JFC Naples is recruiting for two posts.\n\n### Post A\n\n- **Vacancy number:** 26/JFC/11\n"
              "- **Job title:** Staff Officer (Plans)\n- **NATO grade:** 15 (A-2)\n\nThe Officer plans.\n\n"
              "### Post B\n\n- **Vacancy number:** 26/JFC/12\n- **Job title:** Staff Assistant (Plans)\n"
              "- **NATO grade:** 10 (B-4)\n\nThe Assistant files.\n")
    assert [(p["title"], p["reference"], p["grade_code"]) for p in _posts(blocks)] == [
        ("Staff Officer (Plans)", "26/JFC/11", "A2"), ("Staff Assistant (Plans)", "26/JFC/12", "B4")]
    items = ("CIVILIAN VACANCY NOTICE 26/03 - TWO POSTS\nThrough this notice the Command will fill the following two "
             "posts:\nPost A: Officer (Training), NATO Grade A-2 / G15, Post Number TRX 0030\n"
             "Post B: Assistant (Training), NATO Grade B-4 / G10, Post Number TRX 0050\n1. POST CONTEXT\nThe Branch.\n"
             "2. POST A - OFFICER (TRAINING)\nEssential: at least 6 years of experience in training.\n"
             "3. POST B - ASSISTANT (TRAINING)\nEssential: at least 2 years of experience in training.\n")
    assert [(p["title"], p["grade_code"], p["nato_grade"], p["min_experience_years"]) for p in _posts(items)] == [
        ("Officer (Training)", "A2", "G15", 6), ("Assistant (Training)", "B4", "G10", 2)]


def test_a_units_size_as_a_team_and_a_title_under_its_own_numbered_heading():
    p = parse("VACANCY NOTICE\nGrade: A4\n1. POST CONTEXT\nThe Sonar Branch builds sonars. The Branch comprises a team "
              "of 19 scientists and engineers.\n2. TITLE\nHead, Sonar Branch\n3. PRINCIPAL DUTIES\nThe incumbent leads "
              "the Branch.\n")
    assert (p.post["title"], p.post["staff_led"]) == ("Head, Sonar Branch", 19)


def test_a_level_named_in_quotes_after_a_standardised_level():
    p = parse("Head, Planning Section\n1. SUMMARY\nThe Head leads.\n2. QUALIFICATIONS\n- Language: English - NATO "
              "Standardized Level 'Advanced' (V); French - NATO Standardized Level 'Beginner' (I).\n")
    assert (p.post["lang_level_one"], p.post["lang_level_other"]) == (5, 1)


def test_applications_submitted_through_a_platform_before_a_date():
    p = parse("Head, Planning Section\n1. SUMMARY\nThe Head leads.\n2. HOW TO APPLY\nApplications should be submitted "
              "via the Agency's recruitment portal before **3 March 2026** (midnight, Brussels time).\n")
    assert str(p.post["deadline"]) == "2026-03-03"
    addressed = parse("Head, Planning Section\n1. SUMMARY\nThe Head leads.\n2. HOW TO APPLY\nDeadline for applications "
                      "to the NATO School: 12 May 2026\n")
    assert str(addressed.post["deadline"]) == "2026-05-12"


def test_a_page_whose_table_lists_vacancies_without_headings_is_no_notice():
    page = ("# Current vacancies\n\nThe list below shows the posts open at the Agency.\n\n"
            "| Requisition # | Title | Grade | Deadline |\n|---|---|---|---|\n"
            "| 260501 | Senior Engineer (Networks) | G17 | 05-Mar-2026 |\n| 260502 | Assistant (Service Desk) | G11 | "
            "12-Mar-2026 |\n| 260503 | Head, Threat Analysis Branch | G21 | 19-Mar-2026 |\n")
    assert parse(page).failed


def test_tables_of_posts_with_their_pay_in_a_grid_in_cells_an_html_copy_gives_and_with_split_titles():
    tail = ("Closing Date: 24 April 2026\n1. POST CONTEXT\nThe Section translates.\n")
    grid = ("VACANCY NOTICE 260901\n+------------+------------------+-------+--------------------------------+\n"
            "| Post Number | Job Title | Grade | Basic Monthly Salary (12 x / year) |\n"
            "+------------+------------------+-------+--------------------------------+\n"
            "| OSC 0030| Translator (German) | L-2 | 6,300.00 EUR, tax free\t|\n"
            "| OSC 0050| Reviser (German)\t| L-3 | 7,600.00 EUR, tax free\t|\n"
            "+------------+------------------+-------+--------------------------------+\n" + tail)
    assert [(p["title"], p["grade_code"], p["salary_eur_monthly"]) for p in _posts(grid)] == [
        ("Translator (German)", "L2", 6300.0), ("Reviser (German)", "L3", 7600.0)]
    html_rows = ("Civilian Vacancy Notice - Vacancy Number 260902\n"
                 "Serial | Post Number | Job Title | NATO Grade | Basic monthly salary (tax free)\n"
                 "1 | JNF 0070 | Assistant (Budget) | B-4 | 3,950.00 EUR\n"
                 "2 | JNF 0090 | Principal Assistant (Payments) | B-5 | 4,610.00 EUR\n" + tail)
    assert [(p["title"], p["grade_code"], p["salary_eur_monthly"]) for p in _posts(html_rows)] == [
        ("Assistant (Budget)", "B4", 3950.0), ("Principal Assistant (Payments)", "B5", 4610.0)]
    split = ("## VACANCY NOTICE - TWO POSTS\n| Vacancy<br>Number | Post Title | | Grade | Basic monthly<br>salary |\n"
             "|---|---|---|---|---|\n| CMRE-26-031 | Research Engineer | (Sonar Arrays) | A-3 | €7,800.00 |\n"
             "| CMRE-26-032 | Technician (Sea | Trials) | B-4 | €4,100.00 |\n" + tail)
    assert [(p["title"], p["reference"], p["salary_eur_monthly"]) for p in _posts(split)] == [
        ("Research Engineer (Sonar Arrays)", "CMRE-26-031", 7800.0), ("Technician (Sea Trials)", "CMRE-26-032", 4100.0)]


def test_a_title_whose_bracket_closes_below_and_one_followed_by_its_french_in_brackets():
    p = parse("| **Job Title:** | Section Head (Maritime Picture | |\n| Services) | | |\n\n1. POST CONTEXT\n"
              "The Section.\n")
    assert p.post["title"] == "Section Head (Maritime Picture Services)"
    p = parse("Post Title / Intitulé du poste: Head, Visits Branch (Chef(fe), Branche Visites)\n"
              "Monthly basic salary / Salaire mensuel de base: 6,900.00 EUR (tax free / net d'impôts)\n"
              "1. POST CONTEXT\nThe Branch.\n")
    assert (p.post["title"], p.post["salary_eur_monthly"]) == ("Head, Visits Branch", 6900.0)


def test_labels_run_together_on_one_line_a_lone_grade_line_and_the_title_numbered_again_below():
    p = parse("VACANCY NOTICE Vacancy No. NSO-26-31 Post: Course Director (Logistics) Department: Logistics "
              "Department Grade: A-3 Closing date: 5 October 2026 The School trains staff.\n")
    assert (p.post["title"], p.post["grade_code"]) == ("Course Director (Logistics)", "A3")
    p = parse("NOTIFICATION OF VACANCY\nExecutive Management Division\nHead, Registry Section\nA.4\n"
              "Vacancy number: 140555\n1. SUMMARY\nThe Head leads.\n")
    assert p.post["grade_code"] == "A4"
    p = parse("Jobs board\n\nPrincipal Engineer (Storage)\n\nNATO\n\nResponsibilities\n\n- Design storage.\n\n"
              "Job description\n\nPrincipal Engineer (Storage)-260177\n\nWe are the Agency.\n")
    assert (p.post["title"], p.post["reference"]) == ("Principal Engineer (Storage)", "260177")


def test_management_years_after_with_at_least_and_units_sized_by_their_name_or_field():
    p = parse("Head, Planning Section\n1. SUMMARY\nThe Head leads.\n2. QUALIFICATIONS\nESSENTIAL\n- Twelve years' "
              "experience in logistics, with at least six in management positions.\n")
    assert (p.post["min_experience_years"], p.post["min_management_years"]) == (12, 6)
    p = parse("Director of Support\n1. SUMMARY\nThe Director of Support answers to the Commandant. The Directorate "
              "of Support comprises some 45 civilian and military staff.\n")
    assert p.post["staff_led"] == 45
    p = parse("Head, Contracts Section\n1. SUMMARY\nThe Head manages a team of 7 procurement staff.\n")
    assert p.post["staff_led"] == 7


def test_old_memos_deadline_and_a_translated_banner_before_the_reference():
    p = parse("MEMORANDUM\nSUBJECT: NOTIFICATION OF VACANCY - HEAD, REGISTRY SECTION\n2. TITLE: Head, Registry "
              "Section\n6. Applications, on the standard application form, should reach the Recruitment Service, "
              "Room I.155, not later than 21st March 1998.\n")
    assert str(p.post["deadline"]) == "1998-03-21"
    p = parse("Vacancy Notice / Avis de vacance de poste — NDC 05/2020\nPost title: Deputy Director, Research\n"
              "1. POST CONTEXT\nThe Division.\n")
    assert p.post["reference"] == "NDC 05/2020"
    assert parse("VACANCY NOTICE JFTC-V-27-04\nHead, Training Branch\n1. SUMMARY\nThe Head leads.\n"
                 ).post["reference"] == "JFTC-V-27-04"


def test_blocks_of_fields_under_their_vacancy_numbers_and_numbered_parts_headed_by_each_post():
    text = ("CIVILIAN VACANCY NOTICE - TWO POSTS\n1. The Command announces the following vacancies.\n"
            "   a. Vacancy No. 12/0101\n      Title:   Staff Officer (Training)\n      Grade:   A-3\n"
            "      Post No: TJX TRN 0030\n\n   b. Vacancy No. 12/0102\n      Title:   Staff Officer (Lessons)\n"
            "      Grade:   A-2\n      Post No: TJX LES 0070\n\n2. Closing date for both posts: 3 August 2012.\n\n"
            "3. POST 12/0101 - STAFF OFFICER (TRAINING)\n   Duties: plans training.\n   Qualifications:\n"
            "   (1) At least 7 years of experience in training.\n\n4. POST 12/0102 - STAFF OFFICER (LESSONS)\n"
            "   Duties: gathers lessons.\n   Qualifications:\n   (1) At least 2 years of experience in lessons.\n")
    assert [(p["title"], p["reference"], p["min_experience_years"]) for p in _posts(text)] == [
        ("Staff Officer (Training)", "12/0101", 7), ("Staff Officer (Lessons)", "12/0102", 2)]


def test_items_of_a_shared_section_said_of_one_post_by_its_serial_or_its_titles_head():
    table = ("Vacancy Number 260955\nSerial | Post Number | Job Title | NATO Grade\n1 | JX 0070 | Assistant (Budget) | "
             "B-4\n2 | JX 0090 | Principal Assistant (Payments) | B-5\nClosing date: 8 May 2026\n"
             "1. POST CONTEXT\nThe Office pays.\n2. ESSENTIAL QUALIFICATIONS\n")
    by_serial = table + ("- (1) Serial 1: a minimum of 3 years' experience in budget work.\n"
                         "- (2) Serial 2: a minimum of 6 years' experience in payments.\n")
    assert [p["min_experience_years"] for p in _posts(by_serial)] == [3, 6]
    by_title = table + ("(1) Assistant: at least 2 years' experience in budget work.\n"
                        "(2) Principal Assistant: at least 5 years' experience in payments.\n")
    assert [p["min_experience_years"] for p in _posts(by_title)] == [2, 5]
    run_in = table.replace("2. ESSENTIAL QUALIFICATIONS\n", "") + (
        "**Assistant (Budget).** Leads the ledger team (approximately 4 staff).\n"
        "**Principal Assistant (Payments).** Runs the payments desk. Direct reports: 3.\n")
    assert [(p["staff_led"], p["direct_reports"]) for p in _posts(run_in)] == [(4, None), (None, 3)]


def test_a_page_listing_vacancies_in_a_table_under_an_intro_and_above_its_advice_is_no_notice():
    page = ("# Current Civilian Vacancies\n\nThe table below lists the posts open. Click a post title to open the full "
            "vacancy notice.\n\n| Headquarters | Vacancy No. | Post title | NATO Grade | Closing date |\n"
            "|---|---|---|---|---|\n| SHAPE | G51/26 | Staff Officer (Plans) | G16 | 20 March 2026 |\n"
            "| JFC Naples | JFCNP 26/19 | Section Head (Budget) | G19 | 10 April 2026 |\n"
            "| AIRCOM | AC-2026-031 | Analyst (Assessment) | G15 | 17 April 2026 |\n\n## Before you apply\n\n"
            "- Read the full vacancy notice, including the essential qualifications.\n")
    assert parse(page).failed


def test_posts_numbered_with_their_header_fields_on_one_line_each():
    text = ("Vacancy Notice\nVacancy Numbers: 27011 / 27012\nClosing Date: 27 February 2027\n\n"
            "Post 1: Vacancy Number: 27011  Grade: B-4  Title: Assistant (Supply Data)  Division/Office: Supply "
            "Branch\n"
            "Post 2: Vacancy Number: 27012  Grade: C-5  Title: Technician (Ground Equipment)  Division/Office: "
            "Maintenance Squadron\n\n1. GENERAL:\nApplications are invited for the posts listed above.\n")
    assert [(p["title"], p["reference"], p["grade_code"]) for p in _posts(text)] == [
        ("Assistant (Supply Data)", "27011", "B4"), ("Technician (Ground Equipment)", "27012", "C5")]


def test_blocks_with_two_number_labels_and_blocks_whose_number_stands_again_above_their_requirements():
    labelled = ("VACANCY NOTICE - 2 POSTS\n\nVacancy Number: JFCBS 07/27\nPost Title: Assistant (Travel)\n"
                "Post Number: JSJ PTA 0020\nNATO Grade: B-3 (G8)\n\nVacancy Number: JFCBS 08/27\n"
                "Post Title: Assistant (Payroll)\nPost Number: JSJ PCP 0040\nNATO Grade: B-4 (G10)\n\n"
                "Closing date for both posts: 11 January 2027\n\nPOST CONTEXT\nThe Division administers staff.\n")
    assert [(p["title"], p["reference"], p["grade_code"]) for p in _posts(labelled)] == [
        ("Assistant (Travel)", "JFCBS 07/27", "B3"), ("Assistant (Payroll)", "JFCBS 08/27", "B4")]
    again = ("NOTIFICATION OF VACANCIES\nVACANCY: 272207\n1. SUMMARY\nThe Section protects pipelines.\n\n"
             "Post A: Officer, Pipeline Security (A.2 / NATO Grade G15)\nThe Officer drafts policy papers\n"
             "and supports the committees.\n\nPost B: Assistant, Pipeline Security (B.4 / NATO Grade G10)\n"
             "The Assistant keeps the Section's records\nand organises its meetings.\n\n"
             "2. QUALIFICATIONS AND EXPERIENCE\n\nPOST A: OFFICER, PIPELINE SECURITY\nESSENTIAL\n"
             "- have at least 6 years' experience in energy security;\n\nPOST B: ASSISTANT, PIPELINE SECURITY\n"
             "ESSENTIAL\n- have at least 2 years' experience of administrative support;\n\n"
             "3. COMPETENCIES (BOTH POSTS)\n- Achievement: Creates own measures of excellence;\n")
    assert [(p["title"], p["grade_code"], p["min_experience_years"]) for p in _posts(again)] == [
        ("Officer, Pipeline Security", "A2", 6), ("Assistant, Pipeline Security", "B4", 2)]


def test_blocks_with_their_own_vacancy_numbers_and_numbered_sections_under_a_bulletins_number():
    block = ("=====\nPOST {n}\nVacancy Number: JFCNP 27/1{n}\nJob Title: {title}\nNATO Grade: G1{n}\n\n"
             "1. POST CONTEXT\nThe Division manages funds.\n\n3. ESSENTIAL QUALIFICATIONS\n"
             "a. Professional experience: at least {years} years' experience in accounting.\n\n")
    text = ("ALLIED JOINT FORCE COMMAND NAPLES\n\nVACANCY ANNOUNCEMENT 05/2027 - TWO VACANCIES\n\n"
            "Closing Date for both posts: 24 April 2027\n\n"
            + block.format(n=1, title="Staff Officer (Audit)", years=6)
            + block.format(n=2, title="Assistant (Accounts)", years=2) + "=====\nREMARKS (BOTH POSTS)\nA contract.\n")
    assert [(p["title"], p["reference"], p["min_experience_years"]) for p in _posts(text)] == [
        ("Staff Officer (Audit)", "JFCNP 27/11", 6), ("Assistant (Accounts)", "JFCNP 27/12", 2)]


def test_a_contract_label_above_its_value_a_level_after_a_comma_and_direct_supervisory_responsibility():
    p = parse("Head, Sonar Branch\nContract Duration\n\n48 months\n\n- POST CONTEXT\nThe Branch builds sonars.\n")
    assert p.post["contract_years"] == 4
    p = parse("Head, Planning Section\n1. SUMMARY\nThe Head leads.\n2. QUALIFICATIONS\n- have the following levels of "
              "NATO's official languages: English, Proficiency (VI); French, Elementary (II).\n")
    assert (p.post["lang_level_one"], p.post["lang_level_other"]) == (6, 2)
    p = parse("Branch Head (Exercises)\n1. POST CONTEXT\nThe Branch Head leads a branch of 16 staff and has direct "
              "supervisory responsibility for 3 posts.\n")
    assert (p.post["staff_led"], p.post["direct_reports"]) == (16, 3)


def test_listed_posts_with_facts_after_a_dash_and_posts_described_under_markdown_headings():
    listed = ("# HQ SACT – Civilian Vacancy 270044\n\n**NATO Grade:** G17 (A.3)\n\n## Post summary\n\n"
              "The Directorate is "
              "recruiting for the following two posts, both in the Requirements Branch:\n\n"
              "1. **Staff Officer (Maritime Requirements)** – Post No. CAP RQ 0210\n"
              "2. **Staff Officer (Air Requirements)** – Post No. CAP RQ 0230\n\n"
              "Each Staff Officer drafts requirements.\n")
    assert [p["title"] for p in _posts(listed)] == ["Staff Officer (Maritime Requirements)",
                                                     "Staff Officer (Air Requirements)"]
    headed = ("# Allied Land Command – Civilian Vacancy Announcement LC-CIV-27/02\n\n"
              "**Closing date:** 17 April 2027\n\n"
              "LANDCOM is recruiting for the following two international civilian posts.\n\n"
              "## 1. Staff Officer (Doctrine)\n\n**Grade:** A-2 / NATO Grade G15\n\n**Essential.**\n\n"
              "- At least 5 years of experience in doctrine development.\n\n## 2. Assistant (Visits)\n\n"
              "**Grade:** B-3 / NATO Grade G8\n\n**Essential.**\n\n- At least 2 years of experience in protocol.\n")
    assert [(p["title"], p["grade_code"], p["min_experience_years"]) for p in _posts(headed)] == [
        ("Staff Officer (Doctrine)", "A2", 5), ("Assistant (Visits)", "B3", 2)]
    numbered = ("# NATO Defense College – Vacancy Notices NDC 03/2027 and NDC 04/2027\n\n"
                "## NDC 03/2027 – Head, Archives\n\nThe Head runs the archives.\n\n"
                "- At least 7 years of experience.\n\n"
                "## NDC 04/2027 – Assistant (Archives)\n\nThe Assistant files.\n\n- At least 2 years of experience.\n")
    assert [(p["title"], p["reference"]) for p in _posts(numbered)] == [
        ("Head, Archives", "NDC 03/2027"), ("Assistant (Archives)", "NDC 04/2027")]


def test_bulletins_whose_posts_are_numbered_items_or_open_with_vacancy_and_post_labels():
    items = ("NATO SCHOOL\nCIVILIAN VACANCIES\n\nThe School is recruiting for the following two posts. "
             "Closing date for all two posts: 14 May 2027.\n\n1) Officer (Course Planning)\n"
             "   Vacancy No.: NSO 27-011\n"
             "   Grade: A-2 / NATO Grade G15\n\n   Duties: plans courses.\n   - at least 4 years of experience.\n\n"
             "2) Assistant (Registry)\n   Vacancy No.: NSO 27-013\n   Grade: B-3 / NATO Grade G8\n\n"
             "   Duties: registers students.\n   - at least 2 years of experience.\n")
    assert [(p["title"], p["reference"], p["grade_code"], str(p["deadline"])) for p in _posts(items)] == [
        ("Officer (Course Planning)", "NSO 27-011", "A2", "2027-05-14"),
        ("Assistant (Registry)", "NSO 27-013", "B3", "2027-05-14")]
    labels = ("AIR COMMAND\nCIVILIAN VACANCIES - ISSUE 3/2027\n=====\nVacancy: AC 27/019\nPost: Officer (Airspace)\n"
              "Grade: A-3\nClosing: 27 March 2027\n-----\nSummary: The Officer drafts orders.\n- Minimum 6 years of "
              "experience.\n=====\nVacancy: AC 27/021\nPost: Head, Support Section\nGrade: A-4\nClosing: 3 April 2027\n"
              "-----\nSummary: The Head leads the Section.\n- Minimum 10 years of experience.\n")
    assert [(p["title"], p["reference"], p["min_experience_years"]) for p in _posts(labels)] == [
        ("Officer (Airspace)", "AC 27/019", 6), ("Head, Support Section", "AC 27/021", 10)]


def test_listed_posts_with_their_grade_in_brackets_and_a_labelled_fact_after_a_dash():
    text = ("Deputy Assistant Secretary General, Cyber Policy & Director, Resilience-270077\n\nDescription\n:\n"
            "Through this recruitment process we aim to fill two senior posts in the Division:\n"
            "- Deputy Assistant Secretary General, Cyber Policy (A.6 / NATO Grade G24) - Salary (Pay Basis): 13,400.00 "
            "Euro (EUR) Monthly\n- Director, Resilience (A.5 / NATO Grade G23) - Salary (Pay Basis): 12,000.00 Euro "
            "(EUR) Monthly\n\n1. SUMMARY\nThe Division leads the work on resilience.\n")
    assert [(p["title"], p["grade_code"], p["nato_grade"]) for p in _posts(text)] == [
        ("Deputy Assistant Secretary General, Cyber Policy", "A6", "G24"), ("Director, Resilience", "A5", "G23")]


def test_a_bodys_vacancy_label_before_the_title_and_a_post_named_before_an_emoji():
    assert parse("Subject: NSPA vacancy - Principal Engineer (Fuel Systems)\n\n1. SUMMARY\nThe Agency supplies fuel.\n"
                 ).post["title"] == "Principal Engineer (Fuel Systems)"
    post = parse("Marta reposted this\n\nWe are growing! My section is looking for its next Head of Stores Section 📦 "
                 "If you know someone, please share.\n\n#NATO #Hiring\n\nNATO Support and Procurement Agency\n"
                 "Closing date: 3 May 2027\n").post
    assert post["title"] == "Head of Stores Section"


def test_a_table_of_posts_with_a_ref_column_and_common_requirements_below_the_posts():
    text = ("# HQ MARCOM – Civilian Vacancies\n\nWe are looking for two international civilians.\n\n"
            "| Ref. | Post | NATO Grade | Closing date |\n|---|---|---|---|\n"
            "| MC 27/011 | Staff Officer (Maritime Picture) | G15 | 19 March 2027 |\n"
            "| MC 27/012 | Senior Assistant (Watch Support) | G10 | 19 March 2027 |\n\n"
            "## Staff Officer (Maritime Picture)\n\nCompiles the picture.\n\n- Minimum of 5 years of experience.\n\n"
            "## Senior Assistant (Watch Support)\n\nSupports the watch.\n\n- Minimum of 4 years of experience.\n\n"
            "## Common requirements\n\n- Possess the following minimum levels of NATO's official languages "
            "(English/French): V (\"Advanced\") in one; I (\"Beginner\") in the other.\n")
    assert [(p["reference"], p["min_experience_years"], p["lang_level_one"]) for p in _posts(text)] == [
        ("MC 27/011", 5, 5), ("MC 27/012", 4, 5)]


def test_a_shared_sections_parts_headed_by_each_posts_title_head_and_grade():
    text = ("# NCI Agency\n\nThe Agency is recruiting for the following two posts:\n\n"
            "- Principal Engineer (Storage Services) (G17)\n- Senior Engineer (Storage Services) (G15)\n\n"
            "**1. SUMMARY**\n\nThe Branch runs storage.\n\n**2. ESSENTIAL QUALIFICATIONS**\n\n"
            "*Principal Engineer (G17):*\n- at least 9 years of experience in storage platforms;\n\n"
            "*Senior Engineer (G15):*\n- at least 4 years of experience in storage administration;\n")
    assert [(p["title"], p["min_experience_years"]) for p in _posts(text)] == [
        ("Principal Engineer (Storage Services)", 9), ("Senior Engineer (Storage Services)", 4)]


def test_requirements_applying_to_all_three_posts_below_their_headings():
    text = ("# Cloud Branch – three vacancies\n\nThe Branch is looking for three new colleagues.\n\n"
            "| Post | Requisition | Grade |\n|---|---|---|\n| Senior Engineer (Cloud) | 270511 | A.3 |\n"
            "| Engineer (Cloud) | 270512 | A.2 |\n| Technician (Cloud) | 270513 | B.5 |\n\n"
            "## Role responsibilities\n\n### Senior Engineer (Cloud)\n\nDesigns the platform.\n\n"
            "**Essential qualifications**\n\n- At least 8 years of experience.\n\n### Engineer (Cloud)\n\n"
            "Builds the platform.\n\n**Essential qualifications**\n\n- At least 5 years of experience.\n\n"
            "### Technician (Cloud)\n\nRuns the platform.\n\n**Essential qualifications**\n\n"
            "- At least 3 years of experience.\n\n## Requirements applying to all three posts\n\n"
            "- Possess the following minimum levels of NATO's official "
            "languages (English/French): IV (\"Upper Intermediate\") in one; I (\"Beginner\") in the other.\n")
    assert [(p["reference"], p["lang_level_one"]) for p in _posts(text)] == [("270511", 4), ("270512", 4),
                                                                             ("270513", 4)]


def test_news_of_an_appointment_and_a_serving_officials_biography_are_no_notices():
    news = ("# NATO Agency welcomes new Director of Logistics\n\n*Capellen, 3 May 2027 – Public Affairs Office*\n\n"
            "The NATO Support Agency today welcomed its new Director of Logistics, Ms Ana Ruiz, who joins after "
            "fifteen years at a national ministry. The Director leads a Directorate of some 60 staff and chairs the "
            "Logistics Board.\n\n\"Our people are our strength,\" Ms Ruiz said at a short ceremony.\n")
    assert parse(news).failed
    bio = ("Mr Jan Reuter\nDeputy Assistant Secretary General for Operations\nMr Jan Reuter took up his duties as "
           "NATO Deputy Assistant Secretary General for Operations on 1 May 2025. He leads a team of 40 staff and "
           "chairs the Operations Policy Committee.\nCareer\n- 2019–2025: Director, Crisis Management, Ministry of "
           "Foreign Affairs\n- 2014–2019: Head of Unit, Ministry of Defence\nEducation\nMaster's degree in law.\n")
    assert parse(bio).failed
    # a notice quoting no one and listing no career stays a notice
    assert not parse("Director of Logistics\nVacancy 270411\n1. SUMMARY\nThe Director leads the Directorate.\n"
                     "2. QUALIFICATIONS\nAt least 12 years of experience.\n").failed


def test_a_post_noun_qualifying_a_programme_names_no_post():
    page = ("NATO Internship Programme 2027\nEvery year the NATO International Staff offers internships to young "
            "graduates of member nations, who work in its Divisions at NATO Headquarters.\nWho can apply?\n- "
            "graduates who completed a university degree;\n- candidates with a good knowledge of one of NATO's "
            "official languages (English/French).\nWhat we offer\nInterns receive a monthly grant of 1,100.00 EUR.\n"
            "How to apply\nApplications for the 2027 programme close on 30 October 2026; selected candidates must "
            "obtain a NATO security clearance.\n")
    assert parse(page).failed
    assert parse("Intern (Programme Support)\nVacancy 270412\n1. SUMMARY\nThe Intern supports the "
                 "programme.\n").post["title"] == "Intern (Programme Support)"


def test_one_posts_title_written_again_with_another_specialisation_names_two_posts():
    for join in (" / ", " and ", " & "):
        text = (f"# Budget Officer (Air Programmes){join}Budget Officer (Land Programmes)\n\n**Vacancy Number:** "
                "AGY-27-0101\n**Grade:** A.2\n\nThe Agency is looking for two Budget Officers.\n\n## Requirements "
                "common to both posts\n\n- at least 4 years of experience in public budgeting;\n")
        assert [(p["title"], p["reference"], p["min_experience_years"]) for p in _posts(text)] == [
            ("Budget Officer (Air Programmes)", "AGY-27-0101", 4),
            ("Budget Officer (Land Programmes)", "AGY-27-0101", 4)]
    # a title with an English and a French name, or one post holding two roles, stays one post
    for title in ("Budget Officer (Air Programmes) / Administrateur (budget)",
                  "Executive Officer and Head (Front Office)"):
        assert len(_posts(f"{title}\nVacancy 270501\n1. SUMMARY\nText.\n")) == 1


def test_a_contract_section_stating_no_length_leaves_it_to_the_rest_of_the_notice():
    text = ("Engineer (Radar)\n**Contract type:** Fixed term · Full-time\n**Closes:** 30 Sep 2027\n\n"
            "## Essential requirements\n- at least 5 years of experience.\n\n## What we offer\n"
            "An initial appointment of four years and a tax-free salary.\n")
    assert parse(text).post["contract_years"] == 4


def test_sections_after_the_last_posts_own_sections_are_every_posts():
    block = ("POST {n}: {title}\nGrade: {grade}\nESSENTIAL\n- at least {years} years of experience.\n"
             "COMPETENCIES\n- Achievement: Works to meet standards;\n- Teamwork: Cooperates.\n")
    text = ("NATO International Staff\nVacancy 270777\nSUMMARY\nThe Section serves the Committee.\n"
            + block.format(n=1, title="Senior Officer, Plans", grade="A.4", years=8)
            + block.format(n=2, title="Officer, Plans", grade="A.2", years=4)
            + "CONTRACT\nContract to be offered to the successful applicants: definite duration contract of three "
              "years.\n")
    assert [(p["title"], p["min_experience_years"], p["contract_years"]) for p in _posts(text)] == [
        ("Senior Officer, Plans", 8, 3), ("Officer, Plans", 4, 3)]


def test_listed_posts_with_facts_after_dashes_then_their_unit_and_items_said_of_one_grade():
    text = ("STAFF VACANCY 271101\nNATO Agency\nVarious Clerk posts\n\nThe Agency will appoint candidates to the "
            "following positions:\n\n  a.  Clerk, Registry Section - NATO Grade G6 (B.2) - Post number AGY REG 0010 "
            "- Agency, Registry\n  b.  Clerk (Mail Room) - NATO Grade G6 (B.2) - Post number AGY MRM 0020 - Agency, "
            "Support Branch\n  c.  Senior Clerk, Front Office - NATO Grade G8 (B.3) - Post number AGY FOF 0030 - "
            "Agency, Front Office\n\n1. QUALIFICATIONS AND EXPERIENCE\n\nESSENTIAL\n\nThe incumbent must:\n"
            "  - for the G6 (B.2) positions, have at least 1 year's experience of registry duties;\n"
            "  - for the G8 (B.3) position, have at least 3 years' experience of office duties;\n")
    assert [(p["title"], p["grade_code"], p["min_experience_years"]) for p in _posts(text)] == [
        ("Clerk, Registry Section", "B2", 1), ("Clerk (Mail Room)", "B2", 1), ("Senior Clerk, Front Office", "B3", 3)]


def test_a_table_with_one_column_per_post(tmp_path: Path):
    html = ("<html><body><h1>Office of the Legal Adviser: two posts</h1><table>"
            "<tr><th></th><th>Legal Adviser</th><th>Deputy Legal Adviser</th></tr>"
            "<tr><th>Vacancy Number</th><td>HQ 27/01</td><td>HQ 27/02</td></tr>"
            "<tr><th>NATO Grade</th><td>G20 (A-4)</td><td>G17 (A-3)</td></tr>"
            "<tr><th>Closing date</th><td colspan='2'>31 March 2027</td></tr></table>"
            "<h2>Legal Adviser</h2><p>The Legal Adviser leads the Office.</p><h3>Essential qualifications</h3><ul>"
            "<li>Minimum 10 years' experience in international law.</li></ul>"
            "<h2>Deputy Legal Adviser</h2><p>The Deputy supports the Legal Adviser.</p><h3>Essential "
            "qualifications</h3><ul><li>Minimum 6 years' experience in international law.</li></ul></body></html>")
    posts = [p.post for p in expand(_html(tmp_path, html))]
    assert [(p["title"], p["reference"], p["grade_code"], p["min_experience_years"]) for p in posts] == [
        ("Legal Adviser", "HQ 27/01", "A4", 10), ("Deputy Legal Adviser", "HQ 27/02", "A3", 6)]


def test_sections_said_of_one_post_after_their_heading():
    text = ("NATO UNCLASSIFIED\nCOMBINED VACANCY NOTICE - TWO POSTS\n\nPOST 1\nVacancy Number: H11/27\nJob Title: "
            "Section Head (Payments)\nNATO Grade: 18\n\nPOST 2\nVacancy Number: H12/27\nJob Title: Accounts Clerk\n"
            "NATO Grade: 8\n\nPOST SUMMARY\nThe Branch pays the Headquarters' bills.\n\n"
            "PRINCIPAL DUTIES - POST 1, SECTION HEAD (PAYMENTS)\n1) Directs the Payments Section, composed of 9 "
            "staff.\n\nPRINCIPAL DUTIES - POST 2, ACCOUNTS CLERK\n1) Enters invoices.\n\n"
            "ESSENTIAL QUALIFICATIONS - POST 1\n1) Minimum of 7 years' experience in payments.\n\n"
            "ESSENTIAL QUALIFICATIONS - POST 2\n1) Minimum of 2 years' experience in bookkeeping.\n")
    assert [(p["title"], p["min_experience_years"], p["staff_led"]) for p in _posts(text)] == [
        ("Section Head (Payments)", 7, 9), ("Accounts Clerk", 2, None)]


def test_a_shared_sections_parts_said_of_one_post_only_under_a_markdown_heading():
    text = ("# STAFF VACANCY 271301\n\n| Post | Title | Grade | Post number |\n|---|---|---|---|\n"
            "| 1 | Staff Officer Logistics | A-2/G-15 | IMS LOG 0110 |\n"
            "| 2 | Senior Staff Officer Movements | A-3/G-17 | IMS LOG 0070 |\n\n## 2. Principal Duties\n\n"
            "**Post 1 – Staff Officer Logistics.** The incumbent:\n"
            "- follows logistics;\n- drafts advice.\n\n**Post 2 – Senior Staff Officer Movements.** The incumbent:\n"
            "- plans movements;\n- deputises for the Head.\n\n"
            "## 3. Essential Qualifications\n\n**Common to both posts.** The incumbent must:\n- possess the following "
            "minimum levels of NATO's official languages (English/French): V (\"Advanced\") in one; II "
            "(\"Elementary\") in the other.\n\n**Post 1 only:**\n- at least 2 years' experience in logistics.\n\n"
            "**Post 2 only:**\n- at least 5 years' experience in movements.\n\n## 4. Conditions\n\n"
            "Successful candidates are offered a 3-year definite duration contract.\n")
    assert [(p["min_experience_years"], p["lang_level_one"], p["contract_years"]) for p in _posts(text)] == [
        (2, 5, 3), (5, 5, 3)]


def test_parts_headed_by_the_plural_of_two_posts_title_and_one_grades_pay_on_several_rows():
    text = ("VACANCY NOTICE 271401\nThrough this vacancy notice the Office will fill the following three posts:\n"
            "Post | NATO Grade | Post number | Basic monthly salary (tax-free)\n"
            "Panel Officer, Sensors Panel | G17 (A.3) | OFF SEN 0010 | 7,500.00 EUR\n"
            "Panel Officer, Human Factors Panel | G17 (A.3) | OFF HUM 0010 | 7,500.00 EUR\n"
            "Assistant, Panel Support | G8 (B.3) | OFF PSS 0040 | 3,900.00 EUR\n1. Essential qualifications\n"
            "Panel Officers\n- At least 8 years' experience in research management;\n"
            "Assistant, Panel Support\n- At least 2 years' experience in administrative support;\n"
            "2. Conditions\nSuccessful candidates will be offered a three-year definite duration contract.\n")
    assert [(p["salary_eur_monthly"], p["min_experience_years"], p["contract_years"]) for p in _posts(text)] == [
        (7500.0, 8, 3), (7500.0, 8, 3), (3900.0, 2, 3)]


def test_a_post_named_by_its_titles_head_and_its_units_initials():
    text = ("Head, Force Planning Section (1 post) & Head, Budget Policy Section (1 post)\n\nThrough this "
            "recruitment process we aim to hire two candidates for the following positions:\n\n"
            "- Head, Force Planning Section (G20)\n- Head, Budget Policy Section (G20)\n\n1. SUMMARY\n\n"
            "  • The Head FPS leads the Force Planning Section, a team of 12 staff members.\n"
            "  • The Head BPS leads the Budget Policy Section, composed of 6 staff members.\n")
    assert [(p["title"], p["staff_led"]) for p in _posts(text)] == [
        ("Head, Force Planning Section", 12), ("Head, Budget Policy Section", 6)]


def test_a_blocks_values_are_said_of_its_post_under_a_bodys_name():
    block = ("-----\nPOST {n} - {title}\nGrade: {grade}\n-----\nSummary\n{duty}\nEssential requirements\n"
             "- at least {years} years' experience.\n")
    text = ("NATO DEFENSE COLLEGE\nCOLLÈGE DE DÉFENSE DE L'OTAN\nVia Roma 1, Rome, Italy\n\nVACANCY NOTICE NDA 27-01\n"
            "Faculty of Studies - two posts\nThe College invites applications for the following two posts:\n"
            + block.format(n=1, title="DIRECTOR, STUDIES DIVISION", grade="A.5", years=12,
                           duty="The Director leads the Studies Division, composed of 20 lecturers and support staff, "
                                "and reports to the Dean of the College.")
            + block.format(n=2, title="LECTURER (STRATEGY)", grade="A.3", years=5, duty="The Lecturer teaches."))
    assert [(p["title"], p["staff_led"]) for p in _posts(text)] == [("DIRECTOR, STUDIES DIVISION", 20),
                                                                    ("LECTURER (STRATEGY)", None)]


def test_a_copys_header_block_below_a_viewers_list_of_similar_documents():
    text = ("Vacancy Notice Vacancy Number: 27031 Grade: A-2 Title: Engineer (Radar Test Equipment)\n\n"
            "Similar documents\nVacancy Notice. Vacancy Number: 27027 Grade: B-5 Title: Technician (Structures)\n"
            "Vacancy Notice. Vacancy Number: 27019 Grade: A-3 Title: Section Head (Engineering)\n\n"
            "Vacancy Notice\nVacancy Number: 27031\nGrade: A-2\nTitle: Engineer (Radar Test Equipment)\n"
            "Basic Monthly Salary: EUR 6,100.50 (tax free)\nClosing Date: 19 March 2027\n\n1. GENERAL:\n"
            "Applications are invited for the post listed above. This post is due to be filled as soon as possible. "
            "Applicants are required to adhere strictly to the instructions on how to apply.\n\n2. DUTIES:\n"
            "a. Provides engineering support for the radar test stations.\n\n3. ESSENTIAL QUALIFICATIONS:\n"
            "a. A minimum of three years' experience in radar engineering.\n")
    post = parse(text).post
    assert (post["reference"], post["salary_eur_monthly"], post["deadline"]) == ("27031", 6100.5,
                                                                               dt.date(2027, 3, 19))


def test_applications_sent_one_way_that_must_arrive_by_a_date():
    for line in ("Applications should be sent through the national delegation and must reach the Office of the "
                 "Director no later than 2 May 2027.",
                 "Applications must be submitted through the e-recruitment system (www.example.int/jobs) and must be "
                 "received by 2 May 2027."):
        assert parse(f"Officer (Plans)\nVacancy 270001\n1. SUMMARY\nText.\n{line}\n").post["deadline"] == \
            dt.date(2027, 5, 2)


def test_a_duty_run_in_after_its_accountability_areas_name():
    text = ("Head, Energy Section\nVacancy 270002\n1. SUMMARY\nText.\n3. MAIN ACCOUNTABILITIES\nPolicy Development "
            "Develop policy. Committee Work Chair the Fuel Supply Working Group (FSWG) on behalf of the Division.\n")
    assert parse(text).post["committees_chaired"] == 1


def test_a_contract_that_will_be_of_some_years_duration():
    text = "Officer (Plans)\nVacancy 270003\n1. SUMMARY\nText.\nCONTRACT\nThe first contract will be of two (2) " \
           "years' duration.\n"
    assert parse(text).post["contract_years"] == 2


def test_pictographs_before_a_title_and_before_headings():
    text = ("Posted by a recruiter\n\n🛰️ Space Policy Officer\n\n📌 Vacancy Number: AGY 27/11\n\n✅ Essential "
            "requirements:\n• At least 7 years of professional experience\n• At least 3 years managing teams and "
            "budgets\n")
    post = parse(text).post
    assert (post["title"], post["min_experience_years"], post["min_management_years"]) == (
        "Space Policy Officer", 7, 3)


def test_staff_named_by_two_fields_before_the_staff_noun():
    text = "Head, Network Operations\nVacancy 270004\n1. SUMMARY\nThe Head leads a team of 7 finance and " \
           "contracting staff.\n"
    assert parse(text).post["staff_led"] == 7


def test_a_subject_naming_the_posts_own_title_is_the_post():
    text = ("Chief of Staff\nVacancy 270005\n1. SUMMARY\nThe Chief of Staff leads the Front Office. The Chief of "
            "Staff chairs the Agency Resource Board and the Continuity Working Group.\n")
    assert parse(text).post["committees_chaired"] == 2
    other = "Head, Plans Branch\nVacancy 270006\n1. SUMMARY\nThe Chief of Staff chairs the Agency Resource Board.\n"
    assert parse(other).post["committees_chaired"] == 0


def test_reports_stated_in_a_table():
    text = ("# Director, Studies\n\nVacancy 270007\n\n## 1. SUMMARY\n\nText.\n\n## 4. INTERRELATIONSHIPS\n\n"
            "| Direct reports | Indirect reports |\n|---|---|\n| 4 | 31 |\n")
    assert parse(text).post["direct_reports"] == 4


def test_a_level_named_then_its_numeral_then_its_language():
    text = _essential("Advanced (V) English and Intermediate (III) French (NATO language levels).")
    post = parse(text).post
    assert (post["lang_level_one"], post["lang_level_other"]) == (5, 3)


def test_a_units_size_is_kept_when_its_parts_are_each_led_by_another():
    text = ("Assistant Secretary General for Support\nVacancy 270008\n1. SUMMARY\nThe ASG leads the Support "
            "Division. The Division is composed of approximately 310 staff members and is organised in five "
            "directorates, each led by a Director.\n")
    assert parse(text).post["staff_led"] == 310


def test_posts_described_in_turn_by_their_full_titles_and_short_names_with_pay_after_each():
    text = ("NATO International Staff\nVacancy 270009\n\nThe Division will fill the following two posts:\n"
            "- Deputy Assistant Secretary General, Space Policy (A.6 / NATO Grade G24) - Salary (Pay Basis): "
            "13,500.00 Euro (EUR) Monthly\n- Director, Space Operations (A.5 / NATO Grade G23) - Salary (Pay Basis): "
            "12,100.00 Euro (EUR) Monthly\n\n1. SUMMARY\n"
            "The Deputy Assistant Secretary General, Space Policy (DASG/SP) oversees two directorates (approximately "
            "45 staff). The DASG chairs the Space Policy Committee.\n"
            "The Director, Space Operations leads the Space Operations Directorate (approximately 18 staff).\n"
            "4. INTERRELATIONSHIPS\nThe DASG/SP reports to the Assistant Secretary General. Direct reports: 5.\n"
            "The Director, Space Operations reports to the DASG/SP. Direct reports: 2.\n")
    assert [(p["salary_eur_monthly"], p["staff_led"], p["direct_reports"], p["committees_chaired"])
            for p in _posts(text)] == [(13500.0, 45, 5, 1), (12100.0, 18, 2, None)]  # (a committee named only in
    # another post's lines is not named for this one)


def test_a_table_of_posts_whose_salary_columns_name_holds_the_currency():
    text = ("STO - Collaboration Support Office\nVacancy CSO/2027/01\n\nPost title                       Post No.   "
            "Grade       Salary (monthly, EUR)\nExecutive Officer, Panel Office     CSO-EXO-02   A.3 / G17    "
            "7,450.00\nAssistant (Panel Office)            CSO-PSA-05   B.4 / G10    4,150.00\n\n1. SUMMARY\nText.\n")
    assert [p["salary_eur_monthly"] for p in _posts(text)] == [7450.0, 4150.0]


def test_direct_reports_named_as_posts_with_an_aside_or_said_to_report_to_the_posts_own_title():
    cases = [("Financial Controller", "The incumbent heads the Office, a team of 9 staff, and has two Section Heads "
                                      "(Budget, Payments) as direct reports.", 2),
             ("Deputy Director, Support", "The incumbent manages the Support Services, totalling some 40 staff, with "
                                          "six Officers and Section Heads as direct reports.", 6),
             ("Financial Controller", "The incumbent heads the Finance Office (6 staff), with the Chief Accountant "
                                      "and the Payments Officer reporting directly to the Financial Controller.", 2),
             ("Legal Adviser", "The Legal Adviser heads the Office (4 personnel: two Legal Officers and one Legal "
                               "Assistant (Claims), all reporting directly to the Legal Adviser).", 3),
             ("Chief of Staff", "The incumbent leads the Front Office (some 30 staff); the heads of its four "
                                "functions report directly to the Chief of Staff.", 4)]
    for title, line, count in cases:
        assert parse(f"{title}\nVacancy 270010\n1. SUMMARY\n{line}\n").post["direct_reports"] == count, line
    # reporting to another post, they are not the post's
    assert parse("Financial Controller\nVacancy 270011\n1. SUMMARY\nThe incumbent heads the Office, with the Chief "
                 "Accountant and the Payments Officer reporting directly to the Deputy Controller.\n"
                 ).post["direct_reports"] is None


_VIEWER = ("NOTIFICATION OF AN A GRADE VACANCY\n\n\n\n{similar}\nNOTIFICATION OF A B GRADE VACANCY\n\n"
           "{guide}\n\n{transcript}\n\n1 NOTIFICATION OF AN A GRADE VACANCY LOCATION: NATO Headquarters, Brussels "
           "DIVISION DIRECTORATE TITLE GRADE OPERATIONS DIVISION CRISIS MANAGEMENT DIRECTORATE Head, Situation Centre "
           "A4 VACANCY N : 071299 1. SUMMARY The Situation Centre runs the watch. 2. QUALIFICATIONS AND EXPERIENCE "
           "ESSENTIAL The incumbent must: have at least 8 years experience in crisis management. 3. COMPETENCIES "
           "Achievement: Sets and works to meet challenging goals.\n")


def test_a_viewers_list_of_other_documents_in_its_own_language_says_nothing_of_the_notice():
    for similar, transcript in (("Similar documents", "Transcription"), ("Relaterte dokumenter", "Transkripsjon"),
                                ("Ähnliche Dokumente", "Transkription")):
        post = parse(_VIEWER.format(similar=similar, guide="Guide for applicants 2007", transcript=transcript)).post
        assert (post["title"], post["grade_code"]) == ("Head, Situation Centre", "A4"), similar


def test_an_expired_listing_without_its_notice_a_speech_rules_and_an_agenda_are_no_notices():
    expired = ("Strona główna » Oferty pracy\nTa oferta pracy jest już nieaktualna\nOfficer (Budget Plans)\n"
               "NATO – NSPA · Capellen\nOferta wygasła: 12.01.2027.\n")
    assert parse(expired).failed
    with_text = ("This job has expired\nHead, Budget Planning Section\nJob Details\nThe Section plans the budget. S/he "
                 "leads a team of 6 staff and advises the Director on budget planning across the Agency.\n")
    assert not parse(with_text).failed
    speech = ("# Remarks by the Director of Logistics at the Supply Forum\n\n*(As delivered)*\n\nExcellencies, ladies "
              "and gentlemen,\n\nWhen I took up my post as Director, I told my team of some 60 colleagues that our "
              "job was to keep NATO supplied.\n")
    assert parse(speech).failed
    rules = ("NATO CIVILIAN PERSONNEL REGULATIONS – EXTRACT\n### Article 8 – Probation\n8.1 All appointments shall be "
             "subject to a probationary period.\n### Article 9 – Languages\n9.1 The language requirements of each post "
             "shall be stated in its vacancy notice: V (\"Advanced\") in one; II in the other.\n")
    assert parse(rules).failed
    agenda = ("NATO HR CONFERENCE 2027 PROGRAMME\n0830-0900 Registration\n0900-0930 Opening address: Head, Human "
              "Resources\n0930-1030 Session 1: vacancy notices, grades and competencies\n1030-1100 Coffee break\n")
    assert parse(agenda).failed


def test_plural_title_labels_and_a_labelled_title_wrapped_onto_the_next_line():
    posts = _posts("SUPREME HEADQUARTERS\nVacancy Number: G09/27\nJob Titles: Staff Officer (Audit Policy) / Staff "
                   "Officer (Audit Execution)\nNATO Grade: G16\n1. SUMMARY\nText.\n")
    assert [p["title"] for p in posts] == ["Staff Officer (Audit Policy)", "Staff Officer (Audit Execution)"]
    text = ("STAFF VACANCY 270611\nTITLE: Head, Civilian Personnel\nManagement\nGRADE: A-4/G-19\n1. Post Context.\n"
            "Text.\n")
    assert parse(text).post["title"] == "Head, Civilian Personnel Management"
    assert parse("STAFF VACANCY 270612\nTITLE: Engineer (Radar)\nVacancy Notice\nGrade: A-2\n1. SUMMARY\nText.\n"
                 ).post["title"] == "Engineer (Radar)"


def test_stripped_amounts_year_letter_serials_and_levels_respectively():
    text = ("NSPA\nVacancy Notice\n\nReference 27K0411\nPost Title Executive Officer Office of the Director\nGrade A4\n"
            "Monthly basic salary EUR 9 512 40 tax free\n\nQualifications\nEssential\n- a thorough knowledge of one "
            "of the two official languages and a good working knowledge of the other (NATO levels IV and II respec-\n"
            "  tively).\n")
    post = parse(text).post
    assert (post["reference"], post["salary_eur_monthly"], post["lang_level_one"], post["lang_level_other"]) == (
        "27K0411", 9512.4, 4, 2)


def test_a_letterhead_is_no_title_and_a_panel_executive_is_a_post():
    text = ("SCIENCE AND TECHNOLOGY AGENCY\nNORTH ATLANTIC TREATY ORGANISATION\n\nVACANCY NOTICE STA/09/02\n\n"
            "Post: Panel Executive, Applied Vehicle Technology Panel\nGrade: A.4\n\nDuties\nThe Panel Executive "
            "manages the Panel Office.\n")
    assert parse(text).post["title"] == "Panel Executive, Applied Vehicle Technology Panel"


def test_a_language_level_named_then_dashed_to_its_numeral_and_a_team_noted_as_direct_reports():
    post = parse(_essential("Language:", "English: Advanced – NATO level V;", "French: Elementary – NATO level II.")
                 ).post
    assert (post["lang_level_one"], post["lang_level_other"]) == (5, 2)
    post = parse("Head, Test Section\nVacancy 270013\n1. SUMMARY\n- Lead a team of 5 engineers (direct reports) and "
                 "coordinate contractors.\n").post
    assert (post["staff_led"], post["direct_reports"]) == (5, 5)


def test_a_sentence_broken_before_its_last_word_is_no_heading():
    text = ("Head, X\nVacancy 270014\n1. SUMMARY\nText.\n6. Contract.\nThe successful applicant will be offered a "
            "2-year definite duration\ncontract.\n")
    assert parse(text).post["contract_years"] == 2


def test_vacancy_blocks_opened_by_a_banner_without_colon():
    block = ("=====\nVACANCY A {ref}(2027)\nPOST: {title}\nGRADE: {grade}\n\n1. SUMMARY\nThe post runs the unit.\n\n"
             "2. ESSENTIAL\n- have at least {years} years of experience.\n\n")
    text = ("INTERNATIONAL STAFF\nNOTIFICATION OF VACANCIES\nClosing date: 15 March 2027\n\n"
            + block.format(ref="04", title="Director, Plans Directorate", grade="A.6", years=12)
            + block.format(ref="05", title="Head, Plans Section", grade="A.5", years=8))
    assert [(p["reference"], p["title"], p["min_experience_years"]) for p in _posts(text)] == [
        ("A 04(2027)", "Director, Plans Directorate", 12), ("A 05(2027)", "Head, Plans Section", 8)]


def test_two_different_posts_on_the_title_line_with_their_grades_and_parts_said_of_each_by_a_dash():
    text = ("# NATO College - Vacancy announcement 2027/02\n\n**Course Adviser (Cyber Policy)** (A.3) and **Research "
            "Assistant (Arctic and High North)** (B.4)\n\n*Deadline for applications:* 28 February 2027\n\n## Pay\n\n"
            "| Grade | Basic monthly salary (tax free) |\n|---|---|\n| A.3 | 7,300.00 EUR |\n| B.4 | 4,100.00 EUR |\n\n"
            "## Essential requirements\n\n- **Experience:**\n  - Course Adviser - at least 8 years of experience in "
            "cyber policy;\n  - Research Assistant - at least 3 years of experience in research support.\n"
            "- **Languages:**\n  - Course Adviser - V (\"Advanced\") in one and III (\"Intermediate\") in the other;\n"
            "  - Research Assistant - IV (\"Upper Intermediate\") in one and I (\"Beginner\") in the other.\n")
    assert [(p["title"], p["grade_code"], p["salary_eur_monthly"], p["min_experience_years"], p["lang_level_one"])
            for p in _posts(text)] == [("Course Adviser (Cyber Policy)", "A3", 7300.0, 8, 5),
                                       ("Research Assistant (Arctic and High North)", "B4", 4100.0, 3, 4)]
    caps = _posts("INTERNATIONAL MILITARY STAFF\nSTAFF VACANCY IMS/009/2027\n\nSTAFF OFFICER (PLANS POLICY) AND STAFF "
                  "OFFICER (FORCE POLICY)\n\nGrade: A.3\n1. SUMMARY\nText.\n")
    assert [p["title"] for p in caps] == ["STAFF OFFICER (PLANS POLICY)", "STAFF OFFICER (FORCE POLICY)"]


def test_listed_posts_opened_by_their_vacancy_numbers_and_items_opened_by_each_title():
    text = ("HEADQUARTERS ALLIED JOINT FORCE COMMAND\nClosing date: 22 March 2027\n"
            "The HQ is recruiting for two posts:\n"
            "- Vacancy number JFCX 27/011 - Assistant (Payments), NATO Grade G10 (B-4)\n"
            "- Vacancy number JFCX 27/012 - Senior Assistant (Cash), NATO Grade G11 (B-5)\n"
            "Essential qualifications\n- Higher secondary education.\n- Assistant (Payments): at least 2 years of "
            "experience in payments.\n- Senior Assistant (Cash): at least 6 years of experience in treasury.\n"
            "- Language: NATO level IV (Upper Intermediate) in English.\n")
    assert [(p["reference"], p["title"], p["min_experience_years"], p["lang_level_one"]) for p in _posts(text)] == [
        ("JFCX 27/011", "Assistant (Payments)", 2, 4), ("JFCX 27/012", "Senior Assistant (Cash)", 6, 4)]


def test_a_table_of_posts_with_a_closing_date_column_pay_per_grade_below_dot_leaders_and_lines_opened_by_titles():
    text = ("HEADQUARTERS ALLIED JOINT FORCE COMMAND\nCIVILIAN VACANCY NOTICE 04/2027\n\nThe Directorate has the "
            "following vacancies:\n\nVACANCY NO.   POST NO.        JOB TITLE                          GRADE     "
            "CLOSING DATE\nJFCX-27-07    XXPJ ECX 0010   Analyst (Imagery)                  A-2/G15   9 Apr 2027\n"
            "JFCX-27-08    XXPJ ECX 0020   Assistant (Imagery Production)     B-4/G10   9 Apr 2027\n\n"
            "BASIC MONTHLY SALARY (tax free, 12 x per year)\n  A-2 (G15) ............ 5,600.00 EUR\n"
            "  B-4 (G10) ............ 3,950.00 EUR\n\nESSENTIAL QUALIFICATIONS\nAnalyst:   university degree; at "
            "least 4 years of experience in imagery analysis.\nAssistant: higher secondary education; at least 2 "
            "years of experience in document production.\nBoth:      NATO level V (Advanced) in English and level I "
            "(Beginner) in French.\n")
    assert [(p["deadline"], p["salary_eur_monthly"], p["min_experience_years"], p["lang_level_one"])
            for p in _posts(text)] == [(dt.date(2027, 4, 9), 5600.0, 4, 5), (dt.date(2027, 4, 9), 3950.0, 2, 5)]


def test_blocks_headed_by_their_vacancy_numbers_above_a_blank_line_and_listed_grades_in_lower_case():
    block = ("---\n\n### Vacancy Number: {ref}\n\n**Post Number:** OSC JXAC {pn}\n**Job Title:** {title}\n"
             "**NATO Grade:** {grade}\n\n**Essential qualifications**\n- At least {years} years of experience.\n\n")
    text = ("# SHAPE civilian vacancies\n\nEach vacancy is described under its own header.\n\n"
            + block.format(ref="G21/27", pn="0030", title="Staff Officer (Liaison)", grade="G17", years=5)
            + block.format(ref="G22/27", pn="0040", title="Assistant (Liaison)", grade="G10", years=2))
    assert [(p["reference"], p["title"]) for p in _posts(text)] == [("G21/27", "Staff Officer (Liaison)"),
                                                                     ("G22/27", "Assistant (Liaison)")]
    listed = ("STO - Collaboration Support Office\nVacancy CSO/2027/04\nThe Office will fill the following two posts:\n"
              "- **Scientific Officer (Sensors)** - grade A.4 (NATO Grade G18) - post no. CSO SEN 0010\n"
              "- **Panel Assistant (Sensors)** - grade B.4 (NATO Grade G10) - post no. CSO SEN 0030\n1. SUMMARY\n"
              "Text.\n")
    assert [p["grade_code"] for p in _posts(listed)] == ["A4", "B4"]


def test_competencies_named_in_french_then_english():
    text = ("Head, X\nVacancy 270015\n1. SUMMARY\nText.\n5. COMPÉTENCES / COMPETENCIES\n- Recherche de l'excellence / "
            "Achievement: Sets and works to meet challenging goals;\n- Clarté et précision / Clarity and Accuracy: "
            "Monitors data or projects;\n- Travail en équipe / Teamwork: Solicits inputs and encourages others.\n")
    assert [r["competency"] for r in parse(text).rows["competencies"]] == ["Achievement", "Clarity and Accuracy",
                                                                          "Teamwork"]


def test_blocks_headed_by_their_vacancy_number_then_title_and_a_last_heading_shared_by_all():
    text = ("# HQ Transformation - civilian vacancies\n\nClosing date: 20 March 2027\n\n"
            "| Vacancy | Title | Grade |\n|---|---|---|\n| ACT 27/041 | Head, Requirements Branch | A-5 (G22) |\n"
            "| ACT 27/042 | Staff Officer (Requirements) | A-3 (G17) |\n\n"
            "### ACT 27/041 - Head, Requirements Branch\n\n"
            "Leads the Branch (12 staff).\n\n**Essential:** at least 10 years of experience in capability development."
            "\n\n### ACT 27/042 - Staff Officer (Requirements)\n\nDrafts requirement statements.\n\n**Essential:** at "
            "least 5 years of experience in requirements management.\n\n### Contract\n\nAll successful candidates will"
            " be offered an initial contract of 3 years.\n")
    assert [(p["reference"], p["min_experience_years"], p["contract_years"]) for p in _posts(text)] == [
        ("ACT 27/041", 10, 3), ("ACT 27/042", 5, 3)]


def test_a_boards_search_results_and_a_call_for_experts_are_no_notices():
    results = ("Emploi OTAN à Bruxelles\n38 offres · Trier par : pertinence | date\n- Administratrice/Administrateur "
               "(Politique)\nOTAN – Bruxelles · CDI\nSalaire estimé : 6 200 € – 7 400 € par mois\n- Senior Engineer "
               "(Networks)\nNCIA – Mons · CDI\nThe NCI Agency is looking for a Senior Engineer to design ... Il y a 1 "
               "semaine\n")
    assert parse(results).failed
    call = ("# Call for Experts: STO Specialists' Meeting on Space Logistics\n\nThe Panel invites experts with at "
            "least 5 years of experience in logistics planning to contribute papers. Participation is unpaid. This is "
            "not an employment opportunity.\n")
    assert parse(call).failed


def test_a_title_in_french_then_in_english_and_a_hiring_call_before_it():
    assert parse("Administratrice/Administrateur, Maîtrise des armements / Officer, Arms Control – 270190\n1. SUMMARY\n"
                 "Text.\n").post["title"] == "Officer, Arms Control"
    assert parse("We're hiring: Chief, Fuel Section\nVacancy 270191\n1. SUMMARY\nText.\n").post["title"] == \
        "Chief, Fuel Section"


def test_a_bulletin_of_blocks_opened_by_post_numbers_and_titles():
    block = ("=====\n{pn}: {title}\nPost N° {pn} / Ref. No {ref}\nGrade: {grade}\n-----\nThe post holder runs the "
             "unit.\n\nEssential qualifications:\n- Minimum {years} years' experience in logistics.\n\n")
    text = ("NATO Support and Procurement Agency (NSPA)\nVACANCY BULLETIN\n\nThe NSPA is seeking candidates for the "
            "following two posts.\n\n" + block.format(pn="H-131", title="Head, Fuel Section", ref="2027_00151",
                                                      grade="G20 (A4)", years=10)
            + block.format(pn="H-232", title="Fuel Officer", ref="2027_00152", grade="G15 (A2)", years=4))
    assert [(p["reference"], p["title"], p["grade_code"], p["min_experience_years"]) for p in _posts(text)] == [
        ("2027_00151", "Head, Fuel Section", "A4", 10), ("2027_00152", "Fuel Officer", "A2", 4)]


def test_a_markdown_table_with_one_column_per_post_and_requirements_headed_for_each():
    text = ("## Vacancy notice 270090 - Panel Office: Officer and Assistant\n\n| | Officer, Panel Office | Assistant, "
            "Panel Office |\n|---|---|---|\n| Vacancy | 270090-A | 270090-B |\n| Grade | A-3 / NATO Grade G17 | B-4 / "
            "NATO Grade G10 |\n| Salary (Pay Basis) | 96,000.00 Euro (EUR) Yearly | 54,000.00 Euro (EUR) Yearly |\n\n"
            "### Requirements\n\nEssential for the Officer, Panel Office:\n\n* a minimum of 6 years' experience in "
            "programme management;\n\nEssential for the Assistant, Panel Office:\n\n* at least 3 years of experience "
            "as an administrative assistant;\n")
    assert [(p["reference"], p["salary_eur_monthly"], p["min_experience_years"]) for p in _posts(text)] == [
        ("270090-A", 8000.0, 6), ("270090-B", 4500.0, 3)]


def test_a_command_recruiting_posts_listed_with_pay_per_grade_after_dashes_and_a_head_chairing():
    text = ("## Allied Air Command\n\nAIRCOM is recruiting for two international civilian posts:\n\n"
            "- **Budget Officer** - Vacancy 270611 - Grade A-2 / G15\n- **Head, Payments Section** - Vacancy 270612 - "
            "Grade A-4 / G19\n\nBasic monthly salary per grade (12 payments per year, tax free): G19 - 8,900.00 EUR; "
            "G15 - 6,250.00 EUR.\n\n#### Main responsibilities\n\n*Budget Officer:* prepares the budget estimates.\n\n"
            "*Head, Payments Section:* manages the Section and chairs the AIRCOM Payments Review Committee.\n")
    assert [(p["reference"], p["salary_eur_monthly"], p["committees_chaired"]) for p in _posts(text)] == [
        ("270611", 6250.0, None), ("270612", 8900.0, 1)]


def test_a_title_label_naming_two_posts_with_their_numbers_grades_by_head_and_parts_in_addition():
    text = ("NATO International Staff - Vacancy Announcement\nSTAFF VACANCIES 271044 and 271045\nTITLE: Head, Payroll "
            "Section (vacancy 271044) and Officer, Payroll (vacancy 271045)\nGRADES: A.4 / NATO Grade G19 (Head); A.2 "
            "/ NATO Grade G15 (Officer)\n\n1. SUMMARY\nText.\n\n2. QUALIFICATIONS AND EXPERIENCE\nESSENTIAL\n"
            "The incumbents of both posts must:\n- possess a university degree;\n\nIn addition, the Head, Payroll "
            "Section (271044) must:\n- have at least 9 years' experience in payroll management;\n\nIn addition, the "
            "Officer, Payroll (271045) must:\n- have at least 4 years' experience in payroll processing.\n")
    assert [(p["reference"], p["title"], p["grade_code"], p["min_experience_years"]) for p in _posts(text)] == [
        ("271044", "Head, Payroll Section", "A4", 9), ("271045", "Officer, Payroll", "A2", 4)]


def test_markdown_headings_naming_a_bodys_vacancy_then_its_post():
    text = ("# NATO College - Library\n\nThe College is seeking to fill the following two civilian posts.\n\n"
            "## NDC Vacancy 06/2027 - Head, Archives (grade A-3)\n\nThe Head directs the Archives.\n\n- at least 8 "
            "years of experience.\n\n## NDC Vacancy 07/2027 - Archives Assistant (grade B-3)\n\nThe Assistant files "
            "records.\n\n- at least 2 years of experience.\n")
    assert [(p["reference"], p["title"], p["min_experience_years"]) for p in _posts(text)] == [
        ("06/2027", "Head, Archives", 8), ("07/2027", "Archives Assistant", 2)]


def test_items_said_of_a_post_by_its_bold_title_or_its_number_and_title():
    text = ("# IMS - Staff Vacancies\n\nThe Division is recruiting for the following posts.\n\n"
            "| Staff vacancy | Title | Grade |\n|---|---|---|\n| 270718 | Staff Officer (Plans) | A-3/G-17 |\n"
            "| 270719 | Assistant (Registry) | B-3/G-8 |\n\n## 1. Post Context\n\n- **Staff Officer (Plans)** drafts "
            "plans and chairs the Plans Working Group (PWG).\n- **Assistant (Registry)** registers correspondence.\n\n"
            "## 2. Essential Qualifications\n\n- **270718 Staff Officer (Plans):** at least 5 years of experience in "
            "planning.\n- **270719 Assistant (Registry):** at least 2 years' experience in registry work.\n")
    assert [(p["min_experience_years"], p["committees_chaired"]) for p in _posts(text)] == [(5, 1), (2, None)]


def test_a_personal_announcement_of_a_new_position_is_no_notice_and_social_furniture_around_a_title():
    post = ("Jana Novak • 1st\nPolicy | Ex-MoD\n1w\n\nI'm happy to share that I'm starting a new position as Officer, "
            "Defence Planning at NATO International Staff!\n\nA tip for applicants: if a notice asks for 6 years of "
            "experience and a level V in one official language, they check. The essential requirements matter.\n")
    assert parse(post).failed
    assert parse("NATO on LinkedIn: We're hiring a Head, Press Section\nVacancy 270301\n1. SUMMARY\nText.\n"
                 ).post["title"] == "Head, Press Section"
    assert bare("Head, Press Section-270302 nato.taleo.net 12 reposts · 3 quotes · 40 likes") == (
        "Head, Press Section", "270302")
    assert bare("Ref. 2027_00452 - Procurement Officer (Fuel)")[0] == "Procurement Officer (Fuel)"


def test_years_written_with_or_more_between_the_number_and_the_unit():
    assert parse(_essential("have three or more years of experience in administrative support;")
                 ).post["min_experience_years"] == 3


def test_applications_that_must_be_sent_to_an_office_by_a_date():
    text = ("Officer (Plans)\nVacancy 270401\n1. SUMMARY\nText.\n4. HOW TO APPLY\nApplications, with a curriculum "
            "vitae, must be sent to the Head, Recruitment Service, by 15 September 2027.\n")
    assert parse(text).post["deadline"] == dt.date(2027, 9, 15)


def test_an_articles_byline_a_bracketed_range_of_years_and_proficiency_as_a_plain_noun():
    article = ("# NATO's civilian hiring in numbers\n\n*Defence Staff Review — 3 March 2027*\n\nNATO bodies received "
               "more applications than ever. The median time from the closing date of a vacancy notice to the start of "
               "the selected candidate was eight months; candidates must know one of the official languages well.\n")
    assert parse(article).failed
    assert parse(_essential("Four (4) to six (6) years of experience in public procurement.")
                 ).post["min_experience_years"] == 4
    post = parse(_essential("Proficiency in one of the two official languages of NATO, English or French, and a "
                            "working knowledge of the other.")).post
    assert post["lang_level_one"] is None


def test_levels_named_in_quotes_with_their_languages_and_pay_of_this_post():
    post = parse(_essential("Language proficiency: 'Advanced' in English and 'Elementary' in French, as defined by "
                            "the NATO language scale.")).post
    assert (post["lang_level_one"], post["lang_level_other"]) == (5, 2)
    assert parse(_essential("proficiency in English;")).post["lang_level_one"] is None
    text = ("Officer (Plans)\nVacancy 270501\n1. SUMMARY\nText.\n5. CONDITIONS OF EMPLOYMENT: The basic monthly salary "
            "of this post is 4,300.00 EUR (tax free), plus allowances.\n")
    assert parse(text).post["salary_eur_monthly"] == 4300.0


def test_posts_opened_by_a_title_line_with_its_reference_in_brackets():
    text = ("Senior appointments at NATO Headquarters\n\nThe Secretary General intends to appoint two senior "
            "officials.\n\nAssistant Secretary General for Innovation (ref. 270811, post of ASG/INN)\nThe Innovation "
            "Division brings new technology to the Alliance. The ASG will manage the Division (approximately 90 staff "
            "members) and will be supported by a Deputy and three Directors of the Division.\n\n"
            "Assistant Secretary General for Resources (ref. 270812, post of ASG/RES)\nThe Resources Division plans "
            "budgets and manages the Headquarters estate. The ASG will manage the Division (approximately 210 staff "
            "members), supported by two Deputies.\n\nCandidates for these two positions must demonstrate the "
            "following:\n- at least 15 years of professional experience;\n- VI (\"Proficiency\") in one official "
            "language; I (\"Beginner\") in the other.\n\nThe deadline for applications is 4 June 2027.\n")
    assert [(p["reference"], p["title"], p["staff_led"], p["min_experience_years"], p["deadline"])
            for p in _posts(text)] == [
        ("270811", "Assistant Secretary General for Innovation", 90, 15, dt.date(2027, 6, 4)),
        ("270812", "Assistant Secretary General for Resources", 210, 15, dt.date(2027, 6, 4))]


def test_a_format_aside_in_capitals_and_a_body_chaired_in_lower_case():
    post = parse(_HEAD + "The Head chairs the Planning Committee (PC) in its Reinforced Format and the Resource "
                 "Policy Board (RPB).\n").post
    assert post["committees_chaired"] == 2
    post = parse(_HEAD + "The incumbent schedules the lecturers and chairs the weekly curriculum review board at "
                 "the end of each course.\n").post
    assert post["committees_chaired"] == 1


def test_the_team_a_head_leads_sized_in_the_next_sentence_and_an_abbreviated_approximately():
    post = parse("Head, Challenge Delivery\nVacancy number: 270131\n1. SUMMARY\nThe Head, Challenge Delivery, leads "
                 "the team that runs the challenge calls. The team of 14 staff plans each call.\n").post
    assert post["staff_led"] == 14
    post = parse("Director, Logistics\nVacancy number: 270132\n1. SUMMARY\nThe Director leads the Logistics "
                 "Directorate (approx. 60 staff) and advises the ASG.\n").post
    assert post["staff_led"] == 60


def test_a_boards_estimate_named_after_its_figure_is_no_pay():
    text = ("Officer (Budget)\nAllied Air Command\n€41,000 - €49,000 a year (Estimated salary)\nVacancy number: "
            "270141\n1. SUMMARY\nThe Officer prepares budgets.\n")
    assert parse(text).post["salary_eur_monthly"] is None


def test_posts_lettered_on_long_lines_after_a_boards_row_of_fields():
    text = ("Senior Clerk (Pay) and Clerk (Pay)\nJFC Naples\nContract type: Permanent | Working hours: Full-time\n"
            "Closing date: 30/05/2027\n\nALLIED JOINT FORCE COMMAND NAPLES\nCIVILIAN VACANCY NOTICE 27/031\n\n"
            "Through this notice JFC Naples will fill two posts in its Finance Branch:\n\n"
            "a. Senior Clerk (Pay), NATO Grade B-4 (G10), basic salary 4,100.00 EUR monthly, tax free\n"
            "b. Clerk (Pay), NATO Grade B-3 (G8), basic salary 3,600.00 EUR monthly, tax free\n\n"
            "Deadline for applications: 20 May 2027\n\nPOST CONTEXT\nThe Branch pays the staff.\n")
    assert [(p["title"], p["grade_code"], p["salary_eur_monthly"]) for p in _posts(text)] == [
        ("Senior Clerk (Pay)", "B4", 4100.0), ("Clerk (Pay)", "B3", 3600.0)]


def test_a_section_heading_run_into_its_first_labelled_item():
    text = _HEAD + ("COMPETENCIES - Achievement: Sets and works to meet challenging goals; - Teamwork: Solicits "
                    "inputs and encourages others.\n")
    assert parse(text).post["competency_count"] == 2


def test_requirements_said_of_each_post_with_for_the_post():
    text = ("# DIANA - two posts\n\n| Vacancy | Title | Grade |\n|---|---|---|\n| 270150 | Analyst (Markets) | A.2 |\n"
            "| 270151 | Senior Analyst (Markets) | A.3 |\n\n## 1. SUMMARY\n\nText.\n\n## 2. QUALIFICATIONS\n\n"
            "**ESSENTIAL**\n\nThe candidate must:\n\n- for the Analyst post: have at least 2 years of experience in "
            "market analysis;\n- for the Senior Analyst post: have at least 7 years of experience in market "
            "analysis;\n")
    assert [p["min_experience_years"] for p in _posts(text)] == [2, 7]


def test_a_closing_time_with_its_time_zone_and_levels_in_digits_for_a_pair_of_languages():
    text = _HEAD + "Applications close: 11:59pm GMT, 30 April 2027\n"
    assert parse(text).post["deadline"] == dt.date(2027, 4, 30)
    post = parse(_essential("the following minimum levels of NATO's official languages (English/French): level 5 "
                            "(Advanced) in one; level 3 (Intermediate) in the other.")).post
    assert (post["lang_level_one"], post["lang_level_other"]) == (5, 3)


def test_a_context_heading_and_post_specific_requirements_in_a_second_language_block():
    text = ("Directeur, Division Études\nGrade : A.5\n\n1. CONTEXTE\nLe Directeur dirige une division de 20 personnes."
            "\n\n--------\n\nPost title: Director, Studies Division\nGrade: A.5\n\n1. CONTEXT\nThe Director leads a "
            "division of twenty staff.\n\n2. ESSENTIAL QUALIFICATIONS\n- At least 10 years of experience in "
            "research.\n")
    assert parse(text).post["staff_led"] == 20
    text = ("POST 1\nVACANCY N°: 270161\nTITLE: Director, Crisis Planning\nGRADE: A.6\n\nThe Director leads the "
            "Directorate.\n\nSpecific requirements:\n- level V (\"Advanced\") in one official language; II "
            "(\"Elementary\") in the other.\n\nPOST 2\nVACANCY N°: 270162\nTITLE: Head, Exercises\nGRADE: A.4\n\nThe "
            "Head leads the Section.\n\nSpecific requirements:\n- level IV (\"Upper Intermediate\") in one official "
            "language; II (\"Elementary\") in the other.\n\nESSENTIAL\n- a university degree.\n")
    assert [p["lang_level_one"] for p in _posts(text)] == [5, 4]


def test_a_title_after_a_bodys_name_a_threads_counter_or_posts_numbers_and_before_its_bodys_place():
    assert bare("NSPA - Contracting Officer (Fuels)")[0] == "Contracting Officer (Fuels)"
    assert bare("🧵 1/3 VACANCY: Staff Officer (Plans), HQ Supreme Allied Commander Transformation, Norfolk")[0] == \
        "Staff Officer (Plans)"
    assert bare("LC-07 / SO-22: Logistics Officer (2 posts)")[0] == "Logistics Officer"
    assert bare("Director, NATO Office of Security")[0] == "Director, NATO Office of Security"


def test_nominations_that_should_reach_an_office_by_a_date():
    text = ("Officer (Plans)\nVacancy 270171\n1. SUMMARY\nNominations of suitable candidates, with a curriculum vitae, "
            "should reach the Head, Recruitment Service no later than 9 May 2027.\n")
    assert parse(text).post["deadline"] == dt.date(2027, 5, 9)


def test_requirements_headed_for_some_posts_by_their_numbers_in_brackets():
    text = ("# Vacancies\n\nThe Office is recruiting for three posts.\n\n## Post 1 – Panel Officer, Sensors Panel\n\n"
            "- **Vacancy reference:** 270181\n\nThe Panel Officer runs the Panel's programme of work.\n\n"
            "## Post 2 – Panel Officer, Systems Panel\n\n- **Vacancy reference:** 270182\n\nThe Panel Officer runs the "
            "Panel's programme of work.\n\n## Post 3 – Panel Assistant, Systems Panel\n\n- **Vacancy reference:** "
            "270183\n\nThe Panel Assistant organises meetings.\n\n## Qualifications\n\n### Essential – Panel Officers "
            "(Posts 1 and 2)\n\n- at least seven years of experience in defence research;\n\n### Essential – Panel "
            "Assistant (Post 3)\n\n- at least three years of experience in office administration;\n\n"
            "### Desirable (all posts)\n\n- experience in an international organisation.\n")
    assert [p["min_experience_years"] for p in _posts(text)] == [7, 7, 3]


def test_a_table_of_posts_whose_rows_close_on_different_dates():
    text = ("Civilian vacancies\nThe command is recruiting for the posts listed below.\n"
            "Vacancy No. | Job Title | NATO Grade | Closing date\n"
            "ACT-27-010 | Analyst (Lessons) | G15 (A-2) | 10 January 2027\n"
            "ACT-27-011 | Assistant (Travel) | G9 (B-3) | 17 January 2027\n\n"
            "1. POST CONTEXT\nThe posts serve the command's headquarters.\n")
    assert [(p["reference"], p["deadline"]) for p in _posts(text)] == [
        ("ACT-27-010", dt.date(2027, 1, 10)), ("ACT-27-011", dt.date(2027, 1, 17))]


def test_posts_under_lettered_markdown_headings_and_a_post_named_only_as_a_whole_word():
    text = ("# NATO College — Vacancy Announcement VA 09/2027\n\nThe College is seeking to fill the following two "
            "civilian posts.\n\n## A. Chief, Archives\n\nThe Chief directs the Archives.\n\n- at least 6 years of "
            "experience.\n\n## B. Research Adviser (Security)\n\nThe Adviser writes studies.\n\n- at least 4 years of "
            "experience.\n")
    assert [p["title"] for p in _posts(text)] == ["Chief, Archives", "Research Adviser (Security)"]
    text = ("Vacancies\nThe Centre will fill the following posts:\n"
            "Ref. | Post | Grade\nRD-27-01 | Scientist (Acoustics) | A2\nRD-27-02 | Engineer (Robotics) | A2\n"
            "1. POST CONTEXT\n- Scientist (Acoustics) – models sound.\n- Engineer (Robotics) – builds vehicles and "
            "chairs the Centre's Robotics Working Group.\n2. ESSENTIAL QUALIFICATIONS\nAll candidates must hold a "
            "degree in physics or engineering. In addition:\n- Scientist (Acoustics): at least 3 years of research "
            "experience.\n- Engineer (Robotics): at least 5 years of engineering experience.\n")
    assert [(p["min_experience_years"], p["committees_chaired"]) for p in _posts(text)] == [(3, None), (5, 1)]


def test_years_said_in_decades():
    assert parse(_essential("A decade of experience in operational research.")).post["min_experience_years"] == 10
    assert parse(_essential("at least two decades of professional experience in defence.")
                 ).post["min_experience_years"] == 20
    assert parse(_essential("proven experience over the last decade in procurement.")
                 ).post["min_experience_years"] is None


def test_a_posts_slides_read_from_their_images_alt_text(tmp_path):
    page = ("<html><body><div class='post'><p>We are looking for our next <b>Director, Fuel Operations</b> in "
            "Capellen. Apply before 30 May 2027! #NSPA #NATO #Jobs</p>"
            "<img alt='NSPA logo' src='a.png'>"
            "<img alt='Slide 2 of 4. Text: Ref. No 2027_00311. Grade A.6 / NATO Grade G23. Deadline for "
            "applications: 30 May 2027.' src='b.png'>"
            "<img alt='Slide 3 of 4. Text: Your profile. Minimum 14 years of professional experience in logistics.' "
            "src='c.png'></div><div>312 reactions · 27 comments · 58 reposts</div></body></html>")
    parsed = _html(tmp_path, page)
    assert not parsed.failed
    p = parsed.post
    assert (p["title"], p["reference"], p["grade_code"], p["min_experience_years"]) == \
        ("Director, Fuel Operations", "2027_00311", "A6", 14)


def test_a_calls_title_before_to_join_our_team_and_a_range_of_people_is_no_count():
    assert bare("We're hiring! Senior Engineer (Data Platforms) to join our Platform Services team in Mons")[0] == \
        "Senior Engineer (Data Platforms)"
    post = parse(_HEAD + "The incumbent will lead technical workstreams of 3-5 engineers.\n").post
    assert post["staff_led"] is None


def test_a_cable_in_capitals_announcing_two_posts_by_title_labels():
    text = ("PAGE 01        USNATO 02211  01 OF 02  101200Z\nUNCLAS SECTION 01 OF 02 USNATO 002211\n"
            "SUBJECT: NATO/IS VACANCIES\n1. NATO HAS ANNOUNCED THE FOLLOWING VACANCIES ON THE\nINTERNATIONAL STAFF, "
            "WITH CLOSING DATE FOR RECEIPT OF\nNOMINATIONS 12 MAY 1996.\n2. POST DESCRIPTION\nTITLE: HEAD, "
            "TRANSLATION SERVICE\nGRADE: A.4\nDUTIES: UNDER THE DIRECTOR OF CONFERENCE SERVICES, DIRECTS A STAFF OF "
            "28 RESPONSIBLE FOR THE\nTRANSLATION OF ALL NATO DOCUMENTS.\nQUALIFICATIONS: UNIVERSITY DEGREE; AT LEAST "
            "NINE YEARS'\nEXPERIENCE IN TRANSLATION, INCLUDING THREE YEARS IN MANAGING\nSTAFF.\n3. POST DESCRIPTION\n"
            "TITLE: CLERK, DOCUMENTS\nGRADE: C.4\nDUTIES: DISTRIBUTES DOCUMENTS TO DELEGATIONS AND KEEPS THE "
            "REGISTERS\nOF ALL DOCUMENTS ISSUED BY THE SERVICE.\nQUALIFICATIONS: SECONDARY EDUCATION; AT LEAST THREE "
            "YEARS'\nEXPERIENCE IN A REGISTRY.\n4. CONTRACT: SUCCESSFUL CANDIDATES WILL BE OFFERED AN\nINITIAL "
            "CONTRACT OF THREE YEARS.\n")
    assert [(p["title"], p["reference"], p["grade_code"], p["deadline"], p["staff_led"], p["min_experience_years"],
             p["contract_years"]) for p in _posts(text)] == [
        ("HEAD, TRANSLATION SERVICE", None, "A4", dt.date(1996, 5, 12), 28, 9, 3),
        ("CLERK, DOCUMENTS", None, "C4", dt.date(1996, 5, 12), None, 3, 3)]


def test_a_word_hyphenated_across_lines_is_one_word():
    post = parse(_essential("at least 8 years of experience in budgeting, of which 3 years in a super-\nvisory "
                            "role;")).post
    assert (post["min_experience_years"], post["min_management_years"]) == (8, 3)


def test_staff_rules_numbered_by_articles_alone_on_their_lines_are_no_notice():
    text = ("Civilian Personnel Regulations\n\nCHAPTER I – RECRUITMENT\n\nArticle 1\n1.1 Vacant posts are advertised "
            "by a vacancy notice which states the title and grade of the post and the closing date for applications."
            "\n1.2 Candidates must possess the minimum levels of the official languages.\n\nArticle 2\n2.1 "
            "Appointments are made by the Head of the NATO body on the recommendation of a selection board.\n")
    assert parse(text).failed


def test_a_grade_after_the_title_as_the_summarys_subject():
    text = ("Officer, Energy Security\nNATO Grade G15\n1. SUMMARY\nThe Officer, Energy Security (A.2), prepares "
            "assessments for the Division.\n")
    assert (parse(text).post["grade_code"], parse(text).post["nato_grade"]) == ("A2", "G15")


def test_a_national_boards_reference_label_gives_way_to_the_notices_own():
    text = ("werk.nl\nBranch Head (Logistics)\nVacaturenummer: 5511208\n\nCIVILIAN VACANCY\nVacancy number: JFCBS "
            "27/014\nGrade: A4 / G19\n1. SUMMARY\nText.\n")
    assert parse(text).post["reference"] == "JFCBS 27/014"


def test_reports_to_a_title_of_no_family_and_the_office_named_after_it():
    text = ("General Manager, NATO Agency X\nVacancy number: 270201\n1. SUMMARY\nNine Directors and Chiefs (the "
            "Chief of Staff, the Chief Operating Officer and the Directors of the service lines) report directly to "
            "the General Manager.\n")
    assert parse(text).post["direct_reports"] == 9
    text = ("JFC Comptroller\nVacancy number: 270202\n1. SUMMARY\nThe Office of the JFC Comptroller (approximately "
            "40 civilian and military staff) is responsible for budget execution.\n")
    assert parse(text).post["staff_led"] == 40


def test_a_notice_laid_out_side_by_side_in_two_languages(tmp_path):
    page = ("<html><body><table>"
            "<tr><td><b>Avis de vacance</b><br>Intitulé du poste : Chef, Section Archives<br>Grade : A-3</td>"
            "<td><b>Vacancy notice</b><br>Post title: Head, Archives Section<br>Grade: A-3</td></tr>"
            "<tr><td><b>1. Contexte</b><br>Le Chef dirige une section de 6 personnes.</td>"
            "<td><b>1. Post context</b><br>The Head leads a section of 6 staff.</td></tr>"
            "<tr><td><b>2. Compétences</b><br>- Esprit d'équipe : coopère<br>- Réflexion analytique : perçoit</td>"
            "<td><b>2. Competencies</b><br>- Teamwork: Cooperates<br>- Analytical Thinking: Sees multiple "
            "relationships</td></tr></table></body></html>")
    post = _html(tmp_path, page).post
    assert (post["title"], post["staff_led"], post["competency_count"]) == ("Head, Archives Section", 6, 2)


def test_a_table_of_posts_between_dashed_rules_and_blocks_headed_with_their_vacancy_numbers():
    text = ("STAFF VACANCIES\nJFC Naples will fill the following two posts:\n\n" + "-" * 60 + "\n"
            "Vacancy No.   Title                          Grade   Annual basic salary\n" + "-" * 60 + "\n"
            "27/NP/01      Section Head (Plans)           A-4     EUR 81,000.00\n"
            "27/NP/02      Engineer (Networks)            A-2     EUR 66,000.00\n" + "-" * 60 + "\n\n"
            "1. SECTION HEAD (PLANS) - Vacancy No. 27/NP/01\nEssential qualifications:\na. Not less than 8 (eight) "
            "years of experience in CIS planning.\n\n2. ENGINEER (NETWORKS) - Vacancy No. 27/NP/02\nEssential "
            "qualifications:\na. Not less than 2 (two) years of experience in network design.\n")
    assert [(p["reference"], p["salary_eur_monthly"], p["min_experience_years"]) for p in _posts(text)] == [
        ("27/NP/01", 6750.0, 8), ("27/NP/02", 5500.0, 2)]


def test_a_long_line_broken_inside_a_name_before_its_short_tail():
    post = parse(_HEAD + "Post context: The Section plans exercises for the headquarters and its subordinate commands. "
                 "The Head leads the Section and chairs the J7 Exercise\nCoordination Board.\n").post
    assert post["committees_chaired"] == 1


def test_a_heads_unit_said_by_its_initials_and_section_and_a_section_head_is_no_verb():
    text = ("NATO IS\nThe Directorate is recruiting for two posts:\n- Head, Space Policy Section (G22) (ESD0301)\n"
            "- Head, Data Policy Section (G22) (ESD0302)\n\n1. SUMMARY\n"
            "- The Head SP Section leads a section of 8 staff members. The incumbent chairs the Space Working Group.\n"
            "- The Head DP Section leads a section of 5 staff members.\n")
    assert [(p["staff_led"], p["committees_chaired"]) for p in _posts(text)] == [(8, 1), (5, None)]
    post = parse("Staff Officer (Plans)\nVacancy number: 270301\n1. SUMMARY\nThe Section is headed by a military "
                 "Section Head and comprises four staff officers and two assistants.\n").post
    assert post["staff_led"] is None


def test_a_posts_part_opened_by_its_title_and_the_incumbent_must():
    text = ("Officer (Plans) and Assistant (Plans)-270401\nThe Division will fill two posts:\nPost | NATO Grade\n"
            "Officer (Plans) | G15\nAssistant (Plans) | G10\n1. SUMMARY\nThe Branch plans.\nOfficer (Plans)\nThe "
            "incumbent drafts plans.\nAssistant (Plans)\nThe incumbent keeps records.\n2. QUALIFICATIONS\nESSENTIAL\n"
            "Officer (Plans) – the incumbent must:\n- have at least 4 years' experience in planning;\n"
            "Assistant (Plans) – the incumbent must:\n- have at least 2 years' experience in office support;\n")
    assert [p["min_experience_years"] for p in _posts(text)] == [4, 2]


def test_a_post_filled_through_its_own_competition_and_a_notice_of_posts_with_a_notices_sections():
    text = ("Job opportunities - civilian posts\nThe College is recruiting for the three civilian posts below. Each "
            "post is filled through its own competition.\nHead, Planning Branch\nVacancy notice: NDC 09/2027\n"
            "Grade: A.4\nDuties\nThe Head leads the Planning Branch (6 staff).\nEssential requirements\n- At least 8 "
            "years of experience in planning.\nAdviser (Studies)\nVacancy notice: NDC 10/2027\nGrade: A.3\nDuties\n"
            "The Adviser writes studies.\nEssential requirements\n- At least 5 years of experience in research.\n")
    assert [(p["reference"], p["title"], p["grade_code"], p["min_experience_years"]) for p in _posts(text)] == [
        ("NDC 09/2027", "Head, Planning Branch", "A4", 8), ("NDC 10/2027", "Adviser (Studies)", "A3", 5)]


def test_a_memorandum_listing_posts_in_a_wrapped_table_then_each_posts_block():
    text = ("MEMORANDUM\nSubject: Vacancies for two senior posts\n\n1. The Secretary General has decided to fill the "
            "following two senior posts.\n\n   Post                                           Reference  Grade  Basic "
            "salary\n   a. Deputy Assistant Secretary General for Space and\n      Cyber Policy                    "
            "                270511     A.7    16,500.00 EUR monthly\n   b. Director, Space Policy                     "
            "      270512     A.6    14,100.00 EUR monthly\n\n2. Applications for both posts must be submitted by "
            "9 March 2027.\n\n3. POST (a): DEPUTY ASSISTANT SECRETARY GENERAL FOR SPACE AND CYBER POLICY (270511)\n"
            "Summary. The DASG directs two Directorates.\n- have at least 15 years of experience in policy work.\n\n"
            "4. POST (b): DIRECTOR, SPACE POLICY (270512)\nSummary. The Director leads the Directorate.\n- have at "
            "least 12 years of experience in space policy.\n\n5. Competencies (both posts). Candidates must "
            "demonstrate:\n- Achievement: Sets and works to meet challenging goals;\n- Leadership: Positions self as "
            "the leader.\n")
    assert [(p["reference"], p["grade_code"], p["salary_eur_monthly"], p["deadline"], p["competency_count"])
            for p in _posts(text)] == [("270511", "A7", 16500.0, dt.date(2027, 3, 9), 2),
                                       ("270512", "A6", 14100.0, dt.date(2027, 3, 9), 2)]


def test_a_table_with_one_column_per_post_headed_by_post_letters():
    text = ("# Two posts at Allied Air Command\n\n| | Post A | Post B |\n|---|---|---|\n"
            "| Job title | Staff Officer (Airspace) | Technician (Airspace Data) |\n"
            "| Vacancy number | A21/27 | C04/27 |\n| NATO grade | G16 | G9 |\n\n**1. Post context**\n"
            "The Branch plans airspace.\n")
    assert [(p["title"], p["reference"], p["nato_grade"]) for p in _posts(text)] == [
        ("Staff Officer (Airspace)", "A21/27", "G16"), ("Technician (Airspace Data)", "C04/27", "G9")]


def test_an_e_mails_header_fields_a_forwarded_subjects_label_and_a_networks_page_title():
    text = ("Subject: Re: Fwd: NCIA job - Principal Engineer (Data Platforms)\nFrom: Anna Berg\nTo: Tom Lee\n\n"
            "Worth a look.\n\n> NCI Agency - Vacancy\n>\n> Principal Engineer (Data Platforms)\n> Vacancy No: 270601\n"
            "> Grade: NATO Grade G18\n")
    assert parse(text).post["title"] == "Principal Engineer (Data Platforms)"
    assert bare("NSPA vacancy for information - Chief, Fuel Logistics Branch")[0] == "Chief, Fuel Logistics Branch"
    assert bare("JFC Naples on LinkedIn: Staff Officer (Budget)")[0] == "Staff Officer (Budget)"


def test_a_notice_quoted_in_a_bulletin_with_bold_run_in_headings_and_its_posts_list():
    text = ("# Careers Bulletin\n\n> **NATO DEFENSE COLLEGE - VACANCY NOTICE NDC 11/27**\n>\n> **Posts:**\n"
            "> 1. Faculty Adviser (Strategy) - Grade A-3 / NATO Grade G17\n"
            "> 2. Faculty Adviser (Regional Studies) - Grade A-3 / NATO Grade G17\n>\n"
            "> **Closing date:** 12 January 2028\n>\n> **Essential requirements.** Candidates must:\n"
            "> - have at least 7 years of professional experience in teaching;\n")
    assert [(p["title"], p["min_experience_years"]) for p in _posts(text)] == [
        ("Faculty Adviser (Strategy)", 7), ("Faculty Adviser (Regional Studies)", 7)]


def test_a_signature_and_a_report_are_no_notice():
    text = ("# Staff Association - Notice to Staff No. 2027/04\n\n**Brussels, 15 March 2027**\n\n## General Assembly "
            "and elections to the Staff Committee\n\nDear colleagues,\n\nThe Staff Association invites all members of "
            "the International Staff to its **General Assembly on Thursday 8 April 2027 at 12:30**, Conference Room "
            "2.\n\n### Agenda\n1. Report of the Chair\n2. Update on the 2027 salary adjustment\n3. Elections to the "
            "Staff Committee (5 seats)\n\n### Call for candidates\nStaff members of grades A.1 to A.5 and B.1 to B.6 "
            "who wish to stand for election should send a short statement to the secretariat **by 29 March 2027**. "
            "Members serve for two years.\n\n*For the Staff Committee,*\n*Marta Kowalska-Reyes, Secretary*\n")
    assert parse(text).failed
    report = ("DocShelf\nThe Secretary General's Annual Report - Our People\n1 OUR PEOPLE NATO's civilian and military "
              "staff make the Alliance work every day. The International Staff numbered some 1,300 staff members from "
              "32 Allied nations.\nRecruitment During the year, the International Staff published 200 vacancy notices "
              "and received 40,000 applications. The average time from the closing date of a vacancy to the offer of "
              "appointment fell to 96 days. Assessment centres were introduced for all Head of Section posts and "
              "above, and all competitions for posts at grade A.5 and above include a written essay on the key "
              "challenges of the post.\nDiversity Women held 41 per cent of all International Staff posts.\nLearning "
              "Staff completed 9,000 days of training, including language courses in English and French; 420 staff "
              "members passed a NATO language test at level III or above in their second official language.\nPay and "
              "conditions The Council approved the annual salary adjustment.\n")
    assert parse(report).failed


def test_competencies_with_levels_after_a_dash_and_figures_written_again_in_brackets():
    text = _HEAD + ("Competencies\n- Leadership - Level 4 (Expert)\n- Strategic Thinking - Level 4 (Expert)\n"
                    "- Change Management - Level 3 (Advanced)\n")
    assert parse(text).post["competency_count"] == 3
    post = parse(_HEAD + "The Head leads an office of nine (9) staff and has four (4) direct reports.\n").post
    assert (post["staff_led"], post["direct_reports"]) == (9, 4)


def test_researchers_supervised_and_levels_in_the_official_nato_languages():
    post = parse(_essential("At least 8 years' experience in academic research, including at least 3 years "
                            "supervising researchers.",
                            "Level V (Advanced) in one of the two official NATO languages; level III (Intermediate) "
                            "in the other.")).post
    assert (post["min_management_years"], post["lang_level_one"], post["lang_level_other"]) == (3, 5, 3)


def test_posts_listed_by_letter_with_their_numbers_then_each_block_under_its_letter():
    text = ("NATO International Staff - Operations Division\n\nThe International Staff is filling two senior posts.\n\n"
            "Post A: Deputy Assistant Secretary General for Plans (270901)\nPost B: Director, Exercises (270902)\n\n"
            "Both posts: Application Deadline 26-Oct-2027, 11:59:00 PM\n\n" + "=" * 40 + "\n"
            "POST A - DEPUTY ASSISTANT SECRETARY GENERAL FOR PLANS (270901)\nGrade: A.7\n1. SUMMARY\nThe DASG "
            "directs the Plans Directorate.\n2. QUALIFICATIONS\n- at least 15 years of experience in planning.\n\n"
            + "=" * 40 + "\nPOST B - DIRECTOR, EXERCISES (270902)\nGrade: A.6\n1. SUMMARY\nThe Director leads the "
            "Exercises Directorate.\n2. QUALIFICATIONS\n- at least 12 years of experience in exercises.\n")
    assert [(p["reference"], p["grade_code"], p["min_experience_years"]) for p in _posts(text)] == [
        ("270901", "A7", 15), ("270902", "A6", 12)]


def test_posts_under_headings_of_one_level_numbered_in_roman_below_the_pages_own_heading():
    text = ("# Assistant roles - International Military Staff\n\nThe IMS will appoint candidates to two different "
            "Assistant roles.\n\n## 2. Roles\n\n### i. Assistant (Conference Support)\n\nThe Assistant prepares "
            "meetings and rooms for the Committee.\n\n- at least 2 years of experience in office support.\n\n"
            "### ii. Senior Assistant (Records)\n\nThe Senior Assistant keeps the records of the Staff.\n\n"
            "- at least 5 years of experience in records management.\n")
    assert [(p["title"], p["min_experience_years"]) for p in _posts(text)] == [
        ("Assistant (Conference Support)", 2), ("Senior Assistant (Records)", 5)]


def test_the_titles_own_number_over_a_boards_reference_and_a_labelled_number_in_brackets():
    text = ("Assistant (Service Desk)\nRéférence: 4821177\nEmployeur: NATO Agency\n\nAssistant (Service Desk)-270612\n"
            "Primary Location: Belgium-Mons\nGrade: B.3\n1. SUMMARY\nText.\n")
    assert parse(text).post["reference"] == "270612"
    assert bare("Deputy Director, Logistics Operations (Ref. 2027_00044)")[0] == "Deputy Director, Logistics Operations"


def test_a_networks_shared_post_is_kept_and_a_guide_to_notices_is_no_notice(tmp_path):
    page = ("<html><body><div class='feed-shared-update'><p>We're hiring! Join us as <strong>Head, Course Branch"
            "</strong> (Grade A-3).</p><p>You will lead a branch of 12 staff.</p><p>Essential: at least seven years "
            "of experience in training management.</p><p>Apply by 30 April 2027 (vacancy 27-NSO-04).</p></div>"
            "</body></html>")
    post = _html(tmp_path, page).post
    assert (post["staff_led"], post["min_experience_years"]) == (12, 7)
    guide = ("NATO International Staff - Recruitment Guide for Candidates\n\n# Understanding a NATO vacancy notice\n\n"
             "## Grades and pay\n\nPosts are graded on the NATO salary spine, from G8 to G25. Each notice shows the "
             "monthly pay for the grade of the post.\n\n## Language levels\n\nEvery notice states the minimum levels "
             "of NATO's official languages: V (\"Advanced\") in one; II (\"Elementary\") in the other.\n\n"
             "## Competencies\n\nAchievement: Sets and works to meet challenging goals.\n\n## Experience\n\nThe "
             "incumbent must have at least 5 years of experience.\n")
    assert parse(guide).failed


def test_a_bodys_own_hiring_post_with_hashtags_is_a_notice_and_an_open_aside_goes_on_below():
    text = ("**NATO School Oberammergau** @NATOSchool · Jan 28\n\n🎓 Vacancy: Assistant (Course Records), B-3, "
            "Academic Services. Support course delivery for 9,000+ students a year 🏔️\n\nRequirements: 3 yrs admin "
            "experience, English SLP 3232. Apply by 23 Feb 2027 👉 example.org/jobs/27-B-011\n\n"
            "#NATOSchool #Jobs #Oberammergau\n\n💬 4  🔁 27  ❤️ 63\n")
    assert not parse(text).failed
    post = parse(_essential("possess the following minimum levels of NATO's official languages (English/French): IV "
                            "(\"Upper\nIntermediate\") in one; II (\"Elementary\") in the other.")).post
    assert (post["lang_level_one"], post["lang_level_other"]) == (4, 2)


def test_a_language_proficiency_heading_and_a_titles_grade_reference_and_headquarters_after_dashes():
    text = (_HEAD + "2. QUALIFICATIONS\nESSENTIAL\n- at least 4 years of experience.\nDesirable Qualifications\n- A "
            "certification.\n\nLanguage Proficiency\nA good level of spoken and written English is required "
            "(Advanced, level V). Knowledge of French is not required.\n")
    assert parse(text).post["lang_level_one"] == 5
    assert bare("Head, Fuel Section – Grade A.4 – Ref. 27/041")[0] == "Head, Fuel Section"
    assert bare("Vacancy 27/LC/02 - Assistant (Personnel)")[0] == "Assistant (Personnel)"
    assert bare("Staff Officer (Requirements) – HQ SACT, Norfolk")[0] == "Staff Officer (Requirements)"


def _titles(parsed: Parsed) -> list[tuple[object, ...]]:
    return [(p.post["title"], p.post["reference"], p.post["nato_grade"], p.post["min_experience_years"])
            for p in expand(parsed)]


def test_a_page_inviting_applications_for_the_following_posts_described_under_their_own_headings(tmp_path):
    page = ("<html><body><h1>Civilian vacancies at the Logistics Base</h1><p>The NATO Logistics Base invites "
            "applications for the following internationally recruited posts in the Supply Wing.</p><table>"
            "<tr><th>Vacancy No.</th><th>Post No.</th><th>Title</th><th>Grade</th><th>Closing date</th></tr>"
            "<tr><td>LB 27-01</td><td>SUP 0110</td><td>Senior Technician (Radar)</td><td>C-5</td><td>9 May 2027</td>"
            "</tr><tr><td>LB 27-02</td><td>SUP 0121</td><td>Technician (Radar)</td><td>C-4</td><td>9 May 2027</td>"
            "</tr><tr><td>LB 27-03</td><td>SUP 0140</td><td>Assistant (Stores)</td><td>B-3</td><td>16 May 2027</td>"
            "</tr></table><h2>LB 27-01 Senior Technician (Radar)</h2><p><b>Duties.</b> Repairs radars.</p><p><b>"
            "Essential qualifications.</b> At least 6 years of experience in radar maintenance.</p><h2>LB 27-02 "
            "Technician (Radar)</h2><p><b>Duties.</b> Tests radars.</p><p><b>Essential qualifications.</b> At least "
            "3 years of experience in radar maintenance.</p><h2>LB 27-03 Assistant (Stores)</h2><p><b>Duties.</b> "
            "Keeps stock records.</p><p><b>Essential qualifications.</b> At least 2 years of experience in stores."
            "</p><h2>Conditions of employment (all posts)</h2><p>An initial contract of 36 months.</p></body></html>")
    parsed = _html(tmp_path, page)
    assert not parsed.failed
    assert [p.post["title"] for p in expand(parsed)] == ["Senior Technician (Radar)", "Technician (Radar)",
                                                            "Assistant (Stores)"]


def test_a_posts_number_line_with_only_its_numbers_and_its_title_on_the_line_below():
    text = ("Buyers, Fuel Partnership (2 posts)\nClosing date: 9 May 2027\n\nThe Agency is looking for two buyers.\n\n"
            "Post 1 - Post N° F-110 / Ref. No 2027_00211\nSenior Buyer, NATO Grade G17 (A.3)\n"
            " - Minimum seven years' experience in public procurement.\n\n"
            "Post 2 - Post N° F-118 / Ref. No 2027_00212\nBuyer, NATO Grade G15 (A.2)\n"
            " - Minimum four years' experience in public procurement.\n\nRequirements for both posts\n"
            " - Knowledge of contract law.\n")
    assert _titles(parse(text)) == [("Senior Buyer", "2027_00211", "G17", 7), ("Buyer", "2027_00212", "G15", 4)]


def test_a_board_repeating_one_notice_for_two_places_each_with_its_own_number():
    block = ("Assistant (Help Desk) - {place}\nNATO Communications and Information Agency (NCI Agency)\n"
             "Vacancy: {ref}\nPrimary Location: {place}\nGrade: NATO Grade G8\nDescription\nThe Assistant answers "
             "user calls and logs incidents for the Service Desk of the Branch.\nEssential Qualifications\n"
             "- At least 3 years of experience in user support;\nContract\nAn initial contract of 3 years.\n")
    text = block.format(place="Belgium-Mons", ref="271101") + block.format(place="Netherlands-The Hague", ref="271102")
    assert [(t, r) for t, r, _, _ in _titles(parse(text))] == [("Assistant (Help Desk)", "271101"),
                                                                ("Assistant (Help Desk)", "271102")]


def test_numbered_title_labels_of_a_cable_open_each_posts_block():
    text = ("SUBJ: NATO/IS VACANCIES\n1. NATO ANNOUNCED THE FOLLOWING VACANCIES ON INTERNATIONAL STAFF.\n"
            "2. TITLE: DIRECTOR, AIR DEFENCE PLANNING\nGRADE: A.6\nQUALIFICATIONS: AT LEAST TWELVE YEARS EXPERIENCE "
            "IN AIR DEFENCE.\n3. TITLE: HEAD, RADAR SECTION\nGRADE: A.4\nQUALIFICATIONS: AT LEAST SIX YEARS "
            "EXPERIENCE IN RADAR PROJECTS.\n4. CANDIDATES MUST BE NATIONALS OF NATO MEMBER COUNTRIES.\n")
    assert [(p["title"], p["grade_code"], p["min_experience_years"]) for p in _posts(text)] \
        == [("DIRECTOR, AIR DEFENCE PLANNING", "A6", 12), ("HEAD, RADAR SECTION", "A4", 6)]


def test_a_bilingual_table_of_posts_and_requirements_headed_by_each_posts_title():
    text = ("# NOTIFICATION OF VACANCIES / NOTIFICATION DE VACANCES\n\n| | Post 1 / Poste 1 | Post 2 / Poste 2 |\n"
            "|---|---|---|\n| Title / Titre | Head, Archives Unit / Chef(fe), Unité Archives | Assistant, Archives "
            "/ Assistant(e), Archives |\n| Vacancy / Vacance | 270301 | 270302 |\n"
            "| Grade | A.3 / NATO Grade G17 | B.3 / NATO Grade G8 |\n\n## ENGLISH\n\n### 2. QUALIFICATIONS\n\n"
            "**ESSENTIAL — Head, Archives Unit.** The incumbent must:\n- have at least 7 years' experience in "
            "records management;\n\n**ESSENTIAL — Assistant, Archives.** The incumbent must:\n- have at least 2 "
            "years' experience in an archive;\n\n### 3. CONTRACT\n\nA contract of 3 years.\n")
    assert _titles(parse(text)) == [("Head, Archives Unit", "270301", "G17", 7), ("Assistant, Archives", "270302",
                                                                                  "G8", 2)]


def test_a_plain_text_table_whose_wide_gaps_stand_before_its_bars_and_items_said_of_a_posts_number():
    text = ("CIVILIAN VACANCY NOTICE - FINANCE BRANCH (2 POSTS)\n\n"
            "Vacancy Number | Post Number   | Job Title              | NATO Grade | Basic Monthly Salary\n"
            "H12/27         | FIN BAC 0041  | Assistant (Payroll)    | 8          | 4,100.10 EUR, tax free\n"
            "H13/27         | FIN BAC 0057  | Senior Assistant (Pay) | 10         | 4,700.20 EUR, tax free\n\n"
            "ESSENTIAL QUALIFICATIONS\nH12/27: Minimum 2 years' experience in payroll.\n"
            "H13/27: Minimum 6 years' experience in payroll.\n")
    assert [(t, r, g, y, p.post["salary_eur_monthly"]) for p, (t, r, g, y) in
            zip(expand(parse(text)), _titles(parse(text)), strict=True)] == [
        ("Assistant (Payroll)", "H12/27", "G8", 2, 4100.1), ("Senior Assistant (Pay)", "H13/27", "G10", 6, 4700.2)]


def test_a_posts_block_takes_its_grade_from_the_list_and_its_number_from_the_line_above_its_fields():
    text = ("Through this process we aim to hire 2 candidates for the following positions:\n\n"
            " - 1 post as Principal Analyst, Data Services (DSV0101) (G19)\n"
            " - 1 post as Analyst, Data Services (DSV0122) (G16)\n\n"
            "POST 1 - PRINCIPAL ANALYST, DATA SERVICES (DSV0101)\n\nEssential Qualifications\n - At least 9 years of "
            "experience in data platforms, of which 3 years leading teams.\n\n"
            "POST 2 - ANALYST, DATA SERVICES (DSV0122)\n\nEssential Qualifications\n - At least 3 years of "
            "experience in data platforms.\n")
    assert [p["nato_grade"] for p in _posts(text)] == ["G19", "G16"]
    text = ("HQ SACT is recruiting for two posts in the Branch.\nVacancy 27/21 - Branch Head (Wargaming)\n"
            "Post Number: CDX WGM 0010\nNATO Grade: G20 (A-5)\nPost Context\nThe Branch Head directs the Branch.\n"
            "Vacancy 27/22 - Staff Officer (Wargaming)\nPost Number: CDX WGM 0030\nNATO Grade: G17 (A-3)\n"
            "Post Context\nThe Staff Officer plans wargames.\n")
    assert [(t, r) for t, r, _, _ in _titles(parse(text))] == [("Branch Head (Wargaming)", "27/21"),
                                                                ("Staff Officer (Wargaming)", "27/22")]


def test_a_posts_fact_ends_with_its_sentence_and_a_title_line_joining_two_numbered_titles():
    text = ("The Centre is recruiting for two posts in the Programme:\n\nPost 1: Senior Scientist (Acoustics) - Grade "
            "A-4 / NATO Grade G19 - Reference CMRE 27/02. Basic monthly salary: 8,800.00 EUR, tax free. Requirements: "
            "at least 6 years of research experience.\n\nPost 2: Engineer (Sonar) - Grade A-2 / NATO Grade G15 - "
            "Reference CMRE 27/03. Basic monthly salary: 6,000.00 EUR, tax free. Requirements: at least 2 years of "
            "experience.\n")
    assert [r for _, r, _, _ in _titles(parse(text))] == ["CMRE 27/02", "CMRE 27/03"]
    text = ("Deputy Assistant Secretary General for Space Policy (270090) and Deputy Assistant Secretary General for "
            "Arms Control and Disarmament (270091)\n- Grade: A.6 / NATO Grade G22\n1. SUMMARY\nThe two DASGs "
            "deputise for the ASG.\n2. QUALIFICATIONS AND EXPERIENCE\nESSENTIAL\nThe incumbents must:\n"
            "- for the DASG for Space Policy: have at least 11 years of professional experience;\n"
            "- for the DASG for Arms Control and Disarmament: have at least 14 years of professional experience;\n")
    assert _titles(parse(text)) == [
        ("Deputy Assistant Secretary General for Space Policy", "270090", "G22", 11),
        ("Deputy Assistant Secretary General for Arms Control and Disarmament", "270091", "G22", 14)]


def test_a_press_release_on_a_recruitment_campaign_and_a_boards_terms_of_reference_are_no_notices():
    release = ("NSPA opens 2027 recruitment campaign\n\nCapellen, 3 March 2027 - The NATO Support and Procurement "
               "Agency (NSPA) today launched a campaign to fill 90 civilian posts, at grades from NATO Grade G8 to "
               "G19, each with its own closing date.\n\n\"We need engineers and buyers,\" said the Agency's Director "
               "of Human Resources. Candidates must be nationals of a NATO member country. Salaries are tax-free.\n")
    assert parse(release).failed
    terms = ("Terms of Reference of the Data Governance Board\n\n1. Purpose\nThe Board is the senior body for data "
             "policy of NATO Headquarters.\n\n2. Secretariat\nThe Executive Officer of the Data Division provides "
             "the secretariat of the Board.\n")
    assert parse(terms).failed


def test_a_deadline_after_the_title_a_glued_date_a_sites_forum_and_a_bracketed_level_in_quotes():
    assert bare("Officer, Strategic Analysis (270118) - closes 12 Mar")[0] == "Officer, Strategic Analysis"
    text = "Officer Strategic Analysis\nApplication Deadline 04May2027 115900 PM\n1 SUMMARY\nThe Officer analyses.\n"
    assert parse(text).post["deadline"] == dt.date(2027, 5, 4)
    text = ("  Brussels Expats Forum › Jobs › NATO vacancy: Officer (Fuel)\n\nOfficer (Fuel)\nVacancy number: 27-0101\n"
            "1. SUMMARY\nThe Officer plans fuel supply.\n")
    assert parse(text).post["committees_chaired"] is None
    post = parse(_essential("at least ten years' experience in finance, of which no fewer than four in a managerial "
                            "capacity;", "NATO language level: English \"Proficiency (VI)\"; French \"Elementary "
                            "(II)\".")).post
    assert (post["min_management_years"], post["lang_level_one"], post["lang_level_other"]) == (4, 6, 2)


def test_blocks_opened_by_their_reference_below_a_bilingual_list_with_grades():
    text = ("NATO SCHOOL / ÉCOLE DE L'OTAN\nVACANCY NOTICE / AVIS DE VACANCE\n\n"
            "Ref. NSO 11/27 - Instructor (Cyber Defence) / Instructeur (cyberdéfense) - A-3 / G17\n"
            "Ref. NSO 12/27 - Assistant (Course Records) / Assistant(e) (dossiers des cours) - B-3 / G8\n\n"
            "ENGLISH\n\nRef. NSO 11/27 - Instructor (Cyber Defence)\nThe Instructor delivers courses.\nEssential "
            "requirements: at least 6 years of professional experience in cyber defence.\n\n"
            "Ref. NSO 12/27 - Assistant (Course Records)\nThe Assistant keeps the course records.\nEssential "
            "requirements: at least 3 years of experience in administration.\n\nBoth posts: initial 3-year "
            "contract.\n")
    assert [(p["title"], p["reference"], p["grade_code"], p["min_experience_years"])
            for p in _posts(text)] == [("Instructor (Cyber Defence)", "NSO 11/27", "A3", 6),
                                               ("Assistant (Course Records)", "NSO 12/27", "B3", 3)]


def test_a_line_whose_subject_is_one_posts_title_head_is_that_posts():
    text = ("The Office is recruiting for the following posts.\n"
            "Post title | Grade | Vacancy reference\nOfficer, Audit Planning | A.2 | 270614\n"
            "Head, Audit Section | A.5 | 270615\n1. SUMMARY\nThe Office audits NATO bodies.\n"
            "2. QUALIFICATIONS AND EXPERIENCE\nESSENTIAL\nOfficer, Audit Planning – the incumbent must:\n"
            "- have at least 2 years' experience in audit;\nHead, Audit Section – the incumbent must:\n"
            "- have at least 9 years' experience in audit;\n3. INTERRELATIONSHIPS\nThe Officer reports to the Head, "
            "Audit Section. Direct reports: N/A.\nThe Head reports to the Director and leads the Audit Section of 14 "
            "staff. Direct reports: 3.\n")
    assert [(p["staff_led"], p["direct_reports"]) for p in _posts(text)] == [(None, None), (14, 3)]


def test_a_boards_experience_tag_a_gender_marker_and_a_forms_field_after_a_long_title(tmp_path):
    text = ("Staff Officer (Plans) | NATO | Devex\nExperience level: Senior level (8+ years)\nOrganisation: NATO\n"
            "Staff Officer (Plans) - vacancy 271104\nThe Staff Officer drafts plans for the Branch.\n")
    assert parse(text).post["min_experience_years"] is None
    assert bare("Executive Officer, Office of the Director (H/F/X)")[0] == "Executive Officer, Office of the Director"
    (tmp_path / "form.txt").write_text(
        "   VACANCY NOTIFICATION\n\n   Title:          Deputy Assistant Secretary General for Defence Policy and Plans"
        "\n   Vacancy:        270088\n   Grade:          A.7 / NATO Grade G23\n\n1. SUMMARY\nThe DASG leads.\n",
        encoding="utf-8")
    post = parse_document(read_document(tmp_path / "form.txt")).post
    assert (post["title"], post["reference"]) == ("Deputy Assistant Secretary General for Defence Policy and Plans",
                                                  "270088")


def test_a_pdfs_symbol_font_bullets_and_competencies_named_in_sentence_case():
    text = (_HEAD + "COMPETENCIES\n\uf0b7 Leadership\n\uf0b7 Problem solving\n\uf0b7 Planning and organising\n"
            "\uf0b7 Teamwork\n\nCONTRACT\nA contract of 3 years.\n")
    assert parse(text).post["competency_count"] == 4


def test_a_units_size_after_what_it_does_and_reports_counted_after_their_list():
    text = ("Director, Support Operations\nVacancy number: 270101\n1. SUMMARY\nThe Support Operations Directorate "
            "delivers the Agency's fuel and ammunition partnerships, and comprises about 240 staff members in Capellen."
            "\nDirect reports: the Fuel Branch Chief, the Ammunition Branch Chief and the Support Branch Chief (3).\n")
    post = parse(text).post
    assert (post["staff_led"], post["direct_reports"]) == (240, 3)


def test_instructions_for_an_application_form_and_a_staff_notice_of_moves_are_no_notices():
    form = ("NATO UNCLASSIFIED\nJOINT FORCE COMMAND\nINSTRUCTIONS FOR COMPLETING THE CIVILIAN APPLICATION FORM\n\n"
            "1. The subject of your e-mail must give the vacancy number and the NATO grade of the post.\n2. Attach the "
            "certificate of the highest level of education the job description requires.\n3. Applications must reach "
            "the office by the closing date.\n4. The successful candidate will be told.\n")
    assert parse(form).failed
    moves = ("STAFF NOTICE No. 2027/04\nSubject: Internal mobility\n\n1. The Secretary General approved these moves.\n"
             "- Ms. Anna Berg, Officer, Budget Section (NATO Grade G15), moves to Officer, Audit Section.\n"
             "- Mr. Paul Renn, Head, Archives Section (NATO Grade G18), moves to Head, Registry Section.\n\n"
             "Head, Talent Acquisition and Mobility\n")
    assert parse(moves).failed


def test_header_fields_side_by_side_above_a_two_column_page_are_read_across(tmp_path):
    left = ["The College in Rome contributes to the", "cohesion of the Alliance by senior-level", "education, research "
            "and outreach to partners", "in the Euro-Atlantic area and beyond it", "through its courses and its "
            "research work", "on security in the regions around Europe", "and on the Alliance's partnerships with",
            "other international organisations today", "and in the years to come as well"]
    right = ["The incumbent develops and delivers the", "partnership modules of the Senior Course", "and advises the "
             "Dean on course design", "for the partnership programmes of the College", "and takes part in the "
             "research work", "of the Research Division on partnerships", "and represents the College at events",
             "organised by NATO and national bodies", "in the field of partnership studies"]
    body = "\n".join(f"{a:<50}{b}" for a, b in zip(left, right, strict=True))
    text = (f"{'NATO DEFENSE COLLEGE':<50}COLLEGE DE DEFENSE\n\nVACANCY NOTICE\n\n"
            f"{'Post title: Faculty Adviser (Regional Studies)':<50}Grade: A-3 / NATO Grade G17\n"
            f"{'Division: Academic Policy Division':<50}Deadline: 17 May 2027\n\n{'1. BACKGROUND':<50}2. DUTIES\n"
            f"{body}\n")
    (tmp_path / "page.txt").write_text(text, encoding="utf-8")
    post = parse_document(read_document(tmp_path / "page.txt")).post
    assert (post["title"], post["deadline"]) == ("Faculty Adviser (Regional Studies)", dt.date(2027, 5, 17))


def test_each_part_of_a_subset_and_an_assistant_at_senior_management_level():
    post = parse(_essential("at least 12 years' experience in aircraft engineering, of which 6 in configuration "
                            "management and 4 in a supervisory role;")).post
    assert (post["min_experience_years"], post["min_management_years"]) == (12, 4)
    post = parse(_essential("a minimum of seven (7) years' experience as a personal or executive assistant at "
                            "senior management level;")).post
    assert (post["min_experience_years"], post["min_management_years"]) == (7, None)


def test_requirements_under_a_bare_position_heading_and_a_closing_table_of_the_posts():
    text = ("# Civilian Vacancies\n\n**Closing date:** 3 May 2027\n\nThis notice advertises two posts.\n\n"
            "| | Position A | Position B |\n|---|---|---|\n| Title | Head, Registry Section | Assistant (Registry) |\n"
            "| Grade | NATO Grade G16 | NATO Grade G8 |\n| Reference | NSO-2027-021 | NSO-2027-022 |\n\n"
            "## Requirements\n\n### Position A\n\n- At least 7 years of experience in records management;\n\n"
            "### Position B\n\n- Minimum 2 years' experience in administrative support;\n\n## Contract\n\n"
            "A contract of three years.\n")
    assert [p["min_experience_years"] for p in _posts(text)] == [7, 2]
    text = ("The Directorate is recruiting for several posts in its Sourcing Programme; the posts are listed in the "
            "table at the end of this notice.\n\nRequirements (all posts)\n- Minimum four years' experience in "
            "procurement;\n\nAdditional requirement – Senior Buyer\n- Minimum seven years' experience in procurement, "
            "including at least three years leading procurement teams.\n\nPosts and closing dates\n\n"
            "| Ref. No    | Title        | Grade | Closing date  |\n"
            "|------------|--------------|-------|---------------|\n"
            "| 2027_00301 | Buyer        | A.2   | 9 May 2027    |\n"
            "| 2027_00302 | Senior Buyer | A.3   | 16 May 2027   |\n")
    assert [(p["title"], p["reference"], p["grade_code"], p["deadline"],
             p["min_management_years"]) for p in _posts(text)] == [
        ("Buyer", "2027_00301", "A2", dt.date(2027, 5, 9), None),
        ("Senior Buyer", "2027_00302", "A3", dt.date(2027, 5, 16), 3)]


def test_posts_counted_in_a_sentence_with_their_grades_and_parts_headed_essential_qualifications_and_a_title():
    text = ("Data Posts - 270377\nApplication Deadline: 11-Apr-2027, 11:59:00 PM\nSummary\nTo reinforce the Branch, "
            "the Agency is recruiting two Data Engineers (A.2) and one Data Assistant (B.3). The Engineers build the "
            "pipelines.\nExperience and Education\nEssential qualifications, Data Engineer:\n- a minimum of 4 years of "
            "experience in data engineering;\nEssential qualifications, Data Assistant:\n- a minimum of 6 years of "
            "experience in administrative support;\n")
    assert [(p["title"], p["grade_code"], p["min_experience_years"]) for p in _posts(text)] \
        == [("Data Engineer", "A2", 4), ("Data Assistant", "B3", 6)]


def test_one_post_in_two_units_each_with_its_own_vacancy_number():
    text = ("Executive Officer (2 posts, two Divisions)\nGrade: A.4 / NATO Grade G17\n\nThis notice covers two posts "
            "of Executive Officer, one in each of the Divisions below.\n\n- Political Affairs Division (PASP): vacancy "
            "271204\n- Public Diplomacy Division (PDD): vacancy 271205\n\n1. SUMMARY\nThe Executive Officer "
            "coordinates the Office.\n")
    assert [(p["title"], p["reference"]) for p in _posts(text)] == [
        ("Executive Officer", "271204"), ("Executive Officer", "271205")]


def test_blocks_under_reference_labels_a_closing_line_for_both_and_a_co_chair_with_a_titled_sharer():
    text = ("Deputy Director, Challenges and Head, Test Centres\nDIANA is filling two senior positions.\n"
            "Deputy Director, Challenges\nReference: DIANA-2027-031\nGrade: NATO Grade G21 (A.5)\nThe Deputy Director "
            "co-chairs, with the Director, Operations, the Challenge Selection Board.\nEssential requirements\n- At "
            "least 12 years of professional experience in innovation programmes;\nHead, Test Centres\nReference: "
            "DIANA-2027-032\nGrade: NATO Grade G18 (A.4)\nThe Head manages the network of test centres.\nEssential "
            "requirements\n- At least 8 years of experience in testing;\nContract: Both positions are offered with an "
            "initial contract of four years.\n")
    assert [(p["reference"], p["committees_chaired"], p["contract_years"])
            for p in _posts(text)] == [("DIANA-2027-031", 1, 4), ("DIANA-2027-032", None, 4)]


def test_titles_joined_by_a_slash_in_a_notice_of_two_posts_with_grades_and_pay_in_turn():
    text = ("CIVILIAN VACANCY NOTICE\n\nPayroll Assistant / Travel Assistant\nVacancy Numbers: LC 27-21 (Payroll "
            "Assistant) / LC 27-22 (Travel Assistant)\nNATO Grade: B-3 / B-4\nAnnual basic salary: EUR 48,000.00 "
            "(B-3) / EUR 54,000.00 (B-4), tax free\n\nGENERAL\nApplications are invited for two posts in the Branch.\n")
    assert [(p["title"], p["reference"], p["grade_code"], p["salary_eur_monthly"])
            for p in _posts(text)] == [("Payroll Assistant", "LC 27-21", "B3", 4000.0),
                                               ("Travel Assistant", "LC 27-22", "B4", 4500.0)]
    assert len(expand(parse("Legal Adviser / Director, Office of Legal Affairs\nVacancy number: 270101\n1. SUMMARY\n"
                             "The Legal Adviser leads the Office.\n"))) == 1


def test_a_note_that_posts_have_been_filled_and_a_page_listing_the_open_vacancies_are_no_notices():
    filled = ("NATO INTERNATIONAL STAFF\nRecruitment Service\n\nINFORMATION NOTE\n\nThe Recruitment Service informs "
              "candidates that the following competitions are completed and that the posts have been filled:\n"
              "- Vacancy 261190 – Officer, Budget (A.2). The selected candidate took up duty on 1 April 2027.\n"
              "- Vacancy 261191 – Assistant, Registry (B.4). The incumbent will start in June.\n")
    assert parse(filled).failed
    listing = ("NATO vacancies – week 12\nThis page lists the civilian vacancies currently open in NATO bodies, with "
               "titles and grades only.\nNATO International Staff\nTitle: Grade\nOfficer, Arms Control: A.2\nHead, "
               "Payroll Section: A.4\nNCI Agency\nTitle: Grade\nAssistant (Service Desk): B.3\n")
    assert parse(listing).failed


def test_parts_of_a_shared_section_opened_by_each_posts_title_head_and_number():
    text = ("VACANCY NOTICE - TWO POSTS\n\nThe Centre is recruiting for the following two posts:\n\nPost 1\n"
            "Vacancy Number:     27/0311\nJob Title:          Senior Analyst (Malware)\n"
            "NATO Grade:         G17 (A-3)\n\nPost 2\nVacancy Number:     27/0312\n"
            "Job Title:          Analyst (Malware)\n"
            "NATO Grade:         G15 (A-2)\n\n"
            "Closing date for both posts: 16 May 2027\n\n1. BACKGROUND\nThe Branch analyses malware.\n\n"
            "3. ESSENTIAL QUALIFICATIONS\nSenior Analyst (27/0311):\n  - At least 7 years of experience in malware "
            "analysis;\nAnalyst (27/0312):\n  - At least 3 years of experience in malware analysis;\n\n5. CONTRACT\n"
            "Both posts: a contract of three years.\n")
    assert [(p["reference"], p["min_experience_years"]) for p in _posts(text)] == [
        ("27/0311", 7), ("27/0312", 3)]


def test_a_text_whose_line_breaks_were_lost_is_cut_at_its_glued_headings():
    text = ("Head, Payroll Section\nJob content\n1. SUMMARYThe Division pays the staff.The Head leads the Section."
            "2. QUALIFICATIONS AND EXPERIENCEESSENTIALThe incumbent must:have at least 7 years of professional "
            "experience in payroll;possess a university degree.4. COMPETENCIESThe incumbent must demonstrate:"
            "Achievement: Sets and works to meet challenging goals;Change Leadership: Champions change;Initiative: "
            "Plans and acts for the long term.6. CONTRACTThe successful applicant will be employed for 3 years.\n")
    post = parse(text).post
    assert (post["min_experience_years"], post["competency_count"]) == (7, 3)


def test_a_bilingual_titles_label_a_benefits_page_a_circular_on_the_application_system_and_a_meeting_calendar():
    assert bare("TITLE: Section Head (Workforce Policy)")[0] == "Section Head (Workforce Policy)"
    benefits = ("Working at the Agency\nWhat we offer\nSalaries of NATO staff are tax-free; a post at grade B.3 starts "
                "at about EUR 3,900 per month.\nContracts\nNew staff are offered a contract of three years.\nWho can "
                "apply?\nNationals of NATO member states.\nSee our current vacancies\n")
    assert parse(benefits).failed
    circular = ("INTERNATIONAL STAFF\nHUMAN RESOURCES\nADMINISTRATIVE CIRCULAR\nSubject: New e-recruitment system\n1. "
                "Vacancies published from 2 March 2027 onwards will be advertised only on the new platform. Candidates "
                "must create a profile.\nThe Assistant Secretary General for Human Resources\n")
    assert parse(circular).failed
    calendar = ("NATO UNCLASSIFIED\nCIVIL EMERGENCY BOARD (CEB)\nPROVISIONAL CALENDAR OF MEETINGS - 2027\nChair: "
                "Assistant Secretary General for Operations\nSecretary: Head, Board Secretariat Section\n"
                "15 Jan 2027 Plenary\n12 Feb 2027 Transport Group\n")
    assert parse(calendar).failed


def test_a_chair_said_after_the_body_was_named_a_rotating_chair_and_reports_named_before_report_to():
    text = (_HEAD.replace("Head, Planning Section", "Assistant Secretary General for Resilience") +
            "The Division serves the Civil Protection Committee (CPC).\nThe ASG chairs the Civil Protection Committee "
            "and chairs, in rotation with the Director of Plans, the Resilience Working Group.\n")
    assert parse(text).post["committees_chaired"] == 2
    text = ("Deputy Director, Engineering\nVacancy number: 270101\n1. SUMMARY\nThe Deputy Director manages the "
            "Engineering Division. The two Heads of Branch and the Ship Manager report to the Deputy Director.\n")
    assert parse(text).post["direct_reports"] == 3
    text = ("Executive Officer\nVacancy number: 270101\n1. SUMMARY\nThe Executive Officer runs the front office and "
            "manages a team of five in that office.\n")
    assert parse(text).post["staff_led"] == 5


def test_years_of_management_after_years_and_line_management_with_its_hyphen():
    for line, years in (("a minimum of twelve years' research experience, including six (6) years' management "
                         "experience;", 6),
                        ("not less than 9 years' experience in finance, and four years' line-management;", 4)):
        assert parse(_essential(line)).post["min_management_years"] == years, line


def test_one_title_advertised_for_two_places_each_block_with_its_own_number():
    text = ("Officer, Network Operations\nTwo posts with the same title are open: one in Mons and one in Naples.\n"
            "Location 1 – Mons, Belgium\nVacancy number: 270351\nGrade: NATO Grade G16\n- Team: leads a team of 6 "
            "network operators\nLocation 2 – Naples, Italy\nVacancy number: 270352\nGrade: NATO Grade G16\n- Team: "
            "leads a team of 4 network operators\nEssential qualifications (both locations)\n- A minimum of five (5) "
            "years of experience in network operations;\n")
    assert [(p["title"], p["reference"], p["staff_led"], p["min_experience_years"])
            for p in _posts(text)] == [("Officer, Network Operations", "270351", 6, 5),
                                               ("Officer, Network Operations", "270352", 4, 5)]


def test_titles_named_each_with_its_vacancy_number_on_one_line_and_graded_in_their_paragraphs():
    text = ("STAFF VACANCIES 271044 and 271045\nTITLES: Staff Officer (Land Policy) – vacancy 271044; Staff Officer "
            "(Space Policy) – vacancy 271045\nGRADE: A-3/G-17 (both posts)\nApplication Deadline: 10-May-2027\n"
            "1. SUMMARY\nThe Branch develops policy.\n")
    assert [(p["title"], p["reference"], p["grade_code"]) for p in _posts(text)] == [
        ("Staff Officer (Land Policy)", "271044", "A3"), ("Staff Officer (Space Policy)", "271045", "A3")]
    text = ("VACANCY NOTICE\nSupply Officer (Fuel), Vacancy 27-GK-014, and Supply Assistant (Fuel), Vacancy "
            "27-GK-015\n\nClosing date: 28 April 2027\n\n1. POST DESCRIPTION\nSupply Officer (Fuel), Grade A-2. The "
            "Officer plans fuel supply.\nSupply Assistant (Fuel), Grade B-4. The Assistant records fuel issues.\n")
    assert [(p["reference"], p["grade_code"]) for p in _posts(text)] == [
        ("27-GK-014", "A2"), ("27-GK-015", "B4")]


def test_an_item_of_a_shared_section_opened_by_a_posts_number_is_that_item_alone():
    block = "POST {n}\nTitle: {t}\nReference: {r}\nGrade: {g}\n\nDuties\nThe post {d}.\n\n"
    text = ("VACANCY NOTICE – TWO POSTS\n\n" + block.format(n=1, t="Executive Officer, Front Office", r="STO-27-07",
                                                        g="A.3", d="runs the front office")
            + block.format(n=2, t="Assistant (Panel Support)", r="STO-27-08", g="B.4", d="supports a panel")
            + "SHARED REQUIREMENTS (POST 1 AND POST 2)\n\nEssential\n- POST 1: at least 6 years of experience in "
            "coordination.\n- POST 2: at least 3 years of experience in administration.\n- Minimum levels of NATO's "
            "official languages (English/French): IV (\"Upper Intermediate\") in one; II (\"Elementary\") in the "
            "other.\n\nContract\nAn initial contract of 3 years.\n")
    assert [(p["min_experience_years"], p["lang_level_one"], p["contract_years"])
            for p in _posts(text)] == [(6, 4, 3), (3, 4, 3)]


def test_a_subset_of_years_said_with_a_verb_and_a_team_supervised_five_words_on():
    post = parse(_essential("no less than eight years of professional experience in an archive, of which at least "
                            "three supervising staff;")).post
    assert (post["min_experience_years"], post["min_management_years"]) == (8, 3)
    post = parse(_essential("at least 7 years of experience in IT operations, including 2 years supervising a "
                            "network operations or support team;")).post
    assert post["min_management_years"] == 2


def test_a_letter_to_an_applicant_is_no_notice_and_a_usajobs_grade_under_its_label():
    letter = ("From: Recruitment <no-reply@example.int>\nSubject: Vacancy 270517 - Officer (Plans) - invitation to "
              "interview\n\nDear Mr Jansen,\n\nThank you for your application for the post of Officer (Plans), vacancy "
              "270517, in the Operations Division of the NATO International Staff. You have been shortlisted.\n")
    assert parse(letter).failed
    text = ("Head of Section (Ammunition)\nOverview\nPay scale & grade\nNATO A4\nLocation\nCapellen, Luxembourg\n"
            "Duties\nThe Head leads the Section.\n")
    assert parse(text).post["grade_code"] == "A4"


def test_reports_said_of_one_post_by_its_title_in_brackets_and_two_titles_joined_by_and_with_a_post_count():
    text = ("| Post | Number | Grade |\n|---|---|---|\n| Head, Air Section | DIN0231 | G22 |\n| Head, Land Section | "
            "DIN0418 | G22 |\n\nThe Directorate is recruiting for the following two posts.\n\n"
            "3. INTERRELATIONSHIPS\nDirect reports (Head, Air Section): 6\nDirect reports (Head, Land Section): 3\n")
    assert [p["direct_reports"] for p in _posts(text)] == [6, 3]
    text = ("STAFF VACANCY 270455\nTITLE: Staff Officer, Partner Training and Staff Officer, Outreach (2 posts)\n"
            "GRADE: A-2/G-15\n1. Post Context:\nThe Branch manages partnerships.\n")
    assert [p["title"] for p in _posts(text)] == ["Staff Officer, Partner Training",
                                                              "Staff Officer, Outreach"]


def test_an_items_facts_in_a_bracket_of_their_own_and_two_items_alike_are_one_post():
    text = ("NATO UNCLASSIFIED\nVacancy Number: 27/052\nClosing Date: 9 June 2027\n"
            "The following positions are to be filled in the Budget Branch:\n"
            "Senior Clerk (Ledgers) (NATO Grade 11, post number OSC FXBX 0070)\n"
            "Clerk (Payments) (NATO Grade 9, post number OSC FXBX 0080)\n"
            "Clerk (Payments) (NATO Grade 9, post number OSC FXBX 0090)\n"
            "Basic Monthly Salary (12 x per year): NATO Grade 11: 5,101.20€; NATO Grade 9: 4,210.75€\n"
            "PRINCIPAL DUTIES\nThe incumbents keep the ledgers.\n")
    posts = _posts(text)
    assert [(p["title"], p["nato_grade"], p["salary_eur_monthly"]) for p in posts] == [
        ("Senior Clerk (Ledgers)", "G11", 5101.2), ("Clerk (Payments)", "G9", 4210.75)]


def test_one_title_counted_with_a_grade_for_each_post():
    text = ("Systems Analyst (2 posts, G16 and G14)-271230\nApplication Deadline: 7 June 2027\n"
            "Essential Qualifications:\n- For the G16 post: at least 7 years of professional experience in analysis;\n"
            "- For the G14 post: at least 3 years of professional experience in analysis;\n")
    assert [(p["title"], p["nato_grade"], p["min_experience_years"])
            for p in _posts(text)] == [("Systems Analyst", "G16", 7), ("Systems Analyst", "G14", 3)]


def test_the_standing_or_acting_chair_is_the_posts():
    text = (_HEAD + "The Head acts as Chair of the Audit Task Force (ATF) when the Director is absent and is the "
            "standing Chair of the Records Coordinating Committee (RCC).\n")
    assert parse(text).post["committees_chaired"] == 2


def test_a_plain_text_header_tables_cells_wrapped_onto_the_next_line(tmp_path):
    (tmp_path / "notice.txt").write_text(
        "NOTIFICATION OF AN \"A\" GRADE VACANCY\n\nDIVISION              TITLE                          GRADE\n"
        "Executive Management    Head, Conference and Language     A.4\n"
        "Division                Services\n\nVACANCY N° : 271188\n\n1. SUMMARY\nThe Head leads the Service.\n",
        encoding="utf-8")  # (read as the build reads a file: its wide gaps are cells' bounds)
    assert parse_document(read_document(tmp_path / "notice.txt")).post["title"] == \
        "Head, Conference and Language Services"


def test_the_number_glued_to_the_title_after_a_run_together_description_label():
    text = ("Officer, Energy Security at NATO | Jobs\nPrimary LocationBelgium-BrusselsScheduleFull-timeGrade NATO "
            "Grade G15Description:Officer, Energy Security-271338\n1. SUMMARYThe Section works on energy.\n")
    assert parse(text).post["reference"] == "271338"


def test_a_boards_deadline_above_the_notices_reference_gives_way_to_the_notices_own():
    text = ("Officer (Plans)\n- Application Deadline: June 14, 2027\nVacancy Number: 271391\nNATO Grade: G15\n"
            "Closing date: 11 June 2027\nPost Context\nThe Branch plans.\n")
    assert parse(text).post["deadline"] == dt.date(2027, 6, 11)


def test_a_block_named_short_takes_its_row_of_the_table_and_a_part_ends_at_the_next_block():
    text = ("# VACANCIES\n\n| Post | Title | Grade | Vacancy ref. |\n|---|---|---|---|\n"
            "| 1 | Panel Officer, Human Factors Panel | NATO Grade G17 | 270507 |\n"
            "| 2 | Panel Clerk, Human Factors Panel | NATO Grade G8 | 270508 |\n\n"
            "## Post 1 – Panel Officer\n\nThe Panel Officer runs the office.\nThe Panel Officer drafts the minutes.\n\n"
            "**Competencies – Post 1.**\n\n- Achievement: Sets and works to meet challenging goals;\n\n"
            "## Post 2 – Panel Clerk\n\nThe Panel Clerk keeps the records.\nThe Panel Clerk books the rooms.\n\n"
            "**Essential – Post 2.** The candidate must:\n\n"
            "- have at least 2 years of experience in administration;\n")
    posts = _posts(text)
    assert [(p["title"], p["reference"], p["min_experience_years"]) for p in posts] == [
        ("Panel Officer, Human Factors Panel", "270507", None), ("Panel Clerk, Human Factors Panel", "270508", 2)]


def test_three_titles_listed_with_commas_each_described_in_a_paragraph_opened_by_it():
    text = ("Technician (Radar), Technician (Radio) and Technician (Power)-271612\nGrade NATO Grade G12\n"
            "POST CONTEXT\nThe Branch keeps the systems running.\n"
            "Technician (Radar) (post number JNPX 0020). Maintains radars. Essential: at least 2 years of "
            "professional experience.\nTechnician (Radio) (post number JNPX 0030). Maintains radios. Essential: at "
            "least 4 years of professional experience.\nTechnician (Power) (post number JNPX 0040). Maintains "
            "generators. Essential: at least 6 years of professional experience.\n")
    assert [(p["title"], p["min_experience_years"]) for p in _posts(text)] == [
        ("Technician (Radar)", 2), ("Technician (Radio)", 4), ("Technician (Power)", 6)]


def test_numbered_headings_with_a_full_stop_run_into_one_paragraph():
    text = ("Officer (Standards)\nGrade A.2 Description : STAFF VACANCY 271771 TITLE: Officer (Standards) GRADE: A-2 "
            "Please note the final competition takes place in Brussels. 1. Post Context. The Officer drafts standards "
            "and chairs the Terminology Panel. 2. Essential Qualifications. a. At least four (4) years' experience "
            "in standardization. 3. Desirable Qualifications. a. Experience as a chair of an international working "
            "group. 4. Competencies. The incumbent must demonstrate: Achievement: Sets and works to meet challenging "
            "goals; Teamwork: Solicits inputs and encourages others.\n")
    post = parse(text).post
    assert (post["min_experience_years"], post["committees_chaired"], post["competency_count"]) == (4, 1, 2)


def test_an_intro_counting_its_posts_at_different_grades():
    text = ("Requisition: 271781\nDeadline: 26 May 2027\n"
            "The Agency is recruiting for two posts at different grades in the Treasury Section:\n\n"
            "Senior Assistant, Treasury - NATO Grade G12 (B5) - salary EUR 5,300.10 monthly\n"
            "Assistant, Treasury - NATO Grade G10 (B4) - salary EUR 4,500.20 monthly\n\n"
            "The Treasury Section processes the payments.\n")
    assert [(p["title"], p["grade_code"]) for p in _posts(text)] == [
        ("Senior Assistant, Treasury", "B5"), ("Assistant, Treasury", "B4")]


def test_an_items_vacancy_number_after_a_dash_and_its_wrapped_requirements():
    text = ("DIVISION: Executive Management\nPOSTS:\n- Head, Catering Section (A.4) – Vacancy N° 270207\n"
            "- Officer (Catering Contracts) (A.2) – Vacancy N° 270208\nClosing date for applications: 4 April 2027\n\n"
            "1. SUMMARY\nThe Section runs the restaurants.\n\n2. QUALIFICATIONS AND EXPERIENCE\nESSENTIAL\n"
            "Head, Catering Section: the incumbent must have at least 10 years' experience in catering; possess the\n"
            "following minimum levels of NATO's official languages (English/French): V (\"Advanced\") in one; III\n"
            "(\"Intermediate\") in the other.\n"
            "Officer (Catering Contracts): the incumbent must have at least 4 years' experience in "
            "contracting; possess\n"
            "the following minimum levels of NATO's official languages (English/French): IV (\"Upper\n"
            "Intermediate\") in one; I (\"Beginner\") in the other.\n")
    assert [(p["title"], p["reference"], p["min_experience_years"], p["lang_level_other"])
            for p in _posts(text)] == [("Head, Catering Section", "270207", 10, 3),
                                              ("Officer (Catering Contracts)", "270208", 4, 1)]


def test_blocks_headed_by_their_vacancy_number_and_title(tmp_path):
    page = ("<html><body><main><h1>Civilian vacancies</h1><table><tr><th>Post</th><th>Grade</th><th>Vacancy</th></tr>"
            "<tr><td>Staff Assistant (Records) (2 posts)</td><td>B-4 / NG10</td><td>27/031</td></tr>"
            "<tr><td>Section Head (Plans)</td><td>A-3 / NG17</td><td>27/033</td></tr></table>"
            "<p><b>Contract:</b> a 3-year definite duration contract.</p>"
            "<h2>Vacancy 27/031 – Staff Assistant (Records)</h2><p>The Staff Assistant keeps the records of the "
            "Records Review Board.</p><p>Essential: at least 5 years of experience in records management.</p>"
            "<h2>Vacancy 27/033 – Section Head (Plans)</h2><p>The Section Head leads the Plans Section (7 staff) and "
            "chairs the Plans Coordination Group.</p><p>Essential: at least 8 years of experience in planning, "
            "of which 2 "
            "years in a supervisory capacity.</p></main></body></html>")
    posts = expand(_html(tmp_path, page))
    assert [(p.post["reference"], p.post["min_management_years"]) for p in posts] == [("27/031", None),
                                                                                        ("27/033", 2)]


def test_a_french_part_headed_fonctions_is_the_translation():
    text = (_HEAD + "2. QUALIFICATIONS\nThe incumbent must have 5 years of experience.\n4. COMPETENCIES\n"
            "- Achievement: Creates own measures of excellence and improves performance;\n"
            "- Teamwork: Solicits inputs and encourages others.\n5. CONTRACT\nA contract of 3 years.\n\n---\n\n"
            "Poste : Chef de la Section de la planification\n\nFONCTIONS\nLe titulaire dirige la Section.\n\n"
            "QUALIFICATIONS\nEssentielles : au moins 5 ans d'expérience.\n\nCOMPÉTENCES\n- Recherche de l'excellence : "
            "Définit ses propres critères d'excellence ;\n- Travail en équipe : Sollicite les avis.\n\nCONTRAT\n"
            "Contrat initial de 3 ans.\n")
    assert parse(text).post["competency_count"] == 2


def test_a_managerial_responsibilities_item_inside_a_flattened_line():
    text = ("Section Head (Budget) NATO Grade: A-4 ESSENTIAL QUALIFICATIONS a. At least 8 years' experience in "
            "budgeting. ATTRIBUTES/COMPETENCIES a. Personal Attributes: Integrity. b. Managerial Responsibilities: The "
            "incumbent heads the Budget Section (9 staff: 3 A-grade and 6 B-grade civilians). c. Professional "
            "Contacts: Frequent.\n")
    assert parse(text).post["staff_led"] == 9


def test_a_pay_basis_in_brackets_with_a_note_after_it():
    p = parse("Officer (Plans)\nPay: EUR 6,101.20 (monthly basic salary, net of internal tax)\n1. SUMMARY\nText.\n")
    assert p.post["salary_eur_monthly"] == 6101.2


def test_a_level_of_another_language_is_no_official_languages_level():
    p = parse(_essential("Language: Advanced (level V) in English; Elementary (level II) knowledge of German would "
                         "be an asset.")).post
    assert (p["lang_level_one"], p["lang_level_other"]) == (5, None)


def test_competency_names_alone_after_an_intro():
    text = _HEAD + "COMPETENCIES\nThe incumbent must demonstrate: Achievement; Flexibility; Initiative; Teamwork.\n"
    assert parse(text).post["competency_count"] == 4


def test_direct_line_management_responsibility_for_staff():
    text = _HEAD + "The incumbent has direct line management responsibility for 5 civilian staff.\n"
    assert parse(text).post["direct_reports"] == 5


def test_a_key_value_tables_first_row_and_a_value_wrapped_into_the_next_row():
    text = ("# VACANCY NOTICE\n\n| Vacancy | 271318 | |\n|---|---|---|\n| Title | **Executive Officer,** | |\n"
            "| | **Office of the Chair** | |\n| Grade | NATO Grade G20 (A.4) | |\n\n## 1. POST CONTEXT\n\nText.\n")
    p = parse(text).post
    assert (p["reference"], p["title"]) == ("271318", "Executive Officer, Office of the Chair")


def test_the_facts_at_the_end_of_a_text_that_opens_with_its_requirements():
    text = ("ESSENTIAL QUALIFICATIONS\n- At least 7 years' experience in personnel management.\n\nPost details\n\n"
            "Vacancy Number:      271455\nPost Number:         JFCBS J1 CHR 0020\n"
            "Job Title:           Branch Head (Civilian Personnel)\nNATO Grade:          G20 (A4)\n"
            "Closing date:        4 January 2027\n")
    assert parse(text).post["title"] == "Branch Head (Civilian Personnel)"


def test_a_body_named_before_the_posts_chair_in_a_relative_clause():
    text = _HEAD + ("The Head represents the Division at the Energy Coordination Group which the incumbent chairs, and "
                    "supports the Fuel Working Group.\n")
    assert parse(text).post["committees_chaired"] == 1


def test_two_heads_sharing_one_unit_each_graded_in_its_own_paragraph():
    text = ("Officer and Senior Officer, Energy Security Section-270718\nApplication Deadline: 27-Apr-2027\n"
            "Description\nThe International Staff will fill two posts in the Energy Security Section.\n1. SUMMARY\n"
            "Officer, Energy Security Section (G15). The Officer drafts papers. Candidates for this post must have at "
            "least 3 years of professional experience in energy policy.\n"
            "Senior Officer, Energy Security Section (G17). The Senior Officer coordinates the Section's work. "
            "Candidates for this post must have at least 6 years of professional experience in energy policy.\n")
    assert [(p["title"], p["nato_grade"], p["min_experience_years"]) for p in _posts(text)] == [
        ("Officer, Energy Security Section", "G15", 3), ("Senior Officer, Energy Security Section", "G17", 6)]


def test_two_heads_sharing_one_field_numbered_and_graded_by_title_and_items_opened_by_grade():
    text = ("Analyst and Senior Analyst (Force Planning)\nVacancy numbers: 270577 – Analyst (Force Planning) · "
            "270578 – "
            "Senior Analyst (Force Planning)\nGrades: NATO Grade 14 (Analyst) · NATO Grade 16 (Senior Analyst)\n"
            "Closing date: 22 October 2027\nPost Context\nThe two posts sit in the Force Planning Branch.\n"
            "Essential Qualifications\n- NG14: at least 3 years of experience in force planning;\n"
            "- NG16: at least 7 years of experience in force planning;\n")
    assert [(p["title"], p["reference"], p["nato_grade"], p["min_experience_years"])
            for p in _posts(text)] == [("Analyst (Force Planning)", "270577", "G14", 3),
                                              ("Senior Analyst (Force Planning)", "270578", "G16", 7)]


def test_a_blocks_own_grade_and_pay_before_the_shared_headers_range():
    text = ("Data Scientists, Analytics Branch-271044\nApplication Deadline 05-Oct-2027\n"
            "Salary (Pay Basis) 6,100.00Euro (EUR) Monthly\nGrade NATO Grade G15 - G17\nDescription\n"
            "The Agency will fill two positions.\nPosition A\nTitle: Data Scientist (Models)\nGrade: NATO Grade G15\n"
            "Salary: 6,100.00 EUR monthly, tax-free\nThe incumbent builds models.\nThe incumbent tests them.\n"
            "Position B\nTitle: Senior Data Scientist (Platforms)\nGrade: NATO Grade G17\n"
            "Salary: 7,900.50 EUR monthly, tax-free\nThe incumbent leads the platform team.\nThe incumbent plans.\n")
    assert [(p["title"], p["nato_grade"], p["salary_eur_monthly"]) for p in _posts(text)] == [
        ("Data Scientist (Models)", "G15", 6100.0), ("Senior Data Scientist (Platforms)", "G17", 7900.5)]


def test_a_blocks_heading_takes_the_grade_its_list_item_gives():
    text = ("**POST CONTEXT**\n\nThe J8 Division manages the budgets.\n\n"
            "The J8 Division is recruiting for the following positions:\n\n"
            "* Branch Head (Audit) (A-4/G20) – Vacancy No. 270912\n* Budget Analyst (A-2/G15) – Vacancy No. 270913\n\n"
            "**Closing date for both vacancies: 09 March 2027.**\n\n"
            "**Contract:** a definite duration contract of three years.\n\n---\n\n"
            "## 1. Branch Head (Audit) – Vacancy No. 270912\n\nPost number: SH AUD 0010\n\n"
            "The Branch Head leads the Audit Branch.\n\n**Essential qualifications**\n\n* At least 10 years of "
            "experience.\n\n## 2. Budget Analyst – Vacancy No. 270913\n\nPost number: SH AUD 0020\n\n"
            "The Budget Analyst prepares budgets.\n\n**Essential qualifications**\n\n* At least 4 years of "
            "experience.\n")
    assert [(p["reference"], p["grade_code"]) for p in _posts(text)] == [("270912", "A4"),
                                                                                          ("270913", "A2")]


def test_a_section_opened_above_the_blocks_ends_where_a_block_begins(tmp_path):
    page = ("<html><body><main><h1>Civilian vacancies</h1><table><tr><th>Post</th><th>Grade</th><th>Vacancy</th></tr>"
            "<tr><td>Staff Assistant (Records) (2 posts)</td><td>B-4 / NG10</td><td>27/031</td></tr>"
            "<tr><td>Section Head (Plans)</td><td>A-3 / NG17</td><td>27/033</td></tr></table>"
            "<p><b>Contract:</b> a 3-year definite duration contract.</p>"
            "<h2>Vacancy 27/031 – Staff Assistant (Records)</h2><p>The Staff Assistant keeps the records of the "
            "Records Review Board.</p><p>Essential: at least 5 years of experience in records management.</p>"
            "<h2>Vacancy 27/033 – Section Head (Plans)</h2><p>The Section Head leads the Plans Section (7 staff) and "
            "chairs the Plans Coordination Group.</p><p>Essential: at least 8 years of experience in planning.</p>"
            "</main></body></html>")
    posts = expand(_html(tmp_path, page))
    assert [(p.post["staff_led"], p.post["committees_chaired"], p.post["contract_years"]) for p in posts] == [
        (None, 0, 3), (7, 1, 3)]


def test_a_skill_asked_for_is_no_competency():
    text = _HEAD + "Competencies\n- Accuracy and attention to detail;\n- Good drafting skills;\n- Teamwork.\n"
    assert parse(text).post["competency_count"] == 1


def test_heads_sharing_a_field_without_punctuation_graded_in_a_sentence_with_items_by_grade():
    text = ("Assistant and Senior Assistant Travel Support (271130)\nThrough this competition the Staff will fill two "
            "posts: "
            "Assistant (Travel Support) at NATO Grade G7 and Senior Assistant (Travel Support) at NATO Grade G11.\n"
            "1. SUMMARY\nThe Office books travel.\n2. QUALIFICATIONS AND EXPERIENCE\nESSENTIAL\nThe incumbents must:\n"
            "G7: have at least 2 years of experience in travel booking;\n"
            "G11: have at least 5 years of experience in travel booking;\n"
            "possess the following minimum levels of NATOs official languages (English/French):\n"
            "G7: III (Intermediate) in one; I (Beginner) in the other;\n"
            "G11: IV (Upper Intermediate) in one; II (Elementary) in the other.\n")
    assert [(p["nato_grade"], p["min_experience_years"], p["lang_level_one"])
            for p in _posts(text)] == [("G7", 2, 3), ("G11", 5, 4)]


def test_a_page_that_says_it_holds_no_vacancy_or_tells_a_career_story_is_no_notice():
    guide = ("# Reading a senior vacancy notice\n\nNothing below is an actual vacancy; check the careers site.\n\n"
             "Posts are advertised at NATO Grade G22, paid around EUR 11,000 a month, and ask for at least 15 years of "
             "professional experience with duties in policy.\n")
    story = ("# How I landed a job at NATO\n\n*Posted by Jan K. · Career stories · 9 min read*\n\nI joined last spring "
             "as an Officer. Notices ask for at least 4 years of professional experience, state the grade (NATO Grade "
             "G15), the pay (EUR 6,500 a month) and the application deadline, and list the duties.\n")
    assert parse(guide).failed and parse(story).failed


def test_a_pay_label_with_a_long_note_or_the_grade_and_step_before_the_amount():
    for line, pay in (("Basic monthly salary (12 payments per year, exempt from national income tax): EUR 14,100.40",
                       14100.4),
                      ("Basic monthly salary (tax-free) at grade A.6, step 2: 12,873.52 EUR", 12873.52),
                      ("Basic monthly salary (12 x per year), tax-exempt: EUR 9,156.77", 9156.77)):
        assert parse(f"Head, Planning Section\n{line}\n1. SUMMARY\nText.\n").post["salary_eur_monthly"] == pay, line


def test_competencies_on_one_line_between_bars():
    text = (_HEAD + "COMPETENCIES\nAchievement: Creates own measures of excellence | Teamwork: Solicits input and "
            "encourages others | Initiative: Is decisive in a time-sensitive situation\n")
    assert parse(text).post["competency_count"] == 3


def test_a_sites_list_of_other_jobs_named_after_it_is_not_read():
    text = ("Officer (Plans)\nApply by: **Mar 29, 2027** · Views: 12\nApplication Deadline\n29-Mar-2027, 11:59:00 PM\n"
            "1. SUMMARY\nThe Office plans.\n\n"
            "### Similar roles on JobSite\n- Analyst — OSCE — Vienna — apply by Apr 2, 2027\n"
            "- Officer — NATO — Brussels — apply by Apr 12, 2027\n")
    p = parse(text)
    assert p.post["deadline"] == dt.date(2027, 3, 29) and not [r for r in p.problems if r["field"] == "deadline"]


def test_years_as_a_supervisor_are_management():
    post = parse(_essential("at least 9 years of experience in audit, including 4 years as a supervisor.")).post
    assert (post["min_experience_years"], post["min_management_years"]) == (9, 4)


def test_items_opened_by_a_grade_and_the_word_post():
    text = ("| Post | Title | Grade | Requisition |\n|---|---|---|---|\n| 1 | Analyst (Games) | A-3 / NATO Grade G17 | "
            "271322 |\n| 2 | Analyst (Data) | A-2 / NATO Grade G15 | 271323 |\n\nEssential Qualifications\n"
            "- A-3 post: at least 6 years of experience in analysis.\n- A-2 post: at least 3 years of experience in "
            "analysis.\n")
    assert [p["min_experience_years"] for p in _posts(text)] == [6, 3]


def test_a_notice_that_says_it_covers_its_posts_is_no_list_of_vacancies():
    text = ("Job Description - Analyst (Data), Engineer (Data) and Assistant (Data Desk) (271744)\n"
            "Application Deadline: 26-Oct-2027\nDescription\nThis requisition covers three posts in the Data Office.\n"
            "Analyst (Data) — NATO Grade G17\nThe Analyst designs the data model.\nQualifications – Analyst\n"
            "- Minimum of 8 years of experience in data analysis.\nEngineer (Data) — NATO Grade G15\n"
            "The Engineer builds pipelines.\nQualifications – Engineer\n- Minimum of 5 years of experience in data "
            "engineering.\nAssistant (Data Desk) — NATO Grade G10\nThe Assistant answers requests.\n"
            "Qualifications – Assistant\n- Minimum of 2 years of experience on a service desk.\n")
    p = parse(text)
    assert not p.failed and [q.post["title"] for q in expand(p)] == ["Analyst (Data)", "Engineer (Data)",
                                                                       "Assistant (Data Desk)"]


def test_a_tables_row_giving_the_units_strength():
    text = _HEAD + "| Item | Detail |\n|---|---|\n| Branch strength | 31 staff (civilians and military) |\n"
    assert parse(text).post["staff_led"] == 31


def test_pay_without_its_basis_takes_it_from_a_later_statement_of_the_same_amount():
    text = ("Head, Planning Section\n| Pay | EUR 8 512.06, tax free |\nVacancy Number: 271044\n"
            "Basic monthly salary (12 x per year): EUR 8,512.06, tax free\n1. SUMMARY\nText.\n")
    assert parse(text).post["salary_eur_monthly"] == 8512.06


def test_the_reports_posts_counted_in_brackets_are_no_staff_led():
    text = _HEAD + ("Line management of 5 direct reports (2 Senior Chemists, 2 Officers and 1 Assistant) within a "
                    "Section of 14 staff.\n")
    post = parse(text).post
    assert (post["direct_reports"], post["staff_led"]) == (5, 14)


def test_a_deadline_said_to_be_extended_wins():
    text = ("Assistant (Planning)\nUPDATE: the closing date for this competition has been extended to 21/10/2027 at "
            "12:00 hrs.\nClosing date: 30/09/2027 at 12:00 hrs\n1. SUMMARY\nThe Office plans.\n")
    assert parse(text).post["deadline"] == dt.date(2027, 10, 21)


def test_years_of_which_said_after_their_figure():
    post = parse(_essential("A minimum of 12 years of experience in logistics, at least 4 years of which in a "
                            "management role.")).post
    assert (post["min_experience_years"], post["min_management_years"]) == (12, 4)


def test_a_boards_line_of_work_mode_and_level_is_no_title_and_a_grades_page_is_no_notice():
    text = ("Jobs board\nOn-site · Full-time · Senior level\nHead, Archives Section\nVacancy Number: 271412\n"
            "1. SUMMARY\nThe Head leads the Section.\n")
    assert parse(text).post["title"] == "Head, Archives Section"
    page = ("Pay, grades and contracts\nEvery vacancy we publish states the NATO grade of the post. It does not "
            "replace the vacancy notice.\nGrade: Basic monthly salary\nG15: 6,311.44\nG17: 7,390.27\nCompetencies\n"
            "Our notices list competencies such as Teamwork.\nLanguages\nLevels I to VI in English and French.\n")
    assert parse(page).failed


def test_list_items_with_a_bare_grade_between_dashes_and_pay_and_closing_dates_said_per_post():
    text = ("CIVILIAN VACANCIES - FINANCE BRANCH\nThe Command is seeking to fill the following positions:\n"
            "- Budget Officer (Capital Programmes) - A-2/NG15 - Vacancy Number 27-031\n"
            "- Accounts Assistant - B-3/NG8 - Vacancy Number 27-032\n"
            "Closing dates: Budget Officer (Capital Programmes): 14 March 2027; Accounts Assistant: 21 March 2027.\n"
            "Pay\nBasic salary, Budget Officer (NG15): EUR 80,124.00 per annum, tax free\n"
            "Basic salary, Accounts Assistant (NG8): EUR 45,600.00 per annum, tax free\n"
            "Duties\nThe Budget Officer prepares the capital budget.\n")
    assert [(p["title"], p["reference"], p["grade_code"], p["nato_grade"], p["salary_eur_monthly"], p["deadline"])
            for p in _posts(text)] == [
        ("Budget Officer (Capital Programmes)", "27-031", "A2", "G15", 6677.0, dt.date(2027, 3, 14)),
        ("Accounts Assistant", "27-032", "B3", "G8", 3800.0, dt.date(2027, 3, 21))]


_FR_HEAD = ("Chef(fe) de la Section Achats\nN° de vacance : 271305\n1. RÉSUMÉ\nLa Section Achats compte 12 agents.\n"
            "2. QUALIFICATIONS ET EXPÉRIENCE\nESSENTIEL\n")


def test_french_wordings_of_the_reference_label_deadline_management_years_and_contract():
    text = _FR_HEAD + ("- au moins 9 ans d'expérience dans les achats publics, dont 4 ans à la tête d'une équipe ;\n"
                       "3. CONTRAT\nLe candidat retenu se verra proposer un contrat initial de deux ans.\n"
                       "La date limite de dépôt des candidatures est fixée au 12 octobre 2027.\n")
    post = parse(text).post
    assert (post["reference"], post["min_experience_years"], post["min_management_years"], post["contract_years"],
            post["deadline"]) == ("271305", 9, 4, 2, dt.date(2027, 10, 12))
    assert parse(text.replace("N° de vacance", "Réf. de vacance")).post["reference"] == "271305"


def test_a_unit_named_with_another_unit_noun_inside_its_name_is_the_posts():
    text = ("Head, Service Desk Section\nVacancy number: 271306\n1. SUMMARY\n"
            "The Service Desk Section comprises 21 civilian staff.\n")
    assert parse(text).post["staff_led"] == 21


def test_a_chair_said_in_french_to_be_held_by_someone_else_is_not_the_posts():
    french = ("Administrateur (Soutien au comité)\nN° de vacance : 271307\n1. RÉSUMÉ\nL'administrateur assure le "
              "secrétariat du Comité des normes (CN). La présidence du Comité des normes est assurée par un "
              "représentant national.\n")
    rows = parse(french).rows["committees"]
    assert [(r["committee"], r["role"]) for r in rows] == [("Comité des normes", "supports")]


def test_the_director_named_in_the_notice_of_the_assistant_to_the_director_is_another_post():
    text = ("Assistant to the Director, Capability Planning\nVacancy number: 271309\n1. SUMMARY\n"
            "The Director CP chairs the Capability Review Board and represents the Division at the Conference of "
            "National Armaments Directors.\nThe incumbent prepares the Board's meetings.\n")
    post = parse(text).post
    assert (post["post_family"], post["committees_chaired"]) == ("Assistant", 0)


def test_a_page_saying_it_is_no_vacancy_notice_in_french_and_a_request_for_contractor_services_are_no_notices():
    page = ("OTAN - Carrières\nCatégories et grades\nCette page présente les grades. Elle ne constitue pas un avis de "
            "vacance.\nCatégorie A (grades A.1 à A.7) : postes d'administrateurs.\nChaque avis de vacance précise les "
            "niveaux exigés de I à VI.\nContrat de trois ans.\n")
    assert parse(page).failed
    sow = ("NCI Agency\nRequest for Quotation - Individual Contractor Services\nReference: RFQ-CO-27-0211\n"
           "Requirement: Senior Cloud Engineer\n1. INTRODUCTION\nThe Agency requires the services of a contractor; "
           "this request does not create a NATO post.\n2. SCOPE OF WORK\nThe Contractor shall:\n"
           "- design the platform;\n"
           "3. REQUIRED QUALIFICATIONS\n- a minimum of 7 years of experience in cloud engineering;\n")
    assert parse(sow).failed


def test_a_coordination_group_named_in_passing_is_a_committee_the_post_does_not_chair():
    text = ("Officer (Regional Sites)\nVacancy number: 271310\n1. SUMMARY\nThe Office runs the sites.\n"
            "2. MAIN ACCOUNTABILITIES\nStakeholder Management: take part in the Regional Sites Coordination Group "
            "chaired by the Head of the Regional Office.\n")
    assert parse(text).post["committees_chaired"] == 0


def test_posts_listed_with_grade_and_vacancy_in_one_bracket_and_described_in_parts_marked_by_roman_serials():
    text = ("STAFF VACANCIES\nThrough this notice the IMS will fill the following positions in the Plans Branch:\n"
            "   i.   Staff Officer, Exercise Plans (A-3/G-17, vacancy 271401)\n"
            "   ii.  Assistant, Plans Branch (B-4/G-10, vacancy 271402)\n"
            "1. Principal Duties.\nPosition i. - Staff Officer, Exercise Plans:\n"
            "a. Chairing the IMS Exercise Coordination Group.\nPosition ii. - Assistant, Plans Branch:\n"
            "a. Supporting the Branch Head.\n2. Essential Qualifications.\nPosition i.:\n"
            "a. At least 8 years' experience in exercise planning.\nPosition ii.:\n"
            "a. At least 2 years' experience of office administration.\nAll positions:\n"
            "Possess the following minimum levels of NATO's official languages (English/French): IV in one; I in the "
            "other.\n")
    assert [(p["title"], p["reference"], p["grade_code"], p["min_experience_years"], p["committees_chaired"],
             p["lang_level_one"]) for p in _posts(text)] == [
        ("Staff Officer, Exercise Plans", "271401", "A3", 8, 1, 4),
        ("Assistant, Plans Branch", "271402", "B4", 2, None, 4)]


def test_a_heading_counting_the_posts_above_their_list_without_an_intro_sentence():
    text = ("HEADQUARTERS SUPREME ALLIED COMMANDER TRANSFORMATION\nNOTIFICATION OF VACANCIES (2 POSTS)\n"
            "Analyst (Wargaming) - Requisition 271501 - NATO Grade G15\n"
            "Senior Analyst (Wargaming) - Requisition 271502 - NATO Grade G17\n"
            "Application closing date: 4 June 2027\nPost Context\nThe Wargaming Team designs wargames.\n")
    assert [(p["title"], p["reference"], p["nato_grade"]) for p in _posts(text)] == [
        ("Analyst (Wargaming)", "271501", "G15"), ("Senior Analyst (Wargaming)", "271502", "G17")]


def test_two_titles_sharing_a_unit_with_grade_and_pay_stated_per_title_in_one_label():
    text = ("Interpreter (Italian) and Senior Interpreter (Italian), Interpretation Service - 271701\n"
            "Application Deadline: 14-May-2027\n"
            "Salary (Pay Basis): Interpreter: 7,104.50 Euro (EUR) Monthly; Senior Interpreter: 8,702.10 Euro (EUR) "
            "Monthly\nGrade: Interpreter: L.2 / NATO Grade G16; Senior Interpreter: L.4 / NATO Grade G19\n"
            "1. SUMMARY\nThe Service is recruiting an Interpreter and a Senior Interpreter. Both posts interpret into "
            "Italian.\n2. QUALIFICATIONS AND EXPERIENCE\nESSENTIAL\n"
            "- Interpreter (L.2): have at least 2 years' experience as a conference interpreter;\n"
            "- Senior Interpreter (L.4): have at least 9 years' experience as a conference interpreter;\n")
    assert [(p["title"], p["grade_code"], p["nato_grade"], p["salary_eur_monthly"], p["min_experience_years"])
            for p in _posts(text)] == [
        ("Interpreter (Italian), Interpretation Service", "L2", "G16", 7104.5, 2),
        ("Senior Interpreter (Italian), Interpretation Service", "L4", "G19", 8702.1, 9)]


def test_header_blocks_opened_by_a_title_label_then_parts_headed_by_each_title_in_capitals_and_a_translation():
    text = ("COLLABORATION SUPPORT OFFICE\nNOTIFICATION OF VACANCIES\n\n"
            "Post Title: Panel Officer, Applied Vehicle Technology (AVT) Panel\nGrade: NATO Grade G16\n"
            "Basic monthly salary: 7,912.40 EUR (tax free)\nVacancy ref.: 271801\n\n"
            "Post Title: Panel Assistant, Applied Vehicle Technology (AVT) Panel\nGrade: NATO Grade G11\n"
            "Basic monthly salary: 4,611.05 EUR (tax free)\nVacancy ref.: 271802\n\nClosing Date: 30 June 2027\n\n"
            "POST CONTEXT\nThe CSO supports the panels of the STO.\n\nPANEL OFFICER\nThe Panel Officer runs the "
            "programme.\nQualifications:\n- At least 7 years' experience in vehicle research.\n\nPANEL ASSISTANT\n"
            "The Panel Assistant supports the Panel.\nQualifications:\n- At least 4 years' experience in "
            "administrative support.\n\nCONDITIONS (BOTH POSTS)\nA 3-year definite duration contract.\n\n"
            "Titre du poste : Responsable de commission, Commission Technologie appliquée aux véhicules\n"
            "Grade : NATO G16\nRéf. : 271801\n\nTitre du poste : Assistant(e) de commission, Commission Technologie "
            "appliquée aux véhicules\nGrade : NATO G11\nRéf. : 271802\n")
    assert [(p["title"], p["reference"], p["nato_grade"], p["salary_eur_monthly"], p["min_experience_years"],
             p["contract_years"]) for p in _posts(text)] == [
        ("Panel Officer, Applied Vehicle Technology (AVT) Panel", "271801", "G16", 7912.4, 7, 3),
        ("Panel Assistant, Applied Vehicle Technology (AVT) Panel", "271802", "G11", 4611.05, 4, 3)]


def test_one_title_twice_under_two_vacancy_numbers_on_rows_of_header_fields_is_two_posts_by_grade():
    text = ("SUPREME HEADQUARTERS ALLIED POWERS EUROPE\nVACANCY NOTICE\nTwo posts with the same title are "
            "advertised; they differ only in grade.\n"
            "Vacancy Number: B11/0327   Post Number: OSC FBX 0040   Job Title: Staff Officer (Budget Planning)   "
            "NATO Grade: A-2 / G15\n"
            "Vacancy Number: B12/0327   Post Number: OSC FBX 0050   Job Title: Staff Officer (Budget Planning)   "
            "NATO Grade: A-3 / G17\n"
            "Basic monthly salary (12 x per year), tax free: A-2 post: 6,301.20 EUR   A-3 post: 8,050.75 EUR\n"
            "1. POST CONTEXT\nThe Section plans the budget.\nThe A-3 post has 3 direct reports.\n")
    assert [(p["title"], p["reference"], p["grade_code"], p["salary_eur_monthly"], p["direct_reports"])
            for p in _posts(text)] == [("Staff Officer (Budget Planning)", "B11/0327", "A2", 6301.2, None),
                                       ("Staff Officer (Budget Planning)", "B12/0327", "A3", 8050.75, 3)]


def test_the_number_glued_to_a_title_line_naming_both_posts_is_each_blocks_reference():
    text = ("Officer, Water Security and Senior Officer, Water Security-271901\n\nApplication Deadline\t"
            "14-Jun-2027, 11:59:00 PM\n\nThis vacancy notice advertises two posts in the same Section.\n\n"
            "1. SUMMARY (BOTH POSTS)\nThe Section monitors water security.\n\n2. OFFICER, WATER SECURITY\n"
            "Grade: A.2 / NATO Grade G15\nThe Officer drafts analyses.\nESSENTIAL\n- have at least 3 years' "
            "professional experience in water policy;\n\n3. SENIOR OFFICER, WATER SECURITY\n"
            "Grade: A.3 / NATO Grade G17\nThe Senior Officer leads the analyses.\nESSENTIAL\n- have at least 6 years' "
            "professional experience in water policy;\n\n4. CONTRACT (BOTH POSTS)\nA definite duration contract of "
            "three years.\n")
    assert [(p["title"], p["reference"], p["nato_grade"], p["min_experience_years"]) for p in _posts(text)] == [
        ("Officer, Water Security", "271901", "G15", 3), ("Senior Officer, Water Security", "271901", "G17", 6)]


def test_sections_headed_by_each_posts_title_and_a_heading_word_are_that_posts_part():
    text = ("VACANCY NOTICE - TWO POSTS\nPost\nRequisition\nGrade\nSalary (Pay Basis)\nEngineer (Sonar Systems)\n"
            "272001\nNATO Grade G15\n5,901.10 EUR (Monthly)\nTechnician (Ship Electronics)\n272002\nNATO Grade G10\n"
            "4,150.20 EUR (Monthly)\n1. POST CONTEXT\nBoth posts are in the Sea Systems Branch.\n"
            "2. ENGINEER (SONAR SYSTEMS) - PRINCIPAL DUTIES\nThe incumbent will design sonar arrays.\n"
            "Essential qualifications:\n- at least 4 years of experience in sonar design;\n"
            "3. TECHNICIAN (SHIP ELECTRONICS) - PRINCIPAL DUTIES\nThe incumbent will repair ship electronics.\n"
            "Essential qualifications:\n- at least 7 years' experience in marine electronics;\n"
            "4. CONTRACT\nA definite duration contract of three years.\n")
    assert [(p["title"], p["reference"], p["salary_eur_monthly"], p["min_experience_years"], p["contract_years"])
            for p in _posts(text)] == [("Engineer (Sonar Systems)", "272001", 5901.1, 4, 3),
                                       ("Technician (Ship Electronics)", "272002", 4150.2, 7, 3)]


def test_a_workday_pages_labels_in_lower_case_each_alone_above_its_value_with_a_jr_requisition_id():
    text = ("NCI Agency Careers\n\nSenior Engineer (Radio Networks)\nApply\nlocations\nMons, Belgium\ntime type\n"
            "Full time\ntime left to apply\nEnd Date: May 17, 2027 (16 days left to apply)\njob requisition id\n"
            "JR-0009342\n\nPost Number: CSX 0511\nNATO Grade: G17\n")
    post = parse(text).post
    assert (post["title"], post["reference"], post["deadline"]) == (
        "Senior Engineer (Radio Networks)", "JR-0009342", dt.date(2027, 5, 17))


def test_qualifications_headed_desirable_in_brackets_are_no_essential_years():
    text = _HEAD + ("Qualifications (Essential)\n- A minimum of seven (7) years of relevant experience in planning;\n\n"
                    "Qualifications (Desirable)\n- Two years of experience managing a team of planners;\n")
    post = parse(text).post
    assert (post["min_experience_years"], post["min_management_years"]) == (7, None)


def test_a_title_stripped_of_its_comma_keeps_the_words_after_its_family_word():
    text = ("Job Description Director Programme Delivery 272101\nPrimary Location United Kingdom-London\n"
            "1 SUMMARY\nThe Director Programme Delivery leads the Directorate.\n")
    assert parse(text).post["title"] == "Director Programme Delivery"


def test_a_word_hyphenated_across_lines_in_an_indented_column_is_one_word():
    text = ("Vacancy No.:            27-0517\nJob Title:              Section Head (Airspace Manage-\n"
            "                        ment)\nNATO Grade:             A-3 / G17\n1. SUMMARY\n"
            "The Head leads the Section.\n")
    assert parse(text).post["title"] == "Section Head (Airspace Management)"


def test_a_chain_of_chair_roles_each_with_its_own_aside():
    text = _HEAD + ("The Head chairs the Audit Committee; co-chairs, with the Director of the IMS, the Logistics "
                    "Board; and chairs, in rotation with the Head of Finance, the Procurement Review Group.\n")
    rows = parse(text).rows["committees"]
    assert [(r["committee"], r["role"], r["co_chair_with"]) for r in rows] == [
        ("Audit Committee", "chair", None), ("Logistics Board", "co_chair", "the Director of the IMS"),
        ("Procurement Review Group", "chair", None)]


def test_direct_reports_listed_after_their_label_apart_by_semicolons():
    text = _HEAD + ("Direct reports: the Deputy Head; the Officer, Budget Planning; the Officer, Audit; and the "
                    "Executive Assistant.\n")
    assert parse(text).post["direct_reports"] == 4


def test_a_unit_of_c_45_staff_and_management_years_within_those_years_and_bare_titles_as_reports():
    text = ("Deputy Assistant Secretary General, Security Cooperation\nVacancy number: 272201\n1. SUMMARY\n"
            "The DASG directs the Directorate, a complement of c. 45 staff drawn from the International Staff.\n"
            "Direct reports: Deputy Director; Chief, Cyber Operations; Head, Front Office.\n"
            "2. QUALIFICATIONS AND EXPERIENCE\nESSENTIAL\n- Minimum 14 years of relevant professional experience in "
            "defence planning; within those years, at least 6 in a senior management role.\n")
    post = parse(text).post
    assert (post["staff_led"], post["direct_reports"], post["min_experience_years"], post["min_management_years"]) \
        == (45, 3, 14, 6)


def test_items_with_post_and_vacancy_numbers_after_a_dash_and_requirements_naming_their_post_in_brackets():
    text = ("NSPA is recruiting for the following posts in its Contracting Branch:\n"
            "- **Principal Buyer** – Post N° P-301 / Ref. No 2027_00411 – NATO Grade G17 (A.3)\n"
            "- **Buyer** – Post N° P-322 / Ref. No 2027_00412 – NATO Grade G15 (A.2)\n\n"
            "## Essential qualifications\n"
            "- Minimum 8 years' experience in public procurement (Principal Buyer).\n"
            "- Minimum 3 years' experience in public procurement (Buyer).\n")
    assert [(p["title"], p["reference"], p["nato_grade"], p["min_experience_years"]) for p in _posts(text)] == [
        ("Principal Buyer", "2027_00411", "G17", 8), ("Buyer", "2027_00412", "G15", 3)]


def test_a_boards_title_naming_two_posts_joined_in_german():
    text = ("Section Head (Network Security) und Staff Officer (Network Security)\nJetzt bewerben\n"
            "We are hiring two professionals: a Section Head (Network Security) and a Staff Officer (Network "
            "Security). Vacancy Number: 27/AIR/0201 (both posts).\n")
    assert [p["title"] for p in _posts(text)] == ["Section Head (Network Security)", "Staff Officer (Network Security)"]


def test_posts_of_one_title_marked_with_their_own_number_grade_and_pay_on_one_line_each():
    text = ("VACANCY NOTICE\nPost Title: Engineer (Sonar Processing) – 2 posts\nApplication Deadline: 12 July 2027\n"
            "This notice covers two identical posts of Engineer (Sonar Processing) that differ only in grade:\n"
            "Post A – Vacancy ref.: 272301 – Grade: NATO Grade G15 – Salary (Pay Basis): 5,840.10 EUR (Monthly)\n"
            "Post B – Vacancy ref.: 272302 – Grade: NATO Grade G17 – Salary (Pay Basis): 7,160.45 EUR (Monthly)\n"
            "1. POST CONTEXT\nThe Branch processes sonar data.\n")
    assert [(p["title"], p["reference"], p["nato_grade"], p["salary_eur_monthly"]) for p in _posts(text)] == [
        ("Engineer (Sonar Processing)", "272301", "G15", 5840.1),
        ("Engineer (Sonar Processing)", "272302", "G17", 7160.45)]


def test_a_centre_commanded_and_a_branch_composed_of_sections_and_staff():
    post = parse("Chief, Network Operations Centre\nVacancy number: 272401\n1. SUMMARY\nThe Chief commands a Centre of "
                 "approximately 140 civilian, military and contractor personnel operating 24/7.\n").post
    assert post["staff_led"] == 140
    post = parse("Branch Head (Budget Policy)\nVacancy number: 272402\n1. SUMMARY\nThe Branch, composed of three "
                 "Sections and approximately 22 military and civilian staff, is led by the Branch Head.\n").post
    assert post["staff_led"] == 22


def test_a_word_broken_after_two_letters_at_a_lines_end_is_one_word():
    text = _HEAD + ("2. QUALIFICATIONS AND EXPERIENCE\nESSENTIAL\n- A minimum of 7 years' post-doctoral professional "
                    "ex-\nperience in underwater acoustics;\n")
    assert parse(text).post["min_experience_years"] == 7


def test_a_markdown_converters_escaped_numbering_is_read_as_headings(tmp_path):
    path = tmp_path / "notice.md"
    path.write_text("# Programme Manager, Challenges\n\n## 1\\. SUMMARY\n\nThe Team runs challenges.\n\n"
                    "## 3\\. MAIN ACCOUNTABILITIES\n\nChair the Challenge Selection Board, which recommends the "
                    "companies admitted to each cohort.\n", encoding="utf-8")
    assert parse_document(read_document(path, tmp_path)).post["committees_chaired"] == 1


def test_a_staff_newsletter_on_how_posts_are_filled_is_no_notice():
    newsletter = ("# HR Matters, Issue 12\n*Staff newsletter of the Human Resources Directorate*\n"
                  "## How we recruit Assistants and Officers\nThe vacancy notice is published on the careers portal "
                  "and stays open for three weeks. Assistant posts usually ask for 2 years of experience and V in one "
                  "official language and I in the other. The Application Deadline shown on the portal is the one "
                  "that counts.\n")
    assert parse(newsletter).failed


def test_a_page_about_a_body_pointing_to_where_its_posts_are_advertised_is_no_notice():
    page = ("NATO Office of Audit\nThe Office gives Allies independent advice on common funding.\nIt employs "
            "approximately 40 staff and is headed by a Director.\nWorking at the Office\nThe Office recruits auditors "
            "with at least 5 years of experience. All open posts of the International Staff, including the Office's, "
            "are advertised on the NATO careers portal, where the vacancy notices set out the grade, requirements and "
            "application deadline of each post.\n")
    assert parse(page).failed


def test_a_french_post_with_its_direct_reports_in_a_sentence_and_the_title_it_reports_to_is_no_verb_of_leading():
    french = ("Directeur/Directrice de la Division Recherche\nRéférence : 272501\n1. RÉSUMÉ\nElle/Il dirige la "
              "Division, qui compte 18 personnes, et a 4 subordonnés directs.\n")
    post = parse(french).post
    assert (post["staff_led"], post["direct_reports"]) == (18, 4)
    assistant = ("Assistant, Digital Communications\nVacancy number: 272601\n1. SUMMARY\nThe incumbent reports to the "
                 "Head of Section and works with the Section's two editors.\n")
    assert parse(assistant).post["staff_led"] is None


def test_list_items_opened_by_a_post_mark_then_the_title_and_its_facts():
    text = ("VACANCY NOTICE - TWO POSTS\nThe Centre will fill the following posts:\n"
            "POST A - Scientist (Sea Ice) - NATO Grade G17 - Salary (Pay Basis): 8,250.10 EUR\n"
            "POST B - Engineer (Gliders) - NATO Grade G15 - Salary (Pay Basis): 6,890.40 EUR\n"
            "1. POST CONTEXT\nThe Centre studies the Arctic.\n")
    assert [(p["title"], p["nato_grade"]) for p in _posts(text)] == [
        ("Scientist (Sea Ice)", "G17"), ("Engineer (Gliders)", "G15")]


def test_one_title_counted_with_its_grades_on_the_grade_line_and_items_opened_by_a_numbered_grade():
    text = ("STAFF VACANCY 272701\nTITLE: Staff Officer, Force Planning (two posts at different grades)\n"
            "GRADE: one post at A-3/G-17 and one post at A-2/G-15\n"
            "Salary (Pay Basis): G-17 post: 8,140.20 Euro (EUR) Monthly; G-15 post: 6,905.10 Euro (EUR) Monthly\n"
            "1. Post Context.\nThe Branch plans forces.\n3. Essential Qualifications.\na. Professional/Experience:\n"
            "    (1) G-17 post: at least 7 years' experience in force planning.\n"
            "    (2) G-15 post: at least 2 years' experience in force planning.\n")
    assert [(p["title"], p["nato_grade"], p["salary_eur_monthly"], p["min_experience_years"]) for p in _posts(text)] \
        == [("Staff Officer, Force Planning", "G17", 8140.2, 7), ("Staff Officer, Force Planning", "G15", 6905.1, 2)]


def test_a_bilingual_dateline_is_no_title_and_posts_marked_with_their_grades_under_one_vacancy():
    text = ("INTERNATIONAL STAFF                               SECRETARIAT INTERNATIONAL\n\n"
            "Brussels, 6 May 2027                               Bruxelles, le 6 mai 2027\n\n"
            "NOTIFICATION OF VACANCIES / NOTIFICATION DE VACANCES DE POSTES\nVacancy / Vacance : 272801\n\n"
            "Post 1: Officer, Protocol Planning - A.2 / NATO Grade G15\n"
            "Post 2: Senior Assistant, Protocol Logistics - B.4 / NATO Grade G10\n\n"
            "1. SUMMARY\nThe Protocol Office plans visits.\n")
    assert [(p["title"], p["reference"], p["grade_code"], p["nato_grade"]) for p in _posts(text)] == [
        ("Officer, Protocol Planning", "272801", "A2", "G15"),
        ("Senior Assistant, Protocol Logistics", "272801", "B4", "G10")]


def test_a_markdown_key_value_tables_value_continued_in_a_row_without_a_label(tmp_path):
    path = tmp_path / "notice.md"
    path.write_text("# Senior Architect (Mission Networks)\n\n| | |\n|---|---|\n| **Vacancy Number** | 272901 |\n"
                    "| **Grade** | NATO Grade |\n| | G18 |\n| **Closing Date** | 30 November 2027 |\n\n"
                    "## 1. SUMMARY\n\nThe Architect designs mission networks.\n", encoding="utf-8")
    assert parse_document(read_document(path, tmp_path)).post["nato_grade"] == "G18"


def test_each_posts_part_led_in_by_a_phrase_states_its_own_years_levels_and_pay_below_its_line():
    text = ("NOTIFICATION OF VACANCIES\nVacancy: 273001\n\n"
            "Post 1: Officer, Visitor Planning - A.2 / NATO Grade G15\n"
            "        Salary (Pay Basis): 7,012.30 Euro (EUR) Monthly\n"
            "Post 2: Senior Assistant, Visitor Logistics - B.4 / NATO Grade G10\n"
            "        Salary (Pay Basis): 4,655.90 Euro (EUR) Monthly\n\n"
            "1. SUMMARY\nThe Office receives visitors.\n"
            "2. QUALIFICATIONS AND EXPERIENCE\nESSENTIAL\nPost 1 - the successful candidate will:\n"
            "- have at least 6 years' experience in planning visits;\n"
            "- possess the following minimum levels of NATO's official languages (English/French): "
            "V (\"Advanced\") in one; III (\"Intermediate\") in the other.\n"
            "Post 2 - the successful candidate will:\n- have at least 2 years' experience in logistics;\n"
            "- possess the following minimum levels of NATO's official languages (English/French): "
            "IV (\"Upper Intermediate\") in one; I (\"Beginner\") in the other.\n"
            "3. COMPETENCIES\n- Achievement: Sets challenging goals;\n- Teamwork: Cooperates.\n")
    assert [(p["salary_eur_monthly"], p["min_experience_years"], p["lang_level_one"], p["lang_level_other"],
             p["competency_count"]) for p in _posts(text)] == [(7012.3, 6, 5, 3, 2), (4655.9, 2, 4, 1, 2)]


def test_listed_posts_with_their_own_detail_lines_and_a_labelled_post_number_in_brackets():
    text = ("Infrastructure Centre – 3 positions\nRequisition: 273101\n"
            "Through this requisition the Agency will fill the following positions:\n\n"
            "Lead Engineer (Storage Platforms) (NATO Grade G17) (post number STP-0112)\n"
            "Location: Mons, Belgium – Basic monthly salary: 8,520.10 EUR, tax free\n"
            "Job Description – STP-0112 (PDF)\n\n"
            "Engineer (Storage Platforms) (NATO Grade G15) (post number STP-0140)\n"
            "Location: The Hague, Netherlands – Basic monthly salary: 6,710.45 EUR, tax free\n"
            "Job Description – STP-0140 (PDF)\n\n"
            "Technician (Storage Operations) (NATO Grade G12) (post number STP-0166)\n"
            "Location: Mons, Belgium – Basic monthly salary: 5,190.00 EUR, tax free\n\n"
            "1. SUMMARY\nThe Branch runs the storage platforms.\n")
    assert [(p["title"], p["nato_grade"], p["salary_eur_monthly"]) for p in _posts(text)] == [
        ("Lead Engineer (Storage Platforms)", "G17", 8520.1), ("Engineer (Storage Platforms)", "G15", 6710.45),
        ("Technician (Storage Operations)", "G12", 5190.0)]


def test_a_bilingual_headers_english_title_label_below_its_french_one_gives_the_title():
    text = ("AVIS DE VACANCE | VACANCY NOTICE\n| Référence / Reference | 273201 |\n|---|---|\n"
            "| Titre du poste | Chef/Cheffe, Section des archives |\n| Title | Head, Archives Section |\n"
            "| Grade | A.4 |\n\n1. SUMMARY\nThe Section keeps the archives.\n")
    assert parse(text).post["title"] == "Head, Archives Section"
    french = parse("AVIS DE VACANCE DE POSTE\nRéférence : 273202\nIntitulé : Cheffe/Chef, Section des archives\n"
                   "Grade : A4\n\n1. RÉSUMÉ\nLa Section conserve les archives.\n")
    assert french.post["title"] == "Cheffe/Chef, Section des archives"


def test_a_french_title_in_sentence_case_with_its_number():
    text = ("Conseiller politique principal/Conseillère politique principale (cyberdéfense)-273301\n\n"
            "Emplacement principal\nBelgique-Bruxelles\nGrade A.4\n\n1. RÉSUMÉ\nLa Section suit la cyberdéfense.\n")
    p = parse(text).post
    assert (p["title"], p["reference"], p["post_family"]) == (
        "Conseiller politique principal/Conseillère politique principale (cyberdéfense)", "273301", "Officer")


def test_a_word_hyphenated_at_a_line_break_inside_a_markdown_tables_cell(tmp_path):
    path = tmp_path / "notice.md"
    path.write_text("# Head, Archives Section\n\nVacancy number: 273401\n\n## 4. COMPETENCIES\n\n"
                    "| Competency | Required level |\n|---|---|\n"
                    "| Customer Service Orienta-<br>tion | Takes personal responsibility for correcting problems |\n"
                    "| Teamwork | Cooperates and shares information |\n", encoding="utf-8")
    rows = parse_document(read_document(path, tmp_path)).rows["competencies"]
    assert [r["competency"] for r in rows] == ["Customer Service Orientation", "Teamwork"]


def test_headings_said_to_the_reader_or_qualified_by_an_adjective():
    text = ("Records Officer\nVacancy number: 273501\nWhat you will do\nYou will keep the records.\n"
            "What we need from you\n- at least 6 years of experience in records management;\n"
            "It would be an advantage if you also have:\n- at least 9 years of experience in archives;\n"
            "Behavioural competencies (NATO Competency Framework)\n- Teamwork: Cooperates and shares information\n"
            "- Initiative: Addresses current opportunities or problems\n")
    p = parse(text).post
    assert (p["min_experience_years"], p["competency_count"]) == (6, 2)
    profile = parse("Records Officer\nVacancy number: 273502\nProfile\n"
                    "a minimum of seven years of relevant professional experience in records management;\n").post
    assert profile["min_experience_years"] == 7


def test_the_initial_period_of_employment_and_a_permanent_posts_notice_naming_anothers_term():
    said = parse(_HEAD + "CONDITIONS OF EMPLOYMENT\nThe initial period of employment will be two years.\n").post
    assert said["contract_years"] == 2
    permanent = parse(_HEAD.replace("The Head leads the Section.", "The Head leads a team of three, among them a "
                                    "trainee recruited each year for a six-month term.")
                      + "Location: Brussels, full-time, permanent contract of employment\n"
                      "CONDITIONS\nThe starting salary is EUR 100,000 a year.\n").post
    assert permanent["contract_years"] is None


def test_a_chair_in_rotation_with_an_adjective_before_rotation():
    text = _HEAD + ("2. PRINCIPAL DUTIES\n- Chair the Planning Review Committee.\n"
                    "- Chair, in yearly rotation with the Head of the Logistics Division, the Centre's Equipment "
                    "Control Board.\n")
    assert parse(text).post["committees_chaired"] == 2


def test_a_units_size_after_its_parts_named_between_dashes():
    text = ("Head, Research Division\nVacancy number: 273601\n1. SUMMARY\nThe Head directs the programme of the "
            "Centre. The Division comprises four Branches – Acoustics, Mine Warfare, Data Science and Autonomy – "
            "with approximately 88 scientists, engineers and support staff.\n")
    assert parse(text).post["staff_led"] == 88


def test_a_wrapped_items_indent_does_not_break_its_phrase():
    text = _essential("have a minimum of 9 years of relevant experience in logistics, of\n"
                      "  which 4 in a supervisory role;")
    p = parse(text).post
    assert (p["min_experience_years"], p["min_management_years"]) == (9, 4)


_TABLED = ("SUPREME HEADQUARTERS ALLIED POWERS EUROPE\nVacancy Number: G77/26\nClosing Date: 8 March 2027\n"
           "This vacancy notice covers three posts:\n"
           "Post Number      Job Title                          NATO Grade   Basic Monthly Salary\n"
           "OSC KPLB 0010    Branch Head (Lessons Learned)      NG 20        10,200.00€, tax free\n"
           "OSC KPLB 0020    Staff Officer (Lessons Learned)    NG 15        6,600.00€, tax free\n"
           "OSC KPLB 0030    Staff Officer (Lessons Learned)    NG 15        6,600.00€, tax free\n"
           "PRINCIPAL DUTIES\nAll posts: analyse lessons from exercises.\n"
           "Additional duties – OSC KPLB 0010 (Branch Head):\n"
           "Leading the Lessons Learned Branch (7 personnel).\nChairing the ACO Lessons Working Group.\n"
           "Additional duties – OSC KPLB 0020 and OSC KPLB 0030 (Staff Officers):\n"
           "Acting as secretary of the ACO Lessons Working Group.\n"
           "ESSENTIAL QUALIFICATIONS\n"
           "Branch Head (NG 20): at least 9 years' experience in lessons learned or analysis.\n"
           "Staff Officers (NG 15): at least 3 years' experience in lessons learned.\n")


def test_a_table_of_posts_with_rows_alike_but_for_their_post_numbers_is_one_post_each_title():
    assert [(p["title"], p["nato_grade"], p["salary_eur_monthly"]) for p in _posts(_TABLED)] == [
        ("Branch Head (Lessons Learned)", "G20", 10200.0), ("Staff Officer (Lessons Learned)", "G15", 6600.0)]


def test_parts_headed_by_their_post_in_brackets_and_items_opened_by_a_titles_plural():
    assert [(p["staff_led"], p["committees_chaired"], p["min_experience_years"]) for p in _posts(_TABLED)] == [
        (7, 1, 9), (None, 0, 3)]


def test_a_notice_in_parts_each_marked_part_and_post():
    block = ("PART {part} - POST {n}\n{title} (EM-MES-00{n}1)\nGrade: {grade} Salary (Pay Basis): {pay} Euro (EUR) "
             "Monthly\n1. SUMMARY The {head} plans meetings.\n2. QUALIFICATIONS AND EXPERIENCE ESSENTIAL The incumbent "
             "must:\n- have at least {years} years of experience in events;\n")
    text = ("NATO INTERNATIONAL STAFF VACANCY 273701 (TWO POSTS)\nApplication deadline: 2 April 2027\n"
            "This vacancy notice covers two posts. Part A applies to Post 1, Part B to Post 2.\n"
            + block.format(part="A", n=1, title="Head, Events Planning Section", grade="A.4 / NATO Grade G20",
                           pay="10,100.00", head="Head", years=8)
            + block.format(part="B", n=2, title="Assistant, Events Logistics", grade="B.4 / NATO Grade G10",
                           pay="4,600.00", head="Assistant", years=3))
    assert [(p["title"], p["nato_grade"], p["salary_eur_monthly"], p["min_experience_years"]) for p in _posts(text)] \
        == [("Head, Events Planning Section", "G20", 10100.0, 8), ("Assistant, Events Logistics", "G10", 4600.0, 3)]


def test_items_opened_by_a_post_number_and_parts_said_of_a_post_by_its_number():
    text = ("Two posts in the Grid Analysis Section\nRequisition: 273801\n"
            "Through this competition the Staff will fill two posts:\n"
            "- GRA0110 – Officer, Grid Analysis – NATO Grade G15\n"
            "- GRA0102 – Senior Officer, Grid Analysis – NATO Grade G17\n\n1. SUMMARY\n"
            "The Senior Officer (GRA0102) leads the Analysis Cell, a team of 5 staff, and chairs the Grid Working "
            "Group.\n2. QUALIFICATIONS AND EXPERIENCE\nESSENTIAL\nThe incumbents must:\n"
            "- for GRA0110 (Officer): have at least 2 years of experience in grid analysis;\n"
            "- for GRA0102 (Senior Officer): have at least 6 years of experience in grid analysis;\n")
    assert [(p["title"], p["min_experience_years"], p["staff_led"], p["committees_chaired"]) for p in _posts(text)] \
        == [("Officer, Grid Analysis", 2, None, None), ("Senior Officer, Grid Analysis", 6, 5, 1)]


def test_listed_posts_with_a_pay_line_noted_in_brackets_and_a_link_line_then_parts_headed_by_post_number():
    item = ("{title} (NATO Grade {g}) (Post N° {post} / Ref. No 2027_{ref})\n"
            "Basic monthly salary (12 x per year): {pay} EUR, tax free\n"
            "JOB DESCRIPTION {post} - please click here.\n\n")
    part = "{post} – {caps}\nMain duties\n- Plans the audits;\nQualifications and experience\n" \
        "- Minimum {years} years' experience in fuel quality assurance.\n\n"
    text = ("NSPA Careers\nFQB: Fuel Quality Section – two positions\nClosing date: 30 November 2027\n\n"
            "The Agency is recruiting for the following positions in the Fuel Quality Section:\n\n"
            + item.format(title="Section Chief, Fuel Quality", g="G20", post="FB-11", ref="0412", pay="10,200.00")
            + item.format(title="Quality Officer, Fuels", g="G15", post="FB-17", ref="0413", pay="6,900.00")
            + "Each position has its own reference number; please apply separately.\n\nPOST CONTEXT\n"
              "The Section checks fuels.\n\n"
            + part.format(post="FB-11", caps="SECTION CHIEF, FUEL QUALITY", years=10)
            + part.format(post="FB-17", caps="QUALITY OFFICER, FUELS", years=5))
    assert [(p["title"], p["reference"], p["salary_eur_monthly"], p["min_experience_years"]) for p in _posts(text)] \
        == [("Section Chief, Fuel Quality", "2027_0412", 10200.0, 10),
            ("Quality Officer, Fuels", "2027_0413", 6900.0, 5)]


def test_one_title_at_two_grades_on_a_line_giving_both_scales_and_parts_headed_by_a_grade_pair():
    text = ("## Staff Officer (Force Data) (2 posts)-273901\n\n**Grade:** NATO Grade G15 / NATO Grade G17\n\n"
            "TITLE: Staff Officer (Force Data) (2 posts)\n\n"
            "GRADE: A-2/G-15 (one post, IMS PRD FDB 0310) and A-3/G-17 (one post, IMS PRD FDB 0305)\n\n"
            "**1. Post Context.**\n\nThe Branch collects readiness data.\n\n**3. Additional Duties.**\n\n"
            "A-2/G-15 post:\n- Acting as secretary of the MC Force Data Working Group.\n\n"
            "A-3/G-17 post:\n- Chairing the MC Force Data Working Group.\n"
            "- Supervising the two Data Assistants of the Branch (direct reports: 2).\n")
    assert [(p["grade_code"], p["nato_grade"], p["committees_chaired"], p["direct_reports"]) for p in _posts(text)] \
        == [("A2", "G15", 0, None), ("A3", "G17", 1, 2)]


def test_blocks_of_posts_with_items_of_a_shared_list_each_said_of_one_post():
    text = "".join([
        'NATO UNCLASSIFIED\n',
        'ALLIED JOINT FORCE COMMAND NAPLES\n',
        'Vacancy Number: 27/11\n',
        'Closing Date: 9 May 2027\n',
        'This vacancy covers two posts in the Funds Control Section (J8FC) of the Financial Management Division:\n',
        'Post A – Funds Officer\n',
        'Post Number: JFCNP J8FC 0030\n',
        'NATO Grade: NG 15\n',
        'Basic Monthly Salary (12 x per year): 6,455.10 €, tax free\n',
        'Post B – Funds Assistant\n',
        'Post Number: JFCNP J8FC 0070\n',
        'NATO Grade: NG 10\n',
        'Basic Monthly Salary (12 x per year): 4,120.40 €, tax free\n',
        'POST CONTEXT\n',
        "The Funds Control Section manages the execution of the headquarters' military budget: "
        'commitments, obligations, transfers and year-end closure. It prepares the papers considered by the '
        'JFC Budget Review Board.\n',
        'PRINCIPAL DUTIES – Post A (Funds Officer)\n',
        '- Monitoring budget execution and preparing monthly execution reports for the Financial Controller;\n',
        '- Preparing transfer requests and year-end forecasts;\n',
        '- Acting as secretary of the JFC Budget Review Board;\n',
        '- Supervising the work of the two Funds Assistants of the Section (direct reports: 2).\n',
        'PRINCIPAL DUTIES – Post B (Funds Assistant)\n',
        '- Recording commitments and obligations in the financial system;\n',
        '- Checking supporting documents for completeness and compliance with the NATO Financial Regulations;\n',
        "- Preparing routine correspondence and maintaining the Section's files.\n",
        'ESSENTIAL QUALIFICATIONS\n',
        'Post A: university degree in finance, accounting, economics or business administration; at least 7 '
        "years' experience in public-sector budgeting or financial management.\n",
        "Post B: higher secondary education and at least 2 years' experience in an accounting or budget "
        'support function.\n',
    ])
    assert [(p["title"], p["min_experience_years"]) for p in _posts(text)] == [
        ("Funds Officer", 7), ("Funds Assistant", 2)]


def test_each_posts_part_states_its_own_contract_and_the_last_part_runs_to_what_all_share(tmp_path):
    post = ("<h2>{title} – {number}</h2>\n<p>The {head} runs the platform and answers for its availability to "
            "the Agency's customers across the Alliance.</p>\n<p>Qualifications:</p>\n"
            "<p>at least {years} years of experience in platform operations.</p>\n<p>Contract:</p>\n"
            "<p>{contract}</p>\n")
    page = ("<html><body><h1>Storage Platforms – 3 positions</h1><p>251990 Requisition #</p>\n"
            "<p>Through this requisition the Agency will fill the following positions:</p>\n"
            "<p><strong>Lead Engineer (Storage)</strong> (NATO Grade G17) (post number STO-0110)<br>\n"
            "Location: Mons, Belgium – Basic monthly salary: 8,600.00 EUR, tax free<br>\n"
            "<a href=\"/jd/STO-0110.pdf\">Job Description – STO-0110 (PDF)</a></p>\n\n"
            "<p><strong>Engineer (Storage)</strong> (NATO Grade G15) (post number STO-0120)<br>\n"
            "Location: Mons, Belgium – Basic monthly salary: 6,700.00 EUR, tax free<br>\n"
            "<a href=\"/jd/STO-0120.pdf\">Job Description – STO-0120 (PDF)</a></p>\n\n"
            "<p><strong>Technician (Storage)</strong> (NATO Grade G12) (post number STO-0130)<br>\n"
            "Location: Mons, Belgium – Basic monthly salary: 5,200.00 EUR, tax free<br>\n"
            "<a href=\"/jd/STO-0130.pdf\">Job Description – STO-0130 (PDF)</a></p>\n\n"
            "<h2>Role Context</h2>\n"
            "<p>The Branch designs, builds and operates the storage platforms on which the Agency's classified and "
            "unclassified services run, in agile teams across The Hague and Mons, on a multi-year programme.</p>\n"
            + post.format(title="Lead Engineer (Storage)", number="STO-0110", head="Lead Engineer", years=8,
                          contract="initial definite duration contract of 3 years.")
            + post.format(title="Engineer (Storage)", number="STO-0120", head="Engineer", years=5,
                          contract="initial definite duration contract of 3 years.")
            + post.format(title="Technician (Storage)", number="STO-0130", head="Technician", years=3,
                          contract="this position is funded by a project; the initial contract will be of 2 years.")
            + "<p>Requirements common to all positions</p>\n<p>Security clearance: NATO SECRET.</p></body></html>")
    posts = [p.post for p in expand(_html(tmp_path, page))]
    assert [(p["title"], p["min_experience_years"], p["contract_years"]) for p in posts] == [
        ("Lead Engineer (Storage)", 8, 3), ("Engineer (Storage)", 5, 3), ("Technician (Storage)", 3, 2)]


def test_a_campaign_page_listing_its_positions_each_with_details_and_a_description_is_one_notice_of_them(tmp_path):
    page = ("<html><body><h1>We are hiring: three positions in the Data Centre, Mons</h1>"
            "<p>The Data Centre runs NATO's hosting around the clock. The three positions below are open at our site "
            "in Mons, Belgium.</p><p>Closing date for all three positions: 20 May 2027.</p><h3>Open positions</h3>"
            "<p><a href='/a'>Hosting Engineer (Storage) (NATO Grade G15)</a></p>"
            "<p>Req. # 274001 · Mons, BE · Basic salary: €81,000.00 per year, tax free</p>"
            "<p>Runs the storage arrays of the Centre. You have at least 3 years of professional experience in "
            "storage administration.</p>"
            "<p><a href='/b'>Senior Hosting Engineer (Virtualisation) (NATO Grade G17)</a></p>"
            "<p>Req. # 274002 · Mons, BE · Basic salary: €97,200.00 per year, tax free</p>"
            "<p>Designs the virtualisation platform. You have at least 6 years of professional experience in "
            "virtualisation.</p>"
            "<p><a href='/c'>Head, Hosting Operations Branch (NATO Grade G20)</a></p>"
            "<p>Req. # 274003 · Mons, BE · Basic salary: €123,000.00 per year, tax free</p>"
            "<p>Leads the Hosting Operations Branch (approximately 35 staff). You have at least 10 years of "
            "professional experience in data centre operations.</p>"
            "<h3>What we ask of every candidate</h3><p>A university degree in computer science.</p></body></html>")
    parsed = _html(tmp_path, page)
    assert not parsed.failed
    assert [(p.post["reference"], p.post["nato_grade"], p.post["min_experience_years"], p.post["staff_led"])
            for p in expand(parsed)] == [("274001", "G15", 3, None), ("274002", "G17", 6, None),
                                         ("274003", "G20", 10, 35)]


def test_a_headcount_and_an_initial_term_labelled():
    p = parse(_HEAD + "The Section has a headcount of 31 staff across three teams.\n"
              "CONDITIONS\nInitial term: twenty-four months, renewable.\n").post
    assert (p["staff_led"], p["contract_years"]) == (31, 2)


def test_sections_lettered_in_capitals_and_the_other_scale_qualified_in_brackets():
    text = ("Senior Assistant (Programme Office)\nVacancy: CMRE-27-004\nGrade: NATO Grade G12 (legacy B-5)\n"
            "A. ESSENTIAL QUALIFICATIONS\n1. At least four years' experience in programme support.\n"
            "C. COMPETENCIES\n- Teamwork: Cooperates and shares information;\n"
            "- Flexibility: Adapts to unforeseen situations.\nD. POST CONTEXT\nThe Office plans the programme.\n")
    p = parse(text).post
    assert (p["grade_code"], p["nato_grade"], p["competency_count"]) == ("B5", "G12", 2)


def test_a_viewers_transcript_its_title_numbered_after_a_page_number_and_other_documents_run_into_headings():
    text = ("Head, Grid Resilience Section - NATO\nDownload \"Head, Grid Resilience Section - NATO\"\nTranscription\n"
            "1 Head, Grid Resilience Section-274101 Primary Location Belgium-Brussels Schedule Full-time Application "
            "Deadline 03-Nov-2027, 11:59:00 PM Grade A.5 Description :1. SUMMARYThe Section analyses grid threats.\n"
            "4. INTERRELATIONSHIPSThe incumbent reports to the Director.\nDirect reports: 4Indirect reports: 7\n"
            "Similar documents\nOfficer, Grid Analysis - NATO\nOfficer, Grid Analysis-230411 Primary Location "
            "Belgium-Brussels Schedule Full-time Application Deadline 30-Oct-2022 Grade B.4 Description :1. "
            "SUMMARYThe Section supports\nMore information\n")
    p = parse(text)
    assert (p.post["reference"], str(p.post["deadline"]), p.post["direct_reports"]) == ("274101", "2027-11-03", 4)
    assert next(f for f in p.rows["fields"] if f["field"] == "reference")["evidence"].startswith("1 Head, Grid")


def test_two_labels_stacked_above_their_two_values_and_a_role_label():
    text = ("VACANCY NOTICE\nVacancy Number:\nJob Title:\nB11/0725\nSenior Assistant (Pay)\n\n"
            "Basic monthly salary (12 times a year) :\nPoint of Contact:\n4,702.10 EUR, tax free\n"
            "Civilian Recruitment Cell\n\n1. POST CONTEXT\nThe Section pays the staff.\n")
    assert parse(text).post["salary_eur_monthly"] == 4702.1
    post = parse("📌 Role: Principal Engineer (Threat Hunting)\n📍 Location: The Hague\n💶 NATO Grade G17\n"
                 "We are hiring! The Agency needs an engineer with at least 7 years of experience.\n").post
    assert post["title"] == "Principal Engineer (Threat Hunting)"


def test_a_french_notices_number_before_its_label_its_units_size_its_direct_reports_and_an_infinitive_chair():
    text = ("Chef(fe) de branche (Gestion des achats)\n- 274201 Numéro de vacance\nGrade OTAN : 21\n"
            "CONTEXTE DU POSTE\nLa Branche compte 31 personnes (militaires et civils), réparties en quatre sections.\n"
            "PRINCIPALES FONCTIONS\n• Diriger la Branche et encadrer directement quatre chefs de section ;\n"
            "• Présider le Comité des achats du camp et veiller à l'application de ses décisions ;\n"
            "EXIGENCES ESSENTIELLES\n• Au moins 12 ans d'expérience dans les achats publics, dont au moins 5 ans de "
            "gestion de personnel ;\nATTRIBUTS / COMPÉTENCES\n• Contacts professionnels : contacts réguliers avec "
            "la nation hôte.\n• Supervision : dirige la Branche.\n")
    p = parse(text).post
    assert (p["reference"], p["staff_led"], p["direct_reports"], p["committees_chaired"], p["min_management_years"],
            p["competency_count"]) == ("274201", 31, 4, 1, 5, None)


def test_a_french_titles_unit_named_first_and_english_text_under_french_headings():
    section = parse("Chef(fe), Section Planification\nNuméro de vacance : 274301\n1. RÉSUMÉ\n"
                    "La Section compte 18 agents.\n").post
    assert section["staff_led"] == 18
    text = ("# AVIS DE VACANCE\nIntitulé : Executive Officer, Office of the Director\nRéférence : 274302\n"
            "## 1. RÉSUMÉ\nOuvert uniquement aux ressortissants des pays membres de l'OTAN.\n"
            "The Executive Officer works in the Office of the Director and prepares the Director's meetings. They "
            "chair the Office Programme Coordination Board and act as Secretary to the Standards Committee.\n"
            "## 2. QUALIFICATIONS ET EXPÉRIENCE\nThe incumbent must have at least 6 years of experience.\n")
    assert parse(text).post["committees_chaired"] == 1


def test_blocks_headed_by_a_title_in_capitals_each_with_its_vacancy_number():
    block = ("------------------------------------------------------------\n\n{caps}\n\nVacancy Number: {ref}\n"
             "Post Number: TCDX CAAX 00{n}0\nGrade: {grade}\n\nPrincipal Duties\nThe incumbent {duty}.\n\n"
             "Essential Qualifications\na. At least {years} years' professional experience in capability analysis.\n\n")
    text = ("NATO UNCLASSIFIED\nHEADQUARTERS SUPREME ALLIED COMMANDER TRANSFORMATION\n\n"
            "CIVILIAN VACANCY ANNOUNCEMENT\n\n"
            "This announcement covers two posts in the Capability Review Section of HQ SACT.\n\n"
            "Closing date for both posts: 14 January 2028.\n\n"
            + block.format(caps="HEAD, CAPABILITY REVIEW SECTION", ref="280918", n=1, grade="A-4 (NATO Grade G20)",
                           duty="leads the Capability Review Section (12 staff) and chairs the Review Board", years=11)
            + block.format(caps="ANALYST (CAPABILITY REVIEW)", ref="280919", n=4, grade="A-2 (NATO Grade G15)",
                           duty="analyses capability programmes for the Section", years=3))
    assert [(p["title"], p["reference"], p["nato_grade"], p["min_experience_years"], p["staff_led"])
            for p in _posts(text)] == [("Head, Capability Review Section", "280918", "G20", 11, 12),
                                       ("Analyst (Capability Review)", "280919", "G15", 3, None)]


def test_vacancies_covered_by_the_notice_each_item_opened_by_its_vacancy_number():
    text = ("Engineer and Senior Engineer (Sea Trials) – 2 vacancies\nVACANCY NOTICE\nApplication Deadline: "
            "26 October 2027\nVacancies covered by this notice:\n"
            "- CMRE-27-031 – Engineer (Sea Trials), NATO Grade G15 (A-2), Salary (Pay Basis): 5,900.10 EUR (Monthly)\n"
            "- CMRE-27-032 – Senior Engineer (Sea Trials), NATO Grade G17 (A-3), Salary (Pay Basis): 7,200.95 EUR "
            "(Monthly)\n\n1. POST CONTEXT\nThe Senior Engineer leads the Trials Team (6 engineers).\n")
    assert [(p["title"], p["reference"], p["grade_code"], p["salary_eur_monthly"], p["staff_led"])
            for p in _posts(text)] == [("Engineer (Sea Trials)", "CMRE-27-031", "A2", 5900.1, None),
                                       ("Senior Engineer (Sea Trials)", "CMRE-27-032", "A3", 7200.95, 6)]


def test_a_contract_sections_length_alone_under_its_label_and_german_pay():
    text = _HEAD + "CONTRACT\nFixed term\nLength of employment\n24 months\nBusiness area\nFinance\n"
    assert parse(text).post["contract_years"] == 2
    board = ("Financial Officer (Budget)\nVollzeit · Befristung: 3 Jahre · Grundgehalt: 6.300,10 € netto im Monat "
             "(steuerfrei)\nGeschätztes Gehalt: 7.900 € – 9.100 € pro Monat\n1. SUMMARY\n"
             "The Officer runs the budget.\n")
    assert parse(board).post["salary_eur_monthly"] == 6300.1


def test_a_staff_profile_quoting_its_subject_and_a_meetings_minutes_are_not_notices():
    story = parse("NATO - News: From assistant to Head of Section\nHome > News > 2027\n"
                  "Today she is Head of the Planning Section, where she leads a team of twelve analysts. \"I thought "
                  "I would stay for three years,\" she laughs. She holds level V in both official languages and had "
                  "two years of experience when she joined as a B-3 assistant. \"Read the vacancy notices carefully,\" "
                  "she says.\n")
    minutes = parse("LOCAL CIVILIAN STAFF COMMITTEE\nMINUTES OF THE 114TH MEETING\nPresent:\nMs K. Arva (Chair)\n"
                    "Apologies: Mr D. Kerr\n1. ADOPTION OF THE AGENDA\nThe agenda was adopted.\n"
                    "2. VACANCY OF HEAD, BUDGET SECTION\nVacancy 271412 (Head, Budget Section, A-4/G20) asks for at "
                    "least 10 years of experience and level V in one official language; the closing date is 24 "
                    "October 2027.\nAction 114/1: CHR to circulate the job description.\n")
    assert story.failed and minutes.failed


def test_direct_reports_said_by_who_they_are_in_english_and_french():
    english = parse(_HEAD + "The incumbent's direct reports are the four Branch Heads (Budget; Accounting; "
                    "Contracting; Control).\n").post
    french = parse("Directeur/Directrice, Gestion des crises\nRéférence : 274401\n1. RÉSUMÉ\nLe/La titulaire dirige "
                   "la direction ; les cinq chefs de section relèvent directement du/de la titulaire.\n").post
    assert (english["direct_reports"], french["direct_reports"]) == (4, 5)


def test_an_english_title_with_its_french_after_a_slash_and_a_sidebar_of_key_facts(tmp_path):
    page = ("<html><body><main><article><h1>Principal Assistant to the Provost / Assistant principal du Recteur</h1>"
            "<h2>Post context</h2><p>The Provost directs the curriculum and its faculty of some 40 advisers. The "
            "Principal Assistant runs the Provost's office.</p></article>"
            "<aside class='facts'><h3>Key facts</h3><dl><dt>Vacancy reference</dt><dd>NDC/VN/27-03</dd>"
            "<dt>Grade</dt><dd>B-5 / NATO Grade G12</dd><dt>Closing date</dt><dd>16 January 2028</dd></dl>"
            "<p><a href='/apply'>Apply</a></p></aside></main></body></html>")
    p = _html(tmp_path, page).post
    assert (p["title"], p["reference"], p["nato_grade"], str(p["deadline"]), p["staff_led"]) == (
        "Principal Assistant to the Provost", "NDC/VN/27-03", "G12", "2028-01-16", None)


def test_two_titles_slashed_graded_in_a_sentence_and_parts_for_candidates_for_each_post():
    text = ("Officer / Senior Officer (Grid Security)-274501\n\nGrade NATO Grade G15-G17\n\nDescription\n\n"
            "Through this competition we aim to fill two posts in the Grid Security Section: one Officer (Grid "
            "Security) at grade G15 and one Senior Officer (Grid Security) at grade G17.\n\n1. SUMMARY\n\n"
            "The Section advises Allies on grid risks.\n\n2. QUALIFICATIONS AND EXPERIENCE\n\nESSENTIAL\n\n"
            "Candidates for both posts must:\n- possess a university degree;\n\n"
            "In addition, candidates for the Officer (G15) post must:\n"
            "- have at least 2 years of professional experience in energy policy.\n\n"
            "In addition, candidates for the Senior Officer (G17) post must:\n"
            "- have at least 7 years of professional experience in energy security.\n")
    assert [(p["nato_grade"], p["min_experience_years"]) for p in _posts(text)] == [("G15", 2), ("G17", 7)]


def test_advice_to_candidates_a_call_for_national_experts_and_a_bulletins_contents_are_not_notices():
    advice = parse("Preparing for the panel: reading the vacancy notice like the panel does\nPosted by Career Coach\n"
                   "Every notice has an ESSENTIAL list. If a notice says 'have at least 5 years of"
                   " experience in defence "
                   "planning', be ready with two stories. Notices state levels such as V (\"Advanced\") in one; II "
                   "(\"Elementary\") in the other. These are the interview tips we give our coaching clients.\n")
    call = parse("CALL FOR NOMINATIONS - NATIONAL EXPERTS FOR THE EXPERT POOL ON PORT SECURITY\n1. The Committee "
                 "invites nominations. This call does not constitute a vacancy notice; no NATO post is being filled.\n"
                 "2. Experts should have at least 10 years of experience and level IV in English.\n")
    bulletin = parse("STAFF COMMITTEE BULLETIN\nNo. 52 - March 2028\n\nIN THIS ISSUE\n  - Recruitment delays\n"
                     "  - Pension fund\n\nRECRUITMENT DELAYS\nTwo examples: vacancy 270377, Head, Budget Section (NATO "
                     "Grade G20), re-advertised twice; vacancy 270512, Officer (G15), whose deadline was extended to "
                     "30 April 2028 as too few candidates met the level V in one official language.\n")
    assert advice.failed and call.failed and bulletin.failed
    forwarded = parse("From: Staff Association Newsletter <news@example.org>\nPlease find below a vacancy.\n"
                      "> Assistant to the Director-270561\n> Application Deadline 31-May-2028\n> Grade NATO Grade G10\n"
                      "> 1. SUMMARY\n> The Assistant supports the Director.\n> 2. QUALIFICATIONS AND EXPERIENCE\n"
                      "> The incumbent must have at least 4 years of experience in office administration.\n")
    assert not forwarded.failed and forwarded.post["min_experience_years"] == 4


def test_parts_marked_as_numbered_sections_and_titles_over_their_own_sub_headings():
    marked = ("STAFF VACANCY 271120\nThrough this requisition, the IMS will fill the following two positions:\n"
              "  i.  Branch Head (Maritime Plans) – Grade A-5 / G-22 – post number OPS MP 0010\n"
              "  ii. Staff Officer (Maritime Plans) – Grade A-3 / G-17 – post number OPS MP 0031\n\n"
              "1. Post Context.\nThe Branch plans maritime operations.\n\n"
              "2. Position i. – Branch Head (Maritime Plans), A-5 / G-22\n"
              "a. Principal Duties. The Branch Head directs the Branch (14 staff).\n"
              "b. Essential Qualifications.\n   - A minimum of 11 years of experience in naval planning.\n\n"
              "3. Position ii. – Staff Officer (Maritime Plans), A-3 / G-17\n"
              "a. Principal Duties. The Staff Officer drafts plans.\n"
              "b. Essential Qualifications.\n   - At least 3 years' experience in naval planning.\n")
    assert [(p["min_experience_years"], p["staff_led"]) for p in _posts(marked)] == [(11, 14), (3, None)]
    headed = ("Head, Grid Section (271201) & Officer, Pipelines (271202)\nApplication Deadline: 03-Mar-2028\n\n"
              "Through this recruitment process we aim to fill two posts:\n"
              "- Head, Grid Section – vacancy 271201 – G22\n- Officer, Pipelines – vacancy 271202 – G17\n\n"
              "1. SUMMARY\nThe Division works on energy.\n\n2. QUALIFICATIONS AND EXPERIENCE\n\n"
              "HEAD, GRID SECTION (271201)\nESSENTIAL\n- have at least 9 years' experience in energy policy;\n"
              "- possess the following minimum levels of NATO's official languages: V (\"Advanced\") in one; III "
              "(\"Intermediate\") in the other.\n\nOFFICER, PIPELINES (271202)\nESSENTIAL\n"
              "- have at least 4 years' experience in pipelines;\n"
              "- possess the following minimum levels of NATO's official languages: IV (\"Upper Intermediate\") in "
              "one; I (\"Beginner\") in the other.\n\n3. CONTRACT\nA definite duration contract of three years.\n")
    assert [(p["min_experience_years"], p["lang_level_one"], p["lang_level_other"]) for p in _posts(headed)] == [
        (9, 5, 3), (4, 4, 1)]


def test_pay_tagged_by_vacancy_number_or_by_the_post_at_a_grade():
    by_number = ("Head, Grid Section (271201) & Officer, Pipelines (271202)\nApplication Deadline: 03-Mar-2028\n"
                 "Salary (Pay Basis): 10,977.40 Euro (EUR) Monthly – Head (271201) | 7,512.66 Euro (EUR) Monthly – "
                 "Officer (271202)\n1. SUMMARY\nThe Division works on energy.\n")
    by_grade = ("Analyst, Budget (2 posts)-271300\nApplication Deadline: 03-Mar-2028\n"
                "Salary (Pay Basis): 6,204.10 Euro (EUR) Monthly (post at G15) / 7,958.30 Euro (EUR) Monthly (post at "
                "G17)\nGrade: NATO Grade G15 / NATO Grade G17\n1. SUMMARY\nThe Section reports to the Budget "
                "Committee.\nIn addition, the Analyst at G17 chairs the Budget Review Group.\n"
                "2. QUALIFICATIONS AND EXPERIENCE\nESSENTIAL\n"
                "- for the post at G15: have at least 2 years' experience in budgeting;\n"
                "- for the post at G17: have at least 5 years' experience in budgeting;\n"
                "- for the post at G17: possess the following minimum levels of NATO's official languages: V "
                "(\"Advanced\") in one; II (\"Elementary\") in the other.\n"
                "3. INTERRELATIONSHIPS\nPost at G17 – Direct reports: 2.\n")
    assert [p["salary_eur_monthly"] for p in _posts(by_number)] == [10977.40, 7512.66]
    assert [(p["nato_grade"], p["salary_eur_monthly"], p["min_experience_years"], p["lang_level_one"],
             p["direct_reports"], p["committees_chaired"]) for p in _posts(by_grade)] == [
        ("G15", 6204.10, 2, None, None, 0), ("G17", 7958.30, 5, 5, 2, 1)]


def test_a_label_broken_over_two_lines_by_a_narrow_column():
    p = parse("Job Title:   Engineer (Sonar)\nNATO Grade:  A-3\nBasic Monthly\nSalary (12 x per year): 7,120.45 EUR, "
              "tax free\nClosing Date: 2 May 2028\n\nPrincipal Duties. The incumbent tests sonars.\n").post
    assert (p["salary_eur_monthly"], p["grade_code"]) == (7120.45, "A3")


def test_a_table_of_posts_then_their_blocks_and_sections_for_all_of_them():
    text = ("# Agency – Vacancy Notice\n\nWe are recruiting for the following posts:\n\n"
            "| Vacancy | Post title | Grade | Salary (Pay Basis) |\n|---|---|---|---|\n"
            "| 271401 | Principal Radio Engineer | NATO Grade G20 (A.4) | 9,512.44 EUR Monthly |\n"
            "| 271402 | Radio Technician | NATO Grade G10 (B.4) | 4,611.35 EUR Monthly |\n\n"
            "### Principal Radio Engineer (271401)\n\nThe incumbent leads the Radio Team (7 engineers).\n\n"
            "**Essential qualifications**\n- A minimum of 9 years of experience in radio engineering.\n\n"
            "### Radio Technician (271402)\n\nThe incumbent keeps the radios, and sits on the Agency's Spectrum "
            "Board.\n\n**Essential qualifications**\n- Not less than 3 years of experience in radio maintenance.\n\n"
            "### Languages (all three posts)\n\nThe following minimum levels of NATO's official languages: IV (Upper "
            "Intermediate) in one; I "
            "(Beginner) in the other.\n\n### Contract (all three posts)\n\nAn initial definite duration contract of "
            "three years.\n")
    assert [(p["min_experience_years"], p["lang_level_one"], p["contract_years"]) for p in _posts(text)] == [
        (9, 4, 3), (3, 4, 3)]


def test_a_bilingual_title_of_two_counted_posts_with_the_portals_number_and_labels_said_by_title():
    text = ("### Head, Spanish Desk (1 post) & Translator, Spanish Desk (1 post)-271510\n\n"
            "**Application Deadline:** 14-Jun-2028\n"
            "**Salary (Pay Basis):** Head: 10,412.08 Euro (EUR) Monthly; Translator: 6,960.27 Euro (EUR) Monthly\n"
            "**Grade:** Head: L.5 / NATO Grade G21; Translator: L.2 / NATO Grade G16\n\n#### 1. SUMMARY\n\n"
            "**Head, Spanish Desk.** The Head manages the Desk (12 staff).\n\n"
            "**Translator, Spanish Desk.** The Translator translates texts.\n\n"
            "## **2. QUALIFICATIONS AND EXPERIENCE**\n\n**Head, Spanish Desk** – the incumbent must:\n\n"
            "- have at least 10 years' experience in translation;\n\n"
            "**Translator, Spanish Desk** – the incumbent must:\n\n- have at least 2 years' experience as a "
            "translator;\n")
    assert [(p["title"], p["grade_code"], p["salary_eur_monthly"], p["min_experience_years"])
            for p in _posts(text)] == [("Head, Spanish Desk", "L5", 10412.08, 10),
                                       ("Translator, Spanish Desk", "L2", 6960.27, 2)]


def test_posts_named_in_a_sentence_with_their_facts_in_brackets_then_a_block_each():
    text = ("Modelling Analysts (2 vacancies)\nHQ SACT is seeking candidates for two posts: a Principal Modelling "
            "Analyst (Grade A-4, post number CD MA 0110, vacancy 2028/0301) and a Modelling Analyst (Grade A-2, "
            "post number CD MA 0140, vacancy 2028/0302).\nClosing Date: 08 June 2028 (for both vacancies)\n"
            "Principal Modelling Analyst – vacancy 2028/0301 (A-4)\nThe incumbent leads the Modelling Team (5 "
            "analysts) and chairs the Model Review Board.\nEssential qualifications\n- At least 9 years of "
            "experience in modelling.\n- Language: V (Advanced) in English; I (Beginner) in French.\n"
            "Modelling Analyst – vacancy 2028/0302 (A-2)\nThe incumbent builds models and presents them to the "
            "Model Review Board.\nEssential qualifications\n- At least 2 years of experience in modelling.\n"
            "- Language: IV (Upper Intermediate) in English.\nContract (both posts)\nAn initial contract of 3 "
            "years.\n")
    assert [(p["reference"], p["grade_code"], p["min_experience_years"], p["lang_level_one"], p["committees_chaired"],
             p["contract_years"]) for p in _posts(text)] == [("2028/0301", "A4", 9, 5, 1, 3),
                                                             ("2028/0302", "A2", 2, 4, 0, 3)]


def test_blocks_headed_with_post_numbers_and_a_last_block_holding_run_in_labels():
    text = ("Ammunition posts\nWe are recruiting for two posts:\n"
            "Post N° | Title | Grade | Ref. No\nK-118 | Explosives Engineer | NATO Grade G17 | 2028_00311\n"
            "K-104 | Section Chief, Explosives | NATO Grade G20 | 2028_00312\n"
            "Application deadline (all posts): 28 June 2028\n\n"
            "Explosives Engineer – Post N° K-118 / K-119 – Ref. No 2028_00311\nMain duties: plans surveillance.\n"
            "Qualifications and experience\nMinimum five years' experience in explosives safety.\n"
            "Contract: a definite duration contract of 2 years.\n\n"
            "Section Chief, Explosives – Post N° K-104 – Ref. No 2028_00312\nMain duties: leads the Section (9 "
            "staff).\nQualifications and experience\nMinimum ten years' experience in ammunition logistics.\n"
            "Competencies:\nLeadership: Promotes team effectiveness;\nTeamwork: Solicits inputs.\n"
            "Contract: an initial definite duration contract of three years.\n"
            "How to apply\nApply through the e-recruitment tool.\n")
    assert [(p["min_experience_years"], p["competency_count"], p["contract_years"]) for p in _posts(text)] == [
        (5, None, 2), (10, 2, 3)]


def test_a_part_said_of_both_posts_after_a_dash_ends_the_last_posts_part():
    text = ("VACANCY NOTICE CSO/2028/01 - TWO POSTS\n\nPost title                     Post No.     Grade\n"
            "------------------------------  -----------  -----------\n"
            "Executive Officer, Office of X   CSO-EXO-02   A.3 / G17\nAssistant (Panel Support)        CSO-PSA-05  "
            " B.4 / G10\n\n1. SUMMARY\nThe Office supports the panels.\n\n2. QUALIFICATIONS AND EXPERIENCE\n\n"
            "Executive Officer, Office of X - ESSENTIAL\n- at least 6 years of professional experience;\n\n"
            "Assistant (Panel Support) - ESSENTIAL\n- at least 3 years' experience of administrative support;\n\n"
            "Both posts - ESSENTIAL\n- possess the following minimum levels of NATO's official languages: V "
            "(\"Advanced\") in one; II "
            "(\"Elementary\") in the other.\n\n3. COMPETENCIES (both posts)\n- Achievement: Works to meet standards;\n")
    assert [(p["min_experience_years"], p["lang_level_one"]) for p in _posts(text)] == [(6, 5), (3, 5)]


def test_a_careers_event_an_internship_page_and_a_notice_template_are_not_notices():
    event = parse("Regional jobs & events\n\nNATO CAREERS FAIR 2028\nAllied Air Command – Saturday 4 March 2028\n\n"
                  "Meet recruiters of NATO bodies. Posts are advertised at grades G5 to G20; an Officer at G15 needs "
                  "at least 2 years of experience and levels such as V (\"Advanced\") in one language.\n"
                  "Please note: the fair is not a recruitment event; every post is filled through its vacancy "
                  "notice.\nRegister before 20 February 2028.\n")
    interns = parse("# NATO School – Internships 2028\n\n## What we offer\n- Duration: six months.\n- Interns "
                    "receive a monthly stipend of EUR 950.\n\n## Who can apply?\nCandidates must be nationals of a "
                    "NATO member country and have a very good command of English.\n\n## How to apply\nThe call closes "
                    "on 1 December 2027.\n")
    template = parse("TEMPLATE – VACANCY NOTICE FOR CIVILIAN POSTS\n\nHEADER BLOCK\nVacancy Number: [allocated by the "
                     "HR Office]\nJob Title: [title as approved in the establishment]\nNATO Grade: [Gxx]\n"
                     "Closing Date: "
                     "[four weeks after publication]\n\nPRINCIPAL DUTIES\n[List 5 to 8 duties starting with a verb.]\n"
                     "\nESSENTIAL QUALIFICATIONS\n[A minimum of [X] years' experience in [field].]\n")
    assert event.failed and interns.failed and template.failed
    digest = parse("Subject: Fellowships and one NATO post\n\n1. FELLOWSHIPS\nFellows receive a stipend.\n\n"
                   "2. VACANCY\nOfficer, Grid Planning\nVacancy number: 280117\nGrade: NATO Grade G17\n\n1. SUMMARY\n"
                   "The Officer plans grids.\n\n2. QUALIFICATIONS AND EXPERIENCE\nThe incumbent must have at least 4 "
                   "years of experience in energy planning.\n")
    assert not digest.failed and digest.post["min_experience_years"] == 4


def test_pay_stated_only_as_a_boards_range_is_left_empty_with_a_warning():
    p = parse("Analyst (Fuel Logistics)\nNATO Support and Procurement Agency\n€82,000 - €104,000 a year  -  Full-time\n"
              "Grade: NATO Grade G17\n\nJob description\nThe Analyst plans fuel deliveries.\n")
    assert p.post["salary_eur_monthly"] is None
    assert any("only as a range" in r["message"] for r in p.problems)


def test_a_sites_careers_section_after_the_title_and_a_unit_in_capitals_before_an_ordinary_title(tmp_path):
    page = ("<html><head><title>Head, Fuel Contracts - Careers</title></head><body><h1>Head, Fuel Contracts - Careers"
            "</h1><p>Grade: A-4</p><h2>Summary</h2><p>The Head leads the Section.</p></body></html>")
    assert _html(tmp_path, page).post["title"] == "Head, Fuel Contracts"
    flat = parse("NOTIFICATION OF AN A GRADE VACANCY NATO INTERNATIONAL STAFF DIVISION TITLE GRADE OPERATIONS DIVISION "
                 "OFFICE OF THE ASSISTANT SECRETARY GENERAL Policy Officer A3 VACANCY N : 280411 1. SUMMARY The "
                 "Office supports the ASG.\n").post
    assert (flat["title"], flat["post_family"]) == ("Policy Officer", "Officer")


def test_a_bilingual_vacancy_label_and_a_pay_labels_note_of_several_words():
    for label in ("Vacancy / Vacance n° 280903", "Vacance n° 280903"):
        p = parse(f"NATO INTERNATIONAL STAFF\n{label}\n\nDeputy Director, Space Policy\nGrade: NATO Grade G22 (A.5)\n"
                  "\n1. SUMMARY\nThe Directorate leads.\n").post
        assert p["reference"] == "280903", label
    p = parse("Executive Officer\nGrade: A-4\n\nBasic salary (monthly, tax-exempt): EUR 9 512,20\nClosing date: 25 "
              "January 2028\n\nSUMMARY\nThe incumbent leads the office.\n").post
    assert p["salary_eur_monthly"] == 9512.20


def test_a_list_item_broken_by_a_page_break_before_a_capitalised_word():
    text = ("# Director, Resilience\n\nVacancy 280507\n\n## 2. ACCOUNTABILITIES\n\nThe Director:\n\n"
            "- chairs the Grid Protection Board (GPB);\n- co-chairs, with the Deputy Chair of the Military\n\n---\n"
            "NATO UNCLASSIFIED\nPage 1 of 3\n\n---\nNATO UNCLASSIFIED\n\n  Committee, the Port Resilience Group "
            "(PRG).\n\n## 3. QUALIFICATIONS AND EXPERIENCE\n\n- at least 12 years of experience.\n")
    assert parse(text).post["committees_chaired"] == 2


def test_co_chairing_with_a_national_representative_without_commas():
    text = (_HEAD + "The Head chairs the Staff Pay Board (SPB) and co-chairs with a national representative the "
            "Joint Pensions Working Group (JPWG).\n")
    assert parse(text).post["committees_chaired"] == 2


def test_a_competencies_paragraph_followed_by_its_translation_counts_once():
    text = (_HEAD + "COMPETENCIES\n\nAchievement: Sets and works to meet challenging goals; Leadership: Positions self "
            "as the leader; Teamwork: Solicits inputs and encourages others.\n\nRecherche de l'excellence : se fixe "
            "des objectifs ambitieux et s'efforce de les atteindre ; Leadership : s'impose en tant que leader ; "
            "Esprit d'équipe : sollicite les contributions et encourage les autres.\n\nCONTRACT\nA contract of three "
            "years.\n")
    assert parse(text).post["competency_count"] == 3


def test_staff_rules_a_careers_blog_and_an_appointment_story_are_not_notices():
    rules = parse("STAFF RULES (extract)\n\nRule 4 – Advertisement of posts\n\n4.1 Every vacant post shall be "
                  "advertised. The vacancy notice shall state the grade (G15 to G24), the closing date and the "
                  "minimum levels "
                  "(V \"Advanced\") in one official language.\n\nRule 5 – Qualifications\n\n5.1 Candidates for A "
                  "grades shall hold a university degree and at least 2 years of experience.\n")
    blog = parse("# What does a G17 officer earn?\n\n*Posted on 3 March 2028 by Ana Ruiz · Career advice*\n\n"
                 "An Officer at A-3 / NATO Grade G17 earns about EUR 7,300 a month. Notices ask for at least 4 years "
                 "of "
                 "experience and V (\"Advanced\") in one language.\n\n12 comments\n\nLeave a comment\n")
    story = parse("Dr K. Lind appointed Director of Space Policy\n\nBRUSSELS – NATO has appointed Dr Karin Lind as the "
                  "new Director of Space Policy after vacancy 270311 (NATO Grade G23), which asked for 15 years of "
                  "experience. She will lead a Directorate of 30 staff. \"A strong choice,\" the ASG said in a "
                  "statement.\n")
    assert rules.failed and blog.failed and story.failed


def test_direct_reports_named_after_line_management_of_or_listed_below_or_before_the_verb():
    managed = parse(_HEAD + "The Head exercises line management of the two Team Leaders (Pay; Pensions) and of the "
                    "Section Assistant.\n").post
    below = parse(_HEAD + "The following report directly to the Head:\n\n- the Deputy Head;\n- the Planning Officer;\n"
                  "- the Section Assistant.\n\n2. QUALIFICATIONS AND EXPERIENCE\n- at least 8 years of experience.\n"
                  ).post
    before = parse(_HEAD + "The three Team Leaders (Pay, Pensions and Travel) and the Section Assistant report "
                   "directly to the Head.\n").post
    assert (managed["direct_reports"], below["direct_reports"], before["direct_reports"]) == (3, 3, 4)


def test_chair_ad_interim_and_an_office_the_post_leads_sized_elsewhere():
    text = (_HEAD + "The Head chairs the Fuel Review Group and acts as Chair ad interim of the Pipeline Board.\n")
    assert parse(text).post["committees_chaired"] == 2
    office = parse("Executive Officer to the Director General\nVacancy number: 280144\n1. SUMMARY\nThe Office of the "
                   "Director General which has 7 staff members supports the Director General.\nThe Executive Officer "
                   "is responsible to the Director General and leads the Office of the Director General.\n").post
    assert office["staff_led"] == 7


def test_a_two_column_pdf_page_read_page_by_page_with_its_header_block_first(tmp_path):
    left = ["NATO DEFENCE ACADEMY", "ROME, ITALY", "Requisition # 280388", "Directorate: Courses", "", "SUMMARY",
            "The Academy trains officers of the", "Alliance in residence and through", "mobile teams and it runs a",
            "library for all of the students on", "its courses. The Senior Lecturer in", "the Logistics Courses is the",
            "person responsible for the whole", "logistics curriculum of the Academy", "NATO UNCLASSIFIED", "ESSENTIAL",
            "- have at least 7 years of ex-", "  perience in defence logistics;", "- possess a university degree;", ""]
    right = ["Senior Lecturer, Logistics Courses", "NATO Grade: NG17 / A-3", "Salary: EUR 7,101.20 monthly",
             "Application Deadline: 19-Jan-2028", "", "and leads a teaching team of 6", "lecturers and coordinates the",
             "work of visiting experts. S/he", "also contributes to course design", "and to the evaluation of all of",
             "the training that is delivered by", "the team and by the visiting", "experts of the nations in the",
             "field of defence logistics.", "", "DESIRABLE", "- knowledge of NATO logistics",
             "  doctrine and of its standards;", "- experience as an instructor;", ""]
    rows = [f"{a:<50}{b}".rstrip() if b else a for a, b in zip(left, right, strict=True)]
    (tmp_path / "two.txt").write_text("\n".join(rows) + "\n", encoding="utf-8")
    p = parse_document(read_document(tmp_path / "two.txt"))
    assert (p.post["title"], p.post["staff_led"], p.post["min_experience_years"]) == (
        "Senior Lecturer, Logistics Courses", 6, 7)


def test_a_contract_label_among_a_header_blocks_tabbed_fields_is_no_section():
    text = ("Position:\tDirector, Energy Committee\nReference:\tNIA/2028/02\nSalary:\tEUR 10,900.00 net per month\n"
            "Contract:\tFixed-term, 4 years (renewable)\nStarting date:\t1 September 2028\n"
            "Deadline:\t23h59 (Brussels time), 31/05/2028\n\nThe Director leads the Secretariat.\n")
    p = parse(text).post
    assert (str(p["deadline"]), p["contract_years"]) == ("2028-05-31", 4)


def test_competencies_wrapped_after_a_name_in_a_numbered_table_and_in_a_boxed_cell():
    wrapped = parse(_HEAD + "COMPETENCIES\nAchievement: Sets and works to meet challenging goals; Developing Others:\n"
                    "Provides helpful feedback; Teamwork: Cooperates.\n\nCONTRACT\nThree years.\n").post
    numbered = parse(_HEAD + "## Competencies\n\n| # | Competency | Descriptor |\n|---|---|---|\n"
                     "| 1 | Achievement | Sets and works to meet challenging goals |\n| 2 | Flexibility | Adapts "
                     "strategies |\n\n## How to apply\nApply online.\n").post
    boxed = parse(_HEAD + "| **3. COMPETENCIES (NATO Competency Framework)** |\n|---|\n| Analytical Thinking: Makes "
                  "complex plans or analyses.<br>Leadership: Promotes team effectiveness.<br>Teamwork: Cooperates. |\n"
                  ).post
    assert (wrapped["competency_count"], numbered["competency_count"], boxed["competency_count"]) == (3, 2, 3)


def test_a_letter_grade_before_the_nato_grade_word_on_an_unlabelled_line():
    p = parse("Officer, Exercise Planning-280412\nBelgium-Brussels\nA.3 / NATO Grade G17\n\nThe incumbent plans "
              "exercises.\n").post
    assert (p["grade_code"], p["nato_grade"]) == ("A3", "G17")


def test_blocks_headed_by_a_title_its_grade_and_its_own_reference_after_a_dash():
    text = ("VACANCY ANNOUNCEMENT – SUPPLY DIRECTORATE\nClosing date for applications: 8 March 2028\n\n"
            "The Agency seeks candidates for two posts.\nBasic monthly salary: A-2 EUR 6,200.40; A-4 EUR 9,300.18.\n\n"
            "----------------------------------------\nSUPPLY OFFICER (A-2) – reference 2028_00311\n"
            "----------------------------------------\nThe incumbent buys spare parts.\nEssential qualifications:\n"
            " - At least 3 years' professional experience in procurement;\n\n"
            "----------------------------------------\nCHIEF, SUPPLY QUALITY SECTION (A-4) – reference 2028_00312\n"
            "----------------------------------------\nThe Chief manages the Section, a team of 8 staff members "
            "(6 of whom report to the Chief directly), and chairs the Supply Review Board.\nEssential qualifications:\n"
            " - At least 10 years' professional experience in supply chain management;\n")
    assert [(p["title"], p["reference"], p["grade_code"], p["salary_eur_monthly"], p["min_experience_years"],
             p["direct_reports"]) for p in _posts(text)] == [
        ("Supply Officer", "2028_00311", "A2", 6200.40, 3, None),
        ("Chief, Supply Quality Section", "2028_00312", "A4", 9300.18, 10, 6)]


def test_an_accordion_pages_section_buttons_name_its_posts(tmp_path):
    item = ("<section class='accordion-item'><button class='accordion-header' aria-expanded='false'>{title} – Vacancy "
            "{ref}</button><div class='accordion-panel'><ul><li>Grade: {grade}</li><li>Closing date: 12 April 2028</li>"
            "</ul><h3>Post context</h3><p>The incumbent {duty}.</p><h3>Essential qualifications</h3><ul><li>At least "
            "{years} years' experience in {duty};</li></ul></div></section>")
    page = ("<html><body><main><h1>Current Civilian Vacancies</h1><div class='accordion'>"
            + item.format(title="Staff Officer (Wargaming)", ref="28/ACT/011", grade="NG 17 / A-3",
                          duty="runs wargames", years=5)
            + item.format(title="Assistant (Travel)", ref="28/ACT/014", grade="NG 10 / B-4", duty="books travel",
                          years=4)
            + "</div></main></body></html>")
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    posts = [p.post for p in expand(parse_document(read_document(tmp_path / "page.html")))]
    assert [(p["title"], p["reference"], p["min_experience_years"]) for p in posts] == [
        ("Staff Officer (Wargaming)", "28/ACT/011", 5), ("Assistant (Travel)", "28/ACT/014", 4)]


def test_one_post_offered_at_either_grade_read_grade_by_grade():
    text = ("Officer, Space Policy (G15/G17)-280488\nApplication Deadline 26-Apr-2028, 11:59:00 PM\n"
            "Grade NATO Grade G15-G17\nDescription\n1. SUMMARY\nThe Centre supports the Space Policy Committee.\n"
            "This post will be filled at grade G15 (A.2) or at grade G17 (A.3). Basic monthly salary: G15 – 7,034.51 "
            "EUR; G17 – 8,655.02 EUR.\n2. QUALIFICATIONS AND EXPERIENCE\nESSENTIAL – for appointment at G15\n"
            "The incumbent must:\n"
            "have at least 2 years of professional experience in space policy;\nESSENTIAL – for appointment at G17\n"
            "The incumbent must:\nhave at least 5 years of professional experience in space policy;\n"
            "3. MAIN ACCOUNTABILITIES\nAt G17, the incumbent also chairs the Space Experts Group.\n5. COMPETENCIES\n"
            "At G15, the incumbent must demonstrate:\nAchievement: Works to meet standards;\nTeamwork: Cooperates.\n"
            "At G17, the incumbent must demonstrate:\nAchievement: Creates own measures of excellence;\n"
            "Initiative: Is decisive in a time-sensitive situation;\nTeamwork: Solicits inputs and encourages others.\n"
            "6. CONTRACT\nA definite duration contract of three years.\n")
    assert [(p["grade_code"], p["nato_grade"], p["salary_eur_monthly"], p["min_experience_years"],
             p["committees_chaired"], p["competency_count"]) for p in _posts(text)] == [
        ("A2", "G15", 7034.51, 2, 0, 2), ("A3", "G17", 8655.02, 5, 1, 3)]
    assert len(_posts(text.replace("(G15/G17)", "(A.2 / G15)"))) == 1  # (one grade on both scales is one post)


def test_an_applicants_invitation_is_no_notice_but_a_list_archives_navigation_keeps_one():
    letter = parse("Subject: Invitation to the selection process - Vacancy 280377 - Officer, Space Policy (G17)\n\n"
                   "Dear Ms Lind,\n\nVacancy 280377 - Officer, Space Policy\nGrade: A.3 / NATO Grade G17\n\nThank you "
                   "for your application for the above post. You have been shortlisted: the written test takes place "
                   "on 19 May 2028 at 09:30.\n")
    archive = parse("[posts-l] FWD: NATO IS vacancy 280318 - Head, Grid Section\n\n"
                    "    * Previous message: [posts-l] Secondment round\n"
                    "    * Next message: [posts-l] FWD: NATO IS vacancy 280318 (part 2)\n"
                    "    * Messages sorted by: [ date ] [ thread ] [ subject ]\n\n"
                    "Head, Grid Section\nVacancy number: 280318\nGrade: NATO Grade G22\n1. SUMMARY\nThe Head leads the "
                    "Section.\n2. QUALIFICATIONS AND EXPERIENCE\n- at least 9 years of experience in energy policy.\n")
    assert letter.failed and not archive.failed and archive.post["min_experience_years"] == 9


def test_a_count_of_reports_broken_down_after_a_colon_and_a_co_chair_after_a_duty_areas_label():
    reports = parse(_HEAD + "Supervisory Responsibilities: Line manager of four (4) direct reports: 1 x G15, 2 x G13, "
                    "1 x G10.\n").post
    chairs = parse(_HEAD + "3. DUTIES\nGovernance: Chair the Site Facilities Board, and co-chair, with the Director of "
                   "the NATO Office of Security, the Site Safety Working Group.\n").post
    assert (reports["direct_reports"], chairs["committees_chaired"]) == (4, 2)


def test_the_posts_grade_named_after_its_supervisor_in_the_same_sentence():
    text = ("Senior Assistant, Staff Services-280174\nApplication Deadline 14-Sep-2028\n1. SUMMARY\nUnder the "
            "supervision of the Head, Entitlements and Contracts, the Senior Assistant (NATO Grade G10, formerly B.4) "
            "processes entitlements.\n")
    p = parse(text).post
    assert (p["grade_code"], p["nato_grade"]) == ("B4", "G10")


def test_a_french_notices_pay_label_competencies_heading_and_reports_said_of_its_staff():
    text = ("Chef, Section Trésorerie\nRéférence : 2028_00341\nSalaire mensuel de base (12 fois par an), net d'impôt : "
            "7 812,40 EUR\n\n1. RÉSUMÉ\nLe/la titulaire dirige la Section, qui compte sept agents, dont quatre lui "
            "rendent compte directement.\n\n6. ATTRIBUTS/COMPÉTENCES\n- Recherche de l'excellence : Se fixe des "
            "objectifs ambitieux et s'efforce de les atteindre ;\n- Maîtrise de soi : Réagit de manière constructive."
            "\n\n7. REMARQUES\nContrat de durée déterminée de trois ans.\n")
    p = parse(text).post
    assert (p["salary_eur_monthly"], p["direct_reports"], p["competency_count"]) == (7812.40, 4, 2)


def test_headings_asked_as_questions_and_apply_on_a_platform_by_a_date():
    text = ("Principal Engineer (Radio Platforms)\nRequisition: 280144\nGrade: NATO Grade G17\n\n"
            "What will you do?\n\n- Design radio platform services.\n\nWhat do we need from you?\n\n"
            "- At least 6 years of experience in radio engineering.\n"
            "- The following minimum levels in NATO's official languages: English - V (\"Advanced\"); "
            "French - I (\"Beginner\").\n\nWhat would make you stand out?\n\n"
            "- Experience of 10 years in a military network.\n\nHow do you apply?\n\n"
            "Apply on the NATO Talent Acquisition Platform by 19 April 2028, 23:59 CET.\n")
    p = parse(text).post
    assert (p["min_experience_years"], p["lang_level_one"], str(p["deadline"])) == (6, 5, "2028-04-19")


def test_a_banner_saying_the_deadline_is_extended_until_a_date():
    text = ("Deputy Director, Acquisition\nRequisition: 280402\n⚠ DEADLINE EXTENDED: applications for this vacancy "
            "are now accepted until 24 May 2028, 23:59 CET.\nApplication Deadline: 10-May-2028, 11:59:00 PM\n"
            "1. SUMMARY\nThe Deputy Director leads the Directorate.\n")
    assert parse(text).post["deadline"] == dt.date(2028, 5, 24)


def test_direct_supervision_of_a_count_and_a_research_task_group_served_on():
    p = parse(_HEAD + "d. Supervisory Responsibilities: Direct supervision of three (3) NATO civilian technicians "
              "(G8).\n- Serves as member of the STO Sea Robotics Research Task Group (SR-RTG);\n").post
    assert (p["direct_reports"], p["staff_led"], p["committees_chaired"]) == (3, None, 0)


def test_a_vacancys_questions_page_and_a_report_on_a_competition_held_are_not_notices():
    faq = parse("# Director, Cloud Programme (vacancy 280655) - Frequently Asked Questions\n\nThis page answers the "
                "questions we receive most often.\n\n**What grade is the post?**\nNATO Grade G23.\n\n**Does the "
                "Director chair any boards?**\nThe Director chairs the Change Advisory Board.\n\n**The notice asks for "
                "15 years of experience. Does military service count?**\nYes.\n")
    outcome = parse("STAFF ASSOCIATION - INFO NOTE 07/2028\n\n"
                    "Subject: Outcome of the competition for the post of Head, Budget Section (vacancy 271904)\n\n"
                    "The post leads a section of 12 staff and has 5 direct reports; the notice asked for at least 10 "
                    "years of experience and level V in one official language.\n\n"
                    "- Applications received: 214\n- Shortlisted: 8\n\nThe panel recommended one candidate.\n")
    assert faq.failed and outcome.failed


def test_chairs_held_in_rotation_or_shared_with_a_long_named_sharer_without_commas():
    rotation = parse(_HEAD + "They co-chair, with the International Military Staff, the Cyber Policy Group, and chair, "
                     "in rotation, the Pledge Review Board.\n").post
    stripped = parse(_HEAD + "The Head co-chairs with the Director of the Plans Division of the International Military "
                     "Staff the Crisis Response Board and chairs the plenary sessions of the Civil Protection Group in "
                     "rotation with the national co-Chair.\n").post
    assert (rotation["committees_chaired"], stripped["committees_chaired"]) == (2, 2)


def test_a_list_of_positions_each_with_its_grade_under_a_label_in_capitals():
    text = ("STAFF VACANCY 282118\n\nPOSITIONS:\ni.   Staff Officer (Fuel Policy)          GRADE: A-2/G-15\n"
            "ii.  Staff Officer (Medical Plans)        GRADE: A-3/G-17\n\nClosing date for applications: 12 October "
            "2028.\n\n1. Post Context.\nThe Division advises the Military Committee.\n")
    assert [(p["title"], p["grade_code"], p["nato_grade"]) for p in _posts(text)] == [
        ("Staff Officer (Fuel Policy)", "A2", "G15"), ("Staff Officer (Medical Plans)", "A3", "G17")]


def test_a_block_of_job_details_at_the_notices_end_read_whole():
    text = ("1. POST CONTEXT\nThe Branch designs autonomous vehicles. The Branch comprises 21 engineers.\n\n"
            "2. ESSENTIAL QUALIFICATIONS\n- at least 9 years of experience in marine engineering.\n\n"
            "------------------------------------------------------------\nJOB DETAILS\n"
            "Job title:               Chief, Marine Systems Branch\nVacancy notice number:   280566\n"
            "Location:                Italy-La Spezia\nGrade:                   NATO Grade G20 (A.4)\n"
            "Application Deadline:    30 June 2028\n")
    p = parse(text).post
    assert (p["title"], p["reference"], p["grade_code"], p["post_family"]) == (
        "Chief, Marine Systems Branch", "280566", "A4", "Head")


def test_direct_reports_listed_under_their_label_or_an_intro_and_named_with_a_units_and():
    below = parse(_HEAD + "Direct reports:\n\n- Staff Officer (Planning)\n- Principal Assistant\n- Records Officer\n\n"
                  "2. QUALIFICATIONS AND EXPERIENCE\n- at least 6 years of experience in staff work;\n"
                  "- at least 2 years of supervisory experience.\n").post
    intro = parse(_HEAD + "Reporting directly to the Head:\n\n- Chief, Budget and Finance\n- Chief, Support Services\n"
                  "- Legal Adviser\n").post
    named = parse(_HEAD + "- Direct reports: the Head of Finance, the Head of Human Resources and Administration, the "
                  "Head of CIS, and the Security Officer\n").post
    assert (below["direct_reports"], intro["direct_reports"], named["direct_reports"]) == (3, 3, 4)


def test_listed_positions_each_described_in_a_part_headed_part_n(tmp_path):
    text = ("STAFF VACANCY 280118\n\nTHIS STAFF VACANCY COVERS THE FOLLOWING POSITIONS:\n"
            "(1) TITLE: Section Head (Space Coherence)        GRADE: A-4/G-20\n"
            "(2) TITLE: Staff Officer (Space Plans)           GRADE: A-2/G-15\n\n"
            "Closing date for applications: 19 October 2028.\n\n"
            "-------------------------------------------------------------\n"
            "PART 1 - SECTION HEAD (SPACE COHERENCE), A-4/G-20\n"
            "-------------------------------------------------------------\n"
            "1. Post Context. The Section Head leads the Section, composed of 9 staff.\n"
            "3. Essential Qualifications.\n"
            "a. Professional/Experience: at least 10 years of professional experience.\n\n"
            "-------------------------------------------------------------\n"
            "PART 2 - STAFF OFFICER (SPACE PLANS), A-2/G-15\n"
            "-------------------------------------------------------------\n"
            "1. Post Context. The Staff Officer drafts plans.\n"
            "3. Essential Qualifications.\na. Professional/Experience: at least 4 years of professional experience.\n")
    (tmp_path / "parts.txt").write_text(text, encoding="utf-8")
    posts = [p.post for p in expand(parse_document(read_document(tmp_path / "parts.txt")))]
    assert [(p["min_experience_years"], p["staff_led"]) for p in posts] == [(10, 9), (4, None)]


def test_a_block_for_two_posts_whose_post_numbers_name_their_places(tmp_path):
    block = ("<h2>{title}</h2><p><strong>Post N° {numbers} / Ref. No {ref}</strong><br>Grade: {grade} | Basic monthly "
             "salary: EUR {pay}, tax free | Closing date: 2 November 2028</p><p>The incumbent {duty}.</p>"
             "<h3>Qualifications</h3><ul><li>At least {years} years of experience in {duty}.</li></ul>")
    page = ("<html><body><main><h1>Logistics vacancies</h1><p>The Agency is recruiting for the posts listed below.</p>"
            "<table><tr><th>Post title</th><th>Post N°</th><th>Ref. No</th><th>Grade</th><th>Location</th></tr>"
            "<tr><td>Fuel Officer</td><td>LF-112</td><td>2028_00412</td><td>G17</td><td>Capellen</td></tr>"
            "<tr><td>Contracting Officer (2 posts)</td><td>PC-208 / PC-209</td><td>2028_00413</td><td>G15</td>"
            "<td>Capellen / Taranto</td></tr>"
            "<tr><td>Store Clerk</td><td>SW-317</td><td>2028_00414</td><td>G8</td><td>Taranto</td></tr></table>"
            + block.format(title="Fuel Officer", numbers="LF-112", ref="2028_00412", grade="G17", pay="8,977.46",
                           duty="plans fuel supply", years=8)
            + block.format(title="Contracting Officer (2 posts)", numbers="PC-208 (Capellen) and PC-209 (Taranto)",
                           ref="2028_00413", grade="G15", pay="7,120.10", duty="awards contracts", years=5)
            + block.format(title="Store Clerk", numbers="SW-317", ref="2028_00414", grade="G8", pay="3,602.11",
                           duty="keeps the stores", years=2)
            + "</main></body></html>")
    posts = [p.post for p in expand(_html(tmp_path, page))]
    assert [(p["reference"], p["min_experience_years"]) for p in posts] == [
        ("2028_00412", 8), ("2028_00413", 5), ("2028_00414", 2)]


def test_positions_listed_under_capital_letters_then_described_one_by_one():
    text = ("Vacancy 281004\nThrough this recruitment we aim to fill the following posts:\n"
            "A. Head, Web Section (1 post) - A.4 / NATO Grade G20\n"
            "B. Officer, Web Analytics (1 post) - A.2 / NATO Grade G15\n\n1. SUMMARY\nThe Section runs the web.\n\n"
            "A. HEAD, WEB SECTION\nThe Head leads the Section of 14 staff.\n- at least 10 years of experience.\n\n"
            "B. OFFICER, WEB ANALYTICS\nThe Officer measures audiences.\n- at least 4 years of experience.\n")
    assert [(p["title"], p["min_experience_years"], p["staff_led"]) for p in _posts(text)] == [
        ("Head, Web Section", 10, 14), ("Officer, Web Analytics", 4, None)]


def test_aco_supervisory_line_giving_direct_and_indirect_counts_by_label():
    base = ("VACANCY NOTICE\nPost Title: Head, Records Section\nNATO Grade: G17\n\nPRINCIPAL DUTIES\n"
            "The incumbent runs the records service.\n\nATTRIBUTES\n{line}\n\nESSENTIAL QUALIFICATIONS\n"
            "- at least 6 years of experience in records management.\n")
    for line, n in (("e. Supervisory Responsibilities: Direct: 5; Indirect: 12.", 5),
                    ("d. Managerial Responsibilities: Direct: 2 Team Leaders; Indirect: 9.", 2)):
        assert parse(base.format(line=line)).post["direct_reports"] == n


def test_posts_supervised_directly_counted_as_direct_reports():
    text = ("Head, Audit Section\nGrade: A.5\n\nPRINCIPAL DUTIES\nThe Head of Section runs the audits.\n\n"
            "QUALIFICATIONS\n- at least 10 years of experience in audit.\n\nATTRIBUTES\na. Professional Contacts. "
            "Auditees.\nb. Supervisory Responsibilities. The Head of Section directly manages the 3 Audit Managers "
            "and, through them, the rest of the Section.\n")
    assert parse(text).post["direct_reports"] == 3


def test_direct_reports_label_naming_two_kinds_of_posts_counts_both():
    text = ("Head, Budget Section\nGrade: A.5\n\nSUMMARY\nThe Head leads the Section.\n"
            "Direct reports: 2 Heads of Unit and 3 Budget Officers.\n\nQUALIFICATIONS\n"
            "- at least 10 years of experience in public budgeting.\n")
    assert parse(text).post["direct_reports"] == 5


def test_numbered_positions_with_nested_bullets_after_an_intro_inside_a_paragraph(tmp_path):
    page = ("# Several vacancies - Logistics Centre\n\n**Application deadline for all positions: 3 March 2029**\n\n"
            "The Agency supports the Alliance. Our Logistics Centre grows, and we are hiring for the posts listed "
            "below. Please apply to each one separately.\n\n"
            "Every post is offered for an initial period of three years, which may be renewed.\n\n"
            "1. **Senior Planner (Fuel)** - NATO Grade G17 - Capellen, LU - Requisition 290101\n"
            "   - Salary (Pay Basis): 8,410.20 Euro (EUR) Monthly\n"
            "   - Plans fuel supply for deployed forces and leads the planning cell of 6 staff\n"
            "   - Essential: university degree; at least 8 years of experience in fuel logistics\n\n"
            "2. **Planner (Ammunition)** - NATO Grade G15 - Taranto, IT - Requisition 290102\n"
            "   - Keeps the ammunition plans of the Centre and briefs the logistics conferences\n"
            "   - Essential: university degree; at least 5 years of experience in ammunition logistics\n")
    (tmp_path / "several.md").write_text(page, encoding="utf-8")
    parsed = parse_document(read_document(tmp_path / "several.md"))
    assert not parsed.failed
    assert [(p.post["title"], p.post["reference"], p.post["nato_grade"], p.post["min_experience_years"])
            for p in expand(parsed)] == [("Senior Planner (Fuel)", "290101", "G17", 8),
                                         ("Planner (Ammunition)", "290102", "G15", 5)]


def test_deadline_among_a_boards_facets_gives_way_to_the_notices_closing_date():
    text = ("Head, Archives Section\nNATO Headquarters, Brussels\nDeadline: 13/09/2029 · Category: Records · "
            "Contract: Fixed term\n\n---\n\nPost Title: Head, Archives Section\nClosing Date: 31 August 2029\n"
            "Vacancy ref.: 290311\n\nQUALIFICATIONS\n- at least 8 years of experience in archives.\n")
    assert parse(text).post["deadline"] == dt.date(2029, 8, 31)


def test_level_numerals_in_quotes():
    text = ("Officer, Archives\nGrade: A.2\n\nQUALIFICATIONS\n- at least 3 years of experience in archives;\n"
            "- NATO level \u201cIV\u201d (Upper Intermediate) in one of the two official languages and level \"II\" "
            "(Elementary) in the other.\n")
    post = parse(text).post
    assert (post["lang_level_one"], post["lang_level_other"]) == (4, 2)


def test_a_page_number_broken_over_two_lines_under_the_competencies_heading_is_no_competency():
    text = ("Officer, Archives\nGrade: A.2\n\nQUALIFICATIONS\n- at least 3 years of experience in archives.\n\n"
            "5. COMPETENCIES\nThe incumbent must demonstrate:\nNATO UNCLASSIFIED\nPag\ne4\n")
    assert parse(text).post["competency_count"] is None


def test_a_heading_run_in_after_a_labels_not_applicable():
    text = ("Officer, Archives - 290412 Primary LocationBelgium-Brussels NATO BodyNATO International Staff "
            "SUMMARY The Archives keep the records of the Council. QUALIFICATIONS AND EXPERIENCE ESSENTIAL The "
            "incumbent must: have at least 3 years of experience in archives. INTERRELATIONSHIPS The Officer reports "
            "to the Head. Direct reports: N/A Indirect reports: N/A COMPETENCIES The incumbent must demonstrate: "
            "Achievement - Level 2: Works to meet standards; Teamwork - Level 2: Cooperates with others. CONTRACT "
            "The successful applicant will be offered a 3-year definite duration contract.\n")
    assert parse(text).post["competency_count"] == 2


def test_one_title_offered_at_the_two_grades_a_grade_line_lists_each_with_its_own_sentences_and_items():
    text = ("Officer, Export Control Policy (290530)\n\nApplication Deadline 4-May-2029\n"
            "Grade A.2 / NATO Grade G15 ; A.3 / NATO Grade G17\n\nDescription\n\n"
            "Two posts of this title are open: one post at grade A.2 (G15) and one post at grade A.3 (G17).\n\n"
            "1. SUMMARY\n\nThe Section follows export control regimes. Both Officers draft notes. At grade A.2, the "
            "incumbent keeps the records of the Export Control Board (ECB). At grade A.3, the incumbent chairs the "
            "ECB and supervises two junior officers (direct reports: 2).\n\n2. QUALIFICATIONS AND EXPERIENCE\n\n"
            "ESSENTIAL\n- for the A.2 post: at least 3 years of experience in export control;\n"
            "- for the A.3 post: at least 7 years of experience in export control.\n\n4. COMPETENCIES\n\n"
            "The incumbent must demonstrate:\n- Achievement: Works to meet standards;\n- Teamwork: Cooperates;\n\n"
            "In addition, for the A.3 post:\n- Leadership: Promotes team effectiveness.\n")
    posts = _posts(text)
    assert [(p["grade_code"], p["min_experience_years"], p["direct_reports"], p["committees_chaired"],
             p["competency_count"]) for p in posts] == [("A2", 3, None, 0, 2), ("A3", 7, 2, 1, 3)]


def test_a_committee_chaired_by_the_acronym_it_was_named_with_before():
    text = ("Officer, Export Control\nGrade: A.2\n\nSUMMARY\nThe Officer keeps the records of the Dual-Use Review "
            "Panel (DURP). When the Head is absent, the Officer chairs the DURP.\n\nQUALIFICATIONS\n"
            "- at least 3 years of experience.\n")
    assert parse(text).post["committees_chaired"] == 1


def test_a_chair_denied_to_every_advertised_post_is_no_posts_chair():
    text = ("Supply Officer\nGrade: A.2\n\nSUMMARY\nThe stores are governed by the Stores Review Board (SRB), chaired "
            "by the Wing Commander; none of the advertised posts chairs the SRB. The Officer does not chair the Depot "
            "Safety Committee either.\n\nQUALIFICATIONS\n- at least 3 years of experience.\n")
    assert parse(text).post["committees_chaired"] == 0


def test_a_document_sites_page_of_results_is_no_notice_but_a_notice_on_it_is():
    results = ("Search: NATO vacancy\nAbout 310 documents found.\n"
               "Notification of an A grade vacancy\n4 pages · 1,022 views · English\nBrussels, 3 March 2029. Head, "
               "Print Section, Executive Management. Grade A.4. Closing date: 2 April 2029. The Head leads 30 staff.\n"
               "Job Description - Officer, Arms Control (291204) - NATO\n5 pages · 866 views · English\nPrimary "
               "Location Belgium-Brussels Application Deadline 07-Jan-2029 Salary (Pay Basis) 7,412.80 Euro (EUR) "
               "Monthly 1. SUMMARY The Division leads on arms control and the Officer drafts papers for the Council.\n"
               "Employment with NATO agencies in Luxembourg\n12 pages · 1,907 views · English\nNew personnel are "
               "offered an initial contract whose type depends on the post.\n"
               "Avis de vacance - Assistant(e) - Collège de défense\n2 pages · 311 views · Français\nRome, 4 "
               "septembre 2029. Avis de vacance n° 11/2029. Grade B-3. Le Collège recherche un(e) assistant(e).\n")
    assert parse(results).failed
    item = "{title}\n3 pages · 50 views · English\nThe incumbent works in the Section ...\n"
    notice = ("Head, Archives Section - NATO\n4 pages · 812 views · English\nVacancy Number: 290311\n"
              "Title: Head, Archives Section\nGrade: A.4\n\n1. SUMMARY\n" + "The Section keeps the records. " * 40 +
              "\n\n2. QUALIFICATIONS\n- at least 8 years of experience in archives.\n\nSimilar documents\n"
              + "".join(item.format(title=t) for t in ["Officer, Records", "Assistant (Files)", "Clerk (Mail)"]))
    parsed = parse(notice)
    assert not parsed.failed and parsed.post["min_experience_years"] == 8


def test_line_management_of_one_post_whose_title_holds_a_staff_word():
    text = ("Staff Officer (Cyber Policy)\nNATO Grade: G17\n\nPRINCIPAL DUTIES\nThe incumbent drafts policy.\n\n"
            "ESSENTIAL QUALIFICATIONS\n- at least 5 years of experience.\n\nATTRIBUTES\n"
            "Supervisory Responsibilities: Line management of one Staff Assistant.\n")
    assert parse(text).post["direct_reports"] == 1


def test_chairs_listed_as_titles_apart_by_commas_are_all_the_posts():
    text = ("Assistant Secretary General for Logistics\n\nSUMMARY\nThe ASG is the Chair of the Logistics Committee "
            "(LC), the permanent Chair of the Fuel Board, and co-chairs, with a national representative, the Movement "
            "Group.\n\nQUALIFICATIONS\n- at least 15 years of experience.\n")
    assert parse(text).post["committees_chaired"] == 3


def test_the_other_languages_level_after_a_page_break():
    text = ("Officer, Archives\nGrade: A.2\n\nQUALIFICATIONS\n- at least 3 years of experience in archives;\n"
            "- the following minimum levels of NATO's official languages (English/French): IV (\"Upper "
            "Intermediate\") in one;\n\nNATO UNCLASSIFIED\nPage 2 of 5\n\n3 NATO UNCLASSIFIED\n"
            "I (\"Beginner\") in the other.\n")
    post = parse(text).post
    assert (post["lang_level_one"], post["lang_level_other"]) == (4, 1)


def test_a_viewers_short_name_for_the_post_gives_way_to_its_title_labelled_in_full():
    text = ("Budget Officer NCSO 290771\nUploaded 3 pages\n\nNATO UNCLASSIFIED\nPost Title: Budget Officer, Office of "
            "Financial Control\nGrade: NATO Grade G15\nVacancy ref.: 290771\n\n1. SUMMARY\nThe Office keeps the "
            "budget.\n\n2. QUALIFICATIONS\n- at least 4 years of experience in budgeting.\n")
    assert parse(text).post["title"] == "Budget Officer, Office of Financial Control"


def test_a_cables_numbered_posts_with_lettered_labels_and_a_chair_in_capitals():
    text = ("NATO UNCLASSIFIED\nSUBJ: ANNOUNCEMENT OF NATO CIVILIAN VACANCIES - HQ TEST\nRMKS/\n"
            "1. HQ TEST ANNOUNCES THE FOLLOWING VACANCIES. CLOSING DATE FOR RECEIPT OF APPLICATIONS: 9 MAY 2029.\n"
            "2. POST 1:\nA. VACANCY NR: HQT 29-01\nB. TITLE: STAFF OFFICER (PLANS)\nC. GRADE: A-3\n"
            "D. DUTIES: DRAFTS PLANS FOR EXERCISES AND CO-CHAIRS THE EXERCISE PLANNING BOARD WITH THE HOST NATION.\n"
            "E. ESSENTIAL QUALIFICATIONS: MINIMUM 6 YEARS EXPERIENCE IN OPERATIONAL PLANNING.\n"
            "3. POST 2:\nA. VACANCY NR: HQT 29-02\nB. TITLE: ASSISTANT (REGISTRY)\nC. GRADE: B-3\n"
            "D. DUTIES: KEEPS THE REGISTRY AND SERVES AS SECRETARY TO THE LOCAL RECORDS REVIEW BOARD.\n"
            "E. ESSENTIAL QUALIFICATIONS: MINIMUM 3 YEARS EXPERIENCE IN REGISTRY WORK.\n"
            "4. CONDITIONS (ALL POSTS): AN INITIAL CONTRACT OF 3 YEARS.\n")
    assert [(p["reference"], p["title"], p["min_experience_years"], p["committees_chaired"]) for p in _posts(text)] == [
        ("HQT 29-01", "STAFF OFFICER (PLANS)", 6, 1), ("HQT 29-02", "ASSISTANT (REGISTRY)", 3, 0)]


def test_pay_with_its_punctuation_stripped_and_no_thousands_separator():
    for pay in ("Salary Pay Basis 8412 35 Euro EUR Monthly", "Salary Pay Basis\n8412 35Euro EUR MonthlyGrade A 3"):
        text = f"Officer Archives 290101\nPrimary Location Belgium-Brussels\n{pay}\n\nSUMMARY\nThe Officer files.\n"
        assert parse(text).post["salary_eur_monthly"] == 8412.35


def test_chairing_the_committee_named_before_by_that_noun():
    text = ("Staff Officer (Budget)\nNATO Grade: G17\n\nPRINCIPAL DUTIES\na. Acting as secretary of the Budget Review "
            "Working Group (Funds), and chairing that Working Group when the Branch Head is away.\n\n"
            "ESSENTIAL QUALIFICATIONS\n- at least 5 years of experience.\n")
    assert parse(text).post["committees_chaired"] == 1


def test_a_title_naming_an_associate_and_headings_addressed_to_the_reader(tmp_path):
    page = ("Careers board\n\nNATO Innovation Fund\nPortfolio Associate\nAmsterdam · Full-time\n\nAbout the role\n"
            "We are looking for a Portfolio Associate to join our team. You will lead the platform team of about 7 "
            "legal, finance and talent staff.\n\nWhat we're looking for\n- 4+ years of experience in venture "
            "capital.\n\n"
            "## Competencies we assess\n- Achievement: Sets own goals\n- Teamwork: Cooperates\n\n## Why NATO?\n"
            "- A tax-free salary.\n- Work that matters: security for all.\n")
    post = parse(page).post
    assert (post["title"], post["staff_led"], post["competency_count"]) == ("Portfolio Associate", 7, 2)


def test_an_article_naming_no_post_that_quotes_a_notices_lines_is_no_notice():
    article = ("# Five things to know before applying to NATO\n\n*Posted on 2 February 2029 by Tom Reyes · 6 min read*"
               "\n\n## 1. Know the grades\nPosts run from G1 to G25; G17 is about EUR 8,000 a month.\n\n"
               "## 2. Count your years\nMost notices ask for at least 10 years of professional experience.\n\n"
               "## 3. Prepare for the competencies\nMost notices list competencies such as \"Teamwork: Solicits "
               "inputs\". The levels asked are written as V (\"Advanced\") in one; III (\"Intermediate\") in the "
               "other.\n\n## 4. A typical header\n> Primary Location: Belgium-Brussels\n> Application Deadline: "
               "4-May-2029\n"
               "> Salary (Pay Basis): 8,015.40 Euro (EUR) Monthly\n> Grade: NATO Grade G17\n\nLeave a comment below.\n")
    assert parse(article).failed
    repost = ("Senior Officer, Energy Security\n\n*Posted on 2 February 2029 by Tom Reyes*\n\nPrimary Location: "
              "Belgium-Brussels\nNATO Body: NATO International Staff\nApplication Deadline: 4-May-2029\n"
              "Grade: NATO Grade G17\n\nSUMMARY\nThe Senior Officer drafts energy policy.\n\n"
              "QUALIFICATIONS\n- at least 7 years of experience in energy policy.\n\nLeave a comment below.\n")
    assert parse(repost).post["min_experience_years"] == 7


def test_one_title_at_two_grades_said_of_its_posts_with_a_section_for_each_grade():
    text = ("Vacancy Notice – 2 posts\nProcurement Officer (Fuel)\nPost N° PF-101 (A-2) and Post N° PF-102 (A-3) / "
            "Ref. No 2029_00101\nClosing date: 4 June 2029\nBasic monthly salary: A-2 post: 6,900.10 EUR; A-3 post: "
            "8,600.20 EUR\n\nThe Agency recruits two posts with the same title at two different grades.\n\n"
            "SUMMARY\nThe Branch buys fuel. The A-3 incumbent also leads a team of four buyers.\n\n"
            "ESSENTIAL QUALIFICATIONS – A-2 POST\n- at least 3 years of experience in procurement.\n\n"
            "ESSENTIAL QUALIFICATIONS – A-3 POST\n- at least 6 years of experience in procurement.\n\n"
            "CONTRACT\nAn initial contract of three years.\n")
    assert [(p["grade_code"], p["salary_eur_monthly"], p["min_experience_years"], p["staff_led"])
            for p in _posts(text)] == [("A2", 6900.1, 3, None), ("A3", 8600.2, 6, 4)]


def test_duties_by_position_letter_and_requirements_headed_for_each_position():
    text = ("Officer (Plans); Assistant (Registry)-290404\nApplication Deadline 03-May-2029\n\n"
            "POSITIONS ADVERTISED UNDER THIS VACANCY:\n  A. Officer (Plans) - GRADE: A-2/G-15\n"
            "  B. Assistant (Registry) - GRADE: B-3/G-8\n\nPlease state which position(s) you apply for.\n\n"
            "1. Post Context.\nThe Division plans exercises.\n\n2. Principal Duties.\n"
            "Position A: drafts plans and chairs the Plans Working Group.\nPosition B: keeps the registry.\n\n"
            "3. Requirements for position A:\na. At least 5 years of experience in planning;\n\n"
            "4. Requirements for position B:\na. At least 2 years of experience in registry work;\n\n"
            "5. Remarks.\nA contract of three years.\n")
    assert [(p["title"], p["min_experience_years"], p["committees_chaired"]) for p in _posts(text)] == [
        ("Officer (Plans)", 5, 1), ("Assistant (Registry)", 2, None)]


def test_positions_listed_inside_a_sentence_each_with_its_grade_in_brackets():
    text = ("Budget Analyst and Deputy Head, Budget Section-291902Primary LocationBelgium-BrusselsApplication Deadline"
            "09-Nov-2029, 11:59:00 PMDescription:Through this recruitment we aim to hire two candidates for the "
            "following positions: Budget Analyst (G15) (FIN0231) and Deputy Head, Budget Section (G20) (FIN0204). "
            "The Section keeps the budget.\n")
    assert [(p["title"], p["nato_grade"]) for p in _posts(text)] == [
        ("Budget Analyst", "G15"), ("Deputy Head, Budget Section", "G20")]


def test_competencies_named_in_a_comma_list_with_descriptors_or_glued():
    for line, n in (("Required competencies: Achievement, Analytical Thinking, Initiative and Teamwork.", 4),
                    ("4. Achievement: Works to meet standards, Flexibility: Acts flexibly, Teamwork: Cooperates.", 3),
                    ("The incumbent must demonstrate:Achievement: Sets goalsInitiative: Plans aheadTeamwork: "
                     "Cooperates", 3)):
        text = ("Officer, Archives\nGrade: A.2\n\nQUALIFICATIONS\n- at least 3 years of experience.\n\n"
                f"COMPETENCIES\n{line}\n\nCONTRACT\nThree years.\n")
        assert parse(text).post["competency_count"] == n, line


def test_applications_accepted_until_a_date_and_a_boards_apply_before_facet():
    text = ("Technician (Cooling)\nGrade: B-4\n\nQUALIFICATIONS\n- at least 4 years of experience.\n\nHOW TO APPLY\n"
            "Applications will only be accepted via the NATO Talent Acquisition Platform until 9 May 2029, 23:59 "
            "hrs.\n")
    assert parse(text).post["deadline"] == dt.date(2029, 5, 9)
    board = ("Officer (Plans)\nNATO\nReport This Job\nPosted on: 3 days ago\nApply Before: 28-05-2029\n"
             "Job Summary\nPost Title: Officer (Plans)\nClosing Date: 18 May 2029\n\nSUMMARY\nThe Officer plans.\n")
    assert parse(board).post["deadline"] == dt.date(2029, 5, 18)


def test_a_grade_said_in_prose_of_the_post_and_a_document_sites_download_button():
    text = ("Assistant (Stores)\n\n1. GENERAL: Applications are invited for the post of Assistant (Stores), a B-3 post "
            "in the Supply Squadron.\n\n2. QUALIFICATIONS\n- at least 3 years of experience in stores.\n")
    assert parse(text).post["grade_code"] == "B3"
    viewer = ('Head, Fuel Section (291873) - NATO\n\nSize: px\nStart display at page:\n\nDownload "Head, Fuel Section '
              '(291873) - NATO"\n\nTranscription\n\nJob Description - Head, Fuel Section (291873)\nPrimary Location '
              'Belgium-Brussels\n\n1. SUMMARY\nThe Section buys fuel.\n')
    assert parse(viewer).post["title"] == "Head, Fuel Section"


def test_an_expired_listing_keeping_only_its_title_and_a_list_of_other_jobs_is_no_notice(tmp_path):
    page = ("<html><head><title>Head, Media Section - job no longer available</title></head><body><main>"
            "<h1>Head, Media Section</h1><p>North Atlantic Treaty Organization (NATO) · Brussels, Belgium</p>"
            "<p>This job is no longer available. The employer has closed this vacancy. Below are similar jobs.</p>"
            "</main><aside><h2>Similar jobs</h2><ul><li>Director, Acquisition · NCIA · A.7 · Deadline: 12 May 2029</li>"
            "<li>Chief of Staff · NSPA · A.6 · Deadline: 28 May 2029</li></ul></aside></body></html>")
    (tmp_path / "gone.html").write_text(page, encoding="utf-8")
    assert parse_document(read_document(tmp_path / "gone.html")).failed


def test_blocks_opened_by_bare_vacancy_numbers_that_a_plural_label_lists():
    text = ("Agency Careers\n\nVacancy numbers: 29/301 (Fuel Planner); 29/302 (Fuel Clerk)\n"
            "Application deadline: 31.05.2029\n\nThe Branch is recruiting for two posts.\n\n"
            "----------\n29/301 - Fuel Planner - Grade A-2\n----------\nThe incumbent plans supply.\n"
            "- Minimum 5 years of experience in fuel logistics.\n\n"
            "----------\n29/302 - Fuel Clerk - Grade B-3\n----------\nThe incumbent keeps records.\n"
            "- Minimum 2 years of experience in administration.\n\nCONTRACT\nThree years.\n")
    assert [(p["title"], p["reference"], p["grade_code"], p["min_experience_years"]) for p in _posts(text)] == [
        ("Fuel Planner", "29/301", "A2", 5), ("Fuel Clerk", "29/302", "B3", 2)]


def test_the_title_said_in_prose_when_no_line_states_it():
    text = ("VACANCY NOTICE\nReference: CMRE/RD/2029/01\nApplication Deadline: 2 June 2029\n\nWe are recruiting one "
            "scientist. The post carries the title Scientist (Ocean Acoustics); it is in the Research Division.\n\n"
            "1. POST CONTEXT\nThe Branch studies sound in the sea.\n")
    assert parse(text).post["title"] == "Scientist (Ocean Acoustics)"


def test_a_stripped_copys_pay_beyond_any_grade_is_left_empty_and_its_grade_before_the_title_trimmed():
    text = ("B3 Assistant Registry Support\nReference 2029_00142\nNATO Grade B3\nBasic monthly salary EUR 412205 tax "
            "free\n\nSUMMARY\nThe Assistant keeps the registry\n")
    post = parse(text).post
    assert (post["title"], post["salary_eur_monthly"]) == ("Assistant Registry Support", None)


def test_a_sites_menu_naming_its_questions_page_and_a_post_that_will_not_be_advertised():
    notice = ("Agency Careers\nVacancies  |  Internships  |  Frequently Asked Questions  |  Log in\n\n"
              "Principal Assistant (Stores)\nRef. No 2029_00288\nGrade: B.5\nApplication deadline: 17.04.2029\n\n"
              "General Qualifications\n  • 4 years' experience in stock management.\n")
    assert not parse(notice).failed
    rotation = ("STAFF NOTICE No. 2029/18\nSubject: reassignment to the post of Head, Stores Section\n\n"
                "Post title: Head, Stores Section\nNATO Grade: G20\n\nBecause this post is filled through the rotation "
                "exercise, it will not be advertised. The incumbent keeps her contract.\n")
    assert parse(rotation).failed


def test_a_sites_trail_of_links_above_the_title_is_furniture(tmp_path):
    text = ("lavoro-annunci.it  >  Offerte di lavoro  >  Napoli  >  Logistica\nSupply Officer, Fuel Depot - NATO - "
            "Napoli\nPubblicato il 11-05-2029 | Tipo di contratto: Tempo pieno\n\nVACANCY NOTICE\n\n1. SUMMARY\n"
            + "The Officer manages the fuel depot of the Command and its stocks, and reports\n" * 6)
    (tmp_path / "trail.txt").write_text(text, encoding="utf-8")
    assert parse_document(read_document(tmp_path / "trail.txt")).post["title"] == "Supply Officer, Fuel Depot"


def test_a_team_led_by_the_incumbent_and_its_size():
    text = ("Senior Engineer (Radar)\nNATO Grade G18\n\nSUMMARY\nThe Radar Engineering Team, led by the incumbent and "
            "composed of 7 engineers and technicians, keeps the radars working.\n\nQUALIFICATIONS\n"
            "- at least 8 years of experience.\n")
    assert parse(text).post["staff_led"] == 7


def test_a_flattened_row_of_division_title_and_grade():
    text = ("NOTIFICATION OF AN \"A\" GRADE VACANCY\nDIVISION TITLE GRADE\nEXECUTIVE MANAGEMENT ARCHIVES AND RECORDS "
            "SECTION Officer, Digital Archives A.2\nVACANCY N° : 290562\n\n1. SUMMARY\nThe Section keeps records.\n")
    post = parse(text).post
    assert (post["title"], post["grade_code"]) == ("Officer, Digital Archives", "A2")


def test_a_salary_scale_with_a_row_per_grade_is_no_notice():
    rows = "".join(f"  G{g}B.{g % 6 + 1}{7000 + 300 * g:,}.00{7200 + 300 * g:,}.00\n" for g in range(5, 15))
    text = ("Salary scales - Luxembourg - NATO civilian staff | Careers\nVacancies | How to apply | Salaries | FAQ\n"
            "Basic salary scales - Luxembourg\nApplicable from 1 January 2029. Amounts in euro (EUR), monthly basic "
            "salary, before deductions.\nEvery post is placed on one of the NATO Grades; staff are recruited at step 1 "
            "of the grade of their post.\n  NATO GradeFormer gradeStep 1Step 2\n" + rows +
            "How to read the table\nExample: an Officer post advertised at NATO Grade G15 starts at the step 1 amount. "
            "Head of Section posts are normally graded G20 or G22. The grade of each post is stated in its vacancy "
            "notice.\n")
    assert parse(text).failed


def test_the_french_vacancy_notice_number_label_in_full():
    for head in ("Numéro de l'avis de vacance\n290731\n", "Numéro de l'avis de vacance : 290731\n"):
        text = f"Analyste (Expérimentation)\n{head}\n1. SUMMARY\nThe Analyst plans trials.\n"
        assert parse(text).post["reference"] == "290731"


def test_a_page_title_whose_last_word_is_a_label_before_its_bar():
    text = ("Officer, Logistics Division | NATO | Brussels\nJob board · Posted 03 Mar 2029 · 47 applicants\n"
            "Officer, Logistics Division-290356 Primary Location Belgium-Brussels NATO Body NATO International Staff "
            "(NATO IS) Application Deadline 30-Mar-2029\n\n1. SUMMARY\nThe Division plans logistics.\n")
    post = parse(text).post
    assert (post["title"], post["reference"]) == ("Officer, Logistics Division", "290356")


def test_a_heading_with_what_is_asked_after_it():
    for heading in ("Qualifications needed", "Requirements sought", "QUALIFICATIONS REQUIRED"):
        text = (f"Analyst (Defence Policy)\nVacancy number: 291204\n\nDuties\nThe Analyst drafts papers.\n\n{heading}\n"
                "Candidates must have at least six years' experience in defence policy. They must have level V in one "
                "official language and II in the other.\n")
        post = parse(text).post
        assert (post["min_experience_years"], post["lang_level_one"], post["lang_level_other"]) == (6, 5, 2), heading


def test_an_aside_after_applications_listing_what_they_hold():
    text = (f"{_HEAD}\nHow to apply\nApplications, comprising the application form, a covering letter and two "
            "references, should reach the Recruitment Office no later than 12 June 2029.\n")
    assert parse(text).post["deadline"] == dt.date(2029, 6, 12)


def test_a_heading_in_capitals_after_a_lower_case_letter():
    text = ("Technician (Radio Systems)\nVacancy number: 27-031\n\na. DUTIES: The incumbent maintains the radios.\n"
            "b. ESSENTIAL QUALIFICATIONS:\n(1) Vocational diploma in electronics.\n"
            "(2) At least 5 years' experience in the repair of radio systems.\nc. DESIRABLE QUALIFICATIONS:\n"
            "a. Experience\n(1) Experience with tactical radios.\nb. Language\nFrench - II (\"Elementary\").\n")
    assert [s.key for s in segment(text).sections] == ["header", "essential", "desirable"]  # (not "b. Language")


def test_a_value_in_a_run_of_facets_ends_where_an_unknown_label_starts():
    for sep in (" · ", " | "):
        text = (f"VACANCY ANNOUNCEMENT\n\n**Vacancy ref.:** COE/VA/2029/07{sep}**Position:** Staff Officer (Doctrine)"
                f"{sep}**Establishment code:** COE-DOC-011{sep}**Grade:** G15\n\nDuties\nThe Officer drafts "
                "doctrine.\n")
        post = parse(text).post
        assert (post["title"], post["reference"], post["nato_grade"]) == ("Staff Officer (Doctrine)", "COE/VA/2029/07",
                                                                           "G15"), sep


def test_a_post_number_before_the_title_and_a_dash():
    text = ("Post No. ABC 0412 – Budget Officer (Programmes)\nNATO Grade: G15\nVacancy number: 290118\n\n"
            "Responsibilities\n- Prepares the budget.\n")
    assert parse(text).post["title"] == "Budget Officer (Programmes)"


def test_a_press_release_announcing_an_appointment_is_no_notice():
    text = ("NATO\nNew Head of the NATO Energy Security Unit appointed\nPress Release (2029) 041 | Issued on 3 Mar. "
            "2029\n"
            "The Secretary General today announced the appointment of Mr Tomas Rieke as Head of the Energy Security "
            "Unit, following an open competition. Mr Rieke will lead a team of 12 staff and will chair the Energy "
            "Security Working Group. The post was advertised at NATO Grade G20 (vacancy 290012).\n"
            "Mr Rieke holds a doctorate in economics and has fifteen years of experience in energy policy.\n")
    assert parse(text).failed


def test_a_webmail_window_title_is_no_title():
    subject = "Vacancy 290231 - Budget Officer (Programmes) - closing 4 May 2029"
    text = (f"Outlook - Fwd: {subject}\n\nFrom: HR <hr@example.org>\nSubject: {subject}\n\n"
            "> Budget Officer (Programmes)\n> Vacancy number: 290231\n> Grade: NATO Grade G15\n>\n> SUMMARY\n"
            "> The Officer prepares the budget.\n")
    assert parse(text).post["title"] == "Budget Officer (Programmes)"


def test_a_team_size_then_its_members_set_off_by_dashes():
    text = ("Head, Policy Unit\nVacancy number: 290415\n\nSUMMARY\nThe Head leads a team of four – three Policy "
            "Officers and one Assistant – all of whom report directly to the Head.\n")
    post = parse(text).post
    assert (post["staff_led"], post["direct_reports"]) == (4, 4)


def test_the_post_a_deputy_stands_in_for_chairs_its_own_committees():
    text = ("Deputy Director, Logistics Directorate\nVacancy number: 290777\n\nSUMMARY\nThe Director manages the "
            "Directorate and chairs the Logistics Board. The Deputy Director chairs the Movements Working Group.\n")
    assert parse(text).post["committees_chaired"] == 1


def test_a_list_of_posts_counted_in_brackets_before_it_reports():
    text = ("Head, Finance Office\nVacancy number: 290918\n\nSUMMARY\nThe Deputy Head and the Heads of the Payments "
            "and Audit Sections (three in total) report directly to the incumbent.\n")
    assert parse(text).post["direct_reports"] == 3


def test_the_closing_date_for_applications_at_the_headquarters():
    text = ("HEAD, CODIFICATION SECTION\n1. NATO HAS ANNOUNCED THE FOLLOWING VACANCY, NATO VACANCY NUMBER 890233. "
            "CLOSING DATE FOR\nRECEIPT OF APPLICATIONS AT NATO HEADQUARTERS IS 14 MARCH 1989.\n2. DUTIES: DIRECTS A "
            "SECTION.\n")
    assert parse(text).post["deadline"] == dt.date(1989, 3, 14)


def test_a_board_s_similar_jobs_in_its_own_language_after_a_notice_in_one_paragraph():
    body = ("Organisation Summary The Command plans air operations. Main Responsibilities Advises the Commander on "
            "budgets and chairs the Budget Review Board. " * 8 + "Essential Qualifications A minimum of 7 years of "
            "experience in financial management. Vacancy details: Requisition 290377 | Application deadline: "
            "12 May 2029.")
    for similar in ("Offerte simili", "Mehr Jobs wie dieser"):  # (a heading the table holds, and one it does not)
        text = (f"Budget Officer (Air Operations)\nNATO - Allied Air Command\nVollzeit\n{body}\n{similar}\n"
                "Finance Officer - Uedem - vor 1 Woche\nAccountant (m/w/d) - Kalkar - vor 2 Wochen\n"
                "Budget Assistant - Ramstein - vor 3 Tagen\n")
        post = parse(text).post
        assert (post["title"], post["reference"], post["min_experience_years"]) == (
            "Budget Officer (Air Operations)", "290377", 7), similar


def test_a_social_media_post_pointing_to_the_notice_elsewhere_is_no_notice():
    text = ("Ines Varga on LinkedIn: We are hiring! Analyst, Resource Planning\nInes Varga - 2nd\n2d - Public\n"
            "We are hiring!\nWe are looking for an Analyst, Resource Planning (G15) to join our team in Mons.\n"
            "A few things the vacancy notice will not tell you: the team is small and the work varies.\n"
            "The notice asks for about 3 years of experience. The full notice, with how to apply, is on the careers "
            "site (link in the first comment).\n#hiring #nato #planning\nComments\nInes Varga (Author) - 2d\n"
            "Link: careers.example.int/vacancy/analyst\nLoad more comments\n")
    assert parse(text).failed


def test_a_post_called_a_grade_role_in_prose():
    text = ("Programme Officer (Innovation)\nVacancy number: 290611\n\nAbout the role\nThis is a G15 role on the NATO "
            "civilian grade scale, with a tax-free salary.\n\nDuties\nThe Officer runs calls for proposals.\n")
    assert parse(text).post["nato_grade"] == "G15"


def test_deadlines_said_in_how_to_apply_and_in_a_banner():
    for said in ("Please submit your application through the Careers Portal (NCP) by 23:59 Central European Time on "
                 "Friday, 9 March 2029.",
                 "We will consider applications received before 23:59 (Rome time) on Friday 9 March 2029.",
                 "Applications for this post close on 9 March 2029 at noon."):
        text = f"{_HEAD}\nHow to apply\n{said}\n"
        assert parse(text).post["deadline"] == dt.date(2029, 3, 9), said


def test_a_deadline_banner_outside_the_notice_s_block(tmp_path):
    page = ("<html><body><div id='top'><a href='/a'>Jobs</a> | <a href='/b'>Help</a></div>"
            "<div class='note' role='alert'><strong>Important:</strong> Applications for this position close on 9 "
            "March 2029 at 23:59 (CET).</div><div id='job'><h1>Job Description</h1><h2>Budget Assistant-290377</h2>"
            "<h3>Post Context</h3><p>The Office manages the budget.</p><h3>Principal Duties</h3><p>The incumbent "
            "prepares payments.</p><h3>Essential Qualifications</h3><p>At least 4 years of experience.</p></div>"
            "</body></html>")
    assert _html(tmp_path, page).post["deadline"] == dt.date(2029, 3, 9)


def test_a_heading_after_the_page_number_of_a_document_site_s_transcription():
    text = ("VACANCY NOTICE Engineer (Acoustics) Grade A-3\nTranscription\n1 NATO CENTRE VACANCY NOTICE Vacancy "
            "Number: CTR 29-07 Post Title: Engineer (Acoustics) Grade: A-3\n2 BACKGROUND The Centre does research.\n"
            "DUTIES The Engineer runs sea trials.\n"
            "3 QUALIFICATIONS Essential: a degree in physics; at least 6 years of professional experience in "
            "underwater acoustics, including 2 years leading teams. Desirable: a doctorate.\n")
    post = parse(text).post
    assert (post["min_experience_years"], post["min_management_years"]) == (6, 2)


def test_a_flattened_header_s_word_given_no_value_is_the_value_s_last_word():
    text = ("1 NATO CENTRE Vacancy Number: CTR 29-08 Post Title: Chief, Acoustics and Sonar Division Grade: A-5 "
            "Closing date: 3 March 2029\n\nDUTIES\nThe Chief directs the Division.\n")
    assert parse(text).post["title"] == "Chief, Acoustics and Sonar Division"


def test_posts_in_numbered_parts_of_a_section():
    text = ("VACANCY NOTICE - TWO POSTS\nVacancy ref.: 290731\nApplication Deadline: 30 June 2029\n"
            "1. POSTS ADVERTISED\n1.1 Post 1 - Analyst (Ocean Modelling)\nPost number: RD-OM-0110\nGrade: NATO Grade "
            "G15\nEssential requirements (Post 1):\n- at least 3 years of experience in ocean modelling;\n"
            "1.2 Post 2 - Head, Data Services Section\nPost number: RD-DS-0010\nGrade: NATO Grade G20\n"
            "Essential requirements (Post 2):\n"
            "- at least 9 years of experience in data services, including 3 years managing teams;\n")
    posts = _posts(text)
    assert [(p["title"], p["nato_grade"], p["min_experience_years"]) for p in posts] == [
        ("Analyst (Ocean Modelling)", "G15", 3), ("Head, Data Services Section", "G20", 9)]


_TWO_POSITIONS = ("VACANCY NOTICE\nNATO Body: NATO Centre\nApplication Deadline: 18 March 2029\n\n"
                  "POSITION 1 - Reference 291302\nTitle: Analyst (Sonar Data)\nGrade: NATO Grade G15\n"
                  "Salary (Pay Basis): 5,902.40 EUR (Monthly)\n\nPOSITION 2 - Reference 291303\n"
                  "Title: Head, Trials Planning Section\nGrade: NATO Grade G20\nSalary (Pay Basis): 8,811.05 EUR "
                  "(Monthly)\n\nQUALIFICATIONS SHARED BY BOTH POSITIONS\n- possess the following minimum levels of "
                  "NATO's official languages: V (\"Advanced\") in one; II (\"Elementary\") in the other;\n\n"
                  "POSITION 1 - ANALYST (SONAR DATA)\nPrincipal duties: analyses sonar data.\nEssential "
                  "qualifications:\n- at least 2 years of experience in data analysis;\n\n"
                  "POSITION 2 - HEAD, TRIALS PLANNING SECTION\nPrincipal duties: leads the Section.\nEssential "
                  "qualifications:\n- at least 10 years of experience in sea trials;\n")


def test_each_position_s_header_fields_under_its_number_and_a_heading_shared_by_both():
    posts = [p.post for p in expand(parse(_TWO_POSITIONS))]
    assert [(p["reference"], p["nato_grade"], p["salary_eur_monthly"], p["min_experience_years"],
             p["lang_level_one"], p["lang_level_other"]) for p in posts] == [
        ("291302", "G15", 5902.40, 2, 5, 2), ("291303", "G20", 8811.05, 10, 5, 2)]


def test_a_block_s_duties_introduced_after_its_number_are_no_title():
    text = ("STAFF VACANCY 291187\nPOST A\nTITLE: Staff Officer (Exercise Design)\nGRADE: A-2/G-15\n\nPOST B\n"
            "TITLE: Assistant (Exercise Support)\nGRADE: B-3/G-8\n\n1. PRINCIPAL DUTIES\n"
            "Post A - the Staff Officer (Exercise Design) will:\na. design exercises.\n"
            "Post B - the Assistant (Exercise Support) will:\na. book rooms.\n")
    assert [p.post["title"] for p in expand(parse(text))] == ["Staff Officer (Exercise Design)",
                                                              "Assistant (Exercise Support)"]


def test_a_row_of_labels_then_a_row_of_values_apart_by_wide_gaps():
    text = ("NATO SUPPORT AGENCY\nVACANCY NOTICE\n\nVacancy Ref.   Post N°   NATO Grade   Closing Date\n"
            "2029_00512   LM-311   G15 (A.2)   9 April 2029\n\nJob Title   Location   Contract\n"
            "Officer (Fuel Logistics)   Capellen (LU)   3 years, renewable\n\n1. DUTIES\nThe Officer buys fuel.\n")
    post = parse(text).post
    assert (post["title"], post["reference"], post["nato_grade"], post["deadline"]) == (
        "Officer (Fuel Logistics)", "2029_00512", "G15", dt.date(2029, 4, 9))


def test_utf8_once_read_as_cp1252_is_mended(tmp_path):
    path = tmp_path / "notice.txt"
    path.write_text("Head, Archives Section\nVacancy number: 291088\n\nQUALIFICATIONS\nThe incumbentâ€™s profile:\n"
                    "â€¢ at least 7 years of experience in records management, including 2 years managing staff;\n",
                    encoding="utf-8")
    doc = read_document(path, tmp_path)
    post = parse_document(doc).post
    assert "incumbent’s" in doc.text and (post["min_experience_years"], post["min_management_years"]) == (7, 2)


def test_a_proficiency_level_said_with_its_number_is_that_level():
    text = _essential("have NATO language proficiency level 4 (Upper Intermediate) in one official language and "
                      "level 1 (Beginner) in the other.")
    post = parse(text).post
    assert (post["lang_level_one"], post["lang_level_other"]) == (4, 1)


def test_a_sentence_naming_a_clearance_is_no_page_marking():
    text = ("VACANCY NOTICE\nVacancy Reference: 291412\nJob Title: Senior Engineer (Sonar Arrays)\nAppointment will be "
            "subject to receipt of a NATO SECRET security clearance\n(provided by the national authorities) and "
            "approval of the\ncandidate's medical file by the Medical Adviser.\n1. POST CONTEXT\nThe Centre does "
            "research.\n")
    assert parse(text).post["title"] == "Senior Engineer (Sonar Arrays)"


def test_competency_items_apart_by_slashes():
    text = ("Director, Crisis Management\nVacancy number: 291505\n\n5. COMPETENCIES\nAchievement: Sets and works to "
            "meet challenging goals / Change Leadership: Champions change / Initiative: Plans and acts for the long "
            "term / Teamwork: Solicits inputs and encourages others.\n\n6. CONTRACT\nThree years.\n")
    assert parse(text).post["competency_count"] == 4
    both = ("Officer, Planning\nVacancy number: 291506\n\n5. COMPÉTENCES / COMPETENCIES\n- Recherche de "
            "l'excellence : se fixe ses propres critères d'excellence / Achievement: Creates own measures of "
            "excellence;\n- Travail en équipe : coopère / Teamwork: Cooperates and shares information.\n\n"
            "6. CONTRACT\nThree years.\n")
    assert parse(both).post["competency_count"] == 2  # (a name and its translation on one line: one competency)


def test_a_page_laid_out_in_nested_tables(tmp_path):
    page = ("<html><body><table><tr><td><table><tr><td>Post Title</td><td>Engineer (Sonar)</td></tr><tr><td>Vacancy "
            "Reference</td><td>CTR-29-04</td></tr></table></td></tr><tr><td><h3>1. POST CONTEXT</h3><p>The Centre does "
            "research.</p></td></tr><tr><td><h3>2. COMPETENCIES</h3><table><tr><th>Competency</th><th>Level</th></tr>"
            "<tr><td>Achievement</td><td>Sets and works to meet challenging goals</td></tr><tr><td>Initiative</td>"
            "<td>Is decisive in a time-sensitive situation</td></tr></table></td></tr><tr><td><h3>3. CONTRACT</h3><p>"
            "Three years.</p></td></tr></table></body></html>")
    post = _html(tmp_path, page).post
    assert (post["title"], post["reference"], post["competency_count"]) == ("Engineer (Sonar)", "CTR-29-04", 2)


def test_a_filled_post_in_a_clause_of_time_is_no_filled_vacancy():
    text = ("Head, Executive Office\nVacancy number: 291065\n\n1. SUMMARY\nThe Head runs the front office and, until "
            "the post of Deputy Director is filled, is the acting Chair of the Policy Board.\n\n2. QUALIFICATIONS\n"
            "- at least 10 years of experience.\n")
    parsed = parse(text)
    assert not parsed.failed and parsed.post["committees_chaired"] == 1


def test_noun_roles_listed_under_an_intro_of_the_post():
    text = ("Assistant Secretary General for Resilience\nVacancy number: 291190\n\n3. ACCOUNTABILITIES\nThe ASG leads "
            "the Division. In particular, the incumbent is:\n- the Chair of the Civil Protection Committee (CPC);\n"
            "- the permanent Chair of the Energy Planning Group (EPG);\n\nThe Chair of the Military Committee is the "
            "senior military officer.\n")
    rows = parse(text).rows["committees"]
    assert [(r["committee"], r["role"]) for r in rows if r["chairs"]] == [
        ("Civil Protection Committee", "chair"), ("Energy Planning Group", "permanent_chair")]


def test_a_post_s_family_is_never_read_inside_its_brackets():
    text = "Secretary (Office of the Director, Defence Planning)\nVacancy number: 291031\n\nSUMMARY\nThe office.\n"
    assert parse(text).post["post_family"] is None


def test_a_title_label_joined_by_an_ampersand_onto_the_next_line():
    text = ("STAFF VACANCY 291318\n\nTITLE:    Staff Officer (Training) (2 posts) &\n          Senior Assistant "
            "(Training Support) (1 post)\n\nClosing date for applications: 19 April 2029.\n\n1. Post Context.\nThe "
            "Branch trains staff.\n")
    assert [p.post["title"] for p in expand(parse(text))] == ["Staff Officer (Training)",
                                                              "Senior Assistant (Training Support)"]


def test_a_count_of_vacancies_after_a_dash_is_no_part_of_the_title():
    assert bare("Assistant, Registry - 1 vacancy")[0] == "Assistant, Registry"
    assert bare("Clerk (Mail) – 2 positions")[0] == "Clerk (Mail)"


def test_a_renewal_s_further_period_is_not_the_first_contract():
    text = ("Head, Planning Section\nVacancy number: 291701\n\n5. CONTRACT\nThe successful candidate will be offered a "
            "4-year definite duration contract, which may be renewed for a further period of 2 years.\n")
    assert parse(text).post["contract_years"] == 4


def test_a_footnote_s_mark_after_the_title():
    assert bare("Head, Fuel Quality Section²")[0] == "Head, Fuel Quality Section"


def test_levels_in_a_table_of_first_and_second_official_languages():
    text = _essential("possess the following minimum levels in NATO's official languages:\n"
                      "| First official language (English or French) | IV - Upper Intermediate |\n"
                      "| Second official language | I - Beginner |")
    post = parse(text).post
    assert (post["lang_level_one"], post["lang_level_other"]) == (4, 1)


def test_block_titles_before_their_intro_sentence_and_each_post_s_header_row():
    text = ("NOTIFICATION OF VACANCIES\n\nPOST 1   VACANCY No: 291905   TITLE: Reviser (German)   GRADE: L.3 / NATO "
            "Grade G18\nPOST 2   VACANCY No: 291906   TITLE: Assistant, German Section   GRADE: B.3 / NATO Grade G8\n\n"
            "CLOSING DATE FOR APPLICATIONS: 22 May 2029\n\n1. SUMMARY (both posts)\nThe Section translates texts.\n\n"
            "2. QUALIFICATIONS AND EXPERIENCE\nPost 1 - Reviser (German). The incumbent must:\n- hold a degree in "
            "translation;\n- have at least 7 years of experience in translation;\n- revise the work of others;\n"
            "Post 2 - Assistant, German Section. The incumbent must:\n- hold a secondary school diploma;\n- have at "
            "least 4 years of experience in office work;\n- know office software;\n")
    posts = _posts(text)
    assert [(p["title"], p["reference"], p["nato_grade"], p["min_experience_years"]) for p in posts] == [
        ("Reviser (German)", "291905", "G18", 7), ("Assistant, German Section", "291906", "G8", 4)]


def test_a_block_title_with_its_grade_and_pay_after_dashes():
    assert bare("Officer, Civil Planning – Grade A.2 / NATO Grade G15 – Salary (Pay Basis): 6,087.91 Euro (EUR) "
                "Monthly")[0] == "Officer, Civil Planning"
    assert bare("Archives Assistant** - Grade B.3 - Basic monthly salary: 3 987,20 EUR")[0] == "Archives Assistant"


def test_a_closed_posting_whose_description_was_removed_is_no_notice():
    text = ("Officer, Nuclear Policy (2 posts)\n- Belgium-Brussels\n- 291155 Requisition #\n- NATO International Staff "
            "(NATO IS)\n- Grade A.2 / NATO Grade G15\nThis job is no longer accepting applications\nThe application "
            "period ended and the vacancy notice has been removed from public view.\nSee all open jobs\n")
    assert parse(text).failed


def test_a_post_number_labelled_in_brackets_after_the_title():
    assert bare("Director, Academic Division (Post No. NDC ACD 0010)")[0] == "Director, Academic Division"
    assert bare("Officer (Post Office)")[0] == "Officer (Post Office)"  # (a bracket naming the office, no number)


def test_a_stopped_heading_after_a_document_site_s_page_number():
    text = ("Director, Academic Division\nVacancy: NDC/VN/2029/04\n\n1. Summary. The Division teaches.\n\n"
            "2. Main duties. The Director:\na. sets the curriculum;\nb. leads the faculty.\n\n"
            "2 3. Essential qualifications. Candidates must:\n- have at least 12 years' experience in higher "
            "education, including 5 years managing academic staff;\n")
    post = parse(text).post
    assert (post["min_experience_years"], post["min_management_years"]) == (12, 5)


def test_a_job_alert_s_e_mail_listing_matching_vacancies_is_no_notice():
    text = ("From: NATO Careers <alerts@careers.example.int>\nSubject: Your job alert \"Finance - Mons\" is active\n\n"
            "Dear Mr Verhoef,\n\nThank you for subscribing to job alerts on the careers portal. Here are the vacancies "
            "currently open that match your alert:\n\n  Budget Officer (291044)\n  Grade: NATO Grade G15  Application "
            "Deadline: 08-Apr-2029\n  Senior Assistant, Payments (291051)\n  Grade: NATO Grade G10  Application "
            "Deadline: 15-Apr-2029\n\nPlease read the full vacancy notice before applying.\n")
    assert parse(text).failed


def test_a_number_restated_in_brackets_after_a_line_break_is_no_list_item():
    text = ("Principal Scientist, Underwater Acoustics\nVacancy: 291207\n\nESSENTIAL QUALIFICATIONS\n- at least seven\n"
            "(7) years of research experience in acoustics;\n\nCONTRACT\nThe selected candidate will be offered a "
            "first contract of thirty-six\n(36) months, which may be renewed.\n")
    post = parse(text).post
    assert (post["min_experience_years"], post["contract_years"]) == (7, 3)
    text = "Officer, Exercises\n\nESSENTIAL QUALIFICATIONS\n(1) planning experience;\n(2) years of service abroad;\n"
    assert [ln.text for ln in segment(text).sections[1].lines if ln.text] == [
        "planning experience;", "years of service abroad;"]  # (items: no number said before the bracket)


def test_a_run_in_heading_whose_text_wraps_onto_the_next_lines_keeps_its_section():
    text = ("Staff Officer (Plans)\nVacancy: 291231\n\n4. Desirable.\na. A NATO staff course.\n\n5. Competencies. The "
            "incumbent must demonstrate: Analytical Thinking\n(Sees relationships); Teamwork (Shares information); "
            "Initiative (Acts\nahead of time).\n\n6. Contract. The successful candidate will be offered a contract of\n"
            "four years.\n")
    assert [s.key for s in segment(text).sections] == ["header", "desirable", "competencies", "contract"]
    assert (parse(text).post["competency_count"], parse(text).post["contract_years"]) == (3, 4)


def test_a_site_s_language_switcher_opens_no_languages_section():
    text = ("NSPA - Careers\nLanguage: EN | FR\n\nHead, Treasury Branch\nGrade: NATO Grade G20\n\nSummary of the post\n"
            "The Head leads the Treasury Branch, a team of some 12 staff.\n\nQualifications\n- at least ten years of "
            "experience in treasury management;\n")
    assert [s.key for s in segment(text).sections] == ["header", "summary", "qualifications"]
    assert parse(text).post["staff_led"] == 12


def test_direct_reports_named_after_whose_they_are():
    def reports(sentence: str) -> int | None:
        return parse(f"Head, Budget Branch\nVacancy: 291240\n\nSUMMARY\n{sentence}\n").post["direct_reports"]
    assert reports("The Controller's direct reports are the Deputy Controller and the two Section Heads.") == 3
    assert reports("The direct reports of the Director will be the four Heads of Branch.") == 4
    assert reports("The direct reports will be confirmed on arrival.") is None
    text = ("Director, Budget\nVacancy: 291240\n\nSUMMARY\nThe Director manages approximately 40 staff. The Director's "
            "direct reports are the heads of the Directorate's three branches.\n")
    assert (parse(text).post["staff_led"], parse(text).post["direct_reports"]) == (40, 3)  # (one line holds both)


def test_direct_reports_named_as_the_heads_of_a_unit_s_counted_parts():
    text = ("Director, Plans\nVacancy: 291244\n\nSUMMARY\nThe Director's direct reports are the heads of the "
            "Directorate's five branches.\n")
    assert parse(text).post["direct_reports"] == 5


def test_a_numbered_list_run_together_on_one_line_is_cut_at_its_items():
    text = ("Deputy Director (Space Operations Centre)\nVacancy Number: G21/27\n\nESSENTIAL QUALIFICATIONSa. "
            "Professional/Experience1) Twelve years' experience in space operations or related fields.2) Managerial: "
            "Six years' experience leading teams.3) Experience in NATO planning.b. Education/Training\n"
            "DESIRABLE QUALIFICATIONS\nExperience of the NATO Space Centre (see annex 1) Knowledge of orbital "
            "mechanics.\n")
    post = parse(text).post
    assert (post["min_experience_years"], post["min_management_years"]) == (12, 6)
    lines = [ln.text for s in segment(text).sections for ln in s.lines if ln.text]
    assert "Experience of the NATO Space Centre (see annex 1) Knowledge of orbital mechanics." in lines  # (one mark)


def test_a_heading_in_capitals_glued_to_a_lettered_item():
    text = ("Deputy Director (Space Operations Centre)\nVacancy Number: G21/27\n\nDESIRABLE QUALIFICATIONS\n"
            "Experience of space operations (e.g. SSA, PNT).ATTRIBUTES/COMPETENCIESa. Personal AttributesThe incumbent "
            "must be discreet.\n")
    assert [s.key for s in segment(text).sections] == ["header", "desirable", "competencies"]


def test_positions_listed_after_an_intro_sentence_with_their_facts_in_brackets_and_pay_after_a_dash():
    text = ("Officers and Assistant, Hybrid Section (291907)\nApplication Deadline\n14-Sep-2029\n\nDescription:\n"
            "This competition is organised to fill the following two positions. Candidates must say which they wish "
            "to be considered for.\n1. Officer, Hybrid Analysis (Grade A.2 / NATO Grade G15; post SCD-0231) - "
            "6,102.48 Euro (EUR) Monthly\n2. Assistant, Programme Support (Grade B.4 / NATO Grade G10; post SCD-0407) "
            "- 4,488.15 Euro (EUR) Monthly\n\n1. SUMMARY\nThe Section counters hybrid threats.\n\n4. "
            "INTERRELATIONSHIPS\nPosition 1 reports to the Head. Direct reports: 3.\nPosition 2 reports to the Head. "
            "Direct reports: N/A.\n")
    posts = _posts(text)
    assert [(p["title"], p["grade_code"], p["nato_grade"], p["salary_eur_monthly"], p["direct_reports"])
            for p in posts] == [("Officer, Hybrid Analysis", "A2", "G15", 6102.48, 3),
                                ("Assistant, Programme Support", "B4", "G10", 4488.15, None)]


def test_a_post_s_block_opened_by_its_serial_then_a_line_of_its_numbers_then_its_title():
    text = ("NSPA - Vacancies\nVACANCY NOTICE - TWO POSTS\nClosing date (both posts): 12 October 2029.\n\n===\nPOST 1\n"
            "Post N° PB-12 / Ref. No 2029_00417\nSection Head (Fuel Procurement)\nNATO Grade: G20\n\nDuties\n- Manages "
            "the Section.\n- Chairs its review board.\n\nQualifications\n- Minimum 10 years' experience in procurement."
            "\n\n===\nPOST 2\nPost N° PB-16 / Ref. No 2029_00418\nProcurement Officer (Fuel)\nNATO Grade: G15\n\nDuties"
            "\n- Prepares solicitations.\n- Evaluates bids.\n\nQualifications\n- Minimum 5 years' experience in "
            "contracting.\n")
    posts = _posts(text)
    assert [(p["title"], p["reference"], p["nato_grade"], p["min_experience_years"]) for p in posts] == [
        ("Section Head (Fuel Procurement)", "2029_00417", "G20", 10), ("Procurement Officer (Fuel)", "2029_00418",
                                                                        "G15", 5)]


def test_posts_each_named_on_a_line_with_their_facts_in_a_row_of_cells_below():
    text = ("Research Centre - campaign (2 vacancies)\nThe Centre is recruiting for two posts as part of one campaign."
            "\nApplication deadline for both vacancies: 16 November 2029.\n\n1. Research Engineer (Sonar)\nRef. 291502 "
            "| NATO Grade G15 | Salary (Pay Basis): 5,861.09 EUR (Monthly)\nThe Engineer develops sonar software.\n"
            "Essential requirements:\nAt least 2 years of experience in signal processing;\n\n2. Administrative "
            "Assistant (Research)\nRef. 291504 | NATO Grade G8 | Salary (Pay Basis): 3,702.55 EUR (Monthly)\nThe "
            "Assistant supports the office.\nEssential requirements:\nAt least 3 years' experience as an assistant;\n")
    posts = _posts(text)
    assert [(p["title"], p["reference"], p["nato_grade"], p["salary_eur_monthly"], p["min_experience_years"])
            for p in posts] == [("Research Engineer (Sonar)", "291502", "G15", 5861.09, 2),
                                ("Administrative Assistant (Research)", "291504", "G8", 3702.55, 3)]


def test_posts_marked_with_their_vacancy_numbers_and_each_grade_on_the_line_below():
    text = ("VACANCY NOTIFICATION\nApplication Deadline : 05-Jan-2030\n\nThis notice covers two posts.\n\nPOST A - "
            "Interpreter (Italian) - vacancy 291711\nGrade L.2 / NATO Grade G16 - Salary (Pay Basis): 6,643.20 Euro "
            "(EUR) Monthly\nPOST B - Senior Interpreter (Italian) - vacancy 291712\nGrade L.3 / NATO Grade G18 - "
            "Salary (Pay Basis): 8,011.57 Euro (EUR) Monthly\n\n1. SUMMARY\nThe Section interprets meetings.\n")
    posts = _posts(text)
    assert [(p["title"], p["reference"], p["grade_code"], p["nato_grade"], p["salary_eur_monthly"]) for p in posts] \
        == [("Interpreter (Italian)", "291711", "L2", "G16", 6643.2),
            ("Senior Interpreter (Italian)", "291712", "L3", "G18", 8011.57)]


def test_one_title_for_two_posts_each_listed_by_its_post_number_with_its_grade_and_pay():
    text = ("Clerk (Registry)\nApplication Deadline: March 21, 2030\n\nVACANCY NUMBER: 291744\nTITLE: Clerk (Registry) "
            "- 2 posts\nPOSTS AND GRADES:\n  - Post JFC REG 0140: NATO Grade G5 (C-3) - basic monthly salary 3,011.52 "
            "EUR, tax free\n  - Post JFC REG 0162: NATO Grade G6 (C-4) - basic monthly salary 3,299.87 EUR, tax free\n"
            "\n1. POST SUMMARY\nThe Clerks keep the registry.\n")
    posts = _posts(text)
    assert [(p["title"], p["grade_code"], p["nato_grade"], p["salary_eur_monthly"]) for p in posts] == [
        ("Clerk (Registry)", "C3", "G5", 3011.52), ("Clerk (Registry)", "C4", "G6", 3299.87)]


def test_posts_listed_after_a_count_with_each_grade_in_brackets_and_its_vacancy_number_after_a_comma():
    text = ("STAFF VACANCIES 290944 and 290945\n\nThe Division is recruiting for two posts: Staff Officer, Training "
            "(A-3/G-18), vacancy 290944, and Staff Officer, Exercises (A-2/G-15), vacancy 290945.\n\nClosing date for "
            "both vacancies: 5 October 2029.\n\n3. Essential Qualifications.\n(1) 290944: at least 6 years of "
            "experience in military training.\n(2) 290945: at least 3 years of experience in exercise planning.\n")
    posts = _posts(text)
    assert [(p["title"], p["reference"], p["grade_code"], p["nato_grade"], p["min_experience_years"])
            for p in posts] == [("Staff Officer, Training", "290944", "A3", "G18", 6),
                                ("Staff Officer, Exercises", "290945", "A2", "G15", 3)]


def test_pay_per_grade_in_a_table_whose_pay_column_is_named_by_its_currency_under_a_pay_label():
    text = ("# Vacancies\n\n| Post N° | Ref. No | Post Title | Grade |\n|---|---|---|---|\n| LS-0412 | 2029_00718 | "
            "Officer (Fuel) | A.2 |\n| LS-0433 | 2029_00720 | Assistant (Fuel Data) | B.4 |\n\n**Basic monthly salary "
            "(12 times per year), tax free**\n\n| Grade | EUR |\n|---|---|\n| A.2 | 6,702.18 |\n| B.4 | 4,204.77 |\n")
    posts = _posts(text)
    assert [(p["title"], p["salary_eur_monthly"]) for p in posts] == [("Officer (Fuel)", 6702.18),
                                                                      ("Assistant (Fuel Data)", 4204.77)]


def test_the_last_post_s_block_ends_at_a_header_field_the_blocks_do_not_hold():
    text = ("CIVILIAN VACANCY NOTICE\nVacancy Number: JFC 29-041 (two posts)\n\nThis notice covers two posts.\n\n"
            "Post A: Staff Officer (Engineering)\n        Post Number: OJB 0150\n        NATO Grade: A-2\n\n"
            "Post B: Senior Assistant (Records)\n        Post Number: OJB 0230\n        NATO Grade: B-5\n\n"
            "Closing Date: 17 October 2029\nLocation: Brunssum\n\nPost A - Staff Officer (Engineering). Reporting to "
            "the Branch Head, the incumbent plans works.\n\nPost B - Senior Assistant (Records). Reporting to the "
            "Staff Officer, the incumbent keeps records.\n")
    posts = _posts(text)
    assert [(p["title"], p["deadline"]) for p in posts] == [("Staff Officer (Engineering)", dt.date(2029, 10, 17)),
                                                            ("Senior Assistant (Records)", dt.date(2029, 10, 17))]


def test_a_listed_post_s_block_headed_by_its_number_title_and_grade_after_dashes():
    text = ("NOTICE OF CIVILIAN VACANCIES\n\nClosing date for all posts: 31 January 2030\n\nThe following posts are "
            "vacant:\n\n Vacancy   Post title                       NATO Grade\n 30/0117   Section Head (Payments)"
            "          NG 20 (A-4)\n 30/0118   Operations Analyst               NG 17 (A-3)\n\nVACANCY 30/0117 - "
            "SECTION HEAD (PAYMENTS) - NG 20 (A-4)\n\nEssential Qualifications.\n  - At least 10 years' experience in "
            "accounting, of which 4 years as a manager.\n\nVACANCY 30/0118 - OPERATIONS ANALYST - NG 17 (A-3)\n\n"
            "Essential Qualifications.\n  - Minimum 5 years' experience in operational analysis.\n")
    posts = _posts(text)
    assert [(p["title"], p["min_experience_years"], p["min_management_years"]) for p in posts] == [
        ("Section Head (Payments)", 10, 4), ("Operations Analyst", 5, None)]


def test_posts_listed_with_their_punctuation_stripped_grade_and_post_number_after_the_title():
    text = ("Officer Arms Control and Senior Adviser Verification\nApplication Deadline: 23-Nov-2029\nWe aim to hire "
            "two candidates for the following positions:\n- Officer Arms Control G15 PASP0312\nClick here for post "
            "description\n- Senior Adviser Verification G18 PASP0318\nClick here for post description\n1. SUMMARY\n"
            "The Unit develops arms control policy.\n2. QUALIFICATIONS AND EXPERIENCE\nESSENTIAL\nFor the Officer Arms "
            "Control the incumbent must:\n- have at least 3 years of experience in arms control\nFor the Senior "
            "Adviser Verification the incumbent must:\n- have at least 7 years of experience in verification\n")
    posts = _posts(text)
    assert [(p["title"], p["nato_grade"], p["min_experience_years"]) for p in posts] == [
        ("Officer Arms Control", "G15", 3), ("Senior Adviser Verification", "G18", 7)]


def test_posts_marked_by_serial_with_their_facts_in_a_row_of_cells_below_each():
    text = ("VACANCY NOTICE\nThis notice advertises two posts in the Engineering Division.\nApplication Deadline: "
            "26 April "
            "2030\n\nPost 1: Senior Engineer (Sonar)\nVacancy reference: 300091 | Grade: NATO Grade G17 | Salary (Pay "
            "Basis): 7,105.90 EUR (Monthly)\n\nPost 2: Technician (Trials)\nVacancy reference: 300092 | Grade: NATO "
            "Grade G8 | Salary (Pay Basis): 3,412.77 EUR (Monthly)\n\n1. POST CONTEXT\nThe Division runs sea trials.\n")
    posts = _posts(text)
    assert [(p["title"], p["reference"], p["nato_grade"], p["salary_eur_monthly"]) for p in posts] == [
        ("Senior Engineer (Sonar)", "300091", "G17", 7105.9), ("Technician (Trials)", "300092", "G8", 3412.77)]


def test_a_vacancy_s_block_whose_title_label_stands_below_a_rule_and_its_header():
    rule = "=" * 40
    block = ("{rule}\nVACANCY {n}\n{rule}\nOPEN TO NATIONALS OF NATO MEMBER STATES ONLY\nSTAFF VACANCY "
             "{ref}\nDIVISION: "
             "International Military Staff (IMS)\nOffice of the Executive Coordinator\nSupport Section\nTITLE: "
             "{title}\nGRADE: {grade}\n"
             "Application deadline: {date}\n\nEssential qualifications. The incumbent must:\n- have at least {years} "
             "years' experience in staff work;\n\n")
    text = ("Subject: two NATO vacancies\n\nDear all,\nTwo vacancies have just been published.\n\n"
            + block.format(rule=rule, n=1, ref="300377", title="Staff Assistant (Registry)", grade="B-5/G-12",
                           date="17-May-2030", years=6)
            + block.format(rule=rule, n=2, ref="300381", title="Staff Officer (Doctrine)", grade="A-2/G-15",
                           date="24-May-2030", years=5))
    posts = _posts(text)
    assert [(p["title"], p["reference"], p["deadline"], p["min_experience_years"]) for p in posts] == [
        ("Staff Assistant (Registry)", "300377", dt.date(2030, 5, 17), 6),
        ("Staff Officer (Doctrine)", "300381", dt.date(2030, 5, 24), 5)]


def test_a_post_chairs_bodies_it_counts_before_naming_them_after_a_colon():
    text = ("Standardization Officer (Doctrine)\nVacancy: 300381\n\nSUMMARY\nThe Officer acts as secretary to the "
            "Board "
            "and chairs three of its subordinate bodies: the Doctrine Working Group, the Terminology Panel and the "
            "Editorial Group.\n")
    assert parse(text).post["committees_chaired"] == 3


def test_closes_as_a_label_gives_the_deadline():
    text = ("Programme Officer, Test Centres\nDIANA\nCloses\n31 May 2030, 23:59 BST\n\nAbout the role\nThe Officer "
            "runs "
            "the network of test centres.\n")
    assert parse(text).post["deadline"] == dt.date(2030, 5, 31)


def test_a_post_holds_the_chair_of_a_body():
    def chaired(sentence: str) -> int | None:
        return parse(f"Head, Records Office\nVacancy: 300412\n\nSUMMARY\n{sentence}\n").post["committees_chaired"]
    assert chaired("The Head holds the chairmanship of the Records Retention Panel and acts as secretary to the "
                   "Archives Committee.") == 1
    assert chaired("The Head assumes the chair of the weekly Coordination Board.") == 1


def test_direct_reports_listed_after_a_clause_saying_they_report_to_the_post():
    def reports(sentence: str) -> int | None:
        return parse(f"Legal Adviser\nVacancy: 300412\n\nSUMMARY\n{sentence}\n").post["direct_reports"]
    assert reports("The following posts report directly to the Legal Adviser: the Deputy Legal Adviser (OF-5), the "
                   "Legal Officer (Operations) (OF-4) and the Legal Assistant (B-4).") == 3
    assert reports("Reporting directly to the Legal Adviser are: the Deputy Legal Adviser; the Head, Claims "
                   "Section; and the Head, "
                   "Contracts Section.") == 3
    assert reports("The following posts report directly to the Director General: the Legal Adviser and the "
                   "Spokesperson.") is None  # (to another post)


def test_a_list_in_brackets_broken_at_its_semicolon_goes_on_below():
    text = ("Head of Research\nVacancy: 300412\n\nSUMMARY\nThe Head leads the Research Division of roughly 110 "
            "scientists.\nThe five Branch Heads (Acoustics;\nAutonomy; Ocean Modelling; Data Science; Effects)\nreport "
            "directly to the incumbent.\n")
    assert parse(text).post["direct_reports"] == 5


def test_a_section_headed_as_every_post_s_is_not_the_first_post_s_alone():
    text = ("Digital Communications: three vacancies\nApplication deadline (all vacancies): 31/05/2030\n\n"
            "| Title | Vacancy ref. | Grade |\n|---|---|---|\n| Officer, Digital Content | 300522 | A.2 |\n"
            "| Senior Officer, Analytics | 300523 | A.3 |\n| Assistant, Production | 300525 | B.4 |\n\n"
            "2. Post-specific requirements\nOfficer, Digital Content: at least 2 years of experience in content.\n"
            "Senior Officer, Analytics: at least 5 years of experience in analytics.\nAssistant, Production: at least "
            "3 years of experience in video editing.\n\n3. Requirements common to all posts\n- a university degree "
            "(A-grade posts) or secondary education (Assistant post);\n- possess the following minimum levels of "
            "NATO's official languages (English/French): V (\"Advanced\") in one; III (\"Intermediate\") in the "
            "other.\n")
    posts = _posts(text)
    assert [(p["min_experience_years"], p["lang_level_one"], p["lang_level_other"]) for p in posts] == [
        (2, 5, 3), (5, 5, 3), (3, 5, 3)]


def test_a_table_of_posts_whose_row_label_carries_a_footnote_mark():
    text = ("# Two vacancies\n\n| | **Post 1** | **Post 2** |\n|---|---|---|\n| **Ref. No** | 2030_00217 | 2030_00218 |"
            "\n| **Title** | Chief, Ammunition Section | Logistics Officer (Ammunition) |\n| **Grade** | NATO Grade "
            "G20 "
            "(A.4) | NATO Grade G15 (A.2) |\n| **Salary**[^1] | 9,486.19 EUR monthly | 6,102.77 EUR monthly |\n\n"
            "[^1]: Basic tax-free salary at step 1.\n")
    posts = _posts(text)
    assert [(p["title"], p["salary_eur_monthly"]) for p in posts] == [
        ("Chief, Ammunition Section", 9486.19), ("Logistics Officer (Ammunition)", 6102.77)]


def test_each_post_s_part_under_per_post_requirements_with_its_title_and_grade_and_its_own_prose():
    text = ("Head, Counter-Terrorism Section (1 post) & Senior Adviser, Counter-Terrorism (1 post)-300212\nApplication "
            "Deadline 19-Apr-2030\nWe aim to hire two candidates for the following positions:\nHead, Counter-Terrorism "
            "Section - NATO Grade G22 (A.5) (OPS0141)\nSenior Adviser, Counter-Terrorism - NATO Grade G20 (A.4) "
            "(OPS0142)\n1. SUMMARY\nThe Section coordinates NATO's counter-terrorism work.\n2. POST-SPECIFIC "
            "REQUIREMENTS\nA. Head, Counter-Terrorism Section (G22)\nThe Head leads the Section of 9 staff. The Head "
            "chairs the Counter-Terrorism Task Force.\nESSENTIAL - The incumbent must:\nhave at least 10 years of "
            "experience in security policy;\nB. Senior Adviser, Counter-Terrorism (G20)\nThe Senior Adviser acts as "
            "secretary of the Counter-Terrorism Task Force.\nESSENTIAL - The incumbent must:\nhave at least 8 years' "
            "experience in counter-terrorism;\n3. CONTRACT\nBoth posts: definite duration contract of three years.\n")
    posts = _posts(text)
    assert [(p["staff_led"], p["committees_chaired"], p["min_experience_years"]) for p in posts] == [
        (9, 1, 10), (None, 0, 8)]


def test_levels_each_after_its_language_and_dot_leaders():
    text = ("Officer, Budget\nVacancy: 300200\n\nESSENTIAL QUALIFICATIONS\n - possess the following minimum levels of "
            "NATO's official languages:\n\n        French ..................... V   (Advanced)\n        English "
            "...................... II  (Elementary)\n")
    post = parse(text).post
    assert (post["lang_level_one"], post["lang_level_other"]) == (5, 2)


def test_a_title_written_twice_as_a_portal_s_flattened_heading():
    assert bare("Senior Engineer (Data Platforms) Senior Engineer (Data Platforms)-300813") == (
        "Senior Engineer (Data Platforms)", "300813")


def test_posts_named_under_a_titles_label_one_per_line_and_a_heading_with_a_note_and_a_stop():
    text = ("STAFF VACANCY 300517\nDIVISION: International Military Staff (IMS)\nTITLES: Staff Officer (Arms Control)\n"
            "        Staff Officer (Non-Proliferation)\nGRADE: A-2/G-15 (both posts)\n\n6. Competencies (both posts).\n"
            "a. Achievement: Works to meet standards.\nb. Teamwork: Cooperates and shares information.\n")
    posts = _posts(text)
    assert [(p["title"], p["nato_grade"], p["competency_count"]) for p in posts] == [
        ("Staff Officer (Arms Control)", "G15", 2), ("Staff Officer (Non-Proliferation)", "G15", 2)]


def test_a_post_s_block_whose_title_stands_in_a_table_row_under_its_serial():
    block = ("## Post {n}\n\n| Field | Detail |\n|---|---|\n| Post title | {title} |\n| Requisition ID | {ref} |\n"
             "| Grade | NATO Grade {grade} |\n\n### Role\n\nThe {head} designs the platforms and plans their "
             "capacity.\n"
             "\n### Requirements\n\n- at least {years} years of experience in cloud engineering;\n\n")
    text = ("# Vacancy Notification\n\nThe two posts below are advertised together.\n\n"
            + block.format(n=1, title="Senior Engineer (Cloud)", ref="300447", grade="G17", head="Senior Engineer",
                           years=8)
            + block.format(n=2, title="Engineer (Cloud)", ref="300448", grade="G15", head="Engineer", years=4))
    posts = _posts(text)
    assert [(p["title"], p["reference"], p["nato_grade"], p["min_experience_years"]) for p in posts] == [
        ("Senior Engineer (Cloud)", "300447", "G17", 8), ("Engineer (Cloud)", "300448", "G15", 4)]


def test_posts_each_given_a_row_of_glued_header_fields_under_one_vacancy_number():
    text = ("SUPREME HEADQUARTERS ALLIED POWERS EUROPE\nVacancy Number: G19/30\nThis vacancy notice covers TWO posts.\n"
            "Post Number: OSC FAXP 0010Job Title: Section Head (Budget)NATO Grade: 17Basic Monthly Salary: 8,512.76€\n"
            "Post Number: OSC FAXP 0040Job Title: Staff Officer (Budget)NATO Grade: 15Basic Monthly Salary: 7,168.03€\n"
            "Closing Date: Sunday 12 April 2030\nESSENTIAL QUALIFICATIONS\nPost OSC FAXP 0010: Minimum of 8 years' "
            "experience in budgeting.\nPost OSC FAXP 0040: Minimum of 5 years' experience in budgeting.\n")
    posts = _posts(text)
    assert [(p["title"], p["reference"], p["nato_grade"], p["min_experience_years"]) for p in posts] == [
        ("Section Head (Budget)", "G19/30", "G17", 8), ("Staff Officer (Budget)", "G19/30", "G15", 5)]


def test_direct_reports_named_after_the_post_s_verb_of_direct_supervision():
    def reports(sentence: str) -> int | None:
        return parse(f"Head, Budget Section\nVacancy: 300412\n\nSUMMARY\n{sentence}\n").post["direct_reports"]
    assert reports("The Head directly supervises the Deputy Head, the Budget Officer and the Section Assistant.") == 3
    assert reports("Directs the Section; directly supervises the Budget Officer and the Section Assistant.") == 2
    assert reports("The Deputy Head directly supervises the Budget Officer and the Section Assistant.") is None


def test_reporting_directly_to_the_post_are_posts_without_a_colon_and_either_post_of_a_joined_title():
    text = ("Director, Acquisition\nVacancy: 300412\n\nSUMMARY\nReporting directly to the Director are the Deputy "
            "Director and six Programme Managers.\n")
    assert parse(text).post["direct_reports"] == 7
    text = ("Deputy Commandant and Dean\nVacancy: 300413\n\nSUMMARY\nThe heads of the four academic divisions "
            "(Planning; Research; Outreach; Faculty) report directly to the Dean.\n")
    assert parse(text).post["direct_reports"] == 4


def test_posts_headed_with_their_vacancy_number_and_grade_around_the_title():
    text = ("# Two vacancies (2 posts)\n\n| Post | NATO Grade | Requisition # |\n|---|---|---|\n| Analyst "
            "(Wargaming) | "
            "NG 17 | 300402 |\n| Assistant (Human Resources) | NG 10 | 300403 |\n\n## 1. Analyst (Wargaming) - NG 17 - "
            "Requisition 300402\n\nThe Analyst designs wargames.\n\n- at least 5 years of experience in analysis;\n\n"
            "## 2. Assistant (Human Resources) - Requisition 300403 - NG 10\n\nThe Assistant keeps files.\n\n- at "
            "least 3 years of experience in administration;\n")
    posts = _posts(text)
    assert [(p["title"], p["reference"], p["nato_grade"], p["min_experience_years"]) for p in posts] == [
        ("Analyst (Wargaming)", "300402", "G17", 5), ("Assistant (Human Resources)", "300403", "G10", 3)]
    text = ("CIVILIAN VACANCIES\nClosing date: 10 May 2030\n\nPOST 1 - JFC 30/031 - Branch Head (Budget)\nThe Head "
            "leads the Branch.\n- at least 10 years of experience in budgeting;\n- a degree in finance;\n\nPOST 2 - "
            "JFC "
            "30/032 - Budget Officer\nThe Officer prepares the budget.\n- at least 5 years of experience in budgeting;"
            "\n- a degree in finance;\n")
    posts = _posts(text)
    assert [(p["title"], p["reference"], p["min_experience_years"]) for p in posts] == [
        ("Branch Head (Budget)", "JFC 30/031", 10), ("Budget Officer", "JFC 30/032", 5)]


def test_blocks_opened_by_the_post_s_numbers_with_the_title_on_the_line_below():
    text = ("VACANCIES - LOGISTICS DIRECTORATE\nClosing date: 12/05/2030\n\nThe Directorate fills the two posts "
            "below.\n\nPost N° LG-0101 / Ref. No 2030_00101\nHead, Fuel Section\nGrade: A-4 / NG20\nThe Head leads "
            "the Section, composed of 9 staff members.\n- at least 10 years of experience in fuel logistics;\n\n"
            "Post N° LG-0102 / Ref. No 2030_00102\nFuel Assistant\nGrade: B-4 / NG10\nThe Assistant keeps the "
            "records.\n- at least 4 years of experience in stock control;\n")
    posts = _posts(text)
    assert [(p["title"], p["reference"], p["nato_grade"], p["min_experience_years"], p["staff_led"])
            for p in posts] == [("Head, Fuel Section", "2030_00101", "G20", 10, 9),
                                ("Fuel Assistant", "2030_00102", "G10", 4, None)]


def test_a_unit_led_counted_in_brackets_by_its_posts_is_staff_led_a_post_s_count_is_not():
    def led(sentence: str) -> int | None:
        return parse(f"Head, Payroll Section\nVacancy: 300412\n\nSUMMARY\n{sentence}\n").post["staff_led"]
    assert led("The Head leads the Payroll and Pensions Section (13 posts), which pays all staff.") == 13
    assert led("She heads the Payroll Unit (some 7 positions) and advises the Director.") == 7
    assert led("The Director manages a Head of Section (2 posts) and the Budget Unit.") is None


def test_blocks_opened_by_a_profile_s_serial_and_title():
    text = ("Analyst (Data) - two profiles\nApplication closing date: 9 May 2030\n\nThe Agency recruits for two "
            "posts.\n\nProfile 1 - Senior Analyst (Data)\nRequisition # 300501\nGrade: NATO Grade G17\nThe Senior "
            "Analyst leads the data team.\n- at least 7 years of experience in data analysis;\n\nProfile 2 - Analyst "
            "(Data)\nRequisition # 300502\nGrade: NATO Grade G15\nThe Analyst builds reports.\n- at least 3 years of "
            "experience in data analysis;\n")
    posts = _posts(text)
    assert [(p["title"], p["reference"], p["nato_grade"], p["min_experience_years"]) for p in posts] == [
        ("Senior Analyst (Data)", "300501", "G17", 7), ("Analyst (Data)", "300502", "G15", 3)]


def test_a_section_heading_said_of_one_post_after_a_dash_and_a_post_s_own_competencies_after_an_intro():
    text = ("Head, Archives Unit (Post A) and Archivist (Post B) - 300601\n\n| | Post A | Post B |\n|---|---|---|\n"
            "| Title | Head, Archives Unit | Archivist |\n| Grade | NATO Grade G18 | NATO Grade G15 |\n\n"
            "## QUALIFICATIONS\n\n#### ESSENTIAL - Post A\n- at least 9 years' experience in records management;\n\n"
            "#### ESSENTIAL - Post B\n- at least 4 years' experience in records management;\n\n## COMPETENCIES\n\n"
            "Both posts - the incumbent must demonstrate:\n- Achievement: Works to meet standards;\n- Teamwork: "
            "Cooperates with others.\n\nPost A only - in addition:\n- Leadership: Promotes team effectiveness;\n")
    posts = _posts(text)
    assert [(p["title"], p["min_experience_years"], p["competency_count"]) for p in posts] == [
        ("Head, Archives Unit", 9, 3), ("Archivist", 4, 2)]


def test_an_oracle_page_s_job_identification_is_the_vacancy_number(tmp_path):
    page = ("<html><body><h1>Officer, Energy Security</h1><p>Belgium-Brussels · Full time</p><h2>Job Info</h2><dl>"
            "<dt>Job Identification</dt><dd>300702</dd><dt>Job Category</dt><dd>Policy</dd><dt>Apply Before</dt>"
            "<dd>05/31/2030, 11:59 PM</dd><dt>NATO Body</dt><dd>NATO International Staff (NATO IS)</dd></dl>"
            "<h2>Summary</h2><p>The Officer drafts policy on the resilience of energy networks.</p></body></html>")
    assert _html(tmp_path, page).post["reference"] == "300702"


def test_a_co_chair_shared_with_a_title_named_before_the_body():
    text = ("Director, Science Office\nVacancy: 300412\n\nSUMMARY\nThe Director chairs the Office Management Board, "
            "co-chairs with the Chief Engineer the Programme Coordination Group, and serves the Science Board.\n")
    assert parse(text).post["committees_chaired"] == 2


def test_a_header_flattened_with_its_labels_in_capitals_and_no_colons():
    text = ("1 Brussels, 3 March 2031 A 12(2031) NOTIFICATION OF A VACANCY LOCATION: NATO Headquarters, Brussels "
            "DIVISION OFFICE OF RESOURCES TITLE Budget Officer (Investment) GRADE A.2 VACANCY N : 310412 CLOSING DATE: "
            "2 April 2031 1. SUMMARY The Office prepares the budget. 2. QUALIFICATIONS ESSENTIAL The incumbent must: "
            "have at least 4 years' experience in budgeting;\n")
    post = parse(text).post
    assert (post["title"], post["grade_code"], post["reference"]) == ("Budget Officer (Investment)", "A2", "310412")
    text = ("- **POST 1 – Head, Test Branch** – NATO Grade G20 – Salary (Pay Basis): 9,010.66 EUR (Monthly) – Post "
            "number ABC-0010\n")  # (one word in capitals, the block's mark: no flattened header)
    assert split_labels(text.strip("- *"))[1][0][0] == "POST"


def test_direct_supervision_of_posts_counted_by_grade_or_named():
    def reports(sentence: str) -> int | None:
        return parse(f"Branch Head (Audit)\nVacancy: 300412\n\nSUMMARY\n{sentence}\n").post["direct_reports"]
    assert reports("The Head leads 9 staff. Direct supervision of: 1 x OF-4 (Deputy Head), 3 x A-2 (Auditors).") == 4
    assert reports("Direct supervision of the Deputy Branch Head and the two Audit Officers.") == 3


def test_a_committee_named_again_with_its_body_s_acronym_is_one_committee():
    text = ("Coordinator (Terminology)\nVacancy: 300412\n\nSUMMARY\nThe Coordinator chairs the NSO Terminology Review "
            "Panel and is a member of the Editing Group.\n\nMAIN ACCOUNTABILITIES\n- Chairing the Terminology Review "
            "Panel and issuing its rulings;\n")
    assert parse(text).post["committees_chaired"] == 1


def test_posts_a_title_joins_with_and_each_standing_again_below():
    text = ("A-21 and A-22: Senior Stores Officer and Stores Assistant\nRef. No 2031_00411\nClosing date: 3 May "
            "2031\n\n"
            "Senior Stores Officer (A-21)\nNATO Grade G17 (A.3) - Basic monthly salary EUR 9,000.00\n\nStores "
            "Assistant "
            "(A-22)\nNATO Grade G10 (B.4) - Basic monthly salary EUR 5,000.00\n\nSENIOR STORES OFFICER (A-21)\n- Leads "
            "the Stores Cell.\n- Minimum seven (7) years' experience in stores.\n\nSTORES ASSISTANT (A-22)\n- Keeps "
            "stock records.\n- Minimum three (3) years' experience in stores.\n")
    posts = _posts(text)
    assert [(p["title"], p["nato_grade"], p["salary_eur_monthly"], p["min_experience_years"]) for p in posts] == [
        ("Senior Stores Officer", "G17", 9000.0, 7), ("Stores Assistant", "G10", 5000.0, 3)]
    text = "Head, Planning and Policy\nRef. No 2031_00412\n\nSUMMARY\nThe Head leads the Section.\n"
    assert [p.post["title"] for p in expand(parse(text))] == ["Head, Planning and Policy"]


def test_blocks_opened_by_a_row_of_glued_fields_with_their_own_vacancy_number():
    text = ("CIVILIAN VACANCIES - TWO POSTS\nClosing Date: 17 May 2031\n\nPOST SUMMARY (both posts)\nThe Branch plans "
            "moves.\n\nOSC ABCD 0230\nVacancy Number: G51/31Job Title: Staff Officer (Plans)NATO Grade: 17Basic "
            "Monthly Salary (12 x per year): 7,400.00 €\nPRINCIPAL DUTIES\n1) Plans moves.\nESSENTIAL QUALIFICATIONS\n"
            "Minimum 6 years' experience in movement planning.\n\nOSC ABCD 0240\nVacancy Number: G52/31Job Title: "
            "Assistant (Control)NATO Grade: 10Basic Monthly Salary (12 x per year): 4,600.00 €\nPRINCIPAL DUTIES\n1) "
            "Keeps records.\nESSENTIAL QUALIFICATIONS\nMinimum 3 years' experience in movement control.\n")
    posts = _posts(text)
    assert [(p["title"], p["reference"], p["nato_grade"], p["salary_eur_monthly"], p["min_experience_years"])
            for p in posts] == [("Staff Officer (Plans)", "G51/31", "G17", 7400.0, 6),
                                ("Assistant (Control)", "G52/31", "G10", 4600.0, 3)]


def test_a_collapsed_panel_its_toggle_opens_is_read_other_hidden_text_is_not(tmp_path):
    page = ("<html><body><h1>Operations Centre - two vacancies</h1><p>The Agency recruits two staff members.</p>"
            "<h2><button aria-expanded='true' aria-controls='p1'>Senior Engineer (Hosting)</button></h2><div id='p1'>"
            "<ul><li>Vacancy number: 310488</li><li>Grade: NATO Grade G18</li></ul><p>Requirements</p><ul><li>At least"
            " 7 years of experience in hosting.</li></ul></div><h2><button aria-expanded='false' aria-controls='p2'>"
            "Engineer (Networks)</button></h2><div id='p2' hidden><ul><li>Vacancy number: 310489</li><li>Grade: NATO "
            "Grade G16</li></ul><p>Requirements</p><ul><li>At least 3 years of experience in networks.</li></ul></div>"
            "<div hidden><p>Vacancy number: 999999</p></div></body></html>")
    posts = [p.post for p in expand(_html(tmp_path, page))]
    assert [(p["title"], p["reference"], p["nato_grade"], p["min_experience_years"]) for p in posts] == [
        ("Senior Engineer (Hosting)", "310488", "G18", 7), ("Engineer (Networks)", "310489", "G16", 3)]


def test_posts_listed_to_be_filled_each_in_a_block_headed_with_its_count_and_a_title_in_a_wrapped_sentence():
    text = ("NOTIFICATION OF VACANCIES\nVacancy ref.: 310541\nClosing Date: 14 May 2031\n\nPosts to be filled through "
            "this competition:\n Head, Meetings Section (1 post) ........ NATO Grade G20\n Meetings Officer (2 posts) "
            "........ NATO Grade G15\n\nCONTEXT\nThe Office supports the Panels.\n\n------------------------------\n"
            "HEAD, MEETINGS SECTION (G20)\n------------------------------\nThe Head leads the Section (9 staff).\n"
            "The incumbent must:\n- have at least ten years of experience in events management;\n\n"
            "------------------------------\nMEETINGS OFFICER (G15) - 2 POSTS\n------------------------------\nEach "
            "Officer organises meetings. The incumbents report to the\nHead, Meetings Section.\nThe incumbents must:\n"
            "- have at least 3 years' experience in events management;\n")
    posts = _posts(text)
    assert [(p["title"], p["nato_grade"], p["min_experience_years"], p["staff_led"]) for p in posts] == [
        ("Head, Meetings Section", "G20", 10, 9), ("Meetings Officer", "G15", 3, None)]


def test_a_minimum_said_per_post_by_its_title_in_brackets_within_one_requirement():
    text = ("Senior Clerk / Clerk, Registry (2 posts)\nVacancy: 310560\n\n| Post | Grade |\n|---|---|\n| Senior Clerk, "
            "Registry | B.4 / NATO Grade G10 |\n| Clerk, Registry | B.3 / NATO Grade G8 "
            "|\n\nQUALIFICATIONS\nESSENTIAL\n"
            "The incumbents must:\n- have at least 5 years' experience in records management (Senior Clerk post) or at "
            "least 2 years' experience in an office (Clerk post);\n- have a good knowledge of spreadsheets.\n")
    posts = _posts(text)
    assert [(p["title"], p["nato_grade"], p["min_experience_years"]) for p in posts] == [
        ("Senior Clerk, Registry", "G10", 5), ("Clerk, Registry", "G8", 2)]


def test_a_block_s_title_is_cut_where_its_text_runs_in_after_a_colon():
    text = ("Two vacancies: Vacancy A and Vacancy B\nClosing date: 3 March 2031\n\nVacancy A - Senior Analyst "
            "(Data): The "
            "incumbent is responsible for the data warehouse.\nVacancy Number: 31014 Grade: A-3\nAt least 6 years of "
            "experience in data analysis.\n\nVacancy B - Assistant (Records): The incumbent maintains the records.\n"
            "Vacancy Number: 31015 Grade: B-4\nAt least 4 years of experience in records management.\n")
    assert [p.post["title"] for p in expand(parse(text))] == ["Senior Analyst (Data)", "Assistant (Records)"]


def test_an_accordion_of_posts_keeps_the_page_s_intro_and_what_all_posts_share(tmp_path):
    panel = ("<section><h2><button aria-expanded='false' aria-controls='{id}'>{title}</button></h2><div id='{id}' "
             "hidden><ul><li>Vacancy number: {ref}</li><li>Grade: NATO Grade {grade}</li></ul><h3>Role</h3><p>The "
             "post holder runs the services of the centre around the clock for every user.</p><h3>Requirements</h3>"
             "<ul><li>At least {years} years of experience in operations.</li></ul></div></section>")
    page = ("<html><body><main><h1>Operations Centre - two vacancies</h1><p>The Agency is recruiting two staff "
            "members for its Operations Centre; each post has its own vacancy number.</p><div class='accordion'>"
            + panel.format(id="a", title="Engineer (Hosting)", ref="310491", grade="G16", years=4)
            + panel.format(id="b", title="Technician (Facilities)", ref="310492", grade="G10", years=5)
            + "</div><h2>What we offer (all posts)</h2><p>All positions are offered for an initial period of three "
            "years, which may be renewed.</p></main></body></html>")
    posts = [p.post for p in expand(_html(tmp_path, page))]
    assert [(p["title"], p["reference"], p["min_experience_years"], p["contract_years"]) for p in posts] == [
        ("Engineer (Hosting)", "310491", 4, 3), ("Technician (Facilities)", "310492", 5, 3)]


def test_parts_and_items_opened_by_the_serial_the_list_gave_each_post():
    text = ("VACANCY NOTICE - TWO POSTS\nApplication Deadline: 30 April 2031\n\nPosts advertised:\n(a) Principal "
            "Scientist (Sonar) - Vacancy ref. 310377\n    Grade: NATO Grade G17 (A3)\n(b) Scientist (Robotics) - "
            "Vacancy ref. 310378\n    Grade: NATO Grade G15 (A2)\n\n3. QUALIFICATIONS\n(a) Principal Scientist (Sonar)"
            " - Essential:\n- A minimum of 8 years' experience in sonar design.\n\n(b) Scientist (Robotics) - "
            "Essential:\n- At least 2 years' experience in robotics.\n\n4. CONTRACT\n(a) The successful candidate will "
            "be offered a definite duration contract of 3 years.\n(b) This post is funded by a project: the successful "
            "candidate will be offered a definite duration contract of 2 years.\n")
    posts = _posts(text)
    assert [(p["title"], p["nato_grade"], p["min_experience_years"], p["contract_years"]) for p in posts] == [
        ("Principal Scientist (Sonar)", "G17", 8, 3), ("Scientist (Robotics)", "G15", 2, 2)]


def test_a_sidebar_of_key_facts_with_its_apply_and_share_links_is_read_a_list_of_similar_jobs_is_not(tmp_path):
    page = ("<html><body><div><aside class='facts'><h3>Job facts</h3><dl><dt>Ref. No</dt><dd>2031_00317</dd><dt>"
            "Grade</dt><dd>NATO Grade 20 (A.4)</dd><dt>Application deadline</dt><dd>26 April 2031</dd></dl><a "
            "href='/a'>"
            "Apply now</a><a href='/s'>Share</a></aside><main><h1>Chief, Explosives Safety Section</h1><h2>Summary</h2>"
            "<p>The Chief leads the Section and advises the Agency's customers on explosives safety.</p></main></div>"
            "</body></html>")
    post = _html(tmp_path, page).post
    assert (post["reference"], post["nato_grade"], str(post["deadline"])) == ("2031_00317", "G20", "2031-04-26")
    page = ("<html><body><main><h1>Director, Resources</h1><p>Application deadline: 25 January 2031</p><h2>Summary</h2>"
            "<p>The Director leads the Directorate of resources and planning.</p><aside><h2>Job "
            "overview</h2><p>Expires: "
            "February 1, 2031</p><h2>Similar jobs</h2><ul><li><a href='/j1'>Officer, Budget</a> - Deadline: January "
            "18, "
            "2031</li><li><a href='/j2'>Head, Planning</a> - Deadline: February 8, 2031</li></ul></aside></main></body>"
            "</html>")
    assert str(_html(tmp_path, page).post["deadline"]) == "2031-01-25"


def test_direct_and_indirect_reports_said_together_and_management_at_a_hyphenated_level():
    def post(sentence: str) -> dict:
        return parse(f"Head, Archives Section\nVacancy: 300412\n\nSUMMARY\n{sentence}\n").post
    assert post("The incumbent has 3 direct and 20 indirect reports.")["direct_reports"] == 3
    assert post("The Director has seven direct and some 110 indirect reports.")["direct_reports"] == 7
    text = ("Director\nVacancy: 300412\n\nQUALIFICATIONS\nESSENTIAL\n- have at least 15 years of professional "
            "experience in technology policy, including at least 8 years of executive-level management;\n")
    assert parse(text).post["min_management_years"] == 8


def test_posts_supervised_and_noted_as_direct_reports_are_no_team_led():
    def staff(sentence: str) -> tuple:
        post = parse(f"Senior Staff Officer\nVacancy: 300412\n\nSUMMARY\n{sentence}\n").post
        return post["staff_led"], post["direct_reports"]
    assert staff("The incumbent supervises three Staff Officers (direct reports).") == (None, 3)
    assert staff("The incumbent will lead a team of 4 engineers (direct reports).") == (4, 4)


def test_a_table_of_posts_whose_empty_corner_cell_was_lost_and_blocks_titled_with_their_grade(tmp_path):
    page = ("<html><body><article><h1>HQ - two civilian posts</h1><p>The Headquarters is seeking to fill the following "
            "posts:</p><table><tr><th></th><th>Post title</th><th>NATO "
            "Grade</th><th>Requisition</th></tr><tr><td>Post 1"
            "</td><td>Section Head (Payroll)</td><td>NG20</td><td>311905</td></tr><tr><td>Post 2</td><td>Payroll "
            "Analyst</td><td>NG15</td><td>311906</td></tr></table><h2>Post 1 - Section Head (Payroll), NG20</h2><p>The "
            "Section Head leads the Payroll Section (8 staff) and is responsible for paying all staff on time.</p>"
            "<ul><li>At least 10 years of experience in payroll.</li></ul><h2>Post 2 - Payroll Analyst, "
            "NG15</h2><p>The "
            "Analyst checks the monthly payroll and prepares the reports that go to the Branch.</p><ul><li>At least 4 "
            "years of experience in payroll.</li></ul></article></body></html>")
    posts = [p.post for p in expand(_html(tmp_path, page))]
    assert [(p["title"], p["reference"], p["nato_grade"], p["min_experience_years"]) for p in posts] == [
        ("Section Head (Payroll)", "311905", "G20", 10), ("Payroll Analyst", "311906", "G15", 4)]


def test_parts_opened_by_a_block_s_post_number_and_title_below_the_blocks():
    text = ("Careers | Vacancies > Officers (2 posts)\n\nLS-41: Senior Supply Officer (Fuel)\nPost N° LS-41/ Ref. No "
            "2031_00412\nNATO Grade G17 - Basic monthly salary: EUR 8,000.00 (tax free)\n\nLS-42: Supply Officer "
            "(Vehicles)\nPost N° LS-42/ Ref. No 2031_00413\nNATO Grade G15 - Basic monthly salary: EUR 6,500.00 (tax "
            "free)\n\nThe Agency\nThe Agency supports the Allies with logistics of every kind and at every stage.\n\n"
            "LS-41 - Senior Supply Officer (Fuel)\nThe incumbent manages the fuel support contracts.\nRequirements:\n- "
            "Minimum eight years' experience in fuel logistics.\n\nLS-42 - Supply Officer (Vehicles)\nThe incumbent "
            "plans the spare parts of the vehicle fleets.\nRequirements:\n- Minimum four years' experience in materiel "
            "management.\n")
    posts = _posts(text)
    assert [(p["title"], p["reference"], p["nato_grade"], p["min_experience_years"]) for p in posts] == [
        ("Senior Supply Officer (Fuel)", "2031_00412", "G17", 8), ("Supply Officer (Vehicles)", "2031_00413", "G15", 4)]


def test_posts_numbered_with_their_grade_and_pay_on_one_line_each():
    text = ("VACANCY NOTIFICATION\nJob Description\nHead, Payroll Section; Senior Officer, Payroll; Officer, Payroll "
            "(3 posts) (311990)\n\nPrimary Location Belgium-Brussels\nNATO Body NATO International Staff (NATO IS)\n"
            "Application Deadline 28-Sep-2031, 11:59:00 PM\n\nDescription\n\nThis single competition will fill "
            "three posts in the Payroll Section. Grade and pay differ by post:\n\nPOST 1 - Head, Payroll Section - "
            "Grade A.4 / NATO Grade G20 - Salary (Pay Basis): 10,900.00 Euro (EUR) Monthly\nPOST 2 - Senior Officer, "
            "Payroll - Grade A.3 / NATO Grade G17 - Salary (Pay Basis): 8,700.00 Euro (EUR) Monthly\nPOST 3 - "
            "Officer, Payroll - Grade A.2 / NATO Grade G15 - Salary (Pay Basis): 6,800.00 Euro (EUR) Monthly\n\n1. "
            "SUMMARY\nThe Payroll Section (9 staff) pays the civilian staff of the Headquarters. The Head manages the "
            "Section; the Senior Officer and the Officer prepare the payroll.\n\n2. QUALIFICATIONS AND EXPERIENCE - "
            "ESSENTIAL\n\nPOST 1 - Head, Payroll Section. The incumbent must:\n- possess a university degree in "
            "finance;\n- have at least 8 years' professional experience in payroll administration;\n\nPOSTS 2 and 3 - "
            "Senior Officer, Payroll / Officer, Payroll. The incumbent must:\n- possess a university degree in "
            "accounting;\n- be an advanced user of spreadsheet software.\n\n3. CONTRACT\nContract to be offered to "
            "the successful candidates: definite duration contract of three years.\n")
    posts = _posts(text)
    assert [(p["title"], p["grade_code"], p["nato_grade"], p["salary_eur_monthly"]) for p in posts] == [
        ("Head, Payroll Section", "A4", "G20", 10900.0), ("Senior Officer, Payroll", "A3", "G17", 8700.0),
        ("Officer, Payroll", "A2", "G15", 6800.0)]


def test_a_contract_length_said_per_post_within_one_sentence():
    listed = ("Senior Clerk / Clerk, Registry (2 posts)\nVacancy: 310560\n\n| Post | Grade |\n|---|---|\n| Senior "
              "Clerk, "
              "Registry | B.4 / NATO Grade G10 |\n| Clerk, Registry | B.3 / NATO Grade G8 |\n\nQUALIFICATIONS\n"
              "ESSENTIAL\nThe incumbents must:\n- have at least 5 years' experience in records management;\n- have a "
              "good knowledge of spreadsheets.\n\nCONTRACT\nSuccessful candidates will be offered an initial contract "
              "of 24 months (Clerk post) or four years (Senior Clerk post).\n")
    assert [(p.post["title"], p.post["contract_years"]) for p in expand(parse(listed))] == [
        ("Senior Clerk, Registry", 4), ("Clerk, Registry", 2)]
    blocks = ("Two vacancies: Post 1 and Post 2\nClosing date: 3 March 2031\n\nPost 1\nVacancy Number: 31014 Grade: "
              "A-3 Title: Senior Analyst (Data)\nAt least 6 years of experience in data analysis.\n\nPost 2\nVacancy "
              "Number: 31015 Grade: B-4 Title: Assistant (Records)\nAt least 4 years of experience in records "
              "management.\n\nCONTRACT: Newly recruited staff will be given a definite duration contract of five "
              "years (Post 1); three years (Post 2).\n")
    assert [(p.post["title"], p.post["contract_years"]) for p in expand(parse(blocks))] == [
        ("Senior Analyst (Data)", 5), ("Assistant (Records)", 3)]


def test_a_row_of_facts_below_each_title_opened_by_any_label_of_a_vacancy_number(tmp_path):
    item = ("<details><summary><h2>{title}</h2><span>Requisition {ref} · NATO Grade {grade} · Brunssum</span>"
            "</summary><p>Salary (Pay Basis): {pay} Euro (EUR) Monthly</p><p>The post holder keeps the network "
            "running for every user of the headquarters.</p><h3>Requirements</h3><ul><li>At least {years} years of "
            "experience in network operations.</li></ul></details>")
    page = ("<html><body><main><h1>Network Operations - two vacancies</h1><p>The Command is recruiting for the "
            "positions below; please apply to each one separately.</p>"
            + item.format(title="Network Engineer", ref="310811", grade="G16", pay="6,700.00", years=4)
            + item.format(title="Technician (Cabling)", ref="310812", grade="G10", pay="4,300.00", years=2)
            + "</main></body></html>")
    posts = [p.post for p in expand(_html(tmp_path, page))]
    assert [(p["title"], p["reference"], p["nato_grade"], p["salary_eur_monthly"], p["min_experience_years"])
            for p in posts] == [("Network Engineer", "310811", "G16", 6700.0, 4),
                                ("Technician (Cabling)", "310812", "G10", 4300.0, 2)]


def test_posts_numbered_with_the_other_scale_s_grade_in_brackets_and_bare_pay_under_a_staff_body_s_name():
    text = ("NATO UNCLASSIFIED\n\nInternational Military Staff / État-major militaire international\nLogistics "
            "and Resources Division\n\nVacancy 310455 - two posts\n\nPost 1: Senior Officer, Fuel Logistics - A.3 "
            "(NATO Grade G17) - 8,300.00 EUR monthly\nPost 2: Officer, Fuel Logistics - A.2 (NATO Grade G15) - "
            "6,100.00 EUR monthly\n\nClosing date: 22 March 2031\n\n1. SUMMARY\nThe Division plans the Alliance's "
            "fuel logistics.\n\nPost 1 - the Senior Officer drafts fuel policy and chairs the Fuel Planning "
            "Committee.\n"
            "Post 2 - the Officer prepares the meetings of the Fuel Planning Committee. The Officer chairs no "
            "committee "
            "or group.\n\n2. QUALIFICATIONS AND EXPERIENCE\n\nThe incumbents must:\n- possess a university degree;\n"
            "- have at least 4 years' professional experience in logistics.\n\n3. CONTRACT\nBoth posts: definite "
            "duration contract of three years.\n")
    posts = _posts(text)
    assert [(p["title"], p["grade_code"], p["nato_grade"], p["salary_eur_monthly"], p["committees_chaired"])
            for p in posts] == [("Senior Officer, Fuel Logistics", "A3", "G17", 8300.0, 1),
                                ("Officer, Fuel Logistics", "A2", "G15", 6100.0, 0)]


def test_a_role_whose_object_is_denied_is_no_chair():
    text = ("Officer, Standards\nReference: 310930\n\nSUMMARY\nThe Officer prepares the meetings of the Standards "
            "Board. The Officer chairs no committee or panel.\n")
    assert parse(text).post["committees_chaired"] == 0


def test_a_vacancy_number_coded_with_an_abbreviation_in_mixed_case():
    text = ("Chief of Staff\nVacancy Number: 31/DoS/0077\nNATO Grade: G22\n\nSUMMARY\nThe Chief of Staff runs the "
            "front office of the Directorate.\n")
    assert parse(text).post["reference"] == "31/DoS/0077"


def test_posts_said_to_report_directly_to_the_post_by_its_title_s_initials():
    text = ("Deputy Assistant Secretary General, Space and Innovation\nReference: 310771\n\nSUMMARY\nThe DASG leads "
            "two Directorates. The two Directors and the Senior Adviser for Critical Space Infrastructure report "
            "directly to the DASG.\n")
    assert parse(text).post["direct_reports"] == 3


def test_french_chairs_and_direct_authority_said_in_one_sentence_each():
    text = ("Chef(fe), Service Achats\nRéférence : 310962\n\nRÉSUMÉ\nLa/Le titulaire du poste dirige le Service et "
            "a sous son autorité directe trois chefs de cellule. Elle/Il assure la présidence du Groupe de travail "
            "sur les marchés publics et copréside, avec le/la directeur(rice), le Comité des contrats.\n")
    post = parse(text).post
    assert (post["direct_reports"], post["committees_chaired"]) == (3, 2)


def test_a_capital_article_opens_a_sentence_in_a_copy_that_lost_its_stops():
    text = ("Head Procurement Section\nReference 310544\n\nSUMMARY\nThe Head leads the Procurement Section which "
            "reports to the Director Resources Directorate The Head chairs the Contracts Review Board CRB and the "
            "Vendor Panel\n")
    assert parse(text).post["committees_chaired"] == 2


def test_a_pay_column_labelled_with_notes_on_frequency_and_tax():
    text = ("VACANCY NOTICE - TWO POSTS\nRef. No 2031_00214 | Closing date: 3 June 2031\n\nThe Directorate is "
            "recruiting for the following posts:\n\n| Post N° | Title | NATO Grade | Location | Basic monthly salary "
            "(12 times a year), tax free |\n|---|---|---|---|---|\n| L-12 | Senior Engineer (Fuels) | A.3 | Capellen "
            "| 7,700.00 EUR |\n| L-27 | Engineer (Fuels) | A.2 | Capellen | 6,000.00 EUR |\n\n1. DUTIES\nThe "
            "incumbents inspect fuel depots.\n\n2. QUALIFICATIONS\nThe incumbents must have at least 4 years of "
            "experience in fuels engineering.\n")
    assert [(p.post["title"], p.post["salary_eur_monthly"]) for p in expand(parse(text))] == [
        ("Senior Engineer (Fuels)", 7700.0), ("Engineer (Fuels)", 6000.0)]


def test_shared_items_marked_as_one_post_s_alone_in_a_notice_of_blocks():
    text = ("Two vacancies: Post A and Post B\nClosing date: 3 March 2031\n\nPost A - Analyst (Targeting)\nVacancy "
            "number: 310388\nNATO Grade: G17 (A-3)\nAdvises the staff on targeting law.\n\nPost B - Assistant "
            "(Registry)\nVacancy number: 310389\nNATO Grade: G10 (B-4)\nKeeps the case files of the Office.\n\n"
            "Essential qualifications and experience\n- A university degree in law (Post A only).\n- At least 6 "
            "years of experience in targeting (Post A only).\n- At least 3 years of experience in a registry (Post "
            "B only).\n- Proficiency with office software.\n")
    posts = _posts(text)
    assert [(p["title"], p["min_experience_years"]) for p in posts] == [("Analyst (Targeting)", 6),
                                                                        ("Assistant (Registry)", 3)]


def test_parts_headed_by_two_post_numbers_and_a_colon_before_the_title():
    text = ("Water Supply Programme - Recruitment 2031\nApplication deadline: 30 October 2031\n\nPost N° | Ref. No | "
            "Title | Grade\nWS-118 | 2031_00431 | Engineer (Water Treatment) | NG15 (A.2)\nWS-119 | 2031_00431 | "
            "Engineer (Water Treatment) | NG15 (A.2)\nWS-020 | 2031_00433 | Head, Water Operations Section | NG20 "
            "(A.4)\nWS-118 / WS-119: Engineer (Water Treatment)\nThe incumbent plans the inspection of treatment "
            "plants.\nQualifications\n- Minimum 3 years' experience in water treatment.\nWS-020: Head, Water "
            "Operations Section\nThe Head leads the Section.\nQualifications\n- Minimum 9 years of experience in "
            "utility operations, of which at least 3 years in a management position.\n")
    posts = _posts(text)
    assert [(p["title"], p["min_experience_years"], p["min_management_years"]) for p in posts] == [
        ("Engineer (Water Treatment)", 3, None), ("Head, Water Operations Section", 9, 3)]


def test_items_opened_by_a_post_s_mark_with_its_grade_in_brackets():
    text = ("HQ - Data Analysts (2 posts, 2 grades)\n\nPost details\nPost A | Post B\nTitle | Data Analyst | Senior "
            "Data Analyst\nVacancy | ACT-31-0311 | ACT-31-0312\nGrade | NG 15 | NG 17\nClosing date: 15 October 2031\n"
            "\nEssential qualifications\nBoth posts: a university degree in statistics.\nPost A (NG 15): at least 2 "
            "years of experience in data analysis.\nPost B (NG 17): at least 7 years of experience in data analysis, "
            "including at least 3 years in a management position.\n")
    posts = _posts(text)
    assert [(p["title"], p["min_experience_years"], p["min_management_years"]) for p in posts] == [
        ("Data Analyst", 2, None), ("Senior Data Analyst", 7, 3)]


def test_the_last_post_s_part_runs_on_over_sections_of_the_kinds_the_parts_above_held():
    block = ("------------------------------\nVACANCY {ref} - {title}, {grade}\nPost context: The {unit} serves the "
             "Command and its subordinate headquarters in peacetime, in exercises and in operations across the "
             "whole of the Alliance's area of responsibility.\nEssential qualifications:\n- At least {years} years' "
             "experience in {field}.\n- Languages: "
             "English level V (\"Advanced\") / French level {fr} (\"{fr_name}\").\n\n")
    text = ("Civilian Vacancies - JFC (3 posts)\nApplication Deadline: 8 November 2031\n\nThe Command is recruiting "
            "for the following posts.\n\nVacancy 31/14 - Staff "
            "Officer (Training) - NATO Grade G15 (A-2) - EUR 6,100.00 per month\nVacancy 31/15 - Assistant (Pay) - "
            "NATO Grade G8 (B-3) - EUR 3,500.00 per month\nVacancy 31/16 - Section Head (Works) - NATO Grade G20 "
            "(A-4) - EUR 9,200.00 per month\n\n"
            + block.format(ref="31/14", title="STAFF OFFICER (TRAINING)", grade="G15", unit="Training Branch",
                           years=5, field="training", fr="I", fr_name="Beginner")
            + block.format(ref="31/15", title="ASSISTANT (PAY)", grade="G8", unit="Pay Office", years=3,
                           field="payroll", fr="I", fr_name="Beginner")
            + block.format(ref="31/16", title="SECTION HEAD (WORKS)", grade="G20", unit="Works Section", years=12,
                           field="works", fr="II", fr_name="Elementary"))
    posts = _posts(text)
    assert [(p["title"], p["min_experience_years"], p["lang_level_other"]) for p in posts] == [
        ("Staff Officer (Training)", 5, 1), ("Assistant (Pay)", 3, 1), ("Section Head (Works)", 12, 2)]


def test_one_grade_s_pay_on_the_line_of_each_post_at_that_grade():
    text = ("Civilian Vacancies - JFC (3 posts)\nApplication Deadline: 8 November 2031\n\nThe Command is recruiting "
            "for the following posts.\n\nVacancy 31/14 - Staff Officer (Training) - NATO Grade G15 (A-2) - EUR "
            "6,100.00 per month\nVacancy 31/15 - Assistant (Pay) - NATO Grade G8 (B-3) - EUR 3,500.00 per month\n"
            "Vacancy 31/17 - Technician (Vehicles) - NATO Grade G8 (B-3) - EUR 3,500.00 per month\n\nVACANCY 31/14 - "
            "STAFF OFFICER (TRAINING), G15\nThe Staff Officer plans the training.\nEssential qualifications:\n- At "
            "least 5 years' experience in training.\n\nVACANCY 31/15 - ASSISTANT (PAY), G8\nThe Assistant pays the "
            "staff.\nEssential qualifications:\n- At least 3 years' experience in payroll.\n\nVACANCY 31/17 - "
            "TECHNICIAN (VEHICLES), G8\nThe Technician maintains the vehicles.\nEssential qualifications:\n- At least "
            "4 years' experience in vehicle maintenance.\n")
    posts = _posts(text)
    assert [(p["title"], p["salary_eur_monthly"]) for p in posts] == [
        ("Staff Officer (Training)", 6100.0), ("Assistant (Pay)", 3500.0), ("Technician (Vehicles)", 3500.0)]


def test_posts_listed_with_dot_leaders_after_a_sentence_saying_they_are_open():
    text = ("NOTIFICATION OF B GRADE VACANCIES\n\nThe following three posts are open for competition. Closing date: 2 "
            "October 2031.\n\n  (a) Assistant, Mail ............ B.3 / NATO Grade G8 .... Vacancy 311402\n  (b) "
            "Senior Assistant, Library ....... B.4 / NATO Grade G10 ... Vacancy 311403\n  (c) Senior Clerk, Mail Room "
            "........... B.2 .................... Vacancy 311404\n\n1. SUMMARY\nThe Service manages the mail of the "
            "Staff.\n\n2. REQUIREMENTS\nThe incumbents must have at least 2 years' experience in mail handling.\n")
    posts = _posts(text)
    assert [(p["title"], p["reference"], p["grade_code"]) for p in posts] == [
        ("Assistant, Mail", "311402", "B3"), ("Senior Assistant, Library", "311403", "B4"),
        ("Senior Clerk, Mail Room", "311404", "B2")]


def test_each_post_s_own_intro_to_its_requirements_opens_them_again_below_another_section():
    text = ("VACANCIES - TWO POSTS\nClosing date: 2 October 2031\n\nThe following posts are open for competition:\n"
            "- Assistant, Mail (B.3) - Vacancy 311402\n- Senior Assistant, Library (B.4) - Vacancy 311403\n\n1. "
            "SUMMARY\nThe Service manages the mail and the library of the Staff.\n\n2. POST-SPECIFIC REQUIREMENTS\n\n"
            "(a) Assistant, Mail\nThe incumbent must:\n- have at least 2 years' experience in mail handling;\n"
            "Competencies:\n- Achievement: Works to meet standards;\n- Teamwork: Cooperates.\n\n(b) Senior Assistant, "
            "Library\nThe incumbent must:\n- have at least 5 years' experience in a library;\nCompetencies:\n- "
            "Achievement: Works to meet standards;\n- Initiative: Addresses current opportunities;\n- Teamwork: "
            "Cooperates.\n")
    posts = _posts(text)
    assert [(p["title"], p["min_experience_years"], p["competency_count"]) for p in posts] == [
        ("Assistant, Mail", 2, 2), ("Senior Assistant, Library", 5, 3)]


def test_blocks_opened_by_a_post_s_number_and_title_with_no_mark_between():
    text = ("VACANCY NOTICE - TWO POSTS\nApplication Deadline: 16 August 2031\nThis notice advertises two posts in "
            "the Division. Each post has its own requisition number.\nPOST 1 Engineer (Sonar Software)\nRequisition: "
            "310355\nGrade: NATO SSS Grade G15 (ABCL A2)\nPOST 2 Technician (Sonar Hardware)\nRequisition: 310356\n"
            "Grade: NATO SSS Grade G10 (ABCL B4)\n1. ESSENTIAL QUALIFICATIONS\nPOST 1 - Engineer (Sonar Software)\n"
            "a. At least 3 years of experience in software development.\nPOST 2 - Technician (Sonar Hardware)\na. At "
            "least 5 years of experience in electronics maintenance.\n")
    posts = _posts(text)
    assert [(p["title"], p["reference"], p["nato_grade"], p["min_experience_years"]) for p in posts] == [
        ("Engineer (Sonar Software)", "310355", "G15", 3), ("Technician (Sonar Hardware)", "310356", "G10", 5)]


def test_a_hidden_tab_panel_of_a_post_and_the_page_s_common_information_are_read(tmp_path):
    panel = ("<section id='{id}' role='tabpanel'{hidden}><h2>{num}: {title}</h2><p>Post N° {num} / Ref. No {ref}</p>"
             "<p>Grade: {grade}</p><h3>Qualifications</h3><ul><li>Minimum {years} years' experience in "
             "procurement.</li></ul></section>")
    page = ("<html><body><main><h1>Procurement Officer / Senior Procurement Officer</h1><p>Two posts at different "
            "grades are advertised; use the tabs to read each post.</p><p>Closing date: 30 April 2031</p><ul "
            "role='tablist'><li role='tab'><a href='#a'>Procurement Officer</a></li><li role='tab'><a href='#b'>"
            "Senior Procurement Officer</a></li></ul>"
            + panel.format(id="a", hidden="", num="P-31", title="Procurement Officer", ref="2031_00214",
                           grade="A.2 / NATO Grade G15", years=4)
            + panel.format(id="b", hidden=" hidden", num="P-07", title="Senior Procurement Officer", ref="2031_00215",
                           grade="A.3 / NATO Grade G17", years=8)
            + "<section id='c'><h2>Common information</h2><p>Successful candidates will be offered an initial "
            "contract of 36 months.</p></section></main></body></html>")
    posts = [p.post for p in expand(_html(tmp_path, page))]
    assert [(p["title"], p["reference"], p["min_experience_years"], p["deadline"], p["contract_years"])
            for p in posts] == [("Procurement Officer", "2031_00214", 4, dt.date(2031, 4, 30), 3),
                                ("Senior Procurement Officer", "2031_00215", 8, dt.date(2031, 4, 30), 3)]


def test_one_title_at_two_grades_with_parts_headed_by_the_title_and_one_grade():
    text = ("STAFF VACANCY 310311 / 310312\nTITLE: Finance Officer (2 posts)\nGRADE: one post at A-2/G-15 and one post "
            "at A-3/G-17\nApplication Deadline: 24-May-2031\n\n1. Post Context.\nThe Section screens the budgets of "
            "the commands on behalf of the Committee.\n\n2. Principal Duties.\na. Both posts:\n   (1) Screening "
            "budget requests;\nb. Finance Officer, A-3/G-17 only:\n   (1) Chairing the Budget Screening Panel;\nc. "
            "Finance Officer, A-2/G-15 only:\n   (1) Acting as secretary to the Budget Screening Panel;\n\n3. "
            "Essential Qualifications.\na. Finance Officer, A-2/G-15:\n   (1) at least 3 years of professional "
            "experience in budgeting;\nb. Finance Officer, A-3/G-17:\n   (1) at least 6 years of professional "
            "experience in budgeting;\nc. Both posts: possess the following minimum levels of NATO's official "
            "languages: IV (\"Upper Intermediate\") in English; I (\"Beginner\") in French.\n")
    posts = _posts(text)
    assert [(p["nato_grade"], p["min_experience_years"], p["committees_chaired"], p["lang_level_one"])
            for p in posts] == [("G15", 3, 0, 4), ("G17", 6, 1, 4)]


def test_titles_standing_again_with_their_post_numbers_in_brackets():
    text = ("Heads of Section (2 posts)\nApplication Deadline 14-Jun-2031\n\n1. SUMMARY\nThe Directorate is recruiting "
            "for the following posts:\n- Head, Export Control Section (G22) (SPDE0012)\n- Head, Sanctions Section "
            "(G22) "
            "(SPDS0007)\n\n2. THE POSTS\nHead, Export Control Section (SPDE0012)\nThe incumbent directs the Export "
            "Control Section, a team of 11 staff, and has 4 direct reports.\n\nHead, Sanctions Section (SPDS0007)\nThe "
            "incumbent leads the Sanctions Section, composed of 7 staff members, 5 of whom report directly to them.\n"
            "\n3. QUALIFICATIONS\nThe incumbents must have at least 10 years of experience in export control.\n")
    posts = _posts(text)
    assert [(p["title"], p["staff_led"], p["direct_reports"]) for p in posts] == [
        ("Head, Export Control Section", 11, 4), ("Head, Sanctions Section", 7, 5)]


def test_one_title_at_two_grades_named_again_on_the_other_scale_and_years_said_per_grade(tmp_path):
    page = ("<html><body><main><h1>Network Security Engineer</h1><p>Requisition # 311588 · Application Deadline: "
            "11-May-2031</p><p>Grade: NATO Grade G15 (A-2) and NATO Grade G17 (A-3) · Salary (Pay Basis): 6,200.00 "
            "Euro (EUR) Monthly (G15); 7,600.00 Euro (EUR) Monthly (G17)</p><h2>Important note</h2><p>This vacancy "
            "covers two posts with the same title at different grades.</p><h2>Essential Qualifications</h2><ul><li>"
            "At least 2 years' experience (G15 post) and at least 6 years' experience (G17 post) in network "
            "security;</li></ul></main></body></html>")
    posts = [p.post for p in expand(_html(tmp_path, page))]
    assert [(p["nato_grade"], p["salary_eur_monthly"], p["min_experience_years"]) for p in posts] == [
        ("G15", 6200.0, 2), ("G17", 7600.0, 6)]


def test_posts_a_label_lists_on_one_line_each_with_its_grade_after_a_comma():
    text = ("VACANCY NOTICE\nVacancy Number: 31/0412\nPosts: Buyer (Spares), Grade A.2 / NG15, and Head, Spares "
            "Section, Grade A.4 / NG20\nClosing date: 8 May 2031\n\nTHE POSTS\nThe Head, Spares Section manages a "
            "section of 9 staff; the Buyer has no supervisory duties.\n\nCOMPETENCIES\nBuyer (Spares): Analytical "
            "Thinking; Teamwork.\nHead, Spares Section: Analytical Thinking; Developing Others; Leadership.\n")
    posts = _posts(text)
    assert [(p["title"], p["grade_code"], p["nato_grade"], p["staff_led"], p["competency_count"]) for p in posts] \
        == [("Buyer (Spares)", "A2", "G15", None, 2), ("Head, Spares Section", "A4", "G20", 9, 3)]


def test_bullets_restating_the_posts_head_no_part():
    text = ("Head, Export Section (1 post) & Head, Sanctions Section (1 post)-310318\nApplication Deadline "
            "12-Apr-2031\nGrade NATO Grade G22\nDescription :\nThrough this recruitment process we aim to fill two "
            "posts at grade A.5 (G22):\n- Head, Export Section (G22) (PASX0231)\n- Head, Sanctions Section (G22) "
            "(PASS0077)\nSome requirements apply to one post only.\n\n1. SUMMARY\nThe Directorate leads on export "
            "policy.\n\n2. QUALIFICATIONS AND EXPERIENCE\nESSENTIAL\nThe incumbent of either post must:\n- for the "
            "Head, Export Section: have at least 10 years' professional experience in export control;\n- for the "
            "Head, Sanctions Section: have at least 8 years' professional experience in sanctions policy;\n- possess "
            "the following minimum levels of NATO's official languages (English/French): V (\"Advanced\") in one; "
            "III (\"Intermediate\") in the other (both posts).\n")
    posts = _posts(text)
    assert [(p["title"], p["min_experience_years"], p["lang_level_one"], p["lang_level_other"]) for p in posts] == [
        ("Head, Export Section", 10, 5, 3), ("Head, Sanctions Section", 8, 5, 3)]


def test_blocks_opened_by_the_post_s_numbers_then_its_title_after_a_colon():
    item = ("Post N° {num} / Ref. No {ref}: {title}\nNATO Grade: {grade} · Basic monthly salary: {pay} EUR, tax-free\n"
            "The post holder {duty} for the customer nations of the Programme.\n- Minimum {years} years' experience "
            "in {field}.\n")
    text = ("Fuel Support Programme - 2 vacancies (Capellen, Luxembourg)\nClosing date for both posts: 22 March 2031\n"
            "The Agency is recruiting for its Fuel Support Programme; each post has its own reference.\n"
            + item.format(num="FS-114", ref="2031_00231", title="Project Officer (Fuel Quality)", grade="G17",
                          pay="7,100.00", duty="plans the fuel quality projects", years=5, field="fuel quality")
            + item.format(num="FS-120", ref="2031_00232", title="Technician (Fuel Testing)", grade="G12",
                          pay="4,600.00", duty="tests the fuel samples", years=4, field="laboratory testing")
            + "Contract\nNewly recruited staff will be offered a definite duration contract of three years.\n")
    posts = _posts(text)
    assert [(p["title"], p["reference"], p["nato_grade"], p["salary_eur_monthly"], p["min_experience_years"])
            for p in posts] == [("Project Officer (Fuel Quality)", "2031_00231", "G17", 7100.0, 5),
                                ("Technician (Fuel Testing)", "2031_00232", "G12", 4600.0, 4)]


def test_the_post_named_by_its_title_s_head_as_the_subject_of_its_chairs():
    text = ("Chief of Staff, Office of the Director General\nReference: 310771\n\nSUMMARY\nThe Chief of Staff "
            "chairs the "
            "Agency Change Board and the Senior Resource Committee, and serves as Secretary to the Executive Board "
            "chaired by the Director General.\n")
    assert parse(text).post["committees_chaired"] == 2


def test_a_french_vacancy_number_label_with_its_article():
    text = ("Administrateur/Administratrice (Politique)\nLieu d'affectation : Bruxelles (Belgique)\nGrade : G15 (A.2)\n"
            "Numéro de la vacance : 310417\n\n1. RÉSUMÉ\nLa Division élabore la politique de l'Organisation.\n")
    assert parse(text).post["reference"] == "310417"


def test_posts_marked_by_a_serial_in_brackets():
    text = ("Translation Services - three posts\nRequisition: 310771\nApplication Deadline: 29-Mar-2031\n"
            "The Organisation is filling three posts in its Translation Services through a single competition:\n"
            "(i) Head, Translation Services (A.3 / NATO Grade G16) - Salary: 7,100.00 Euro (EUR) Monthly\n"
            "(ii) Senior Assistant, Translation Services (B.4 / NATO Grade G10) - Salary: 4,600.00 Euro (EUR) Monthly\n"
            "(iii) Assistant, Translation Services (B.3 / NATO Grade G8) - Salary: 3,900.00 Euro (EUR) Monthly\n"
            "1. SUMMARY\nThe Services translate the Organisation's documents into its two official languages.\n"
            "2. QUALIFICATIONS AND EXPERIENCE\nESSENTIAL\nPost (i) - the incumbent must:\n"
            "• have at least 8 years' experience in translation, of which at least 3 years leading a team;\n"
            "Post (ii) - the incumbent must:\n• have at least 4 years' experience in document processing;\n"
            "Post (iii) - the incumbent must:\n• have at least 1 year of experience in office administration;\n"
            "3. COMPETENCIES\nPost (i) - the incumbent must demonstrate:\n• Achievement: Sets challenging goals;\n"
            "• Leadership: Promotes team effectiveness;\n• Teamwork: Builds team spirit.\n"
            "Posts (ii) and (iii) - the incumbent must demonstrate:\n• Clarity and Accuracy: Checks own work;\n"
            "• Flexibility: Acts flexibly.\n")
    assert [(p["min_experience_years"], p["min_management_years"], p["competency_count"]) for p in _posts(text)] \
        == [(8, 3, 3), (4, None, 2), (1, None, 2)]


def test_a_posts_mark_opening_a_sentence_about_it_heads_no_block():
    block = ("POST {n}\nVacancy Number: {ref}\nPost Number: OSC PLX {num}\nJob Title: {title}\nNATO Grade: {grade}\n"
             "Basic monthly salary (12 times a year), tax free: {pay} EUR\n")
    text = ("VACANCY NOTICE - TWO POSTS\nThis notice advertises two separate posts in the same Branch; quote each "
            "vacancy number.\n" + block.format(n="A", ref="A21/0331", num="0140", title="Staff Officer (Planning)",
                                               grade="G15", pay="6,200.00")
            + block.format(n="B", ref="B24/0331", num="0215", title="Assistant (Planning)", grade="G10",
                           pay="4,600.00")
            + "Closing Date (both posts): 29 April 2031\n1. POST CONTEXT/POST SUMMARY\nThe Branch plans the work.\n"
              "POST A: The Staff Officer (Planning) leads the planning team of the Branch and writes the reports.\n"
              "POST B: The Assistant (Planning) keeps the planning database up to date.\n")
    assert [(p["title"], p["reference"], p["nato_grade"]) for p in _posts(text)] == [
        ("Staff Officer (Planning)", "A21/0331", "G15"), ("Assistant (Planning)", "B24/0331", "G10")]


def test_numbered_titles_with_their_facts_each_above_a_labelled_vacancy_number():
    item = ("{n}. {title} – NATO Grade {grade} – Post No. CYS {num}\nVacancy number: {ref}\n"
            "Salary (Pay Basis): {pay} Euro (EUR) Monthly, tax-free\nRole Responsibilities\n- {duty}\n"
            "Essential Qualifications / Experience\n- At least {years} years of experience in {field}.\n")
    text = ("Join the Cyber Centre – two positions in Mons\nWe are recruiting for two posts in the Centre; click a "
            "position to read its full vacancy notice.\nApplication deadline for both positions: 22 March 2031.\n"
            + item.format(n=1, title="Senior Engineer (Detection)", grade="G17", num="0412", ref="310318",
                          pay="7,200.00", duty="Leads the detection cell.", years=7, field="security operations")
            + item.format(n=2, title="Assistant (Monitoring)", grade="G10", num="0733", ref="310319", pay="4,600.00",
                          duty="Monitors alerts on a shift roster.", years=3, field="network monitoring"))
    assert [(p["title"], p["reference"], p["nato_grade"], p["salary_eur_monthly"], p["min_experience_years"])
            for p in _posts(text)] == [("Senior Engineer (Detection)", "310318", "G17", 7200.0, 7),
                                       ("Assistant (Monitoring)", "310319", "G10", 4600.0, 3)]


def test_years_as_a_team_lead_are_management():
    line = "At least 4 years' experience as a team lead or coordinator of technicians."
    assert parse(_essential(line)).post["min_management_years"] == 4


def test_a_heading_said_of_a_post_named_after_the_dash():
    text = ("NOTIFICATION OF VACANCIES\nClosing date: 8 April 2031\nPositions\nPanel Officer (2 posts)\n"
            "Vacancy ref.: 310402 · Post numbers: CSO PNX 0031 and CSO PNX 0036\nGrade: NATO Grade G16 (A.3)\n"
            "Panel Assistant\nVacancy ref.: 310403 · Post number: CSO PNX 0140\nGrade: NATO Grade G8 (B.3)\n"
            "Context and responsibilities\nThe Office supports the Panels; a Panel Officer is the secretary of one "
            "Panel and advises its Chair.\nEssential qualifications – Panel Officer\n- At least 9 years of experience "
            "in defence research.\nEssential qualifications – Panel Assistant\n- At least 4 years of experience as an "
            "administrative assistant.\nContract\nA definite duration contract of 3 years.\n")
    assert [(p["title"], p["min_experience_years"]) for p in _posts(text)] == [
        ("Panel Officer", 9), ("Panel Assistant", 4)]


def test_a_numbered_post_below_a_heading_said_of_another_post_heads_its_own_part():
    text = ("Adviser and Assistant – two positions\nVacancy number: NDC/VN/2031-03\nThe College will appoint "
            "candidates to the following two positions:\ni. Research Adviser (Security), Research Division – NATO "
            "Grade G17;\nii. Assistant (Courses), Courses Branch – NATO Grade G8.\nApplication deadline: 10 May 2031."
            "\n1. About the College\nThe College educates senior officers.\n2. Research Adviser (Security)\nThe "
            "Research Adviser chairs the Publications Board.\nCompetencies – Research Adviser\n- Analytical Thinking: "
            "Makes complex plans.\n- Initiative: Acts ahead.\n3. Assistant (Courses)\nThe Assistant supports the "
            "courses and serves as secretary of the Course Planning Group.\nRequirements – Assistant\n- at least 2 "
            "years of experience in administrative support.\n4. Conditions\nA three-year definite duration contract."
            "\n")
    assert [p["committees_chaired"] for p in _posts(text)] == [1, 0]


def test_a_vacancy_number_line_above_a_block_s_title_label_is_that_block_s():
    block = ("--------------------------------\nSTAFF VACANCY {ref}\nTITLE: {title}\nBRANCH: {branch}\n"
             "GRADE: A-3/G-16\n")
    text = ("INTERNATIONAL MILITARY STAFF\nJOINT NOTICE FOR TWO STAFF VACANCIES\n"
            + block.format(ref="310611", title="Staff Officer (Logistics Policy)", branch="Logistics Branch")
            + block.format(ref="310612", title="Staff Officer (Medical Policy)", branch="Medical Branch")
            + "--------------------------------\nApplication Deadline (both vacancies): 19-Apr-2031\n"
              "1. Post Context.\nThe Division advises the Military Committee.\n")
    assert [(p["title"], p["reference"]) for p in _posts(text)] == [
        ("Staff Officer (Logistics Policy)", "310611"), ("Staff Officer (Medical Policy)", "310612")]


def test_parts_headed_by_a_block_s_vacancy_number_alone():
    block = ("--------------------------------\nSTAFF VACANCY {ref}\nTITLE: {title}\nBRANCH: {branch}\n"
             "GRADE: A-3/G-16\n")
    text = ("INTERNATIONAL MILITARY STAFF\nJOINT NOTICE FOR TWO STAFF VACANCIES\n"
            + block.format(ref="310611", title="Staff Officer (Logistics Policy)", branch="Logistics Branch")
            + block.format(ref="310612", title="Staff Officer (Medical Policy)", branch="Medical Branch")
            + "--------------------------------\nApplication Deadline (both vacancies): 19-Apr-2031\n"
              "1. Post Context.\nThe Division advises the Military Committee.\n3. Essential Qualifications.\n"
              "a. Staff Vacancy 310611:\n(1) a minimum of 7 years' experience in military logistics planning;\n"
              "b. Staff Vacancy 310612:\n(1) a minimum of 4 years' experience in medical support planning;\n")
    assert [p["min_experience_years"] for p in _posts(text)] == [7, 4]


def test_listed_posts_whose_cells_were_flattened_into_wide_gaps():
    text = ("NOTIFICATION OF VACANCIES - OFFICE OF THE LEGAL ADVISER\nVacancy ref.: 310301\n"
            "Through this recruitment we aim to fill the following two posts. Candidates may apply for one or both.\n"
            "\n  POST A   Legal Adviser (Contracts)   NATO Grade G17   ALC LGL 0030\n"
            "  POST B   Chief, Legal Office   NATO Grade G22   ALC LGL 0010\n\nPOST CONTEXT\nThe Office advises the "
            "Command.\n\nPOST A - LEGAL ADVISER (CONTRACTS)\nEssential qualifications:\n- At least 6 years' "
            "experience as a legal adviser.\n\nPOST B - CHIEF, LEGAL OFFICE\nEssential qualifications:\n- At least 12 "
            "years' post-qualification experience.\n")
    assert [(p["title"], p["nato_grade"], p["min_experience_years"]) for p in _posts(text)] == [
        ("Legal Adviser (Contracts)", "G17", 6), ("Chief, Legal Office", "G22", 12)]


def test_heads_said_in_french_to_report_directly_to_the_post_without_an_article():
    text = ("Directeur, Ressources humaines\nNuméro de la vacance : 310311\n\n1. RÉSUMÉ\nLe directeur dirige une "
            "direction d'environ 90 personnes ; cinq chefs de service relèvent directement de lui.\n")
    assert parse(text).post["direct_reports"] == 5


def test_years_leading_a_function_are_management():
    line = ("A minimum of 12 years' experience in public finance, including at least 4 years in a senior financial "
            "position leading an accounting function;")
    assert parse(_essential(line)).post["min_management_years"] == 4


def test_a_contract_length_in_a_table_s_next_cell():
    text = _HEAD + "4. CONDITIONS OF EMPLOYMENT\nContract type | Definite duration | Initial period | 48 months\n"
    assert parse(text).post["contract_years"] == 4


def test_the_other_scale_s_grade_glued_on_after_its_slash_was_stripped():
    text = "Staff Officer Planning\nGRADE A-2G-15\n1 SUMMARY\nThe Staff Officer plans the work of the Branch\n"
    post = parse(text).post
    assert (post["grade_code"], post["nato_grade"]) == ("A2", "G15")


def test_items_naming_a_vacancy_by_its_body_code_and_requirements_marked_in_square_brackets():
    text = ("# Analyst / Senior Assistant (JFC)\n\nJFC is recruiting for two posts in the Finance Branch:\n\n"
            "1. **Budget Analyst** – Vacancy JFCX 31/09 – Post Number FCX BUD 0030 – NATO Grade G15 (A-2)\n"
            "2. **Senior Accounts Assistant** – Vacancy JFCX 31/10 – Post Number FCX ACC 0110 – NATO Grade G10 (B-4)"
            "\n\n**Closing date for applications: 19 April 2031.**\n\n### Essential qualifications\n\n"
            "- At least 3 years' experience in public-sector budgeting **[Budget Analyst]**.\n"
            "- At least 6 years' experience in payment processing **[Senior Accounts Assistant]**.\n")
    assert [(p["title"], p["reference"], p["min_experience_years"]) for p in _posts(text)] == [
        ("Budget Analyst", "JFCX 31/09", 3), ("Senior Accounts Assistant", "JFCX 31/10", 6)]


def test_pay_listed_under_its_label_by_the_grade_of_each_post():
    text = ("Officer, Resilience Planning (2 posts) - 310147\nApplication Deadline: 12-Apr-2031\nSalary (Pay Basis):\n"
            "  Post at A.2 / NATO Grade G15: 6,100.00 Euro (EUR) Monthly\n"
            "  Post at A.3 / NATO Grade G16: 7,000.00 Euro (EUR) Monthly\n"
            "Grade: A.2 / NATO Grade G15 and A.3 / NATO Grade G16\n\nThrough this competition the Organisation will "
            "fill two posts of Officer, Resilience Planning: one at grade A.2 (G15) and one at grade A.3 (G16).\n\n"
            "1. SUMMARY\nThe Officers draft assessments for the Resilience Committee.\n")
    assert [(p["nato_grade"], p["salary_eur_monthly"]) for p in _posts(text)] == [("G15", 6100.0), ("G16", 7000.0)]


def test_a_closing_date_below_the_last_block_holds_for_every_block():
    block = ("**Post {n} — {title} (Post N° {num})**\n- NATO Grade: {grade}\n- Basic monthly salary: {pay} EUR, exempt "
             "from national income tax\n- Reports to: {boss}\n\n")
    text = ("# Two logistics posts\n\nReference: 2031_00241\n\nThe Agency is recruiting for the two posts below.\n\n"
            + block.format(n=1, title="Senior Logistics Officer", num="L-112", grade="G17 (A.3)", pay="7,400.00",
                           boss="Programme Manager, Land Support")
            + block.format(n=2, title="Logistics Officer", num="L-204", grade="G15 (A.2)", pay="6,100.00",
                           boss="Senior Logistics Officer (Post 1)")
            + "**Closing date for applications: 3 May 2031 (midnight, Luxembourg time).**\n\n## Main responsibilities"
              "\n\nThe posts plan the Agency's logistics support.\n")
    assert [p["deadline"] for p in _posts(text)] == [dt.date(2031, 5, 3)] * 2


def test_a_table_of_posts_introduced_as_those_applications_are_invited_for_is_one_notice():
    text = ("Civilian Vacancies – HQ Force, Geilenkirchen\nApplications are invited for the posts listed in the table "
            "below. Each post is described separately underneath the table.\n"
            "Vacancy Number | Title | Grade | Basic salary per month (tax free) | Closing Date\n"
            "31011 | Administrator (Flight Safety) | A-2 | 6,100.00 EUR | 28 February 2031\n"
            "31012 | Technician (Radar) | B-4 | 4,300.00 EUR | 28 February 2031\n"
            "31013 | Assistant (Supply) | B-3 | 3,900.00 EUR | 14 March 2031\n"
            "31011 – Administrator (Flight Safety)\nQualifications:\n- At least 4 years of experience in aviation "
            "safety.\n31012 – Technician (Radar)\nQualifications:\n- At least 5 years of experience in radar "
            "maintenance.\n31013 – Assistant (Supply)\nQualifications:\n- At least 2 years of experience in a supply "
            "function.\nGeneral conditions\nA definite duration contract of 5 years.\n")
    posts = _posts(text)
    assert [(p["reference"], p["salary_eur_monthly"], p["min_experience_years"]) for p in posts] == [
        ("31011", 6100.0, 4), ("31012", 4300.0, 5), ("31013", 3900.0, 2)]


def test_one_title_at_two_grades_numbered_with_requirements_marked_by_grade_in_front():
    text = ("Officer, Space Policy - 310817\nApplication Deadline: 09-Mar-2031\n\nTHIS VACANCY IS PUBLISHED AT TWO "
            "GRADES\nPost 1 - Grade A.2 / NATO Grade G15 - Salary (Pay Basis): 6,000.00 Euro (EUR) Monthly\n"
            "Post 2 - Grade A.3 / NATO Grade G17 - Salary (Pay Basis): 7,400.00 Euro (EUR) Monthly\n\n1. SUMMARY\n"
            "The Division advises the Council on space policy.\n\n2. QUALIFICATIONS AND EXPERIENCE\nESSENTIAL\n"
            "The incumbent must:\n- [A.2 only] have at least 2 years' professional experience in space policy;\n"
            "- [A.3 only] have at least 7 years' professional experience in space policy, of which at least 3 years "
            "in a team-leading role;\n")
    assert [(p["nato_grade"], p["salary_eur_monthly"], p["min_experience_years"], p["min_management_years"])
            for p in _posts(text)] == [("G15", 6000.0, 2, None), ("G17", 7400.0, 7, 3)]


def test_a_list_headed_titles_and_grades():
    text = ("**STAFF VACANCIES 310744 and 310745**\n\n**TITLES AND GRADES:**\n"
            "- Senior Staff Officer (Deterrence Policy) – GRADE: A-4/G-20 – Vacancy 310744\n"
            "- Staff Officer (Deterrence Policy) – GRADE: A-2/G-15 – Vacancy 310745\n\n"
            "**Closing date for both vacancies:** 23 May 2031\n\n### 1. Post Context\n\nThe Branch advises the "
            "Military Committee.\n\n### 3. Essential Qualifications\n\nFor the Senior Staff Officer:\n- at least 9 "
            "years of experience in defence policy;\n\nFor the Staff Officer:\n- at least 2 years of experience in "
            "defence planning;\n")
    assert [(p["reference"], p["nato_grade"], p["min_experience_years"]) for p in _posts(text)] == [
        ("310744", "G20", 9), ("310745", "G15", 2)]


def test_a_list_naming_a_post_whose_block_the_copy_cut_off():
    text = ("NATO SCHOOL - CIVILIAN VACANCIES\n\nVacancy Notice NSO-2031-04 | Closing date: 13 March 2031\n\n"
            "The School invites applications for the following civilian posts:\n\n"
            "  (1) Instructor (Logistics)\tGrade A-2   Post No. NSO ACD LOG 0030\n\tSalary: EUR 5,900.00 per month\n"
            "  (2) Instructor (Medical Support)\tGrade A-3   Post No. NSO ACD MED 0045\n\tSalary: EUR 7,200.00 per "
            "month"
            "\n  (3) Technician (Video)\tGrade B-3   Post No. NSO CJS VID 0210\n\tSalary: EUR 3,700.00 per month\n\n"
            "ABOUT THE SCHOOL\nThe School delivers more than 100 courses a year to students from Allied nations.\n\n"
            "POST (1) - INSTRUCTOR (LOGISTICS)\nEssential requirements:\n - at least 5 years of experience in "
            "military logistics;\n\nPOST (2) - INSTRUCTOR (MEDICAL SUPPORT)\nEssential requirements:\n - at least "
            "8 years of experience in military medicine, of which\n")
    assert [(p["title"], p["grade_code"], p["salary_eur_monthly"], p["min_experience_years"])
            for p in _posts(text)] == [("Instructor (Logistics)", "A2", 5900.0, 5),
                                       ("Instructor (Medical Support)", "A3", 7200.0, 8),
                                       ("Technician (Video)", "B3", 3700.0, None)]


def test_blocks_numbered_with_a_coded_reference_above_their_title_label():
    block = ("POST {n} - Reference STO/CSO/31-0{n}\nTitle: {title}\nGrade: {grade}\nSalary: {pay} EUR monthly "
             "(basic, tax free)\n\n")
    text = ("NATO Science and Technology Organization\nVACANCY NOTICE\nTwo posts\nClosing date: 13 April 2031\n\n"
            + block.format(n=1, title="Executive Officer, Support Office", grade="A.4 / NATO Grade G19",
                           pay="9,000.00")
            + block.format(n=2, title="Assistant (Panel Support)", grade="B.4 / NATO Grade G10", pay="4,200.00")
            + "1. CONTEXT\nThe Office supports the panels of the Organization.\n\n2. POST 1 - EXECUTIVE OFFICER\n"
              "The Executive Officer coordinates the Office's work.\nEssential requirements:\n- at least 8 years of "
              "professional experience in research management.\n\n3. POST 2 - ASSISTANT (PANEL SUPPORT)\nThe "
              "Assistant organises the panels' meetings.\nEssential requirements:\n- at least 4 years of experience "
              "in office administration.\n")
    assert [(p["title"], p["reference"], p["salary_eur_monthly"], p["min_experience_years"]) for p in _posts(text)] \
        == [("Executive Officer, Support Office", "STO/CSO/31-01", 9000.0, 8),
            ("Assistant (Panel Support)", "STO/CSO/31-02", 4200.0, 4)]


def test_general_conditions_below_the_last_block_hold_for_every_block():
    text = ("Civilian Vacancies – HQ Force\nApplications are invited for the posts listed in the table below.\n"
            "Vacancy Number | Title | Grade | Closing Date\n31011 | Administrator (Flight Safety) | A-2 | 28 February "
            "2031\n31012 | Technician (Radar) | B-4 | 28 February 2031\n31011 – Administrator (Flight Safety)\n"
            "Qualifications:\n- At least 4 years of experience in aviation safety.\n31012 – Technician (Radar)\n"
            "Qualifications:\n- At least 5 years of experience in radar maintenance.\nGeneral conditions\nNewly "
            "recruited personnel will be offered a definite duration contract of 4 years.\n")
    assert [p["contract_years"] for p in _posts(text)] == [4, 4]


def test_a_unit_s_size_in_words_written_again_in_digits():
    text = ("Branch Head (Logistics)\nVacancy number: 310101\n1. SUMMARY\nThe Branch comprises twenty-one (21) "
            "personnel, military and civilian, organised in four Sections.\n")
    assert parse(text).post["staff_led"] == 21


def test_a_table_with_a_column_per_post_headed_by_post_numbers():
    text = ("## H-31 / H-32: Supply Posts\n\n**Closing date for applications:** 27 February 2031\n\n> This publication "
            "covers **two posts**.\n\n| | Post N° H-31 | Post N° H-32 |\n|---|---|---|\n"
            "| Title | Supply Officer (Fuels) | Inventory Assistant (Fuels) |\n| Ref. No | 2031_00231 | 2031_00232 |\n"
            "| Grade | A.2 | B.4 |\n| Basic monthly salary (12 times a year) | 6,200.00 EUR, tax free | 4,000.00 EUR, "
            "tax free |\n\n### Post N° H-31: Supply Officer (Fuels)\n\nThe Officer plans the supply of fuels.\n\n"
            "### Post N° H-32: Inventory Assistant (Fuels)\n\nThe Assistant keeps the stock records.\n")
    assert [(p["grade_code"], p["salary_eur_monthly"]) for p in _posts(text)] == [("A2", 6200.0), ("B4", 4000.0)]


def test_a_reference_with_the_year_first_then_the_body_s_code():
    text = ("HQ JFC – CIVILIAN VACANCY NOTICE – Vacancy 31-JFCBS-012\nFinance Officer\n1. SUMMARY\nThe Finance Officer "
            "prepares the budget.\n")
    assert parse(text).post["reference"] == "31-JFCBS-012"


def test_a_vacancy_number_line_two_fields_above_a_block_s_title_label():
    block = ("STAFF VACANCY {ref} - {title} - A-3/G-17\nDIVISION: International Military Staff, {unit}\n"
             "TITLE: {title}\nGRADE: A-3/G-17\n")
    text = ("Nuclear and Space posts\nThe International Military Staff publishes the two staff vacancies below "
            "together.\n" + block.format(ref="310533", title="Staff Officer (Nuclear Policy)", unit="Nuclear Branch")
            + "1. Post Context. The Branch advises the Military Committee.\n"
            + block.format(ref="310534", title="Staff Officer (Space Policy)", unit="Space Branch")
            + "1. Post Context. The Branch advises the Military Committee on space.\n")
    assert [p["reference"] for p in _posts(text)] == ["310533", "310534"]


def test_a_hidden_panel_whose_role_is_a_tab_panel_is_read(tmp_path):
    panel = ('<section role="tabpanel" aria-labelledby="tab-{n}"{hidden}><h2>{title}</h2><p>Requisition: {ref}</p>'
             '<p>Grade: NATO Grade {grade}</p><h3>Qualifications</h3><ul><li>A minimum of {years} years of experience '
             'in cloud infrastructure.</li></ul></section>')
    page = ("<html><body><main><h1>Cloud Engineers (two posts)</h1><p>The Service Line is recruiting two engineers; "
            "select the tab of the post you are interested in.</p><p>Application deadline (both posts): 27 April "
            '2031</p><div role="tablist"><button role="tab" id="tab-1">Post 1</button><button role="tab" id="tab-2">'
            "Post 2</button></div>"
            + panel.format(n=1, hidden="", title="Principal Engineer (Cloud)", ref="310451", grade="G20", years=8)
            + panel.format(n=2, hidden=" hidden", title="Senior Engineer (Cloud)", ref="310452", grade="G17", years=5)
            + "</main></body></html>")
    posts = [p.post for p in expand(_html(tmp_path, page))]
    assert [(p["title"], p["reference"], p["min_experience_years"]) for p in posts] == [
        ("Principal Engineer (Cloud)", "310451", 8), ("Senior Engineer (Cloud)", "310452", 5)]


def test_a_list_headed_posts_advertised():
    text = ("NOTIFICATION OF AN L GRADE VACANCY\nTranslator (Spanish) – Reviser (Spanish)\nPosts advertised\n"
            "- Translator (Spanish) – Vacancy 310288 – Grade L.2 – Salary (Pay Basis): 6,900.00 Euro (EUR) Monthly\n"
            "- Reviser (Spanish) – Vacancy 310289 – Grade L.3 – Salary (Pay Basis): 8,200.00 Euro (EUR) Monthly\n"
            "Application deadline for both posts: 17 May 2031.\n1. SUMMARY\nThe Section translates documents.\n")
    assert [(p["title"], p["reference"], p["salary_eur_monthly"]) for p in _posts(text)] == [
        ("Translator (Spanish)", "310288", 6900.0), ("Reviser (Spanish)", "310289", 8200.0)]


def test_a_block_named_by_its_title_s_head_takes_its_title_label_s_field():
    text = ("STAFF VACANCY 310377\n\nThis vacancy notice covers TWO posts in the same Branch.\n\nPOST A\nTITLE: "
            "Section "
            "Head (Maritime Policy)\nGRADE: A-4/G-20\n\nPOST B\nTITLE: Staff Officer (Maritime Policy)\nGRADE: "
            "A-2/G-15\n\n1. Post Context.\nThe Branch advises the Military Committee.\n\n2. Principal Duties.\n"
            "POST A - Section Head:\n- leads the Section.\n- advises the Branch Head.\nPOST B - Staff Officer:\n"
            "- drafts papers.\n- prepares meetings.\n")
    assert [p["title"] for p in _posts(text)] == ["Section Head (Maritime Policy)", "Staff Officer (Maritime Policy)"]


def test_items_naming_their_post_number_in_lower_case_and_titles_with_a_career_level():
    text = ("HQ Command – two positions\nReference: 311377\nThe Command is recruiting for the following two posts:\n"
            "- Post 1 – Section Head (Wargaming), post number TCX WGX 0010, NATO Grade G20\n"
            "- Post 2 – Analyst (Wargaming), junior level, post number TCX WGX 0040, NATO Grade G15\n"
            "1. SUMMARY\nThe Section designs wargames for the Command.\n")
    assert [p["title"] for p in _posts(text)] == ["Section Head (Wargaming)", "Analyst (Wargaming)"]


def test_a_french_unit_named_after_its_noun_before_its_size():
    text = ("Chef(fe) de la Section Planification civile\nNuméro de la vacance : 310455\n\n1. RÉSUMÉ\nLa Section "
            "Planification civile et protection des populations (PCPP) compte 12 personnes, dont des experts "
            "détachés.\n")
    assert parse(text).post["staff_led"] == 12


def test_a_memorandum_informing_of_two_vacancies_in_numbered_paragraphs():
    text = ("INTERNATIONAL STAFF\nMEMORANDUM\tBrussels, 9 April 2031\nTo:\tAll Delegations\nSubject:  VACANCIES IN "
            "THE BUDGET SECTION\n\n1. Delegations are hereby informed of two vacancies in the Budget Section.\n\n"
            "2. Applications for both posts must reach the Organization no later than 31 May 2031.\n\n"
            "3. HEAD, BUDGET SECTION (vacancy 310355)\n   a. Grade: A.5 / NATO Grade G22.\n   b. Essential "
            "requirements: at least 10 years of professional experience in public-sector budgeting.\n\n"
            "4. ASSISTANT, BUDGET SECTION (vacancy 310356)\n   a. Grade: B.4 / NATO Grade G10.\n   b. Essential "
            "requirements: at least 3 years of experience in budget administration.\n")
    p = parse(text)
    assert not p.failed
    assert [(q.post["title"], q.post["reference"], q.post["min_experience_years"]) for q in expand(p)] == [
        ("Head, Budget Section", "310355", 10), ("Assistant, Budget Section", "310356", 3)]


def test_a_table_of_posts_whose_rule_row_joins_its_columns_with_plus_signs():
    text = ("VACANCY NOTICE\nClosing date: 22 May 2031\n\nThe following international civilian posts are vacant at "
            "the Headquarters:\n\n Vacancy\t| Post Number\t| Job Title\t| NATO Grade | Basic monthly salary\n"
            "------------+----------------+--------------------------------+------------+---------------\n"
            " 31/0412\t| SJ6 CIS 0120   | Technician (Radio)\t| B-4\t| 4,900.00 EUR\n"
            " 31/0414\t| SJ6 CIS 0210   | Engineer (Networks)\t| A-2\t| 6,200.00 EUR\n\n1. POST CONTEXT\nThe "
            "Division runs the networks.\n")
    assert [(p["reference"], p["grade_code"], p["salary_eur_monthly"]) for p in _posts(text)] == [
        ("31/0412", "B4", 4900.0), ("31/0414", "A2", 6200.0)]


def test_posts_listed_by_bracketed_serials_with_pay_listed_by_grade_below_a_label_line():
    text = ("VACANCY NOTICE – CMRE 02/2031\nApplication Deadline: 27 February 2031\n\nTwo posts in the Division are "
            "open under this notice:\n\n  Post (i)   Analyst (Ocean Data)\tvacancy 310207   Grade A.2 / NATO Grade "
            "G15\n"
            "  Post (ii)  Technician (Sea Trials)\tvacancy 310208   Grade B.5 / NATO Grade G12\n\nPAY BY GRADE\n"
            "Basic monthly salary at step 1 of each grade (exempt from national income tax):\n"
            "  A.2 / G15 ............ 6,100.00 EUR per month\n  B.5 / G12 ............ 4,900.00 EUR per month\n\n"
            "1. POST CONTEXT\nThe Division processes the data gathered during sea trials.\n")
    assert [(p["title"], p["reference"], p["salary_eur_monthly"]) for p in _posts(text)] == [
        ("Analyst (Ocean Data)", "310207", 6100.0), ("Technician (Sea Trials)", "310208", 4900.0)]


def test_a_post_s_heading_runs_over_the_sub_sections_of_its_part():
    text = ("HQ Command – Modelling Branch\nReference: 31/SACT/031\nThis notice advertises TWO posts in the Branch:\n\n"
            "  Post 1  Head, Modelling Branch      A-5   Post Number JFD MSB 0010\n"
            "  Post 2  Operational Analyst         A-3   Post Number JFD MSB 0040\n\n1. POST CONTEXT\nThe Branch "
            "builds simulation models.\n\n2. PER-POST DUTIES AND ESSENTIAL QUALIFICATIONS\n\n"
            "POST 1 - Head, Modelling Branch (A-5)\nDuties: leads the Branch.\nEssential qualifications:\n  a. A "
            "minimum "
            "of 11 years' professional experience in modelling.\n\nPOST 2 - Operational Analyst (A-3)\nDuties: "
            "conducts "
            "studies.\nEssential qualifications:\n  a. At least 3 years of experience in operational research.\n\n"
            "3. REQUIREMENTS COMMON TO ALL POSTS\nLanguage: English - V (Advanced); French - I (Beginner).\n")
    assert [p["min_experience_years"] for p in _posts(text)] == [11, 3]


def test_a_unit_named_in_lower_case_as_the_subject_of_its_size():
    text = ("Chief, Procurement Programme Office\nReference: 2031_00041\n\n1. SUMMARY\nThe Chief, Procurement "
            "Programme "
            "Office leads the office that plans the procurement of the support partnerships. The office has some 22 "
            "staff members, contracting officers and assistants, organised in three teams.\n")
    assert parse(text).post["staff_led"] == 22


def test_a_platform_s_job_identification_gives_way_to_the_notice_s_vacancy_number(tmp_path):
    page = ("<html><body><main><h1>Reviser (French)</h1><dl><dt>Job Identification</dt><dd>3104471</dd>"
            "<dt>Locations</dt><dd>Mons, Belgium</dd></dl><h2>Job Description</h2><p><b>Vacancy number:</b> 310447</p>"
            "<p>The Reviser revises translations into French for the Headquarters.</p></main></body></html>")
    assert _html(tmp_path, page).post["reference"] == "310447"


def test_a_job_board_s_date_above_the_banner_of_a_notice_that_names_no_vacancy_number():
    text = ("Emploi International - Offres d'emploi\nAssistant Secretary General for Operations\nLieu : Bruxelles\n"
            "Date limite : 23/01/2031\n\nDescription du poste\n\nVACANCY NOTICE / AVIS DE VACANCE\n\nClosing date: 16 "
            "January 2031 (midnight, Brussels time)\n\nThe Secretary General is seeking a candidate for the post of "
            "Assistant Secretary General for Operations.\n")
    assert parse(text).post["deadline"] == dt.date(2031, 1, 16)


def test_a_careers_page_speaking_of_posts_in_general_is_no_notice():
    text = ("Careers at the Centre\n\nStaff of over twenty nations work with us. Below, the main conditions of "
            "employment.\n\nPay\nMost posts are graded between NATO Grade G8 and G20; the first step of grade G15 "
            "(A.2) "
            "is 6,010.25 EUR per month, tax free.\n\nLanguages\nMost vacancy notices ask for level IV (\"Upper "
            "Intermediate\") in one official language and level I in the other.\n\nContract\nA first contract "
            "normally runs for three years.\n")
    assert parse(text).failed


def test_a_list_of_posts_headed_by_the_columns_it_gives():
    text = ("STAFF VACANCY 310990\nDIVISION: Defence Policy and Planning\n\nTITLES, GRADES AND POST NUMBERS:\n"
            "(1) Officer (Force Planning)       GRADE: A-2/G-15   Post No. DPP FPS 0012\n"
            "(2) Assistant (Force Planning)     GRADE: B-3/G-8    Post No. DPP FPS 0031\n\n"
            "1. POST CONTEXT\nThe Section prepares the capability targets.\n")
    assert [(p["title"], p["nato_grade"]) for p in _posts(text)] == [
        ("Officer (Force Planning)", "G15"), ("Assistant (Force Planning)", "G8")]


def test_an_item_said_of_a_post_by_its_serial_in_brackets():
    text = ("STAFF VACANCY 310990\n\nTITLES / GRADES:\n(1) Officer (Force Planning)   GRADE: A-2/G-15\n"
            "(2) Assistant (Force Planning)   GRADE: B-3/G-8\n\n1. POST CONTEXT\nThe Section prepares the capability "
            "targets.\n\n2. ESSENTIAL QUALIFICATIONS\nThe incumbents must have:\n"
            "Post (1): a minimum of 4 years' experience in defence planning;\n"
            "Post (2): a minimum of 7 years' experience in office support.\n")
    assert [p["min_experience_years"] for p in _posts(text)] == [4, 7]


def test_list_items_whose_number_and_grade_stand_indented_below_them():
    text = ("NOTIFICATION OF VACANCIES\n\nThe following two posts are to be filled:\n\n"
            "  a) Head, Registry Section\n        Vacancy 310551 - Grade A.4 / NATO Grade G19\n"
            "  b) Clerk, Registry Section\n        Vacancy 310552 - Grade B.2 / NATO Grade G6\n\n"
            "Application Deadline: 12-Jan-2031\n\n1. SUMMARY\nThe Registry keeps the Headquarters' records.\n")
    assert [(p["reference"], p["grade_code"], p["nato_grade"]) for p in _posts(text)] == [
        ("310551", "A4", "G19"), ("310552", "B2", "G6")]


def test_a_viewer_s_list_of_other_documents_below_the_notice_opens_no_block():
    text = ("1 Vacancy Notice\n\nVacancy Number: 31077   Grade: A-3   Title: Engineer (Avionics)\n"
            "Vacancy Number: 31078   Grade: B-4   Title: Technician (Avionics)\n\nClosing Date: 9 February 2031\n\n"
            "1. GENERAL:\nApplications are invited for the two posts listed above.\n\n2. DUTIES:\n"
            "a. Engineer (Avionics), 31077: certifies the avionics modifications of the fleet.\n"
            "b. Technician (Avionics), 31078: repairs the avionics equipment.\n\n3. ESSENTIAL QUALIFICATIONS:\n"
            "31077: at least 5 years of experience in avionics engineering.\n"
            "31078: at least 3 years of experience in avionics repair.\n\nSimilar documents\n\n"
            "Vacancy Notice. Vacancy Number: Grade: A-4 Branch Head (Maintenance) Division/Office:\n"
            "Vacancy Number: C12/0431. Post Number: OSC MNT Job Title: Clerk (Stores) NATO Grade: B-2\n"
            "Vacancy Notice. Vacancy Number: 30544 Grade: B-5 Title: Assistant (Stores)\n")
    assert [(p["title"], p["reference"], p["min_experience_years"]) for p in _posts(text)] == [
        ("Engineer (Avionics)", "31077", 5), ("Technician (Avionics)", "31078", 3)]


def test_items_opened_by_their_labelled_post_number_and_a_title_standing_again_with_them():
    text = ("Agency Ref. No 2031_00077 - THREE POSTS\nThe Agency is recruiting for the following posts:\n"
            "- Post No. K-310: Inspector (Ammunition), NATO Grade G15, Capellen (LU)\n"
            "- Post No. K-311: Inspector (Ammunition), NATO Grade G15, Taranto (IT)\n"
            "- Post No. K-302: Senior Inspector (Ammunition), NATO Grade G17, Capellen (LU)\n"
            "Closing date for applications: 4 March 2031.\n"
            "Inspector (Post No. K-310 and K-311)\n- Minimum three years' experience in ammunition surveillance.\n"
            "Senior Inspector (Post No. K-302)\n- Minimum nine years' experience in ammunition surveillance.\n")
    assert [(p["title"], p["nato_grade"], p["min_experience_years"]) for p in _posts(text)] == [
        ("Inspector (Ammunition)", "G15", 3), ("Senior Inspector (Ammunition)", "G17", 9)]


def test_values_a_label_gives_each_post_by_its_mark(tmp_path):
    page = ("<html><body><main><h1>Analyst, Resilience (Post 1) / Senior Analyst, Resilience (Post 2) (310266)</h1>"
            "<table><tr><th>Application Deadline</th><td>14-Feb-2031</td></tr>"
            "<tr><th>Salary (Pay Basis)</th><td>Post 1: 6,500.00 Euro (EUR) Monthly<br>Post 2: 8,200.00 Euro (EUR) "
            "Monthly</td></tr><tr><th>Grade</th><td>Post 1: A.2 / NATO Grade G15<br>Post 2: A.3 / NATO Grade G17</td>"
            "</tr></table><h2>1. SUMMARY</h2><p>The Section builds the resilience baselines. This notice covers two "
            "posts.</p></main>"
            "</body></html>")
    posts = [q.post for q in expand(_html(tmp_path, page))]
    assert [(p["title"], p["grade_code"], p["salary_eur_monthly"]) for p in posts] == [
        ("Analyst, Resilience", "A2", 6500.0), ("Senior Analyst, Resilience", "A3", 8200.0)]


def test_a_board_s_facets_with_its_publication_date_and_a_closing_date_for_all_requisitions():
    text = ("# Agency - Two Engineering Posts | jobsite\n\nPublished: 3 January 2031 · **Application Deadline: "
            "February 20, 2031**\n\nThe Agency is recruiting for two posts. Closing date for both requisitions: 13 "
            "February 2031.\n\n"
            "## Engineer (Radio)\n\nThe Engineer plans the radio networks.\n")
    assert parse(text).post["deadline"] == dt.date(2031, 2, 13)


def test_a_closing_date_run_onto_the_line_of_the_notice_s_own_vacancy_number():
    text = ("Jobs abroad - Assistant (Visits)\nApplication Deadline: March 30, 2031\n\nAbout the job\n"
            "Job Number: 310871 Vacancy Number: C07/31 Job Title: Assistant (Visits) NATO Grade: 8 Closing Date: "
            "Friday 21 March 2031\n\nThe Assistant organises the visits of the Headquarters.\n")
    assert parse(text).post["deadline"] == dt.date(2031, 3, 21)


def test_parts_headed_by_a_post_s_vacancy_number_alone():
    text = ("VACANCY ANNOUNCEMENT (2 POSTS)\n\n| Vacancy No. | Job Title | NATO Grade |\n|---|---|---|\n"
            "| C01/31 | Officer (Movements) | A-2 / NATO Grade 15 |\n"
            "| C02/31 | Clerk (Movements) | B-2 / NATO Grade 6 |\n"
            "\nClosing Date: 2 April 2031\n\nESSENTIAL QUALIFICATIONS:\nC01/31:\n- Minimum 4 years' experience in "
            "movement control.\nC02/31:\n- Minimum 2 years' experience in administrative support.\n\nCONTRACT:\n"
            "A definite duration contract of 3 years.\n")
    assert [p["min_experience_years"] for p in _posts(text)] == [4, 2]


def test_a_title_run_into_the_grade_label_s_value():
    text = ("Transcription\n1 Vacancy Notice Vacancy Number: 31-0442 Grade: B-3 Assistant (Travel Claims) "
            "Division/Office: Finance Branch Location: Brunssum Application deadline: 2 May 2031 Post Context The "
            "Branch pays the travel claims of the Headquarters.\n")
    assert parse(text).post["title"] == "Assistant (Travel Claims)"


def test_rows_of_header_fields_a_viewer_ran_into_one_line():
    text = ("## Transcription\n\n1 Vacancy Notice Vacancy Number: 31044 Grade: B-3 Title: Clerk (Payroll) Vacancy "
            "Number: 31045 Grade: B-5 Title: Senior Assistant (Payroll) Division/Office: Finance Branch Closing Date: "
            "3 June 2031 1. GENERAL: Applications are invited for the two posts listed above.\n")
    assert [(p["title"], p["reference"], p["grade_code"]) for p in _posts(text)] == [
        ("Clerk (Payroll)", "31044", "B3"), ("Senior Assistant (Payroll)", "31045", "B5")]


def test_a_posts_label_counting_each_title_with_its_grade_in_brackets():
    text = ("VACANCY: 310277\nDIVISION: Defence Investment Division\nPOSTS: Two posts of Engineer, Airspace Systems "
            "(A.2), one in Brussels and one in Mons; and one post of Senior Engineer, Airspace Systems (A.3)\n"
            "CLOSING DATE: 3 May 2031\n\n1. SUMMARY\nThe Senior Engineer leads the Airspace Team (5 staff).\n\n"
            "2. QUALIFICATIONS AND EXPERIENCE\nESSENTIAL - Engineer (A.2):\n- at least 3 years' experience in air "
            "traffic systems;\nESSENTIAL - Senior Engineer (A.3):\n- at least 8 years' experience in air traffic "
            "systems;\n")
    assert [(p["title"], p["grade_code"], p["min_experience_years"]) for p in _posts(text)] == [
        ("Engineer, Airspace Systems", "A2", 3), ("Senior Engineer, Airspace Systems", "A3", 8)]


def test_a_term_and_its_description_run_together_and_parts_marked_by_title_and_serials(tmp_path):
    page = ("<html><body><main><h1>Modelling Posts</h1><p>Vacancy Number: ACT 31-02</p>"
            "<p>This vacancy notice covers three posts with two different job titles:</p><dl>"
            "<dt>Post 1 &ndash; Analyst (Modelling)</dt><dd>Post number: MSX 0010 &ndash; NATO Grade A-2 &ndash; "
            "Location: Norfolk.</dd><dt>Post 2 &ndash; Analyst (Modelling)</dt><dd>Post number: MSX 0011 &ndash; NATO "
            "Grade A-2 &ndash; Location: Mons.</dd><dt>Post 3 &ndash; Clerk (Modelling Support)</dt><dd>Post number: "
            "MSX 0020 &ndash; NATO Grade B-3 &ndash; Location: Norfolk.</dd></dl><h3>ESSENTIAL QUALIFICATIONS</h3>"
            "<p>Analyst (Modelling), posts 1 and 2: university degree; at least 4 years' experience in "
            "simulation.</p><p>Clerk (Modelling Support), post 3: secondary education; at least 2 years' experience in "
            "office support.</p></main></body></html>")
    posts = [q.post for q in expand(_html(tmp_path, page))]
    assert [(p["title"], p["grade_code"], p["min_experience_years"]) for p in posts] == [
        ("Analyst (Modelling)", "A2", 4), ("Clerk (Modelling Support)", "B3", 2)]


def test_parts_for_the_post_named_by_its_head_and_the_pay_stated_with_one_grade():
    text = ("Head, Resilience Section (1 post) & Officer, Resilience (1 post)-310415\n\nApplication Deadline: "
            "12-May-2031\nSalary (Pay Basis): 10,500.00 Euro (EUR) Monthly\nGrade: NATO Grade G22\n\n"
            "We aim to hire two candidates, one for each of the posts below.\n\n1. SUMMARY\nThe Section coordinates "
            "the resilience work of the Allies.\n\n**For the Head post (G22):** the Head leads the Section. The "
            "incumbent must:\n- have at least 11 years of experience in resilience policy;\n\n**For the Officer post "
            "(G17):** the Officer drafts papers. The incumbent must:\n- have at least 3 years of experience in "
            "resilience policy;\n")
    assert [(p["nato_grade"], p["salary_eur_monthly"], p["min_experience_years"]) for p in _posts(text)] == [
        ("G22", 10500.0, 11), ("G17", None, 3)]


def test_a_labelled_title_running_on_into_its_post_count_and_post_numbers():
    text = ("Stellenangebot\nJob ID: 2031-0077\nPosition: Lecturer (Cyber Law) – two posts, Post numbers CYL 0210 and "
            "CYL 0212\n\n1. SUMMARY\nThe Lecturers teach the courses of the School.\n")
    assert parse(text).post["title"] == "Lecturer (Cyber Law)"


def test_a_contract_length_written_as_a_possessive():
    text = _HEAD + ("6. CONTRACT\nContract to be offered to the successful applicant (if not already NATO staff): "
                    "4 years' definite duration contract, which may be renewed.\n")
    assert parse(text).post["contract_years"] == 4


def test_a_direct_reports_label_closing_a_line_above_its_list():
    text = ("Chief, Network Branch\nVacancy number: 310771\n\n1. SUMMARY\nThe Chief leads the Branch.\nReporting line: "
            "the incumbent reports to the Director. Direct reports:\n- Section Head (Core Network)\n"
            "- Section Head (Access)\n- Senior Engineer (Design Authority)\n\n2. PRINCIPAL DUTIES\n- Directs the "
            "Branch.\n")
    assert parse(text).post["direct_reports"] == 3


def test_posts_counted_with_a_breakdown_in_brackets_and_one_more_named():
    text = ("Deputy Head, Plans Office\nVacancy number: 310772\n\n1. SUMMARY\nThe Deputy Head directly supervises the "
            "three Heads of Team (Plans; Readiness; Exercises) and the Office's Executive Assistant.\n")
    assert parse(text).post["direct_reports"] == 4


def test_an_application_deadline_said_to_be_extended():
    text = ("Officer, Energy Security\nVacancy number: 310773\nApplication Deadline: 02-Mar-2031, 11:59:00 PM\n"
            "NOTE: The application deadline has been extended to 16 March 2031.\n\n1. SUMMARY\nThe Officer drafts "
            "papers.\n")
    assert parse(text).post["deadline"] == dt.date(2031, 3, 16)


def test_a_title_label_lettering_its_posts_and_labels_giving_each_its_value_by_letter():
    text = ("Grade NATO Grade G8\nSalary (Pay Basis): 4,400.00 Euro (EUR) Monthly\n\nSTAFF VACANCY 310881\n"
            "TITLE: (a) Assistant (Registry) - post REG 0020\n       (b) Senior Assistant (Registry) - post REG 0011\n"
            "GRADE: (a) B-3/G-8; (b) B-5/G-12\n\n1. Post Context.\nThe Registry keeps the records. Post (a) files the "
            "incoming documents. Post (b) chairs the Records Review Board.\n")
    assert [(p["title"], p["nato_grade"], p["salary_eur_monthly"], p["committees_chaired"]) for p in _posts(text)] == [
        ("Assistant (Registry)", "G8", 4400.0, 0), ("Senior Assistant (Registry)", "G12", None, 1)]


def test_pay_per_grade_with_both_scales_in_brackets_after_each_amount():
    text = ("Clerk Posts, Headquarters\nThe Headquarters will appoint candidates to the following posts:\n\n"
            "i. Clerk (Mail), NATO Grade B-2/G-6 – 1 vacancy (Post No. HQ MLR 0110)\n"
            "ii. Assistant (Mail), NATO Grade B-4/G-10 – 1 vacancy (Post No. HQ MLR 0120)\n\n"
            "Salary (Pay Basis): EUR 3,610.40 Monthly (B-2/G-6); EUR 4,650.10 Monthly (B-4/G-10)\n\n1. Post Context.\n"
            "The Mail Room distributes the mail.\n")
    assert [p["salary_eur_monthly"] for p in _posts(text)] == [3610.40, 4650.10]


def test_requirements_in_a_table_with_a_column_per_post():
    text = ("Vacancy No.: ACT-31-044\n\n| Post | Title | NATO Grade |\n|---|---|---|\n"
            "| A | Senior Analyst (Logistics) | G17 |\n| B | Analyst (Logistics) | G15 |\n\n## Qualifications\n\n"
            "Post-specific requirements:\n\n| Requirement | Post A | Post B |\n|---|---|---|\n"
            "| Professional experience | at least 9 years in logistics analysis | at least 2 years in logistics "
            "analysis |\n| Management experience | at least 4 years leading analysts | - |\n"
            "| Direct reports | 6 | none |\n\n## Contract\n\nA definite duration contract of 3 years.\n")
    assert [(p["min_experience_years"], p["min_management_years"], p["direct_reports"]) for p in _posts(text)] == [
        (9, 4, 6), (2, None, None)]


def test_the_posts_a_post_supervises_introduced_as_a_list_are_its_direct_reports_not_vacancies():
    text = ("STAFF VACANCY 310902\nTITLE: Branch Head, Force Structure\nGRADE: A-4/G-18\n\n1. Post Context\nThe Branch "
            "Head leads a branch of 12 staff and directly supervises the following two posts:\n\n"
            "- Section Head, Force Models;\n- Principal Assistant.\n\nThe incumbent chairs the Force Structure Working "
            "Group.\n")
    posts = _posts(text)
    assert [(p["title"], p["direct_reports"]) for p in posts] == [("Branch Head, Force Structure", 2)]


def test_a_board_s_note_glued_to_the_title_that_follows_it():
    text = ("Job Alert\nGet notified of new job alerts by emailEngineer Radar Systems\nNATO - Mons Belgium\nFull Time\n"
            "Job Description\n1. SUMMARY\nThe Engineer maintains the radar systems of the Agency.\n")
    assert parse(text).post["title"] == "Engineer Radar Systems"


def test_titles_and_grades_numbered_in_brackets_under_one_label():
    text = ("NOTIFICATION OF \"A\" GRADE VACANCIES\n\nVacancy number:      310915\nTitles and grades:   (1) Economist, "
            "Resources (A.2)\n                     (2) Senior Economist, Resources (A.4)\nClosing date:        9 June "
            "2031\n\n1. SUMMARY\nThe Section prices the common-funded programmes.\n")
    assert [(p["title"], p["grade_code"], p["nato_grade"]) for p in _posts(text)] == [
        ("Economist, Resources", "A2", None), ("Senior Economist, Resources", "A4", None)]


def test_one_title_at_either_grade_with_its_vacancy_number_after_the_grades():
    text = ("Analyst, Capability Targets (G15 / G17) (310444)\nApplication Deadline: 04-Jul-2031\n\nDescription\n"
            "Through this recruitment process we aim to fill two posts of Analyst, Capability Targets: one post at "
            "NATO Grade G15 (A.2) and one post at NATO Grade G17 (A.3).\n\n1. SUMMARY\nThe team assesses national "
            "plans.\n")
    assert [(p["title"], p["nato_grade"]) for p in _posts(text)] == [
        ("Analyst, Capability Targets", "G15"), ("Analyst, Capability Targets", "G17")]


def test_a_title_label_alone_over_its_lettered_posts():
    text = ("**STAFF VACANCY 310950**\n\n**TITLE:**\n(a) Staff Officer (Air Policy)\n(b) Staff Officer (Space "
            "Policy)\n\n**CLOSING DATE:** 1 July 2031\n\n## 1. Post Context\n\nThe Branch advises the Military "
            "Committee.\n")
    assert [p["title"] for p in _posts(text)] == ["Staff Officer (Air Policy)", "Staff Officer (Space Policy)"]


def test_grades_lettered_on_the_lines_below_a_label_alone():
    text = ("**STAFF VACANCY 310951**\n\n**TITLE:**\n(a) Staff Officer (Air Policy)\n(b) Staff Officer (Space "
            "Policy)\n\n**GRADE:**\n(a) A-2/G-15\n(b) A-3/G-17\n\n**CLOSING DATE:** 1 July 2031\n\n## 1. Post "
            "Context\n\nThe Branch advises the Military Committee.\n")
    assert [(p["grade_code"], p["nato_grade"]) for p in _posts(text)] == [("A2", "G15"), ("A3", "G17")]


def test_direct_reports_listed_after_are_count_every_item():
    text = _HEAD + ("The Head's direct reports are the two Deputy Heads and the four Team Leaders (six in total).\n"
                    "2. QUALIFICATIONS\n")
    assert parse(text).post["direct_reports"] == 6


def test_direct_reports_counted_in_french_in_brackets():
    text = ("Cheffe/Chef, Section des achats\nRéférence : 310201\n1. RÉSUMÉ\nLa cheffe/le chef dirige la Section, "
            "qui compte environ 20 agents, et encadre directement les deux adjoints et l'assistant principal "
            "(3 subordonnés directs).\n")
    assert parse(text).post["direct_reports"] == 3


def test_years_that_stand_in_for_a_degree_are_not_the_experience_asked():
    for line in ("a university degree in law, or higher secondary education and an additional 3 years of relevant "
                 "experience;", "a degree in economics, or 5 years of relevant experience in lieu of the degree;"):
        post = parse(_essential(line, "at least 6 years of experience in legal or financial advice;")).post
        assert post["min_experience_years"] == 6, line


def test_a_sentence_broken_by_a_page_break_and_its_running_header_goes_on():
    page = "\n\n                 Page {} of 4\nNATO UNCLASSIFIED\n          ACO/HR/VN(2031)0042\n"
    text = (_HEAD + "2. QUALIFICATIONS\nESSENTIAL\nExperience: The incumbent must have at least" + page.format(2)
            + "8 years of experience in the operation of data centres.\nLanguage: the following minimum levels of "
            "NATO's official languages (English/French): V (\"Advanced" + page.format(3) + "\") in one; II "
            "(\"Elementary\") in the other." + page.format(4) + "3. CONTRACT\nA contract of 3 years.\n")
    post = parse(text).post
    assert (post["min_experience_years"], post["lang_level_one"], post["lang_level_other"]) == (8, 5, 2)


def test_a_bilingual_pair_of_title_labels_on_one_line_gives_the_english_title():
    text = ("NOTIFICATION D'UNE VACANCE DE POSTE / NOTIFICATION OF A VACANCY AVIS DE VACANCE N° / VACANCY NOTICE No.: "
            "310377 POSTE : Chef/Cheffe, Section des archives POST: Head, Archives Section GRADE : A.4 DATE LIMITE : "
            "2 mai 2031 CLOSING DATE: 2 May 2031\n1. SUMMARY The Section keeps the records of the Staff.\n")
    assert parse(text).post["title"] == "Head, Archives Section"


def test_a_table_of_posts_holding_one_title_at_two_grades():
    text = ("# STAFF VACANCY 310318\n\n**TITLE:** Analyst (Space Policy) (2 posts, different grades) and Assistant "
            "(Space Policy)\n\n| Post | Title | Grade | Post number |\n|---|---|---|---|\n| 1 | Analyst (Space "
            "Policy) | A-3/G-17 | IMS SPC 0010 |\n| 2 | Analyst (Space Policy) | A-2/G-15 | IMS SPC 0020 |\n| 3 | "
            "Assistant (Space Policy) | B-4/G-10 | IMS SPC 0030 |\n\n## 1. Post Context\n\nThe Branch advises the "
            "Military Committee.\n")
    assert [(p["title"], p["nato_grade"]) for p in _posts(text)] == [
        ("Analyst (Space Policy)", "G17"), ("Analyst (Space Policy)", "G15"), ("Assistant (Space Policy)", "G10")]


_THREE_POSTS = ("# STAFF VACANCY 310319\n\n| Post | Title | Grade |\n|---|---|---|\n| 1 | Analyst (Space Policy) | "
                "A-3/G-17 |\n| 2 | Analyst (Space Policy) | A-2/G-15 |\n| 3 | Assistant (Space Policy) | B-4/G-10 |\n\n"
                "## 1. Principal Duties\n\n")


def test_label_lines_right_below_a_posts_paragraph_are_its_own():
    text = _THREE_POSTS + ("**Post 1 (A-3/G-17)** leads the policy work of the Branch.\nDirect reports: 3\n\n**Post 2 "
                           "(A-2/G-15)** drafts the papers.\nDirect reports: N/A\n\n**Post 3 (B-4/G-10)** keeps the "
                           "tracker.\nDirect reports: N/A\n")
    assert [p["direct_reports"] for p in _posts(text)] == [3, None, None]


def test_a_language_label_said_of_posts_by_their_serials():
    text = _THREE_POSTS + ("The Branch drafts policy.\n\n## 2. Essential Qualifications\n\na. **Language (Posts 1 and "
                           "2):** the following minimum levels of NATO's official languages (English/French): V "
                           "(\"Advanced\") in one; III (\"Intermediate\") in the other.\n\nb. **Language (Post 3):** "
                           "IV (\"Upper Intermediate\") in one; I (\"Beginner\") in the other.\n")
    assert [(p["lang_level_one"], p["lang_level_other"]) for p in _posts(text)] == [(5, 3), (5, 3), (4, 1)]


_POSTS_BY_NUMBER = ("Analyst (Fuels) / Senior Analyst (Fuels) - NSPA careers\nThis notice covers two posts.\n"
                    "Post | Title | Grade | Reference\nPost N° KL-21 | Analyst (Fuels) | NATO Grade G15 | Ref. No "
                    "2031_00101\nPost N° KL-22 | Senior Analyst (Fuels) | NATO Grade G16 | Ref. No 2031_00102\n"
                    "Qualifications\n")


def test_a_reference_cell_that_repeats_its_label():
    assert [p["reference"] for p in _posts(_POSTS_BY_NUMBER + "- A university degree in economics.\n")] == [
        "2031_00101", "2031_00102"]


def test_items_opened_by_a_posts_labelled_number():
    text = _POSTS_BY_NUMBER + ("- KL-21: minimum 3 years' experience in energy markets.\n- KL-22 only: minimum 7 "
                               "years' experience in energy markets, including 2 years leading analysts.\n")
    assert [(p["min_experience_years"], p["min_management_years"]) for p in _posts(text)] == [(3, None), (7, 2)]


def test_a_transcriptions_page_numbers_opening_the_posts_parts_and_the_shared_section():
    text = ("Transcription\n\n1 NATO UNCLASSIFIED\nVACANCY NOTICE - TWO POSTS\n\nVacancy Number: 31/011\nJob Title: "
            "Section Head (Fuel Supply)\nNATO Grade: A-4\n\nVacancy Number: 31/012\nJob Title: Assistant (Fuel "
            "Accounting)\nNATO Grade: B-4\n\nPOST CONTEXT\nThe Division supplies fuel to the forces.\n\n2 VACANCY "
            "31/011 - SECTION HEAD (FUEL SUPPLY)\nEssential qualifications:\na. Minimum of 9 years' experience in fuel "
            "logistics.\n\n3 VACANCY 31/012 - ASSISTANT (FUEL ACCOUNTING)\nEssential qualifications:\na. Minimum of 3 "
            "years' experience in accounting.\n\n4 CONDITIONS OF EMPLOYMENT\nNewly recruited staff will be offered a "
            "definite duration contract of 3 years.\n")
    assert [(p["min_experience_years"], p["contract_years"]) for p in _posts(text)] == [(9, 3), (3, 3)]


_SONAR_POSTS = ("VACANCY NOTICE\n\nPOSTS ADVERTISED\n\nPost A   Engineer (Sonar Software)\n         Requisition ID: "
                "310944\n         Grade: NATO Grade G15\n         Salary (Pay Basis): 5,900.00 EUR (Monthly)\n\n"
                "Post B   "
                "Senior Engineer (Sonar Software)\n         Requisition ID: 310945\n         Grade: NATO Grade G17\n"
                "         Salary (Pay Basis): 7,400.00 EUR (Monthly)\n\n1. POST CONTEXT\nThe posts are within the "
                "Research Division.")
_SONAR_DUTIES = "\n\n2. PRINCIPAL DUTIES\nPost A: write the software.\nPost B: lead the team.\n"


def test_requirements_headed_by_a_posts_mark_after_a_dash():
    text = _SONAR_POSTS + _SONAR_DUTIES + (
        "\n3. QUALIFICATIONS\nEssential - Post A:\n- at least 3 years of experience in software.\nEssential - Post B:\n"
        "- at least 8 years of experience in software.\nEssential - both posts:\n- possess the following minimum "
        "levels of NATO's official languages (English/French): IV (\"Upper Intermediate\") in one; I (\"Beginner\") "
        "in the other.\n")
    assert [(p["min_experience_years"], p["lang_level_one"]) for p in _posts(text)] == [(3, 4), (8, 4)]


def test_a_shared_sentence_whose_subject_is_a_post_named_with_its_mark():
    text = _SONAR_POSTS + (" The Senior Engineer (Post B) leads the Sonar Software Team (6 engineers, including Post "
                           "A).") + _SONAR_DUTIES
    assert [p["staff_led"] for p in _posts(text)] == [None, 6]


def test_a_line_opened_by_a_blocks_number_as_its_subject_is_that_posts():
    text = ("This notice advertises two posts.\n\nPOST 1\nPost Title: Legal Adviser\nVacancy Number: 310219\n\nPOST 2\n"
            "Post Title: Assistant Legal Adviser\nVacancy Number: 310220\n\nSUMMARY\nThe Office advises the Staff.\n\n"
            "REPORTING LINES\nPost 1 reports to the Director, Office of Legal Affairs. Direct reports: 2.\nPost 2 "
            "reports to the holder of Post 1. Direct reports: N/A.\n")
    assert [p["direct_reports"] for p in _posts(text)] == [2, None]


def test_items_said_of_a_post_by_title_leave_the_rest_of_their_section_to_every_post():
    text = ("Assistant (Travel) and Senior Assistant (Travel)-310377\nGrade  NATO Grade G8-G10\nThrough this "
            "requisition we will appoint candidates for the following roles:\ni. Assistant (Travel), B-3/G-8 – 2 "
            "vacancies;\nii. Senior Assistant (Travel), B-4/G-10 – 1 vacancy.\n1. Post Context. The Office arranges "
            "travel.\n2. Principal Duties.\nAssistant (Travel): book transport.\nSenior Assistant (Travel): supervise "
            "the Office.\n3. Essential Qualifications.\na. Higher secondary education.\nb. Assistant (Travel): at "
            "least "
            "2 years' experience in travel.\nc. Senior Assistant (Travel): at least 4 years' experience in travel.\nd. "
            "Both roles: the following minimum levels of NATO's official languages (English/French): III "
            "(\"Intermediate\") in one; I (\"Beginner\") in the other.\n4. Remarks.\na. A reserve list may be "
            "established for future Assistant vacancies.\nb. Basic monthly salary (tax free): B3/G8 – 3,900.00 Euro "
            "(EUR); B4/G10 – 4,500.00 Euro (EUR).\n")
    assert [(p["lang_level_one"], p["salary_eur_monthly"]) for p in _posts(text)] == [(3, 3900.0), (3, 4500.0)]


def test_a_shared_item_opened_by_the_incumbent_of_one_post():
    text = ("Head, Ports Section / Head, Airfields Section (310604)\nGrade: G22\n\nDescription\nThrough this "
            "recruitment process we aim to hire two candidates for the following positions:\n-    Head, Ports Section "
            "(G22) (INF0217)\nClick here for post description\n\n-    Head, Airfields Section (G22) (INF0309)\nClick "
            "here for post description\n\n1. SUMMARY\n\nThe Division builds infrastructure.\n• The incumbent for the "
            "Head, Ports Section leads a team of 7 staff members. S/he acts as Secretary of the Ports Working Group.\n"
            "• The incumbent for the Head, Airfields Section leads a team of 12 staff members. S/he chairs the "
            "Airfields Steering Group.\n\nFor the Head, Ports Section:\n- dredging the harbours.\n\nFor the Head, "
            "Airfields Section:\n- paving the runways.\n")
    assert [(p["staff_led"], p["committees_chaired"]) for p in _posts(text)] == [(7, 0), (12, 1)]


def test_a_blocks_title_with_its_unit_after_a_dash():
    text = ("Systems Engineer (3 posts)\nVacancy Number: 310688\n\nProfile A – Systems Engineer (Storage) – PEM "
            "Division (2 posts)\nGrade  NATO Grade G15\nEssential (Profile A):\nat least 3 years of experience in "
            "storage.\n\nProfile B – Systems Engineer (Firewalls) – OSS Division (1 post)\nGrade  NATO Grade G16\n"
            "Essential (Profile B):\nat least 5 years of experience in network security.\n")
    assert [(p["title"], p["nato_grade"], p["min_experience_years"]) for p in _posts(text)] == [
        ("Systems Engineer (Storage)", "G15", 3), ("Systems Engineer (Firewalls)", "G16", 5)]


def test_one_title_said_at_two_grades_paired_with_the_other_scale_respectively():
    text = ("Officer, Flood Resilience\nApplication Deadline: 19-Apr-2031\n1. SUMMARY\nThrough this vacancy (reference "
            "310388) the Section is recruiting two posts of Officer, Flood Resilience, at grades A.2 and A.3 (NATO "
            "Grades G15 and G17 respectively). Candidates should say whether they apply for the A.2 post, the A.3 post "
            "or both.\n")
    assert [(p["grade_code"], p["nato_grade"]) for p in _posts(text)] == [("A2", "G15"), ("A3", "G17")]


def test_a_column_per_post_table_whose_header_row_has_no_corner_cell():
    text = ("Head, Ports Section (1 post) and Deputy Head, Airfields Section (1 post)-311207\nApplication Deadline: "
            "09-Mar-2031\n1. SUMMARY\nThe Directorate builds infrastructure.\n2. QUALIFICATIONS AND EXPERIENCE\n"
            "Post 1: Head, Ports Section | Post 2: Deputy Head, Airfields Section\nGrade | A.5 | A.4\n"
            "Professional experience | at least 12 years in port engineering | at least 8 years in airfield works\n"
            "Staff of the Section led | 11 staff | n/a (deputy)\nDirect reports | 4 | 2\n")
    assert [(p["grade_code"], p["min_experience_years"], p["staff_led"], p["direct_reports"]) for p in _posts(text)] \
        == [("A5", 12, 11, 4), ("A4", 8, None, 2)]


_BILINGUAL_TWO = ("# Senior Assistant, Meetings (1 post) and Assistant, Archives (1 post)\n\n**Primary Location:** "
                  "Belgium-Brussels  \n**Schedule:** Full-time  \n**Reference:** 310915  \n"
                  "**Salary (Pay Basis):** 4,900.00 Euro (EUR) Monthly (B.5 post) / 3,900.00 Euro (EUR) Monthly (B.3 "
                  "post)  \n**Grade:** B.5 (Senior Assistant, Meetings); B.3 (Assistant, Archives)\n\n#### 1. SUMMARY\n"
                  "\nThe Secretariat supports the committees. This notice covers two posts: a Senior Assistant, "
                  "Meetings, "
                  "who organises the meetings and supervises the three meeting clerks, and an Assistant, Archives, who "
                  "files the records.\n\n#### 2. CONTRACT\n\nA definite duration contract of 3 years.\n\n---\n\n"
                  "# Assistante principale/assistant principal, Réunions (1 poste) et assistante/assistant, Archives "
                  "(1 poste)\n\n**Référence :** 310915\n\n**Horaire :** Temps plein\n\n#### 1. RÉSUMÉ\n\nLe "
                  "Secrétariat appuie les comités.\n\n#### 2. QUALIFICATIONS ET EXPÉRIENCE\n\n- avoir une "
                  "bonne formation générale ;\n- avoir au moins 5 ans ou 2 ans d'expérience dans une fonction de "
                  "secrétariat ;\n- connaître les logiciels de bureautique.\n\n#### 3. CONTRAT\n\nContrat de durée "
                  "déterminée de 3 ans.\n")


def test_a_two_post_notice_restated_in_french_below_adds_no_post():
    assert [p["title"] for p in _posts(_BILINGUAL_TWO)] == ["Senior Assistant, Meetings", "Assistant, Archives"]


def test_pay_after_each_amount_for_the_grades_post():
    assert [p["salary_eur_monthly"] for p in _posts(_BILINGUAL_TWO)] == [4900.0, 3900.0]


def test_clauses_said_of_each_post_named_before_who():
    assert [p["direct_reports"] for p in _posts(_BILINGUAL_TWO)] == [3, None]


def test_values_per_post_in_brackets_between_spaced_slashes():
    text = ("Service Manager (2 posts) and Senior Service Manager (1 post)\n311903 Requisition #\nThis requisition "
            "covers three posts:\nPost | Grade | Location\nService Manager | NATO Grade G16 | Mons\nService Manager | "
            "NATO Grade G16 | The Hague\nSenior Service Manager | NATO Grade G18 | Mons\nQualifications\nMinimum 5 "
            "years "
            "(Service Manager) / 8 years (Senior Service Manager) of experience in IT service management.\n")
    assert [p["min_experience_years"] for p in _posts(text)] == [5, 8]


def test_a_post_count_after_a_dash_with_the_grades_in_brackets():
    assert bare(trim("Translator (French) - 2 posts (L.2 and L.3)"))[0] == "Translator (French)"


def test_either_post_of_a_joined_title_is_the_subject_of_its_chair_role():
    text = ("Head, Ports Section (1 post) & Head, Airfields Section (1 post)-311540\nGrade NATO Grade G22\n"
            "Description :\n"
            "Through this recruitment process we aim to hire two qualified candidates for the following positions:\n"
            "- Head, Ports Section (INF0044)\n- Head, Airfields Section (INF0045)\n1. SUMMARY\nThe Head, Ports Section "
            "leads a team of 8 staff and chairs the Harbour Works Working Group (HWWG).\nThe Head, Airfields Section "
            "leads a team of 6 staff and acts as secretary of the Runway Task Force (RTF), which is chaired by the "
            "Director.\n")
    assert [p["committees_chaired"] for p in _posts(text)] == [1, 0]


def test_levels_stated_for_every_post_above_each_posts_own_requirements():
    text = ("VACANCY NOTICE\nVacancy Number: 311544\nThis notice advertises the following posts.\n\nPost title | "
            "Grade\n"
            "Service Manager | G17\nService Technician | G12\n\nAll posts: a contract of three years. Language "
            "requirement for all posts: IV (\"Upper Intermediate\") in one of NATO's official languages; I "
            "(\"Beginner\") "
            "in the other.\n\nPOST A - SERVICE MANAGER (G17)\nEssential requirements:\n - At least 7 years of "
            "experience in IT service management.\n\nPOST B - SERVICE TECHNICIAN (G12)\nEssential requirements:\n - "
            "At least 5 years of experience in desktop support.\n")
    assert [(p["lang_level_one"], p["lang_level_other"]) for p in _posts(text)] == [(4, 1), (4, 1)]


def test_lettered_titles_in_capitals_and_a_heading_said_of_every_letter():
    text = ("CIVILIAN VACANCY ANNOUNCEMENT - TWO POSTS\nClosing Date: 03 December 2031\n\n=====\nA. OPERATIONAL "
            "ANALYST\n=====\nVacancy Number: ACT 31/091\nPost Number: SPP ORA 0120\nNATO Grade: NG 15\nPrincipal "
            "Duties:\n - Models operations.\n\n=====\nB. FINANCIAL ASSISTANT\n=====\nVacancy Number: ACT 31/092\n"
            "Post Number: RM FIN 0315\nNATO Grade: NG 10\nPrincipal Duties:\n - Processes invoices.\n\n=====\n"
            "CONTRACT (A and B)\nNewly recruited staff will be offered a 3-year definite duration contract.\n")
    assert [(p["title"], p["contract_years"]) for p in _posts(text)] == [
        ("Operational Analyst", 3), ("Financial Assistant", 3)]


def test_a_headcount_said_of_a_listed_post_that_the_title_line_does_not_name():
    text = ("NATO: Head, Fuel Section / Fuel Officer / Fuel Assistant – Capellen\nJOB DESCRIPTION\nNATO SUPPORT AND "
            "PROCUREMENT AGENCY (NSPA) – VACANCY NOTICE\nVacancy reference: 310788\n"
            "Closing date: 12 September 2031\nThis vacancy notice covers three posts in the Fuel Section:\n  Head, "
            "Fuel "
            "Section – NATO Grade G20 – Post No. FS-0001\n  Fuel Officer – NATO Grade G15 – Post No. FS-0014\n  Fuel "
            "Assistant – NATO Grade G10 – Post No. FS-0027\nBasic monthly salary (tax-free): G20 – 10,400.00 EUR; G15 "
            "– 6,300.00 EUR; G10 – 4,400.00 EUR.\n(a) HEAD, FUEL SECTION\nThe Head leads the Fuel Section "
            "(approximately 12 staff) and reports to the Programme Manager.\n  Directs fuel planning;\n(b) FUEL "
            "OFFICER\nThe Officer plans deliveries.\nQualifications:\n- at least 5 years of experience in fuel "
            "logistics.\n")
    assert [p["staff_led"] for p in _posts(text)] == [12, None, None]


def test_clauses_of_a_sentence_each_opened_by_a_post_as_its_subject():
    text = ("| Post | Post number | Grade |\n|---|---|---|\n| Buyer | PRC-0211 | G15 |\n| Senior Buyer | PRC-0204 | "
            "G17 "
            "|\n\n## Summary\n\nThe Division buys spares. The Buyer prepares and administers contracts; the Senior "
            "Buyer, "
            "in addition, leads negotiations and supervises three Buyers.\n")
    assert [p["direct_reports"] for p in _posts(text)] == [None, 3]


def test_grades_said_of_titles_by_their_two_word_heads():
    text = ("Primary Location: Belgium-Brussels\nNATO Body: International Military Staff (NATO IMS)\nSchedule: "
            "Full-time\n"
            "Application Deadline: 11-Jan-2031, 11:59:00 PM\nGrade: NATO Grade G15 / NATO Grade G20\nDescription:\n"
            "STAFF VACANCY 311077\nDIVISION: International Military Staff (IMS)\nTITLE: Staff Officer (Space "
            "Policy) (2 "
            "posts) / Section Head (Space Policy) (1 post)\nGRADE: A-2/G-15 (Staff Officer); A-4/G-20 (Section Head)\n"
            "Please note that the competition for these posts will take place in Brussels\nand is provisionally "
            "scheduled for the first quarter of 2031.\n\n1. Post Context.\nThe Space Policy Section (SPS) prepares "
            "military advice to the Military\nCommittee (MC) on space as a domain of operations. It is composed of a\n"
            "Section Head, five Staff Officers and one Assistant (7 staff in total).\n")
    assert [(p["grade_code"], p["nato_grade"]) for p in _posts(text)] == [("A2", "G15"), ("A4", "G20")]


def test_pay_said_at_each_grade_in_a_sentence():
    for sentence in ("The basic monthly salary is 6,200.00 EUR at grade G15 and 8,400.00 EUR at grade G17.",
                     "The basic salary for grade G15 is 6.200,00 Euro per month and for grade G17 is 8.400,00 Euro per "
                     "month, tax free."):
        text = ("Officer, Arms Control (G15) / Senior Officer, Arms Control (G17)\nApplication Deadline: 25-Jan-2031\n"
                "Through this competition we seek candidates for the following posts:\n- Officer, Arms Control (G15)\n"
                f"- Senior Officer, Arms Control (G17)\n1. SUMMARY\n{sentence}\n")
        assert [p["salary_eur_monthly"] for p in _posts(text)] == [6200.0, 8400.0], sentence


def test_a_calendar_icon_before_its_deadline_label():
    assert parse("Head, Planning Section\n📅 Deadline Date: Sunday 12 April 2031\n1. SUMMARY\nThe Head leads the "
                 "Section.\n").post["deadline"] == dt.date(2031, 4, 12)


def test_a_posts_part_headed_by_its_mark_and_a_note():
    text = ("VACANCY NOTICE\n| | Post 1 | Post 2 |\n|---|---|---|\n| Title | Vessel Officer | Senior Technician "
            "(Electronics) |\n| Vacancy ref. | 310612 | 310613 |\n| Grade | NATO Grade G15 | NATO Grade G12 |\n"
            "| Salary (Pay Basis) | 5,900.00 EUR (Monthly) | 4,800.00 EUR (Monthly) |\n\n1. POST CONTEXT\nThe Office "
            "runs the research vessel.\n2. QUALIFICATIONS\nPost 1 (essential):\n- at least 5 years of seagoing "
            "experience;\nPost 2 (essential):\n- minimum 9 years of experience maintaining marine electronics.\n")
    assert [p["min_experience_years"] for p in _posts(text)] == [5, 9]


def test_a_labels_values_each_followed_by_its_posts_mark():
    text = ("Legal Adviser (Post A) and Senior Legal Adviser (Post B)\nApplication Deadline: 08-Mar-2031\nSalary (Pay "
            "Basis): 7,900.00 Euro (EUR) Monthly (Post A) / 9,600.00 Euro (EUR) Monthly (Post B)\nThis notice covers "
            "two posts:\n- Post A: Legal Adviser (A.3)\n- Post B: Senior Legal Adviser (A.4)\n1. SUMMARY\nThe Office "
            "advises the Agency.\n")
    assert [p["salary_eur_monthly"] for p in _posts(text)] == [7900.0, 9600.0]


def test_a_posts_label_lettering_its_posts_each_with_a_grade_label():
    text = ("STAFF VACANCY                                   INTERNATIONAL MILITARY STAFF\nVacancy Number: "
            "IMS/031/11\n\n"
            "POSTS:      (A)  Assistant (Library)                  GRADE:  B-3\n"
            "            (B)  Senior Assistant (Library)           GRADE:  B-5\n\n"
            "1.  POST CONTEXT.  The Library holds the documents of the Staff.\n")
    assert [(p["title"], p["grade_code"]) for p in _posts(text)] == [
        ("Assistant (Library)", "B3"), ("Senior Assistant (Library)", "B5")]


def test_applications_on_a_form_that_must_reach_an_office_by_a_date():
    assert parse(_HEAD + "6. APPLICATIONS. Applications on the NATO application form must reach the Personnel Office "
                         "not later than 25 July 2031 (closing date).\n").post["deadline"] == dt.date(2031, 7, 25)


def test_items_counting_posts_right_below_an_intro_ending_with_a_colon():
    text = ("Officer, Space (1 post) & Junior Officer, Space (1 post) - NATO | Jobs\nThrough this recruitment "
            "process we "
            "aim to hire 2 qualified candidates for the following positions:\n1 post as Officer, Space (DI0142) (G17)\n"
            "1 post as Junior Officer, Space (DI0301) (G15)\n1. SUMMARY\nThe Division.\n")
    assert [(p["title"], p["nato_grade"]) for p in _posts(text)] == [
        ("Officer, Space", "G17"), ("Junior Officer, Space", "G15")]


def test_a_french_intro_to_the_posts_a_notice_fills():
    text = ("Chef/Cheffe, Section Ports (1 poste) et Administrateur/Administratrice (ports) (1 "
            "poste)\n\nOrganisation : "
            "OTAN SI\nDate limite de dépôt des candidatures : 12-oct.-2031, 23:59:00\n\nPar la présente procédure de "
            "recrutement, l'OTAN entend pourvoir les deux postes suivants :\n- Chef/Cheffe, Section Ports – grade OTAN "
            "G20 (DI0158) ;\n- Administrateur/Administratrice (ports) – grade OTAN G17 (DI0163).\n\n1. RÉSUMÉ\nLa "
            "Division gère les ports.\n")
    assert [(p["title"], p["nato_grade"]) for p in _posts(text)] == [
        ("Chef/Cheffe, Section Ports", "G20"), ("Administrateur/Administratrice (ports)", "G17")]


def test_posts_each_under_a_title_label_with_a_grade_label():
    for pair in ("TITLE: Staff Officer (Exercises)\nGRADE: A-3/G-17\n\nTITLE: Assistant (Exercises)\nGRADE: B-3/G-8\n",
                 "TITLE: Staff Officer (Exercises) (2 posts) GRADE: A-3/G-17\nTITLE: Assistant (Exercises) GRADE: "
                 "B-3/G-8\n"):
        text = ("STAFF VACANCY 310918\n\nDIVISION: International Military Staff (IMS)\n\n" + pair + "\nPlease note "
                "that the competition for these posts will be held on-site.\n\n1. Post Context.\nThe Branch plans "
                "exercises.\n")
        assert [(p["title"], p["grade_code"], p["nato_grade"]) for p in _posts(text)] == [
            ("Staff Officer (Exercises)", "A3", "G17"), ("Assistant (Exercises)", "B3", "G8")], pair


def test_a_committee_named_by_its_acronym_after_its_chairs_title_is_one_committee():
    text = _HEAD + ("The Head acts as Chair of the Harbour Partnership Working Group (HPWG) and co-chairs the Harbour "
                    "Tools Steering Group (HTSG).\n2. PRINCIPAL DUTIES\na. Chairing the HPWG and preparing its "
                    "recommendations.\n")
    assert parse(text).post["committees_chaired"] == 2


def test_a_table_row_whose_gaps_were_lost_and_pay_said_for_each_grades_posts():
    text = ("VACANCY NOTICE\nVacancy No. 2031/031\nClosing date: 15 May 2031\nThe Division has the following "
            "vacancies:\nPost Title Grade Post No. Location\nSenior Engineer (Sonar Systems) A4 SSD 0107 The Hague\n"
            "Engineer (Sonar Systems) A3 SSD 0112 The Hague\nBACKGROUND\nThe Division builds sonars.\nCONDITIONS OF "
            "EMPLOYMENT\nThe basic monthly salary (tax free) is EUR 7,400.00 for the A4 post and EUR 6,000.00 for the "
            "A3 posts, plus allowances.\n")
    assert [(p["title"], p["grade_code"], p["salary_eur_monthly"]) for p in _posts(text)] == [
        ("Senior Engineer (Sonar Systems)", "A4", 7400.0), ("Engineer (Sonar Systems)", "A3", 6000.0)]


def test_post_numbers_joined_in_brackets_after_a_title():
    assert bare(trim("Engineer, Network Operations (CSU-MNS-0120 & CSU-MNS-0126)"))[0] == \
        "Engineer, Network Operations"


def test_clauses_of_one_sentence_each_said_for_a_post_by_its_title():
    text = ("Senior Officer, Space (1 post), Officer, Space (1 post) & Assistant, Space (1 post)\nThrough this "
            "recruitment "
            "process we aim to hire three qualified candidates for the following positions:\n- Senior Officer, Space "
            "(G17)\n- Officer, Space (G15)\n- Assistant, Space (G8)\n1. SUMMARY\nCandidates for the Senior Officer "
            "post "
            "must have at least 9 years of professional experience in space policy, including 3 years of team "
            "management; those for the Officer post at least 4 years of professional experience in the same field; "
            "and those for the Assistant post at least 3 years of administrative support experience.\n")
    assert [(p["min_experience_years"], p["min_management_years"]) for p in _posts(text)] == [
        (9, 3), (4, None), (3, None)]


def test_values_each_followed_by_its_posts_title_in_brackets_with_the_commas_stripped():
    text = ("Through this recruitment process we aim to hire three qualified candidates for the following positions:\n"
            "Senior Officer Port Planning (G20) (NOR0144)\nOfficer Port Planning (G17) (NOR0151)\nAssistant Port "
            "Planning (G11) (NOR0163)\n1. SUMMARY\nThe Office plans ports.\n2. QUALIFICATIONS AND EXPERIENCE\n"
            "ESSENTIAL\nThe incumbents must:\nhave at least 9 years experience (Senior Officer) 5 years experience "
            "(Officer) or 2 years experience (Assistant) in port planning in a national administration;\n")
    assert [p["min_experience_years"] for p in _posts(text)] == [9, 5, 2]
