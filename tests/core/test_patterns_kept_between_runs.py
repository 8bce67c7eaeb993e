"""The patterns the modules of the draft command compile when they are imported are kept
between runs (core/pattern_store.py), short ones too: each run parsed some three hundred
patterns from their text before reading a word. Counted as patterns parsed, never timed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PARSED = """
import re._parser as parser
parsed = []
original = parser.parse
def counting(source, flags=0, *rest):
    parsed.append(source)
    return original(source, flags, *rest)
parser.parse = counting
import amendtool.cli_draft, amendtool.core.amendment, amendtool.core.checks
import amendtool.io.outputs, amendtool.io.redline_docx, amendtool.io.review_check
print(len(parsed))
"""


def test_a_second_run_parses_few_of_the_patterns_the_first_parsed(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "XDG_CACHE_HOME": str(tmp_path),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "HOME": str(tmp_path),
    }

    def parsed() -> int:
        run = subprocess.run(
            [sys.executable, "-c", PARSED],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            check=True,
        )
        return int(run.stdout.split()[-1])

    first = parsed()
    assert first >= 200
    assert parsed() * 4 < first  # the rest: python-docx's, and the Word readers' own
