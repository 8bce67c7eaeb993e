"""The notice's own paragraph names what a figure measures only where the words around it say
so, and says what a change means only of the measure that meaning is about: a payment period
is no amount received, "$1 million" names no rate, "not accepted for payment" is no payment
date, and a withdrawal notice's deadline is not the offer's deadline."""

from __future__ import annotations

import pytest

from amendtool.core.plain_fact_sentences import meaning
from amendtool.core.plain_facts import fact_changes

TERMS = {"tendered": "Eligible RSUs", "consideration": "Cash Payment"}
RECEIVED = ("receive less", "receive more", "receive fewer")


def _changes(old: str, before: str, after: str) -> list:  # type: ignore[type-arg]
    changes, _ = fact_changes(old, old.replace(before, after))
    assert changes, old
    return changes


# periods and dates of a payment: when it is paid, never how much
PAYMENT_TIMES = [
    (
        "We will pay the Cash Payment through payroll within 30 days after the offer expires.",
        "30 days",
        "15 days",
        "45 days",
    ),
    (
        "The purchase price will be paid within 10 business days after the expiration date.",
        "10 business days",
        "5 business days",
        "15 business days",
    ),
    (
        "We will pay the cash payment for each of your Eligible RSUs on June 5, 2026.",
        "June 5, 2026",
        "June 1, 2026",
        "June 9, 2026",
    ),
]


@pytest.mark.parametrize(("old", "was", "sooner", "later"), PAYMENT_TIMES)
def test_when_a_payment_is_made_is_never_said_as_how_much_is_received(
    old: str, was: str, sooner: str, later: str
) -> None:
    for now in (sooner, later):
        for change in _changes(old, was, now):
            said = meaning(change, TERMS, "employees")
            assert not any(word in said for word in RECEIVED), (now, said)


@pytest.mark.parametrize(("old", "was", "sooner", "later"), PAYMENT_TIMES[:2])
def test_a_shorter_payment_period_is_said_as_sooner_payment(
    old: str, was: str, sooner: str, later: str
) -> None:
    (faster,) = _changes(old, was, sooner)
    (slower,) = _changes(old, was, later)
    assert "sooner" in meaning(faster, TERMS, "employees")
    assert "later" in meaning(slower, TERMS, "employees")


# a name cut out of the words after a figure ("$1 million", "1,000 Shares") names nothing
TAILS = [
    ("The rate for amounts over $1 million is 37%.", "37%", "39.6%", "million"),
    ("The fee for the first 1,000 Shares is 2%.", "2%", "3%", "shares"),
    ("The withholding on bonuses above $5 billion is 40%.", "40%", "41%", "billion"),
]


@pytest.mark.parametrize(("old", "was", "now", "tail"), TAILS)
def test_the_word_after_another_figure_never_names_the_measure(
    old: str, was: str, now: str, tail: str
) -> None:
    (change,) = _changes(old, was, now)
    assert change.label.lower() != tail, change
    assert not change.specific or tail not in change.label.lower().split(), change


def test_a_measure_its_own_words_name_is_still_named() -> None:
    (change,) = _changes("The supplemental rate is 22%.", "22%", "24%")
    assert (change.label, change.specific) == ("supplemental rate", True)


# a date of the withdrawal rights of Rule 13e-4(f)(2)(ii): no payment date
BACK_END = [
    "You may also withdraw Preferred Shares not accepted for payment after October 28, 2026, "
    "as Rule 13e-4(f)(2)(ii) provides.",
    "If we have not accepted your shares for payment by October 28, 2026, you may withdraw them.",
]


@pytest.mark.parametrize("old", BACK_END)
def test_accepted_for_payment_names_no_payment_date(old: str) -> None:
    (change,) = _changes(old, "October 28, 2026", "October 29, 2026")
    assert "payment" not in change.label, change


def test_a_date_we_pay_on_is_still_the_payment_date() -> None:
    (change,) = _changes("We will pay you on June 5, 2026.", "June 5, 2026", "June 9, 2026")
    assert (change.label, change.specific) == ("payment date", True)


# the time by which a notice of withdrawal must arrive: a withdrawal deadline
WITHDRAWALS = [
    "Important: a notice of withdrawal must reach the Depositary before 5:00 p.m., New York "
    "City time, on the expiration date.",
    "You may withdraw your tendered shares at any time before 5:00 p.m., New York City time, "
    "on the Expiration Date.",
]


@pytest.mark.parametrize("old", WITHDRAWALS)
def test_a_withdrawal_time_is_not_the_offers_deadline(old: str) -> None:
    (change,) = _changes(old, "5:00 p.m.", "11:59 p.m.")
    assert change.label == "withdrawal deadline", change
    said = meaning(change, TERMS, "employees")
    assert "time to decide" not in said, said
    assert "withdraw" in said, said


def test_the_offers_own_expiration_is_still_its_deadline() -> None:
    old = "The offer expires at 5:00 p.m., New York City time, on the expiration date."
    (change,) = _changes(old, "5:00 p.m.", "11:59 p.m.")
    assert change.label == "deadline", change
    assert "more time to decide" in meaning(change, TERMS, "employees")
