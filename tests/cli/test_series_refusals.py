"""What a later amendment of a series must agree with, as counsel meets it on the command
line: one expiration for the whole series, a filed amendment's folder never written over,
exhibit numbers never reused, nothing after the final amendment, no amendment marked filed
while its check finds an error, history ranges that exist (filing details of another
offer: test_series_other_offer.py). Each refusal is one line naming the file, exit status
2, nothing written or saved."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from amendtool.core.typography import fold_typography
from amendtool.io.project_file import load_project
from tests.conftest import SAMPLES
from tests.support.docx_text import docx_lines
from tests.support.series_cli import first_amendment, next_filing, run

REVISED = SAMPLES / "offer-to-exchange-revised.docx"
EXTENDED = dt.datetime(2026, 5, 7, 23, 59)


def refused(result: tuple[int, str, str], *named: str) -> str:
    status, _, err = result
    assert status == 2, err
    [line] = err.strip().splitlines()
    assert all(n in line for n in named), line
    assert "Traceback" not in err
    return line


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return first_amendment(tmp_path)


def extend(capsys: pytest.CaptureFixture[str], project: Path, folder: Path) -> None:
    """Amendment No. 2, April 21, extends the offer from April 23 to May 7, 2026."""
    filing = next_filing(folder, 2, dt.date(2026, 4, 21))
    status, _, err = run(
        capsys, "extend", project, "--to", f"{EXTENDED:%Y-%m-%d %H:%M}", "--filing", filing,
        "--out", folder / "no2",
    )  # fmt: skip
    assert status == 0, err


def test_the_results_state_the_expiration_the_series_extended_to(
    capsys: pytest.CaptureFixture[str], project: Path, tmp_path: Path
) -> None:
    extend(capsys, project, tmp_path)
    # filing details still giving the first expiration are refused, naming both dates
    stale = next_filing(tmp_path, 3, dt.date(2026, 5, 11), results__tendered=100)
    line = refused(
        run(capsys, "results", project, "--filing", stale, "--out", tmp_path / "no3"),
        "no3.toml",
        "2026-04-23 23:59",
        "11:59 p.m., Eastern Time, on May 7, 2026",
        "Amendment No. 2 extended it",
    )
    assert "offer.expiration = 2026-05-07T23:59:00" in line
    assert not (tmp_path / "no3").exists()

    filing = next_filing(
        tmp_path,
        3,
        dt.date(2026, 5, 11),
        offer__expiration=EXTENDED,
        results__tendered=2980000,
        results__accepted=2975500,
        results__issued=2975500,
        results__grant_date=dt.date(2026, 5, 26),
    )
    status, _, err = run(capsys, "results", project, "--filing", filing, "--out", tmp_path / "no3")
    assert status == 0, err
    assert "results_timing" not in err  # the offer had expired by May 11
    text = fold_typography(" ".join(docx_lines(tmp_path / "no3" / "schedule-to-amendment.docx")))
    assert "The Offer expired at 11:59 p.m., Eastern Time, on May 7, 2026." in text
    assert "April 23, 2026." not in text.split("Item 4")[-1]
    notice = fold_typography(" ".join(docx_lines(tmp_path / "no3" / "employee-notice.docx")))
    assert "May 7, 2026" in notice and "April 23, 2026" not in notice


def test_a_text_amendment_gives_the_extended_expiration_too(
    capsys: pytest.CaptureFixture[str], project: Path, tmp_path: Path
) -> None:
    extend(capsys, project, tmp_path)
    stale = next_filing(tmp_path, 3, dt.date(2026, 4, 24))
    refused(
        run(capsys, "amend", project, REVISED, "--filing", stale, "--out", tmp_path / "no3"),
        "no3.toml",
        "2026-04-23 23:59",
        "11:59 p.m., Eastern Time, on May 7, 2026",
    )
    # a revised offer that still states the old expiration would undo the extension
    filing = next_filing(tmp_path, 3, dt.date(2026, 4, 24), offer__expiration=EXTENDED)
    before = project.read_bytes()
    line = refused(
        run(capsys, "amend", project, REVISED, "--filing", filing, "--out", tmp_path / "no3"),
        "offer-to-exchange-revised.docx",
        "May 7, 2026",
        "amendtool extend",
    )
    assert "states the expiration as 11:59 p.m., eastern time, on april 23, 2026" in line.lower()
    assert "keeps the expiration" in line
    assert not (tmp_path / "no3").exists() and project.read_bytes() == before


def test_a_later_amendment_never_writes_into_a_filed_amendments_folder(
    capsys: pytest.CaptureFixture[str], project: Path, tmp_path: Path
) -> None:
    before = project.read_bytes()
    filing = next_filing(tmp_path, 2, dt.date(2026, 4, 21))
    refused(
        run(capsys, "amend", project, REVISED, "--filing", filing, "--out", tmp_path / "no1"),
        "no1",
        "Amendment No. 1",
        "give a new folder",
    )
    assert [p.name for p in (tmp_path / "no1").iterdir()] == ["schedule-to-amendment.docx"]
    assert (tmp_path / "no1" / "schedule-to-amendment.docx").read_bytes() == (
        b"Amendment No. 1 as filed"
    )
    assert project.read_bytes() == before
    # the same folder named another way is the same folder
    again = tmp_path / "no1" / ".." / "no1"
    refused(
        run(capsys, "extend", project, "--to", "2026-05-07 23:59", "--filing", filing,
            "--out", again),
        "Amendment No. 1",
    )  # fmt: skip


def test_export_never_writes_into_another_amendments_folder(
    capsys: pytest.CaptureFixture[str], project: Path, tmp_path: Path
) -> None:
    extend(capsys, project, tmp_path)
    refused(
        run(capsys, "export", project, "--out", tmp_path / "no1", "--force"),
        "no1",
        "holds the outputs of Amendment No. 1 (filed)",
        "Amendment No. 2 there",
    )
    assert (tmp_path / "no1" / "schedule-to-amendment.docx").read_bytes() == (
        b"Amendment No. 1 as filed"
    )
    refused(
        run(capsys, "export", project, "--amendment", "1", "--out", tmp_path / "no2"),
        "no2",
        "holds the outputs of Amendment No. 2",
    )


def test_an_exhibit_number_already_filed_is_refused_with_the_next_free_one(
    capsys: pytest.CaptureFixture[str], project: Path, tmp_path: Path
) -> None:
    reused = next_filing(tmp_path, 2, dt.date(2026, 4, 21), amendment__notice_exhibit="(a)(6)")
    line = refused(
        run(capsys, "amend", project, REVISED, "--filing", reused, "--out", tmp_path / "no2"),
        "no2.toml",
        "(a)(6)",
        "Amendment No. 1",
    )
    assert 'notice_exhibit = "(a)(7)"' in line
    offer = next_filing(tmp_path, 2, dt.date(2026, 4, 21), amendment__notice_exhibit="(a)(1)")
    line = refused(
        run(capsys, "amend", project, REVISED, "--filing", offer, "--out", tmp_path / "no2"),
        "(a)(1)",
        "Offer to Exchange",
    )
    assert 'notice_exhibit = "(a)(7)"' in line  # after the highest, never a gap below it
    assert not (tmp_path / "no2").exists()


def test_nothing_follows_the_final_amendment(
    capsys: pytest.CaptureFixture[str], project: Path, tmp_path: Path
) -> None:
    extend(capsys, project, tmp_path)
    results = next_filing(
        tmp_path,
        3,
        dt.date(2026, 5, 11),
        offer__expiration=EXTENDED,
        results__tendered=100,
        results__accepted=100,
        results__issued=100,
        results__grant_date=dt.date(2026, 5, 26),
    )
    status, _, err = run(capsys, "results", project, "--filing", results, "--out", tmp_path / "no3")
    assert status == 0, err
    before = project.read_bytes()
    later = next_filing(tmp_path, 4, dt.date(2026, 5, 12), offer__expiration=EXTENDED)
    for command in (
        ["amend", project, SAMPLES / "offer-to-exchange.docx"],
        ["extend", project, "--to", "2026-06-01 23:59"],
    ):
        refused(
            run(capsys, *command, "--filing", later, "--out", tmp_path / "no4"),
            "offer.amend",
            "Amendment No. 3 is the final amendment",
            "closed",
        )
    assert not (tmp_path / "no4").exists() and project.read_bytes() == before
    assert [a.number for a in load_project(project).series.amendments] == [1, 2, 3]


def test_a_draft_extension_is_not_drafted_again_as_a_text_amendment(
    capsys: pytest.CaptureFixture[str], project: Path, tmp_path: Path
) -> None:
    extend(capsys, project, tmp_path)
    again = next_filing(tmp_path, 2, dt.date(2026, 4, 21), offer__expiration=EXTENDED)
    refused(
        run(capsys, "amend", project, REVISED, "--filing", again, "--out", tmp_path / "no2"),
        "offer.amend",
        "Amendment No. 2 is an extension, still a draft",
        "amendtool extend",
        "'amendtool amend … --to' to change the offer in it too",
    )
    assert load_project(project).series.current.kind.value == "extension"


def test_an_amendment_whose_check_finds_an_error_is_not_marked_filed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    project = first_amendment(tmp_path, style="plain")  # its notice awaits counsel's words
    before = project.read_bytes()
    filing = next_filing(tmp_path, 2, dt.date(2026, 4, 21))
    refused(
        run(capsys, "amend", project, REVISED, "--filing", filing, "--out", tmp_path / "no2"),
        "offer.amend",
        "Amendment No. 1 cannot be marked filed",
        "its employee notice still has a placeholder for counsel in items A, C",
        f'amendtool plain {project} A --text "…"',
        "then start Amendment No. 2",
    )
    assert not (tmp_path / "no2").exists() and project.read_bytes() == before
    assert not load_project(project).series.amendments[0].locked


@pytest.mark.parametrize(
    ("options", "named", "says"),
    [
        (["--through", "5"], "--through", "5 is not an amendment of this project"),
        (["--through", "0"], "--through", "holds Amendment No. 1"),
        (["--since", "1", "--through", "1"], "--since", "1 is not before --through 1"),
        (["--since", "3"], "--since", "3 is not an amendment"),
        (["--since", "-1"], "--since", "-1 is not an amendment"),
    ],
)
def test_history_ranges_that_do_not_exist_are_refused(
    options: list[str],
    named: str,
    says: str,
    capsys: pytest.CaptureFixture[str],
    project: Path,
    tmp_path: Path,
) -> None:
    target = tmp_path / "history.docx"
    status, out, err = run(capsys, "history", project, "--docx", target, *options)
    refused((status, out, err), named, says)
    assert out == "" and not target.exists()
