"""`amendtool check` warns of the misspelt words of an item's new text as the app's Checks
does (the filing quotes that text): one check, the same words, in both places."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.cli.test_check_command import precedent_filing
from tests.conftest import SAMPLES


def amendtool_at_home(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The command with a fresh profile, so that no firm's word list of the machine counts."""
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / "data")}
    return subprocess.run(
        [sys.executable, "-m", "amendtool", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def test_check_warns_of_a_misspelt_word_in_an_item(tmp_path: Path) -> None:
    original = SAMPLES / "offer-to-exchange.txt"
    revised = tmp_path / "revised.txt"
    text = original.read_text(encoding="utf-8")
    # "receipt" misspelt in a changed sentence; "withdrawn" (a word of the filing) is kept
    assert "withdrawn, and must be signed by you." in text
    revised.write_text(
        text.replace(
            "withdrawn, and must be signed by you.",
            "withdrawn, and must be signed by you on reciept.",
            1,
        ),
        encoding="utf-8",
    )
    result = amendtool_at_home(
        tmp_path, "check", str(original), str(revised), "--filing", str(precedent_filing(tmp_path))
    )
    lines = [line for line in result.stderr.splitlines() if "misspelled" in line]
    assert len(lines) == 1, result.stderr
    [line] = lines
    assert line.startswith("amendtool: warning: item A: "), line
    assert "\u201creciept\u201d" in line and "\u201creceipt\u201d" in line, line
    assert "withdrawn" not in line


def test_export_says_the_same_spelling_warning_as_check(tmp_path: Path) -> None:
    """The app's export summary lists what `amendtool export` says it exported despite: the
    same warnings as the question before it, the misspelt word among them."""
    original = SAMPLES / "offer-to-exchange.txt"
    revised = tmp_path / "revised.txt"
    text = original.read_text(encoding="utf-8")
    revised.write_text(
        text.replace(
            "withdrawn, and must be signed by you.",
            "withdrawn, and must be signed by you on reciept.",
            1,
        ),
        encoding="utf-8",
    )
    project = tmp_path / "p.amend"
    filing = precedent_filing(tmp_path)
    drafted = amendtool_at_home(
        tmp_path,
        "draft",
        str(original),
        str(revised),
        "--filing",
        str(filing),
        "--out",
        str(tmp_path / "draft"),
        "--project",
        str(project),
    )
    assert drafted.returncode == 0, drafted.stderr
    checked = amendtool_at_home(tmp_path, "check", str(project))
    exported = amendtool_at_home(
        tmp_path, "export", str(project), "--out", str(tmp_path / "out"), "--force"
    )
    assert exported.returncode == 0, exported.stderr
    said = [line for line in checked.stderr.splitlines() if "misspelled" in line]
    assert len(said) == 1
    assert said == [line for line in exported.stderr.splitlines() if "misspelled" in line]
