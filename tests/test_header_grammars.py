"""Header grammars: references, grades, pay and deadlines, one family of wordings per test (lines reworded)."""

from __future__ import annotations

import datetime as dt

import pytest

from analysis.extract import grammar, header
from analysis.segment import segment
from conftest import parse


def _notice(head: str):
    return segment(head + "\n1. SUMMARY\nThe post holder leads a small team.\n")


def _reference(head: str) -> str | None:
    n = _notice(head)
    found = header.find_reference(n, header.header_values(n))
    return None if found is None else str(found.value)


def _grade(head: str) -> tuple[str | None, str | None, str | None]:
    found, code, nato = header.grade(_notice(head))
    return (None if found is None else str(found.value)), code, nato


def _salary(head: str) -> tuple[float | None, str | None]:
    n = _notice(head)
    found, problem = header.salary(header.header_values(n), n)
    return (None if found is None else float(found.value)), problem


def _deadline(head: str) -> tuple[dt.date | None, str | None]:
    n = _notice(head)
    found, problem = header.deadline(header.header_values(n), n)
    return (None if found is None else found.value), problem


# ---- references ------------------------------------------------------------------------------

@pytest.mark.parametrize(("head", "expected"), [
    ("Officer, Arms Control\nRef: 251777", "251777"),                      # short label with a colon
    ("Officer, Arms Control\nRef.: 251777", "251777"),
    ("Officer, Arms Control\nRef 251777", "251777"),                       # punctuation stripped
    ("Officer, Arms Control\nRef:251777", "251777"),                       # glued to its number
    ("Officer, Arms ControlRef:251777", "251777"),                         # label glued to the title
    ("Post No. K-2/ Ref. No 2026_00412", "2026_00412"),                   # NSPA year and serial, after a post number
    ("Post No K-2 Ref No 2026_00412", "2026_00412"),                      # the same, punctuation stripped
    ("Vacancy ref.:270118\nPost Title: Officer", "270118"),
    ("Vacancy ref 270118", "270118"),
    ("Vacancy Number: H12/26Post Number: OSC ABCD 0020Job Title: Adviser", "H12/26"),  # SHAPE coded serial
    ("VACANCY N : 170044", "170044"),                                      # the ° of N° lost in a PDF copy
    ("Vacancy No. 170044", "170044"),
    ("Vac. Ref. 170044", "170044"),                                        # abbreviated label
    ("- 262626 Requisition #", "262626"),                                  # number before its label
    ("Requisition #262626", "262626"),
    ("Requisition ID: 262626", "262626"),
    ("STAFF VACANCY   262626", "262626"),
    ("Avis de vacance n° 262626", "262626"),
    ("Security Policy (ref. 262626, post of ASG/PASP)", "262626"),        # label inside brackets in prose
    ("Vacancy reference: NCIA-2024-0731", "NCIA-2024-0731"),              # agency, year, serial
])
def test_reference_labels(head, expected):
    assert _reference(head) == expected


@pytest.mark.parametrize("head", [
    "Head, Policy Section (G22) (PASP0321)",                              # a post number is no reference
    "Post Number: OSC BTS 0040",
    "Post N° K-2",
    "Job/Post Number: OLC GSI 0030",
    "Head of Unit\nIf you already applied to vacancy reference 170001, please apply again.",  # another vacancy
])
def test_post_numbers_and_other_vacancies_are_not_the_reference(head):
    assert _reference(head) is None


def test_reference_in_the_text_when_the_header_has_none():
    n = segment("Officer\n1. SUMMARY\nx\n2. HOW TO APPLY\nQuote the vacancy reference 251999 in the e-mail.\n")
    assert header.find_reference(n, header.header_values(n)).value == "251999"


def test_reference_closing_a_title_line_after_a_labelled_title():
    assert _reference("Chief, Planning Branch/Deputy, NSO-199001\nTITLE: Chief Planner") == "199001"


# ---- grades ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("head", "expected"), [
    ("Grade: NATO SSS Grade G16 (ABCL A3)", ("NATO SSS Grade G16 (ABCL A3)", "A3", "G16")),  # scheme prefixes
    ("NATO Grade: NATO GRADE 21", ("NATO GRADE 21", None, "G21")),        # a bare number after NATO Grade
    ("NATO Grade: 23", ("23", None, "G23")),
    ("GRADE: B-4/G-10", ("B-4/G-10", "B4", "G10")),
    ("Grade: NATO Grade G13, Unspecified", ("NATO Grade G13", None, "G13")),
    ("NOTIFICATION OF A \u201cG14\u201d GRADE VACANCY", ("G14", None, "G14")),  # the grade before the word
    ("Grade NATO Grade G18-G21", ("NATO Grade G18-G21", None, None)),     # a range is no single grade
    ("Grade: C2/C3", ("C2/C3", None, None)),
    ("Grade: No Grade", (None, None, None)),
    ("Grade Unclassified", (None, None, None)),                           # a security marking
    ("Grade: NATO Grade (NG) 19", ("NATO Grade (NG) 19", None, "G19")),   # the scheme's abbreviation in brackets
])
def test_grade_statements(head, expected):
    assert _grade(head) == expected


def test_grade_in_prose_brackets_after_a_post_word():
    head = "Grade NATO Grade G21\nThe directorate is hiring two senior posts (A4) to run its sections."
    assert _grade(head) == ("NATO Grade G21", "A4", "G21")


def test_grade_in_brackets_next_to_each_positions_post_number():
    head = ("We aim to fill the following positions:\n- Head, Arms Control Section (G21) (DPP0102)\n"
            "- Head, Space Policy Section (G21) (DPP0117)")
    assert _grade(head)[1:] == (None, "G21")


def test_brackets_that_disagree_leave_the_grade_empty():
    head = "Positions:\n- Officer (G15) (PASP0201)\n- Senior Officer (G17) (PASP0202)"
    assert _grade(head)[1:] == (None, None)


def test_a_grade_in_brackets_after_someone_elses_title_is_not_the_posts():
    head = "Reports to the Director of Finance (A8) and deputises for the Adviser (A-6) when absent."
    assert _grade(head) == (None, None, None)


def test_a_list_of_grades_is_no_single_grade():
    head = "The talent pool covers several roles (G5/G8, G8, G10 grades) across divisions."
    assert _grade(head)[1:] == (None, None)
    assert _grade("Candidates may be appointed to Grades 5/8, 8, 10 posts.")[1:] == (None, None)


# ---- pay -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("head", "amount"), [
    ("Salary (Pay Basis): 6,120.40 EUR (Monthly)", 6120.40),               # basis in brackets after the code
    ("Salary (Pay Basis)\n: 8,001.15Euro (EUR) Monthly", 8001.15),         # label above its value
    ("Basic Monthly Salary (12 x per year): 12,800.50\u20ac, tax free", 12800.50),  # basis carried by the label
    ("Monthly salary: EUR 7 250,10 (tax free)", 7250.10),                  # currency before the amount
    ("Annual salary: 120,000.00 EUR", 10000.0),                            # yearly pay, per month
    ("Salaire (Base de paie) : 9 450,25Euro (EUR) Mensuelle", 9450.25),
    ("Salary: 6,500.00 EUR net per month", 6500.0),                        # a word between amount and basis
    ("Full-timeApplication Deadline: 1-Oct-2025, 9:59:00 PMSalary (Pay Basis): 7,100.80Euro (EUR) Monthly",
     7100.80),                                                             # label glued to the value before it
    ("| Basic monthly salary (12 times a year), tax free | starting at 9,120.33 EUR |", 9120.33),  # "starting at"
    ("The basic monthly salary, tax free, is € 10 240,55; allowances may be payable.", 10240.55),
])
def test_pay_statements(head, amount):
    assert _salary(head) == (amount, None)


@pytest.mark.parametrize(("head", "problem"), [
    ("Salary\n0.0", None),                                                 # a job board's placeholder
    ("Estimated salary: \u20ac4,100 per month", None),                     # a job board's own estimate
    ("Salary (Pay Basis): 4,812.00", "bare amount"),
    ("Basic Monthly Salary: \u00a38,100.20 (tax free)", "GBP"),            # another currency
    ("Basic Monthly Salary: 24,500 TRY", "TRY"),
    ("Salary: EUR 9 350.00, tax free", "without a pay basis"),
    ("Salary: \u20ac50,000 - \u20ac60,000 per year", "range"),
])
def test_pay_that_is_not_read(head, problem):
    amount, message = _salary(head)
    assert amount is None
    assert (message is None) if problem is None else (problem in message)


def test_amounts():
    assert [grammar.amount(a) for a in ("10,742.69", "10.742,69", "10 742,69", "12.345", "13206.07", "1,2,3")] == [
        10742.69, 10742.69, 10742.69, 12345.0, 13206.07, None]


# ---- dates and deadlines ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("20.10.2019", dt.date(2019, 10, 20)),                                 # dotted: day first
    ("03.04.2022", dt.date(2022, 4, 3)),
    ("21-11-2021", dt.date(2021, 11, 21)),
    ("11-12-2021", dt.date(2021, 12, 11)),                                 # either way round: day first
    ("Sunday 14 September 2025POST CONTEXT", dt.date(2025, 9, 14)),        # glued to the next heading
    ("3rd of March, 2024", dt.date(2024, 3, 3)),
    ("9 Jan, 27", dt.date(2027, 1, 9)),                                    # a board's short form
    ("9 Jan 27", None),                                                    # no comma: not taken
    ("Posted 9 Jan, 27:00", None),
])
def test_dates(text, expected):
    assert grammar.parse_date(text) == expected


def test_notice_deadline_wins_over_a_job_boards_expiry_and_the_disagreement_is_reported():
    date, problem = _deadline("Expiry Date\n30 May, 26\nClosing Date: 28 May 2026")
    assert date == dt.date(2026, 5, 28) and "2026-05-30" in problem


def test_application_deadline_wins_over_a_closing_date():
    date, problem = _deadline("Closing date: 2 March 2025\nApplication Deadline: 01-Mar-2025, 11:59:00 PM")
    assert date == dt.date(2025, 3, 1) and "2025-03-02" in problem


def test_a_boards_expiry_is_used_when_the_notice_states_none():
    assert _deadline("Job Expired 12 Oct 2022\nExpired\nAdded 2 months ago") == (dt.date(2022, 10, 12), None)
    assert _deadline("Expiry Date\n\n7 Feb, 27\n\nPosted On\n\n7 Nov, 26") == (dt.date(2027, 2, 7), None)


def test_two_notice_deadlines_that_disagree_leave_it_empty():
    date, problem = _deadline("Closing Date: 4 June 2024\nDeadline: 9 June 2024")
    assert date is None and "different deadlines" in problem


def test_deadline_phrases_in_running_text():
    assert _deadline("Officer, Plans, A-2. NATO HQ. Open until 3 December 2021")[0] == dt.date(2021, 12, 3)
    assert _deadline("Applications must be received no later than 14 May 2023.")[0] == dt.date(2023, 5, 14)
    assert _deadline("Closing Date: 20.10.2019")[0] == dt.date(2019, 10, 20)
    assert _deadline("Applications close on 8 March 2024.")[0] == dt.date(2024, 3, 8)


def test_deadline_date_on_the_line_after_the_phrase():
    n = segment("VACANCIES WITH CLOSING DATE ON RECEIPT OF NOMINATIONS\n14 OCTOBER 1977:\nTITLE: DIRECTOR\n")
    found, _ = header.deadline(header.header_values(n), n)
    assert found.value == dt.date(1977, 10, 14) and found.lineno == 1


def test_a_date_further_on_in_the_sentence_is_not_the_deadline():
    head = "Applicants hear back after the closing date, and interviews are planned for 3 July 2025."
    assert _deadline(head)[0] is None


def test_a_reference_of_a_distinctive_shape_alone_on_a_header_line():
    text = ("                     A 17(2013)\nNATO\nNOTIFICATION OF AN \"A\" GRADE VACANCY\nHead, Archives Section\n"
            "1. SUMMARY\nText.\n")
    assert parse(text).post["reference"] == "A 17(2013)"
    assert parse(text.replace("A 17(2013)", "250443")).post["reference"] is None  # a bare number is too common


def test_labels_with_dot_leaders_and_in_sentence_case():
    parsed = parse("VACANCY NOTICE\nPost title ......... Head, Fuel Logistics Branch\nVacancy reference .... 260044\n"
                   "Post number ........ FLB 0012\nGrade .............. A.5\nBasic monthly salary .. EUR 11,204.50 "
                   "(tax-free)\nClosing date ....... 4 May 2026\n1. SUMMARY\nThe Branch plans fuel support.\n")
    post = parsed.post
    assert (post["title"], post["reference"], post["grade_code"], post["salary_eur_monthly"], post["deadline"]) == (
        "Head, Fuel Logistics Branch", "260044", "A5", 11204.50, dt.date(2026, 5, 4))


def test_a_label_in_sentence_case_needs_its_colon():
    """'Vacancy reference' opening a sentence is no label: only a colon or dot leader makes it one."""
    assert header.split_labels("Vacancy reference numbers are given below")[1] == ()
    assert header.split_labels("Vacancy reference: 260044")[1] == (("Vacancy reference", "260044"),)


@pytest.mark.parametrize(("head", "expected"), [
    ("Reference HQ/JWC/26/07", "HQ/JWC/26/07"),
    ("## CIVILIAN VACANCY NOTICE JFC-26-031", "JFC-26-031"),
    ("Vacancy No. | 26-0415", "26-0415"),
    ("Vacancy reference: NSO 26-02", "NSO 26-02"),
])
def test_coded_references_after_a_label(head, expected):
    assert parse(f"{head}\nHead, Training Branch\n1. SUMMARY\nThe Branch trains staff.\n").post["reference"] == expected


def test_a_post_number_is_still_not_the_reference():
    parsed = parse("Vacancy reference: 260417\nPost number: JWC TRB-0012\nHead, Training Branch\n1. SUMMARY\nText.\n")
    assert parsed.post["reference"] == "260417"


def test_a_boards_job_id_closing_a_line_is_not_the_reference():
    parsed = parse("Head, Audit Section\nPosted 2 weeks ago · Job ID EPJ-771204\nHead, Audit Section-260318\n"
                   "1. SUMMARY\nThe Section audits the Agency.\n")
    assert parsed.post["reference"] == "260318"


@pytest.mark.parametrize(("text", "expected"), [
    ("04/28/2026", dt.date(2026, 4, 28)),   # month first: 28 cannot be a month
    ("28/04/2026", dt.date(2026, 4, 28)),
    ("04/05/2026", dt.date(2026, 5, 4)),    # either could be the month: day first, as NATO writes dates
    ("31/13/2026", None),
])
def test_slashed_dates_read_day_first_unless_the_day_cannot_be_first(text, expected):
    assert grammar.parse_date(text) == expected


@pytest.mark.parametrize(("head", "amount"), [
    ("Salary (Pay Basis)\n7,214.40\nEuro (EUR)\nMonthly", 7214.40),   # a portal's amount, currency, basis stacked
    ("Basic monthly salary (12 x per year) exempt from taxation: 5.118,20 \u20ac", 5118.20),
    ("Remuneration: the annual net salary starts at \u20ac60,000.00 (tax exempt), excluding allowances.", 5000.0),
])
def test_pay_statements_of_portals_and_prose(head, amount):
    assert _salary(head) == (amount, None)


def test_a_label_word_after_an_apostrophe_is_no_glued_label():
    assert header.split_labels("le fonctionnement efficace de l’Organisation, en passant par la gestion")[1] == ()
    assert header.split_labels("Belgium-BrusselsNATO Body: NATO International Staff")[1][0][0] == "NATO Body"


def test_a_grade_in_brackets_right_after_the_posts_title():
    parsed = parse("Head of Unit (B.5), Records Management. NATO. Open until 26 February 2010\nTITLE: Head of Unit\n"
                   "1. SUMMARY\nThe Unit keeps the records.\n")
    assert (parsed.post["title"], parsed.post["grade_code"]) == ("Head of Unit", "B5")


def test_a_grade_with_the_other_system_named_as_former():
    parsed = parse("Head, Fuel Branch\nGrade ........ G-21 (formerly A5)\n1. SUMMARY\nThe Branch buys fuel.\n")
    assert (parsed.post["grade_code"], parsed.post["nato_grade"]) == ("A5", "G21")


def test_a_boards_estimated_range_is_never_pay():
    value, problem = _salary("Estimated salary: \u20ac190,000 - \u20ac230,000 a year (JobsBoard estimate)")
    assert value is None and "only as a range" in problem
