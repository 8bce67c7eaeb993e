"""Filing details of another offer are refused, naming the detail and both values (the
issuer, the CUSIP, every detail the statement as filed fixes for good), and as another
offer's first: before their amendment number or date is compared with the series (an
earlier date or a wrong number would hide that they describe a different offer)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from amendtool.io.project_file import load_project
from tests.cli.test_series_refusals import REVISED, project, refused
from tests.conftest import EXAMPLE_DIR
from tests.support.series_cli import ORIGINAL, filing_toml, first_amendment, next_filing, run

__all__ = ["project"]  # the fixture: Amendment No. 1 of the sample

OTHER = {"issuer__name": "Corvane Biosciences, Inc."}


@pytest.mark.parametrize(
    "mismatch",
    [
        {"amendment__date": dt.date(2026, 4, 1)},  # before No. 1's
        {"amendment__number": 5},  # not the next number
    ],
)
def test_another_offers_details_are_refused_as_such_first(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, mismatch: dict[str, object]
) -> None:
    project = first_amendment(tmp_path)
    before = project.read_bytes()
    filing = next_filing(tmp_path, 2, dt.date(2026, 4, 14), **OTHER, **mismatch)
    status, _, err = run(
        capsys, "amend", project, ORIGINAL, "--filing", filing, "--out", tmp_path / "no2"
    )
    assert status == 2, err
    [line] = err.strip().splitlines()
    assert "issuer.name = Corvane Biosciences, Inc." in line, line
    assert "amendment.date" not in line and "amendment.number" not in line, line
    assert project.read_bytes() == before


def test_filing_details_of_another_offer_are_refused(
    capsys: pytest.CaptureFixture[str], project: Path, tmp_path: Path
) -> None:
    before = project.read_bytes()
    other = filing_toml(
        tmp_path / "mpower.toml",
        EXAMPLE_DIR / "filing.toml",
        amendment__number=2,
        amendment__date=dt.date(2026, 4, 21),
    )
    line = refused(
        run(capsys, "amend", project, REVISED, "--filing", other, "--out", tmp_path / "no2"),
        "mpower.toml",
        "Mpower Holding Corporation",
        "Halvorsen",
        "another offer",
    )
    assert "issuer.name" in line
    # the same issuer, but another class of securities (CUSIP)
    cusip = next_filing(tmp_path, 2, dt.date(2026, 4, 21), securities__cusip="62473L101")
    refused(
        run(capsys, "amend", project, REVISED, "--filing", cusip, "--out", tmp_path / "no2"),
        "no2.toml",
        "securities.cusip",
        "62473L101",
    )
    assert not (tmp_path / "no2").exists() and project.read_bytes() == before


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("securities.title", "Options to purchase common stock of another issuer"),
        ("offer.document_title", "Offer to Purchase"),
        ("offer.document_exhibit", "(a)(2)"),
        ("offer.election_form_exhibit", "(a)(4)"),
        ("offer.time_zone", "America/Chicago"),
    ],
)
def test_each_detail_that_names_the_filed_statement_is_compared(
    capsys: pytest.CaptureFixture[str], project: Path, tmp_path: Path, key: str, value: str
) -> None:
    """Every filing detail the statement as filed fixes for good (what it calls the offer
    document, the exhibits it filed, the zone of its deadline) must be the series' own:
    another's, pasted from another deal, is refused naming the key and both values."""
    before = project.read_bytes()
    ours = load_project(project).series.amendments[0].filing
    assert ours is not None
    attribute = {
        "securities.title": "securities_title",
        "offer.document_title": "document_title",
        "offer.document_exhibit": "document_exhibit",
        "offer.election_form_exhibit": "election_form_exhibit",
        "offer.time_zone": "time_zone",
    }[key]
    other = next_filing(tmp_path, 2, dt.date(2026, 4, 21), **{key.replace(".", "__"): value})
    refused(
        run(capsys, "amend", project, REVISED, "--filing", other, "--out", tmp_path / "no2"),
        "no2.toml",
        f"{key} = {value}",
        f"{key} = {getattr(ours, attribute)}",
    )
    assert not (tmp_path / "no2").exists() and project.read_bytes() == before
