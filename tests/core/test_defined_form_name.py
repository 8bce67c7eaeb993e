"""The form holders or employees return is a defined term where the filing defines it:
typed in lower case in the filing details ("election form"), the opening still defines it
as a term is defined, '(the "Election Form" …)', and reads "the related election form"."""

from __future__ import annotations

import dataclasses
import datetime as dt

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing_document import schedule_to_blocks
from tests.core.test_series_extension import filing
from tests.support.builders import doc


def _opening(form: str) -> str:
    details = dataclasses.replace(
        filing(1, dt.date(2026, 4, 15), dt.datetime(2026, 4, 30, 23, 59)), transmittal_document=form
    )
    spec = [
        ("", ["Halvorsen offers to exchange options for new options."]),
        ("1. Eligibility", ["Options are eligible."]),
    ]
    revised = [spec[0], ("1. Eligibility", ["Options granted before 2020 are eligible."])]
    amendment = draft_amendment(doc(spec), doc(revised), details)
    return next(b.text for b in schedule_to_blocks(amendment) if "amends and supplements" in b.text)


def test_a_form_typed_in_lower_case_is_defined_with_capitals() -> None:
    opening = _opening("election form")
    assert 'the related election form (the "Election Form"' in opening, opening
    assert '"election form"' not in opening


def test_a_form_typed_as_a_defined_term_is_kept_as_typed() -> None:
    opening = _opening("Letter of Transmittal")
    assert 'the related letter of transmittal (the "Letter of Transmittal"' in opening, opening
