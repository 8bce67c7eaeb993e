"""A term changed in one place and left at its old value in another: every paragraph that
still states it is named, the cover and the filing's own opening included."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.checks import run_checks
from amendtool.core.filing import FilingDetails
from amendtool.core.findings import Finding
from tests.support.april_filing import april_filing
from tests.support.builders import Spec, doc

THRESHOLD = "Options that have an exercise price per share of {} or more are eligible."
EXPIRES = "The offer expires at 11:59 p.m., Eastern Time, on {}."


def offer(cover: str, summary: str, section: str, day: str = "April 23, 2026") -> Spec:
    return [
        (
            "",
            [
                f"Halvorsen offers to exchange options. {THRESHOLD.format(cover)}",
                EXPIRES.format(day),
            ],
        ),
        ("Summary Term Sheet", ["Which options are eligible?", THRESHOLD.format(summary)]),
        ("1. Eligibility", [THRESHOLD.format(section), EXPIRES.format(day)]),
    ]


@pytest.fixture
def filing(example_filing_toml: Path) -> FilingDetails:
    return april_filing(
        example_filing_toml,
        "the offer to exchange options having an exercise price per share "
        "of $20.00 or more for new options",
    )


def stale(amendment: Amendment) -> list[Finding]:
    return [f for f in run_checks(amendment) if f.code == "stale_term"]


def test_a_threshold_changed_in_one_section_names_every_paragraph_still_stating_the_old(
    filing: FilingDetails,
) -> None:
    amendment = draft_amendment(
        doc(offer("$20.00", "$20.00", "$20.00", "April 30, 2026")),
        doc(offer("$20.00", "$20.00", "$17.50", "April 30, 2026")),
        filing,
    )
    (item,) = amendment.change_items
    assert item.materiality.value == "consideration"
    paragraphs, description = stale(amendment)
    assert paragraphs.severity == "warning"
    assert paragraphs.message == (
        "item A changes $20.00 to $17.50, but the offer still states $20.00 in the first "
        "paragraph on the cover page; the last paragraph in Summary Term Sheet on page 4: "
        "change it there too, or say why it stays"
    )
    assert description.severity == "error"
    assert "the filing details' “Offer description” (offer.description) still states $20.00" in (
        description.message
    )


def test_a_term_changed_everywhere_is_not_flagged(filing: FilingDetails) -> None:
    updated = dataclasses.replace(
        filing, offer_description=filing.offer_description.replace("$20.00", "$17.50")
    )
    amendment = draft_amendment(
        doc(offer("$20.00", "$20.00", "$20.00", "April 30, 2026")),
        doc(offer("$17.50", "$17.50", "$17.50", "April 30, 2026")),
        updated,
    )
    assert len(amendment.change_items) == 3
    assert stale(amendment) == []


def test_an_extension_the_cover_does_not_repeat_is_named(filing: FilingDetails) -> None:
    extended = offer("$20.00", "$20.00", "$20.00", "April 30, 2026")
    extended[0] = ("", [extended[0][1][0], EXPIRES.format("April 23, 2026")])
    amendment = draft_amendment(doc(offer("$20.00", "$20.00", "$20.00")), doc(extended), filing)
    messages = [f.message for f in stale(amendment)]
    assert messages == [
        "item A extends the offer, but the offer still states the old expiration (11:59 p.m., "
        "Eastern Time, on April 23, 2026) in the last paragraph on the cover page: "
        "change it there too"
    ]


@pytest.mark.parametrize("words", ["seventeen dollars and fifty cents", "seventeen dollars"])
def test_a_threshold_put_in_words_still_warns_where_the_old_figure_stands(
    filing: FilingDetails, words: str
) -> None:
    amendment = draft_amendment(
        doc(offer("$20.00", "$20.00", "$20.00")),
        doc(offer("$20.00", "$20.00", words)),
        filing,
    )
    found = stale(amendment)
    assert found, "an amount in words is the amount it names"
    assert f"changes $20.00 to {words}" in found[0].message, found[0].message
    assert "Summary Term Sheet" in found[0].message, found[0].message


def test_a_figure_from_the_cover_capitals_is_quoted_as_the_offer_body_says_it(
    filing: FilingDetails,
) -> None:
    """The first item changing it is the cover's "UP TO 2,000,000 SHARES": the warnings
    quote the figure as the offer's own sentences print it, not in capitals."""

    def spec(count: str, body: str) -> Spec:
        return [
            ("", [f"OFFER TO PURCHASE FOR CASH UP TO {count} SHARES OF ITS COMMON STOCK"]),
            ("Summary Term Sheet", [f"We are offering to purchase up to {body} Shares."]),
            ("1. Terms of the Offer", [f"We will purchase up to {body} Shares at $24.00."]),
        ]

    amendment = draft_amendment(
        doc(spec("2,000,000", "2,000,000")),
        doc(spec("2,500,000", "2,000,000")),
        dataclasses.replace(filing, offer_description="the offer to purchase 2,000,000 Shares"),
    )
    found = stale(amendment)
    assert found, "the summary and the terms still state the old number"
    for finding in found:
        assert "SHARES" not in finding.message, finding.message
        assert "changes 2,000,000 Shares to 2,500,000 Shares" in finding.message, finding.message
