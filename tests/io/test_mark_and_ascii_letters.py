"""Words of the EDGAR files: the draft mark says "write it" of one placeholder, and a letter
with no plain letter under an accent ("ø", "æ", "ß") is spelled in ASCII, not refused."""

from __future__ import annotations

import pytest

from amendtool.io.load import load_document


@pytest.mark.parametrize(
    ("count", "said"),
    [
        (1, "placeholder for counsel remains; write it"),
        (3, "placeholders for counsel remain; write them"),
    ],
)
def test_the_draft_mark_says_it_of_one_placeholder(count: int, said: str) -> None:
    from amendtool.core.amendment import draft_amendment
    from amendtool.core.filing import load_filing
    from amendtool.io.draft_marks import draft_mark
    from tests.conftest import SAMPLES

    amendment = draft_amendment(
        load_document(SAMPLES / "offer-to-exchange.txt"),
        load_document(SAMPLES / "offer-to-exchange-revised.txt"),
        load_filing(SAMPLES / "filing.toml"),
    )
    assert draft_mark(amendment, count) == f"DRAFT — NOT FOR FILING: {count} {said}, then export"


def test_letters_without_a_plain_letter_under_an_accent_are_spelled_in_ascii() -> None:
    from amendtool.io.edgar_ascii import edgar_ascii

    assert edgar_ascii("Halvørsen Æsir Straße Łódź Đặng") == "Halvorsen AEsir Strasse Lodz Dang"
