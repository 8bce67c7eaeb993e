"""A notes tender states several dates besides its expiration: an Early Tender Date (a
defined term), and a withdrawal deadline that often falls on it, well before the offer
expires. The notice names each by what it is, never as "the deadline", and never tells
holders they may withdraw until the offer expires when the offer ends withdrawal earlier;
a date an amendment sets that has already passed on the amendment's own date is warned of."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.checks import run_checks
from amendtool.core.filing import FilingDetails
from amendtool.core.filing_document import notice_blocks
from amendtool.core.layout import Role
from amendtool.core.series import Series
from amendtool.core.series_steps import draft_extension
from tests.support.builders import Spec, doc
from tests.support.plain import plain_filing

EARLY = (
    "Holders who validly tender Notes at or before 5:00 p.m., New York City time, on "
    'March 13, 2026 (the "Early Tender Date") will receive the Total Consideration, which '
    "includes the Early Tender Payment of $30 per $1,000 principal amount."
)
WITHDRAW = (
    "Notes tendered may be withdrawn at any time at or before 5:00 p.m., New York City time, "
    "on March 13, 2026."
)
EXPIRES = "The offer will expire at 11:59 p.m., New York City time, on March 27, 2026."
OFFER: Spec = [
    ("", ["OFFER TO PURCHASE FOR CASH ANY AND ALL OF ITS OUTSTANDING 6.25% SENIOR NOTES"]),
    ("Summary Term Sheet", ["What will I receive?", EARLY]),
    ("1. Terms of the Offer", [EXPIRES]),
    ("4. Withdrawal Rights", [WITHDRAW]),
]


def _moved(spec: Spec) -> Spec:
    return [(h, [p.replace("March 13, 2026", "March 16, 2026") for p in ps]) for h, ps in spec]


@pytest.fixture(scope="module")
def notes(example_filing_toml: Path) -> FilingDetails:
    details = plain_filing(
        example_filing_toml,
        securities_title="6.25% Senior Notes due 2031",
        document_title="Offer to Purchase",
        consideration="Total Consideration",
        tendered="Notes",
        transmittal_document="Letter of Transmittal",
        notice_to="Holders of the Notes",
        program_name="Offer to Purchase",
        notice_delivery="We sent this notice to every holder of record.",
    )
    return dataclasses.replace(
        details,
        statement_filed=dt.date(2026, 2, 27),
        expiration=dt.datetime(2026, 3, 27, 23, 59),
        amendment_date=dt.date(2026, 3, 10),
    )


def _plain(amendment: Amendment) -> list[tuple[Role, str]]:
    """The notice's own words, before the items quoted as filed."""
    blocks = notice_blocks(amendment)
    exact = next(i for i, b in enumerate(blocks) if b.role is Role.HEADING and "exact" in b.text)
    return [(b.role, b.text) for b in blocks[:exact] if b.role is not Role.MEMO]


def test_the_early_tender_date_and_the_withdrawal_deadline_are_named_for_what_they_are(
    notes: FilingDetails,
) -> None:
    amendment = draft_amendment(doc(OFFER), doc(_moved(OFFER)), notes)
    plain = _plain(amendment)
    headings = [t for r, t in plain if r is Role.SUBHEADING]
    text = " ".join(t for _, t in plain)
    assert not any(h.startswith("Deadline") for h in headings), headings
    assert (
        "The Early Tender Date is now 5:00 p.m., New York City time, on Monday, March 16, 2026. "
        "It was 5:00 p.m., New York City time, on Friday, March 13, 2026."
    ) in text
    assert "[" not in text, text  # no placeholder: the sentence names the date itself
    assert "runs to the new deadline" not in text  # the expiration did not move
    # the opening's answer: the offer's deadline, its expiration, is the same
    assert "Yes. The deadline is still 11:59 p.m., New York City time, on Friday, " in text


def test_holders_are_not_told_they_may_withdraw_until_the_expiration(
    notes: FilingDetails,
) -> None:
    amendment = draft_amendment(doc(OFFER), doc(_moved(OFFER)), notes)
    text = " ".join(t for _, t in _plain(amendment))
    assert "withdraw your Notes before the deadline" not in text
    assert "withdraw your Notes at any time before 5:00 p.m., New York City time, on " in (text)


def test_an_extension_says_withdrawal_ended_at_the_withdrawal_deadline(
    notes: FilingDetails,
) -> None:
    filing = dataclasses.replace(notes, amendment_date=dt.date(2026, 3, 17))
    series = Series(doc(OFFER))
    draft_extension(series, filing, {}, dt.datetime(2026, 3, 31, 0, 0))
    amendment = series.amendment(-1)
    assert amendment is not None
    plain = _plain(amendment)
    at = next(i for i, (_, t) in enumerate(plain) if t.startswith("Can you still withdraw"))
    answer = plain[at + 1][1]
    assert answer.startswith("No."), answer
    assert "5:00 p.m., New York City time, on Friday, March 13, 2026" in answer
    assert "March 30" not in answer and "goes on until the new deadline" not in answer
    extension = [f for f in run_checks(amendment) if f.code == "extension"]
    assert extension and "withdrawal rights continue until the new expiration" not in (
        extension[0].message
    )
    assert "March 13, 2026" in extension[0].message


def test_a_date_set_before_the_amendments_own_date_is_warned_of(notes: FilingDetails) -> None:
    late = dataclasses.replace(notes, amendment_date=dt.date(2026, 3, 17))
    amendment = draft_amendment(doc(OFFER), doc(_moved(OFFER)), late)
    passed = [f for f in run_checks(amendment) if f.code == "date_passed"]
    assert passed, [f.message for f in run_checks(amendment)]
    assert all(f.severity == "warning" for f in passed)
    said = " ".join(f.message for f in passed)
    assert (
        "sets the Early Tender Date at" in said
        and "March 16, 2026" in said
        and "March 17, 2026" in said
    )
    on_time = draft_amendment(doc(OFFER), doc(_moved(OFFER)), notes)
    assert [f for f in run_checks(on_time) if f.code == "date_passed"] == []


def test_an_extension_before_the_withdrawal_deadline_says_until_when(
    notes: FilingDetails,
) -> None:
    filing = dataclasses.replace(notes, amendment_date=dt.date(2026, 3, 10))
    series = Series(doc(OFFER))
    draft_extension(series, filing, {}, dt.datetime(2026, 3, 31, 0, 0))
    amendment = series.amendment(-1)
    assert amendment is not None
    plain = _plain(amendment)
    at = next(i for i, (_, t) in enumerate(plain) if t.startswith("Can you still withdraw"))
    answer = plain[at + 1][1]
    assert answer.startswith("Only until 5:00 p.m., New York City time, on Friday, March 13"), (
        answer
    )
    assert "does not run to the new deadline" in answer


def test_a_past_event_told_by_an_item_is_no_date_passed(notes: FilingDetails) -> None:
    late = dataclasses.replace(notes, amendment_date=dt.date(2026, 3, 17))
    told = "At 9:00 a.m., New York City time, on March 2, 2026, we announced the offer."
    revised = [*OFFER, ("12. Background", [told])]
    amendment = draft_amendment(doc(OFFER), doc(revised), late)
    assert [f for f in run_checks(amendment) if f.code == "date_passed"] == []
