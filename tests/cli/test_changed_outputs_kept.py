"""An output counsel changed by hand since amendtool wrote it (a paragraph added to the
filing in Word, a line added to items.json) is never replaced without a word: an export or
draft into that folder is refused in one line naming the changed files and what to do, exit
2, the folder as it was. The folder's manifest records each output's SHA-256; an output that
still holds those bytes is replaced as before."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from docx import Document

from tests.conftest import SAMPLES
from tests.support.series_cli import filing_toml, first_amendment, next_filing, run

ORIGINAL = SAMPLES / "offer-to-exchange.docx"
REVISED = SAMPLES / "offer-to-exchange-revised.docx"
REFUSAL = (
    "amendtool: items.json: has changed since amendtool wrote it here, and so has "
    "schedule-to-amendment.docx; the export would replace them: move them out of the folder "
    "to keep the changes, or choose another folder"
)


def _listing(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir()}


def _drafted(capsys: pytest.CaptureFixture[str], folder: Path) -> tuple[Path, Path]:
    """A project drafted with its outputs in folder/out, then edited there by counsel."""
    filing = filing_toml(folder / "filing.toml")
    project, out = folder / "offer.amend", folder / "out"
    argv = ("draft", ORIGINAL, REVISED, "--filing", filing, "--out", out, "--project", project)
    status, _, err = run(capsys, *argv)
    assert status in (0, 1), err
    filing_docx = out / "schedule-to-amendment.docx"
    document = Document(str(filing_docx))
    document.add_paragraph("COUNSEL HAND EDIT")
    document.save(str(filing_docx))
    with open(out / "items.json", "a", encoding="utf-8") as handle:
        handle.write("\n")
    return project, out


def test_export_over_hand_edited_outputs_is_refused_naming_them(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    project, out = _drafted(capsys, tmp_path)
    before, beside = _listing(out), sorted(p.name for p in tmp_path.iterdir())
    status, _, err = run(capsys, "export", project, "--out", out, "--force")
    assert status == 2, err
    assert err.strip() == REFUSAL
    assert _listing(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == beside  # nothing new beside DIR


def test_draft_over_a_hand_edited_output_is_refused_and_the_project_left(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    project, out = _drafted(capsys, tmp_path)
    before, saved = _listing(out), project.read_bytes()
    filing = tmp_path / "filing.toml"
    argv = ("draft", ORIGINAL, REVISED, "--filing", filing, "--out", out, "--project", project)
    status, _, err = run(capsys, *argv)
    assert status == 2, err
    *notes, refusal = err.strip().splitlines()  # the draft's notes come first
    assert refusal == REFUSAL and all(n.startswith("amendtool: note:") for n in notes), err
    assert _listing(out) == before and project.read_bytes() == saved


def test_once_moved_out_the_outputs_are_written_again(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    project, out = _drafted(capsys, tmp_path)
    kept = tmp_path / "kept"
    kept.mkdir()
    for name in ("items.json", "schedule-to-amendment.docx"):
        (out / name).rename(kept / name)
    status, _, err = run(capsys, "export", project, "--out", out, "--force")
    assert status in (0, 1), err
    assert (out / "schedule-to-amendment.docx").read_bytes().startswith(b"PK")
    assert (out / "items.json").read_bytes() != (kept / "items.json").read_bytes()


def test_a_partial_export_leaves_a_changed_output_it_does_not_write(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    project, out = _drafted(capsys, tmp_path)
    (out / "items.json").unlink()
    edited = (out / "schedule-to-amendment.docx").read_bytes()
    argv = ("export", project, "--out", out, "--only", "items.json", "--force")
    status, _, err = run(capsys, *argv)
    assert status in (0, 1), err
    assert (out / "items.json").exists()
    assert (out / "schedule-to-amendment.docx").read_bytes() == edited


def test_publish_refuses_an_output_changed_since_it_wrote_it(tmp_path: Path) -> None:
    """The core every export goes through (the app's too), not only the command line."""
    from amendtool.io.publish import publish
    from amendtool.io.safe_write import WriteError

    out = tmp_path / "out"
    publish(out, {"redline.docx": b"as written"}, {"redline.docx"})
    publish(out, {"redline.docx": b"written again"}, {"redline.docx"})  # unchanged: replaced
    (out / "redline.docx").write_bytes(b"edited by counsel")
    with pytest.raises(WriteError, match=r"redline\.docx: has changed since amendtool wrote it"):
        publish(out, {"redline.docx": b"new"}, {"redline.docx"})
    assert (out / "redline.docx").read_bytes() == b"edited by counsel"


def test_a_series_command_over_a_hand_edited_output_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """`extend` (as `amend` and `results`) writes its set through the same gate."""
    project = first_amendment(tmp_path)
    filing, out = next_filing(tmp_path, 1, dt.date(2026, 4, 4)), tmp_path / "ext"
    argv = ("extend", project, "--to", "2026-04-30 23:59", "--filing", filing, "--out", out)
    status, _, err = run(capsys, *argv)
    assert status == 0, err
    with open(out / "items.json", "a", encoding="utf-8") as handle:
        handle.write("\n")
    before, saved = _listing(out), project.read_bytes()
    status, _, err = run(capsys, *argv[:3], "2026-05-07 23:59", *argv[4:])
    assert status == 2, err
    assert err.strip().splitlines()[-1] == (
        "amendtool: items.json: has changed since amendtool wrote it here; the export would "
        "replace it: move it out of the folder to keep the changes, or choose another folder"
    )
    assert _listing(out) == before and project.read_bytes() == saved
