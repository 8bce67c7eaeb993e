"""Files dragged from the desktop onto any part of the window open; they never become text."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QGroupBox, QLabel, QWidget

from amendtool.gui.main_window import MainWindow
from tests.conftest import SAMPLES
from tests.gui.conftest import wait_items
from tests.gui.human import drop_files, pause
from tests.gui.test_journey_whole_document import ORIGINAL, REVISED, redo_all, undo_all


def panes(window: MainWindow) -> dict[str, object]:
    w = window.workspace
    return {
        "draft": w.draft_pane.viewport(),
        "original": w.original_pane.viewport(),
        "items": w.items_panel.list.viewport(),
        "wording": w.items_panel.filing.viewport(),
        "checks": w.checks.viewport(),
        "navigator": w.navigator.viewport(),
        "preview": w.filing_preview.viewport(),
        "status bar": window.statusBar(),
    }


def answer(window: MainWindow, monkeypatch: pytest.MonkeyPatch, role: str | None) -> list[Path]:
    asked: list[Path] = []

    def ask(path: Path) -> str | None:
        asked.append(path)
        return role

    monkeypatch.setattr(window, "ask_how_to_open", ask)
    return asked


def test_an_offer_dropped_on_the_first_page_opens_as_the_original(
    qtbot, window, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    asked = answer(window, monkeypatch, "revised")
    entered, dropped = drop_files(window.welcome, [ORIGINAL])
    assert entered and dropped
    wait_items(qtbot, window, 0)
    assert asked == []  # nothing open yet: it can only be the original
    assert window.session.original is not None
    assert window.session.original.source.endswith("offer-to-exchange.docx")


@pytest.mark.parametrize(
    "where",
    ["draft", "original", "items", "wording", "checks", "navigator", "preview", "status bar"],
)
def test_a_revised_file_dropped_on_any_pane_loads_as_one_undo_step(
    qtbot, window, monkeypatch, where: str
) -> None:  # type: ignore[no-untyped-def]
    window.open_documents(ORIGINAL, None, SAMPLES / "filing.toml")
    wait_items(qtbot, window, 0)
    before = window.workspace.draft_pane.read_blocks()
    asked = answer(window, monkeypatch, "revised")
    entered, dropped = drop_files(panes(window)[where], [REVISED])  # type: ignore[arg-type]
    assert entered and dropped
    wait_items(qtbot, window, 6)
    assert asked == [REVISED]
    text = window.workspace.draft_pane.toPlainText()
    assert "file:" not in text and "offer-to-exchange-revised" not in text
    assert window.session.undo_stack.count() == 1
    undo_all(window)
    wait_items(qtbot, window, 0)
    assert window.workspace.draft_pane.read_blocks() == before
    redo_all(window)
    wait_items(qtbot, window, 6)


def test_a_drop_counsel_cancels_changes_nothing(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window.open_documents(ORIGINAL)
    wait_items(qtbot, window, 0)
    before = window.workspace.draft_pane.read_blocks()
    answer(window, monkeypatch, None)
    drop_files(window.workspace.draft_pane.viewport(), [REVISED])
    wait_items(qtbot, window, 0)
    assert window.workspace.draft_pane.read_blocks() == before
    assert window.session.undo_stack.count() == 0


def test_an_offer_dropped_as_the_original_starts_a_new_amendment(
    qtbot, window, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window.open_demo()
    wait_items(qtbot, window, 6)
    answer(window, monkeypatch, "original")
    drop_files(window.workspace.items_panel.list.viewport(), [REVISED])
    qtbot.waitUntil(lambda: window.session.original.source.endswith("revised.docx"), timeout=15000)
    wait_items(qtbot, window, 0)


def test_a_project_dropped_opens_and_a_foreign_file_is_refused(
    qtbot, window, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window.open_demo()
    wait_items(qtbot, window, 6)
    project = tmp_path / "saved.amend"
    assert window._save_to(project)
    window.open_documents(ORIGINAL)
    wait_items(qtbot, window, 0)
    answer(window, monkeypatch, "revised")
    before = window.workspace.draft_pane.read_blocks()
    picture = tmp_path / "scan.pdf"
    shutil.copy(ORIGINAL, picture)
    entered, dropped = drop_files(window.workspace.draft_pane.viewport(), [picture])
    assert not entered and not dropped  # refused: the mouse shows it cannot go there
    assert "amendtool opens offers" in window.statusBar().currentMessage()
    assert window.workspace.draft_pane.read_blocks() == before
    entered, dropped = drop_files(window.workspace.draft_pane.viewport(), [project])
    assert dropped
    qtbot.waitUntil(lambda: window.session.path == project)
    wait_items(qtbot, window, 6)


def test_a_filing_toml_dropped_on_the_filing_form_is_imported(
    qtbot, window, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from amendtool.gui.filing_form import FilingForm

    window.open_documents(ORIGINAL)
    wait_items(qtbot, window, 0)
    form = FilingForm(None, window)
    qtbot.addWidget(form)
    form.show()
    field = form.widgets[("issuer", "name")]
    entered, dropped = drop_files(field, [SAMPLES / "filing.toml"])
    assert entered and dropped
    qtbot.waitUntil(lambda: field.text() == "Halvorsen Networks, Inc.")  # type: ignore[attr-defined]
    entered, dropped = drop_files(field, [ORIGINAL])
    assert not dropped
    assert field.text() == "Halvorsen Networks, Inc."  # type: ignore[attr-defined]


def drop_as_qt_does(target: QWidget, at: QPoint, paths: list[Path]) -> bool:
    """Let go of files over `target` as the window system delivers it: to the form's window,
    which gives the drag to the widget under the mouse or the nearest one taking drops."""
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    top = target.window()
    point = QPointF(target.mapTo(top, at))
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    handle = top.windowHandle()
    assert handle is not None
    enter = QDragEnterEvent(point.toPoint(), actions, data, buttons, modifiers)
    QApplication.sendEvent(handle, enter)
    move = QDragMoveEvent(point.toPoint(), actions, data, buttons, modifiers)
    QApplication.sendEvent(handle, move)
    drop = QDropEvent(point, actions, data, buttons, modifiers)
    QApplication.sendEvent(handle, drop)
    pause(20)
    return drop.isAccepted()


def test_a_filing_toml_dropped_anywhere_on_the_form_is_imported(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from amendtool.gui.filing_form import FilingForm

    window.open_documents(ORIGINAL)
    wait_items(qtbot, window, 0)
    field = None
    for place in ("label", "group", "form"):
        form = FilingForm(None, window)
        qtbot.addWidget(form)
        form.show()
        qtbot.waitExposed(form)
        field = form.widgets[("issuer", "name")]
        label = next(lb for lb in form.findChildren(QLabel) if lb.isVisible() and lb.text())
        group = next(g for g in form.findChildren(QGroupBox) if g.isVisible())
        target, at = {
            "label": (label, label.rect().center()),  # a field's name
            "group": (group, QPoint(group.width() - 4, 2)),  # the gap beside a group's title
            "form": (form, QPoint(form.width() // 2, 3)),  # the form's top edge
        }[place]
        assert drop_as_qt_does(target, at, [SAMPLES / "filing.toml"]), place
        qtbot.waitUntil(lambda f=field: f.text() == "Halvorsen Networks, Inc.")  # type: ignore[attr-defined]
        form.reject()
    assert field is not None
