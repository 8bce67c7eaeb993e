"""Every pattern the draft command compiles when its modules are imported is spelled the same
in every process, whatever order Python's hash puts a set in: one built from a set of number
words was spelled anew by each run, so each run compiled it again and, at its end, read,
verified and rewrote the whole store (a 5 MB file) for that one pattern, a fiftieth of a
300-page draft. Counted as patterns a second run adds to the store, never timed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

ADDED = """
import amendtool.cli_draft, amendtool.core.amendment, amendtool.core.checks
import amendtool.io.outputs, amendtool.io.redline_docx, amendtool.io.review_check
from amendtool.core import pattern_store
print(len(pattern_store._made), len(pattern_store._added))
"""


def _run(tmp_path: Path, seed: str) -> tuple[int, int]:
    """(patterns compiled, patterns added to the store) by one run under this hash seed."""
    env = {
        **os.environ,
        "XDG_CACHE_HOME": str(tmp_path),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "HOME": str(tmp_path),
        "PYTHONHASHSEED": seed,
    }
    run = subprocess.run(
        [sys.executable, "-c", ADDED], capture_output=True, text=True, env=env, cwd=ROOT
    )
    assert run.returncode == 0, run.stderr
    made, added = run.stdout.split()[-2:]
    return int(made), int(added)


def test_a_run_under_another_hash_seed_adds_nothing_to_the_store(tmp_path: Path) -> None:
    made, added = _run(tmp_path, "1")
    assert made >= 200 and added == made  # the first run fills the store
    for seed in ("2", "3", "4"):
        assert _run(tmp_path, seed) == (made, 0)
