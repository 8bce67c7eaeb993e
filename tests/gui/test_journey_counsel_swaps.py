"""Counsel types a legal word into the filing form's Delivery box: the plain notice says it in
the everyday word from the firm's list, and Checks says so as a note naming the box to
reword, as `amendtool check` does; a word with no safe swap is still a warning."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from amendtool.gui.filing_form import FilingForm
from amendtool.gui.main_window import MainWindow
from tests.gui.conftest import wait_items
from tests.gui.human import type_keys


def test_the_form_and_checks_say_counsels_words_otherwise(
    qtbot, window: MainWindow, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window.open_demo()
    wait_items(qtbot, window)
    session = window.session

    def typed(form: FilingForm) -> int:
        box = form.widgets[("notice", "delivery")]
        assert isinstance(box, QPlainTextEdit)
        box.moveCursor(QTextCursor.MoveOperation.End)
        type_keys(box, " Call us prior to the deadline as set forth above, on such days.")
        return 1  # counsel presses OK

    monkeypatch.setattr(FilingForm, "exec", typed)
    window.edit_filing()
    qtbot.waitUntil(lambda: session.checked and session.filing is not None, timeout=30000)
    assert session.filing is not None and "set forth" in session.filing.notice_delivery
    checks = window.workspace.checks
    qtbot.waitUntil(
        lambda: any("says “before”" in checks.item(n).text() for n in range(checks.count())),
        timeout=30000,
    )
    listed = [checks.item(n).text() for n in range(checks.count())]
    [note] = [line for line in listed if "says “before”" in line]
    assert note.startswith("note: the notice's delivery paragraph (filing details): ")
    assert "“set out” for “set forth”" in note and "“Delivery” (notice.delivery)" in note
    assert not [line for line in listed if "legal word “set forth”" in line]
    assert [line for line in listed if line.startswith("warning: ") and "legal word “such”" in line]
