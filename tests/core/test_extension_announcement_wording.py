"""One wording for Rule 14e-1(d), whichever way an extension is drafted: a single amendment
whose items move the expiration later and the same revision drafted as an extension of the
series (`draft` recognises it) give the same finding, naming the items that state the new
expiration, the announcement's deadline and what the announcement must say."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.checks import run_checks
from amendtool.core.filing import FilingDetails, load_filing
from amendtool.core.series import single
from tests.support.builders import doc

FRONT = ("", ["Acme Widgets, Inc. is offering to exchange eligible options for new options."])


def offer(day: str) -> list[tuple[str, list[str]]]:
    return [
        FRONT,
        (
            "1. Expiration Date",
            [f"The offer expires at 11:59 p.m., Eastern Time, on {day}, unless we extend it."],
        ),
        ("7. Conditions of the Offer", ["We may assert the conditions before expiry."]),
    ]


@pytest.fixture
def filing(example_filing_toml: Path) -> FilingDetails:
    return dataclasses.replace(
        load_filing(example_filing_toml),
        expiration=dt.datetime(2001, 10, 11, 23, 59),
        amendment_date=dt.date(2001, 9, 24),
        notice_explanation="",
    )


def announced(amendment: Amendment) -> str:
    (finding,) = [f for f in run_checks(amendment) if f.code == "extension"]
    assert finding.severity == "note"
    return finding.message


def test_a_single_amendment_and_a_recognised_extension_say_the_same(
    filing: FilingDetails,
) -> None:
    original, revised = doc(offer("September 27, 2001")), doc(offer("October 11, 2001"))
    extension = draft_amendment(original, revised, filing)
    assert extension.kind == "extension"  # recognised from the revised draft
    drafted = single(original, revised, extension.items, filing).amendment()
    assert drafted is not None and drafted.kind == "extension"
    # the same items in an amendment not drafted as an extension (a later amendment of a
    # series, a revision stating the new date twice): the items' own reminder
    items_only = dataclasses.replace(extension, kind="text", extended_from=None)
    message = announced(items_only)
    assert announced(extension) == message
    assert announced(drafted) == message
    assert message.startswith(
        "item A extends the offer from 11:59 p.m., Eastern Time, on September 27, "
        "2001 to 11:59 p.m., Eastern Time, on October 11, 2001: Rule 14e-1(d) "
        "requires a public announcement of the extension no later than 9:00 a.m., Eastern "
        "Time, on Friday, September 28, 2001 (the next business day after the scheduled "
        "expiration)"
    ), message
    assert "approximate number of" in message  # what the announcement must disclose
    assert "withdrawal rights continue until the new expiration" in message
