"""Phrasings met in real notices outside the sample corpus (job boards, PDFs, French), one rule each."""

from __future__ import annotations

import datetime as dt

from analysis.extract import committees, experience, header, lists, staff, title
from analysis.segment import segment
from conftest import parse


def test_taleo_label_lines_with_values_glued_to_the_next_label():
    p = parse("Deputy Chief of Staff and Director General for Management\nPrimary Location\n"
              "Belgium-BrusselsNATO Body\nNATO International Staff (NATO IS)Schedule\nFull-timeApplication Deadline\n"
              "10-Jul-2025, 9:59:00 PM Euro (EUR) MonthlyGrade UnclassifiedDescription\n:1. SUMMARY\n"
              "The DG Management reports to the Chief of Staff.\n").post
    assert (p["location"], p["organisation"], p["deadline"]) == (
        "Belgium-Brussels", "NATO International Staff (NATO IS)", dt.date(2025, 7, 10))
    assert p["grade"] is None and p["post_family"] == "Director"
    assert p["reports_to"] == "Chief of Staff"


def test_label_then_blank_then_value_layout():
    p = parse("Director, NATO-Wide Coordination Office\nSalary (Pay Basis)\n\n13,206.07\n\nGrade\n\nNATO Grade G23\n"
              "1. SUMMARY\nText.\n").post
    assert (p["salary_eur_monthly"], p["grade"], p["nato_grade"]) == (None, "NATO Grade G23", "G23")


def test_ims_grade_with_hyphens_and_staff_vacancy_reference():
    p = parse("STAFF VACANCY 260492\nDIVISION: International Military Staff (IMS)\n"
              "TITLE: Staff Officer Communication Information Systems\nGRADE: A-2/G-15\n1. SUMMARY\nText.\n").post
    assert (p["reference"], p["grade"], p["grade_code"], p["nato_grade"]) == ("260492", "A-2/G-15", "A2", "G15")
    assert p["organisation"] == "International Military Staff (NATO IMS)" and p["post_family"] == "Officer"


def test_flattened_notice_without_headings_is_still_read():
    p = parse("Vacancy Notice Vacancy Number: 16021 Grade: A-2 Title: Administrator (Information Security & "
              "Assurance) Division/Office: Information Security Section NATO Body: HQ NAEW&C Force GK "
              "Country: Germany Closing Date: 14 July 2016 We are seeking a candidate.")
    assert not p.failed
    post = p.post
    assert (post["reference"], post["grade_code"], post["organisation"], post["location"], post["deadline"]) == (
        "16021", "A2", "HQ NAEW&C Force GK", "Germany", dt.date(2016, 7, 14))
    assert post["title"] == "Administrator (Information Security & Assurance)"


def test_headings_as_bullets_glued_or_after_a_colon():
    n = segment("- SUMMARY\nText.\n  • QUALIFICATIONS\nx\n1. RÉSUMÉLe Bureau des affaires juridiques est un bureau.\n")
    assert [(s.key, s.lang) for s in n.sections[1:]] == [("summary", "en"), ("qualifications", "en"),
                                                         ("summary", "fr")]
    assert n.sections[-1].body[0].text.startswith("1. RÉSUMÉLe Bureau")


def test_list_intro_stands_for_a_missing_heading():
    n = segment("Deputy Director\nThe incumbent must:\n- have at least five years' experience in policy;\n"
                "- possess V (Advanced) in one; I (Beginner) in the other official languages.\n")
    assert [s.key for s in n.sections] == ["header", "essential"]
    assert [r["years"] for r in experience.extract(n)] == [5.0]


def test_hard_wrapped_text_is_reflowed_keeping_the_first_line_number():
    para = ("The ASG will manage the Division (presently approximately\n95 staff members) and is supported by "
            "two deputies.\n")
    n = segment("1. SUMMARY\n" + para)
    rows = staff.extract(n)
    assert [(r["kind"], r["count"], r["line"]) for r in rows] == [("leads", 95, 2)]
    assert rows[0]["evidence"].startswith("The ASG will manage")


def test_someone_elses_chair_role_is_not_the_posts():
    n = segment("1. SUMMARY\nThe incumbent will support the Director, Nuclear Policy Directorate, including in "
                "her / his role as Chair of the Nuclear Planning Group (NPG) Staff Group.\n")
    assert committees.extract(n)[0] == []
    n = segment("1. SUMMARY\nHe also acts as a member of the Human Resources Data Services (HRDS) Board under the "
                "chairpersonship of DCoS Enablement.\n")
    rows, _ = committees.extract(n)
    assert [(r["committee"], r["acronym"], r["role"]) for r in rows] == [
        ("Human Resources Data Services", None, "serves")] or [r["role"] for r in rows] == ["serves"]


def test_french_committee_list_joined_by_et_du():
    n = segment("1. RÉSUMÉ\nx\n2. QUALIFICATIONS ET EXPÉRIENCE\ny\n3. RESPONSABILITÉS\nLe titulaire assure la "
                "présidence par intérim du Comité politique et du Comité des partenariats et de la sécurité "
                "coopérative, et peut présider le Comité des représentants permanents adjoints.\n")
    rows, _ = committees.extract(n)
    assert [r["committee"] for r in rows] == ["Comité politique", "Comité des partenariats et de la sécurité "
                                              "coopérative", "Comité des représentants permanents adjoints"]
    assert [r["role"] for r in rows] == ["chair", "chair", None], "'peut présider' (may chair) is not a standing chair"


def test_numbered_and_inline_key_challenges():
    n = segment("1. SUMMARY\nKey challenges facing the successful candidate for the Director will\ninclude:\n"
                "1. Lead continuous improvement in resource policy;\n2. Strengthen the audit function.\n"
                "2. QUALIFICATIONS\nx\n")
    assert [r["text"] for r in lists.challenges(n)] == ["Lead continuous improvement in resource policy;",
                                                        "Strengthen the audit function."]
    n = segment("1. RÉSUMÉ\nLa personne retenue sera amenée à relever les grands défis suivants :1. fournir des avis "
                "motivés ;2. négocier des accords ;3. assumer le rôle de référence.\n")
    assert len(lists.challenges(n)) == 3


def test_experience_stated_before_any_heading():
    p = parse("Branch Head (SHAPE Civilian Personnel)\nIf you have minimum 6 years of experience in Human Resource "
              "management, this post is for you.\n1. SUMMARY\nText.\n2. QUALIFICATIONS\nESSENTIAL\n- a degree.\n")
    assert p.post["min_experience_years"] == 6


def test_titles_from_workday_and_glued_references():
    p = parse("General Manager, NATO Support and Procurement Agency (NSPA)\n🔍 Luxembourg\n- 📅\n"
              "- 251389 Requisition #\n1. SUMMARY\nText.\n").post
    assert (p["title"], p["reference"], p["location"], p["post_family"]) == (
        "General Manager, NATO Support and Procurement Agency (NSPA)", "251389", "Luxembourg", None)
    notice = segment("Assistant Secretary General for Public Diplomacy221083\n1. SUMMARY\nx")
    found, ref = title.find_title(notice, {})[0], header.find_reference(notice, {})
    assert (found.value, ref.value) == ("Assistant Secretary General for Public Diplomacy", "221083")
    p = parse("Job Description - Junior Officer (200775)Junior Officer-200775\n1. SUMMARY\nx\n").post
    assert (p["title"], p["reference"]) == ("Junior Officer", "200775")
