"""A saved project of the bundled sample for the series commands: Amendment No. 1 drafted
from the sample's revision (the precedent's notice, so its check is clean) with its outputs
recorded in a folder; filing details for the next amendments written from the sample's."""

from __future__ import annotations

import dataclasses
import datetime as dt
import tomllib
from pathlib import Path

import pytest
import tomli_w

from amendtool.cli import main
from amendtool.core.filing import load_filing
from amendtool.core.series import Series
from amendtool.io.load import load_document
from amendtool.io.project_file import Project, save_project
from tests.conftest import SAMPLES


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    """The command run as the console runs it: (exit status, stdout, stderr)."""
    capsys.readouterr()
    status = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return status, out, err


def filing_toml(target: Path, source: Path = SAMPLES / "filing.toml", **changes: object) -> Path:
    """A copy of the filing details with values changed (amendment__number=2 sets
    [amendment] number), the notice in the precedent's form unless changed."""
    data = tomllib.loads(source.read_text(encoding="utf-8"))
    data.setdefault("notice", {})["style"] = "precedent"
    for key, value in changes.items():
        table, name = key.split("__")
        data.setdefault(table, {})[name] = value
    target.write_text(tomli_w.dumps(data), encoding="utf-8")
    return target


def next_filing(folder: Path, number: int, date: dt.date, **changes: object) -> Path:
    """Amendment No. `number`'s filing details: its date and the next notice exhibit."""
    values: dict[str, object] = {
        "amendment__number": number,
        "amendment__date": date,
        "amendment__notice_exhibit": f"(a)({5 + number})",
    }
    return filing_toml(folder / f"no{number}.toml", **{**values, **changes})


def first_amendment(folder: Path, style: str = "precedent") -> Path:
    """The project of Amendment No. 1 (April 4, 2026), its outputs in folder/no1."""
    original = load_document(SAMPLES / "offer-to-exchange.docx")
    revised = load_document(SAMPLES / "offer-to-exchange-revised.docx")
    filing = dataclasses.replace(
        load_filing(SAMPLES / "filing.toml"),
        amendment_number=1,
        amendment_date=dt.date(2026, 4, 4),
        notice_style=style,
    )
    series = Series(original)
    entry = series.draft(revised, filing)
    outputs = folder / "no1"
    outputs.mkdir()
    (outputs / "schedule-to-amendment.docx").write_bytes(b"Amendment No. 1 as filed")
    entry.outputs = {"folder": str(outputs.resolve()), "files": ["schedule-to-amendment.docx"]}
    project = folder / "offer.amend"
    save_project(Project(original, series=series), project)
    return project


ORIGINAL = SAMPLES / "offer-to-exchange.docx"


def stale_second_amendment(capsys: pytest.CaptureFixture[str], folder: Path) -> Path:
    """Amendment No. 2 (April 21, 2026) drafted back to the original and exported to
    folder/no2, then item A classified: its recorded outputs are stale, and it is short of
    the period its changes require."""
    project = first_amendment(folder)
    second = next_filing(folder, 2, dt.date(2026, 4, 21))
    status, _, err = run(
        capsys,
        "amend",
        project,
        ORIGINAL,
        "--filing",
        second,
        "--out",
        folder / "no2",
        "--reverses-earlier",
    )
    assert status == 0, err
    status, _, err = run(capsys, "classify", project, "A", "clarifying")
    assert status == 0, err
    return project


def extend_as_third(
    capsys: pytest.CaptureFixture[str], project: Path, folder: Path
) -> tuple[int, str, str]:
    """`extend` to May 7, 2026 as Amendment No. 3 (April 22, 2026), its outputs to folder/no3."""
    third = next_filing(folder, 3, dt.date(2026, 4, 22))
    return run(
        capsys, "extend", project, "--to", "2026-05-07 23:59", "--filing", third,
        "--out", folder / "no3",
    )  # fmt: skip
