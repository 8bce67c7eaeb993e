"""A change made in several places is said once in the notice, and said as the items say
it: where the tool cannot name a figure (items.json holds "[name this maximum number for
holders]"), the notice's paragraph keeps the placeholder too and the check reports it; a
figure named in any of those places keeps its name."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.checks import run_checks
from amendtool.core.filing import FilingDetails
from amendtool.core.plain_checks import PLACEHOLDER
from amendtool.core.plain_notice import plain_paragraphs, voice_of
from amendtool.core.plain_summary import placeholders
from tests.support.builders import Spec, doc
from tests.support.plain import holders_filing

OFFER: Spec = [
    (
        "",
        [
            "OFFER TO PURCHASE FOR CASH",
            'Osprey Holdings Corp. (the "Company") is offering to purchase up to 2,000,000 of '
            'its outstanding 7.25% Series A Cumulative Preferred Stock (the "Preferred '
            'Shares") for cash at a price of $26.50 per Preferred Share (the "Purchase Price").',
        ],
    ),
    (
        "1. Terms of the Offer",
        [
            "Upon the terms of the Offer, the Company will purchase up to 2,000,000 of the "
            "Preferred Shares validly tendered at the Purchase Price of $26.50 per Preferred "
            "Share.",
        ],
    ),
]


@pytest.fixture(scope="module")
def holders(example_filing_toml: Path) -> FilingDetails:
    return holders_filing(example_filing_toml)


def _amended(holders: FilingDetails, old: str, new: str) -> Amendment:
    revised = [(h, [p.replace(old, new) for p in ps]) for h, ps in OFFER]
    return draft_amendment(doc(OFFER), doc(revised), holders)


@pytest.mark.parametrize(("old", "new"), [("2,000,000", "2,500,000"), ("$26.50", "$27.00")])
def test_a_change_in_several_places_is_said_as_its_items_say_it(
    holders: FilingDetails, old: str, new: str
) -> None:
    amendment = _amended(holders, old, new)
    voice = voice_of(amendment)
    items = amendment.change_items
    assert len(items) >= 2
    marked = [bool(placeholders(amendment.plain_summary(i, voice).text)) for i in items]
    paragraphs = [p for p in plain_paragraphs(amendment) if len(p.items) > 1]
    assert paragraphs, [p.text for p in plain_paragraphs(amendment)]
    for paragraph in paragraphs:
        own = [marked[i] for i in paragraph.items]
        # a figure every place leaves unnamed is unnamed in the notice too; one any place
        # names is named
        assert bool(placeholders(paragraph.text)) == all(own), (paragraph.text, own)
    reported = [f for f in run_checks(amendment) if f.code == PLACEHOLDER]
    assert bool(reported) == any(marked), [f.message for f in reported]


def test_the_unnamed_maximum_is_never_printed_as_a_bare_name(holders: FilingDetails) -> None:
    amendment = _amended(holders, "2,000,000", "2,500,000")
    said = " ".join(p.text for p in plain_paragraphs(amendment))
    assert "The maximum number is now" not in said, said
    assert "is now 2,500,000" in said, said
