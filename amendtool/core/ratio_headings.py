"""What a table column's heading says of the exchange ratio its figures state.

"Eligible Options Exchanged for One New RSU", "New RSUs per Eligible Option", "Exchange Ratio
(Eligible Options for One New RSU)": the words each side counts, how many of the other side
a figure is for, and which side the figure counts, from the words ("New", "Eligible",
"Tendered") or the offer's own units ("RSUs" where options are exchanged for RSUs). The
plain notice (ratio_columns.py) and the materiality reasons (materiality_tables.py) read a
heading alike, so a ratio is never read one way by one and the other way by the other.
"""

from __future__ import annotations

import dataclasses
import re
from decimal import Decimal

from amendtool.core.pattern_store import compiled
from amendtool.core.plain_numbers import decimal_of
from amendtool.core.ratios import GIVEN_UP, RECEIVED, SECURITY
from amendtool.core.table_headings import column_title

# what is done to the securities a side counts, between them and the link to the other side
_DONE = (
    r"(?:to\s+be\s+)?(?:exchanged|surrendered|tendered|required|needed|cancell?ed|given\s+up|"
    r"granted|issued|given|received|delivered|awarded|exchangeable)"
)
# "Eligible Options Exchanged for One New RSU", "New RSUs per Eligible Option", "Eligible
# Options Required to Receive One New RSU": what the figure counts, and for how many of what
_HEADING = compiled(
    rf"^(?P<counted>.+?)(?P<done>\s+{_DONE})?\s+"
    r"(?:in\s+exchange\s+for|for|per|to\s+(?:receive|get|obtain))\s+"
    r"(?:(?P<n>one|each|every|a|an|\d[\d,]*(?:\.\d+)?)\s+)?(?P<per>[^()]+?)\s*$",
    re.I,
)
_SECURITY = compiled(rf"\b(?P<unit>{SECURITY})\b", re.I)
_LEAD = compiled(r"^(?:the\s+)?(?:number\s+of\s+)?", re.I)
_ONE = frozenset({"one", "each", "every", "a", "an", "1"})
_FIGURE = compiled(r"^\s*(?P<figure>\d[\d,]*(?:\.\d+)?)\s*$")


@dataclasses.dataclass(frozen=True)
class ColumnRatio:
    """What a ratio column's heading says: the words of each side as printed, how many of
    the other side its figure is for, and whether the figure counts what is received (None
    when the heading does not say)."""

    counted: str  # "Eligible Options"
    per: str  # "New RSU"
    per_count: str  # "one", or the number printed ("100")
    counts_received: bool | None


def column_ratio(heading: str, terms: dict[str, str]) -> ColumnRatio | None:
    """The ratio a column heading states, or None when it states none (both of its sides
    must name securities: "Exercise Price per Share" is no ratio of an exchange)."""
    said = " ".join(heading.split())
    inner = re.search(r"\(([^()]+)\)", said)
    for text in ([inner.group(1)] if inner else []) + [re.sub(r"\([^()]*\)", "", said)]:
        found = _HEADING.match(text.strip())
        if found is None:
            continue
        counted = _LEAD.sub("", found["counted"]).strip()
        per = found["per"].strip()
        if not (_SECURITY.search(counted) and _SECURITY.search(per)):
            continue
        count = (found["n"] or "one").lower()
        per_count = "one" if count in _ONE else count
        counted_role = _role(f"{counted}{found['done'] or ''}", terms)
        per_role = _role(per, terms)
        if "other" in (counted_role, per_role) or counted_role == per_role:
            received = None  # shares of what? both the same, or neither said: no one can tell
        else:
            received = counted_role == "received" or per_role == "given"
        return ColumnRatio(counted, per, per_count, received)
    return None


def _role(words: str, terms: dict[str, str]) -> str:
    """'received' or 'given' when the words say which side they are: "New", "Eligible",
    "Tendered", or the offer's own unit for one side only ("RSUs" where options are
    exchanged for RSUs); '' when they name the offer's unit without saying which side;
    'other' when they count what the offer names on neither side ("Shares": of what?)."""
    received, given = RECEIVED.search(words), GIVEN_UP.search(words)
    if bool(received) != bool(given):
        return "received" if received else "given"
    if received:
        return ""
    unit = _unit(words)
    ours, theirs = _unit(terms.get("consideration", "")), _unit(terms.get("tendered", ""))
    if unit not in (ours, theirs):
        return "other"
    if ours == theirs:
        return ""
    return "received" if unit == ours else "given"


def _unit(words: str) -> str:
    found = list(_SECURITY.finditer(words))
    if not found:
        return ""
    unit = found[-1]["unit"].lower()
    unit = "rsu" if unit.startswith("restricted stock unit") else unit
    return "security" if unit == "securities" else unit.removesuffix("s")


def bare_figure(shown: str) -> str | None:
    """The figure a cell prints ("2.5"), as printed; None for more than a bare figure."""
    first = shown.split()[0] if shown.split() else ""
    return first if _FIGURE.match(first) else None


def per_one_of(ratio: str) -> Decimal | None:
    """What one given up brings under "a for b" (received for given up)."""
    a, b = (decimal_of(side) for side in ratio.split(" for "))
    return a / b if a is not None and b else None


@dataclasses.dataclass(frozen=True)
class RowRatio:
    """A row's changed ratio under its column's heading: both ratios whole in the heading's
    own words ("one New RSU for every 3.0 Eligible Options"), which way holders fare (None
    when the heading does not say which side a figure counts: then `old`/`new` are the
    figures as printed), and what is given up, as the heading names it."""

    old: str
    new: str
    more: bool | None
    given: str  # "Eligible Options"


def row_ratio(headings: list[str], old: str, new: str) -> RowRatio | None:
    """The first changed figure of a row standing under a heading that states a ratio; None
    for none. One reading for the item's reason and for Item 4, so they never differ."""
    before, after = old.split("\t"), new.split("\t")
    for column in range(1, min(len(before), len(after))):
        was, now = bare_figure(before[column].strip()), bare_figure(after[column].strip())
        if was is None or now is None or was == now:
            continue
        title, sub = column_title(headings, column)
        ratio = column_ratio(sub or title, {})
        if ratio is None:
            continue
        given = ratio.per if ratio.counts_received else ratio.counted
        given = given if given.endswith("s") else f"{given}s"
        if ratio.counts_received is None:
            return RowRatio(was, now, None, given)
        (old_per, old_whole), (new_per, new_whole) = (_said_whole(ratio, f) for f in (was, now))
        return RowRatio(old_whole, new_whole, new_per > old_per, given)
    return None


def column_ratio_reason(headings: list[str], old: str, new: str) -> str | None:
    """The reason for a changed row's figure under a heading that states a ratio, both
    ratios whole with which way holders fare (rules.toml [ratio_reasons]): "Changes the
    exchange ratio from one New RSU for every 3.0 Eligible Options to one New RSU for every
    2.5 Eligible Options (more new securities for each one given up)"; None when no changed
    figure of the row stands under such a heading."""
    from amendtool.core.fact_names import ratio_reason_words

    words = ratio_reason_words()
    said = row_ratio(headings, old, new)
    if said is None:
        return None
    if said.more is None:
        return words["unread"].format(old=said.old, new=said.new)
    means = words["more"] if said.more else words["fewer"]
    return words["read"].format(old=said.old, new=said.new, means=means)


def _said_whole(ratio: ColumnRatio, figure: str) -> tuple[Decimal, str]:
    """What one given up brings, and the ratio in the heading's own words."""
    per = ratio.per_count
    every = "each" if per == "one" else f"every {per}"
    if ratio.counts_received:
        said, value = f"{figure} {ratio.counted} for {every} {ratio.per}", f"{figure} for {per}"
    else:
        said, value = f"one {ratio.per} for every {figure} {ratio.counted}", f"{per} for {figure}"
        if per != "one":
            said = f"{per} {ratio.per} for every {figure} {ratio.counted}"
    return per_one_of(value) or Decimal(0), said
