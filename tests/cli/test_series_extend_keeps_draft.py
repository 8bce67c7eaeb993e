"""An extension drafted while the project's last amendment is a draft that changes the offer
never throws that draft away: the extension is drafted into the same amendment, together with
its changes and counsel's plain paragraphs, as counsel amends terms and extends in one filing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from amendtool.io.project_file import load_project, save_project
from tests.support.series_cli import first_amendment, next_filing, run


def _with_plain_paragraphs(project: Path) -> list[str]:
    """Counsel's plain paragraph written on every change of the draft; their substances."""
    loaded = load_project(project)
    items = loaded.series.current.items
    for item in items:
        item.set_plain_summary("This change does not affect you.")
    save_project(loaded, project)
    return [i.substance() for i in items]


def test_extend_on_a_changing_draft_keeps_its_changes_and_counsel_paragraphs(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    project = first_amendment(tmp_path)
    changes = _with_plain_paragraphs(project)
    assert changes
    filing = next_filing(tmp_path, 1, dt.date(2026, 4, 4))
    status, out, err = run(
        capsys, "extend", project, "--to", "2026-04-30 23:59", "--filing", filing,
        "--out", tmp_path / "ext",
    )  # fmt: skip
    series = load_project(project).series
    assert [a.number for a in series.amendments] == [1]
    items = series.current.items
    kept = [i for i in items if i.substance() in changes]
    assert status == 0, err
    assert len(kept) == len(changes)
    assert all(i.plain_summary == "This change does not affect you." for i in kept)
    assert series.current.kind.value == "extension"
    assert len(items) > len(changes)  # every statement of the expiration restated too
    assert "Amendment No. 1: " in out
    assert f"with its {len(changes)} changes" in err  # said, not done silently


def test_extending_an_extension_draft_again_keeps_its_other_changes(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    project = first_amendment(tmp_path)
    changes = _with_plain_paragraphs(project)
    filing = next_filing(tmp_path, 1, dt.date(2026, 4, 4))
    for to in ("2026-04-30 23:59", "2026-05-07 23:59"):
        status, _, err = run(
            capsys, "extend", project, "--to", to, "--filing", filing, "--out", tmp_path / "ext"
        )
        assert status == 0, err
    series = load_project(project).series
    items = series.current.items
    assert len([i for i in items if i.substance() in changes]) == len(changes)
    restated = " ".join(i.new_text or "" for i in items if i.substance() not in changes)
    assert "May 7, 2026" in restated and "April 30, 2026" not in restated
