"""The results amendment's count of new securities is held to the exchange ratio in force,
as the series of amendments left it: one New Option for every two shares and 1,800,000
shares accepted give 900,000, give or take the rounding for each holder."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from amendtool.core.checks import run_checks
from amendtool.core.model import Document
from amendtool.core.series import Series
from amendtool.core.series_steps import draft_results
from amendtool.io.load import load_document
from tests.conftest import SAMPLES
from tests.core.test_series_extension import EXPIRATION, filing

RATIO = (
    "For every {n} shares subject to an Eligible Option you tender, you will receive one "
    "New Option."
)


def stating(document: Document, sentence: str) -> Document:
    """The offer with `sentence` added to the first paragraph of Section 1."""
    sections = []
    for section in document.sections:
        if section.number == "1":
            first = section.paragraphs[0]
            changed = dataclasses.replace(first, text=f"{first.text} {sentence}")
            section = dataclasses.replace(section, paragraphs=[changed, *section.paragraphs[1:]])
        sections.append(section)
    return dataclasses.replace(document, sections=sections)


def warnings(issued: int, holders: int | None = None, amended_to: str = "two") -> list[str]:
    """The ratio warnings of the results amendment of an offer filed at one for every three
    and amended (No. 1) to `amended_to`."""
    original = stating(load_document(SAMPLES / "offer-to-exchange.docx"), RATIO.format(n="three"))
    series = Series(original)
    series.draft(
        stating(load_document(SAMPLES / "offer-to-exchange.docx"), RATIO.format(n=amended_to)),
        filing(1, dt.date(2026, 4, 6), EXPIRATION),
    )
    series.file(len(series.amendments) - 1)
    details = filing(2, dt.date(2026, 4, 24), EXPIRATION)
    counts: dict[str, object] = {"tendered": 1800000, "accepted": 1800000, "issued": issued}
    if holders is not None:
        counts["holders"] = holders
    draft_results(series, details, {"results": {**counts, "grant_date": "2026-04-24"}})
    amendment = series.amendment(-1)
    assert amendment is not None
    return [f.message for f in run_checks(amendment) if f.code == "results_ratio"]


def test_a_count_of_new_securities_off_the_ratio_in_force_is_named() -> None:
    [warning] = warnings(1800000)
    assert "1,800,000" in warning and "900,000" in warning, warning
    assert "one for every two" in warning
    assert "rounding" in warning


@pytest.mark.parametrize(
    ("issued", "holders"), [(900000, None), (899900, 212), (900000, 212), (899999, None)]
)
def test_a_count_on_the_ratio_give_or_take_rounding_per_holder_stands(
    issued: int, holders: int | None
) -> None:
    assert warnings(issued, holders) == []


def test_rounding_beyond_one_a_holder_is_named() -> None:
    [warning] = warnings(899000, holders=212)
    assert "900,000" in warning and "212" in warning, warning


def test_the_ratio_of_the_offer_as_filed_no_longer_counts() -> None:
    # 600,000 is right at one for every three, the ratio before Amendment No. 1
    [warning] = warnings(600000)
    assert "900,000" in warning
    assert warnings(600000, amended_to="three") == []
