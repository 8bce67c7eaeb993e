"""What a change of a figure means for the notice's readers, from the firm's list
(resources/plain/meanings.toml): "More of your options may now be eligible.", whether the
change widens or narrows the offer, and which side of an exchange ratio a figure counts.

The firm's first rule whose label words are all in what the figure measures applies, and
only where the figure moved one way or the other: a counsel's list never needs code. A rule
for one audience (employees) is never said to another (holders of notes); a ratio's side
decides whether a rise is good news, and a ratio that names neither side says nothing.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from amendtool.core.fact_ranges import an_end_of_a_range
from amendtool.core.pattern_store import compiled
from amendtool.core.plain_exchange_terms import OfferTerms
from amendtool.core.plain_facts import FactChange
from amendtool.core.ratios import GIVEN_UP, RECEIVED
from amendtool.core.resource_toml import read_toml
from amendtool.core.templates import fill_map
from amendtool.resources import resource_path

# words that say a figure is one side of an exchange ratio ("for each New RSU", "per New")
RATIO_WORDS = compiled(
    r"\bratio\b|\bfor\s+(?:each|every)\b|\bper\s+(?:new|replacement|eligible|tendered)\b", re.I
)


@cache
def _meanings() -> tuple[dict[str, Any], ...]:
    """The firm's rules in the order it lists them (read once: the first that fits wins)."""
    path = resource_path("plain", "meanings.toml")
    data = read_toml(path)
    return tuple(data.get("meaning", []))


def meaning(
    change: FactChange,
    terms: dict[str, str] | None = None,
    audience: str = "employees",
    paid: bool = False,
) -> str:
    """What the change means for the notice's readers, from the firm's list; "" when it
    says nothing, or speaks to another audience (options are employees'). The list may use
    the offer's words ({consideration}, {tendered}). `paid`: the paragraph also changes what
    holders receive for each security, so a rule's `same_pay` is not said."""
    rule = _rule_for(change)
    if rule is None or (change.row and rule.get("rows") is False):
        return ""
    if an_end_of_a_range(change):  # the top of "ranges from $1.25 to $2.50" is paid to some
        return ""
    if rule.get("audience", audience) != audience:
        return ""
    direction = change.direction * _side_counted(change)
    if not direction:
        return ""
    said = str(rule.get("higher" if direction > 0 else "lower", ""))
    if said and rule.get("same_pay") and not paid:
        said = f"{said} {rule['same_pay']}"
    words = OfferTerms(terms or {})
    unit = _PRINCIPAL.search(change.label) if change.kind == "money" else None
    if unit:  # a price of notes is paid for a principal amount, not for each note
        words["each_of_yours"] = (
            f"each {' '.join(unit['unit'].split())} of your {words['tendered']}"
        )
    return fill_map(said, words)


# the unit a price of notes is stated in: "per $1,000 principal amount of Notes"
_PRINCIPAL = compiled(
    r"\b(?:per|for\s+each)\s+(?P<unit>\$\s?\d[\d,]*(?:\.\d+)?\s+(?:in\s+)?(?:aggregate\s+)?"
    r"principal\s+amount)\b",
    re.I,
)


def _side_counted(change: FactChange) -> int:
    """1 when the figure's rise is a rise in what holders receive, -1 when it is the other
    way round, 0 when no one can say: a bare figure that is one side of an exchange ratio
    (the "3" of "3:1", a cell under "Eligible Options for each New Option") rises as what
    one gives up rises, unless its label says it counts the new securities first; a label
    that names neither side ("Exchange Ratio") says nothing of which way holders fare."""
    label = f"{change.label} {change.column}"
    if change.kind not in ("number", "count") or not RATIO_WORDS.search(label):
        return 1
    given, received = GIVEN_UP.search(label), RECEIVED.search(label)
    if given and (not received or given.start() < received.start()):
        return -1
    return 1 if received else 0


def pays(change: FactChange) -> bool:
    """Whether the change moves what holders receive for each security (a rule marked
    `pays`: a price, an exchange ratio)."""
    rule = _rule_for(change)
    return bool(rule and rule.get("pays") and not an_end_of_a_range(change))


def widens(change: FactChange) -> bool:
    """Whether the change makes more awards eligible (the firm's list says which way does):
    only then may the notice tell readers they may be newly eligible."""
    rule = _rule_for(change)
    if rule is None or "widens" not in rule:
        return False
    return rule["widens"] == ("higher" if change.direction > 0 else "lower")


def narrows(change: FactChange) -> bool:
    """Whether the change takes awards out of the offer (the way the firm's list says
    widens it, reversed): an earlier election then no longer counts for them."""
    rule = _rule_for(change)
    if rule is None or "widens" not in rule:
        return False
    return rule["widens"] != ("higher" if change.direction > 0 else "lower")


def _rule_for(change: FactChange) -> dict[str, Any] | None:
    """The firm's first rule on what the change's figure measures, when its direction is
    known: every word of its `label`, one of its `any`, none of its `unless` (in any case)."""
    if not change.direction:
        return None
    label = change.label.lower()
    for rule in _meanings():
        if "kinds" in rule and change.kind not in rule["kinds"]:
            continue  # the rule is for figures of other kinds
        if any(word in label for word in rule.get("unless", [])):
            continue  # a total is not paid for each security; an exercise price is no payment
        if "any" in rule and not any(word in label for word in rule["any"]):
            continue
        if all(word in label for word in rule.get("label", [])):
            return rule
    return None
