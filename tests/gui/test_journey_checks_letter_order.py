"""The checks' findings are listed in item-letter order wherever counsel reads them: the
Checks panel, and the question Export PDF asks before it writes. Here counsel types a change
into the first paragraph of a holders' offer whose other changes already hold placeholders,
so item A's placeholder reads like items E's and F's and item D's differs: said A, D, E, F,
never A, E, F, D."""

from __future__ import annotations

import re
from pathlib import Path

from amendtool.gui import everyday, printing
from amendtool.gui.main_window import MainWindow
from tests.gui.conftest import wait_items
from tests.gui.human import click_in_text, type_keys
from tests.gui.test_journey_draft_pdf import HOLDERS


def letters(text: str) -> list[str]:
    """The item letters in the order the text names them, whether each finding has its own line
    ("item A: ...") or one refusal names them all ("in item A, item D, ...; write ...")."""
    return re.findall(r"\bitem ([A-Z]+)(?=[:,;])", text)


def test_findings_are_listed_in_item_letter_order(
    qtbot, window: MainWindow, answered_dialogs: list[str], tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window.open_documents(HOLDERS / "orig.txt", HOLDERS / "rev.txt", HOLDERS / "filing.toml")
    wait_items(qtbot, window, 5)
    pane = window.workspace.draft_pane
    click_in_text(pane, "from holders upon the terms", len("from holders upon the terms"))
    type_keys(pane, " and subject to the conditions")
    wait_items(qtbot, window, 6)
    qtbot.waitUntil(lambda: window.session.checked, timeout=30000)
    checks = window.workspace.checks
    shown = [checks.item(row).text() for row in range(checks.count())]
    assert letters("\n".join(shown)) == ["A", "D", "E", "F"], shown
    # Export PDF of the filing asks first, listing the findings: counsel cancels
    assert everyday.export_pdf(window, printing.FILING, tmp_path / "filing.pdf") is None
    [asked] = [text for text in answered_dialogs if "item" in text]
    assert letters(asked) == ["A", "D", "E", "F"], asked
