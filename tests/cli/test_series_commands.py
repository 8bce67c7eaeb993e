"""amend, extend, results and history, as counsel runs them on a project."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import tomllib
from pathlib import Path

import docx
import pytest
import tomli_w

from amendtool.core.typography import fold_typography
from amendtool.io.project_file import load_project
from tests.conftest import EXAMPLE_DIR, SAMPLES
from tests.support.docx_text import docx_lines

SAFE_HARBOR = "The safe harbor for forward-looking statements"
REWRITTEN = (
    "The safe harbor of the Private Securities Litigation Reform Act of 1995 "
    "is not available to us for this offer."
)


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "amendtool", *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, timeout=180)


def filing_toml(source: Path, target: Path, **changes: object) -> Path:
    """A copy of the filing details with values changed: amendment__number=2 sets
    [amendment] number; a value of None takes the key out."""
    data = tomllib.loads(source.read_text(encoding="utf-8"))
    for key, value in changes.items():
        table, name = key.split("__")
        if value is None:
            data[table].pop(name, None)
        else:
            data.setdefault(table, {})[name] = value
    target.write_text(tomli_w.dumps(data), encoding="utf-8")
    return target


@pytest.fixture(scope="module")
def drafted_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Amendment No. 1 of the bundled sample, drafted and saved once for the module; its
    notice in the precedent's form, so its check is clean and a later amendment may mark it
    filed."""
    tmp_path = tmp_path_factory.mktemp("drafted")
    project = tmp_path / "halvorsen.amend"
    result = run(
        "draft",
        SAMPLES / "offer-to-exchange.docx",
        SAMPLES / "offer-to-exchange-revised.docx",
        "--filing",
        filing_toml(SAMPLES / "filing.toml", tmp_path / "no1.toml", notice__style="precedent"),
        "--out",
        tmp_path / "no1",
        "--project",
        project,
    )
    assert result.returncode == 0, result.stderr
    return project


@pytest.fixture
def sample_project(drafted_project: Path, tmp_path: Path) -> Path:
    """A copy of Amendment No. 1's project for one test to change."""
    project = tmp_path / "halvorsen.amend"
    project.write_bytes(drafted_project.read_bytes())
    return project


def test_amend_drafts_the_next_amendment_citing_through_the_first(
    sample_project: Path, tmp_path: Path
) -> None:
    word = docx.Document(str(SAMPLES / "offer-to-exchange-revised.docx"))
    paragraph = next(p for p in word.paragraphs if p.text.startswith(SAFE_HARBOR))
    paragraph.text = REWRITTEN
    revised = tmp_path / "revised-2.docx"
    word.save(str(revised))
    filing = filing_toml(
        SAMPLES / "filing.toml",
        tmp_path / "no2.toml",
        amendment__number=2,
        amendment__date=dt.date(2026, 4, 14),
        amendment__notice_exhibit="(a)(7)",
    )
    result = run("amend", sample_project, revised, "--filing", filing, "--out", tmp_path / "no2")
    assert result.returncode == 0, result.stderr
    assert "Amendment No. 1 is now marked filed (locked)" in result.stderr
    items = json.loads((tmp_path / "no2" / "items.json").read_text(encoding="utf-8"))["items"]
    assert [i["filing_text"] for i in items] == [
        "The paragraph inserted by Amendment No. 1 immediately after the first paragraph in "
        '"Section 17. Forward Looking Statements; Miscellaneous" on page 30 of Exhibit (a)(1) '
        "to the Tender Offer Statement has been deleted in its entirety and has been replaced "
        "with the following:"
    ]
    series = load_project(sample_project).series
    assert [(a.number, a.status.value) for a in series.amendments] == [(1, "filed"), (2, "draft")]
    assert series.amendments[1].outputs["folder"] == str((tmp_path / "no2").resolve())
    # the redline is the offer as amended by No. 1 with No. 2's change tracked
    lines = fold_typography(" ".join(docx_lines(tmp_path / "no2" / "conformed-offer.docx")))
    assert REWRITTEN in lines and SAFE_HARBOR not in lines

    history = run("history", sample_project, "--docx", tmp_path / "history.docx")
    assert history.returncode == 0, history.stderr
    assert "Amendment No. 1  filed  April 9, 2026  text; 6 changes" in history.stdout
    assert "Amendment No. 2  draft  April 14, 2026  text; 1 change" in history.stdout
    assert (tmp_path / "history.docx").stat().st_size > 0


def test_an_amendment_numbered_out_of_turn_is_refused_and_nothing_written(
    sample_project: Path, tmp_path: Path
) -> None:
    before = sample_project.read_bytes()
    filing = filing_toml(SAMPLES / "filing.toml", tmp_path / "no3.toml", amendment__number=3)
    out = tmp_path / "out"
    result = run(
        "amend",
        sample_project,
        SAMPLES / "offer-to-exchange-revised.docx",
        "--filing",
        filing,
        "--out",
        out,
    )
    assert result.returncode == 2
    [line] = result.stderr.strip().splitlines()
    assert "no3.toml" in line and "set amendment.number = 2" in line
    assert not out.exists() and sample_project.read_bytes() == before


def test_extend_restates_every_statement_of_the_expiration(
    sample_project: Path, tmp_path: Path
) -> None:
    filing = filing_toml(
        SAMPLES / "filing.toml",
        tmp_path / "ext.toml",
        amendment__number=2,
        amendment__date=dt.date(2026, 4, 21),
        amendment__notice_exhibit="(a)(7)",
        notice__explanation=None,
    )
    out = tmp_path / "ext"
    result = run(
        "extend", sample_project, "--to", "2026-05-07 23:59", "--filing", filing, "--out", out
    )
    assert result.returncode == 0, result.stderr
    items = json.loads((out / "items.json").read_text(encoding="utf-8"))["items"]
    assert len(items) == 5 and all(i["kind"] == "replace_words" for i in items)
    assert all('"May 7, 2026"' in i["filing_text"].title() for i in items)
    notice = fold_typography(" ".join(docx_lines(out / "employee-notice.docx")))
    assert "The offer now ends at 11:59 p.m., Eastern Time, on Thursday, May 7, 2026." in (notice)
    series = load_project(sample_project).series
    assert series.current.kind.value == "extension" and series.current.filing is not None
    assert series.current.filing.expiration.isoformat() == "2026-05-07T23:59:00"
    # drafted again while it is a draft: still Amendment No. 2, not a third
    again = run(
        "extend", sample_project, "--to", "2026-05-08 23:59", "--filing", filing, "--out", out
    )
    assert again.returncode == 0, again.stderr
    assert len(load_project(sample_project).series.amendments) == 2


def test_the_results_amendment_of_the_example_checks_the_final_box(
    fixture_files: dict[str, Path], tmp_path: Path
) -> None:
    project = tmp_path / "mpower.amend"
    draft = run(
        "draft",
        fixture_files["example_original_docx"],
        fixture_files["example_revised_docx"],
        "--filing",
        EXAMPLE_DIR / "filing.toml",
        "--out",
        tmp_path / "no2",
        "--project",
        project,
    )
    assert draft.returncode == 0, draft.stderr
    filing = filing_toml(
        EXAMPLE_DIR / "filing.toml",
        tmp_path / "results.toml",
        amendment__number=3,
        amendment__date=dt.date(2001, 10, 1),
        amendment__notice_exhibit="(a)(12)",
        notice__subject="Results of the Offer to Exchange",
        results__tendered=4153675,
        results__accepted=4153675,
        results__issued=2076838,
        results__grant_date=dt.date(2002, 3, 29),
    )
    out = tmp_path / "no3"
    result = run("results", project, "--filing", filing, "--out", out)
    assert result.returncode == 0, result.stderr
    lines = docx_lines(out / "schedule-to-amendment.docx")
    assert "(Amendment No. 3)" in lines
    box = next(line for line in lines if "final amendment reporting the results" in line)
    assert box.rstrip().endswith("☒")
    text = fold_typography(" ".join(lines))  # curly quotes read as straight ones
    assert "Item 4 of the Tender Offer Statement is hereby amended and supplemented" in text
    # the form's items in order: the precedent's "Item 1.  Exhibits." before Item 4
    assert text.index("Item 1. Exhibits.") < text.index("Item 4. Terms of the Transaction.")
    assert (
        '"The Offer expired at 11:59 p.m., Eastern Daylight Time, on September 27, 2001. '
        "Eligible Options to purchase an aggregate of 4,153,675 shares of Common Stock"
    ) in text
    assert "will be granted on March 29, 2002." in text
    assert "(a)(11)* Notice of Amendment to Offer to Exchange dated September 13, 2001." in text
    assert "* Previously filed." in text
    notice = fold_typography(" ".join(docx_lines(out / "employee-notice.docx")))
    assert "The offer has ended" in notice and "on March 29, 2002" in notice
    ascii_filing = (out / "schedule-to-amendment.txt").read_text(encoding="ascii")
    assert "results of the tender offer. [X]" in " ".join(ascii_filing.split())


def test_results_without_the_results_are_refused(sample_project: Path, tmp_path: Path) -> None:
    filing = filing_toml(
        SAMPLES / "filing.toml",
        tmp_path / "r.toml",
        amendment__number=2,
        amendment__date=dt.date(2026, 4, 24),
        amendment__notice_exhibit="(a)(7)",
    )
    result = run("results", sample_project, "--filing", filing, "--out", tmp_path / "r")
    assert result.returncode == 2
    assert "[results] is missing" in result.stderr and len(result.stderr.splitlines()) == 1


@pytest.mark.parametrize(
    ("command", "named", "says"),
    [
        (["amend", "{missing}", "{revised}", "--filing", "{no2}"], "gone.amend", "not found"),
        (
            ["amend", "{docx}", "{revised}", "--filing", "{no2}"],
            "offer-to-exchange.docx",
            "project",
        ),
        (["amend", "{project}", "{missing}", "--filing", "{no2}"], "gone.amend", "not found"),
        (["amend", "{project}", "{revised}", "--filing", "{missing}"], "gone.amend", "not found"),
        (
            ["extend", "{project}", "--to", "2026-04-20 23:59", "--filing", "{no2}"],
            "--to",
            "not later",
        ),
        (["extend", "{project}", "--to", "next Friday", "--filing", "{no2}"], "--to", "not a date"),
        (["results", "{docx}", "--filing", "{no2}"], "offer-to-exchange.docx", "project"),
        (["history", "{missing}"], "gone.amend", "not found"),
    ],
)
def test_bad_input_is_one_line_naming_the_file_and_nothing_is_written(
    command: list[str], named: str, says: str, sample_project: Path, tmp_path: Path
) -> None:
    before = sample_project.read_bytes()
    files = {
        "missing": tmp_path / "gone.amend",
        "docx": SAMPLES / "offer-to-exchange.docx",
        "revised": SAMPLES / "offer-to-exchange-revised.docx",
        "project": sample_project,
        "no2": filing_toml(
            SAMPLES / "filing.toml",
            tmp_path / "no2.toml",
            amendment__number=2,
            amendment__date=dt.date(2026, 4, 21),
            amendment__notice_exhibit="(a)(7)",
        ),
    }
    out = tmp_path / "out"
    args = [part.format(**files) for part in command]
    result = run(*args, *(["--out", out] if args[0] != "history" else []))
    assert result.returncode == 2, result.stderr
    [line] = result.stderr.strip().splitlines()
    assert named in line and says in line, line
    assert "Traceback" not in result.stderr
    assert not out.exists() and sample_project.read_bytes() == before
