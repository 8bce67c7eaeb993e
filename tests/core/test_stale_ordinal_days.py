"""A day counted in business days changed in one place ("first" → "tenth business day" for
the grant) is named where the offer still counts the same thing from the old day, and
nowhere else."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.amendment import draft_amendment
from amendtool.core.checks import run_checks
from amendtool.core.filing import FilingDetails
from tests.support.builders import Spec, doc
from tests.support.plain import plain_filing

GRANT = "We will grant the New Options on the {} business day after the offer expires."
SUMMARY_GRANT = "The New Options will be granted on the {} business day after the offer expires."
ANNOUNCE = "We will announce the results on the first business day after the offer expires."
CANCEL = "We will cancel the Eligible Options on the first business day after the offer expires."


def offer(section: str, summary: str) -> Spec:
    return [
        ("", ["Halvorsen offers to exchange options."]),
        ("Summary Term Sheet", ["When will the New Options be granted?", summary, ANNOUNCE]),
        ("5. Grant of New Options", [section, CANCEL]),
    ]


@pytest.fixture
def filing(example_filing_toml: Path) -> FilingDetails:
    return plain_filing(example_filing_toml)


def stale(filing: FilingDetails, old: Spec, new: Spec) -> list[str]:
    amendment = draft_amendment(doc(old), doc(new), filing)
    return [f.message for f in run_checks(amendment) if "business day" in f.message]


@pytest.mark.parametrize("summary", [GRANT, SUMMARY_GRANT])
@pytest.mark.parametrize(
    ("first", "later"), [("first", "tenth"), ("third", "fifth"), ("1st", "10th")]
)
def test_the_summary_left_at_the_old_day_is_named(
    filing: FilingDetails, summary: str, first: str, later: str
) -> None:
    old = offer(GRANT.format(first), summary.format(first))
    new = offer(GRANT.format(later), summary.format(first))
    (message,) = stale(filing, old, new)
    assert f"the {first} business day to the {later} business day" in message
    assert "Summary Term Sheet" in message
    assert "Section 5" not in message.split("still states")[1]


def test_nothing_is_named_when_both_are_changed(filing: FilingDetails) -> None:
    old = offer(GRANT.format("first"), GRANT.format("first"))
    new = offer(GRANT.format("tenth"), GRANT.format("tenth"))
    assert stale(filing, old, new) == []
