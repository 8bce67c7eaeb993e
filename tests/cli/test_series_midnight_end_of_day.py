"""An extension to 12:00 midnight says the day it ends everywhere it states the deadline: the
offer's restated sentences, Item 4 and the employee notice (its answers and its "Deadline"
block) all say "12:00 midnight, Eastern Time, at the end of April 30, 2026"; "on April 30"
leaves the reader asking which midnight."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

import pytest

from amendtool.core.filing import load_filing
from amendtool.core.filing_document import notice_blocks
from amendtool.core.layout import plain_text
from amendtool.core.offer_zone import zoned
from amendtool.core.plain_answers import deadline_answer
from amendtool.core.series import Series
from amendtool.io.load import load_document
from amendtool.io.project_file import load_project
from tests.conftest import SAMPLES
from tests.support.series_cli import first_amendment, next_filing, run

# a midnight said "on" its day: "12:00 midnight, Eastern Time, on April 30, 2026"
ON_THE_DAY = re.compile(
    r"midnight(?:,? [A-Za-z ]+?)?,? on (?:[A-Z][a-z]+day, )?[A-Z][a-z]+ \d", re.I
)


@pytest.mark.parametrize("style", ["plain", "precedent"])
@pytest.mark.parametrize("to", ["2026-04-30 midnight", "2026-04-30 24:00"])
def test_every_statement_of_a_midnight_deadline_says_the_end_of_the_day(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, style: str, to: str
) -> None:
    project = first_amendment(tmp_path)
    filing = next_filing(tmp_path, 2, dt.date(2026, 4, 20), notice__style=style)
    out = tmp_path / "no2"
    status, _, err = run(capsys, "extend", project, "--to", to, "--filing", filing, "--out", out)
    assert status == 0, err
    written = {p.name: " ".join(p.read_text(encoding="utf-8").split()) for p in out.glob("*.txt")}
    assert len(written) == 2
    for name, text in written.items():
        assert "midnight" in text.lower(), name
        said = [m.group(0) for m in ON_THE_DAY.finditer(text)]
        assert not said, (name, said)
    if style == "plain":  # every change is the deadline's: no paragraph is left to counsel
        assert "[" not in written["exhibit-a7.txt"], written["exhibit-a7.txt"]
    status, out, err = run(capsys, "check", project)
    assert status == 0 and "checked: no errors" in out, err
    revised = load_project(project).series.current.revised
    stated = [p.text for p in revised.paragraphs() if "april 30" in p.text.lower()]
    assert stated
    for text in stated:
        assert not ON_THE_DAY.search(text), text
        assert re.search(r"midnight, Eastern Time, at the end of April 30, 2026", text, re.I)


@pytest.mark.parametrize(
    ("value", "sentence", "zone", "said"),
    [
        (
            "12:00 midnight on July 16, 2026",
            "",
            "Eastern Time",
            "12:00 midnight, Eastern Time, at the end of July 16, 2026",
        ),
        ("12:00 midnight on July 16, 2026", "", "", "12:00 midnight at the end of July 16, 2026"),
        (
            "12:00 midnight on July 16, 2026",
            "before 12:00 midnight, Pacific Time, on July 16, 2026.",
            "",
            "12:00 midnight, Pacific Time, at the end of July 16, 2026",
        ),
        (
            "5:00 p.m. on July 16, 2026",
            "",
            "Eastern Time",
            "5:00 p.m., Eastern Time, on July 16, 2026",
        ),
    ],
)
def test_a_plain_deadline_at_midnight_is_the_end_of_its_day(
    value: str, sentence: str, zone: str, said: str
) -> None:
    assert zoned(value, sentence, zone) == said


def test_an_amendment_moving_the_deadline_to_midnight_answers_that_it_changed() -> None:
    """An amendment whose revision moves the deadline to 12:00 midnight with another change:
    the notice says the deadline is now "…, at the end of Thursday, April 30", and asked
    whether the deadline is the same, "No. The deadline is now …, at the end of …"."""
    old, new = (
        "11:59 p.m., Eastern Time, on April 23, 2026",
        "12:00 midnight, Eastern Time, on April 30, 2026",
    )
    original = load_document(SAMPLES / "offer-to-exchange.docx")
    sections = [
        dataclasses.replace(
            s,
            paragraphs=[
                dataclasses.replace(p, text=p.text.replace(old, new)) for p in s.paragraphs
            ],
        )
        for s in original.sections
    ]
    revised = dataclasses.replace(original, sections=sections)
    details = dataclasses.replace(
        load_filing(SAMPLES / "filing.toml"),
        amendment_number=1,
        amendment_date=dt.date(2026, 4, 13),
        expiration=dt.datetime(2026, 5, 1, 0, 0),
    )
    series = Series(original)
    series.draft(revised, details)
    amendment = series.amendment(0)
    assert amendment is not None
    text = " ".join(plain_text(notice_blocks(amendment)).split())
    assert (
        "The deadline is now 12:00 midnight, Eastern Time, at the end of Thursday, April 30, "
        "2026. It was 11:59 p.m., Eastern Time, on Thursday, April 23, 2026." in text
    ), text
    assert not ON_THE_DAY.search(text.split("The exact changes")[0]), text
    # the answer an amendment's notice gives to "Is the deadline the same?"
    assert deadline_answer(amendment).startswith(
        "No. The deadline is now 12:00 midnight, Eastern Time, at the end of Thursday, April 30"
    )
