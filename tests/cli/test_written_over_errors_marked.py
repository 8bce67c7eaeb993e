"""Files written while the checks find errors (`export --force`, and `draft`, `amend`,
`extend` with errors) say they are drafts, as the app's pages printed or exported over an
error do: the first line of the EDGAR filing and notice (.txt, .htm), and in the Word filing
and notice a header, a first line and a title beginning "DRAFT". Without errors they are
written unmarked. Before, `export --force` wrote a stale price into files that looked
fileable."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
import pytest

from tests.conftest import SAMPLES
from tests.support.series_cli import filing_toml, first_amendment, next_filing, run

ORIGINAL = SAMPLES / "offer-to-exchange.docx"
REVISED = SAMPLES / "offer-to-exchange-revised.docx"
FILING_AND_NOTICE = ("schedule-to-amendment", "exhibit-a")  # the names begin so


def said_files(folder: Path) -> list[Path]:
    return sorted(
        p
        for p in folder.iterdir()
        if p.name.startswith(FILING_AND_NOTICE) or p.name.endswith("-notice.docx")
    )


def first_line(path: Path) -> str:
    if path.suffix == ".docx":
        return next(p.text for p in docx.Document(str(path)).paragraphs if p.text.strip())
    text = path.read_text(encoding="ascii")
    if path.suffix == ".htm":
        text = text.split("<body", 1)[1].split(">", 1)[1].split("</p>", 1)[0]
    return text.strip().splitlines()[0]


def assert_marked(folder: Path, errors: str) -> None:
    files = said_files(folder)
    assert {p.suffix for p in files} == {".txt", ".htm", ".docx"} and len(files) == 6, files
    for path in files:
        line = first_line(path)
        assert "DRAFT" in line and errors in line, (path.name, line)
        if path.suffix == ".docx":
            word = docx.Document(str(path))
            assert word.core_properties.title.startswith("DRAFT"), path.name
            assert "DRAFT" in word.sections[0].header.paragraphs[0].text, path.name
    for review in ("redline.docx", "conformed-offer.docx"):  # review copies, as before
        assert "DRAFT" not in first_line(folder / review)


def test_a_draft_written_over_an_error_is_marked(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    later = dt.datetime(2026, 4, 30, 23, 59)  # the offer states April 23: an error
    wrong = filing_toml(tmp_path / "filing.toml", offer__expiration=later)
    project = tmp_path / "p.amend"
    status, said, err = run(
        capsys, "draft", ORIGINAL, REVISED, "--filing", wrong, "--out", tmp_path / "d",
        "--project", project,
    )  # fmt: skip
    assert status == 0, err
    assert sum(1 for line in err.splitlines() if line.startswith("amendtool: error:")) == 1, err
    assert_marked(tmp_path / "d", "1 error")
    assert "marked DRAFT" in said, said  # the draft's summary line says so


def test_without_errors_nothing_is_marked(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    filing = filing_toml(tmp_path / "filing.toml")
    out = tmp_path / "d"
    status, _, err = run(capsys, "draft", ORIGINAL, REVISED, "--filing", filing, "--out", out)
    assert status == 0 and "error" not in err, err
    assert all("DRAFT" not in first_line(p) for p in said_files(tmp_path / "d"))


def test_extend_and_export_forced_over_an_error_are_marked(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Amendment No. 2, dated April 27, extends an offer that expired on April 23: Rule
    14e-1(d)'s announcement was due by 9:00 a.m. on April 24, an error of the checks that
    `extend` reports and writes anyway."""
    project = first_amendment(tmp_path)
    filing = next_filing(tmp_path, 2, dt.date(2026, 4, 27))
    status, out, err = run(
        capsys, "extend", project, "--to", "2026-05-07 23:59", "--filing", filing,
        "--out", tmp_path / "no2",
    )  # fmt: skip
    assert status == 0, err
    assert sum(1 for line in err.splitlines() if line.startswith("amendtool: error:")) == 1, err
    assert_marked(tmp_path / "no2", "1 error")
    assert "marked DRAFT" in out, out
    status, out, err = run(capsys, "export", project, "--out", tmp_path / "e")
    assert status == 1 and not (tmp_path / "e").exists(), err  # refused without --force
    status, out, err = run(capsys, "export", project, "--out", tmp_path / "e", "--force")
    assert status == 0, err
    assert_marked(tmp_path / "e", "1 error")
    assert "marked DRAFT" in err, err
