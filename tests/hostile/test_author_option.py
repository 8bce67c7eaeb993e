"""The redline's author comes from the command line: a control character in it crashed the
export (exit 3, "internal error"), and a right-to-left override reached w:author."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SAMPLES


@pytest.mark.parametrize("author", ["Ann\x07 Lee (Firm)", "Ann \u202eLee (Firm)", "Ann\x1b[2J Lee"])
def test_an_author_with_a_control_or_override_character_is_one_line(
    tmp_path: Path, author: str
) -> None:
    out = tmp_path / "out"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "amendtool",
            "draft",
            str(SAMPLES / "offer-to-exchange.txt"),
            str(SAMPLES / "offer-to-exchange-revised.txt"),
            "--filing",
            str(SAMPLES / "filing.toml"),
            "--out",
            str(out),
            "--author",
            author,
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    # a lone character is named by its code point, a terminal code by the whole sequence
    named = "the escape sequence ESC[2J" if "\x1b[" in author else "U+"
    assert len(lines) == 1 and lines[0].startswith(f"amendtool: --author: holds {named}"), lines
    assert "\x1b" not in done.stderr and "\u202e" not in done.stderr
    assert not out.exists()
