"""Every text pattern a module of the draft command compiles as it is imported comes from the
pattern store on a second run (core/pattern_store.py), the short ones too: `re.compile` parses
its text anew in every process, and the modules' own some fifty patterns were parsed before
each draft read a word. Bytes patterns (the store keeps text ones) are left to `re`. Counted
as the patterns parsed, never timed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# modules that other changes of this session work on (the plain notice, the fact readers):
# their patterns are to follow
LEFT = {
    "amendtool.core.bare_ratios",
    "amendtool.core.plain_row_holdings",
    "amendtool.core.plain_row_pairs",
    "amendtool.core.weekday_dates",
}

PARSED = """
import sys
import re._parser as parser
parsed = []
original = parser.parse
def counting(source, flags=0, *rest):
    frame = sys._getframe(1)
    while frame.f_code.co_filename.startswith(sys.base_prefix) or frame.f_code.co_filename.endswith(
        "pattern_store.py"
    ):  # re's own frames, and the store's
        frame = frame.f_back
    if isinstance(source, str) and frame.f_code.co_name == "<module>":
        parsed.append(frame.f_globals["__name__"])
    return original(source, flags, *rest)
parser.parse = counting
import amendtool.cli_draft, amendtool.core.amendment, amendtool.core.checks
import amendtool.io.outputs, amendtool.io.redline_docx, amendtool.io.review_check
import amendtool.io.load, amendtool.io.docx_reader
print(*sorted(name for name in parsed if name.startswith("amendtool.")))
"""


def _parsed(tmp_path: Path) -> list[str]:
    env = {
        **os.environ,
        "XDG_CACHE_HOME": str(tmp_path),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "HOME": str(tmp_path),
    }
    run = subprocess.run(
        [sys.executable, "-c", PARSED], capture_output=True, text=True, env=env, cwd=ROOT
    )
    assert run.returncode == 0, run.stderr
    return run.stdout.split()


def test_a_second_run_parses_none_of_the_patterns_its_modules_compile(tmp_path: Path) -> None:
    first = _parsed(tmp_path)
    assert len(first) >= 40  # the modules were imported, their patterns compiled
    again = _parsed(tmp_path)
    assert [name for name in again if name not in LEFT] == []
