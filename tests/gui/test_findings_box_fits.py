"""The question before exporting over the checks' findings, and the box saying where the
files went with them, fit the screen however many findings there are: the list scrolls and
the buttons stay on the screen (a 1366x768 laptop showed neither with 12 findings)."""

from __future__ import annotations

import pytest

from PySide6.QtCore import QRect
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QWidget

from amendtool.gui.findings_lists import confirm_export, tell

LONG = (
    "error: item {}: cited in Section 2. How to Elect to Exchange, but in the revised draft "
    "Section 3 was not found and its text is read as part of that section: the change may "
    "lie in the section not found; fix the heading and draft again before you file it"
)
FINDINGS = [LONG.format(chr(65 + n)) for n in range(12)]


def _global(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size())


@pytest.fixture
def shown(qtbot, monkeypatch: pytest.MonkeyPatch) -> list[tuple[QRect, list[QRect], QRect]]:  # type: ignore[no-untyped-def]
    """Each box is shown as counsel sees it: (its frame, its buttons, the screen's room)."""
    seen: list[tuple[QRect, list[QRect], QRect]] = []

    def show(box: QMessageBox) -> int:
        box.show()
        QTest.qWait(30)
        room = box.screen().availableGeometry()
        seen.append((box.frameGeometry(), [_global(b) for b in box.buttons()], room))
        box.close()
        return int(QMessageBox.StandardButton.Cancel)

    monkeypatch.setattr(QMessageBox, "exec", show)
    return seen


def test_the_export_question_and_the_files_box_keep_their_buttons_on_screen(  # type: ignore[no-untyped-def]
    qtbot, shown
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    assert confirm_export(parent, FINDINGS) is False
    tell(parent, "Export", "The files were written to:\n\n/tmp/x\n\n• " + "\n• ".join(FINDINGS))
    assert len(shown) == 2
    for frame, buttons, room in shown:
        assert room.contains(frame), (frame, room)
        assert buttons and all(room.contains(b) for b in buttons), (buttons, room)
