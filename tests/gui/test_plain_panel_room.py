"""On a laptop's screen (1366×768), every line under the plain paragraph's editor is shown
whole: the reading (grade, passive voice, each legal word), counsel's stray figures and the
status each get the height their wrapped lines need, never drawn under the next one."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from amendtool.gui.main_window import MainWindow
from tests.gui.conftest import wait_items
from tests.gui.human import click_row
from tests.gui.test_journey_plain_paragraph import editor_of, reading_of

WORDY = (
    "Pursuant to the plan, such options are hereby deemed nonstatutory options, and the "
    "price reference was corrected prior to the expiration. The minimum price is now $15.00."
)


def test_every_line_under_the_editor_is_shown_whole(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.resize(1366, 768)
    window.open_demo()
    wait_items(qtbot, window, 6)
    click_row(window.workspace.items_panel.list, 1)
    editor = editor_of(window)
    editor.selectAll()
    QTest.keyClicks(editor, WORDY)
    plain = window.workspace.items_panel.plain
    qtbot.waitUntil(lambda: "deemed" in reading_of(window), timeout=20000)
    qtbot.waitUntil(lambda: "$15.00" in plain.facts.text(), timeout=20000)
    QTest.qWait(50)  # laid out again
    labels: list[QLabel] = [plain.reading, plain.facts, plain.status]
    for label in labels:
        if label.isVisible() and label.text():
            need = label.heightForWidth(label.width())
            assert label.height() >= need, (label.objectName(), label.height(), need)
    shown = [label.geometry() for label in labels if label.isVisible() and label.text()]
    for upper, lower in pairwise(shown):
        assert upper.bottom() < lower.top(), (upper, lower)
