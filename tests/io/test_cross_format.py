"""Counsel's revised draft is often a Word file while the original was filed as EDGAR text
(or the other way round): the items must not depend on the formats."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.drafting import draft_items
from amendtool.core.wording import filing_text
from amendtool.io.load import load_document
from tests.conftest import SAMPLES


def instructions(original: Path, revised: Path) -> list[str]:
    result = draft_items(load_document(original), load_document(revised))
    return [filing_text(item, "(a)(1)") for item in result.items]


@pytest.mark.parametrize(
    ("original", "revised"),
    [
        ("offer-to-exchange.txt", "offer-to-exchange-revised.docx"),
        ("offer-to-exchange.docx", "offer-to-exchange-revised.txt"),
    ],
)
def test_items_do_not_depend_on_the_formats_compared(original: str, revised: str) -> None:
    same_format = instructions(
        SAMPLES / "offer-to-exchange.txt", SAMPLES / "offer-to-exchange-revised.txt"
    )
    assert len(same_format) == 6
    assert instructions(SAMPLES / original, SAMPLES / revised) == same_format


def test_every_layout_of_the_original_gives_the_same_items(
    fixture_files: dict[str, Path],
) -> None:
    expected = instructions(
        SAMPLES / "offer-to-exchange.txt", SAMPLES / "offer-to-exchange-revised.docx"
    )
    for name in ("styles_docx", "bold_docx", "edgar_htm"):
        assert (
            instructions(fixture_files[name], SAMPLES / "offer-to-exchange-revised.docx")
            == expected
        ), name
