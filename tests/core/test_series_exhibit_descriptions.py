"""A later amendment lists each exhibit an earlier amendment of the series filed exactly as
that amendment described it when it was filed, whatever the earlier amendment's kind."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from amendtool.core.extension import extended_document
from amendtool.core.series import AmendmentKind, Series
from amendtool.io.load import load_document
from tests.conftest import SAMPLES
from tests.core.test_series_extension import EXPIRATION, filing, lower_threshold

NEW_EXPIRATION = dt.datetime(2026, 5, 8, 23, 59)


def first_amendment(series: Series, kind: str) -> None:
    """Amendment No. 1 of `kind`: a change of terms, an extension alone, or both at once."""
    details = filing(1, dt.date(2026, 4, 22), NEW_EXPIRATION)
    if kind == "text":
        series.draft(lower_threshold(series.original), details)
        return
    zone = details.zone
    extended = extended_document(
        series.original,
        EXPIRATION.replace(tzinfo=zone),
        NEW_EXPIRATION.replace(tzinfo=zone),
        details.time_zone,
    )
    revised = lower_threshold(extended) if kind == "extension_terms" else extended
    entry = series.draft(revised, details, kind=AmendmentKind.EXTENSION)
    entry.extended_from = EXPIRATION


@pytest.mark.parametrize("kind", ["text", "extension", "extension_terms"])
def test_an_earlier_exhibit_is_listed_as_it_was_filed(kind: str) -> None:
    series = Series(load_document(SAMPLES / "offer-to-exchange.docx"))
    first_amendment(series, kind)
    filed = series.amendment(0)
    assert filed is not None and filed.wording_kind == kind
    as_filed = {e.label: e.description for e in filed.exhibits()}

    base = series.base(1)
    revised = dataclasses.replace(base, sections=base.sections)
    series.draft(revised, filing(2, dt.date(2026, 4, 29), NEW_EXPIRATION))
    later = series.amendment(1)
    assert later is not None
    listed = {e.label: e.description for e in later.previously_filed()}
    for label, description in as_filed.items():
        assert listed[label] == description
