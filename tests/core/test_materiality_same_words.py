"""The same words printed otherwise are proposed clarifying, with a reason saying why:
spacing or hyphenation ("website" → "web site"), the singular and plural of one noun ("New
RSU" → "New RSUs"), a phrase the firm lists as meaning the same ("thereafter" → "after that
date", "nearest whole" → "nearest whole number of"), wherever in the offer they stand. A
change that also touches a figure, a date or a negation is never proposed clarifying by
this rule (a hypothesis property over figures, dates and negations)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from amendtool.core.changes import compare
from amendtool.core.materiality import propose
from amendtool.core.materiality_rules import house_rules
from amendtool.core.materiality_same_words import same_words_otherwise
from tests.support.materiality import drafted

PROCEDURES = "3. Procedures for Electing to Exchange Eligible RSUs."
WITHDRAWAL = "4. Withdrawal Rights."
TERMS = "2. Number of New RSUs; Exchange Ratio."

SAME = {
    "spacing": (
        PROCEDURES,
        "You may make your election on our website at any time before the deadline.",
        "You may make your election on our web site at any time before the deadline.",
        "spacing or hyphenation",
    ),
    "hyphen": (
        PROCEDURES,
        "You may also send your election form by e-mail to the stock plan administrator.",
        "You may also send your election form by email to the stock plan administrator.",
        "typography",
    ),
    "plural": (
        TERMS,
        "Any fraction of a New RSU will be rounded down to the nearest whole New RSU.",
        "Any fraction of a New RSU will be rounded down to the nearest whole number of New RSUs.",
        "singular and plural",
    ),
    "listed phrase": (
        WITHDRAWAL,
        "You may withdraw your election at any time before the deadline and thereafter until "
        "we accept your RSUs.",
        "You may withdraw your election at any time before the deadline and after that date "
        "until we accept your RSUs.",
        "“thereafter” → “after that date”",
    ),
    "plural in a procedure": (
        PROCEDURES,
        "Send the election form for your Eligible RSU to the stock plan administrator.",
        "Send the election form for your Eligible RSUs to the stock plan administrator.",
        "singular and plural",
    ),
}


def proposed(heading: str, old: str, new: str) -> tuple[str, str]:
    [item] = drafted(heading, [old], [new])
    proposal = propose(item)
    return proposal.materiality.value, proposal.reason


@pytest.mark.parametrize("case", sorted(SAME))
def test_the_same_words_printed_otherwise_are_clarifying(case: str) -> None:
    heading, old, new, kind = SAME[case]
    materiality, reason = proposed(heading, old, new)
    assert materiality == "clarifying", reason
    assert kind in reason, reason
    if kind != "typography":
        assert reason.startswith("Says the same in other words"), reason
        assert "no right, amount or date changes" in reason, reason


REAL = {
    "a figure": ("fraction of more than 0.5 New RSU", "fraction of more than 0.4 New RSUs"),
    "a negation": ("will be rounded down", "will not be rounded down"),
    "a party": ("the stock plan administrator", "Computershare"),
}


@pytest.mark.parametrize("case", sorted(REAL))
def test_a_real_change_beside_a_plural_is_not_clarifying(case: str) -> None:
    old = "Any fraction of more than 0.5 New RSU will be rounded down to the nearest whole New RSU."
    if case == "a party":
        old = "Send the election form for your Eligible RSU to the stock plan administrator."
    new = old.replace(*REAL[case]).replace("whole New RSU", "whole New RSUs")
    new = new.replace("Eligible RSU ", "Eligible RSUs ")
    assert new != old
    materiality, reason = proposed(PROCEDURES if case == "a party" else TERMS, old, new)
    assert materiality != "clarifying", reason


SENTENCES = [
    "You may withdraw your {noun} at any time before {date} and thereafter until we accept "
    "them, at a price of {money} for each {noun}.",
    "We will post the results on our website on {date}; each {noun} is exchanged for {money}.",
    "Any fraction of a {noun} will be rounded down to the nearest whole {noun} on {date} "
    "for {money}.",
]
REWORDINGS = [
    ("thereafter", "after that date"),
    ("website", "web site"),
    ("nearest whole {noun}", "nearest whole number of {noun}s"),
    ("{noun} is", "{noun}s are"),
]
dates = st.dates(dt.date(2020, 1, 1), dt.date(2030, 12, 31))
moneys = st.integers(100, 99_999)


def _money(cents: int) -> str:
    return f"${cents // 100:,}.{cents % 100:02d}"


def _date(day: dt.date) -> str:
    return f"{day:%B} {day.day}, {day.year}"


@settings(max_examples=60, deadline=None)
@given(
    sentence=st.sampled_from(SENTENCES),
    reworded=st.booleans(),
    real=st.sampled_from(["figure", "date", "negation"]),
    old_day=dates,
    new_day=dates,
    old_cents=moneys,
    new_cents=moneys,
)
def test_a_change_of_a_figure_a_date_or_a_negation_is_never_the_same_words(
    sentence: str,
    reworded: bool,
    real: str,
    old_day: dt.date,
    new_day: dt.date,
    old_cents: int,
    new_cents: int,
) -> None:
    noun = "Eligible RSU"
    old = sentence.format(noun=noun, date=_date(old_day), money=_money(old_cents))
    day, cents = old_day, old_cents
    if real == "figure":
        cents = new_cents if new_cents != old_cents else old_cents + 1
    if real == "date":
        day = new_day if new_day != old_day else old_day + dt.timedelta(days=1)
    new = sentence.format(noun=noun, date=_date(day), money=_money(cents))
    if real == "negation":
        new = new.replace("will ", "will not ", 1).replace("may ", "may not ", 1)
    if reworded:  # beside a same-meaning rewording, the real change still counts
        for was, now in REWORDINGS:
            new = new.replace(was.format(noun=noun), now.format(noun=noun))
    assert new != old
    assert same_words_otherwise(compare(old, new), house_rules()) is None
    materiality, reason = proposed(TERMS, old, new)
    assert materiality != "clarifying" or "Says the same in other words" not in reason, reason
