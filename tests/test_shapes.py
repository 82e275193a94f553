"""The same notice in the shapes real copies take keeps its values: each sample rewritten as a
punctuation-stripped copy, a PDF's hard-wrapped lines, Windows line ends, other bullets and
heading styles, lists flattened onto one line, and sections flattened into one paragraph."""

from __future__ import annotations

import re
import textwrap

import pytest

from analysis.ingest import read_document
from analysis.parse import parse_document
from conftest import RAW, parse

COMPARED = ("title", "reference", "grade_code", "nato_grade", "deadline", "post_family", "min_experience_years",
            "min_management_years", "lang_level_one", "lang_level_other", "staff_led", "direct_reports",
            "committees_chaired", "competency_count", "competency_mean_level", "contract_years",
            "security_clearance")
_HEADING = re.compile(r"(?m)^(\d)\.\s+([A-Z][A-Z &]+)$")
_ITEM = re.compile(r"^\s*[-•*]\s+(.*)")
_LABELLED = re.compile(r"^\s*(?:[-•*o]\s*)?\**([A-Z][\w ()/-]{2,40}?):\**\s+(\S.{0,80})$")
_ROMAN = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"]


def _wrapped(text: str) -> str:
    return "\n".join(part for line in text.split("\n") for part in (textwrap.wrap(line, 78) or [""]))


def _lists_on_one_line(text: str) -> str:
    out: list[str] = []
    for line in text.split("\n"):
        m = _ITEM.match(line)
        if m and out and out[-1]:
            out[-1] += " • " + m.group(1)
        else:
            out.append(line)
    return "\n".join(out)


def _table(text: str) -> str:
    """Every "Label: value" line written as a two-column markdown table row."""
    return "\n".join(f"| {m.group(1)} | {m.group(2)} |" if (m := _LABELLED.match(line)) else line
                     for line in text.split("\n"))


def _paragraphs(text: str) -> str:
    """Every section after the first numbered heading run into one paragraph, its heading included."""
    first = _HEADING.search(text)
    if first is None:
        return text
    body = re.sub(r"\n(?=\S)", " ", text[first.start():])
    return text[:first.start()] + _HEADING.sub(lambda m: m.group(0), body)


SHAPES = {
    "punctuation stripped": lambda t: re.sub(r"['’`]", "", re.sub(r"(?<=\w),(?=\s)", "", t)),
    "no brackets or quotes": lambda t: re.sub(r"[\"“”()«»'’]", "", t),
    "no hyphens": lambda t: t.replace("-", " "),
    "hard-wrapped at 78": _wrapped,
    "windows line ends": lambda t: t.replace("\n", "\r\n"),
    "round bullets": lambda t: re.sub(r"(?m)^(\s*)[-•*]\s+", r"\1• ", t),
    "o bullets": lambda t: re.sub(r"(?m)^(\s*)[-•*]\s+", r"\1o ", t),
    "tab bullets": lambda t: re.sub(r"(?m)^(\s*)- ", "\t- ", t),
    "markdown headings": lambda t: _HEADING.sub(r"## \1. \2", t),
    "headings in title case": lambda t: _HEADING.sub(lambda m: f"{m.group(1)}. {m.group(2).title()}", t),
    "headings unnumbered": lambda t: _HEADING.sub(r"\2", t),
    "roman numerals": lambda t: _HEADING.sub(lambda m: f"{_ROMAN[int(m.group(1))]}. {m.group(2)}", t),
    "numbers with brackets": lambda t: _HEADING.sub(r"\1) \2", t),
    "headings with a colon": lambda t: _HEADING.sub(r"\1. \2:", t),
    "blank line after each line": lambda t: t.replace("\n", "\n\n"),
    "lists on one line": _lists_on_one_line,
    "labels in a table": _table,
    "bold headings": lambda t: _HEADING.sub(r"**\1. \2**", t),
    "typographic quotes": lambda t: t.replace("'", "’").replace('"', "“"),
    "sections as paragraphs": _paragraphs,
}


def _values(post: dict) -> dict:
    """The compared values; a title without its commas and apostrophes (a stripped copy has none)."""
    return {k: re.sub(r"[,'’]", "", post[k]) if k == "title" and post.get(k) else post.get(k) for k in COMPARED}


# Shapes that rewrite the title itself ("... Officer (XO)" loses its brackets): the title is not compared.
REWRITES_TITLES = {"no brackets or quotes"}


@pytest.fixture(scope="module")
def originals() -> dict[str, tuple[str, dict]]:
    return {p.name: (doc.text, _values(parse_document(doc).post))
            for p in sorted(RAW.iterdir()) if (doc := read_document(p, RAW))}


@pytest.mark.parametrize("shape", SHAPES)
def test_every_sample_keeps_its_values_in_another_shape(originals, shape):
    changed = {}
    for name, (text, post) in originals.items():
        again = _values(parse(SHAPES[shape](text)).post)
        changed |= {f"{name}: {k}": (post[k], again[k]) for k in COMPARED
                    if post[k] != again[k] and not (k == "title" and shape in REWRITES_TITLES)}
    assert not changed


def test_the_shapes_do_change_the_text(originals):
    """Each shape rewrites at least one sample (a shape that changed nothing would test nothing)."""
    for shape, rewrite in SHAPES.items():
        assert any(rewrite(text) != text for text, _ in originals.values()), shape


def test_a_bilingual_notice_with_its_french_first_gives_the_english_values(originals):
    """The translation may come first; the values still come from the English text (the title line of
    the English half then stands inside the French text's last section, so the title is not compared)."""
    text, post = originals["asg-defence-investment-240562.md"]
    lines = text.split("\n")
    start = next(i for i, ln in enumerate(lines) if ln.startswith("## Secrétaire général"))
    again = _values(parse("\n".join(lines[start:] + lines[:start])).post)
    assert {k: again[k] for k in COMPARED if k != "title"} == {k: post[k] for k in COMPARED if k != "title"}
    assert post["lang_level_one"] == 6 and post["committees_chaired"] == 4
