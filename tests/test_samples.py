"""The values the five sample notices must give (issue #2), one test per notice and field family."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from conftest import post, rows

DPP, PASP, XO, DI, PPU = ("250443", "asg-political-affairs-and-security-policy", "241656", "240562",
                          "head-policy-planning-unit")


def test_one_post_per_notice_with_expected_ids(corpus):
    assert sorted(corpus.posts["post_id"]) == sorted([DPP, PASP, XO, DI, PPU])
    by_file = dict(zip(corpus.posts["source_file"], corpus.posts["post_id"], strict=True))
    assert by_file["asg-defence-investment-240562.md"] == DI
    assert by_file["head-policy-planning-unit.txt"] == PPU


@pytest.mark.parametrize(("post_id", "years", "management"), [
    (DPP, 15, None), (PASP, 15, 10), (XO, 5, None), (DI, 15, None), (PPU, 10, 5)])
def test_experience(corpus, post_id, years, management):
    p = post(corpus, post_id)
    assert p["min_experience_years"] == years
    assert (pd.isna(p["min_management_years"]) if management is None
            else p["min_management_years"] == management)
    exp = rows(corpus, "experience", post_id)
    assert set(exp["kind"]) <= {"professional", "management"}
    assert (exp["qualifier"] == "at_least").any()


def test_experience_details(corpus):
    pasp = rows(corpus, "experience", PASP).set_index("kind")
    assert pasp.loc["management", "years"] == 10
    assert pasp.loc["management", "domain"] == "people management"
    assert pasp.loc["professional", "domain"] == "political affairs international relations and security policy"
    ppu = rows(corpus, "experience", PPU).set_index("kind")
    assert ppu.loc["management", "domain"] == "team management and coordination"
    assert ppu.loc["management", "line"] == 14


@pytest.mark.parametrize(("post_id", "one", "other"), [
    (DPP, "VI", "I"), (PASP, "VI", "I"), (XO, "VI", "III"), (DI, "VI", "I"), (PPU, "V", "III")])
def test_languages(corpus, post_id, one, other):
    lang = rows(corpus, "languages", post_id).set_index("slot")
    assert len(lang) == 2
    assert lang.loc["one", "roman"] == one and lang.loc["other", "roman"] == other
    p = post(corpus, post_id)
    levels = {"I": 1, "III": 3, "V": 5, "VI": 6}
    assert (p["lang_level_one"], p["lang_level_other"]) == (levels[one], levels[other])
    assert lang.loc["one", "level_name"] in {"Proficiency", "Advanced"}


@pytest.mark.parametrize(("post_id", "count"), [(DPP, 9), (PASP, 9), (XO, 8), (DI, 9), (PPU, 9)])
def test_competency_count(corpus, post_id, count):
    comp = rows(corpus, "competencies", post_id)
    assert len(comp) == count, "the French half of the bilingual notice must add no rows"
    assert comp["level"].notna().all()
    assert post(corpus, post_id)["competency_count"] == count


def _level(corpus, post_id, competency):
    comp = rows(corpus, "competencies", post_id).set_index("competency")
    return int(comp.loc[competency, "level"])


def test_competency_levels_order_as_the_framework(corpus):
    assert _level(corpus, DPP, "Impact and Influence") > _level(corpus, XO, "Impact and Influence")
    assert _level(corpus, DPP, "Leadership") > _level(corpus, PPU, "Leadership")
    assert _level(corpus, DPP, "Change Leadership") > _level(corpus, PPU, "Change Leadership")
    assert _level(corpus, DPP, "Conceptual Thinking") > _level(corpus, PPU, "Conceptual Thinking") \
        > _level(corpus, XO, "Conceptual Thinking")
    assert _level(corpus, DPP, "Organisational Awareness") > _level(corpus, PPU, "Organisational Awareness")


def test_same_descriptor_same_level_across_spellings(corpus):
    comp = corpus.competencies
    for descriptor_key, group in comp.groupby(comp["descriptor"].str.lower().str.replace(r"[^a-z]", "", regex=True)):
        assert group["level"].nunique() == 1, descriptor_key
    # "Organizational" (DPP) and "Organisational" (PPU) are one canonical competency
    assert "Organizational Awareness" not in set(comp["competency"])
    # "long term" (DPP) and "long-term" (PPU) give the same rung
    assert _level(corpus, DPP, "Initiative") == _level(corpus, PPU, "Initiative") == 7


def test_competency_evidence_points_at_the_source(corpus):
    xo = rows(corpus, "competencies", XO).set_index("competency")
    assert xo.loc["Achievement", "level"] == 3
    assert xo.loc["Achievement", "line"] == 58
    assert "Creates own measures of excellence" in xo.loc["Achievement", "evidence"]


@pytest.mark.parametrize(("post_id", "expected"), [
    (DPP, {("leads", 90)}), (PASP, {("leads", 100)}), (XO, {("direct_reports", 6)}),
    (DI, {("leads", 80), ("co_leads", 75)}), (PPU, {("direct_reports", 3)})])
def test_staff(corpus, post_id, expected):
    staff = rows(corpus, "staff", post_id)
    assert set(zip(staff["kind"], staff["count"], strict=True)) == expected


def test_staff_units_and_posts_columns(corpus):
    di = rows(corpus, "staff", DI).set_index("kind")
    assert di.loc["co_leads", "unit"] == "NATO Digital Staff (NDS)"
    assert bool(di.loc["co_leads", "approximate"])
    assert post(corpus, DPP)["staff_led"] == 90
    assert post(corpus, XO)["direct_reports"] == 6
    assert pd.isna(post(corpus, XO)["staff_led"])
    assert not (rows(corpus, "staff", XO)["kind"] == "indirect_reports").any(), "Indirect reports: N/A"


def test_committees_dpp(corpus):
    c = rows(corpus, "committees", DPP)
    assert list(zip(c["committee"], c["role"], strict=True)) == [("Defence Policy and Planning Committee", "chair")]
    assert post(corpus, DPP)["committees_chaired"] == 1


def test_committees_pasp_list_without_commas(corpus):
    c = rows(corpus, "committees", PASP)
    assert list(c["committee"]) == ["Deputy Permanent Representatives Committee",
                                    "Partnerships and Cooperative Security Committee",
                                    "Arms Control Disarmament and Non-Proliferation related Committees"]
    assert set(c["role_as_stated"]) == {"chairs and co-chairs"}
    assert c["role"].isna().all(), "chair or co-chair is not said per committee: left open, reported"
    warnings = corpus.problems[(corpus.problems["post_id"] == PASP) & (corpus.problems["field"] == "committees")]
    assert len(warnings) == 3
    assert post(corpus, PASP)["committees_chaired"] == 3


def test_committees_xo_serves_and_chairs_none(corpus):
    c = rows(corpus, "committees", XO)
    assert set(zip(c["committee"], c["acronym"], c["role"], strict=True)) == {
        ("Defence Policy and Planning Committee", "DPPC", "serves"),
        ("Resilience Committee", "RC", "serves"),
        ("Nuclear Planning Group", "NPG", "serves")}
    assert post(corpus, XO)["committees_chaired"] == 0


def test_committees_di_four_roles(corpus):
    c = rows(corpus, "committees", DI).set_index("committee")
    assert c.loc["Conference of National Armaments Directors", "role"] == "chair"
    assert c.loc["Conference of National Armaments Directors", "acronym"] == "CNAD"
    assert c.loc["Digital Policy Committee", "role"] == "permanent_chair"
    assert c.loc["NATO Standardization Committee", "role"] == "co_chair"
    assert c.loc["NATO Standardization Committee", "co_chair_with"] == "the Deputy Chair of the Military Committee"
    assert c.loc["Integrated Air and Missile Defence Committee", "role"] == "chair"
    assert "Military Committee" not in c.index
    assert len(c) == 4 and post(corpus, DI)["committees_chaired"] == 4


def test_no_committees_for_ppu(corpus):
    assert rows(corpus, "committees", PPU).empty


@pytest.mark.parametrize(("post_id", "count"), [(DPP, 5), (PASP, 4), (XO, 0), (DI, 3), (PPU, 3)])
def test_key_challenges(corpus, post_id, count):
    assert len(rows(corpus, "challenges", post_id)) == count


def test_challenge_text_and_line(corpus):
    ppu = rows(corpus, "challenges", PPU)
    assert list(ppu["line"]) == [5, 6, 7]
    assert ppu.iloc[0]["text"] == "NATOs policy agenda for review at NATO Summit meetings."


def test_deadlines_clearance_contracts_essays(corpus):
    assert post(corpus, DPP)["deadline"].date() == dt.date(2025, 4, 6)
    assert post(corpus, DI)["deadline"].date() == dt.date(2024, 4, 28)
    assert pd.isna(post(corpus, PPU)["deadline"])
    assert post(corpus, XO)["security_clearance"] == "COSMIC TOP SECRET/ATOMAL"
    for asg in (DPP, PASP, DI):
        assert (post(corpus, asg)["contract_years"], post(corpus, asg)["extension_years"]) == (3, 1)
        assert post(corpus, asg)["post_family"] == "ASG"
    assert pd.isna(post(corpus, XO)["contract_years"])
    essays = dict(zip(corpus.posts["post_id"], corpus.posts["essay_required"], strict=True))
    assert essays == {DPP: True, PASP: True, DI: True, PPU: True, XO: False}


def test_identity_fields(corpus):
    di = post(corpus, DI)
    assert di["title"] == "Assistant Secretary General, Defence Investment"
    assert di["location"] == "Belgium-Brussels"
    assert di["organisation"] == "NATO International Staff (NATO IS)"
    assert di["notice_language"] == "en+fr"
    assert pd.isna(di["grade"]), "'Grade: Unclassified' is the notice's marking, not a grade"
    xo = post(corpus, XO)
    assert xo["title"] == "Head, Divisional Support Section and Executive Officer (XO)"
    assert xo["post_family"] == "Head"
    assert xo["reports_to"] == "Assistant Secretary General, Defence Policy and Planning"
    assert post(corpus, PPU)["reports_to"] == "Chief of Staff and Director of the OSG"
    assert post(corpus, PASP)["title"] == "Assistant Secretary General for Political Affairs and Security Policy"


def test_education(corpus):
    assert bool(post(corpus, DPP)["masters_preferred"]) is True
    assert bool(post(corpus, XO)["masters_preferred"]) is False
    assert post(corpus, PASP)["education"].startswith("have a university degree")


def test_requirements(corpus):
    req = rows(corpus, "requirements", XO)
    assert (req["kind"] == "essential").sum() == 9
    assert (req["kind"] == "desirable").sum() == 6, "the unheaded accountabilities after DESIRABLE are not items"
    assert req[req["category"] == "language"]["line"].tolist() == [25]
    pasp = rows(corpus, "requirements", PASP)
    assert (pasp["kind"] == "essential").sum() == 10


def test_problems_name_what_was_not_found(corpus):
    xo = corpus.problems[corpus.problems["post_id"] == XO]
    assert xo["field"].tolist() == ["accountabilities"]
    assert (corpus.problems["severity"] == "warning").all()
