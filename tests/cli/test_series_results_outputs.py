"""The final amendment's outputs carry what it reports: the command's last line says the
results, not "0 items", and items.json holds the results and Item 4's paragraph on them
(a results amendment has no items: for other tools, the supplement is its content)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from tests.support.series_cli import first_amendment, next_filing, run


def _results_filing(tmp_path: Path) -> tuple[Path, Path]:
    """Amendment No. 1 filed, and the filing details of No. 2 reporting the results."""
    project = first_amendment(tmp_path)
    filing = next_filing(
        tmp_path,
        2,
        dt.date(2026, 4, 27),
        results__tendered=1200000,
        results__accepted=1200000,
        results__issued=600000,
        results__grant_date=dt.date(2026, 5, 26),
    )
    return project, filing


def test_the_results_are_said_and_written_into_items_json(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    project, filing = _results_filing(tmp_path)
    status, out, err = run(
        capsys, "results", project, "--filing", filing, "--out", tmp_path / "no2"
    )
    assert status == 0, err
    assert out.startswith(
        "Amendment No. 2: results: 1,200,000 shares tendered, 1,200,000 accepted; grant of "
        "New Options for 600,000 shares on May 26, 2026; wrote items.json"
    )
    data = json.loads((tmp_path / "no2" / "items.json").read_text(encoding="utf-8"))
    assert data["items"] == []
    assert data["results"]["tendered"] == 1200000
    [supplement] = data["supplements"]
    assert supplement["heading"].startswith("Item 4.")
    assert "an aggregate of 1,200,000 shares" in supplement["text"]
    assert "will be granted on May 26, 2026" in supplement["text"]
    status, out, err = run(capsys, "check", project)
    assert status == 0, err
    assert out.strip().splitlines()[-1] == (
        "results: 1,200,000 shares tendered, 1,200,000 accepted; grant of "
        "New Options for 600,000 shares on May 26, 2026 checked: no errors"
    )


def test_check_and_history_say_the_results_not_zero_items(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A final amendment changes no text of the offer: what it holds is the results, and
    neither `check` nor `history` calls it empty."""
    project, filing = _results_filing(tmp_path)
    status, _, err = run(capsys, "results", project, "--filing", filing, "--out", tmp_path / "no2")
    assert status == 0, err
    status, out, err = run(capsys, "check", project)
    assert status == 0, err + out
    last = out.strip().splitlines()[-1]
    assert "0 items" not in out and "checked: no errors" in last
    assert last.startswith("results: 1,200,000 shares tendered, 1,200,000 accepted")
    status, out, err = run(capsys, "history", project)
    assert status == 0, err
    [line] = [x for x in out.splitlines() if "Amendment No. 2" in x]
    assert "0 changes" not in line
    assert "results (final amendment): 1,200,000 shares tendered" in line
