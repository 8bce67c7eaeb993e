"""A first amendment drafted without a project never imports what only a project, a later
amendment or a report of results runs: the series' rules and reversals, the results checks,
the project file and its writer. Each import is paid by every draft before a word is read;
counted as the modules a draft imports, never timed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import SAMPLES

ROOT = Path(__file__).resolve().parents[2]

NEVER = {
    "amendtool.core.filing_day",
    "amendtool.core.results",
    "amendtool.core.results_dates",
    "amendtool.core.results_grant",
    "amendtool.core.results_ratio",
    "amendtool.core.results_reporting",
    "amendtool.core.results_words",
    "amendtool.core.series",
    "amendtool.core.series_expiration",
    "amendtool.core.series_reversals",
    "amendtool.core.series_rules",
    "amendtool.io.project_file",
    "amendtool.io.project_outputs",
}

DRAFT = """
import sys
from amendtool.__main__ import main
status = main(sys.argv[1:])
print("\\nimported", status, *sorted(m for m in sys.modules if m.startswith("amendtool.")))
"""


def test_a_draft_without_a_project_imports_no_series_project_or_results_module(
    tmp_path: Path,
) -> None:
    args = [
        "draft",
        str(SAMPLES / "offer-to-exchange.docx"),
        str(SAMPLES / "offer-to-exchange-revised.docx"),
        "--filing",
        str(SAMPLES / "filing.toml"),
        "--out",
        str(tmp_path / "out"),
    ]
    run = subprocess.run(
        [sys.executable, "-c", DRAFT, *args], capture_output=True, text=True, cwd=ROOT
    )
    assert run.returncode == 0, run.stderr
    status, *imported = run.stdout.rpartition("\nimported ")[2].split()
    assert status == "0" and (tmp_path / "out" / "items.json").exists()
    assert "amendtool.core.checks" in imported  # the draft was checked
    assert NEVER.isdisjoint(imported), sorted(NEVER.intersection(imported))
