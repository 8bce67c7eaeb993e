"""The notice is named for the amendment's kind wherever it is named as a document: the
Word file the command line writes, and the title the app's Print and Export PDF give it (a
reader's window and file list show it). An extension's is a notice of extension, an
amendment that also extends a notice of amendment and extension, the final amendment's a
notice of the results; never "Notice of Amendment" for every kind."""

from __future__ import annotations

import datetime as dt
import io

import docx
import pytest

from amendtool.core.amendment import Amendment
from amendtool.core.notice_document import notice_name
from amendtool.core.series import AmendmentKind, Series
from amendtool.io.load import load_document
from amendtool.io.outputs import NOTICE_DOCX, renderers
from tests.conftest import SAMPLES
from tests.core.test_series_extension import EXPIRATION, extension_of_the_offer, filing


def results_amendment() -> Amendment:
    original = load_document(SAMPLES / "offer-to-exchange.docx")
    series = Series(original)
    series.draft(original, filing(1, dt.date(2026, 4, 24), EXPIRATION), kind=AmendmentKind.RESULTS)
    series.current.results = {
        "tendered": 1200000,
        "accepted": 1150000,
        "issued": 575000,
        "grant_date": "2026-10-26",
    }
    amendment = series.amendment(0)
    assert amendment is not None
    return amendment


def ordinary_amendment() -> Amendment:
    original = load_document(SAMPLES / "offer-to-exchange.docx")
    series = Series(original)
    series.draft(original, filing(1, dt.date(2026, 4, 20), EXPIRATION))
    amendment = series.amendment(0)
    assert amendment is not None
    return amendment


KINDS = {
    "amendment": (ordinary_amendment, "Notice of Amendment to Offer to Exchange"),
    "extension": (
        lambda: extension_of_the_offer(lowered=False),
        "Notice of Extension of the Offer to Exchange",
    ),
    "amendment and extension": (
        lambda: extension_of_the_offer(lowered=True),
        "Notice of Amendment and Extension of the Offer to Exchange",
    ),
    "results": (results_amendment, "Notice of the Results of the Offer to Exchange"),
}


@pytest.mark.parametrize("kind", list(KINDS))
def test_the_notice_is_named_for_the_amendments_kind(kind: str) -> None:
    make, expected = KINDS[kind]
    amendment = make()
    assert notice_name(amendment) == expected
    word = renderers(amendment)[NOTICE_DOCX](amendment)
    assert docx.Document(io.BytesIO(word)).core_properties.title == expected
