"""Deadlines for holders the timing check reads beyond "a time on the expiration date": one
stated on a later date than the expiration (withdrawal "until 5:00 p.m. on December 18,
2026" in an offer expiring on December 15), and one tied to the expiration by words ("at the
end of the Expiration Date", "until the end of the day on which the offer expires", "11:59
p.m. on the day the offer expires"). Words that are the expiration itself ("until the offer
expires", "prior to the Expiration Date", "before the Expiration Time") are no other time;
the back-end withdrawal date (Rule 13e-4(f)(2)(ii), after January 13, 2027 for an offer
commenced on November 16, 2026), payment, grants, guaranteed delivery and the extension's
announcement come after the expiration on purpose.

The paragraphs are written as an issuer's counsel writes them, for a tender for cash of
preferred stock and for an option exchange; the expected findings were written down before
the check was run on them."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from amendtool.core.amendment import draft_amendment
from amendtool.core.checks import run_checks
from amendtool.core.filing import load_filing
from amendtool.core.findings import Finding
from tests.support.builders import doc

CODE = "deadline_past_expiration"
PREFERRED = (
    "Holdings Corp. is offering to purchase for cash any and all of its outstanding 7.25% "
    "Series A Cumulative Preferred Stock (the \u201cPreferred Shares\u201d)."
)
OPTIONS = "Holdings Corp. is offering to exchange eligible options for new options."
# the offer defines its expiration: "the Expiration Date" is a time as much as a date
EXPIRES = (
    "The Offer will expire at 5:00 p.m., New York City time, on December 15, 2026, unless "
    "extended (such time and date, as it may be extended, the \u201cExpiration Date\u201d)."
)
RUNS = "Tendered securities may be withdrawn at any time prior to the Expiration Date."


def _findings(
    example_filing_toml: Path, paragraph: str, cover: str = PREFERRED, at: tuple[int, int] = (17, 0)
) -> list[Finding]:
    filing = dataclasses.replace(
        load_filing(example_filing_toml),
        statement_filed=dt.date(2026, 11, 16),
        document_date=dt.date(2026, 11, 16),
        amendment_date=dt.date(2026, 12, 1),
        expiration=dt.datetime(2026, 12, 15, *at) if at != (24, 0) else dt.datetime(2026, 12, 16),
        notice_explanation="",
    )
    expires = EXPIRES
    if at == (23, 59):
        expires = EXPIRES.replace("5:00 p.m.", "11:59 p.m.")
    elif at == (24, 0):
        expires = EXPIRES.replace(
            "5:00 p.m., New York City time, on", "12:00 midnight, New York City time, at the end of"
        )
    terms = ("1. Expiration Date", [expires])
    original = doc([("", [cover]), terms, ("4. Withdrawal Rights", [RUNS])])
    revised = doc([("", [cover]), terms, ("4. Withdrawal Rights", [RUNS, paragraph])])
    amendment = draft_amendment(original, revised, filing)
    return [f for f in run_checks(amendment) if f.code == CODE]


# (paragraph, cover, the deadline as the finding prints it)
WARNED = [
    # 1. a revised withdrawal paragraph of a preferred-stock tender for cash: three days late
    (
        "Tenders of Preferred Shares made pursuant to the Offer may be withdrawn at any time "
        "prior to the Expiration Date. In addition, holders may withdraw tendered Preferred "
        "Shares until 5:00 p.m., New York City time, on December 18, 2026, by delivering a "
        "written notice of withdrawal to the Depositary.",
        PREFERRED,
        "5:00 p.m., New York City time, on December 18, 2026",
    ),
    # 2. the Letter of Transmittal due two days after the offer has expired
    (
        "For a tender of Preferred Shares to be valid, the Depositary must receive a properly "
        "completed and duly executed Letter of Transmittal, together with the certificates "
        "for the tendered Preferred Shares, no later than 5:00 p.m., New York City time, on "
        "December 17, 2026.",
        PREFERRED,
        "5:00 p.m., New York City time, on December 17, 2026",
    ),
    # 3. an option exchange's election window run a day past the expiration
    (
        "If you change your mind, you may withdraw your election at any time until 11:59 "
        "p.m., Eastern Time, on December 16, 2026, by submitting a new election through the "
        "offer website.",
        OPTIONS,
        "11:59 p.m., Eastern Time, on December 16, 2026",
    ),
    # 4. a later date with no time: even its first minute is after the expiration
    (
        "You may withdraw your tendered options at any time through December 17, 2026 by "
        "delivering a notice of withdrawal to Stock Administration.",
        OPTIONS,
        "December 17, 2026",
    ),
    # 5. the end of the expiration's day, when the offer expires at 5:00 p.m.
    (
        "Holders may withdraw tendered Preferred Shares at any time until 12:00 midnight, New "
        "York City time, at the end of the Expiration Date.",
        PREFERRED,
        "12:00 midnight, New York City time, at the end of the Expiration Date",
    ),
    # 6. the same, without a time of day
    (
        "Elections may be changed or withdrawn at any time before the end of the day on which "
        "the offer expires.",
        OPTIONS,
        "the end of the day on which the offer expires",
    ),
    # 7. a time on the expiration's day, named by other words than "the expiration date"
    (
        "A notice of withdrawal must be received by the Depositary before 11:59 p.m., New "
        "York City time, on the day on which the Offer expires.",
        PREFERRED,
        "11:59 p.m., New York City time, on the day on which the Offer expires",
    ),
]


@pytest.mark.parametrize(("paragraph", "cover", "printed"), WARNED)
def test_a_holder_deadline_later_than_the_expiration_is_warned(
    example_filing_toml: Path, paragraph: str, cover: str, printed: str
) -> None:
    [finding] = _findings(example_filing_toml, paragraph, cover)
    assert finding.severity == "warning"
    assert finding.item is not None and f"item {chr(ord('A') + finding.item)}" in finding.message
    assert printed in finding.message
    assert "5:00 p.m." in finding.message and "December 15, 2026" in finding.message


UNWARNED = [
    # the expiration itself, by its words
    "You may withdraw your tendered options at any time until the offer expires.",
    "Your election to exchange must be received by us before the Expiration Date.",
    "Holders may withdraw tendered Preferred Shares at any time at or prior to the Expiration "
    "Date, and tendered Preferred Shares may be withdrawn at any time until the Offer expires.",
    # the back-end withdrawal date (Rule 13e-4(f)(2)(ii)): after the expiration on purpose
    "If we have not accepted your tendered Preferred Shares for payment by 11:59 p.m., New "
    "York City time, on January 13, 2027, you may withdraw them at any time thereafter.",
    "Tendered options may also be withdrawn at any time after 11:59 p.m., Eastern Time, on "
    "January 13, 2027, as Rule 13e-4(f)(2)(ii) provides.",
    "Holders may also withdraw tendered Preferred Shares beginning on January 14, 2027.",
    # what the company does after the expiration: pay, grant, announce
    "We will pay for Preferred Shares validly tendered and not withdrawn promptly after the "
    "Expiration Date, and in any event by 10:00 a.m., New York City time, on December 17, 2026.",
    "If you tender your eligible options, we will grant the new options on December 16, 2026, "
    "and you will receive your new option agreement by 5:00 p.m., Eastern Time, on December 21, "
    "2026.",
    "We will announce any extension no later than 9:00 a.m., New York City time, on December "
    "16, 2026, and will disclose the number of Preferred Shares tendered to that date.",
    # guaranteed delivery: the certificates follow a tender made before the expiration
    "If you cannot deliver your Preferred Shares before the Expiration Date, you may tender them "
    "by guaranteed delivery, in which case the Depositary must receive the certificates, "
    "together with a properly completed Letter of Transmittal, by 5:00 p.m., New York City "
    "time, on December 17, 2026, the second trading day after the Expiration Date.",
    # the dates of the securities themselves
    "You may tender any eligible option in full, including the portion of it scheduled to vest "
    "through June 30, 2027.",
    "If you exercise your eligible options before January 4, 2027, you may not tender them.",
    # a deadline before the expiration's day is not this check's
    "To receive the early tender premium, you must tender your Preferred Shares before 5:00 "
    "p.m., New York City time, on December 1, 2026.",
]


@pytest.mark.parametrize("paragraph", UNWARNED)
def test_deadlines_that_are_the_expiration_or_after_it_on_purpose_are_not_warned(
    example_filing_toml: Path, paragraph: str
) -> None:
    assert _findings(example_filing_toml, paragraph) == []


@pytest.mark.parametrize("at", [(23, 59), (24, 0)])
@pytest.mark.parametrize("paragraph", [WARNED[4][0], WARNED[5][0]])
def test_the_end_of_the_expiration_day_is_the_expiration_of_an_offer_expiring_at_midnight(
    example_filing_toml: Path, paragraph: str, at: tuple[int, int]
) -> None:
    assert _findings(example_filing_toml, paragraph, at=at) == []


def test_a_later_date_is_still_warned_when_the_offer_expires_at_midnight(
    example_filing_toml: Path,
) -> None:
    [finding] = _findings(example_filing_toml, WARNED[0][0], at=(24, 0))
    assert "December 18, 2026" in finding.message


def test_a_later_date_without_a_time_is_named_as_a_day(example_filing_toml: Path) -> None:
    """ "through December 17, 2026" is no time of day: the warning says "on" it."""
    [finding] = _findings(example_filing_toml, WARNED[3][0], OPTIONS)
    assert (
        "withdrawal deadline on December 17, 2026, after the offer's expiration" in finding.message
    )
