"""Counsel write "on the cover page": a cover whose page prints a folio ("1", "i") never
makes a cover citation "on the cover page on page 1". Every kind of item on the cover, in
the filing and the notice, is cited by the cover's name alone."""

from __future__ import annotations

import pytest

from amendtool.core.amendment import draft_amendment
from amendtool.core.drafting import draft_items
from amendtool.core.filing import load_filing
from amendtool.core.filing_document import notice_blocks
from amendtool.core.layout import plain_text
from amendtool.core.wording import filing_text, notice_text
from tests.conftest import SAMPLES
from tests.support.builders import Spec, doc

COVER = [
    "Halvorsen Networks offers to exchange eligible options for new options.",
    "The offer expires at 11:59 p.m. on April 23, 2026.",
]
BODY = ("1. Eligibility", ["Employees who hold options may take part in the offer."])


def cover(paragraphs: list[str]) -> Spec:
    return [("", paragraphs), BODY]


CHANGES = {
    "words": cover([COVER[0], COVER[1].replace("April 23", "April 30")]),
    "sentence added": cover([COVER[0], COVER[1] + " You may withdraw until then."]),
    "paragraph added": cover([*COVER, "Read the whole offer before you decide."]),
    "paragraph deleted": cover([COVER[0]]),
}


@pytest.mark.parametrize("first_page", [1, 0])
@pytest.mark.parametrize("change", sorted(CHANGES))
def test_a_cover_citation_carries_no_page(change: str, first_page: int) -> None:
    original = doc(cover(COVER), first_page=first_page)
    revised = doc(CHANGES[change], first_page=first_page)
    items = draft_items(original, revised).items
    assert items
    for item in items:
        for text in (filing_text(item, "(a)(1)"), notice_text(item)):
            assert "on the cover page" in text, text
            assert " page 1" not in text and " page 0" not in text, text
            assert "on page" not in text and "on pages" not in text, text


def test_the_body_keeps_its_pages() -> None:
    original = doc(cover(COVER))
    revised = doc([("", COVER), (BODY[0], ["Employees who hold options may join the offer."])])
    [item] = draft_items(original, revised).items
    assert " on page 3" in filing_text(item, "(a)(1)")


def test_the_plain_notice_places_the_cover_without_a_page() -> None:
    filing = load_filing(SAMPLES / "filing.toml")
    amendment = draft_amendment(doc(cover(COVER)), doc(CHANGES["words"]), filing)
    notice = " ".join(plain_text(notice_blocks(amendment)).split())
    assert "on the cover page" in notice
    assert "on the cover page (page" not in notice and "cover page on page" not in notice


def test_the_checks_name_the_cover_without_a_page() -> None:
    from amendtool.core.cover import place_named

    document = doc(cover(COVER))
    front, body = document.sections[0], document.sections[1]
    assert place_named(front, "1") == "on the cover page"
    assert place_named(body, "3") == 'in "Section 1. Eligibility" on page 3'
