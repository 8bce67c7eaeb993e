"""An extension that changes anything besides the expiration (disclosure no rule calls a term:
"annual, quarterly and current reports" → "annual and current reports") never says the other
terms remain unchanged without excepting what the amendment changes: which sentence Item 4
and the notice say rests on the items, not on the amendment being an extension."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from amendtool.core.amendment import Amendment
from amendtool.core.extension import extended_document
from amendtool.core.filing_document import notice_blocks
from amendtool.core.items import Materiality
from amendtool.core.layout import Role
from amendtool.core.model import Document
from amendtool.core.series import AmendmentKind, Series
from amendtool.io.load import load_document
from tests.conftest import SAMPLES
from tests.core.test_extension_with_terms import generated, styled
from tests.core.test_series_extension import EXPIRATION, filing

UNQUALIFIED = "The other terms and conditions of the Offer remain unchanged."
ALSO = "also amended as set forth in this Amendment"


def _reports_fewer(document: Document) -> Document:
    old, new = "annual, quarterly and current reports", "annual and current reports"
    sections = [
        dataclasses.replace(
            s,
            paragraphs=[
                dataclasses.replace(p, text=p.text.replace(old, new)) for p in s.paragraphs
            ],
        )
        for s in document.sections
    ]
    return dataclasses.replace(document, sections=sections)


def _extension(other: bool) -> Amendment:
    original = load_document(SAMPLES / "offer-to-exchange.docx")
    series = Series(original)
    details = filing(1, dt.date(2026, 4, 22), dt.datetime(2026, 4, 28, 23, 59))
    zone = details.zone
    extended = extended_document(
        original,
        EXPIRATION.replace(tzinfo=zone),
        dt.datetime(2026, 4, 28, 23, 59, tzinfo=zone),
        details.time_zone,
    )
    revised = _reports_fewer(extended) if other else extended
    entry = series.draft(revised, details, kind=AmendmentKind.EXTENSION)
    entry.extended_from = EXPIRATION
    amendment = series.amendment(0)
    assert amendment is not None
    return amendment


@pytest.mark.parametrize("style", ["plain", "precedent"])
def test_an_extension_that_changes_other_disclosure_excepts_it(style: str) -> None:
    amendment = styled(_extension(other=True), style)
    kinds = {item.materiality for item in amendment.change_items}
    assert Materiality.CLARIFYING in kinds  # no term: the rules do not call it one
    text = generated(amendment)
    assert UNQUALIFIED not in text, text
    assert "remain unchanged" not in text or "Except as" in text, text
    assert ALSO in text, text


@pytest.mark.parametrize("style", ["plain", "precedent"])
def test_an_extension_alone_still_says_the_other_terms_are_unchanged(style: str) -> None:
    text = generated(styled(_extension(other=False), style))
    assert UNQUALIFIED in text, text
    assert ALSO not in text, text


def test_the_notice_tells_the_deleted_words_as_a_change() -> None:
    text = generated(styled(_extension(other=True), "plain"))
    assert "corrected wording and typography" not in text, text


@pytest.mark.parametrize("style", ["plain", "precedent"])
def test_the_notice_of_an_extension_that_changes_other_text_names_the_amendment(
    style: str,
) -> None:
    amendment = styled(_extension(other=True), style)
    title = next(b.text for b in notice_blocks(amendment) if b.role is Role.CENTER_BOLD)
    assert title == "NOTICE OF AMENDMENT AND EXTENSION OF THE OFFER TO EXCHANGE"
    [notice] = [e for e in amendment.exhibits() if e.label == amendment.filing.notice_exhibit]
    assert notice.description.startswith("Notice of Amendment and Extension of Offer to Exchange")
    text = generated(amendment)
    assert "changed the terms" not in text, text  # no term changed: the notice does not say so
