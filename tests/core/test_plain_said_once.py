"""Each change is said once in the notice, also once counsel writes plain paragraphs: counsel's
paragraph on one place making a change speaks for every place making it (named under it),
never beside the tool's paragraph on the same change or counsel's own on another place. And
each paragraph is headed by what the change is about in plain words, never by where it is
("Summary Term Sheet, page 1"), which is said under it."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.checks import run_checks
from amendtool.core.filing import FilingDetails
from amendtool.core.plain_notice import plain_paragraphs
from tests.support.builders import doc
from tests.support.plain import OFFER, lowered, plain_filing, revised

COUNSEL = "You can now exchange options priced at $17.50 or more. It was $20.00."
SHORTER = "Options priced at $17.50 or more are now eligible."


@pytest.fixture(scope="module")
def filing(example_filing_toml: Path) -> FilingDetails:
    return plain_filing(example_filing_toml)


@pytest.mark.parametrize(
    "written",
    [{0: COUNSEL}, {1: COUNSEL}, {0: COUNSEL, 2: SHORTER}, {1: SHORTER, 2: SHORTER}],
    ids=["cover", "summary", "two-differing", "two-alike"],
)
def test_counsel_s_paragraph_speaks_for_every_place(
    filing: FilingDetails, written: dict[int, str]
) -> None:
    amendment = lowered(filing)
    for index, text in written.items():
        amendment.change_items[index].set_plain_summary(text)
    paragraphs = plain_paragraphs(amendment)
    said = [p for p in paragraphs if "$17.50" in p.text]
    assert len(said) == 1, [p.text for p in paragraphs]
    (paragraph,) = said
    assert paragraph.text == written[min(written)]  # counsel's words, as written
    assert set(paragraph.items) == {0, 1, 2}
    for place in ("cover page", "Summary Term Sheet", "Section 1"):
        assert place in paragraph.places, paragraph.places
    errors = [f.message for f in run_checks(amendment) if f.code == "plain_paragraph"]
    assert errors == []


def test_counsel_s_paragraph_on_a_change_made_once_is_placed_under_it(
    filing: FilingDetails,
) -> None:
    offer = [*OFFER[:3], ("7. Conditions of the Offer", ["The conditions are for our benefit."])]
    new = revised(offer, "for our benefit", "for our sole benefit")
    from amendtool.core.amendment import draft_amendment

    amendment = draft_amendment(doc(offer), doc(new), filing)
    amendment.change_items[0].set_plain_summary("We alone may rely on the conditions.")
    (paragraph,) = plain_paragraphs(amendment)
    assert paragraph.heading == "Conditions of the Offer (change 1)"
    assert paragraph.places == "This change is in Section 7 (page 6)."


def test_headings_say_what_a_change_is_about(filing: FilingDetails) -> None:
    summary = ("Summary Term Sheet", [*OFFER[1][1], "How do I withdraw?", "See Section 6."])
    offer = [OFFER[0], summary, *OFFER[2:]]
    new = revised(revised(offer, "$20.00", "$17.50"), "Section 6", "Section 4")
    from amendtool.core.amendment import draft_amendment

    amendment = draft_amendment(doc(offer), doc(new), filing)
    headings = [p.heading for p in plain_paragraphs(amendment)]
    for heading in headings:
        assert not heading.startswith(("Section ", "Summary Term Sheet", "Cover page")), headings
    assert any(h.startswith("Minimum exercise price per share") for h in headings), headings
    assert any(h.startswith("How do I withdraw?") for h in headings), headings
