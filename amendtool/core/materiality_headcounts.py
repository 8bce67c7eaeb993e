"""A headcount ("Acme had 210 employees as of March 31") describes the company, not a term
of the offer: an item that updates it and changes nothing else is proposed clarifying
wherever it is printed, as counsel reads it (a needless material class would force an
extension of five business days). A count of employees in a sentence that says who is
eligible or what holders receive is read as any other figure. The units, the class and the
reason are the firm's (rules.toml [headcounts])."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache

from amendtool.core.changes import Change
from amendtool.core.fact_names import fact_pairs_printed
from amendtool.core.items import Materiality
from amendtool.core.materiality_clarifying import Proposal
from amendtool.core.materiality_rules import Rules
from amendtool.resources import resource_path


@dataclass(frozen=True)
class Headcounts:
    units: frozenset[str]
    materiality: Materiality
    reason: str


@cache
def _headcounts() -> Headcounts | None:
    data = tomllib.loads(resource_path("materiality", "rules.toml").read_text(encoding="utf-8"))
    table = data.get("headcounts")
    if not table:
        return None
    units = frozenset(str(u).casefold() for u in table["units"])
    return Headcounts(units, Materiality(table["class"]), str(table["reason"]))


def headcount(change: Change, rules: Rules) -> Proposal | None:
    """The proposal for an item that only updates a headcount; None otherwise."""
    counts = _headcounts()
    if counts is None or change.whole or change.words or not change.facts:
        return None
    if change.old_refs != change.new_refs:
        return None
    if not all(f.kind == "count" and f.unit.casefold() in counts.units for f in change.facts):
        return None
    said = [s for s in change.sentences if s.strip()] or [change.old, change.new]
    terms = (rules.eligibility, rules.participation, rules.receives, rules.rights)
    if any(words.search(s) for words in terms for s in said):
        return None  # who may take part, or what they receive: a term, read as one
    pairs = "; ".join(f"{a} → {b}" for a, b in fact_pairs_printed((change.removed, change.added)))
    return Proposal(counts.materiality, f"{counts.reason}: {pairs}")
