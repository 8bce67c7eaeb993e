"""The navigator names an amendment as `history` does: an extension that also changes the
terms says so in both places, never only in one."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from amendtool.core.history import series_lines
from amendtool.gui.series_view import entry_label
from amendtool.io.project_file import load_project
from tests.conftest import SAMPLES
from tests.support.series_cli import first_amendment, next_filing, run


def test_an_extension_that_changes_terms_is_labelled_so_as_history_prints_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    project = first_amendment(tmp_path)
    second = next_filing(tmp_path, 2, dt.date(2026, 4, 21))
    status, _, err = run(
        capsys, "amend", project, SAMPLES / "offer-to-exchange.docx", "--filing", second,
        "--out", tmp_path / "no2", "--to", "2026-05-07 23:59", "--reverses-earlier",
    )  # fmt: skip  # drafted from the offer as filed: it undoes Amendment No. 1 on purpose
    assert status == 0, err
    series = load_project(project).series
    extension = series.amendments[-1]
    assert extension.kind.value == "extension"
    assert series_lines(series)[-1].count(", and change of terms") == 1
    label = entry_label(extension)
    assert label.startswith("Amendment No. 2: extension to May 7, 2026, and change of terms")
