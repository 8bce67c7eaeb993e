"""The notice's memo block says what this notice is about: a results or extension notice
does not go out under the subject of the amendment before it (carried over in the filing
details), while a subject counsel wrote for it is kept."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from amendtool.core.amendment import Amendment
from amendtool.core.filing_document import notice_blocks
from amendtool.core.layout import Role
from amendtool.core.series import AmendmentKind, Series
from amendtool.io.load import load_document
from tests.conftest import SAMPLES
from tests.core.test_series_extension import EXPIRATION, extension, filing

RESULTS = {"tendered": 100, "accepted": 90, "issued": 45, "grant_date": "2026-05-26"}
EARLIER = "Amendment to Offer to Exchange and Reminder of Expiration Date of the Offer"


def subject(amendment: Amendment) -> str:
    fields = amendment.wording.notice_document["fields"]
    [block] = [b for b in notice_blocks(amendment) if b.role is Role.MEMO and b.label == fields[3]]
    return block.text


def series_with_results(notice_subject: str) -> Amendment:
    original = load_document(SAMPLES / "offer-to-exchange.docx")
    series = Series(original)
    details = dataclasses.replace(
        filing(1, dt.date(2026, 4, 24), EXPIRATION), notice_subject=notice_subject
    )
    series.draft(original, details, kind=AmendmentKind.RESULTS)
    series.current.results = RESULTS
    final = series.amendment(0)
    assert final is not None
    return final


@pytest.mark.parametrize("style", ["plain", "precedent"])
def test_the_results_notice_says_it_reports_the_results(style: str) -> None:
    final = series_with_results(EARLIER)
    assert final.filing.notice_subject == EARLIER  # carried over from the amendment before
    final = dataclasses.replace(final, filing=dataclasses.replace(final.filing, notice_style=style))
    said = subject(final)
    assert said != EARLIER
    assert "Results" in said and "Offer to Exchange" in said
    assert "Reminder of Expiration" not in said


def test_a_subject_counsel_wrote_for_the_results_is_kept() -> None:
    own = "Final Results of the Stock Option Exchange Program"
    assert subject(series_with_results(own)) == own


def test_the_extension_notice_says_it_extends_the_offer() -> None:
    series = first_amendment()
    extension(series, dt.date(2026, 4, 22), dt.datetime(2026, 5, 1, 23, 59))
    extended = series.amendment(1)
    assert extended is not None
    assert extended.filing.notice_subject == EARLIER
    for style in ("plain", "precedent"):
        styled = dataclasses.replace(
            extended, filing=dataclasses.replace(extended.filing, notice_style=style)
        )
        said = subject(styled)
        assert "Extension" in said and said != EARLIER


def first_amendment() -> Series:
    series = Series(load_document(SAMPLES / "offer-to-exchange.docx"))
    series.draft(
        load_document(SAMPLES / "offer-to-exchange-revised.docx"),
        filing(1, dt.date(2026, 4, 4), EXPIRATION),
    )
    return series


def test_an_ordinary_amendment_keeps_counsels_subject() -> None:
    drafted = first_amendment().amendment(0)
    assert drafted is not None
    assert subject(drafted) == EARLIER
