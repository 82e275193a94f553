"""The house style and the charts of the briefings: A4-wide, labelled with post titles.

Each function takes the output of a `views` function and returns a matplotlib Figure (built
without pyplot, so nothing is shown twice); `report.show_figure` puts it in the page. Charts
with one bar per post show the top N and say so; the rest is summarised by family.
"""

from __future__ import annotations

import textwrap
import warnings
from typing import Any

import numpy as np
import pandas as pd
import seaborn as sns
from matplotlib.axes import Axes
from matplotlib.colors import BoundaryNorm, ListedColormap
from matplotlib.figure import Figure

from analysis import views

A4_WIDTH = 7.4  # inches: the text width of an A4 page with 2 cm margins
TOP_N = 25
INK, MUTED, GRID = "#1f2a36", "#6b7785", "#e3e7ec"
BLUE, LIGHT_BLUE, ORANGE, GREY = "#1f5f9e", "#8fb4dc", "#d9822b", "#c9cfd6"
STATUS_COLORS = {views.STATED: "#3a7d44", views.NOT_STATED: GREY, views.UNREADABLE: ORANGE}
ROLE_COLORS = {"Chair": "#1f5f9e", "Permanent chair": "#3f7fbf", "Co-chair": "#6fa8d6",
               "Serves": "#b9d3ea", "Supports": "#dfe9f3", views.ROLE_UNSTATED: GREY}
STAFF_COLORS = {"leads": BLUE, "co_leads": LIGHT_BLUE, "direct_reports": ORANGE}


def use_house_style() -> None:
    """Set the seaborn/matplotlib style every chart of the project uses."""
    sns.set_theme(context="paper", style="whitegrid", font_scale=1.15, rc={
        "text.parse_math": False,
        "font.family": "DejaVu Sans", "axes.edgecolor": GRID, "axes.labelcolor": INK,
        "axes.titlesize": 12, "axes.titleweight": "bold", "axes.titlelocation": "left",
        "axes.titlepad": 18, "text.color": INK, "xtick.color": INK, "ytick.color": INK,
        "grid.color": GRID, "figure.dpi": 100, "savefig.dpi": 200, "legend.frameon": False})


def wrap(label: Any, width: int = 34) -> str:
    """A label wrapped onto lines of at most `width` characters."""
    return textwrap.fill(str(label), width=width, break_long_words=False)


def _figure(rows: int, per_row: float = 0.34, base: float = 1.5,
            width: float = A4_WIDTH) -> tuple[Figure, Axes]:
    fig = Figure(figsize=(width, base + per_row * max(rows, 1)), layout="constrained")
    return fig, fig.add_subplot()


def _title(ax: Axes, title: str, note: str = "") -> None:
    ax.set_title(title)
    if note:
        ax.text(0, 1.005, note, transform=ax.transAxes, fontsize=8.5, color=MUTED,
                va="bottom", ha="left")


def _legend_below(ax: Axes) -> None:
    """The axes' legend in one row under the chart, outside the data."""
    handles, labels = ax.get_legend_handles_labels()
    if ax.get_legend() is not None:
        ax.get_legend().remove()
    ax.figure.legend(handles, labels, loc="outside lower center", ncol=len(labels),
                     fontsize=9)


def _empty(title: str, message: str) -> Figure:
    fig, ax = _figure(1, base=1.2)
    ax.axis("off")
    _title(ax, title)
    ax.text(0, 0.5, message, color=MUTED, fontsize=10, transform=ax.transAxes)
    return fig


def _top_note(shown: int, total: int, what: str = "posts") -> str:
    return f"top {shown} of {total} {what}" if shown < total else f"{total} {what}"


def family_counts_chart(counts: pd.DataFrame) -> Figure:
    """Bar per post family: how many posts the corpus holds."""
    if counts["posts"].sum() == 0:
        return _empty("Posts by family", "No posts in the selection.")
    fig, ax = _figure(len(counts), base=1.2)
    sns.barplot(data=counts, y="family", x="posts", color=BLUE, ax=ax)
    ax.bar_label(ax.containers[0], padding=3, fontsize=9)
    ax.set(xlabel="posts", ylabel="")
    ax.xaxis.get_major_locator().set_params(integer=True)
    _title(ax, "Posts by family", f"{int(counts['posts'].sum())} posts")
    return fig


def experience_chart(ranking: pd.DataFrame, top: int = TOP_N) -> Figure:
    """Minimum professional and management years per post (top N by professional years)."""
    cols = {"min_experience_years": "professional", "min_management_years": "management"}
    shown = ranking.head(top)
    if shown[list(cols)].isna().all().all():
        return _empty("Minimum years of experience", "No notice in the selection states years.")
    long = shown.melt(id_vars="post", value_vars=list(cols), var_name="kind", value_name="years")
    long["kind"] = long["kind"].map(cols)
    long["post"] = long["post"].map(wrap)
    fig, ax = _figure(len(shown), per_row=0.5)
    sns.barplot(data=long, y="post", x="years", hue="kind", palette=[BLUE, LIGHT_BLUE],
                ax=ax, dodge=True)
    for bars in ax.containers:
        ax.bar_label(bars, fmt="%g", padding=3, fontsize=8.5)
    ax.set(xlabel="years (minimum stated)", ylabel="")
    _legend_below(ax)
    _title(ax, "Minimum years of experience",
           _top_note(len(shown), len(ranking)) + "; a missing bar means not stated")
    return fig


def distribution_chart(posts: pd.DataFrame, column: str, label: str) -> Figure:
    """Spread of a numeric post field within each family (box and one dot per post)."""
    data = pd.DataFrame({"value": pd.to_numeric(posts[column], errors="coerce"),
                         "family": posts["post_family"].fillna(views.NO_FAMILY)}).dropna()
    if data.empty:
        return _empty(f"{label} by family", "No post in the selection states this figure.")
    order = views.family_order(data["family"])
    sizes = data["family"].value_counts()
    fig, ax = _figure(len(order), per_row=0.55, base=1.3)
    with warnings.catch_warnings():  # seaborn 0.13 passes matplotlib's deprecated `vert`
        warnings.simplefilter("ignore", DeprecationWarning)
        sns.boxplot(data=data, y="family", x="value", order=order, color="#dce8f4",
                    width=0.55, fliersize=0, linecolor=MUTED, ax=ax)
    sns.stripplot(data=data, y="family", x="value", order=order, color=BLUE, size=5,
                  jitter=0.15, ax=ax)
    ax.set_yticks(range(len(order)), [f"{f}\n({sizes[f]} post{'' if sizes[f] == 1 else 's'})"
                                      for f in order])
    ax.set(xlabel=label, ylabel="")
    _title(ax, f"{label} by family", "one dot per post; the box spans the middle half")
    return fig


def language_chart(combinations: pd.DataFrame) -> Figure:
    """Heatmap: how many posts ask each (one language, other language) level pair."""
    total = int(combinations.to_numpy().sum())
    if total == 0:
        return _empty("Official-language levels", "No notice in the selection states levels.")
    fig = Figure(figsize=(A4_WIDTH * 0.75, 4.2), layout="constrained")
    ax = fig.add_subplot()
    annot = combinations.astype(str).where(combinations > 0, "")
    sns.heatmap(combinations, annot=annot, fmt="", cmap="Blues", cbar=False, linewidths=1,
                linecolor="white", square=True, ax=ax, vmin=0, annot_kws={"fontsize": 11})
    ax.set(xlabel="level required in the other official language",
           ylabel="level required in one official language")
    ax.tick_params(axis="y", rotation=0)
    ax.grid(False)
    _title(ax, "Official-language levels", f"number of posts per pair of levels ({total} posts)")
    return fig


def competency_heatmap(matrix: pd.DataFrame, max_levels: pd.Series | None = None) -> Figure:
    """Posts x competencies: required level written in the cell, colour = share of top rung."""
    if matrix.empty or matrix.notna().sum().sum() == 0:
        return _empty("Competency levels", "No competencies listed in the selection.")
    share = matrix.div(max_levels.reindex(matrix.columns), axis=1) if max_levels is not None \
        else matrix / np.nanmax(matrix.to_numpy())
    annot = matrix.map(lambda v: "" if pd.isna(v) else f"{v:.0f}" if float(v).is_integer()
                       else f"{v:.1f}")
    fig = Figure(figsize=(A4_WIDTH, 2.6 + 0.42 * len(matrix)), layout="constrained")
    ax = fig.add_subplot()
    ax.set_facecolor("#f3f4f6")
    sns.heatmap(share, annot=annot, fmt="", cmap="Blues", vmin=0, vmax=1, linewidths=1,
                linecolor="white", ax=ax, cbar_kws={"label": "share of the top rung",
                                                    "shrink": 0.6})
    ax.set_xticks(np.arange(len(matrix.columns)) + 0.5, matrix.columns, rotation=40,
                  ha="right", rotation_mode="anchor", fontsize=9)
    ax.set_yticks(np.arange(len(matrix)) + 0.5, [wrap(i, 30) for i in matrix.index],
                  rotation=0, fontsize=9)
    ax.set(xlabel="", ylabel="")
    ax.grid(False)
    _title(ax, "Competency levels required",
           "number = rung on that competency's ladder; grey = not asked")
    return fig


def competency_frequency_chart(frequency: pd.DataFrame, top: int = 20) -> Figure:
    """Bar per competency: how many posts ask for it (top N)."""
    if frequency.empty:
        return _empty("Competencies asked", "No competencies listed in the selection.")
    shown = frequency.head(top)
    fig, ax = _figure(len(shown), base=1.2, per_row=0.3)
    sns.barplot(data=shown, y="competency", x="posts", color=BLUE, ax=ax)
    labels = [f"{n}  (mean level {m:.1f})" if not pd.isna(m) else str(n)
              for n, m in zip(shown["posts"], shown["mean level"], strict=True)]
    ax.bar_label(ax.containers[0], labels=labels, padding=3, fontsize=8.5)
    ax.set(xlabel="posts asking for it", ylabel="")
    ax.set_xlim(0, shown["posts"].max() * 1.45)
    ax.xaxis.get_major_locator().set_params(integer=True)
    _title(ax, "How often each competency is asked", _top_note(len(shown), len(frequency),
                                                                "competencies"))
    return fig


def competency_profile_chart(competencies: pd.DataFrame) -> Figure:
    """One post's competencies (rows of the competencies table): required rung against the top rung."""
    parsed = (competencies.dropna(subset=["level"])
              .rename(columns={"max_level": "top"})[["competency", "level", "top"]]
              .astype({"level": float, "top": float}))
    if parsed.empty:
        return _empty("Competency profile", "The notice lists no competency with a known level.")
    fig, ax = _figure(len(parsed), per_row=0.34, base=1.2)
    y = np.arange(len(parsed))
    ax.barh(y, parsed["top"].fillna(parsed["level"]), color="#dfe7f0", height=0.6)
    ax.barh(y, parsed["level"], color=BLUE, height=0.6)
    for yi, (lvl, top) in enumerate(zip(parsed["level"], parsed["top"], strict=True)):
        ax.text(lvl + 0.1, yi, f"{lvl:g}" + ("" if pd.isna(top) else f" of {top:g}"),
                va="center", fontsize=8.5)
    ax.set_yticks(y, parsed["competency"])
    ax.invert_yaxis()
    ax.set(xlabel="rung", ylabel="")
    ax.set_xlim(0, parsed["top"].fillna(parsed["level"]).max() + 1.2)
    _title(ax, "Competency profile", "dark: rung required; light: the ladder's top rung")
    return fig


def staff_chart(table: pd.DataFrame, top: int = TOP_N) -> Figure:
    """Staff led, co-led and direct reports per post (top N by staff led)."""
    kinds = [k for k in STAFF_COLORS if k in table.columns]
    shown = table.dropna(subset=kinds, how="all").head(top)
    if shown.empty:
        return _empty("Staff", "No notice in the selection states a headcount.")
    long = shown.melt(id_vars="post", value_vars=kinds, var_name="kind", value_name="staff")
    long["staff"] = long["staff"].astype(float)
    long["kind"] = long["kind"].map(views.STAFF_LABELS)
    long["post"] = long["post"].map(wrap)
    fig, ax = _figure(len(shown), per_row=0.62)
    sns.barplot(data=long, y="post", x="staff", hue="kind",
                palette=[STAFF_COLORS[k] for k in kinds], ax=ax)
    for bars in ax.containers:
        ax.bar_label(bars, fmt="%g", padding=3, fontsize=8.5)
    ax.set(xlabel="staff (as stated; approximate where the notice says so)", ylabel="")
    _legend_below(ax)
    _title(ax, "Staff per post", _top_note(len(shown), len(table.dropna(subset=kinds,
                                                                          how="all")))
           + " stating a headcount")
    return fig


def committee_chart(committees: pd.DataFrame, posts: pd.DataFrame,
                    max_posts: int = TOP_N) -> Figure:
    """Which post chairs or serves which committee; counts per role when posts are many."""
    if committees.empty:
        return _empty("Committees", "No notice in the selection names a committee.")
    if posts["post_id"].isin(committees["post_id"]).sum() > max_posts:
        return _committee_counts_chart(views.committee_counts(committees, posts))
    matrix = views.committee_matrix(committees, posts)
    roles = [*views.ROLE_LABELS.values(), views.ROLE_UNSTATED]
    codes = matrix.map(lambda r: roles.index(r.split(" / ")[0]) if r else np.nan)
    cmap = ListedColormap([ROLE_COLORS[r] for r in roles])
    fig = Figure(figsize=(A4_WIDTH, 2.4 + 0.36 * len(matrix)), layout="constrained")
    ax = fig.add_subplot()
    sns.heatmap(codes, cmap=cmap, norm=BoundaryNorm(np.arange(len(roles) + 1) - 0.5, len(roles)),
                annot=matrix, fmt="", cbar=False, linewidths=1, linecolor="white", ax=ax,
                annot_kws={"fontsize": 8})
    ax.set_facecolor("#f6f7f9")
    ax.set_xticks(np.arange(len(matrix.columns)) + 0.5, [wrap(c, 18) for c in matrix.columns],
                  rotation=0, fontsize=8.5)
    ax.set_yticks(np.arange(len(matrix)) + 0.5, [wrap(i, 40) for i in matrix.index],
                  rotation=0, fontsize=9)
    ax.set(xlabel="", ylabel="")
    ax.grid(False)
    _title(ax, "Committees and the posts' roles", f"{len(matrix)} committees; blank = no role")
    return fig


def _committee_counts_chart(counts: pd.DataFrame) -> Figure:
    fig, ax = _figure(len(counts), per_row=0.32)
    left = np.zeros(len(counts))
    y = np.arange(len(counts))
    for role in counts.columns:
        ax.barh(y, counts[role], left=left, color=ROLE_COLORS.get(role, GREY), label=role)
        left += counts[role].to_numpy()
    ax.set_yticks(y, [wrap(i, 44) for i in counts.index])
    ax.invert_yaxis()
    ax.set(xlabel="posts", ylabel="")
    _legend_below(ax)
    _title(ax, "Committees: posts per role", f"top {len(counts)} committees by number of posts")
    return fig


def quality_chart(quality: pd.DataFrame) -> Figure:
    """Per field: share of posts where it is stated, not stated, or could not be read."""
    statuses = [views.STATED, views.NOT_STATED, views.UNREADABLE]
    totals = quality[statuses].sum(axis=1).replace(0, np.nan)
    fig, ax = _figure(len(quality), per_row=0.28, base=1.3)
    y = np.arange(len(quality))
    left = np.zeros(len(quality))
    for status in statuses:
        share = (quality[status] / totals).fillna(0).to_numpy() * 100
        ax.barh(y, share, left=left, color=STATUS_COLORS[status], label=status, height=0.7)
        left += share
    ax.set_yticks(y, quality["field"], fontsize=8.5)
    ax.invert_yaxis()
    ax.set_xlim(0, 100)
    ax.set(xlabel="% of posts", ylabel="")
    _legend_below(ax)
    _title(ax, "What the notices state", "per field, share of posts")
    return fig


def comparison_chart(competencies: pd.DataFrame, label_a: str, label_b: str) -> Figure:
    """Two posts' competency levels side by side (a missing dot = not asked)."""
    if competencies.empty:
        return _empty("Competencies compared", "Neither post lists competencies.")
    data = competencies.sort_values("competency")
    fig, ax = _figure(len(data), per_row=0.34, base=1.6)
    y = np.arange(len(data))
    for label, color, offset, marker in ((label_a, BLUE, -0.12, "o"),
                                         (label_b, ORANGE, 0.12, "D")):
        ax.scatter(data[label], y + offset, color=color, s=46, marker=marker,
                   label=wrap(label, 40), zorder=3)
    ax.set_yticks(y, data["competency"])
    ax.invert_yaxis()
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set(xlabel="required rung", ylabel="")
    _legend_below(ax)
    _title(ax, "Competencies compared", "a missing marker = the post does not ask for it")
    return fig



def draft_among_peers_chart(values: pd.DataFrame, title: str, xlabel: str, roman: bool = False) -> Figure:
    """One row per compared figure: the peers' values (dots, their range shaded) and the draft's (diamond).

    `values` holds rows of `check.dimension_values` for one group: label, who (draft/peer), value, flagged.
    """
    data = values.dropna(subset=["value"])
    if data.empty:
        return _empty(title, "Neither the draft nor its peers state this figure.")
    labels = list(dict.fromkeys(values["label"]))
    fig, ax = _figure(len(labels), per_row=0.42, base=1.5)
    for y, label in enumerate(labels):
        rows = values[values["label"] == label]
        peers = rows.loc[(rows["who"] == "peer"), "value"].dropna()
        if not peers.empty:
            left, width = float(peers.min()), float(peers.max() - peers.min())
            if width == 0:  # one value: a narrow band, so the range still shows
                left, width = left - 0.08, 0.16
            ax.barh(y, width, left=left, height=0.5, color="#dce8f4", zorder=1)
            counts = peers.value_counts().sort_index()
            ax.scatter(counts.index, [y] * len(counts), s=[28 + 14 * (n - 1) for n in counts], color=BLUE,
                       zorder=2)
            for x, n in counts.items():
                if n > 1:
                    ax.annotate(f"×{n}", (x, y), xytext=(0, -12), textcoords="offset points", ha="center",
                                fontsize=7.5, color=MUTED)
        draft = rows.loc[rows["who"] == "draft", "value"].dropna()
        if draft.empty:
            ax.annotate("draft: not stated", (0, y), xycoords=("axes fraction", "data"), xytext=(4, 6),
                        textcoords="offset points", fontsize=8, color=ORANGE)
        else:
            ax.scatter([draft.iloc[0]], [y], marker="D", s=90, facecolor="none", edgecolor=ORANGE,
                       linewidth=2, zorder=3)  # hollow, so a peer with the same value shows inside
    flagged = values.groupby("label", sort=False)["flagged"].any()
    ax.set_yticks(range(len(labels)), [wrap(lab, 30) for lab in labels])
    for tick, label in zip(ax.get_yticklabels(), labels, strict=True):
        if flagged.get(label, False):
            tick.set_color(ORANGE)
            tick.set_fontweight("bold")
    ax.invert_yaxis()
    ax.set_ylim(len(labels) - 0.4, -0.6)
    lo, hi = float(data["value"].min()), float(data["value"].max())
    pad = max((hi - lo) * 0.08, 0.5)
    ax.set_xlim(min(0, lo - pad) if not roman else 0.5, hi + pad if not roman else 6.5)
    if roman:
        ax.set_xticks(range(1, 7), ["I", "II", "III", "IV", "V", "VI"])
    else:
        ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set(xlabel=xlabel, ylabel="")
    ax.scatter([], [], color=BLUE, s=28, label="a peer (×n: that many)")
    ax.scatter([], [], marker="D", s=60, facecolor="none", edgecolor=ORANGE, linewidth=2, label="the draft")
    ax.barh([np.nan], [np.nan], color="#dce8f4", label="peers' range")
    _legend_below(ax)
    _title(ax, title, "orange labels: figures the check flagged")
    return fig
