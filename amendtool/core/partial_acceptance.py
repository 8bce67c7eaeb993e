"""A discretion to accept only some of the tendered securities ("We may accept some or all
of the tendered options"): it bears on what holders receive for what they tender and may
make the offer illusory, so it is proposed as a change in the consideration and the checks
warn, naming the item and its words. The phrases live in rules.toml [partial_acceptance]."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from amendtool.core.changes import item_texts
from amendtool.core.findings import WARNING, Finding
from amendtool.core.items import AmendmentItem, Materiality, letter
from amendtool.core.materiality_clarifying import Proposal
from amendtool.core.materiality_rules import house_table
from amendtool.core.rule_words import Words
from amendtool.core.templates import fill

if TYPE_CHECKING:
    from amendtool.core.amendment import Amendment


@dataclass(frozen=True)
class PartialAcceptance:
    """The firm's words for a discretion to accept only some of the tendered securities,
    the class proposed, its reason and the checks' warning (rules.toml)."""

    words: Words
    materiality: Materiality
    reason: str
    warning: str


@cache
def _rule() -> PartialAcceptance | None:
    table = house_table("partial_acceptance")
    if not table:
        return None
    return PartialAcceptance(
        Words(table["words"]),
        Materiality(table["class"]),
        str(table["reason"]),
        str(table["warning"]),
    )


def put_in(old: str, new: str) -> str | None:
    """The phrase, as printed in `new`, that gives a discretion to accept only some of the
    tendered securities, when `old` has none; None otherwise."""
    rule = _rule()
    if rule is None or rule.words.search(old):
        return None
    found = rule.words.search(new)
    return " ".join(found.split()) if found else None


def partial_acceptance(old: str, new: str) -> Proposal | None:
    """The proposal for a change that puts such a discretion in; None otherwise."""
    rule = _rule()
    words = put_in(old, new)
    if rule is None or words is None:
        return None
    return Proposal(rule.materiality, fill(rule.reason, words=words))


def check_partial_acceptance(amendment: Amendment) -> list[Finding]:
    """A warning for each item that gives the company a discretion to accept only some."""
    rule = _rule()
    if rule is None:
        return []
    tendered = amendment.filing.tendered or "securities"
    findings = []
    for index, item in enumerate(amendment.change_items):
        words = _put_in_by(item)
        if words is not None:
            message = fill(rule.warning, item=letter(index), words=words, tendered=tendered)
            findings.append(Finding(WARNING, "partial_acceptance", message, index))
    return findings


def _put_in_by(item: AmendmentItem) -> str | None:
    old, new = item_texts(item)
    return put_in(old, new)
