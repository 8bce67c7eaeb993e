"""An amendment that raises the securities sought reminds counsel of the 2% proviso of
Rules 13e-4(f)(1)(ii) and 14e-1(b): accepting for payment additional securities of not more
than 2% of the class is not an increase that by itself requires the offer to stay open 10
business days. The class is not changed: the note says what the offer states of the
increase, in points of the class where it says, so counsel can weigh it."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.findings import NOTE, Finding
from amendtool.core.items import Materiality
from amendtool.core.timing_checks import timing_findings
from tests.support.april_filing import april_filing
from tests.support.builders import Spec, doc

TERMS = "1. Number of Shares; Purchase Price"
BUY = "We will purchase up to {} Shares at a price of $24.00 per Share{}."
OF_CLASS = ", representing approximately {} of our outstanding Shares"


def offer(count: str, percent: str = "") -> Spec:
    share = OF_CLASS.format(percent) if percent else ""
    return [
        ("", ["Tamsin Corp. is offering to purchase shares of its common stock."]),
        (TERMS, [BUY.format(count, share)]),
    ]


def drafted(example_filing_toml: Path, before: Spec, after: Spec) -> Amendment:
    filing = april_filing(example_filing_toml, "the offer to purchase shares")
    return draft_amendment(doc(before), doc(after), filing)


def provisos(amendment: Amendment) -> list[Finding]:
    return [f for f in timing_findings(amendment) if "2% of the class" in f.message]


@pytest.mark.parametrize(
    ("before", "after", "points"),
    [
        (offer("2,000,000", "8.1%"), offer("2,500,000", "10.1%"), "2.0 percentage points"),
        (offer("2,000,000", "8.1%"), offer("2,200,000", "8.9%"), "0.8 percentage points"),
        (offer("2,000,000"), offer("2,500,000"), ""),
    ],
)
def test_an_increase_in_the_securities_sought_names_the_proviso(
    example_filing_toml: Path, before: Spec, after: Spec, points: str
) -> None:
    amendment = drafted(example_filing_toml, before, after)
    assert all(i.materiality is Materiality.CONSIDERATION for i in amendment.change_items)
    [note] = provisos(amendment)
    assert note.severity == NOTE
    assert "Rules 13e-4(f)(1)(ii) and 14e-1(b)" in note.message, note.message
    assert "2,000,000 Shares → 2,500,000 Shares" in note.message or "2,200,000" in note.message
    assert points in note.message, note.message
    assert note.item == 0


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (offer("2,500,000"), offer("2,000,000")),  # a decrease: the proviso speaks of increases
        (offer("2,000,000", "8.1%"), offer("3,000,000", "12.2%")),  # more than 2% of the class
        (
            [("", ["Acme."]), (TERMS, ["The price is $24.00."])],
            [("", ["Acme."]), (TERMS, ["The price is $26.00."])],
        ),
    ],
)
def test_no_proviso_where_it_cannot_apply(
    example_filing_toml: Path, before: Spec, after: Spec
) -> None:
    assert provisos(drafted(example_filing_toml, before, after)) == []
