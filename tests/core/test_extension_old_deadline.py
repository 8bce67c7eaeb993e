"""An extension's notice says the deadline once, and what it was is the expiration in force
before the amendment: never the old time with the new date, nor the new time with the old
date, pieced together from a legend that names the offer and withdrawal rights together."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import pytest

from amendtool.core.amendment import Amendment
from amendtool.core.checks import run_checks
from amendtool.core.filing_document import notice_blocks
from amendtool.core.layout import plain_text
from amendtool.core.model import Document
from amendtool.core.plain_facts import fact_changes
from amendtool.core.series import Series
from amendtool.io.load import load_document
from tests.conftest import SAMPLES
from tests.core.test_series_extension import EXPIRATION, extension, filing

LEGEND = (
    "THE OFFER AND WITHDRAWAL RIGHTS WILL EXPIRE AT 5:00 P.M., NEW YORK CITY TIME, ON JUNE "
    "12, 2026, UNLESS THE OFFER IS EXTENDED."
)


def test_a_legend_moved_in_time_and_date_is_one_deadline_whole() -> None:
    new = LEGEND.replace("5:00 P.M.", "12:00 MIDNIGHT").replace("JUNE 12", "JUNE 22")
    changes, _ = fact_changes(LEGEND, new)
    said = [(c.old, c.new) for c in changes]
    # a midnight is the end of its day, never "on" it (which midnight?)
    assert said == [("5:00 p.m. on June 12, 2026", "12:00 midnight at the end of June 22, 2026")]


def _will_expire(document: Document) -> Document:
    """The sample's legend in the future tense, as many offers print it."""
    sections = [
        dataclasses.replace(
            s,
            paragraphs=[
                dataclasses.replace(p, text=p.text.replace("RIGHTS EXPIRE", "RIGHTS WILL EXPIRE"))
                for p in s.paragraphs
            ],
        )
        for s in document.sections
    ]
    return dataclasses.replace(document, sections=sections)


@pytest.fixture(scope="module")
def extended() -> Amendment:
    series = Series(_will_expire(load_document(SAMPLES / "offer-to-exchange.docx")))
    series.draft(
        _will_expire(load_document(SAMPLES / "offer-to-exchange.docx")),
        filing(1, dt.date(2026, 4, 13), EXPIRATION),
    )
    extension(series, dt.date(2026, 4, 22), dt.datetime(2026, 5, 2, 0, 0))
    amendment = series.amendment(1)
    assert amendment is not None
    return amendment


def test_the_extension_notice_says_the_old_deadline_once_and_right(
    extended: Amendment,
) -> None:
    text = " ".join(plain_text(notice_blocks(extended)).split())
    was = re.findall(r"It was (?:going to end at )?(.+?\d{4})\.", text)
    assert len(was) == 2, text  # the answer to "What is the new deadline?", and the change
    assert was[1] == "11:59 p.m., Eastern Time, on Thursday, April 23, 2026", text
    assert all("April 23" in w and "11:59 p.m." in w for w in was), text
    assert text.count("The deadline is now") == 1, text


def test_a_notice_deadline_other_than_the_series_is_an_error(extended: Amendment) -> None:
    assert not [f for f in run_checks(extended) if f.code == "notice_deadline"]
    # the text moves the deadline from April 23, but the series held April 24 before it
    other = dataclasses.replace(extended, extended_from=dt.datetime(2026, 4, 24, 23, 59))
    found = [f for f in run_checks(other) if f.code == "notice_deadline"]
    assert found and all(f.severity == "error" for f in found)
    assert "was 11:59 p.m. on April 24, 2026" in found[0].message
