"""The Checks list says the checks' findings in the words `amendtool check` prints: the same
finding about many items is one line naming them there, so it is one line here too (a
placeholder left in four items read as four errors in the app and one in the command)."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.cli import main as cli_main
from amendtool.gui.findings_lists import FINDING_LABELS, finding_item
from amendtool.gui.main_window import MainWindow
from tests.gui.conftest import wait_items
from tests.gui.human import click_in_text, type_keys
from tests.gui.test_journey_spelling import WITHDRAWAL


def checked_by_command(project: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    capsys.readouterr()
    cli_main(["check", str(project)])
    said = [line.removeprefix("amendtool: ") for line in capsys.readouterr().err.splitlines()]
    return [line for line in said if line.startswith(FINDING_LABELS)]


def test_checks_list_says_what_the_command_says(
    qtbot, window: MainWindow, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window.open_demo()
    wait_items(qtbot, window, 6)
    pane, session = window.workspace.draft_pane, window.session
    click_in_text(pane, WITHDRAWAL)
    type_keys(pane, " Withdrawal by telephone is not permitted.")
    wait_items(qtbot, window, 7)
    qtbot.waitUntil(lambda: session.checked, timeout=30000)
    unwritten = {f.item for f in session.findings if f.code == "placeholder"}
    assert len(unwritten) >= 4, session.findings  # enough for the command to say it once

    checks = window.workspace.checks
    listed = [checks.item(n).text() for n in range(checks.count())]
    project = tmp_path / "matter.amend"
    assert window._save_to(project)
    expected = checked_by_command(project, capsys)
    assert [line for line in listed if line.startswith(FINDING_LABELS)] == expected
    [once] = [n for n, line in enumerate(listed) if "still has a placeholder" in line]
    assert listed[once].startswith(f"error: in {len(unwritten)} items, ")
    assert finding_item(checks.item(once)) == min(unwritten)  # a click selects the first
