"""Check a draft notice against its published peers: the peer group, the flags, the figures.

The draft is parsed by the same pipeline as the corpus (in a temporary folder, so it never
joins the corpus tables). Which figure is compared how, and with what severity, is declared
in `data/check_rules.csv`; each rule's `test` names one function of `_TESTS` below.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pandas as pd

from analysis import tables as tables_module
from analysis import views
from analysis.reference import read_csv

SEVERITIES = ("error", "warning", "info")
MIN_PEERS = 3  # fewer peers than this and the group widens
MIN_STATING = 2  # a range needs at least this many peers stating the figure
MOST = 0.5  # "most peers": more than this share
MATCH = 0.5  # requirement similarity that counts as the same requirement, as in views.compare_posts
CANDIDATE_PEERS = 50  # peers whose requirements are candidates for "most peers ask for it"
ROMANS = ("I", "II", "III", "IV", "V", "VI")
NOTEBOOK = "70-check-draft"


@dataclass(frozen=True)
class Rule:
    """One row of check_rules.csv."""

    rule: str
    severity: str
    test: str
    field: str
    group: str
    label: str
    format: str
    message: str
    advice: str


@cache
def rules() -> tuple[Rule, ...]:
    """The check rules, in the order they run."""
    return tuple(Rule(**r) for r in read_csv("check_rules.csv"))


@dataclass(frozen=True)
class Flag:
    """One finding: severity, message, what to change, and where the draft says it."""

    severity: str
    rule: str
    message: str
    advice: str = ""
    line: int | None = None
    quote: str | None = None
    peers: str | None = None
    dimension: str | None = None

    def lint(self, name: str) -> str:
        """`DRAFT:LINE: severity: message; advice` (no line number when there is none)."""
        where = f"{name}:{self.line}" if self.line else name
        advice = f"; {self.advice}" if self.advice else ""
        return f"{where}: {self.severity}: {self.message}{advice}"


@dataclass
class Draft:
    """The draft as parsed: its tables (one post), or why it could not be read."""

    path: Path
    name: str
    tables: Any
    post: pd.Series | None
    error: str = ""
    posts_named: int = 0


@dataclass
class Peers:
    """The published posts the draft is compared with, and how they were chosen."""

    ids: list[str]
    basis: str
    how: str
    short: str = ""
    family: str | None = None
    grade: str | None = None
    same_text: list[str] = field(default_factory=list)


@dataclass
class CheckResult:
    """A checked draft: the draft, the corpus, its peers and the flags raised."""

    draft: Draft
    corpus: Any
    peers: Peers
    flags: list[Flag]

    @property
    def failed(self) -> bool:
        return bool(self.draft.error)

    def counts(self) -> dict[str, int]:
        """Number of flags per severity."""
        seen = Counter(f.severity for f in self.flags)
        return {s: seen.get(s, 0) for s in SEVERITIES}

    def exit_code(self, strict: bool = False) -> int:
        """1 when the draft is not a readable notice, or under `strict` when a warning or error was raised."""
        c = self.counts()
        return 1 if self.failed or (strict and (c["error"] or c["warning"])) else 0

    def peer_tables(self) -> Any:
        """The corpus tables restricted to the peers."""
        if self.peers.ids:
            return views.select(self.corpus, self.peers.ids)
        return SimpleNamespace(**{name: getattr(self.corpus, name).iloc[0:0] for name in tables_module.TABLES})


# --- Reading the draft ------------------------------------------------------------------------

def read_draft(path: Path, name: str | None = None) -> Draft:
    """Parse one draft file with the corpus pipeline, alone in a temporary folder."""
    from analysis.pipeline import parse_corpus

    path = Path(path)
    with tempfile.TemporaryDirectory(prefix="nato-draft-") as tmp:
        shutil.copyfile(path, Path(tmp) / (path.name.lstrip(".") or f"draft{path.suffix}"))  # dotfiles are skipped
        result = parse_corpus(Path(tmp))
    frames = result.frames
    tables = tables_module.Corpus(**frames)
    if frames["posts"].empty:
        errors = frames["problems"].loc[frames["problems"]["severity"] == "error", "message"]
        reason = "; ".join(errors.astype(str)) or "no post found"
        return Draft(path, name or str(path), tables, None, reason)
    return Draft(path, name or str(path), tables, frames["posts"].iloc[0], "", len(frames["posts"]))


# --- The peer group ---------------------------------------------------------------------------

def _fold(value: Any) -> str:
    return str(value).strip().casefold() if not _missing(value) else ""


def _missing(value: Any) -> bool:
    return value is None or (not isinstance(value, str) and bool(pd.isna(value)))


def choose_peers(posts: pd.DataFrame, draft: pd.Series, family: str | None = None,
                 minimum: int = MIN_PEERS) -> Peers:
    """Same family and grade; fewer than `minimum` widens to the family, then to all posts.

    A published post whose text is the draft's (same content hash) is never its own peer.
    """
    digest = draft.get("content_hash")
    same = posts["content_hash"] == digest if not _missing(digest) else pd.Series(False, index=posts.index)
    same_text = [str(p) for p in posts.loc[same, "post_id"]]
    pool = posts[~same]
    fam = family or (None if _missing(draft.get("post_family")) else str(draft["post_family"]))
    grade_code, nato_grade = (None if _missing(draft.get(c)) else str(draft[c])
                              for c in ("grade_code", "nato_grade"))
    grade = " / ".join(g for g in (grade_code, nato_grade) if g) or None
    in_family = pool["post_family"].map(_fold) == _fold(fam)
    in_grade = pd.Series(False, index=pool.index)
    if grade_code:
        in_grade |= pool["grade_code"].map(_fold) == _fold(grade_code)
    if nato_grade:
        in_grade |= pool["nato_grade"].map(_fold) == _fold(nato_grade)
    source = "given with --family" if family else "from the draft's title"
    steps: list[tuple[str, pd.Series, str]] = []
    if fam and grade:
        steps.append(("family and grade", in_family & in_grade, f"{fam} {{posts}} at grade {grade}"))
    if fam:
        steps.append(("family", in_family, f"{fam} {{posts}}"))
    steps.append(("all posts", pd.Series(True, index=pool.index), "published {posts}"))
    widened = []
    for basis, mask, what in steps:
        chosen = pool[mask]
        if len(chosen) >= minimum or basis == "all posts":
            break
        widened.append(f"{len(chosen)} {_posts(what, len(chosen))}")
    reasons = [f"family {fam} {source}" if fam else "the draft's title names no post family"]
    reasons.append(f"grade {grade}" if grade else "the draft states no grade")
    if same_text:
        reasons.append("its own published text left out")
    short = ("all " if basis == "all posts" else "") + f"{len(chosen)} {_posts(what, len(chosen))}"
    if widened:
        short += f" (widened: only {' and then '.join(widened)}, fewer than {minimum})"
    how = f"{short}; {'; '.join(reasons)}"
    return Peers([str(p) for p in chosen["post_id"]], basis, how, short, fam, grade, same_text)


def _posts(what: str, n: int) -> str:
    return what.format(posts="post" if n == 1 else "posts")


# --- Formatting -------------------------------------------------------------------------------

def _fmt(value: Any, kind: str) -> str:
    if _missing(value):
        return "—"
    if kind == "roman":
        n = int(value)
        return ROMANS[n - 1] if 1 <= n <= len(ROMANS) else str(n)
    if kind == "rung":
        return f"rung {int(value)}"
    if kind == "number":
        return f"{float(value):g}"
    return str(value)


def _spread(values: Iterable[Any], total: int, kind: str) -> str:
    """'15 in all 3 peers', '10–15 in 2 of 3 peers'."""
    vals = sorted(float(v) for v in values if not _missing(v))
    if not vals:
        return f"none of {total} peers"
    lo, hi = vals[0], vals[-1]
    shown = _fmt(lo, kind) if lo == hi else f"{_fmt(lo, kind)}–{_fmt(hi, kind)}"
    if kind == "rung":
        shown = shown.replace("–rung ", "–")
    return f"{shown} in {_share(len(vals), total)}"


def _share(n: int, total: int) -> str:
    if n == total:
        return "the only peer" if total == 1 else f"all {total} peers"
    return f"{n} of {total} peers"


# --- The tests the rules name -----------------------------------------------------------------

@dataclass
class _Context:
    draft: Draft
    post: pd.Series
    peers: pd.DataFrame  # posts rows of the peers
    peer_tables: Any
    group: Peers
    corpus_posts: pd.DataFrame
    today: dt.date
    evidence: dict[str, tuple[Any, Any]]
    used_problems: set[int] = field(default_factory=set)

    def quote(self, column: str) -> tuple[int | None, str | None]:
        quote, line = self.evidence.get(column, (None, None))
        return (None if _missing(line) else int(line)), (None if _missing(quote) else str(quote))


def _flag(rule: Rule, line: int | None = None, quote: str | None = None, peers: str | None = None,
          dimension: str | None = None, **values: Any) -> Flag:
    values = {"label": rule.label, "peers": peers or "", **values}
    return Flag(rule.severity, rule.rule, rule.message.format(**values),
                rule.advice.format(**values), line, quote, peers, dimension or rule.field or None)


def _test_unreadable(rule: Rule, ctx: _Context) -> list[Flag]:
    return []  # raised by check_draft before any other test, when the draft gave no post


def _test_missing_section(rule: Rule, ctx: _Context) -> list[Flag]:
    problems = ctx.draft.tables.problems
    hits = problems[(problems["field"] == rule.field)
                    & problems["message"].str.contains("section heading", regex=False, na=False)]
    ctx.used_problems.update(hits.index)
    return [_flag(rule)] if not hits.empty else []


def _test_peer_group(rule: Rule, ctx: _Context) -> list[Flag]:
    return [_flag(rule, how=ctx.group.how)]


def _test_several_posts(rule: Rule, ctx: _Context) -> list[Flag]:
    if ctx.draft.posts_named <= 1:
        return []
    return [_flag(rule, count=ctx.draft.posts_named, title=views.post_heading(ctx.post))]


def _test_same_text(rule: Rule, ctx: _Context) -> list[Flag]:
    same = ctx.group.same_text
    if not same:
        return []
    rows = ctx.corpus_posts[ctx.corpus_posts["post_id"].isin(same)]
    ids = "; ".join(f"post {r.post_id} ({r.source_file})" for r in rows.itertuples())
    return [_flag(rule, ids=ids)]


def _test_range(rule: Rule, ctx: _Context) -> list[Flag]:
    value = ctx.post.get(rule.field)
    if _missing(value):
        return []
    stated = pd.to_numeric(ctx.peers[rule.field], errors="coerce").dropna()
    if len(stated) < MIN_STATING:
        return []
    lo, hi, v = float(stated.min()), float(stated.max()), float(value)
    if lo <= v <= hi:
        return []
    side, change = (("above", f"lower it to {_fmt(hi, rule.format)}") if v > hi else
                    ("below", f"raise it to {_fmt(lo, rule.format)}"))
    peers = _spread(stated, len(ctx.peers), rule.format)
    line, quote = ctx.quote(rule.field)
    return [_flag(rule, line, quote, peers, value=_fmt(v, rule.format), side=side, change=change)]


@cache
def _descriptors() -> dict[tuple[str, int], str]:
    out: dict[tuple[str, int], str] = {}
    for r in read_csv("competencies.csv"):
        if r["lang"] == "en":
            out.setdefault((r["competency"], int(r["level"])), r["descriptor"])
    return out


def _peer_levels(ctx: _Context) -> pd.DataFrame:
    """Peer x competency: the highest rung each peer asks (rows only where asked)."""
    comp = ctx.peer_tables.competencies
    return (comp.dropna(subset=["level"]).groupby(["competency", "post_id"], as_index=False)["level"].max())


def _test_rung(rule: Rule, ctx: _Context) -> list[Flag]:
    levels = _peer_levels(ctx)
    out = []
    for row in ctx.draft.tables.competencies.sort_values("line").itertuples():
        if _missing(row.level):
            continue
        stated = levels.loc[levels["competency"] == row.competency, "level"].astype(float)
        if len(stated) < MIN_STATING:
            continue
        lo, hi, v = float(stated.min()), float(stated.max()), float(row.level)
        if lo <= v <= hi:
            continue
        bound = hi if v > hi else lo
        said = _descriptors().get((row.competency, int(bound)))
        change = ("lower" if v > hi else "raise") + f" it to rung {int(bound)}" + (
            f' ("{said}"), as its peers do' if said else "")
        top = "" if _missing(row.max_level) else f" of {int(row.max_level)}"
        peers = _spread(stated, len(ctx.peers), "rung")
        out.append(_flag(rule, int(row.line), str(row.evidence), peers, f"competency:{row.competency}",
                         competency=row.competency, value=f"rung {int(v)}{top}",
                         descriptor=row.descriptor, side="above" if v > hi else "below",
                         change=change))
    return out


def _typical(ctx: _Context, fields: list[str], kind: str) -> tuple[str, str]:
    """(peers' values summarised, the most common value) for the fields a `lacks` rule names."""
    combos = []
    for _, row in ctx.peers.iterrows():
        values = [row[f] for f in fields]
        if all(_missing(v) for v in values):
            continue
        combos.append(" / ".join(_fmt(v, kind) for v in values))
    counts = Counter(combos)
    if not counts:
        return "", ""
    common = counts.most_common(1)[0][0]
    if kind == "text":
        return _share(len(combos), len(ctx.peers)), common
    summary = "; ".join(f"{c} in {_share(n, len(ctx.peers))}" for c, n in counts.most_common(3))
    return summary, common


def _test_lacks(rule: Rule, ctx: _Context) -> list[Flag]:
    fields = rule.field.split("|")
    if any(not _missing(ctx.post.get(f)) for f in fields) or len(ctx.peers) < MIN_STATING:
        return []
    stating = ctx.peers[fields].notna().any(axis=1)
    if not stating.all():
        return []
    summary, common = _typical(ctx, fields, rule.format)
    return [_flag(rule, peers=summary, typical=common)]


def _test_management_above_professional(rule: Rule, ctx: _Context) -> list[Flag]:
    mgmt, prof = ctx.post.get("min_management_years"), ctx.post.get("min_experience_years")
    if _missing(mgmt) or _missing(prof) or float(mgmt) <= float(prof):
        return []
    line, quote = ctx.quote("min_management_years")
    return [_flag(rule, line, quote, management=_fmt(mgmt, "number"), professional=_fmt(prof, "number"))]


def _test_staff_counts(rule: Rule, ctx: _Context) -> list[Flag]:
    out = []
    staff = ctx.draft.tables.staff.sort_values("line")
    for kind, rows in staff.groupby("kind", sort=False):
        first = rows.iloc[0]
        other = rows[(rows["count"] != first["count"])
                     & (rows["unit"].isna() | pd.isna(first["unit"]) | (rows["unit"] == first["unit"]))]
        if other.empty:
            continue
        second = other.iloc[0]
        counts = f"{first['count']} (line {first['line']}) and {second['count']} (line {second['line']})"
        verb = views.STAFF_LABELS.get(kind, kind).lower()
        out.append(_flag(rule, int(second["line"]), str(second["evidence"]), kind=verb, counts=counts,
                         dimension="staff"))
    return out


def _test_essay_without_challenges(rule: Rule, ctx: _Context) -> list[Flag]:
    essay = ctx.post.get("essay_required")
    if _missing(essay) or not bool(essay) or not ctx.draft.tables.challenges.empty:
        return []
    line, quote = ctx.quote("essay_required")
    return [_flag(rule, line, quote)]


def _test_pay_without_basis(rule: Rule, ctx: _Context) -> list[Flag]:
    problems = ctx.draft.tables.problems
    hits = problems[(problems["field"] == rule.field)
                    & problems["message"].str.contains("basis", regex=False, na=False)]
    ctx.used_problems.update(hits.index)
    return [_flag(rule, None if _missing(r.line) else int(r.line), reason=r.message)
            for r in hits.itertuples()]


def _test_common_requirement(rule: Rule, ctx: _Context) -> list[Flag]:
    """Requirements more than half the peers state (matched as in the post-vs-post comparison).

    Candidates come from the first peers only (a requirement most of them state is in one of any
    `total - need + 1` peers); that is exact up to 2 * CANDIDATE_PEERS peers.
    """
    reqs = ctx.peer_tables.requirements
    mine = ctx.draft.tables.requirements
    total = len(ctx.peers)
    if total < MIN_STATING:
        return []
    need = int(total * MOST) + 1
    peer_sets = [list({views.tokens(t) for t in rows["text"]}) for _, rows in reqs.groupby("post_id")]
    seen: set[frozenset[str]] = set()
    accepted: list[frozenset[str]] = []
    out = []
    for pid in ctx.group.ids[: min(total - need + 1, CANDIDATE_PEERS)]:
        missing = views.unmatched_requirements(reqs[reqs["post_id"] == pid], mine, MATCH)
        for row in missing.itertuples():
            toks = views.tokens(row.text)
            if toks in seen or any(views.similarity(toks, a) >= MATCH for a in accepted):
                continue
            seen.add(toks)
            count = _support(toks, peer_sets, need)
            if count >= need:
                accepted.append(toks)
                out.append(_flag(rule, peers=_share(count, total), dimension="requirements",
                                 count=count, total=total, kind=row.kind, text=row.text))
    return out


def _support(toks: frozenset[str], peer_sets: list[list[frozenset[str]]], need: int) -> int:
    """Peers with a requirement similar to `toks`; stops early once `need` cannot be reached."""
    count = 0
    for i, sets in enumerate(peer_sets):
        if any(views.similarity(toks, other) >= MATCH for other in sets):
            count += 1
        elif count + len(peer_sets) - i - 1 < need:
            break
    return count


def _test_common_competency(rule: Rule, ctx: _Context) -> list[Flag]:
    total = len(ctx.peers)
    if total < MIN_STATING:
        return []
    asked = set(ctx.draft.tables.competencies["competency"])
    comp = ctx.peer_tables.competencies
    out = []
    for name, rows in comp.groupby("competency", sort=True):
        count = rows["post_id"].nunique()
        if name in asked or count <= total * MOST:
            continue
        levels = rows.groupby("post_id")["level"].max()
        out.append(_flag(rule, peers=_spread(levels, total, "rung"), dimension=f"competency:{name}",
                         count=count, total=total, competency=name))
    return out


def _test_deadline_past(rule: Rule, ctx: _Context) -> list[Flag]:
    value = ctx.post.get("deadline")
    if _missing(value) or pd.Timestamp(value).date() >= ctx.today:
        return []
    line, quote = ctx.quote("deadline")
    return [_flag(rule, line, quote, value=pd.Timestamp(value).date().isoformat())]


def _test_parser_note(rule: Rule, ctx: _Context) -> list[Flag]:
    problems = ctx.draft.tables.problems
    rest = problems[~problems.index.isin(ctx.used_problems)]
    return [_flag(rule, None if _missing(r.line) else int(r.line), reason=r.message,
                  dimension=str(r.field)) for r in rest.itertuples()]


_TESTS: dict[str, Callable[[Rule, _Context], list[Flag]]] = {
    name.removeprefix("_test_"): fn for name, fn in globals().items() if name.startswith("_test_")}


# --- The check --------------------------------------------------------------------------------

def check_draft(path: Path, corpus: Any, family: str | None = None, name: str | None = None,
                today: dt.date | None = None, minimum: int = MIN_PEERS) -> CheckResult:
    """Parse the draft at `path` and compare it with its peers in `corpus` (tables as `analysis.load`)."""
    draft = read_draft(Path(path), name)
    unknown = {r.test for r in rules()} - set(_TESTS)
    if unknown:
        raise ValueError(f"check_rules.csv names unknown tests: {', '.join(sorted(unknown))}")
    if draft.post is None:
        rule = next(r for r in rules() if r.test == "unreadable")
        peers = Peers([], "none", "no peers: the draft could not be read", "no peers")
        return CheckResult(draft, corpus, peers, [_flag(rule, reason=draft.error)])
    peers = choose_peers(corpus.posts, draft.post, family, minimum)
    result = CheckResult(draft, corpus, peers, [])
    pid = draft.post["post_id"]
    ctx = _Context(draft, draft.post, corpus.posts[corpus.posts["post_id"].isin(peers.ids)],
                   result.peer_tables(), peers, corpus.posts, today or dt.date.today(),
                   views.field_evidence(draft.tables, pid))
    flags = []
    for rule in rules():
        flags.extend(_TESTS[rule.test](rule, ctx))
    rank = {s: i for i, s in enumerate(SEVERITIES)}
    result.flags = sorted(flags, key=lambda f: (rank[f.severity], f.line or 0))
    return result


# --- What the command line and the briefing show ----------------------------------------------

def lint_lines(result: CheckResult) -> list[str]:
    """One linter line per flag, errors first."""
    return [f.lint(result.draft.name) for f in result.flags]


def summary(result: CheckResult) -> str:
    """One line: counts per severity and the peer group."""
    c = result.counts()
    parts = [f"{c['error']} error{'s' * (c['error'] != 1)}", f"{c['warning']} warning{'s' * (c['warning'] != 1)}",
             f"{c['info']} info"]
    if result.failed:
        return f"{result.draft.name}: {', '.join(parts)}; not a readable notice, nothing compared"
    return f"{result.draft.name}: {', '.join(parts)} against {result.peers.short}"


def heading(result: CheckResult) -> str:
    """The briefing's title: 'Draft check: ' and the draft's post title (its file name when it has none)."""
    post = result.draft.post
    return f"Draft check: {views.post_heading(post) if post is not None else result.draft.path.name}"


def flags_table(result: CheckResult) -> pd.DataFrame:
    """The flags as a table: severity, line, message, the draft's words (evidence), the peers, what to change."""
    rows = [{"severity": f.severity, "line": f.line, "finding": f.message, "evidence": f.quote,
             "peers": f.peers, "what to change": f.advice} for f in result.flags]
    out = pd.DataFrame(rows, columns=["severity", "line", "finding", "evidence", "peers",
                                      "what to change"])
    out["line"] = out["line"].astype("Int64")
    return out


def peer_table(result: CheckResult) -> pd.DataFrame:
    """The peers, one line each (as in the corpus overview)."""
    posts = result.corpus.posts
    return views.posts_overview(posts[posts["post_id"].isin(result.peers.ids)])


def dimension_values(result: CheckResult) -> pd.DataFrame:
    """Long table of every compared figure: group, dimension, label, who (draft/peer), post, value, flagged."""
    cols = ["group", "dimension", "label", "who", "post", "value", "flagged"]
    if result.failed:
        return pd.DataFrame(columns=cols)
    flagged = {d for f in result.flags if f.dimension for d in f.dimension.split("|")}
    peers = result.corpus.posts[result.corpus.posts["post_id"].isin(result.peers.ids)]
    labels = views.post_labels(peers) if not peers.empty else pd.Series(dtype=object)
    draft_label = "draft"
    rows = []
    for rule in rules():
        if rule.test == "range":
            flag = rule.field in flagged
            rows.append((rule.group, rule.field, rule.label, "draft", draft_label,
                         result.draft.post.get(rule.field), flag))
            for p in peers.itertuples():
                rows.append((rule.group, rule.field, rule.label, "peer", labels[p.post_id],
                             getattr(p, rule.field), flag))
        elif rule.test == "rung":
            comp = result.peer_tables().competencies.dropna(subset=["level"])
            mine = result.draft.tables.competencies.dropna(subset=["level"])
            names = list(dict.fromkeys([*mine.sort_values("line")["competency"],
                                        *comp["competency"].value_counts().index]))
            for name in names:
                dim = f"competency:{name}"
                for r in mine[mine["competency"] == name].head(1).itertuples():
                    rows.append((rule.group, dim, name, "draft", draft_label, r.level, dim in flagged))
                for pid, level in comp[comp["competency"] == name].groupby("post_id")["level"].max().items():
                    rows.append((rule.group, dim, name, "peer", labels.get(pid, pid), level, dim in flagged))
    out = pd.DataFrame(rows, columns=cols)
    out["value"] = pd.to_numeric(out["value"], errors="coerce").astype(float)
    return out


def group_titles() -> dict[str, tuple[str, str]]:
    """Chart title and axis label per dimension group."""
    return {"experience": ("Years of experience", "years (minimum stated)"),
            "languages": ("Official-language levels", "level (I = 1 … VI = 6)"),
            "staff": ("Staff led", "staff"),
            "committees": ("Committees chaired", "committees"),
            "competencies": ("Competency rungs", "rung on the competency's ladder")}


def render_briefing(result: CheckResult, out: Path, processed: Path, family: str | None = None) -> tuple[Path, str]:
    """Run the check notebook for this draft into `out` as offline HTML: (the page, the error or "")."""
    from analysis import report

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    name = f"check-{report.safe_name(result.draft.path.stem)}"
    params = {"processed_dir": str(Path(processed).resolve()), "draft": str(result.draft.path.resolve()),
              "family": family or "", "title": ""}
    job = report.Job(name, report.NOTEBOOKS / f"{NOTEBOOK}.ipynb", params, heading(result))
    done = report._run_job(job, out, report.kernel_name(), report.CELL_TIMEOUT, str(report.PACKAGE_DIR.parent))
    with contextlib.suppress(OSError):
        (out / ".logs").rmdir()  # gone when the run succeeded
    return out / f"{name}.html", done.error
