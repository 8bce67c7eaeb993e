"""A total the old price makes, left standing after the price changed.

An offer to buy 4,000,000 Shares at $18.50 says what it will cost ("the total cost of
purchasing 4,000,000 Shares, including fees and expenses, will be approximately
$75,000,000") in its section on the source and amount of funds. Counsel raises the price to
$19.25 on the cover, in the summary and in Section 1, and the total still reads $75,000,000,
which the new price cannot make: Item 7 of the Schedule TO (Item 1007 of Regulation M-A)
would misstate the funds needed. `check` said nothing.

A paragraph of the revised offer that states a number of the securities and an amount is
read: where the amount is what that number costs at an old price (at most a tenth more, for
fees and expenses) and not at its new one, the total is named as perhaps stale. A warning,
not an error: the offer may fund less than all it may buy."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from amendtool.core.amendment import Amendment
from amendtool.core.expiration_checks import place_of
from amendtool.core.facts import Fact, extract
from amendtool.core.findings import WARNING, Finding
from amendtool.core.items import letter
from amendtool.core.materiality_rules import Rules, house_rules
from amendtool.core.pattern_store import compiled
from amendtool.core.stale_terms import changed_terms

STALE_TOTAL = "stale_total"  # the finding's code
_FEES = (Decimal("0.98"), Decimal("1.10"))  # a total from the price, with fees of up to a tenth
_LEAST_TOTAL = Decimal(100_000)  # smaller amounts are prices and fees, not totals
_UP_TO = compiled(r"\bup to\s+\d[\d,]*\s+\w+(?:\s+\w+)?", re.I)
# a total of the offer's cost stated without its number of securities
_TOTAL_WORDS = compiled(r"\b(?:aggregate|total|fully subscribed|cost|funds needed)\b", re.I)


def check_stale_totals(amendment: Amendment, rules: Rules | None = None) -> list[Finding]:
    rules = rules or house_rules()
    prices = []
    for term in changed_terms(amendment.change_items, rules):
        printed = next((f for f in extract(term.new_text) if f.kind == "money"), None)
        old, changed = _number(term.old), _number(printed.value) if printed else None
        if term.kind == "money" and old and changed and old < _LEAST_TOTAL:
            prices.append((term, old, changed))
    if not prices:
        return []
    findings = []
    sought = _sought(amendment, rules)
    for section in amendment.revised.sections:
        for paragraph in section.paragraphs:
            if "$" not in paragraph.text:
                continue
            facts = extract(paragraph.text)
            counts = [f for f in facts if f.kind == "count" and f.unit in rules.units]
            if not counts and _TOTAL_WORDS.search(paragraph.text):
                counts = sought  # "assuming the Offer is fully subscribed": all it seeks
            totals = [
                f for f in facts if f.kind == "money" and (_number(f.value) or 0) >= _LEAST_TOTAL
            ]
            for term, was, now in prices:
                for count, total in _stale(counts, totals, was, now):
                    at_new = (_number(count.value) or Decimal(0)) * now
                    findings.append(
                        Finding(
                            WARNING,
                            STALE_TOTAL,
                            f"item {letter(term.index)} changes {term.old_text} to "
                            f"{term.new_text}, but {place_of(section, paragraph)} still "
                            f"states {total.text.rstrip(',;.')} for {count.text}, what they "
                            f"cost at {term.old_text} (at {term.new_text}: "
                            f"${at_new:,.0f}); check the total",
                            term.index,
                        )
                    )
    return findings


def _sought(amendment: Amendment, rules: Rules) -> list[Fact]:
    """The number of securities the offer seeks, as it states it ("up to 4,000,000 Shares"):
    what a total stated without a number ("if the Offer is fully subscribed") is the cost of."""
    stated = []
    for section in amendment.revised.sections:
        for paragraph in section.paragraphs:
            for found in _UP_TO.finditer(paragraph.text):
                counts = [f for f in extract(found.group(0)) if f.kind == "count"]
                if counts and counts[0].unit in rules.units:
                    stated.append(counts[0])
    # as a sentence prints it, not as a cover in capitals does ("4,000,000 SHARES")
    return sorted(stated, key=lambda f: f.text.isupper())[:1]


def _stale(
    counts: list[Fact], totals: list[Fact], old: Decimal, new: Decimal
) -> list[tuple[Fact, Fact]]:
    """(count, total) pairs the old price makes and the new one does not."""
    out = []
    for total in totals:
        amount = _number(total.value) or Decimal(0)
        for count in counts:
            number = _number(count.value) or Decimal(0)
            if number and _fits(amount, number * old) and not _fits(amount, number * new):
                out.append((count, total))
                break
    return out


def _fits(amount: Decimal, cost: Decimal) -> bool:
    return cost > 0 and _FEES[0] <= amount / cost <= _FEES[1]


def _number(value: str) -> Decimal | None:
    try:
        return Decimal(value)
    except (InvalidOperation, ValueError):
        return None
