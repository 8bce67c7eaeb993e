"""The Preview shows the filing and the notice as they print: with the house style's curly
quotation marks when the .docx and the PDF have them, straight ones when Preferences says
straight."""

from __future__ import annotations

from amendtool.gui import settings
from amendtool.gui.main_window import MainWindow
from tests.gui.conftest import wait_items


def _shown(qtbot, window: MainWindow) -> str:  # type: ignore[no-untyped-def]
    wait_items(qtbot, window, 6)
    qtbot.waitUntil(lambda: window.session.checked, timeout=30000)
    qtbot.waitUntil(lambda: bool(window.session.preview[0]), timeout=30000)
    ws = window.workspace
    ws.preview_dock.show()
    ws.preview_dock.raise_()
    qtbot.waitUntil(lambda: bool(ws.filing_preview.toPlainText()), timeout=30000)
    return ws.filing_preview.toPlainText()


def test_the_preview_prints_the_quotation_marks_the_files_print(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert settings.get(settings.CURLY_QUOTES)  # the house style as shipped
    window.open_demo()
    shown = _shown(qtbot, window)
    assert "“" in shown and '"' not in shown, shown[:400]
