"""Analysis views over the parsed tables: pure functions that the notebooks call.

Every function takes DataFrames shaped as in `data/schema.csv` and returns a new DataFrame (or
a small dataclass of them); nothing here reads files, draws or renders HTML.
"""

from __future__ import annotations

import re
import textwrap
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any

import numpy as np
import pandas as pd

from analysis import tables as tables_module

TABLES = tables_module.TABLES
FAMILY_ORDER = ("ASG", "Deputy ASG", "Director", "Head", "Executive Officer", "Officer",
                "Assistant")
NO_FAMILY = "Family not stated"
STATED, NOT_STATED, UNREADABLE = "stated", "not stated in the notice", "parser could not read"
ROLE_LABELS = {"chair": "Chair", "permanent_chair": "Permanent chair", "co_chair": "Co-chair",
               "serves": "Serves", "supports": "Supports"}
ROLE_UNSTATED = "Role not stated"
STAFF_KINDS = ("leads", "co_leads", "direct_reports", "indirect_reports")
STAFF_LABELS = {"leads": "Leads", "co_leads": "Co-leads", "direct_reports": "Direct reports",
                "indirect_reports": "Indirect reports"}
TITLE_ABBREVIATIONS = (("Deputy Assistant Secretary General", "DASG"),
                       ("Assistant Secretary General", "ASG"))

# Post fields an analyst reads, with their label and the `problems.field` names that concern them.
FIELDS: dict[str, tuple[str, frozenset[str]]] = {
    "title": ("Title", frozenset({"title"})),
    "reference": ("Reference", frozenset({"reference"})),
    "organisation": ("Organisation", frozenset({"organisation"})),
    "division": ("Division", frozenset({"division"})),
    "location": ("Location", frozenset({"location"})),
    "grade": ("Grade", frozenset({"grade", "grade_code", "nato_grade"})),
    "post_family": ("Post family", frozenset({"post_family", "family"})),
    "deadline": ("Application deadline", frozenset({"deadline"})),
    "reports_to": ("Reports to", frozenset({"reports_to", "interrelationships"})),
    "min_experience_years": ("Minimum professional experience (years)",
                             frozenset({"min_experience_years", "experience"})),
    "min_management_years": ("Minimum management experience (years)",
                             frozenset({"min_management_years", "experience"})),
    "education": ("Education", frozenset({"education"})),
    "masters_preferred": ("Master's degree preferred", frozenset({"masters_preferred",
                                                                  "education"})),
    "lang_level_one": ("Language level, one official language",
                       frozenset({"lang_level_one", "languages", "language"})),
    "lang_level_other": ("Language level, the other official language",
                         frozenset({"lang_level_other", "languages", "language"})),
    "staff_led": ("Staff led", frozenset({"staff_led", "staff"})),
    "direct_reports": ("Direct reports", frozenset({"direct_reports", "staff"})),
    "committees_chaired": ("Committees chaired", frozenset({"committees_chaired",
                                                            "committees"})),
    "competency_count": ("Competencies listed", frozenset({"competency_count",
                                                           "competencies"})),
    "security_clearance": ("Security clearance", frozenset({"security_clearance",
                                                            "clearance"})),
    "contract_years": ("Initial contract (years)", frozenset({"contract_years", "contract"})),
    "extension_years": ("Possible extension (years)", frozenset({"extension_years",
                                                                 "contract"})),
    "essay_required": ("Essay on key challenges", frozenset({"essay_required", "challenges"})),
}
_STOPWORDS = frozenset({
    "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "have", "has", "in", "into", "is",
    "it", "its", "of", "on", "or", "the", "their", "this", "to", "with", "within", "who", "which",
    "will", "would", "able", "must", "should", "possess", "hold"})


def normalise_ids(values: Any) -> list[str]:
    """Post ids as strings from None, one id, or a list of ids (YAML may give ints)."""
    if values is None or (isinstance(values, str) and not values.strip()):
        return []
    if isinstance(values, str | int | np.integer):
        values = [values]
    return [str(v).strip() for v in values if str(v).strip()]


def select(tables: Any, posts: Any = None, families: Any = None) -> SimpleNamespace:
    """The tables restricted to the given post ids and post families ([] or None = all)."""
    frames = {name: getattr(tables, name) for name in (*TABLES, "fields")
              if hasattr(tables, name)}
    ids, fams = normalise_ids(posts), normalise_ids(families)
    if not ids and not fams:
        return SimpleNamespace(**frames)
    p = frames["posts"]
    unknown = sorted(set(ids) - set(p["post_id"]))
    if unknown:
        raise ValueError(f"unknown post id(s): {', '.join(unknown)}")
    keep = pd.Series(True, index=p.index)
    if ids:
        keep &= p["post_id"].isin(ids)
    if fams:
        wanted = {f.casefold() for f in fams}
        keep &= p["post_family"].fillna("").str.casefold().isin(wanted)
    chosen = set(p.loc[keep, "post_id"])
    out = {name: df[df["post_id"].isin(chosen)].reset_index(drop=True)
           for name, df in frames.items()}
    return SimpleNamespace(**out)


def short_title(title: Any, width: int = 44) -> str:
    """A post title shortened for chart labels (ASG for Assistant Secretary General)."""
    if not isinstance(title, str) or not title.strip():
        return ""
    text = " ".join(title.split())
    for long, short in TITLE_ABBREVIATIONS:
        text = re.sub(re.escape(long), short, text, flags=re.IGNORECASE)
    return textwrap.shorten(text, width=width, placeholder="…")


def post_labels(posts: pd.DataFrame, width: int = 44) -> pd.Series:
    """Readable, unique label per post_id: short title plus reference when there is one."""
    labels = {}
    for row in posts.itertuples(index=False):
        label = short_title(row.title, width) or str(row.post_id)
        ref = row.reference if isinstance(row.reference, str) else ""
        if ref and ref not in label:
            label = f"{label} ({ref})"
        labels[row.post_id] = label
    series = pd.Series(labels, name="post", dtype="object")
    dup = series.duplicated(keep=False)
    series[dup] = [f"{lab} [{pid}]" for pid, lab in series[dup].items()]
    return series


def family_order(families: Iterable[Any]) -> list[str]:
    """Families present, in NATO order (senior first), unknown ones after, then 'not stated'."""
    present = {f if isinstance(f, str) and f else NO_FAMILY for f in families}
    known = [f for f in FAMILY_ORDER if f in present]
    other = sorted(present - set(FAMILY_ORDER) - {NO_FAMILY})
    return known + other + ([NO_FAMILY] if NO_FAMILY in present else [])


def with_labels(df: pd.DataFrame, posts: pd.DataFrame) -> pd.DataFrame:
    """`df` with the post label and family added in front (joined on post_id)."""
    info = pd.DataFrame({"post_id": posts["post_id"].to_numpy(),
                         "post": post_labels(posts).reindex(posts["post_id"]).to_numpy(),
                         "post_family": posts["post_family"].fillna(NO_FAMILY).to_numpy()})
    out = df.drop(columns=[c for c in ("post", "post_family") if c in df.columns])
    out = info.merge(out, on="post_id", how="right")
    return out[["post", "post_family", *[c for c in out.columns if c not in
                                          ("post", "post_family")]]]


def corpus_summary(tables: Any) -> dict[str, int]:
    """Counts for a header line: posts, source files, problems (errors, warnings)."""
    posts, problems = tables.posts, tables.problems
    files = set(posts["source_file"].dropna()) | set(problems["source_file"].dropna())
    severity = problems["severity"].fillna("")
    return {"posts": len(posts), "files": len(files), "problems": len(problems),
            "errors": int((severity == "error").sum()),
            "warnings": int((severity == "warning").sum())}


def posts_overview(posts: pd.DataFrame) -> pd.DataFrame:
    """One line per post: label, family, grade, location, deadline, key figures."""
    out = with_labels(posts[["post_id", "grade", "location", "deadline", "min_experience_years",
                             "lang_level_one", "lang_level_other"]], posts)
    out["deadline"] = format_dates(out["deadline"])
    out["languages"] = [_roman_pair(a, b) for a, b in
                        zip(out.pop("lang_level_one"), out.pop("lang_level_other"), strict=True)]
    return out.rename(columns={"post": "Post", "post_family": "Family", "post_id": "Post id",
                               "grade": "Grade", "location": "Location",
                               "deadline": "Deadline",
                               "min_experience_years": "Min. experience (years)",
                               "languages": "Languages (one / other)"})


def family_counts(posts: pd.DataFrame) -> pd.DataFrame:
    """Number of posts per family, in NATO order."""
    fam = posts["post_family"].fillna(NO_FAMILY)
    order = family_order(fam)
    counts = fam.value_counts().reindex(order, fill_value=0)
    return pd.DataFrame({"family": order, "posts": counts.to_numpy()})


def format_dates(values: pd.Series) -> pd.Series:
    """Dates as ISO text (YYYY-MM-DD), missing as NaN."""
    parsed = pd.to_datetime(values, errors="coerce")
    return parsed.dt.strftime("%Y-%m-%d").where(parsed.notna(), np.nan)


def _roman(level: Any) -> str:
    if pd.isna(level):
        return "—"
    romans = ("I", "II", "III", "IV", "V", "VI")
    n = int(level)
    return romans[n - 1] if 1 <= n <= len(romans) else str(n)


def _roman_pair(one: Any, other: Any) -> str:
    if pd.isna(one) and pd.isna(other):
        return np.nan
    return f"{_roman(one)} / {_roman(other)}"


# --- Experience -----------------------------------------------------------------------------

def experience_ranking(posts: pd.DataFrame) -> pd.DataFrame:
    """Posts ranked by minimum professional, then management, years (not stated last)."""
    cols = ["post_id", "min_experience_years", "min_management_years"]
    out = with_labels(posts[cols], posts)
    for c in cols[1:]:
        out[c] = pd.to_numeric(out[c], errors="coerce").astype(float)
    return out.sort_values(cols[1:], ascending=False, na_position="last",
                           kind="stable").reset_index(drop=True)


def family_distribution(posts: pd.DataFrame, column: str) -> pd.DataFrame:
    """Per family: posts, how many state `column`, and its median, min and max."""
    values = pd.to_numeric(posts[column], errors="coerce")
    fam = posts["post_family"].fillna(NO_FAMILY)
    grouped = values.groupby(fam)
    out = pd.DataFrame({"posts": fam.value_counts(), "stated": grouped.count(),
                        "median": grouped.median(), "min": grouped.min(),
                        "max": grouped.max()})
    out = out.reindex(family_order(fam))
    out.index.name = "family"
    return out.reset_index()


def experience_evidence(experience: pd.DataFrame, posts: pd.DataFrame) -> pd.DataFrame:
    """Every stated number of years with its post, kind, domain, quote and line."""
    out = with_labels(experience.copy(), posts)
    out["figure"] = [_experience_figure(r) for r in out.itertuples(index=False)]
    return out[["post", "figure", "kind", "evidence", "line"]].sort_values(
        ["post", "line"], kind="stable").reset_index(drop=True)


def _years(value: Any) -> str:
    return f"{float(value):g}"


def _experience_figure(row: Any) -> str:
    q = {"at_least": "at least ", "exactly": "", "up_to": "up to "}.get(row.qualifier, "")
    years = _years(row.years)
    if row.qualifier == "range" and not pd.isna(getattr(row, "years_max", np.nan)):
        years = f"{years}–{_years(row.years_max)}"
    text = f"{q}{years} years {row.kind if row.kind != 'other' else ''}".rstrip()
    if isinstance(row.domain, str) and row.domain:
        text += f" ({row.domain})"
    return " ".join(text.split())


# --- Languages ------------------------------------------------------------------------------

def language_thresholds(languages: pd.DataFrame, posts: pd.DataFrame) -> pd.DataFrame:
    """Per post: the level in one and in the other official language (roman and name)."""
    first = languages.sort_values("line").drop_duplicates(["post_id", "slot"])
    out = posts[["post_id"]].copy()
    for slot in ("one", "other"):
        part = first[first["slot"] == slot].set_index("post_id")
        out[f"level_{slot}"] = out["post_id"].map(part["level"]).astype("Float64")
        out[slot] = out["post_id"].map(
            part["roman"].astype(str) + " (" + part["level_name"].astype(str) + ")")
    out = with_labels(out, posts)
    return out.sort_values(["level_one", "level_other"], ascending=False,
                           na_position="last", kind="stable").reset_index(drop=True)


def language_combinations(thresholds: pd.DataFrame) -> pd.DataFrame:
    """Count of posts per (one, other) level pair: rows one language, columns the other."""
    levels = list(range(6, 0, -1))
    stated = thresholds.dropna(subset=["level_one", "level_other"])
    table = pd.crosstab(stated["level_one"].astype(int), stated["level_other"].astype(int))
    table = table.reindex(index=levels, columns=levels[::-1], fill_value=0)
    table.index = [_roman(i) for i in table.index]
    table.columns = [_roman(i) for i in table.columns]
    table.index.name, table.columns.name = "one language", "other language"
    return table


def language_evidence(languages: pd.DataFrame, posts: pd.DataFrame) -> pd.DataFrame:
    """Each language threshold with its quote and line."""
    out = with_labels(languages.copy(), posts)
    out["figure"] = (out["roman"].astype(str) + " (" + out["level_name"].astype(str) + ") in "
                     + out["slot"].map({"one": "one", "other": "the other"}).fillna(out["slot"]))
    return out[["post", "figure", "evidence", "line"]].sort_values(
        ["post", "line"], kind="stable").reset_index(drop=True)


# --- Competencies ---------------------------------------------------------------------------

def competency_matrix(competencies: pd.DataFrame, posts: pd.DataFrame,
                      max_rows: int = 40) -> pd.DataFrame:
    """Posts x competencies, required level (NaN where not asked); mean per family if many posts."""
    comp = with_labels(competencies[["post_id", "competency", "level"]].copy(), posts)
    comp["level"] = pd.to_numeric(comp["level"], errors="coerce").astype(float)
    order = comp["competency"].value_counts().index.tolist()
    if len(posts) <= max_rows:
        matrix = comp.pivot_table(index="post", columns="competency", values="level",
                                  aggfunc="max", dropna=False)
        labels = post_labels(posts)
        matrix = matrix.reindex(index=[labels[p] for p in posts["post_id"]])
    else:
        matrix = comp.pivot_table(index="post_family", columns="competency", values="level",
                                  aggfunc="mean")
        sizes = posts["post_family"].fillna(NO_FAMILY).value_counts()
        fams = [f for f in family_order(posts["post_family"]) if f in matrix.index]
        matrix = matrix.reindex(fams)
        matrix.index = [f"{f} (mean of {sizes[f]} posts)" for f in fams]
    matrix = matrix.reindex(columns=order)
    matrix.index.name, matrix.columns.name = "post", "competency"
    return matrix.astype(float)


def competency_max_levels(competencies: pd.DataFrame) -> pd.Series:
    """Top rung of each competency's ladder (as the reference table gives it)."""
    return pd.to_numeric(competencies["max_level"], errors="coerce").groupby(
        competencies["competency"]).max().astype(float)


def competency_differences(matrix: pd.DataFrame) -> pd.DataFrame:
    """Competencies where the rows differ most: spread of levels, then how many do not ask it."""
    rows = []
    for comp in matrix.columns:
        col = matrix[comp]
        asked = col.dropna()
        not_asked = col.index[col.isna()].tolist()
        rows.append({"competency": comp, "asked by": f"{len(asked)} of {len(col)}",
                     "lowest level": asked.min() if len(asked) else np.nan,
                     "highest level": asked.max() if len(asked) else np.nan,
                     "spread": (asked.max() - asked.min()) if len(asked) else np.nan,
                     "not asked by": "; ".join(not_asked), "_missing": len(not_asked)})
    out = pd.DataFrame(rows)
    if out.empty:
        return out
    out = out.sort_values(["spread", "_missing"], ascending=False, kind="stable")
    out = out[(out["spread"].fillna(0) > 0) | (out["_missing"] > 0)]
    return out.drop(columns="_missing").reset_index(drop=True)


def competency_frequency(competencies: pd.DataFrame) -> pd.DataFrame:
    """Per competency: how many posts ask for it and the mean, lowest and highest level."""
    comp = competencies.assign(level=pd.to_numeric(competencies["level"], errors="coerce"))
    grouped = comp.groupby("competency")
    out = pd.DataFrame({"posts": grouped["post_id"].nunique(),
                        "mean level": grouped["level"].mean(),
                        "lowest": grouped["level"].min(), "highest": grouped["level"].max(),
                        "top rung": grouped["max_level"].max()})
    return out.sort_values(["posts", "mean level"], ascending=False).reset_index()


def unknown_descriptors(competencies: pd.DataFrame, posts: pd.DataFrame) -> pd.DataFrame:
    """Competency lines whose descriptor the reference table does not know (level empty)."""
    unknown = competencies[competencies["level"].isna()]
    out = with_labels(unknown.copy(), posts)
    return out[["post", "competency", "descriptor", "line"]].reset_index(drop=True)


# --- Staff ----------------------------------------------------------------------------------

def staff_table(staff: pd.DataFrame, posts: pd.DataFrame) -> pd.DataFrame:
    """Per post: staff led, co-led, direct and indirect reports (largest stated of each kind)."""
    counts = staff.assign(count=pd.to_numeric(staff["count"], errors="coerce"))
    wide = counts.pivot_table(index="post_id", columns="kind", values="count", aggfunc="max")
    wide = wide.reindex(columns=list(STAFF_KINDS))
    out = posts[["post_id"]].merge(wide, left_on="post_id", right_index=True, how="left")
    for kind in STAFF_KINDS:
        out[kind] = out[kind].astype("Float64").round().astype("Int64")
    out = with_labels(out, posts)
    return out.sort_values(list(STAFF_KINDS[:3]), ascending=False, na_position="last",
                           kind="stable").reset_index(drop=True)


def staff_evidence(staff: pd.DataFrame, posts: pd.DataFrame) -> pd.DataFrame:
    """Each headcount with its kind, unit, quote and line."""
    out = with_labels(staff.copy(), posts)
    out["figure"] = [_staff_figure(r) for r in out.itertuples(index=False)]
    return out[["post", "figure", "evidence", "line"]].sort_values(
        ["post", "line"], kind="stable").reset_index(drop=True)


def _staff_figure(row: Any) -> str:
    approx = "approximately " if not _missing(row.approximate) and bool(row.approximate) else ""
    text = f"{STAFF_LABELS.get(row.kind, row.kind)}: {approx}{int(row.count)}"
    if isinstance(row.unit, str) and row.unit:
        text += f" ({row.unit})"
    return text


# --- Committees -----------------------------------------------------------------------------

def committee_name(row: Any) -> str:
    """Committee display name: canonical (or as stated) plus acronym in brackets."""
    name = getattr(row, "canonical", None)
    if not isinstance(name, str) or not name:
        name = row.committee
    acronym = row.acronym if isinstance(row.acronym, str) else ""
    if acronym and f"({acronym})" not in name:
        name = f"{name} ({acronym})"
    return name


def committee_roles(committees: pd.DataFrame, posts: pd.DataFrame) -> pd.DataFrame:
    """Long table: post, committee display name, role label, co-chair, quote, line.

    Rows naming the same committee (canonical name, else as stated) share one display name,
    with the acronym any of them states.
    """
    out = with_labels(committees.copy(), posts)
    key = out["canonical"].fillna(out["committee"]) if "canonical" in out else out["committee"]
    out["canonical"] = key
    out["acronym"] = out.groupby(key)["acronym"].transform("first")
    out["committee"] = [committee_name(r) for r in out.itertuples(index=False)]
    out["role"] = out["role"].map(ROLE_LABELS).fillna(ROLE_UNSTATED)
    keep = ["post_id", "post", "post_family", "committee", "role", "co_chair_with", "evidence",
            "line"]
    return out[keep].sort_values(["committee", "post"], kind="stable").reset_index(drop=True)


def committee_matrix(committees: pd.DataFrame, posts: pd.DataFrame) -> pd.DataFrame:
    """Committee x post, the post's role label ('' where the post has no role)."""
    roles = committee_roles(committees, posts)
    if roles.empty:
        return pd.DataFrame()
    matrix = roles.pivot_table(index="committee", columns="post", values="role",
                               aggfunc=lambda r: " / ".join(dict.fromkeys(r)))
    labels = post_labels(posts)
    cols = [labels[p] for p in posts["post_id"] if labels[p] in matrix.columns]
    matrix = matrix.reindex(columns=cols).fillna("")
    order = (matrix != "").sum(axis=1).sort_values(ascending=False, kind="stable").index
    return matrix.loc[order]


def shared_committees(committees: pd.DataFrame, posts: pd.DataFrame, listed: int = 6
                      ) -> pd.DataFrame:
    """Committees named by more than one post: posts per role, and the posts (first `listed`)."""
    roles = committee_roles(committees, posts)
    rows = []
    for name, group in roles.groupby("committee", sort=True):
        if group["post_id"].nunique() > 1:
            per_role = group.drop_duplicates(["post_id", "role"])["role"].value_counts()
            who = list(dict.fromkeys(f"{p} ({r})" for p, r in
                                     zip(group["post"], group["role"], strict=True)))
            more = f"; … and {len(who) - listed} more" if len(who) > listed else ""
            rows.append({"committee": name, "posts": group["post_id"].nunique(),
                         "roles": ", ".join(f"{r}: {n}" for r, n in per_role.items()),
                         "which posts": "; ".join(who[:listed]) + more})
    out = pd.DataFrame(rows, columns=["committee", "posts", "roles", "which posts"])
    return out.sort_values(["posts", "committee"], ascending=[False, True]).reset_index(
        drop=True)


def committee_counts(committees: pd.DataFrame, posts: pd.DataFrame, top: int = 25
                     ) -> pd.DataFrame:
    """Committees x role: number of posts (top-N committees), for large corpora."""
    roles = committee_roles(committees, posts)
    table = pd.crosstab(roles["committee"], roles["role"])
    order = table.sum(axis=1).sort_values(ascending=False, kind="stable").index[:top]
    cols = [c for c in [*ROLE_LABELS.values(), ROLE_UNSTATED] if c in table.columns]
    return table.loc[order, cols]


# --- Data quality ---------------------------------------------------------------------------

def field_status(tables: Any) -> pd.DataFrame:
    """Post x field: 'stated', 'not stated in the notice' or 'parser could not read'."""
    posts, problems = tables.posts, tables.problems
    concerned: dict[str, set[str]] = {}
    for row in problems.dropna(subset=["post_id"]).itertuples(index=False):
        concerned.setdefault(row.post_id, set()).add(str(row.field).strip().casefold())
    out = pd.DataFrame(index=pd.Index(posts["post_id"], name="post_id"))
    for col, (_, names) in FIELDS.items():
        if col not in posts.columns:
            continue
        present = posts[col].notna().to_numpy()
        flagged = np.array([bool(concerned.get(pid, set()) & names) for pid in posts["post_id"]])
        out[col] = np.where(present, STATED, np.where(flagged, UNREADABLE, NOT_STATED))
    levels = tables.competencies.groupby("post_id")["level"].apply(lambda s: s.isna().any())
    unknown_level = posts["post_id"].map(levels).fillna(False).astype(bool).to_numpy()
    listed = posts["post_id"].isin(tables.competencies["post_id"]).to_numpy()
    out["competency_levels"] = np.where(unknown_level, UNREADABLE,
                                        np.where(listed, STATED, NOT_STATED))
    return out


def data_quality(tables: Any) -> pd.DataFrame:
    """Per field: posts where it is stated, not stated in the notice, or could not be read."""
    status = field_status(tables)
    labels = {**{c: lab for c, (lab, _) in FIELDS.items()},
              "competency_levels": "Competency levels known"}
    rows = []
    for col in status.columns:
        counts = status[col].value_counts()
        rows.append({"field": labels[col], STATED: int(counts.get(STATED, 0)),
                     NOT_STATED: int(counts.get(NOT_STATED, 0)),
                     UNREADABLE: int(counts.get(UNREADABLE, 0))})
    return pd.DataFrame(rows, columns=["field", STATED, NOT_STATED, UNREADABLE])


def problems_table(problems: pd.DataFrame, posts: pd.DataFrame) -> pd.DataFrame:
    """The parser's problems, errors first, with the post label where there is one."""
    labels = post_labels(posts)
    out = problems.copy()
    out.insert(0, "post", out["post_id"].map(labels).fillna(out["post_id"]))
    out = out.sort_values(["severity", "source_file"], kind="stable")
    cols = ["severity", "source_file", "post", "field", "message"]
    return out[cols + (["line"] if "line" in out.columns else [])].reset_index(drop=True)


# --- One post -------------------------------------------------------------------------------

def post_heading(post: pd.Series) -> str:
    """A post's title for a heading, its id when the notice states no title."""
    return str(post["title"]) if pd.notna(post["title"]) and str(post["title"]) else str(post["post_id"])


def pick_pair(posts: pd.DataFrame, post_a: Any, post_b: Any) -> tuple[str, str]:
    """The two post ids to compare: those given, else the first two posts of the selection."""
    a = str(post_row(posts, post_a)["post_id"])
    if normalise_ids(post_b):
        return a, str(post_row(posts, post_b)["post_id"])
    others = [str(p) for p in posts["post_id"] if str(p) != a]
    return a, others[0] if others else a


def post_row(posts: pd.DataFrame, post_id: Any) -> pd.Series:
    """The posts row of `post_id` (the first post when post_id is empty); ValueError if unknown."""
    ids = normalise_ids(post_id)
    if posts.empty:
        raise ValueError("the corpus has no posts")
    if not ids:
        return posts.iloc[0]
    match = posts[posts["post_id"] == ids[0]]
    if match.empty:
        raise ValueError(f"unknown post id: {ids[0]}")
    return match.iloc[0]


def field_evidence(tables: Any, post_id: str) -> dict[str, tuple[Any, Any]]:
    """Post field -> (quote, line): from the `fields` table, else from the long table it sums."""
    out: dict[str, tuple[Any, Any]] = {}

    def first(df: pd.DataFrame | None, col: str, **match: str) -> None:
        if df is None or col in out or "evidence" not in df.columns:
            return
        rows = df[df["post_id"] == post_id]
        for key, value in match.items():
            rows = rows[rows[key] == value]
        if not rows.empty:
            row = rows.sort_values("line").iloc[0]
            out[col] = (row["evidence"], row["line"])

    fields = getattr(tables, "fields", None)
    if fields is not None:
        for field_name in fields.loc[fields["post_id"] == post_id, "field"].unique():
            first(fields, field_name, field=field_name)
    first(tables.experience, "min_experience_years", kind="professional")
    first(tables.experience, "min_management_years", kind="management")
    first(tables.languages, "lang_level_one", slot="one")
    first(tables.languages, "lang_level_other", slot="other")
    first(tables.staff, "staff_led", kind="leads")
    first(tables.staff, "direct_reports", kind="direct_reports")
    return out


def post_caption(row: pd.Series) -> str:
    """One line under a briefing's title: reference, family, division, source file."""
    parts = [f"Reference {row['reference']}" if not _missing(row["reference"]) else
             f"No reference stated (id {row['post_id']})",
             row["post_family"], row["division"], f"source: {row['source_file']}"]
    return "; ".join(str(p) for p in parts if not _missing(p))


def _display_value(value: Any) -> str:
    if isinstance(value, bool | np.bool_):
        return "yes" if value else "no"
    if isinstance(value, float | np.floating):
        return f"{value:g}"
    if isinstance(value, pd.Timestamp) or hasattr(value, "isoformat"):
        return str(pd.Timestamp(value).date())
    return str(value)


def post_summary(tables: Any, post_id: Any) -> pd.DataFrame:
    """Field, value, evidence, line for one post; a missing value says not stated or unreadable."""
    row = post_row(tables.posts, post_id)
    status = field_status(tables).loc[row["post_id"]]
    evidence = field_evidence(tables, row["post_id"])
    rows = []
    for col, (label, _) in FIELDS.items():
        if col not in row.index:
            continue
        value = row[col]
        shown = _display_value(value) if not _missing(value) else f"— ({status[col]})"
        if col.startswith("lang_level") and not _missing(value):
            shown = _roman(value)
        quote, line = evidence.get(col, (np.nan, np.nan)) if not _missing(value) else (np.nan,
                                                                                        np.nan)
        rows.append({"field": label, "value": shown, "evidence": quote, "line": line})
    out = pd.DataFrame(rows)
    out["line"] = out["line"].astype("Int64")
    return out


def _missing(value: Any) -> bool:
    return value is None or (not isinstance(value, str) and bool(pd.isna(value)))


def briefing_evidence(tables: Any, post_id: Any) -> pd.DataFrame:
    """Every figure of one post (topic, figure, quote, line), in briefing order."""
    pid = post_row(tables.posts, post_id)["post_id"]
    parts = []
    for topic, df, fmt in (
            ("Experience", tables.experience, _experience_figure),
            ("Languages", tables.languages, lambda r: f"{r.roman} ({r.level_name}) in "
                                                      f"{'one' if r.slot == 'one' else 'the other'}"),
            ("Staff", tables.staff, _staff_figure),
            ("Committees", tables.committees,
             lambda r: f"{ROLE_LABELS.get(r.role, ROLE_UNSTATED)}: {committee_name(r)}"),
            ("Competencies", tables.competencies, _competency_figure)):
        rows = df[df["post_id"] == pid].sort_values("line")
        parts.append(pd.DataFrame({"topic": topic,
                                   "figure": [fmt(r) for r in rows.itertuples(index=False)],
                                   "evidence": rows["evidence"].to_numpy(),
                                   "line": rows["line"].to_numpy()}))
    return pd.concat(parts, ignore_index=True)


def _competency_figure(row: Any) -> str:
    if pd.isna(row.level):
        return f"{row.competency}: level unknown"
    top = "" if pd.isna(row.max_level) else f" of {int(row.max_level)}"
    return f"{row.competency}: level {int(row.level)}{top}"


def post_requirements(requirements: pd.DataFrame, post_id: str) -> pd.DataFrame:
    """Essential then desirable requirements of one post, in notice order."""
    rows = requirements[requirements["post_id"] == post_id]
    rows = rows.assign(_k=rows["kind"].map({"essential": 0, "desirable": 1}).fillna(2))
    return rows.sort_values(["_k", "line"])[["kind", "category", "text", "line"]].reset_index(
        drop=True)


def post_challenges(challenges: pd.DataFrame, post_id: str) -> pd.DataFrame:
    """Key challenges of one post, in notice order."""
    rows = challenges[challenges["post_id"] == post_id].sort_values("line")
    return rows[["text", "line"]].reset_index(drop=True)


# --- Two posts ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Comparison:
    """Two posts side by side: labels, field table, competencies, unmatched requirements."""

    label_a: str
    label_b: str
    fields: pd.DataFrame
    competencies: pd.DataFrame
    only_a: pd.DataFrame
    only_b: pd.DataFrame


def compare_posts(tables: Any, post_a: Any, post_b: Any, threshold: float = 0.5) -> Comparison:
    """Compare two posts field by field, competency by competency and requirement by requirement."""
    a = post_row(tables.posts, post_a)["post_id"]
    b = post_row(tables.posts, post_b)["post_id"]
    labels = post_labels(tables.posts)
    label_a, label_b = labels[a], labels[b]
    if label_a == label_b:
        label_a, label_b = f"{label_a} [A]", f"{label_b} [B]"
    sa, sb = post_summary(tables, a), post_summary(tables, b)
    fields = pd.DataFrame({"field": sa["field"], label_a: sa["value"], label_b: sb["value"]})
    fields["differs"] = np.where(fields[label_a] != fields[label_b], "≠", "")
    comp = tables.competencies
    levels = {pid: comp[comp["post_id"] == pid].groupby("competency")["level"].max()
              for pid in (a, b)}
    competencies = pd.DataFrame({label_a: levels[a], label_b: levels[b]}).astype(float)
    competencies["difference"] = competencies[label_a] - competencies[label_b]
    competencies = competencies.rename_axis("competency").reset_index()
    reqs = tables.requirements
    only_a = unmatched_requirements(reqs[reqs["post_id"] == a], reqs[reqs["post_id"] == b],
                                    threshold)
    only_b = unmatched_requirements(reqs[reqs["post_id"] == b], reqs[reqs["post_id"] == a],
                                    threshold)
    return Comparison(label_a, label_b, fields, competencies, only_a, only_b)


def tokens(text: Any) -> frozenset[str]:
    """Normalised content words of `text`: lower case, no accents or punctuation, no stopwords."""
    if not isinstance(text, str):
        return frozenset()
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()
    words = re.findall(r"[a-z0-9]+", plain)
    return frozenset(w[:-1] if len(w) > 3 and w.endswith("s") else w
                     for w in words if w not in _STOPWORDS)


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """Jaccard overlap of two token sets (0 when either is empty)."""
    return len(a & b) / len(a | b) if a and b else 0.0


def unmatched_requirements(mine: pd.DataFrame, other: pd.DataFrame, threshold: float = 0.5
                           ) -> pd.DataFrame:
    """Requirements of `mine` with no requirement of `other` at least `threshold` similar."""
    other_tokens = [(tokens(t), t, k) for t, k in zip(other["text"], other["kind"], strict=True)]
    rows = []
    for row in mine.sort_values("line").itertuples(index=False):
        mine_tokens = tokens(row.text)
        best = max(((similarity(mine_tokens, o), t) for o, t, _ in other_tokens),
                   default=(0.0, ""))
        if best[0] < threshold:
            rows.append({"kind": row.kind, "category": row.category, "text": row.text,
                         "line": row.line, "closest in the other post": best[1] or np.nan,
                         "similarity": round(best[0], 2)})
    return pd.DataFrame(rows, columns=["kind", "category", "text", "line",
                                       "closest in the other post", "similarity"])
