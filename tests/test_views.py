"""Unit tests of analysis.views (and the escaping helpers) on small tables built from the schema."""

from __future__ import annotations

import math
from types import SimpleNamespace

import numpy as np
import pandas as pd
import pytest

from analysis import plots, report, views
from analysis.tables import frame

DPP, XO, DI, PPU = "250443", "241656", "240562", "head-policy-planning-unit"
EV_LANG = ("possess the following minimum levels of NATO's official languages (English/French): "
           "VI (\"Proficiency\") in one; I (\"Beginner\") in the other.")


def sample_tables() -> SimpleNamespace:
    """Four posts with values taken from the sample notices."""
    posts = frame("posts", [
        dict(post_id=DPP, source_file="asg-defence-policy-and-planning-250443.txt",
             title="Assistant Secretary General, Defence Policy and Planning", reference=DPP,
             post_family="ASG", min_experience_years=15.0, lang_level_one=6,
             lang_level_other=1, staff_led=90, committees_chaired=1, competency_count=2,
             deadline=pd.Timestamp("2025-04-06"), notice_language="en", content_hash="a"),
        dict(post_id=XO, source_file="head-divisional-support-section-xo-dpp-241656.txt",
             title="Head, Divisional Support Section and Executive Officer (XO)",
             reference=XO, post_family="Head", min_experience_years=5.0, lang_level_one=6,
             lang_level_other=3, direct_reports=6, competency_count=2, notice_language="en",
             content_hash="b"),
        dict(post_id=DI, source_file="asg-defence-investment-240562.md",
             title="Assistant Secretary General, Defence Investment", reference=DI,
             post_family="ASG", min_experience_years=15.0, lang_level_one=6,
             lang_level_other=1, staff_led=80, committees_chaired=4, competency_count=2,
             notice_language="en+fr", content_hash="c"),
        dict(post_id=PPU, source_file="head-policy-planning-unit.txt", title=None,
             post_family="Head", min_experience_years=10.0, min_management_years=5.0,
             lang_level_one=5, lang_level_other=3, direct_reports=3, notice_language="en",
             content_hash="d"),
    ])
    experience = frame("experience", [
        dict(post_id=DPP, years=15.0, qualifier="at_least", kind="professional",
             domain="defence matters and change management", line=21,
             evidence="at least 15 years of professional experience"),
        dict(post_id=PPU, years=10.0, qualifier="at_least", kind="professional", line=14,
             evidence="at least 10 years of experience"),
        dict(post_id=PPU, years=5.0, qualifier="at_least", kind="management",
             domain="team management and coordination", line=14,
             evidence="at least 5 years of experience in team management and coordination"),
    ])
    languages = frame("languages", [
        dict(post_id=DPP, slot="one", level=6, roman="VI", level_name="Proficiency", line=29,
             evidence=EV_LANG),
        dict(post_id=DPP, slot="other", level=1, roman="I", level_name="Beginner", line=29,
             evidence=EV_LANG),
        dict(post_id=XO, slot="one", level=6, roman="VI", level_name="Proficiency", line=30,
             evidence="VI (“Proficiency”) in one"),
        dict(post_id=XO, slot="other", level=3, roman="III", level_name="Intermediate",
             line=30, evidence="III (“Intermediate”) in the other"),
    ])
    competencies = frame("competencies", [
        dict(post_id=DPP, competency="Achievement", level=6, max_level=8, line=47,
             descriptor="Demonstrates decisiveness based on solid considerations and trade-offs",
             evidence="Achievement: Demonstrates decisiveness"),
        dict(post_id=DPP, competency="Change Leadership", level=3, max_level=3, line=48,
             descriptor="Champions change", evidence="Change Leadership: Champions change."),
        dict(post_id=XO, competency="Achievement", level=3, max_level=8, line=70,
             descriptor="Creates own measures of excellence and improves performance",
             evidence="Achievement: Creates own measures of excellence"),
        dict(post_id=XO, competency="Teamwork", level=None, max_level=None, line=77,
             descriptor="<img src=x onerror=alert(1)>", evidence="Teamwork: <img src=x>"),
        dict(post_id=DI, competency="Achievement", level=6, max_level=8, line=80,
             descriptor="Demonstrates decisiveness", evidence="Achievement: Demonstrates"),
        dict(post_id=DI, competency="Change Leadership", level=3, max_level=3, line=81,
             descriptor="Champions change", evidence="Change Leadership: Champions change."),
    ])
    staff = frame("staff", [
        dict(post_id=DPP, count=90, approximate=True, kind="leads", line=17,
             unit="Defence Policy and Planning Division",
             evidence="Defence Policy and Planning Division (approximately 90 staff members)"),
        dict(post_id=DI, count=80, approximate=True, kind="leads", line=25, unit="Division",
             evidence="the Division (composed of approximately 80 IS staff members)"),
        dict(post_id=DI, count=75, approximate=True, kind="co_leads", line=25,
             unit="NATO Digital Staff (NDS)", evidence="composed of approximately 75"),
        dict(post_id=XO, count=6, approximate=False, kind="direct_reports", line=58,
             evidence="Direct reports: 6"),
    ])
    committees = frame("committees", [
        dict(post_id=DI, committee="Conference of National Armaments Directors",
             acronym="CNAD", role="chair", line=51, evidence="the Chair of NATO's Conference"),
        dict(post_id=DI, committee="Digital Policy Committee", role="permanent_chair",
             line=52, evidence="the permanent Chair of the Digital Policy Committee"),
        dict(post_id=DI, committee="NATO Standardization Committee", role="co_chair",
             co_chair_with="Deputy Chair of the Military Committee", line=53,
             evidence="the co-Chair, with the Deputy Chair of the Military Committee"),
        dict(post_id=DI, committee="Integrated Air and Missile Defence Committee",
             role="chair", line=54, evidence="chairs the Integrated Air and Missile Defence"),
        dict(post_id=DPP, committee="Defence Policy and Planning Committee",
             role="chair", line=40, evidence="chairs the Defence Policy and Planning Committee"),
        dict(post_id=XO, committee="Defence Policy and Planning Committee", acronym="DPPC",
             role="serves", line=9, evidence="serves the Defence Policy and Planning Committee"),
        dict(post_id=XO, committee="Resilience Committee", acronym="RC", role="serves",
             line=9, evidence="the Resilience Committee (RC)"),
        dict(post_id=XO, committee="Nuclear Planning Group", acronym="NPG", role="serves",
             line=9, evidence="the Nuclear Planning Group (NPG)"),
    ])
    requirements = frame("requirements", [
        dict(post_id=DPP, kind="essential", category="experience", line=21,
             text="have a solid background in defence matters and change management developed "
                  "through at least 15 years of professional experience;"),
        dict(post_id=DPP, kind="essential", category="other", line=26,
             text="have experience facilitating high-level dialogue and consensus;"),
        dict(post_id=DPP, kind="desirable", category="experience", line=32,
             text="prior experience in working in security and defence issues at a high level."),
        dict(post_id=DI, kind="essential", category="experience", line=30,
             text="have a solid background in defence matters, specifically in the field of "
                  "armaments and defence systems developed through at least 15 years of "
                  "professional experience;"),
        dict(post_id=DI, kind="essential", category="other", line=35,
             text="have experience facilitating high-level dialogue and consensus;"),
    ])
    challenges = frame("challenges", [
        dict(post_id=DPP, line=55, text="Ensuring NATO nuclear deterrent capabilities remain "
                                        "safe, secure, and effective;")])
    problems = frame("problems", [
        dict(source_file="head-policy-planning-unit.txt", post_id=PPU, severity="warning",
             field="title", message="no title line"),
        dict(source_file="broken.pdf", post_id=None, severity="error", field="file",
             message="not a notice"),
    ])
    return SimpleNamespace(posts=posts, experience=experience, languages=languages,
                           competencies=competencies, staff=staff, committees=committees,
                           requirements=requirements, challenges=challenges, problems=problems)


@pytest.fixture
def tables() -> SimpleNamespace:
    return sample_tables()


def test_labels_use_short_titles_and_fall_back_to_id(tables):
    labels = views.post_labels(tables.posts)
    assert labels[DPP] == "ASG, Defence Policy and Planning (250443)"
    assert labels[PPU] == PPU
    assert labels.is_unique


def test_duplicate_labels_get_the_post_id():
    posts = frame("posts", [dict(post_id="a", title="Officer"), dict(post_id="b",
                                                                     title="Officer")])
    assert list(views.post_labels(posts)) == ["Officer [a]", "Officer [b]"]


def test_select_by_posts_and_families(tables):
    sel = views.select(tables, [250443, "241656"], [])
    assert set(sel.posts["post_id"]) == {DPP, XO}
    assert set(sel.staff["post_id"]) == {DPP, XO}
    assert set(views.select(tables, None, ["asg"]).posts["post_id"]) == {DPP, DI}
    assert len(views.select(tables, [], []).problems) == 2
    with pytest.raises(ValueError, match="999"):
        views.select(tables, ["999"])


def test_experience_ranking_puts_not_stated_last(tables):
    ranking = views.experience_ranking(tables.posts)
    assert ranking.loc[0, "min_experience_years"] == 15
    assert list(ranking["post_id"])[-1] == XO
    assert ranking.set_index("post_id").loc[PPU, "min_management_years"] == 5
    dist = views.family_distribution(tables.posts, "min_experience_years").set_index("family")
    assert dist.loc["ASG", "median"] == 15 and dist.loc["Head", "stated"] == 2
    figures = views.experience_evidence(tables.experience, tables.posts)
    assert "at least 5 years management (team management and coordination)" in set(
        figures["figure"])


def test_language_thresholds_and_combinations(tables):
    th = views.language_thresholds(tables.languages, tables.posts).set_index("post_id")
    assert th.loc[XO, "one"] == "VI (Proficiency)" and th.loc[XO, "other"] == "III (Intermediate)"
    assert th.loc[DPP, "level_other"] == 1 and pd.isna(th.loc[DI, "one"])
    combos = views.language_combinations(th.reset_index())
    assert combos.loc["VI", "I"] == 1 and combos.loc["VI", "III"] == 1
    assert combos.to_numpy().sum() == 2


def test_competency_matrix_has_nan_where_not_asked(tables):
    m = views.competency_matrix(tables.competencies, tables.posts)
    labels = views.post_labels(tables.posts)
    assert m.loc[labels[DPP], "Achievement"] == 6
    assert math.isnan(m.loc[labels[XO], "Change Leadership"])
    assert m.shape == (4, 3)
    diff = views.competency_differences(m.loc[[labels[DPP], labels[XO]]])
    assert diff.loc[0, "competency"] == "Achievement" and diff.loc[0, "spread"] == 3
    by_family = views.competency_matrix(tables.competencies, tables.posts, max_rows=2)
    assert by_family.loc["ASG (mean of 2 posts)", "Achievement"] == 6
    freq = views.competency_frequency(tables.competencies).set_index("competency")
    assert freq.loc["Achievement", "posts"] == 3
    assert list(views.unknown_descriptors(tables.competencies, tables.posts)["competency"]) == [
        "Teamwork"]


def test_staff_table(tables):
    staff = views.staff_table(tables.staff, tables.posts).set_index("post_id")
    assert staff.loc[DPP, "leads"] == 90 and staff.loc[DI, "co_leads"] == 75
    assert staff.loc[XO, "direct_reports"] == 6 and pd.isna(staff.loc[PPU, "leads"])
    figures = views.staff_evidence(tables.staff, tables.posts)
    assert "Co-leads: approximately 75 (NATO Digital Staff (NDS))" in set(figures["figure"])


def test_committee_matrix_and_shared(tables):
    m = views.committee_matrix(tables.committees, tables.posts)
    di = views.post_labels(tables.posts)[DI]
    assert m.loc["Conference of National Armaments Directors (CNAD)", di] == "Chair"
    assert m.loc["Digital Policy Committee", di] == "Permanent chair"
    assert m.loc["NATO Standardization Committee", di] == "Co-chair"
    shared = views.shared_committees(tables.committees, tables.posts)
    assert list(shared["committee"]) == ["Defence Policy and Planning Committee (DPPC)"]
    assert shared.loc[0, "roles"] == "Chair: 1, Serves: 1"
    assert "(250443) (Chair)" in shared.loc[0, "which posts"]
    assert views.shared_committees(tables.committees, tables.posts, listed=1).loc[
        0, "which posts"].endswith("… and 1 more")
    counts = views.committee_counts(tables.committees, tables.posts)
    assert counts.loc["Defence Policy and Planning Committee (DPPC)"].sum() == 2


def test_data_quality_separates_not_stated_from_unreadable(tables):
    status = views.field_status(tables)
    assert status.loc[PPU, "title"] == views.UNREADABLE
    assert status.loc[XO, "staff_led"] == views.NOT_STATED
    assert status.loc[DPP, "min_experience_years"] == views.STATED
    assert status.loc[XO, "competency_levels"] == views.UNREADABLE
    quality = views.data_quality(tables).set_index("field")
    assert quality.loc["Title", views.UNREADABLE] == 1
    assert quality.loc["Title", views.STATED] == 3
    assert views.corpus_summary(tables) == {"posts": 4, "files": 5, "problems": 2,
                                            "errors": 1, "warnings": 1}


def test_briefing_has_every_figure_with_evidence(tables):
    facts = views.post_summary(tables, DPP).set_index("field")
    assert facts.loc["Minimum professional experience (years)", "evidence"] == (
        "at least 15 years of professional experience")
    assert facts.loc["Minimum professional experience (years)", "line"] == 21
    summary = facts["value"]
    assert summary["Minimum professional experience (years)"] == "15"
    assert summary["Language level, one official language"] == "VI"
    assert summary["Direct reports"] == "— (not stated in the notice)"
    assert summary["Application deadline"] == "2025-04-06"
    ev = views.briefing_evidence(tables, DI)
    committees = ev[ev["topic"] == "Committees"]
    assert list(committees["figure"]) == [
        "Chair: Conference of National Armaments Directors (CNAD)",
        "Permanent chair: Digital Policy Committee",
        "Co-chair: NATO Standardization Committee",
        "Chair: Integrated Air and Missile Defence Committee"]
    assert ev["evidence"].notna().all() and ev["line"].notna().all()
    assert views.post_row(tables.posts, "")["post_id"] == DPP
    assert list(views.post_requirements(tables.requirements, DPP)["kind"]) == [
        "essential", "essential", "desirable"]


def test_compare_posts_marks_differences_and_unmatched_requirements(tables):
    c = views.compare_posts(tables, DPP, DI)
    fields = c.fields.set_index("field")
    assert fields.loc["Staff led", "differs"] == "≠"
    assert fields.loc["Minimum professional experience (years)", "differs"] == ""
    assert list(c.only_a["text"]) == [
        "prior experience in working in security and defence issues at a high level."]
    assert c.only_b.empty
    assert set(c.competencies["difference"]) == {0}


def test_tokens_ignore_case_accents_punctuation_and_plurals():
    assert views.tokens("Leads the Divisions; café") == views.tokens("lead division cafe.")
    assert views.similarity(frozenset(), frozenset({"a"})) == 0


def test_normalise_ids():
    assert views.normalise_ids(None) == [] and views.normalise_ids("") == []
    assert views.normalise_ids(250443) == ["250443"]
    assert views.normalise_ids([250443, " x "]) == ["250443", "x"]


def test_parse_value_reads_yaml_but_keeps_ids_as_written():
    assert report.parse_value("[250443, 241656]") == [250443, 241656]
    assert report.parse_value("0123") == "0123"
    assert report.parse_value("true") is True and report.parse_value("Head") == "Head"
    assert report.parse_value("") == ""


def test_table_html_escapes_notice_text(tables):
    html = report.table_html(views.unknown_descriptors(tables.competencies, tables.posts))
    assert "<img" not in html and "&lt;img src=x onerror=alert(1)&gt;" in html
    script = pd.DataFrame({"title": ["<script>alert(1)</script>"], "n": [np.nan]})
    out = report.table_html(script)
    assert "<script>" not in out and "&lt;script&gt;" in out and "—" in out


def test_every_chart_draws_on_the_sample_and_on_empty_input(tables):
    plots.use_house_style()
    p, c = tables.posts, views.compare_posts(tables, DPP, XO)
    figs = [plots.family_counts_chart(views.family_counts(p)),
            plots.experience_chart(views.experience_ranking(p)),
            plots.distribution_chart(p, "min_experience_years", "Years"),
            plots.language_chart(views.language_combinations(
                views.language_thresholds(tables.languages, p))),
            plots.competency_heatmap(views.competency_matrix(tables.competencies, p)),
            plots.competency_frequency_chart(views.competency_frequency(tables.competencies)),
            plots.competency_profile_chart(tables.competencies[tables.competencies["post_id"] == DPP]),
            plots.staff_chart(views.staff_table(tables.staff, p)),
            plots.committee_chart(tables.committees, p),
            plots.committee_chart(tables.committees, p, max_posts=1),
            plots.quality_chart(views.data_quality(tables)),
            plots.comparison_chart(c.competencies, c.label_a, c.label_b)]
    empty = views.select(tables, [PPU])
    figs += [plots.staff_chart(views.staff_table(empty.staff.iloc[:0], empty.posts)),
             plots.committee_chart(empty.committees, empty.posts),
             plots.competency_heatmap(views.competency_matrix(empty.competencies,
                                                              empty.posts))]
    for fig in figs:
        fig.canvas.draw()
        assert fig.get_figwidth() <= plots.A4_WIDTH + 0.01
