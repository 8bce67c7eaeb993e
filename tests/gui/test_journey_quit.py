"""Quitting and the navigator's line for the amendment: quitting a changed project with Discard
must leave no defect behind (the undo stack, cleared as the window goes, called back into the
deleted window and wrote a crash log each time), and filing details entered or undone show in
the navigator at once, not at the next re-draft."""

from __future__ import annotations

import tomllib

from PySide6.QtCore import QEvent

from amendtool.gui.main_window import MainWindow
from tests.conftest import SAMPLES
from tests.gui.conftest import wait_items
from tests.gui.human import click_in_text, type_keys


def amendment_line(window: MainWindow) -> str:
    series = window.workspace.series_list
    return series.item(series.count() - 1).text()


def test_quitting_a_changed_project_with_discard_leaves_no_error(qtbot) -> None:  # type: ignore[no-untyped-def]
    from amendtool.gui.app import make_app

    app = make_app([])
    window = MainWindow()
    window.show()
    window.open_demo()
    wait_items(qtbot, window, 6)
    pane = window.workspace.draft_pane
    click_in_text(pane, "Halvorsen Networks, Inc. (")
    type_keys(pane, "The ")
    wait_items(qtbot, window)
    assert window.isWindowModified()
    errors: list[BaseException] = []
    with qtbot.capture_exceptions() as captured:
        assert window.close()  # the dialog answers Discard
        window.deleteLater()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        app.processEvents()
    errors += [error for _, error, _ in captured]
    assert errors == []


def test_filing_details_show_in_the_navigator_at_once_and_go_with_undo(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    window.open_documents(
        SAMPLES / "offer-to-exchange.docx", SAMPLES / "offer-to-exchange-revised.docx"
    )
    wait_items(qtbot, window, 6)
    assert "no filing details yet" in amendment_line(window)
    data = tomllib.loads((SAMPLES / "filing.toml").read_text(encoding="utf-8"))
    window.session.set_filing_data(data)
    assert "April 9, 2026" in amendment_line(window)  # no re-draft waited for
    assert "no filing details yet" not in amendment_line(window)
    window.session.set_filing_data(None)
    assert "no filing details yet" in amendment_line(window)


def test_the_app_quits_a_recovered_project_without_error(qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A project recovered at start: on quitting, `run_app` asks whether anything is unsaved
    to decide whether the recovery file can go; it asked after the window was deleted."""
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QUndoCommand

    from amendtool.gui import app

    recovered = tmp_path / "recovered.amend"
    recovered.write_text("{}", encoding="utf-8")

    def open_window(argv: list[str]) -> MainWindow:
        window = MainWindow()
        window.recovered = recovered  # type: ignore[attr-defined]
        window.session.undo_stack.push(QUndoCommand("typing"))  # work not saved
        QTimer.singleShot(0, window.close)
        return window

    monkeypatch.setattr(app, "open_window", open_window)
    monkeypatch.setattr(app, "install_error_handler", lambda window: None)
    with qtbot.capture_exceptions() as captured:
        app.run_app([])
    assert [error for _, error, _ in captured] == []
    assert recovered.exists()  # the unsaved work was discarded here, not its recovery
