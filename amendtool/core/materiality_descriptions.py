"""Changes that describe the company or its market rather than a term of the offer, as the
materiality proposals read them.

A headcount ("Acme had 210 employees as of March 31") describes the company, not a term
of the offer: an item that updates it and changes nothing else is proposed clarifying
wherever it is printed, as counsel reads it (a needless material class would force an
extension of five business days). A count of employees in a sentence that says who is
eligible or what holders receive is read as any other figure. The units, the class and the
reason are the firm's (rules.toml [headcounts]).

A note to the table of the shares' market prices — a footnote, or a paragraph of notes
under the table in a section on the price range — restates or explains prices of the past
("Prices reflect the two-for-one stock split", "as reported by Nasdaq"). It is Item 2
information, as an updated last sale price is, and changes no term of the offer: counsel
proposes it clarifying, never a change in the consideration (a split's "2-for-1" there is no
exchange ratio). A note that says who is eligible, what holders receive or a right is read as
any other text. The sections, the words and the class are the firm's (rules.toml
[market_notes]); a note deleted is a deletion, weighed as one, and restates nothing.

A change that only mistypes words ("three" → "thre") changes no term: the misspelling is
said as one (rules.toml [misspellings]), never proposed material as if the period changed."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from amendtool.core.changes import Change, what_it_does
from amendtool.core.fact_names import fact_pairs_printed
from amendtool.core.items import TABLE_KINDS, AmendmentItem, Materiality
from amendtool.core.materiality_clarifying import Proposal
from amendtool.core.materiality_meaning import financial_information
from amendtool.core.materiality_rules import Rules, Words, house_table
from amendtool.core.pattern_store import compiled
from amendtool.core.ratios import is_split_ratio
from amendtool.core.spelling import mistyped


@dataclass(frozen=True)
class Headcounts:
    """The firm's rule for a changed count of employees or holders: what is counted, its
    class and reason."""

    units: frozenset[str]
    materiality: Materiality
    reason: str


@cache
def _headcounts() -> Headcounts | None:
    table = house_table("headcounts")
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


# a note's mark opening its text: "(1)", "[2]", "3)", "*", "†", "Note:", "Notes:"
_MARK = compiled(r"^\s*(?:\(\d{1,2}\)|\[\d{1,2}\]|\d{1,2}\)|[*†‡]+|notes?:|\[fn\b)", re.I)


@dataclass(frozen=True)
class MarketNotes:
    """The firm's rule for notes on the market for the securities: the sections and words
    that say it, its class and reason."""

    sections: Words
    about: Words
    materiality: Materiality
    reason: str


@cache
def _market_notes() -> MarketNotes | None:
    table = house_table("market_notes")
    if not table:
        return None
    return MarketNotes(
        Words(table["sections"]),
        Words(table["about"]),
        Materiality(table["class"]),
        str(table["reason"]),
    )


def market_note(item: AmendmentItem, change: Change, rules: Rules) -> Proposal | None:
    """The proposal for a note on market prices under a section on them; None otherwise."""
    notes = _market_notes()
    if notes is None or item.kind in TABLE_KINDS:
        return None
    if not notes.sections.search(item.locator.section_name):
        return None
    if not change.new.strip():
        return None  # taken out: a deletion, weighed as one, restates nothing
    said = [s for s in change.sentences if s.strip()] or [t for t in (change.old, change.new) if t]
    if not said:
        return None
    # every changed sentence speaks of the market or its prices, and is a note (a mark, a
    # footnote) or changes no figure but a split's ratio; a note of figures of another kind
    # (a conversion rate, a dividend's dates) is read as any other text, and so is a price
    # restated outside a note (a transposed figure is counsel's to confirm)
    marked = bool(item.locator.note or item.locator.added_note)
    marked = marked or all(_MARK.match(s) for s in said)
    figures = all(
        f.kind == "ratio" and any(is_split_ratio(s, f.text) for s in said) for f in change.facts
    )
    if not all(notes.about.search(s) for s in said) or not (marked or figures):
        return None
    terms = (rules.eligibility, rules.participation, rules.receives, rules.rights)
    if any(words.search(s) for words in terms for s in said):
        return None  # a term printed as a note is read as a term
    return Proposal(notes.materiality, notes.reason)


@dataclass(frozen=True)
class Discretion:
    """The firm's words for a right made certain or left to the company's discretion, and
    the reason said."""

    certain: Words
    discretionary: Words
    gives: Words
    reason: str


@cache
def _discretion() -> Discretion | None:
    table = house_table("discretion")
    if not table:
        return None
    certain, discretionary, gives = (Words(table[k]) for k in ("certain", "discretionary", "gives"))
    return Discretion(certain, discretionary, gives, str(table["reason"]))


def made_discretionary(change: Change, rules: Rules, terms: bool) -> Proposal | None:
    """A promise made a discretion or the reverse ("will grant" → "may grant"), and nothing
    else changed: in a sentence of the offer's terms that gives holders something, a change
    in the consideration (what holders receive is no longer promised); None otherwise, the
    section's subject then decides (rules.toml [discretion])."""
    rule = _discretion()
    if rule is None or change.whole or change.facts or not terms:
        return None
    old, new = " ".join(change.removed_words), " ".join(change.added_words)
    pairs = ((rule.certain, rule.discretionary), (rule.discretionary, rule.certain))
    if not any(a.matches_word(old) and b.matches_word(new) for a, b in pairs):
        return None
    said = [s for s in change.sentences if s.strip()] or [change.old, change.new]
    if not any(rule.gives.search(s) for s in said):
        return None
    return Proposal(Materiality.CONSIDERATION, f"{rule.reason} (“{old}” → “{new}”)")


@dataclass(frozen=True)
class BusinessDescription:
    """The firm's rule for a description of the company's business: its verbs, class and
    reason."""

    verbs: Words
    materiality: Materiality
    reason: str


@cache
def _business() -> BusinessDescription | None:
    table = house_table("business_description")
    if not table:
        return None
    return BusinessDescription(
        Words(table["verbs"]),
        Materiality(table["class"]),
        str(table["reason"]),
    )


def business_description(change: Change, rules: Rules) -> Proposal | None:
    """The proposal for an item that only rewords what the company does ("designs" →
    "designs and sells"); None otherwise (rules.toml [business_description])."""
    rule = _business()
    if rule is None or change.whole or change.facts or not change.words:
        return None
    if financial_information(change) is not None:
        return None  # the company's finances, not what it does
    said = [s for s in change.sentences if s.strip()] or [change.old, change.new]
    if not all(rule.verbs.search(s) for s in said):
        return None
    others = (rules.eligibility, rules.participation, rules.receives, rules.rights)
    if any(words.search(s) for words in others for s in said):
        return None
    return Proposal(rule.materiality, f"{rule.reason}: {what_it_does(change)}")


def misspelling(change: Change) -> Proposal | None:
    """The proposal for a change each of whose edits only mistypes a word; None otherwise."""
    table = house_table("misspellings")
    if not table or change.whole or len(change.words) > 6 or len(change.facts) > 2:
        return None  # more than a few words or figures: a typo alone asks for no diff
    if not change.edits:
        return None
    if not all(
        len(old.split()) == 1 and len(new.split()) == 1 and mistyped(old.strip(), new.strip())
        for old, new in change.edits
    ):
        return None
    words = ", ".join(
        f"\u201c{old.strip()}\u201d as \u201c{new.strip()}\u201d" for old, new in change.edits
    )
    return Proposal(Materiality(table["class"]), str(table["reason"]).format(words=words))
