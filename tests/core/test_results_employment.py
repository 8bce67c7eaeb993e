"""The results notice tells employees they must still work for the company on the grant date
only when the offer says so: a condition the offer does not state is never invented."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import pytest

from amendtool.core.filing_document import notice_blocks
from amendtool.core.layout import plain_text
from amendtool.core.model import Document
from amendtool.core.series import Series
from amendtool.core.series_steps import draft_results
from amendtool.io.load import load_document
from tests.conftest import SAMPLES
from tests.core.test_results_grant import results_filing

EMPLOYMENT = re.compile(r"work for us|worked for us|your employment", re.IGNORECASE)


def without_employment_condition(document: Document) -> Document:
    """The sample offer with every paragraph that speaks of employment taken out."""
    sections = [
        dataclasses.replace(
            s, paragraphs=[p for p in s.paragraphs if "employ" not in p.text.lower()]
        )
        for s in document.sections
    ]
    return dataclasses.replace(document, sections=sections)


def results_notice(offer: Document, date: dt.date, grant: dt.date) -> str:
    series = Series(offer)
    data = {
        "results": {
            "tendered": 1200000,
            "accepted": 1150000,
            "issued": 575000,
            "grant_date": grant.isoformat(),
        }
    }
    draft_results(series, results_filing(date), data)
    amendment = series.amendment(-1)
    assert amendment is not None
    return " ".join(plain_text(notice_blocks(amendment)).split())


GRANTS = [
    (dt.date(2026, 4, 24), dt.date(2026, 10, 26)),  # a grant still to come
    (dt.date(2026, 4, 28), dt.date(2026, 4, 24)),  # a grant made by the notice's date
]


@pytest.mark.parametrize(("date", "grant"), GRANTS)
def test_an_offer_that_states_the_condition_is_told_with_it(date: dt.date, grant: dt.date) -> None:
    offer = load_document(SAMPLES / "offer-to-exchange.docx")
    text = results_notice(offer, date, grant)
    assert EMPLOYMENT.search(text)


@pytest.mark.parametrize(("date", "grant"), GRANTS)
def test_an_offer_without_the_condition_is_told_without_it(date: dt.date, grant: dt.date) -> None:
    offer = without_employment_condition(load_document(SAMPLES / "offer-to-exchange.docx"))
    text = results_notice(offer, date, grant)
    assert not EMPLOYMENT.search(text), EMPLOYMENT.search(text)
    assert "If we accepted your Eligible Options, you " in text
    assert "also apply" not in text  # no reminder that tells an employee nothing
