"""The 2% proviso of Rules 13e-4(f)(1)(ii) and 14e-1(b), said beside the timing check.

An amendment that raises the securities sought keeps the offer open 10 business days, but
accepting for payment additional securities of not more than 2% of the class is "not
deemed to be an increase". Whether an amendment's increase is within it turns on the class
outstanding, which counsel knows and the offer may state: the check does not change any
item's class, it names the increase (in points of the class where the offer says) so
counsel can weigh it. Its wording and words are the firm's (rules.toml [two_percent])."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from amendtool.core.amendment import Amendment
from amendtool.core.changes import item_texts
from amendtool.core.facts import Fact
from amendtool.core.findings import NOTE, Finding, item_runs
from amendtool.core.items import AmendmentItem, Materiality, letter
from amendtool.core.materiality_clarifying import lower_first
from amendtool.core.materiality_rules import Rules, Words, house_rules, house_table
from amendtool.core.quoted_figures import as_the_body_says
from amendtool.core.row_facts import compared
from amendtool.core.segment import sentences
from amendtool.core.sought_figures import sought_name

CODE = "two_percent"


@dataclass
class _Increase:
    """An increase of the securities sought, gathered item by item, to tell whether it is
    more than two percent of the class."""

    items: list[int] = field(default_factory=list)
    counts: list[tuple[str, str]] = field(default_factory=list)  # (old, new) as printed
    shares: list[tuple[Fact, Fact]] = field(default_factory=list)  # percentages of the class
    fell: bool = False  # an item lowers the securities sought: the proviso is of increases


def check_two_percent(amendment: Amendment, rules: Rules | None = None) -> list[Finding]:
    table = house_table(CODE)
    if table is None:
        return []
    rules = rules or house_rules()
    sought, of_class = Words(table.get("sought", [])), Words(table.get("of_class", []))
    found = _Increase()
    for index, item in enumerate(amendment.change_items):
        if item.materiality is not Materiality.CONSIDERATION:
            continue
        before = len(found.counts) + len(found.shares)
        for new, (was, now) in _row_pairs(item):
            said = _sentence(new, now.text)
            if now.kind == "percent" and of_class.search(said):
                found.shares.append((was, now))
            elif _counts_sought(now, said, rules, sought):
                found.counts.append((was.text, now.text))
            else:
                continue
            found.fell |= Decimal(now.value) < Decimal(was.value)
        if len(found.counts) + len(found.shares) > before:
            found.items.append(index)
    return _note(found, amendment, table, rules)


def _note(
    found: _Increase, amendment: Amendment, table: dict[str, object], rules: Rules
) -> list[Finding]:
    if not found.items or found.fell:
        return []
    points = ""
    weigh = str(table["weigh_unknown"])
    if found.shares:
        was, now = found.shares[0]
        moved = Decimal(now.value) - Decimal(was.value)
        if moved > Decimal(str(table.get("limit", 2))):
            return []  # more than the proviso allows, on the offer's own figures
        points = str(table["points"]).format(old=was.text, new=now.text, points=f"{moved:.1f}")
        weigh = str(table["weigh_within"])
    texts = [t for i in found.items for t in item_texts(amendment.change_items[i])]
    once: dict[str, str] = {}  # "2,000,000 SHARES" on the cover, "Shares" in the terms: one
    for a, b in found.counts:
        said = f"{as_the_body_says(a, 'count', texts)} → {as_the_body_says(b, 'count', texts)}"
        once.setdefault(said.casefold(), said)
    change = "; ".join(once.values())
    if not change:
        was, now = found.shares[0]
        change, points = f"{was.text} → {now.text} of the class", points.split(", ", 1)[-1]
        points = f", {points}" if points else ""
    label = lower_first(rules.labels.get("consideration", "a change in the securities sought"))
    letters = [letter(i) for i in found.items]
    items = f"item {letters[0]}" if len(letters) == 1 else f"items {item_runs(letters)}"
    message = str(table["message"]).format(
        items=items, change=change, points=points, weigh=weigh.format(label=label)
    )
    return [Finding(NOTE, CODE, message, found.items[0])]


def _row_pairs(item: AmendmentItem) -> list[tuple[str, tuple[Fact, Fact]]]:
    """Old and new figures of one kind, in order, within each cell of a table's row (a
    class put in or taken out is no increase of another), or within the item's text; each
    with the new text it is read in."""
    out: list[tuple[str, tuple[Fact, Fact]]] = []
    for part in compared(item):
        for kind in ("count", "number", "money", "percent"):
            olds = [f for f in part.removed if f.kind == kind]
            news = [f for f in part.added if f.kind == kind]
            out += [(part.said, pair) for pair in zip(olds, news, strict=False)]
    return out


def _sentence(text: str, printed: str) -> str:
    return next((s for s in sentences(text) if printed in s), text)


def _counts_sought(fact: Fact, sentence: str, rules: Rules, sought: Words) -> bool:
    """A number of the securities the offer seeks ("up to 2,000,000 Shares"), not of those
    holders receive, nor the least that must be tendered for a condition."""
    if not sought.search(sentence):
        return False
    if fact.kind == "count":
        return fact.unit in rules.units and not rules.receives.search(sentence)
    name = sought_name(fact, sentence, rules)
    conditions = (house_table("figure_names") or {}).get("condition", [])
    return name is not None and not any(w in sentence.casefold() for w in conditions)
