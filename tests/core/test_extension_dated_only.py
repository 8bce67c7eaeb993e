"""An expiration stated as a date alone ("Expiration date ........ March 31, 2023" in a
term-sheet row, "The offer will expire on March 31, 2023") is the expiration: moved later it
extends the offer as a date with a time of day does, and the check says when the filing
details give another day. A date that only mentions the expiration is not one."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from amendtool.core.amendment import draft_amendment
from amendtool.core.checks import run_checks
from amendtool.core.expirations import stated_expirations
from amendtool.core.items import Materiality
from amendtool.io.load import load_document
from tests.core.test_series_extension import filing
from tests.support.builders import Spec, doc

ZONE = "America/New_York"
OLD, NEW = dt.datetime(2023, 3, 31, 23, 59), dt.datetime(2023, 4, 14, 23, 59)
DATE = dt.date(2023, 3, 15)


def offer(row: str, sentence: str) -> Spec:
    return [
        ("", ["Tallbridge Realty Trust is offering to purchase up to 800,000 shares for cash."]),
        (
            "1. Terms of the Offer",
            [
                "We will purchase up to 800,000 shares at $23.00 per share in cash.",
                "Depositary:\tLedgerline Trust Company",
                "Record date\tFebruary 1, 2023",
                f"Expiration date\t{row}",
                sentence,
            ],
        ),
    ]


SENTENCE = "The offer will expire on {}, unless we extend it."


def test_dates_alone_that_state_the_expiration_are_read_and_mentions_are_not() -> None:
    said = [
        "Expiration date ............ March 31, 2023",
        "Expiration date\tMarch 31, 2023",
        "Expiration Date: March 31, 2023",
        "The offer will expire on March 31, 2023, unless extended.",
        "The expiration date is March 31, 2023.",
    ]
    for text in said:
        [stated] = stated_expirations(text, ZONE)
        assert stated.moment.date() == dt.date(2023, 3, 31), text
    mentions = [
        "New shares will be issued after the expiration date, on April 3, 2023.",
        "If you withdraw before the expiration date, we will return your shares by May 1, 2023.",
        "Record date\tFebruary 1, 2023",
    ]
    for text in mentions:
        assert stated_expirations(text, ZONE) == [], text


def test_a_date_and_its_time_in_one_sentence_are_one_expiration() -> None:
    text = "The offer expires at 5:00 p.m., New York City time, on March 31, 2023."
    [stated] = stated_expirations(text, ZONE)
    assert stated.moment.hour == 17


def test_a_term_sheet_row_moved_later_extends_the_offer() -> None:
    for expiration in (OLD, dt.datetime(2023, 3, 31, 17, 0)):
        details = filing(1, DATE, expiration)
        original = doc(offer("March 31, 2023", "We will pay promptly."))
        revised = doc(offer("April 14, 2023", "We will pay promptly."))
        amendment = draft_amendment(original, revised, details)
        assert amendment.kind == "extension", expiration
        assert amendment.filing.expiration.replace(tzinfo=None).date() == NEW.date()
        assert amendment.filing.expiration.replace(tzinfo=None).time() == expiration.time()
        [item] = amendment.change_items
        assert item.materiality is Materiality.EXTENSION, item.materiality_reason
        errors = [f for f in run_checks(amendment) if f.severity == "error"]
        assert [f.code for f in errors if "expiration" in f.code] == [], errors


def test_a_sentence_moved_later_extends_the_offer() -> None:
    original = doc(offer("March 31, 2023", SENTENCE.format("March 31, 2023")))
    revised = doc(offer("April 14, 2023", SENTENCE.format("April 14, 2023")))
    amendment = draft_amendment(original, revised, filing(1, DATE, OLD))
    assert amendment.kind == "extension"
    assert {i.materiality for i in amendment.change_items} == {Materiality.EXTENSION}


def test_filing_details_giving_another_day_are_an_error_of_the_check() -> None:
    details = filing(1, DATE, dt.datetime(2023, 3, 24, 23, 59))
    original = doc(offer("March 31, 2023", "We will pay promptly."))
    revised = doc(offer("April 14, 2023", "We will pay promptly."))
    amendment = draft_amendment(original, revised, details)
    errors = [f.message for f in run_checks(amendment) if f.severity == "error"]
    assert any("April 14, 2023" in m and "March 24, 2023" in m for m in errors), errors


def test_a_leader_row_of_an_edgar_pre_block_extends_the_offer(tmp_path: Path) -> None:
    page = (
        "<html><body><p><b>TALLBRIDGE REALTY TRUST</b></p>"
        "<p>Tallbridge Realty Trust is offering to purchase up to 800,000 shares.</p>"
        "<p><b>1. Terms of the Offer.</b></p><p>We will purchase shares at $23.00.</p>"
        "<pre>\nDepositary:                  Ledgerline Trust Company\n"
        "Record date ................ February 1, 2023\n"
        "Expiration date ............ {}\n</pre>"
        "<p><b>2. Fees and Expenses.</b></p><p>We will pay the fees.</p></body></html>"
    )
    (tmp_path / "o.htm").write_text(page.format("March 31, 2023"), encoding="utf-8")
    (tmp_path / "r.htm").write_text(page.format("April 14, 2023"), encoding="utf-8")
    original = load_document(tmp_path / "o.htm")
    revised = load_document(tmp_path / "r.htm")
    amendment = draft_amendment(original, revised, filing(1, DATE, OLD))
    assert amendment.kind == "extension"
    [item] = amendment.change_items
    assert item.materiality is Materiality.EXTENSION
    assert "February 1, 2023" not in item.new_text  # the quotation is the row it names
    assert item.locator.row_caption == "Expiration date"
    # the row above is a term of its own ("Record date | February 1, 2023"), not the
    # table's column headings, so the restated row is quoted alone
    assert item.locator.row_headings is None
