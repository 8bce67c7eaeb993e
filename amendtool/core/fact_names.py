"""A changed fact named in words, for a reason: 'Lowers the eligibility threshold from
$20.00 to $17.50', 'Raises the cash payment from $4.25 to $4.75'.

An amount is named by the clause it stands in ("we will pay you $4.75 in cash"), not by
words elsewhere in its sentence or by its section.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING

from amendtool.core.amount_names import amount_named
from amendtool.core.amount_terms import defined_term
from amendtool.core.facts import Fact
from amendtool.core.figure_places import clause_around, lowered, words_after, words_before
from amendtool.core.materiality_rules import Rules, house_table
from amendtool.core.pattern_store import compiled
from amendtool.core.plain_numbers import reads_either_way
from amendtool.core.plain_owners import owned_before, unowned_before
from amendtool.core.ratios import counted_per, rate_after, rate_name, said_as_ratio
from amendtool.core.sought_figures import price_unit_after, sought_name

if TYPE_CHECKING:
    from amendtool.core.changes import Change

# an address (where to write or call) is never a term: last
_FACT_ORDER = (
    "ratio",
    "money",
    "percent",
    "schedule",
    "count",
    "date",
    "time",
    "number",
    "address",
)
PERIODS = ("business days", "days", "calendar days", "months", "years", "weeks", "hours")


def primary_pair(facts: tuple[list[Fact], list[Fact]]) -> tuple[Fact | None, Fact | None]:
    """The most telling changed fact: its old and new value (either may be missing)."""
    removed, added = facts
    kind = next(k for k in _FACT_ORDER if any(f.kind == k for f in removed + added))
    old = next((f for f in removed if f.kind == kind), None)
    new = next((f for f in added if f.kind == kind), None)
    return old, new


def fact_pairs(facts: tuple[list[Fact], list[Fact]]) -> set[tuple[str, str, str]]:
    """(kind, old value, new value) of changed facts taken in order, kind by kind."""
    removed, added = facts
    out = set()
    for kind in _FACT_ORDER:
        olds = [f for f in removed if f.kind == kind]
        news = [f for f in added if f.kind == kind]
        out |= {(kind, o.value, n.value) for o, n in zip(olds, news, strict=False)}
    return out


def fact_pairs_printed(facts: tuple[list[Fact], list[Fact]]) -> list[tuple[str, str]]:
    """(old, new) of changed facts as printed, in the order the old text prints them."""
    removed, added = facts
    out = []
    for old in removed:
        new = next((f for f in added if f.kind == old.kind), None)
        if new is not None:
            added = [f for f in added if f is not new]
            out.append((old.text, new.text))
    return out


def describe_facts(facts: tuple[list[Fact], list[Fact]], rules: Rules, text: str) -> str:
    """The most telling of the changed facts (removed, added), in words: 'Lowers the
    eligibility threshold from $20.00 to $17.50'."""
    old, new = primary_pair(facts)
    either = old or new
    assert either is not None
    span = f"from {_said(old.text)} to {_said(new.text)}" if old and new else f"adds {either.text}"
    if old and not new:
        span = f"takes out {old.text}"
    direction = "Changes"
    if old and new and either.kind == "ratio":
        return _ratio_reason(old, new, text, rules)
    if old and new and either.kind in ("money", "percent", "count", "number"):
        direction = "Lowers" if float(new.value) < float(old.value) else "Raises"
    if old and new and (unit := price_unit_after(either, text, rules)):
        span = f"from {old.text} {unit} to {new.text} {unit}"  # "50 basis points"
    if old and new and (sought := sought_name(either, text, rules)) is not None:
        return f"{direction} {sought} {span}"
    defined = defined_term(text, _printed_of(old, new, text)) if either.kind in _NAMED else ""
    if defined:  # the offer's own term for it: "(the “Minimum Tender Condition”)"
        return f"{direction} {defined} {span}" if old and new else f"{direction} {defined}: {span}"
    named = amount_named(rules, either.kind, text, _printed_of(old, new, text))
    if named is not None:  # fees, a loan, a salary: never the cash payment or the price
        return f"{direction} {named} {span}" if old and new else f"{direction} {named}: {span}"
    noun = _noun(either, rules, text)
    kind = either.kind
    at = text.find(either.text)
    owned = owned_before(text, at, at + len(either.text)) if kind == "money" else None
    unowned = unowned_before(text, at, at + len(either.text)) if kind == "money" else None
    if unowned:  # its words tie it to an owner they do not name: none is guessed around it
        said = f"{'an' if unowned[:1] in 'aeiou' else 'a'} {unowned}"
        return f"{direction} {said} {span}" if old and new else f"{direction} {said}: {span}"
    measured = rules.measure_of(kind, _clause(text, either.text)) or owned
    measured = measured or rules.measure_of(kind, text)
    if measured is not None:  # the firm's words for what it measures ([[measures]])
        return (
            f"{direction} {measured} {span}" if old and new else f"{direction} {measured}: {span}"
        )
    if kind == "date" and (
        rules.eligibility.search(_clause(text, either.text)) or _cut_off(text, either.text)
    ):
        noun = "the eligibility threshold" if kind == "money" else "the grant-date cut-off"
        noun += "" if kind == "money" else " for eligibility"
    printed = next((f.text for f in (new, old) if f is not None and f.text in text), "")
    at = text.find(printed) if printed else -1
    rate = rate_after(words_after(text, at + len(printed))) if printed else ""
    if kind == "count" and rate:  # "41.2 shares per $1,000": a rate, not a count of shares
        noun = f"the {rate_name(_clause(text, printed))}"
        span = f"{span} {rate}"
    if kind == "count" and printed and counted_per(words_before(text, 0, at)):
        # "50 shares per 100 shares": one side of a ratio, whose direction says nothing alone
        return f"Changes the {noun.removeprefix('the ')} in a ratio {span}"
    if kind == "count" and either.unit in PERIODS:
        noun = "a period"
        direction = {"Lowers": "Shortens", "Raises": "Lengthens"}.get(direction, direction)
    return f"{direction} {noun} {span}" if old and new else f"{direction} {noun}: {span}"


_NAMED = ("money", "percent", "count", "number")  # kinds of figure a defined term may name


def _noun(either: Fact, rules: Rules, text: str) -> str:
    """What a figure of its kind is called where nothing names it better. Worked out for
    its own kind only: the text may be a long list of rows, read again for each figure."""
    kind = either.kind
    if kind == "money":
        return _amount(either, rules, text)
    if kind == "percent":
        return _percentage(either, rules, text)
    if kind == "schedule":  # installments of a payment are no vesting ("paid in two …")
        return "the vesting schedule" if "vest" in lowered(text) else "the installments"
    if kind == "count":
        return f"the number of {_printed_unit(either)}"
    if kind == "date":  # a grant date where its own clause speaks of a grant
        return "a grant date" if "grant" in lowered(_clause(text, either.text)) else "a date"
    fixed = {
        "ratio": "the exchange ratio",
        "time": "a time of day",
        "number": "a number",
        "address": "an address",
    }
    return fixed[kind]


def _printed_of(old: Fact | None, new: Fact | None, text: str) -> str:
    """The figure as the text prints it: the new one where both sides are quoted."""
    return next((f.text for f in (new, old) if f is not None and f.text in text), "")


_GRANTED_THEN = compiled(
    r"\bgranted\b[^;:()]{1,120}?\s(?:on or before|on or after|before|after|prior to)\s+$", re.I
)


def _cut_off(text: str, printed: str) -> bool:
    """Whether the date is a grant-date cut-off ("granted under the Plan before July 1")."""
    at = text.find(printed)
    return at > 0 and _GRANTED_THEN.search(words_before(text, 0, at)) is not None


def _percentage(fact: Fact, rules: Rules, text: str) -> str:
    """A percentage of a market price ("110% of the closing price") is the price; one of a
    value holders are paid ("you will receive 50% of the Black-Scholes value") is the cash
    payment."""
    clause = _clause(text, fact.text)
    valued = rules.valuations.search(text)
    if rules.prices.search(clause) and not valued:
        return "the price"
    of_outstanding = _OUTSTANDING.search(clause[max(clause.find(fact.text), 0) :])
    names = house_table("figure_names") or {}
    if of_outstanding and "percent_outstanding" in names:  # "8% of our outstanding common stock"
        return str(names["percent_outstanding"]).replace("{securities}", of_outstanding["what"])
    if rules.prices.search(text) and not valued:
        return "the price"
    if rules.payments.search(text) or rules.receives.search(clause):
        return "the cash payment"
    return "a percentage"


# what a percentage is of: "8% of our outstanding common stock on a fully diluted basis"
_OUTSTANDING = compiled(
    r"^\S+\s+of\s+(?:our|the|its|all)\s+(?:then\s+)?outstanding\s+"
    r"(?P<what>(?:[\w-]+\s+){0,2}?(?:stock|shares|options|units|notes|securities|RSUs))\b",
    re.IGNORECASE,
)


def _printed_unit(fact: Fact) -> str:
    """The unit as the offer prints it, so a name keeps its capitals ("RSUs", "New Options");
    a unit set in capitals throughout (a caps legend's "SHARES") is said in lower case."""
    printed = re.search(rf"\b{re.escape(fact.unit)}\b", fact.text, re.IGNORECASE)
    if printed is None or (printed.group(0).isupper() and len(printed.group(0)) > 4):
        return fact.unit
    # a defined security names itself whole: "Preferred Shares", not "Shares"
    named = re.search(rf"((?:[A-Z][\w-]*\s+){{1,3}}){re.escape(printed.group(0))}$", fact.text)
    return f"{named.group(1)}{printed.group(0)}" if named else printed.group(0)


def _ratio_reason(old: Fact, new: Fact, text: str, rules: Rules) -> str:
    """Both ratios whole, and what the change means for a holder: 'Changes the exchange
    ratio from two Eligible Options for each New Option to three Eligible Options for each
    New Option: fewer new securities for each one given up'. ("Lowers" would leave counsel
    to work out which way round the ratio is read.)"""
    words = _ratio_words()
    before, after = Decimal(old.value), Decimal(new.value)
    if reads_either_way(old.text, text) or reads_either_way(new.text, text):
        # "1 for 2" prints old-for-new in one offer and new-for-old in another: read as the
        # offer explains its ratios elsewhere, else neither way
        from amendtool.core.ratio_reading import per_one

        reading = rules.ratio_reading
        read_old = per_one(old.text, reading) if reading else None
        read_new = per_one(new.text, reading) if reading else None
        if read_old is None or read_new is None or read_old == read_new:
            return str(words["unread"]).format(old=old.text, new=new.text)
        before, after = read_old, read_new
    means = words["fewer"] if after < before else words["more"]
    was, now = said_as_ratio(old.text), said_as_ratio(new.text)
    return str(words["read"]).format(old=was, new=now, means=means)


@cache
def _ratio_words() -> dict[str, str]:
    """The firm's wording of a ratio's reason (rules.toml [ratio_reasons])."""
    return {k: str(v) for k, v in (house_table("ratio_reasons") or {}).items()}


def ratio_reason_words() -> dict[str, str]:
    """The firm's wording of a ratio's reason, for a ratio a table's heading states."""
    return _ratio_words()


# a price of the stock, not of the offer: "if the closing price of our common stock is below
# $6.00" (a condition), "the market price of the shares"
_STOCK_PRICE = compiled(
    r"\b(?:closing|trading|market|sale|stock|share)\s+price"
    r"|\bprice\s+of\s+(?:our|the|its|a)\s+(?:common\s+|ordinary\s+)?(?:stock|shares?)\b",
    re.IGNORECASE,
)


def _said(printed: str) -> str:
    """A figure as a reason says it: a cover's capitals ("1,500,000 SHARES") in small
    letters, so a reason never shouts part of itself."""
    letters = re.sub(r"[^A-Za-z]", "", printed)
    return printed.lower() if len(letters) > 1 and letters.isupper() else printed


# the offer's defined term for an amount, just before it: "the Early Tender Payment of $30"
_DEFINED_AMOUNT = compiled(
    r"\bthe\s+(?P<term>(?:[A-Z][\w-]*\s+){0,3}[A-Z][a-z][\w-]*)\s+"
    r"(?:of|is|equal to|equals|will be)\s+(?:approximately\s+)?$"
)


def _amount(fact: Fact, rules: Rules, text: str) -> str:
    """What a changed amount is: the offer's own defined term for it ("the Early Tender
    Payment of $30"); else from its own clause: an eligibility threshold, a price, the cash
    payment; then from its sentence and section."""
    if rules.valuations.search(text):
        return "a value"
    clause = _clause(text, fact.text)
    defined = _DEFINED_AMOUNT.search(clause[: max(clause.find(fact.text), 0)])
    if defined:
        return f"the {defined['term']}"
    if rules.payments.search(clause) and rules.receives.search(clause):
        return "the cash payment"  # "each eligible employee … will receive a cash payment of"
    if rules.eligibility.search(clause):
        return "the eligibility threshold"
    if _STOCK_PRICE.search(clause):
        where = " in the condition" if "condition" in lowered(text) else ""
        return f"the stock price{where}"
    at = clause.find(fact.text)
    if rules.prices.search(clause) or re.search(r"\bat\s*$", clause[: max(at, 0)]):
        return "the price"  # "… Preferred Shares at $26.25 per Preferred Share in cash"
    if rules.payments.search(clause):
        return "the cash payment"
    if rules.eligibility.search(text):
        return "the eligibility threshold"
    return "the price" if rules.prices.search(text) else "an amount"


def clause_of(text: str, printed: str) -> str:
    """The clause of `text` that prints `printed` (for the rules that read one clause)."""
    return _clause(text, printed)


def _clause(text: str, printed: str) -> str:
    """The clause of `text` that prints `printed`: between the marks around it."""
    at = text.find(printed)
    if at < 0:
        return text
    start, end = clause_around(text, at, len(printed))
    return text[start:end]


def updated_figures(change: Change) -> str:
    """What an update changes: its figures as printed when only figures changed ("May 1,
    2026 → May 8, 2026; $12.34 → $11.02"), otherwise its words."""
    from amendtool.core.changes import what_it_does
    from amendtool.core.named_once import once

    if change.words or not change.facts:
        return what_it_does(change)
    pairs = fact_pairs_printed((change.removed, change.added))
    return "; ".join(once(f"{old} → {new}" for old, new in pairs)) or what_it_does(change)
