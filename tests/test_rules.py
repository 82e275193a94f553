"""Unit tests of the matching rules on short real-world phrasings (seconds, no files)."""

from __future__ import annotations

import datetime as dt

import pytest

from analysis.extract import committees, competencies, experience, header, languages, staff
from analysis.extract.grammar import parse_date
from analysis.ingest import Document, read_document
from analysis.parse import parse_document
from analysis.pipeline import slug
from analysis.segment import segment
from conftest import RAW


def notice(body: str, section: str = "COMPETENCIES"):
    return segment(f"1. SUMMARY\nText.\n2. {section}\n{body}\n")


@pytest.mark.parametrize("line", [
    "Organizational Awareness: Understands underlying issues.",
    "- Organisational Awareness: Understands underlying issues;",
    "Organisational Awareness Understands underlying issues",
    "**Organizational Awareness**: understands underlying issues",
])
def test_competency_spelling_variants_map_to_one_rung(line):
    rows, problems = competencies.extract(notice(line))
    assert [(r["competency"], r["level"], r["max_level"]) for r in rows] == [("Organisational Awareness", 5, 6)]
    assert problems == []


def test_most_specific_rung_wins():
    rows, _ = competencies.extract(notice("Organisational Awareness: Understands long-standing underlying issues;\n"
                                          "Initiative: Acts three to twelve months ahead;\n"
                                          "Developing Others: Provides in depth mentoring coaching and training"))
    assert [r["level"] for r in rows] == [6, 5, 5]


def test_unknown_descriptor_keeps_level_empty_and_is_reported():
    rows, problems = competencies.extract(notice("Teamwork: Juggles flaming torches;"))
    assert rows[0]["competency"] == "Teamwork" and rows[0]["level"] is None and rows[0]["max_level"] == 7
    assert "Juggles flaming torches" in problems[0]


def test_languages_named_per_language_and_french_wording():
    n = segment("2. QUALIFICATIONS\nESSENTIAL\n- possess the following minimum levels of NATO's official languages "
                "(English/French): V (\"Advanced\") in English; II (\"Elementary\") in French.\n")
    rows, _ = languages.extract(n)
    assert [(r["slot"], r["level"], r["language"]) for r in rows] == [("one", 5, "English"), ("other", 2, "French")]
    fr = segment("2. QUALIFICATIONS ET EXPÉRIENCE\nACQUIS ESSENTIELS\n- avoir au minimum le niveau de compétence VI "
                 "(« maîtrise ») dans l'une des deux langues officielles de l'OTAN (anglais/français), et le niveau I "
                 "(« débutant ») dans l'autre.\n3. RÉSUMÉ\nx\n")
    rows, _ = languages.extract(fr)
    assert [(r["slot"], r["roman"]) for r in rows] == [("one", "VI"), ("other", "I")]


def test_experience_phrasings():
    n = notice("- a minimum of ten (10) years of relevant professional experience;\n"
               "- 3-5 years of experience in project management;\n"
               "- at least 4 years' experience of supervising staff;\n"
               "- the contract is for an initial period of 3 years.", "QUALIFICATIONS")
    rows = experience.extract(n)
    assert [(r["years"], r["years_max"], r["qualifier"], r["kind"]) for r in rows] == [
        (10.0, None, "at_least", "professional"), (3.0, 5.0, "range", "professional"),
        (4.0, None, "at_least", "management")]


def test_committee_list_without_commas_and_acronyms():
    n = segment("1. SUMMARY\nThe ASG chairs and co-chairs high-level committees of nations. These committees include "
                "the A Committee the B Committee and C related Committees.\n")
    rows, problems = committees.extract(n)
    assert [r["committee"] for r in rows] == ["A Committee", "B Committee", "C related Committees"]
    assert len(problems) == 3
    n = segment("1. SUMMARY\nThe Deputy chairs the Budget Committee the Audit Board and the Gulf Dialogue related "
                "committees.\n")  # "related committees" in lower case closes a name as its capitalised form does
    rows, _ = committees.extract(n)
    assert [r["committee"] for r in rows] == ["Budget Committee", "Audit Board", "Gulf Dialogue related committees"]
    n = segment("1. SUMMARY\nThe Director chairs the Resource Policy and Planning Board (RPPB) and serves the "
                "Budget Committee.\n")
    rows, _ = committees.extract(n)
    assert [(r["committee"], r["acronym"], r["role"]) for r in rows] == [
        ("Resource Policy and Planning Board", "RPPB", "chair"), ("Budget Committee", None, "serves")]


def test_staff_phrasings():
    n = segment("1. SUMMARY\nThe Head leads the Cyber Defence Section, a team of some 25 staff members.\n"
                "4. INTERRELATIONSHIPS\nDirect reports: 4\nIndirect reports: 20\n")
    rows = staff.extract(n)
    assert [(r["kind"], r["count"], r["approximate"]) for r in rows] == [
        ("leads", 25, True), ("direct_reports", 4, False), ("indirect_reports", 20, False)]


@pytest.mark.parametrize(("text", "expected"), [
    ("06-Apr-2025, 9:59:00 PM", dt.date(2025, 4, 6)), ("28-avr.-2024, 23:59:00", dt.date(2024, 4, 28)),
    ("12 May 2025", dt.date(2025, 5, 12)), ("May 12, 2025", dt.date(2025, 5, 12)),
    ("2025-05-12", dt.date(2025, 5, 12)), ("25/05/2025", dt.date(2025, 5, 25)),
    ("05/06/2025", dt.date(2025, 6, 5)), ("soon", None)])
def test_dates(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize(("line", "grade", "code", "nato"), [
    ("Grade A.2 / NATO Grade G15", "A.2 / NATO Grade G15", "A2", "G15"),
    ("Grade NATO Grade G22", "NATO Grade G22", None, "G22"),
    ("GRADE: A-4", "A-4", "A4", None),
    ("Grade: A2/A3", "A2/A3", None, None),
    ("Grade Unclassified", None, None, None)])
def test_grades(line, grade, code, nato):
    found, got_code, got_nato = header.grade(segment(line + "\n1. SUMMARY\nx"))
    assert (found.value if found else None, got_code, got_nato) == (grade, code, nato)


@pytest.mark.parametrize(("head", "amount", "problem"), [
    ("Salary (Pay Basis): 10,742.69Euro (EUR) Monthly Grade NATO Grade G22", 10742.69, None),
    ("Primary Location: Belgium-BrusselsSalary (Pay Basis): 7,964.85Euro (EUR) MonthlyGrade NATO Grade G20",
     7964.85, None),
    ("Salaire (Base de paie)\n: 10 729,95Euro (EUR) Mensuelle", 10729.95, None),
    ("Salary (Pay Basis)\n\n13,206.07\n\nGrade\n\nNATO Grade G23", None, "bare amount"),
    ("Salary (Pay Basis): 1.234.567 Euro Monthly", None, "1,234,567.00 EUR is beyond any NATO grade"),  # (read,
    # then refused as no grade's monthly pay)
    ("Salary (Pay Basis): 12.345 Euro (EUR) Monthly", 12345.0, None),
    ("Salary (Pay Basis): 9,000.00 US Dollar (USD) Monthly", None, "USD"),
])
def test_salary_lines(head, amount, problem):
    n = segment(head + "\n1. SUMMARY\nx")
    found, message = header.salary(header.header_values(n), n)
    assert (found.value if found else None) == amount
    assert (problem is None and message is None) or problem in message


@pytest.mark.parametrize(("head", "field", "value"), [
    ("Primary Location: Belgium-BrusselsNATO Body: NATO International Staff (NATO IS)Schedule: Full-time"
     "Application Deadline: 14-Sep-2025, 11:59:00 PM", "location", "Belgium-Brussels"),
    ("Primary Location: Belgium-BrusselsNATO Body: NATO International Staff (NATO IS)Schedule: Full-time",
     "organisation", "NATO International Staff (NATO IS)"),
    ("27-Jul-2025, 9:59:00 PMSalary (Pay Basis): 4,565.36Euro (EUR) MonthlyGrade NATO Grade G10Description",
     "grade", "NATO Grade G10"),
    ("Vacancy Number: 16021 Grade: A-2 Title: Administrator (Information Security & Assurance) Country: Germany",
     "title", "Administrator (Information Security & Assurance)"),
    ("Primary Location\nNATO International Staff (NATO IS)\nSchedule\nFull-time", "location",
     "NATO International Staff (NATO IS)"),
])
def test_glued_header_labels(head, field, value):
    n = segment(head + "\n1. SUMMARY\nx")
    assert header.header_values(n)[field].value == value


def test_slugs():
    assert slug("Assistant Secretary General for Political Affairs and Security Policy") == \
        "asg-political-affairs-and-security-policy"
    assert slug("Head of the Policy Planning Unit") == "head-policy-planning-unit"


def test_french_only_notice_from_the_bilingual_sample():
    lines = (RAW / "asg-defence-investment-240562.md").read_text(encoding="utf-8").split("\n")
    french = "\n".join(lines[134:])
    parsed = parse_document(Document("fr.md", "md", french))
    p = parsed.post
    assert p["notice_language"] == "fr" and p["reference"] == "240562"
    assert (p["lang_level_one"], p["lang_level_other"], p["min_experience_years"]) == (6, 1, 15)
    assert p["post_family"] == "ASG" and p["deadline"] == dt.date(2024, 4, 28)
    comp = parsed.rows["competencies"]
    assert len(comp) == 9 and all(r["level"] is not None for r in comp)
    assert {r["competency"] for r in comp} >= {"Achievement", "Self-Control", "Organisational Awareness"}
    roles = sorted(r["role"] for r in parsed.rows["committees"])
    assert roles == ["chair", "chair", "co_chair", "permanent_chair"]
    kinds = {(r["kind"], r["count"]) for r in parsed.rows["staff"]}
    assert kinds == {("leads", 80), ("co_leads", 75)}


def test_more_phrasings_of_years_rungs_contracts_and_roles():
    rows, _ = competencies.extract(notice("Initiative: Acts 3-12 months ahead;\nInitiative: Acts up to 2 months ahead"))
    assert [r["level"] for r in rows] == [5, 4]
    n = notice("- at least 10 years of progressively responsible experience, of which at least 5 in a "
               "people management position;\n- 7 years or more of relevant experience.", "QUALIFICATIONS")
    assert [(r["years"], r["kind"], r["qualifier"]) for r in experience.extract(n)] == [
        (10.0, "professional", "at_least"), (5.0, "management", "at_least"), (7.0, "professional", "at_least")]
    from analysis.extract import conditions
    years, _ = conditions.contract(segment("1. SUMMARY\nx\n6. CONTRACT\nA 3-year definite duration contract "
                                           "will be offered.\n"))
    assert years.value == 3
    n = segment("1. SUMMARY\nThe Head will chair the Logistics Committee and provides secretariat support to the "
                "Budget Committee.\n")
    rows, _ = committees.extract(n)
    assert [(r["committee"], r["role"]) for r in rows] == [("Logistics Committee", "chair"),
                                                            ("Budget Committee", "supports")]
    found, code, nato = header.grade(segment("NATO Grade: G15\n1. SUMMARY\nx"))
    assert (found.value, code, nato) == ("G15", None, "G15")


def test_title_naming_two_posts_gives_two_posts(tmp_path):
    from analysis.pipeline import build

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "two.txt").write_text(
        "Head NATO Affairs and Security Policy Section (1 post) & Head Multilateral Organisations Section "
        "(1 post)-250875\n1. SUMMARY\nThrough this recruitment process we aim to hire two qualified candidates "
        "for the following positions:\n2. QUALIFICATIONS\nESSENTIAL\n- have at least 8 years of experience;\n",
        encoding="utf-8")
    posts = build(raw, tmp_path / "out").frames["posts"]
    assert list(posts["post_id"]) == ["250875-head-nato-affairs-and-security-policy-section",
                                      "250875-head-multilateral-organisations-section"]
    assert list(posts["reference"]) == ["250875", "250875"] and list(posts["min_experience_years"]) == [8, 8]


def test_position_list_ends_at_the_blank_line():
    text = ("1. SUMMARY\nWe aim to hire two qualified candidates for the following positions:\n"
            "- Officer (Plans) (250001)\n- Officer (Budget) (250002)\n\nThe Head leads the Section.\n"
            "2. QUALIFICATIONS\nx\n")
    parsed = parse_document(Document("x.txt", "txt", text))
    assert [(t, r, n) for t, r, n, *_ in parsed.positions] == [("Officer (Plans)", "250001", 3),
                                                             ("Officer (Budget)", "250002", 4)]
    assert parsed.positions[0][3] == "Officer (Plans) (250001)", "evidence is the source line"


def test_every_code_table_row_has_its_columns_and_every_pattern_compiles():
    """A comma inside an unquoted regex ("{5,7}") splits a row: every row keeps the header's columns; no row is
    written twice."""
    import csv
    import re
    from importlib import resources

    tables = [p for p in resources.files("analysis.data").iterdir() if p.name.endswith(".csv")]
    assert len(tables) > 10
    for path in tables:
        rows = list(csv.reader(path.read_text(encoding="utf-8").splitlines()))
        assert all(len(r) == len(rows[0]) for r in rows[1:] if r), path.name
        assert len({tuple(r) for r in rows if r}) == len([r for r in rows if r]), f"a row twice in {path.name}"
        for row in csv.DictReader(path.read_text(encoding="utf-8").splitlines()):
            if "pattern" in row:
                re.compile(row["pattern"])


def test_the_incumbent_will_introduces_duties_not_requirements():
    n = segment("Head\n1. SUMMARY\nText.\n2. PRINCIPAL DUTIES\nThe incumbent will:\n- chair the Audit Board.\n"
                "3. QUALIFICATIONS\nThe incumbent must:\n- have 10 years of experience.\n")
    assert [(s.key, [ln.text for ln in s.body]) for s in n.sections if s.key in ("accountabilities", "essential")] == [
        ("accountabilities", ["The incumbent will:", "chair the Audit Board."]),
        ("essential", ["The incumbent must:", "have 10 years of experience."])]


def test_numbered_items_below_a_line_ending_in_lower_case_stay_apart():
    n = segment("1. SUMMARY\nText.\n5. COMPETENCIES\n1. Achievement - Sets and works to meet challenging goals\n"
                "2. Analytical Thinking - Makes complex plans or analyses\n3. Teamwork - Builds team spirit\n")
    rows, _ = competencies.extract(n)
    assert [(r["competency"], r["level"]) for r in rows] == [("Achievement", 5), ("Analytical Thinking", 4),
                                                             ("Teamwork", 6)]


def test_contract_years_written_twice_without_brackets():
    parsed = parse_document(Document("x.txt", "txt", "Officer\n1. SUMMARY\nText.\n6 CONTRACT\nThe successful "
                                     "applicant will be offered an initial period of four 4 years\n"))
    assert parsed.post["contract_years"] == 4


def test_competencies_listed_by_name_alone():
    n = segment("1. SUMMARY\nText.\n5. COMPETENCIES\n- Achievement\n- Developing Others\n- Teamwork\n")
    rows, problems = competencies.extract(n)
    assert [(r["competency"], r["descriptor"], r["level"]) for r in rows] == [
        ("Achievement", None, None), ("Developing Others", None, None), ("Teamwork", None, None)]
    assert len(problems) == 3


def test_a_heading_as_the_label_of_a_two_column_row(tmp_path):
    (tmp_path / "n.txt").write_text("Head, Training Branch\nPost Context              The Branch trains staff.\n"
                                    "Competencies              - Achievement\n                          - Teamwork\n",
                                    encoding="utf-8")
    parsed = parse_document(read_document(tmp_path / "n.txt", tmp_path))
    assert [r["competency"] for r in parsed.rows["competencies"]] == ["Achievement", "Teamwork"]


def test_table_rows_stay_apart_and_contract_as_an_initial_appointment():
    n = segment("1. SUMMARY\nText.\nAttributes and Competencies\n| Competency | Level required |\n|---|---|\n"
                "| Organisational Awareness | 6 - Understands long-standing underlying issues of the organisation and "
                "its partners |\n| Achievement | 5 - Sets and works to meet challenging goals |\n")
    rows, _ = competencies.extract(n)
    assert [r["competency"] for r in rows] == ["Organisational Awareness", "Achievement"]
    parsed = parse_document(Document("x.txt", "txt", "Officer\n1. SUMMARY\nText.\nThe successful candidate will "
                                     "receive an initial appointment of 24 months.\n"))
    assert parsed.post["contract_years"] == 2


@pytest.mark.parametrize(("line", "expected"), [
    ("Contract duration: 2 years (with possibility of renewal)", 2),
    ("Initial contract: 3 years. Renewal is subject to performance.", 3),
    ("The initial contract is for two years and may be renewed.", 2),
    # a probationary period is no contract
    ("The successful applicant will be offered a 3-year contract. New staff serve a probationary period of six "
     "months.", 3),
])
def test_contract_lengths_stated_as_labels_or_statements(line, expected):
    parsed = parse_document(Document("x.txt", "txt", f"Officer\n1. SUMMARY\nText.\n6. CONTRACT\n{line}\n"))
    assert parsed.post["contract_years"] == expected


def test_competencies_flattened_with_middle_dots():
    n = segment("1. SUMMARY\nText.\n5. COMPETENCIES\nAchievement — Sets and works to meet challenging goals · "
                "Teamwork — Builds team spirit · Initiative — Acts one to two years ahead\n")
    rows, _ = competencies.extract(n)
    assert [(r["competency"], r["level"]) for r in rows] == [("Achievement", 5), ("Teamwork", 6), ("Initiative", 6)]


def test_a_deadline_with_its_time_between_phrase_and_date():
    parsed = parse_document(Document("x.txt", "txt", "Officer\n| Closing | Applications must be received by 23:59 "
                                     "CET on 16/02/2026 |\n1. SUMMARY\nText.\n"))
    assert parsed.post["deadline"] == dt.date(2026, 2, 16)


def test_headings_opening_a_line_with_their_text_after_a_colon():
    n = segment("Procurement Officer\nPost context:The Division buys spare parts.\nEssential qualifications:- a "
                "degree; - minimum 4 years of experience in procurement; - Languages:NATO level 4 in English, "
                "level 1 in French.\nCompetencies:Achievement: works to meet standards; Teamwork: cooperates with "
                "others; Initiative: addresses current opportunities\nProfessional Contacts: daily with national "
                "staffs.\n")
    assert [s.key for s in n.sections] == ["header", "summary", "essential", "competencies"]
    rows, _ = languages.extract(n)
    assert [(r["slot"], r["level"]) for r in rows] == [("one", 4), ("other", 1)]
    assert len(competencies.extract(n)[0]) == 3


def test_a_job_boards_field_row_is_no_section():
    n = segment("Posted 21 days ago\nContract: CDI (permanent)   Salary: competitive   Hours: 40h/week\n"
                "VACANCY NOTICE NO. 25/0417\nPOST TITLE: DEPUTY DIRECTOR, LOGISTICS\n1. SUMMARY\nText.\n")
    assert [s.key for s in n.sections] == ["header", "summary"]


def test_headings_of_a_careers_site_and_numbered_competency_names():
    n = segment("Senior Analyst\n## Who we are\nThe Agency connects the Alliance.\n## What you'll do\n- analyse "
                "threats.\n## What you'll bring\n- 6+ years of experience in intelligence.\n## Who you are\nWe look "
                "for the following competencies:\n1. Analytical Thinking\n2. Teamwork\n")
    assert [s.key for s in n.sections] == ["header", "summary", "accountabilities", "essential", "competencies"]
    assert [r["competency"] for r in competencies.extract(n)[0]] == ["Analytical Thinking", "Teamwork"]
