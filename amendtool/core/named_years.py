"""A year printed as part of a name ("our 2019 Equity Incentive Plan", "the 2015 Plan").

The fact reader sees a bare number in it; a proposal must not: the year is a word of the
name, so a change that puts the name in or exchanges one plan for another is read by its
words and its reason quotes the name, never "changes a number: adds 2019" nor "the number
of options sought". What makes a name is the firm's (rules.toml [names])."""

from __future__ import annotations

import dataclasses
import re
from functools import cache, partial
from typing import TYPE_CHECKING

from amendtool.core.changes import Change
from amendtool.core.facts import Fact
from amendtool.core.pattern_store import compiled

if TYPE_CHECKING:
    from amendtool.core.materiality_rules import Rules

_YEAR = compiled(r"(?:19|20)\d\d")


@cache
def _name_after() -> re.Pattern[str] | None:
    """What follows a year in a name: words in capitals, then the name's last word."""
    from amendtool.core.materiality_rules import house_table

    table = house_table("names")
    if table is None or not table.get("last"):
        return None
    last = "|".join(re.escape(w) for w in sorted(table["last"], key=len, reverse=True))
    between = int(table.get("between", 5))
    return re.compile(rf"(?:\s+[A-Z][\w'’-]*){{0,{between}}}?\s+(?i:{last})\b")


# a year printed bare: not part of a longer figure, an amount or a percentage
_BARE_YEAR = compiled(r"(?<![\w.,$])((?:19|20)\d\d)(?![\w%]|[.,]\d)")
TEXTS_READ = [0]  # texts read for the years of names: counted, so a test sees it stay linear


def name_years(text: str) -> frozenset[str]:
    """The bare years `text` prints within a name at every place it prints them: the text
    read once for all its years (read once for each year, a 20,000-row table of holders
    and grant years was read some hundred times over)."""
    after = _name_after()
    if after is None:
        return frozenset()
    TEXTS_READ[0] += 1
    named: set[str] = set()
    elsewhere: set[str] = set()
    for place in _BARE_YEAR.finditer(text):
        (named if after.match(text, place.end()) else elsewhere).add(place.group(1))
    return frozenset(named - elsewhere)


def is_name_year(fact: Fact, text: str, named: frozenset[str] | None = None) -> bool:
    """Every place `text` prints the bare year `fact` is within a name (`named`: the text's
    `name_years`, when already read)."""
    if _name_after() is None or fact.kind != "number" or not _YEAR.fullmatch(fact.text):
        return False
    return fact.text in (name_years(text) if named is None else named)


def _not_names(facts: list[Fact], text: str) -> list[Fact]:
    """`facts` without the years of names, `text` read for its names once."""
    if not any(f.kind == "number" and _YEAR.fullmatch(f.text) for f in facts):
        return list(facts)
    named = name_years(text)
    return [f for f in facts if not is_name_year(f, text, named)]


def as_names(change: Change) -> Change:
    """The change with the years of names read as words of their names: out of its facts,
    into its changed words, and each printed edit that ends on such a year carried through
    the name ("“2015” → “2020”" is said "“2015 Plan” → “2020 Plan”")."""
    removed = _not_names(change.removed, change.old)
    added = _not_names(change.added, change.new)
    if len(removed) == len(change.removed) and len(added) == len(change.added):
        return change
    gone = [f.text for f in change.removed if f not in removed]
    came = [f.text for f in change.added if f not in added]
    return dataclasses.replace(
        change,
        removed=removed,
        added=added,
        removed_words=[*change.removed_words, *gone],
        added_words=[*change.added_words, *came],
        _shown_edits=None,
        _edits_read=partial(_edits_through_names, change),
    )


def _edits_through_names(change: Change) -> list[tuple[str, str]]:
    """The change's edits, each that ends on the year of a name carried through the name:
    read only when a reason shows them (a rewritten paragraph's edits are its slowest diff)."""
    return [(_whole(a, change.old), _whole(b, change.new)) for a, b in change.edits]


def _whole(edit: str, text: str) -> str:
    """An edit that ends on the year of a name, with the rest of the name."""
    after = _name_after()
    if after is None or not edit or not _YEAR.search(edit[-4:]):
        return edit
    at = text.find(edit)
    rest = after.match(text, at + len(edit)) if at >= 0 else None
    return edit + rest.group(0) if rest else edit


def plan_named(change: Change, rules: Rules) -> str | None:
    """The firm's reason when the change puts in or exchanges a name by its year (as_names
    moved the year into its words), and changes no figure and few other words; else None."""
    from amendtool.core.materiality_rules import house_table

    table = house_table("names") or {}
    if change.facts or len(change.words) > int(table.get("words", 8)):
        return None
    if not any(_YEAR.fullmatch(w) for w in change.words):
        return None
    said = change.sentences or [change.old, change.new]
    if any(rules.eligibility.search(s) or rules.participation.search(s) for s in said):
        return str(table.get("eligible") or "Changes which options are eligible")
    return str(table.get("reason") or "Names another plan in the offer's terms")
