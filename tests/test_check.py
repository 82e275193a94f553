"""`check`: a draft notice against its published peers (drafts made here from the samples)."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from analysis import check, plots
from analysis.cli import main
from conftest import RAW

DPP = RAW / "asg-defence-policy-and-planning-250443.txt"
DI = RAW / "asg-defence-investment-240562.md"
ASG_PEERS = {"240562", "250443", "asg-political-affairs-and-security-policy"}
LANGUAGE_LINE = ("* possess the following minimum levels of NATO’s official languages (English/French): "
                 "VI (“Proficiency”) in one; I (“Beginner”) in the other.\n")
BEFORE_DEADLINES = dt.date(2024, 1, 1)  # before every sample's deadline: no deadline note


def years_raised(text: str) -> str:
    return _replace(text, "at least 15 years of professional experience",
                    "at least 25 years of professional experience")


def language_removed(text: str) -> str:
    return _replace(text, LANGUAGE_LINE, "")


def rung_lowered(text: str) -> str:
    return _replace(text, "* Change Leadership: Champions change.", "* Change Leadership: Personally leads change.")


def _replace(text: str, old: str, new: str) -> str:
    assert text.count(old) == 1, old
    return text.replace(old, new)


def write_draft(folder: Path, text: str, name: str = "draft.txt") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def run(corpus, path: Path, **kwargs) -> check.CheckResult:
    return check.check_draft(path, corpus, today=kwargs.pop("today", BEFORE_DEADLINES), **kwargs)


def severe(result: check.CheckResult) -> list[check.Flag]:
    return [f for f in result.flags if f.severity in ("warning", "error")]


def rules_of(flags: list[check.Flag]) -> list[str]:
    return sorted(f.rule for f in flags)


# --- The acceptance scenario ------------------------------------------------------------------

def test_the_three_changes_give_exactly_three_warnings(corpus, tmp_path):
    text = rung_lowered(language_removed(years_raised(DPP.read_text(encoding="utf-8"))))
    result = run(corpus, write_draft(tmp_path, text))
    assert set(result.peers.ids) == ASG_PEERS
    assert result.peers.short == "3 ASG posts"
    flags = {f.rule: f for f in severe(result)}
    assert rules_of(severe(result)) == ["competency_rung", "experience_range", "languages_missing"]
    years = flags["experience_range"]
    assert years.line == 25 and "at least 25 years" in years.quote
    assert years.peers == "15 in all 3 peers"
    assert years.message == ("asks for 25 years of professional experience, above every peer "
                             "(15 in all 3 peers)")
    assert years.advice.startswith("lower it to 15 years")
    languages = flags["languages_missing"]
    assert languages.line is None and languages.peers == "VI / I in all 3 peers"
    rung = flags["competency_rung"]
    assert rung.line == 48 and rung.quote == "Change Leadership: Personally leads change."
    assert rung.message == ('Change Leadership: rung 2 of 3 ("Personally leads change") is below every peer '
                            "that asks for it (rung 3 in all 3 peers)")
    assert 'raise it to rung 3 ("Champions change")' in rung.advice
    assert result.exit_code(strict=True) == 1 and result.exit_code() == 0


@pytest.mark.parametrize(("change", "expected"), [
    (years_raised, "experience_range"), (language_removed, "languages_missing"), (rung_lowered, "competency_rung")])
def test_each_change_alone_gives_its_one_warning(corpus, tmp_path, change, expected):
    result = run(corpus, write_draft(tmp_path, change(DPP.read_text(encoding="utf-8"))))
    assert rules_of(severe(result)) == [expected]


def test_an_unchanged_copy_of_a_published_notice_gets_no_warning(corpus, tmp_path):
    path = tmp_path / DI.name
    shutil.copy(DI, path)
    result = run(corpus, path)
    assert severe(result) == []
    assert result.exit_code(strict=True) == 0
    assert result.peers.same_text == ["240562"] and "240562" not in result.peers.ids
    assert result.peers.short == "all 4 published posts (widened: only 2 ASG posts, fewer than 3)"
    same = [f for f in result.flags if f.rule == "same_text"]
    assert len(same) == 1 and "published post 240562 (asg-defence-investment-240562.md)" in same[0].message
    infos = {f.rule: f for f in result.flags}
    assert infos["staff_led_range"].message == "leads 80 staff, below every peer (90–100 in 2 of 4 peers)"
    assert infos["committees_range"].message == "chairs 4 committees, above every peer (0–3 in 3 of 4 peers)"


def test_the_other_asg_samples_unchanged_get_no_warning(corpus, tmp_path):
    for name in (DPP.name, "asg-political-affairs-and-security-policy.txt"):
        shutil.copy(RAW / name, tmp_path / name)
        assert severe(run(corpus, tmp_path / name)) == [], name


def test_a_deadline_in_the_past_is_an_info(corpus, tmp_path):
    path = write_draft(tmp_path, DPP.read_text(encoding="utf-8"))
    past = [f for f in run(corpus, path, today=dt.date(2026, 1, 1)).flags if f.rule == "deadline_past"]
    assert [(f.severity, f.line, f.message) for f in past] == [
        ("info", 8, "the application deadline 2025-04-06 is in the past")]
    assert not [f for f in run(corpus, path).flags if f.rule == "deadline_past"]


# --- Inconsistencies, missing sections, unreadable drafts -------------------------------------

@pytest.mark.parametrize(("old", "new", "rule", "line"), [
    ("* hold a university degree", "* have at least 20 years of experience in team management;\n"
     "* hold a university degree", "management_above_professional", 26),
    ("The ASG/DPP speaks in public fora", "The ASG/DPP leads the Defence Policy and Planning Division "
     "(approximately 120 staff members). The ASG/DPP speaks in public fora", "staff_counts", 39),
    ("Grade Unclassified\n", "Grade Unclassified\nSalary (Pay Basis)\n13,206.07\n", "pay_without_basis", None),
])
def test_inconsistencies_inside_the_draft(corpus, tmp_path, old, new, rule, line):
    text = _replace(DPP.read_text(encoding="utf-8"), old, new)
    flags = severe(run(corpus, write_draft(tmp_path, text)))
    assert [(f.rule, f.severity, f.line) for f in flags] == [(rule, "warning", line)]


def test_two_staff_counts_name_both(corpus, tmp_path):
    text = _replace(DPP.read_text(encoding="utf-8"), "The ASG/DPP speaks in public fora",
                    "The ASG/DPP leads the Defence Policy and Planning Division (approximately 120 staff "
                    "members). The ASG/DPP speaks in public fora")
    (flag,) = severe(run(corpus, write_draft(tmp_path, text)))
    assert flag.message == "states two different counts of staff it leads: 90 (line 20) and 120 (line 39)"


def test_an_essay_without_key_challenges(corpus, tmp_path):
    text = DPP.read_text(encoding="utf-8")
    text = text.split("5. KEY CHALLENGES")[0] + "6. CONTRACT" + text.split("6. CONTRACT")[1]
    flags = severe(run(corpus, write_draft(tmp_path, text)))
    assert [(f.rule, f.line) for f in flags] == [("essay_without_challenges", 64)]


def test_missing_sections_are_errors(corpus, tmp_path):
    text = DPP.read_text(encoding="utf-8")
    no_competencies = text.split("4. COMPETENCIES")[0] + "5. KEY CHALLENGES" + text.split("5. KEY CHALLENGES")[1]
    flags = severe(run(corpus, write_draft(tmp_path, no_competencies)))
    assert rules_of(flags) == ["competencies_missing", "no_competencies"]
    assert [f.severity for f in flags] == ["error", "warning"]
    no_qualifications = (text.split("2. QUALIFICATIONS AND EXPERIENCE")[0] + "3. ACCOUNTABILITIES"
                         + text.split("3. ACCOUNTABILITIES")[1])
    flags = severe(run(corpus, write_draft(tmp_path, no_qualifications, "b.txt")))
    assert rules_of(flags) == ["education_missing", "languages_missing", "no_qualifications"]


@pytest.mark.parametrize("content", [b"Minutes of the canteen committee.\nLunch moves to noon.\n", b"",
                                     bytes(range(256)) * 4])
def test_a_draft_that_is_not_a_notice_is_an_error(corpus, tmp_path, content):
    path = tmp_path / "draft.txt"
    path.write_bytes(content)
    result = run(corpus, path)
    assert result.failed and result.exit_code() == 1
    assert [(f.severity, f.rule) for f in result.flags] == [("error", "unreadable")]
    assert result.flags[0].message.startswith("the draft could not be read: ")


# --- Peer groups ------------------------------------------------------------------------------

def test_a_grade_without_peers_widens_to_the_family_and_says_so(corpus, tmp_path):
    text = _replace(DPP.read_text(encoding="utf-8"), "Grade Unclassified\n", "Grade\nA.7 / NATO Grade G24\n")
    result = run(corpus, write_draft(tmp_path, text))
    assert set(result.peers.ids) == ASG_PEERS
    assert result.peers.short == "3 ASG posts (widened: only 0 ASG posts at grade A7 / G24, fewer than 3)"


def test_family_given_on_the_command_line(corpus, tmp_path):
    result = run(corpus, write_draft(tmp_path, DPP.read_text(encoding="utf-8") + "\n\n"), family="Head")
    assert result.peers.same_text == ["250443"]  # whitespace does not make another text
    assert result.peers.short == "all 4 published posts (widened: only 2 Head posts, fewer than 3)"
    assert "family Head given with --family" in result.peers.how


def test_the_draft_is_never_added_to_the_corpus(corpus, tmp_path):
    before = len(corpus.posts)
    run(corpus, write_draft(tmp_path, years_raised(DPP.read_text(encoding="utf-8"))))
    assert len(corpus.posts) == before
    assert list(tmp_path.iterdir()) == [tmp_path / "draft.txt"]


# --- Data and figures -------------------------------------------------------------------------

def test_rules_are_declared_as_data():
    rules = check.rules()
    assert {r.severity for r in rules} <= set(check.SEVERITIES)
    assert {r.test for r in rules} <= set(check._TESTS)
    assert len({r.rule for r in rules}) == len(rules)
    ranges = {r.field: r.severity for r in rules if r.test == "range"}
    assert ranges == {"min_experience_years": "warning", "min_management_years": "warning",
                      "lang_level_one": "warning", "lang_level_other": "warning",
                      "staff_led": "info", "committees_chaired": "info"}


def test_dimension_values_mark_the_draft_among_its_peers(corpus, tmp_path):
    result = run(corpus, write_draft(tmp_path, rung_lowered(years_raised(DPP.read_text(encoding="utf-8")))))
    values = check.dimension_values(result)
    years = values[values["dimension"] == "min_experience_years"]
    assert sorted(years["value"]) == [15, 15, 15, 25]
    assert years.loc[years["who"] == "draft", "value"].tolist() == [25]
    assert years["flagged"].all()
    change = values[values["dimension"] == "competency:Change Leadership"]
    assert change.loc[change["who"] == "draft", "value"].tolist() == [2] and change["flagged"].all()
    assert not values.loc[values["dimension"] == "competency:Initiative", "flagged"].any()
    for group, (title, xlabel) in check.group_titles().items():
        fig = plots.draft_among_peers_chart(values[values["group"] == group], title, xlabel,
                                            roman=group == "languages")
        assert fig.axes[0].get_title() == title


def test_flags_table_has_a_row_per_flag(corpus, tmp_path):
    result = run(corpus, write_draft(tmp_path, years_raised(DPP.read_text(encoding="utf-8"))))
    table = check.flags_table(result)
    assert list(table.columns) == ["severity", "line", "finding", "evidence", "peers", "what to change"]
    assert len(table) == len(result.flags)
    assert table.iloc[0]["line"] == 25 and table.iloc[0]["severity"] == "warning"


# --- Command line -----------------------------------------------------------------------------

def test_cli_acceptance(sample_build, tmp_path, capsys):
    processed = str(sample_build[2])
    text = rung_lowered(language_removed(years_raised(DPP.read_text(encoding="utf-8"))))
    draft = write_draft(tmp_path, text, "dpp-draft.txt")
    assert main(["check", str(draft), "--processed", processed, "--no-html", "--strict"]) == 1
    out = capsys.readouterr().out.splitlines()
    warnings = [line for line in out if ": warning: " in line]
    assert [re.match(r"^(.*?)(?::(\d+))?: warning: ", w).groups() for w in warnings] == [
        (str(draft), None), (str(draft), "25"), (str(draft), "48")]
    assert re.fullmatch(rf"{re.escape(str(draft))}: 0 errors, 3 warnings, \d+ info against 3 ASG posts", out[-1])
    assert main(["check", str(draft), "--processed", processed, "--no-html"]) == 0
    capsys.readouterr()
    copy = tmp_path / DI.name
    shutil.copy(DI, copy)
    assert main(["check", str(copy), "--processed", processed, "--no-html", "--strict"]) == 0
    out = capsys.readouterr().out
    assert ": warning: " not in out and ": error: " not in out


def test_cli_not_a_notice_and_bad_arguments(sample_build, tmp_path, capsys):
    processed = str(sample_build[2])
    minutes = write_draft(tmp_path, "Minutes of the canteen committee.\n", "minutes.txt")
    assert main(["check", str(minutes), "--processed", processed, "--no-html"]) == 1
    out = capsys.readouterr().out
    assert f"{minutes}: error: the draft could not be read: not a vacancy notice" in out
    assert main(["check", str(tmp_path / "missing.txt"), "--processed", processed]) == 2
    assert main(["check", str(write_draft(tmp_path, "a,b\n", "table.csv")), "--processed", processed]) == 2
    assert main(["check", str(DPP), "--processed", processed, "--family", "Chef"]) == 2
    assert main(["check"]) == 2
    assert main(["check", str(DPP), "--processed", processed, "--out", str(RAW / "check")]) == 2
    err = capsys.readouterr().err
    assert "is not a file" in err and "not a post family" in err and "never written" in err


# --- The briefing (runs the notebook) ---------------------------------------------------------

HOSTILE = "<script>alert(1)</script>"


@pytest.mark.integration
def test_briefing_is_offline_and_shows_markup_as_text(sample_build, tmp_path):
    text = DPP.read_text(encoding="utf-8")
    text = _replace(text, "Assistant Secretary General, Defence Policy and Planning (250443)",
                    f"Assistant Secretary General {HOSTILE} Planning (999002)")
    text = rung_lowered(years_raised(_replace(text, "* Self-Control: Stays composed and positive even under "
                                              "extreme pressure.", "* Teamwork: <img src=x onerror=alert(1)>")))
    draft = write_draft(tmp_path, text, "hostile.txt")
    out = tmp_path / "check"
    done = subprocess.run([sys.executable, "-m", "analysis", "check", str(draft), "--processed",
                           str(sample_build[2]), "--out", str(out)], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    page = (out / "check-hostile.html").read_text(encoding="utf-8")
    assert "<script" not in page.lower() and not re.search(r"<img\b(?![^>]*data:image/png)", page)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "Content-Security-Policy" in page and "jp-InputArea-editor" not in page
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    shown = " ".join(re.sub(r"<[^>]+>", " ", page).split())
    assert "asks for 25 years of professional experience, above every peer (15 in all 3 peers)" in shown
    assert shown.count("<img") == 0 and page.count('src="data:image/png;base64,') == 5
    binary = shutil.which("chromium") or shutil.which("chromium-browser")
    if binary is None:
        pytest.skip("chromium is not installed: the browser check needs headless Chromium")
    from test_report import load_in_chromium

    url = (out / "check-hostile.html").as_uri()
    seen, events = load_in_chromium(binary, tmp_path / "profile", url)
    assert seen["scripts"] == 0 and all(i["ok"] and i["data"] for i in seen["images"])
    assert HOSTILE in seen["text"]
    methods = {e["method"] for e in events}
    assert "Runtime.exceptionThrown" not in methods and "Page.javascriptDialogOpening" not in methods
    requests = [e["params"]["request"]["url"] for e in events if e["method"] == "Network.requestWillBeSent"]
    assert all(u == url or u.startswith("data:") for u in requests), requests
    errors = [e["params"]["entry"] for e in events
              if e["method"] == "Log.entryAdded" and e["params"]["entry"]["level"] == "error"]
    assert not errors, errors
