"""How a figure of counsel's plain paragraph is compared with its change's figures (a date
with its year is that date; one without is any date of that month and day), and a figure
the change does not contain said in the role of one it does (plain_contradictions.py reads
the roles): "now $26.75, up from $24.10" where the price was $25.50 is not a stray figure of
the offer but the wrong old value, which holders would take for the change."""

from __future__ import annotations

from amendtool.core.facts import Fact
from amendtool.core.pattern_store import compiled

# a bare number is a count of whatever the text names beside it ("up to 1,500,000
# outstanding restricted stock units" is the "1,500,000 RSUs" counsel writes)
COUNTED = frozenset({"count", "number"})
_YEAR = compiled(r"\b\d{4}\b")
_DAY = "day"  # a date by its month and day alone

Key = tuple[str, str]


def figure_kind(fact: Fact) -> str:
    return "count" if fact.kind in COUNTED else fact.kind


def figure_keys(fact: Fact) -> set[Key]:
    """A figure of counsel's paragraph as compared: a date printed with its year is that
    date ("January 1, 2026" is never January 1, 2025); one printed without ("April 30") is
    any date of that month and day."""
    if fact.kind == "date" and not _YEAR.search(fact.text):
        return {(_DAY, fact.value[-5:])}
    return {(figure_kind(fact), fact.value)}


def figure_values(facts: list[Fact]) -> set[Key]:
    """The figures of the change (or the offer) a paragraph's figure may be: a date also by
    its month and day, for a paragraph that leaves out the year."""
    keys: set[Key] = set()
    for f in facts:
        keys |= {(figure_kind(f), f.value)} | (
            {(_DAY, f.value[-5:])} if f.kind == "date" else set()
        )
    return keys


def shown_figures(facts: list[Fact]) -> str:
    return " and ".join(f.text for f in facts) or "nothing"


def misplaced_figure(
    fact: Fact, as_old: bool, removed: list[Fact], added: list[Fact], stated: set[Key]
) -> str | None:
    """What is wrong with `fact`, a figure of the offer the change does not contain (one of
    neither is named as such), said in the role of one the change does contain: as the
    value before it (`as_old`: "up from $24.10" where the price was $25.50), in a paragraph
    that states the change's new value of that kind (`stated`: the paragraph's figures); or
    as the value the change gives where it gives one of that kind the paragraph never
    states ("close above $26.75" of a condition that says $27.50). None for another figure
    of the offer, or a date, said in neither role."""
    before, given = _alike(removed, fact), _alike(added, fact)
    gives = bool(stated & figure_values(given))
    if as_old and before and gives:
        return (
            f"states {fact.text} as the value before this change, which was "
            f"{shown_figures(before)} (the change is {shown_figures(before)} to "
            f"{shown_figures(given)})"
        )
    said_either = gives or stated & figure_values(before)
    if not as_old and given and not said_either and fact.kind != "date":
        return f"states {fact.text} where this change gives {shown_figures(given)}"
    return None


def _alike(facts: list[Fact], fact: Fact) -> list[Fact]:
    """The change's figures of `fact`'s kind, none where it has none."""
    return [f for f in facts if figure_kind(f) == figure_kind(fact)]
