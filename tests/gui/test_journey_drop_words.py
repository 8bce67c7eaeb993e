"""What a drop says: only what happened, where it happened, and never nothing.

Several files at once, the filing details dropped on the main window, files dropped on the
Review window; and the window takes drops without watching every event of the application
(an application-wide filter makes each event wait for the drafting worker's interpreter).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QStatusTipEvent
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from amendtool.gui.filing_form import FilingForm
from amendtool.gui.main_window import MainWindow
from tests.conftest import SAMPLES
from tests.gui.conftest import wait_items
from tests.gui.human import drop_files
from tests.gui.test_journey_whole_document import ORIGINAL, REVISED


def test_two_offers_dropped_over_an_amendment_say_nothing_opened_until_counsel_chooses(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    window.open_documents(ORIGINAL)
    wait_items(qtbot, window, 0)
    said_while_asked: list[str] = []
    guesses: list[Path | None] = []

    def ask(first: Path, second: Path, guess: Path | None) -> Path | None:
        said_while_asked.append(window.statusBar().currentMessage())
        guesses.append(guess)
        return None  # Cancel

    monkeypatch.setattr(window, "ask_original", ask)
    entered, dropped = drop_files(window.workspace.draft_pane.viewport(), [REVISED, ORIGINAL])
    assert entered and dropped
    qtbot.waitUntil(lambda: bool(said_while_asked))
    assert guesses == [ORIGINAL]  # the names tell: offered first, still asked (one is open)
    assert not any("Opened" in text for text in said_while_asked), said_while_asked
    shown = window.statusBar().currentMessage()
    assert "Opened" not in shown and "opened" not in shown.replace("Nothing opened", ""), shown
    assert window.session.undo_stack.count() == 0


def test_an_original_and_its_revision_dropped_together_open_as_the_pair(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(window, "ask_original", lambda *args: pytest.fail("asked"))
    drop_files(window.welcome, [REVISED, ORIGINAL])  # the file manager's order: not the roles
    wait_items(qtbot, window, 6)
    assert window.session.original.source.endswith(ORIGINAL.name)  # type: ignore[union-attr]
    shown = window.findChild(QLabel, "statusNote").text()
    assert f"{ORIGINAL.name} as the original" in shown, shown
    assert f"{REVISED.name} as the revised offer" in shown, shown


def test_two_offers_whose_names_do_not_tell_are_asked_about(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    first, second = tmp_path / "northwind-a.docx", tmp_path / "northwind-b.docx"
    shutil.copy(REVISED, first)
    shutil.copy(ORIGINAL, second)
    asked: list[tuple[Path, Path, Path | None]] = []

    def ask(one: Path, other: Path, guess: Path | None) -> Path:
        asked.append((one, other, guess))
        return second

    monkeypatch.setattr(window, "ask_original", ask)
    drop_files(window.welcome, [first, second])
    wait_items(qtbot, window, 6)
    assert asked == [(first, second, None)]
    assert window.session.original.source.endswith(second.name)  # type: ignore[union-attr]


def test_files_left_out_of_a_drop_are_said_until_the_read_has_ended(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    window.open_documents(ORIGINAL)
    wait_items(qtbot, window, 0)
    monkeypatch.setattr(window, "ask_how_to_open", lambda path: "revised")
    filing = SAMPLES / "filing.toml"
    drop_files(window.workspace.draft_pane.viewport(), [REVISED, filing])
    hovered = QStatusTipEvent("")  # the mouse over a tool or a menu clears passing messages
    QApplication.sendEvent(window, hovered)
    during = window.findChild(QLabel, "statusNote")
    assert during.isVisible() and f"not opened: {filing.name}" in during.text(), during.text()
    wait_items(qtbot, window, 6)
    QApplication.sendEvent(window, QStatusTipEvent(""))
    after = window.findChild(QLabel, "statusNote")
    assert after.isVisible() and f"not opened: {filing.name}" in after.text(), after.text()
    assert f"Opened {REVISED.name}" in after.text(), after.text()


def test_filing_toml_dropped_on_the_main_window_is_offered_as_the_filing_details(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    window.open_documents(ORIGINAL)
    wait_items(qtbot, window, 0)
    shown: list[str] = []

    def accept(form: FilingForm) -> int:
        shown.append(form.widgets[("issuer", "name")].text())  # type: ignore[attr-defined]
        return 1  # counsel reads the imported details and clicks OK

    monkeypatch.setattr(FilingForm, "exec", accept)
    entered, dropped = drop_files(window.workspace.draft_pane.viewport(), [SAMPLES / "filing.toml"])
    assert entered and dropped
    qtbot.waitUntil(lambda: bool(shown))
    assert shown == ["Halvorsen Networks, Inc."]
    qtbot.waitUntil(lambda: window.session.filing_data is not None)
    assert window.session.filing_data["issuer"]["name"] == "Halvorsen Networks, Inc."  # type: ignore[index]
    assert "file:" not in window.workspace.draft_pane.toPlainText()
    window.session.undo_stack.undo()  # one step, like the menu's Filing Details…
    assert not window.session.filing_data


def test_filing_toml_dropped_before_an_offer_says_where_it_goes(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    entered, dropped = drop_files(window.welcome, [SAMPLES / "filing.toml"])
    assert entered and dropped
    qtbot.waitUntil(lambda: "filing.toml" in window.statusBar().currentMessage())
    shown = window.statusBar().currentMessage()
    assert "original" in shown and "Filing Details" in shown, shown
    assert window.session.original is None


def test_files_dropped_on_the_review_window_open_or_say_why_not(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window.open_demo()
    wait_items(qtbot, window, 6)
    review = window.review()
    assert review is not None
    qtbot.addWidget(review)
    asked: list[Path] = []
    monkeypatch.setattr(window, "ask_how_to_open", lambda path: asked.append(path))
    entered, dropped = drop_files(review.right.viewport(), [REVISED])
    assert entered and dropped
    qtbot.waitUntil(lambda: asked == [REVISED])
    picture = tmp_path / "scan.pdf"
    shutil.copy(ORIGINAL, picture)
    entered, dropped = drop_files(review.left.viewport(), [picture])
    assert not entered and not dropped
    said = review.drop_note
    assert said.isVisible() and "scan.pdf" in said.text() and "amendtool opens" in said.text()


def test_the_window_takes_drops_without_filtering_every_event(
    qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from amendtool.gui.app import make_app

    app = make_app([])
    filters: list[object] = []
    monkeypatch.setattr(type(app), "installEventFilter", lambda self, f: filters.append(f))
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    win.open_documents(ORIGINAL)
    wait_items(qtbot, win, 0)
    assert filters == []
    assert isinstance(QApplication.instance(), type(app))


def drop_text(target: QWidget, text: str) -> tuple[bool, bool]:
    """Drag words (not a file) from another program onto `target` and let go."""
    data = QMimeData()
    data.setText(text)
    point = QPointF(target.rect().center())
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point.toPoint(), actions, data, buttons, modifiers)
    QApplication.sendEvent(target, enter)
    QApplication.sendEvent(
        target, QDragMoveEvent(point.toPoint(), actions, data, buttons, modifiers)
    )
    drop = QDropEvent(point, actions, data, buttons, modifiers)
    QApplication.sendEvent(target, drop)
    return enter.isAccepted(), drop.isAccepted()


def test_a_file_dropped_on_a_dialog_field_is_never_typed_into_it(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """The main window's dialogs (preferences, export, an extension's date …) take no file:
    its address is never typed into a field, whichever dialog it is."""
    from amendtool.gui.preferences import Preferences

    dialog = Preferences(window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    before = dialog.name.text()
    entered, dropped = drop_files(dialog.name, [ORIGINAL])
    assert not entered and not dropped
    assert dialog.name.text() == before
    dialog.name.clear()
    entered, dropped = drop_text(dialog.name, "Jane Roe")
    assert entered and dropped and dialog.name.text() == "Jane Roe"  # words still go in
