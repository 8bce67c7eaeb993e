"""A project started at Amendment No. 2 (No. 1 was filed before the tool was used): the
opening of No. 3 names both earlier amendments, dating the one the project holds, rather
than a bare ", as amended"."""

from __future__ import annotations

from amendtool.core.exhibits import as_amended_phrase
from amendtool.core.filing_document import schedule_to_blocks
from amendtool.core.series import Series
from amendtool.io.load import load_document
from tests.conftest import SAMPLES
from tests.support.series import filing


def test_the_third_names_the_first_and_the_second() -> None:
    original = load_document(SAMPLES / "offer-to-exchange.docx")
    revised = load_document(SAMPLES / "offer-to-exchange-revised.docx")
    series = Series(original)
    series.draft(revised, filing(2))  # April 7, 2026
    series.draft(original, filing(3))
    third = series.amendment(1)
    assert third is not None
    assert as_amended_phrase(third) == (
        ", as amended by Amendment No. 1 and Amendment No. 2 filed on April 7, 2026"
    )
    opening = next(
        b.text for b in schedule_to_blocks(third) if b.text.startswith("This Amendment No. 3")
    )
    assert "as amended by Amendment No. 1 and Amendment No. 2 filed on April 7, 2026, by" in (
        opening
    )


def test_the_fourth_names_the_amendments_before_the_project_together() -> None:
    original = load_document(SAMPLES / "offer-to-exchange.docx")
    revised = load_document(SAMPLES / "offer-to-exchange-revised.docx")
    series = Series(original)
    series.draft(revised, filing(3))  # April 10, 2026
    series.draft(original, filing(4))  # April 13, 2026
    fourth = series.amendment(1)
    assert fourth is not None
    assert as_amended_phrase(fourth) == (
        ", as amended by Amendment Nos. 1 and 2 and Amendment No. 3 filed on April 10, 2026"
    )
