"""“Keep this wording” is offered only while there are typed words to keep: on the tool's
generated wording it is disabled (its tip says to type in a box), so clicking it never seems
to do nothing; once counsel types it keeps the words, and the box says they are counsel's."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor

from amendtool.gui.main_window import MainWindow
from tests.gui.conftest import wait_items
from tests.gui.human import click_row, type_keys


def test_keep_is_offered_for_typed_words_only(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.open_demo()
    wait_items(qtbot, window, 6)
    panel = window.workspace.items_panel
    click_row(panel.list, 1)
    assert panel.status.text().startswith("Generated wording")
    assert not panel.apply_button.isEnabled() and "type in a box" in panel.apply_button.toolTip()
    panel.filing.setFocus()
    panel.filing.moveCursor(QTextCursor.MoveOperation.End)
    type_keys(panel.filing, " X", pauses=(5,))
    if panel.keeper.pending:  # typing has not paused long enough to keep it by itself
        assert panel.apply_button.isEnabled()
        panel.apply_button.click()
    qtbot.waitUntil(lambda: panel.status.text().startswith("Counsel's wording, kept"))
    assert not panel.apply_button.isEnabled()
    assert panel.filing_label.text() == "Filing (counsel's):"
