"""The plain notice's placeholders for counsel in a series, on the command line: an
amendment is never marked filed while its employee notice still asks counsel for words (the
refusal names each item and the command that writes its paragraph), and a draft's own
placeholders never stop it being drafted, or drafted again."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import docx
import pytest

from amendtool.io.project_file import load_project
from tests.conftest import SAMPLES
from tests.support.series_cli import first_amendment, next_filing, run

REVISED = SAMPLES / "offer-to-exchange-revised.docx"
CONDITIONS = "The conditions to this offer are for our benefit."
WORDS = "We made this part of the offer clearer. Nothing changes for you."


def second_revision(tmp: Path) -> Path:
    """The revision after No. 1: a sentence added to the paragraph on the conditions (a
    material change, which counsel explains in the notice)."""
    word = docx.Document(str(REVISED))
    paragraph = next(p for p in word.paragraphs if p.text.startswith(CONDITIONS))
    paragraph.text += " We may waive any condition at any time."
    path = tmp / "revised-2.docx"
    word.save(str(path))
    return path


def amend(
    capsys: pytest.CaptureFixture[str], project: Path, number: int, tmp: Path
) -> tuple[int, str, str]:
    """Amendment No. `number` (the plain notice): No. 1's revision again for No. 2, with
    a change for No. 2's own notice from No. 2 on when the revision is there."""
    filing = next_filing(tmp, number, dt.date(2026, 4, 17 + number), notice__style="plain")
    revised = tmp / "revised-2.docx" if (tmp / "revised-2.docx").exists() else REVISED
    out = tmp / f"no{number}"
    return run(capsys, "amend", project, revised, "--filing", filing, "--out", out)


def named_items(line: str) -> list[str]:
    match = re.search(r"placeholder for counsel in items? ([A-Z, and]+?)[;:(]", line)
    assert match, line
    return re.findall(r"\b[A-Z]\b", match.group(1))


def test_a_notice_awaiting_counsel_is_not_filed_and_the_refusal_says_how_to_finish(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    project = first_amendment(tmp_path, style="plain")  # its notice awaits counsel's words
    before = project.read_bytes()
    status, _, err = amend(capsys, project, 2, tmp_path)
    assert status == 2, err
    [line] = err.strip().splitlines()
    assert "Amendment No. 1 cannot be marked filed" in line
    assert "its employee notice still has a placeholder for counsel" in line
    assert f'amendtool plain {project} A --text "…"' in line
    assert "then start Amendment No. 2" in line
    assert "before export" not in line  # it is the filing that waits, not an export
    assert not (tmp_path / "no2").exists() and project.read_bytes() == before
    items = named_items(line)
    assert items and items[0] == "A"

    # counsel writes each paragraph named, as the refusal says; then No. 2 is drafted
    for item in items:
        status, _, err = run(capsys, "plain", project, item, "--text", WORDS)
        assert status == 0, err
    second_revision(tmp_path)
    status, _, err = amend(capsys, project, 2, tmp_path)
    assert status == 0, err
    series = load_project(project).series
    assert [(a.number, a.status.value) for a in series.amendments] == [(1, "filed"), (2, "draft")]

    assert "placeholder" in err  # No. 2's own notice awaits counsel: a warning, no refusal
    # it is a draft, so drafting it again goes on
    status, _, err = amend(capsys, project, 2, tmp_path)
    assert status == 0, err
    # but it is not marked filed by starting No. 3 until its paragraphs are written
    status, _, err = amend(capsys, project, 3, tmp_path)
    assert status == 2 and "Amendment No. 2 cannot be marked filed" in err, err
    assert named_items(err.strip())
