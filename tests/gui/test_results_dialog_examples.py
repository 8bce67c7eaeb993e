"""The Results dialog's examples are the offer's own: a count of holders looks like a count
of holders, not of shares; a notes tender's amounts are dollars of principal; the date of
grant or payment follows the offer's expiration (an offer expiring June 18 is not paid on
May 26); and an offer that pays asks for the price it paid, which the statement reports."""

from __future__ import annotations

import dataclasses
import datetime as dt

from amendtool.core.filing import FilingDetails, load_filing
from amendtool.core.results_words import results_labels
from amendtool.gui.results_dialog import ResultsDialog, parse_day
from tests.conftest import SAMPLES


def offering(**terms: object) -> FilingDetails:
    sample = load_filing(SAMPLES / "filing.toml")
    return dataclasses.replace(sample, expiration=dt.datetime(2026, 6, 18, 17, 0), **terms)  # type: ignore[arg-type]


def example(dialog: ResultsDialog, key: str) -> str:
    return dialog.fields[key].placeholderText()


def test_examples_follow_the_offer(qtbot) -> None:  # type: ignore[no-untyped-def]
    for terms in (
        {"tendered": "Preferred Shares", "consideration": "Purchase Price"},
        {"tendered": "Eligible Options", "consideration": "New Options"},
    ):
        dialog = ResultsDialog(None, results_labels(offering(**terms)))
        qtbot.addWidget(dialog)
        day = parse_day(example(dialog, "grant_date").removeprefix("e.g. ").split(" or ")[0])
        assert day is not None and day > dt.date(2026, 6, 18), example(dialog, "grant_date")
        assert example(dialog, "holders") != example(dialog, "tendered"), terms


def test_a_notes_tender_asks_for_principal_and_price(qtbot) -> None:  # type: ignore[no-untyped-def]
    notes = offering(tendered="Notes", consideration="cash")
    dialog = ResultsDialog(None, results_labels(notes))
    qtbot.addWidget(dialog)
    assert "principal" in dialog.labels.tendered.lower()
    assert "$" in example(dialog, "tendered"), example(dialog, "tendered")
    assert "per $1,000 principal amount" in dialog.labels.price, dialog.labels
    dialog.fields["tendered"].setText("$41,250,000")
    dialog.fields["accepted"].setText("40,000,000")
    dialog.fields["grant_date"].setText("June 22, 2026")
    dialog.fields["price"].setText("$1,025.00")
    assert dialog.problems() == []
    assert dialog.values()["price"] == "$1,025.00"


def test_an_exchange_asks_for_no_price(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ResultsDialog(None, results_labels(offering(tendered="Eligible Options")))
    qtbot.addWidget(dialog)
    assert "price" not in dialog.fields


def test_the_line_under_the_fields_names_a_date_after_the_expiration(qtbot) -> None:  # type: ignore[no-untyped-def]
    """What is still to enter gives the same example as the field: a date the tool accepts,
    after the offer expires, never a fixed day before it."""
    for terms in (
        {"tendered": "Preferred Shares", "consideration": "Purchase Price"},
        {"tendered": "Eligible Options", "consideration": "New Options"},
    ):
        dialog = ResultsDialog(None, results_labels(offering(**terms)))
        qtbot.addWidget(dialog)
        line = next(p for p in dialog.problems() if "a date such as" in p)
        said = line.split("such as ", 1)[1].split(" or ")[0]
        day = parse_day(said)
        assert day is not None and day > dt.date(2026, 6, 18), line


PREFERRED = (
    "the offer by the Company to purchase up to 2,500,000 of its outstanding 7.25% Series A "
    'Cumulative Preferred Stock, par value $0.01 per share (the "Preferred Shares"), at a '
    'price of $27.00 per Preferred Share (the "Purchase Price")'
)
NOTES = (
    "the offer by the Company to purchase for cash up to $75,000,000 aggregate principal "
    'amount of its outstanding 6.875% Senior Notes due 2031 (the "Notes") at a price of '
    '$1,020.00 per $1,000 principal amount of Notes (the "Purchase Price")'
)


def test_the_price_example_is_the_price_the_offer_states(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The price's example is the offer's own price per unit (the filing details'
    description), never a figure of another offer; a par value is no price."""
    for terms, price in (
        ({"tendered": "Preferred Shares", "offer_description": PREFERRED}, "27.00"),
        ({"tendered": "Notes", "offer_description": NOTES}, "1,020.00"),
    ):
        dialog = ResultsDialog(
            None, results_labels(offering(consideration="Purchase Price", **terms))
        )
        qtbot.addWidget(dialog)
        assert example(dialog, "price") == f"e.g. {price}", terms
        dialog.fields["price"].setText("twenty")
        line = next(p for p in dialog.problems() if p.startswith("price per"))
        assert f"such as {price}," in line, line


def test_an_offer_that_states_no_price_gets_no_price_example(qtbot) -> None:  # type: ignore[no-untyped-def]
    unpriced = offering(
        tendered="Preferred Shares",
        consideration="Purchase Price",
        offer_description=PREFERRED.split(", at a price")[0],
    )
    dialog = ResultsDialog(None, results_labels(unpriced))
    qtbot.addWidget(dialog)
    assert example(dialog, "price") == ""
    dialog.fields["price"].setText("twenty")
    line = next(p for p in dialog.problems() if p.startswith("price per"))
    assert "such as" not in line and "1,025.00" not in line, line
