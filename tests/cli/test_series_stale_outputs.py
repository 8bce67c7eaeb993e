"""An amendment is not marked filed (locked) while the outputs recorded for it are stale:
its items changed after they were last written, so what would be filed is not what the
project holds. The refusal is one line saying to export first; after the export it is
marked filed as the next amendment starts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from amendtool.io.project_file import load_project
from tests.support.series_cli import (
    ORIGINAL,
    extend_as_third,
    first_amendment,
    next_filing,
    run,
    stale_second_amendment,
)


def test_stale_outputs_are_exported_before_the_amendment_is_marked_filed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # Amendment No. 2 takes the revision back: its items are drafted, its outputs written;
    # counsel classifies an item after the export: items.json no longer says what it holds
    project = stale_second_amendment(capsys, tmp_path)
    entry = load_project(project).series.amendments[1]
    assert entry.outputs["fingerprint"] and entry.items
    before = project.read_bytes()
    status, _, err = extend_as_third(capsys, project, tmp_path)
    assert status == 2, err
    [line] = err.strip().splitlines()
    assert "Amendment No. 2 cannot be marked filed" in line
    assert "changed after its outputs were last written" in line
    assert f"export first: amendtool export {project} --out {tmp_path / 'no2'}" in line
    assert project.read_bytes() == before and not (tmp_path / "no3").exists()
    assert not load_project(project).series.amendments[1].locked

    # exporting the draft records its outputs again (its timing error is the extension's to
    # cure); then it may be marked filed
    status, _, err = run(capsys, "export", project, "--out", tmp_path / "no2", "--force")
    assert status == 0, err
    exported = load_project(project).series.amendments[1]
    assert exported.outputs["fingerprint"] != entry.outputs["fingerprint"]
    assert not exported.locked
    status, _, err = extend_as_third(capsys, project, tmp_path)
    assert status == 0, err
    assert [a.status.value for a in load_project(project).series.amendments] == [
        "filed",
        "filed",
        "draft",
    ]


def test_outputs_written_with_the_items_as_they_are_do_not_stop_the_next_amendment(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    project = first_amendment(tmp_path)
    second = next_filing(tmp_path, 2, dt.date(2026, 4, 21))
    status, _, err = run(
        capsys,
        "amend",
        project,
        ORIGINAL,
        "--filing",
        second,
        "--out",
        tmp_path / "no2",
        "--reverses-earlier",
    )
    assert status == 0, err
    status, _, err = extend_as_third(capsys, project, tmp_path)
    assert status == 0, err
    assert "Amendment No. 2 is now marked filed" in err
