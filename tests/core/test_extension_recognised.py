"""An amendment whose revised offer states a later expiration extends the offer, however it
is drafted: from a revised draft (`draft`, the app's new amendment), by `amend` or by
`extend`. It is recognised once, so each path gets the same Item 4 statement, the same
notice title and the same name in the navigator, and is counted to the new expiration."""

from __future__ import annotations

import dataclasses
import datetime as dt

from amendtool.core.amendment import draft_amendment
from amendtool.core.model import Document
from amendtool.core.series import AmendmentKind, single
from amendtool.core.series_amendment import supplements
from amendtool.io.load import load_document
from tests.conftest import SAMPLES
from tests.core.test_series_extension import EXPIRATION, filing

NEW = dt.datetime(2026, 4, 30, 23, 59)


def revised(original: Document) -> Document:
    """Counsel's revision: a lower threshold, and the expiration moved a week later."""
    sections = [
        dataclasses.replace(
            s,
            paragraphs=[
                dataclasses.replace(
                    p,
                    text=p.text.replace("April 23, 2026", "April 30, 2026").replace(
                        "$12.00", "$10.00"
                    ),
                )
                for p in s.paragraphs
            ],
        )
        for s in original.sections
    ]
    return dataclasses.replace(original, sections=sections)


def _moved(text: str) -> str:
    return text.replace("April 23, 2026", "April 30, 2026").replace(
        "APRIL 23, 2026", "APRIL 30, 2026"
    )


def test_a_revised_draft_that_moves_the_expiration_later_is_an_extension() -> None:
    original = load_document(SAMPLES / "offer-to-exchange.txt")
    for expiration in (EXPIRATION, NEW):  # filing details with the old or the new one
        details = filing(1, dt.date(2026, 4, 15), expiration)
        amendment = draft_amendment(original, revised(original), details)
        assert amendment.kind == "extension"
        assert amendment.extended_from == EXPIRATION
        assert amendment.filing.expiration.replace(tzinfo=None) == NEW
        [statement] = supplements(amendment)
        assert "April 30, 2026" in statement.text and "April 23, 2026" in statement.text


def test_a_project_of_such_a_draft_holds_an_extension() -> None:
    original = load_document(SAMPLES / "offer-to-exchange.txt")
    details = filing(1, dt.date(2026, 4, 15), NEW)
    amendment = draft_amendment(original, revised(original), details)
    series = single(original, amendment.revised, amendment.items, details)
    assert series.current.kind is AmendmentKind.EXTENSION
    assert series.current.extended_from == EXPIRATION
    again = series.amendment()
    assert again is not None and again.kind == "extension"


def test_a_revised_draft_that_keeps_the_expiration_is_no_extension() -> None:
    original = load_document(SAMPLES / "offer-to-exchange.txt")
    same = dataclasses.replace(original, sections=revised(original).sections)
    kept = [
        dataclasses.replace(
            s,
            paragraphs=[
                dataclasses.replace(
                    p,
                    text=p.text.replace("April 30, 2026", "April 23, 2026").replace(
                        "APRIL 30, 2026", "APRIL 23, 2026"
                    ),
                )
                for p in s.paragraphs
            ],
        )
        for s in same.sections
    ]
    details = filing(1, dt.date(2026, 4, 15), EXPIRATION)
    amendment = draft_amendment(original, dataclasses.replace(original, sections=kept), details)
    assert amendment.kind == "text" and amendment.extended_from is None
