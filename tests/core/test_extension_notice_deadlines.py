"""The employee notice of an extension names the new deadline where it tells employees what
they may still do: withdraw what they tendered, and make or change their election, each
before the new deadline as a date and time, in the plain notice and in the precedent's."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from amendtool.core.amendment import Amendment
from amendtool.core.filing_document import notice_blocks
from amendtool.core.layout import plain_text
from amendtool.core.series import Series
from amendtool.io.load import load_document
from tests.conftest import SAMPLES
from tests.core.test_series_extension import EXPIRATION, extension, filing, lower_threshold

NEW = "12:00 midnight, Eastern Time, at the end of {}May 1, 2026"


@pytest.fixture(scope="module")
def extended() -> Amendment:
    original = load_document(SAMPLES / "offer-to-exchange.docx")
    series = Series(original)
    series.draft(lower_threshold(original), filing(1, dt.date(2026, 4, 20), EXPIRATION))
    extension(series, dt.date(2026, 4, 22), dt.datetime(2026, 5, 2, 0, 0))
    amendment = series.amendment(1)
    assert amendment is not None
    return amendment


def sentences(amendment: Amendment) -> list[str]:
    text = " ".join(plain_text(notice_blocks(amendment)).split())
    return [s.strip() for s in text.replace("? ", ". ").split(". ")]


def named(sentences: list[str], *words: str) -> list[str]:
    return [s for s in sentences if all(w in s.lower() for w in words)]


def test_the_plain_notice_names_the_withdrawal_and_election_deadlines(
    extended: Amendment,
) -> None:
    said = sentences(extended)
    deadline = NEW.format("Friday, ")
    assert any(deadline in s for s in named(said, "withdraw", "before"))
    assert any(deadline in s for s in named(said, "make an election", "before"))


def test_the_precedent_notice_names_the_withdrawal_and_election_deadlines(
    extended: Amendment,
) -> None:
    precedent = dataclasses.replace(
        extended, filing=dataclasses.replace(extended.filing, notice_style="precedent")
    )
    said = sentences(precedent)
    deadline = NEW.format("")
    assert any(deadline in s for s in named(said, "withdraw", "before"))
    assert any(deadline in s for s in named(said, "election", "before"))
    assert not named(said, "before the new expiration")
