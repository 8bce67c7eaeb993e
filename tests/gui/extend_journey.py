"""The Extend dialog journeys' common setup: the demo's Amendment No. 1 written (its plain
paragraphs) and, as Amendment No. 2 dated Tuesday April 21, 2026, a draft with one change to
the conditions, which needs the offer open five business days from then; and the Extend
dialog answered as counsel answers it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from PySide6.QtWidgets import QDialog

from amendtool.gui.extend_dialog import ExtendDialog
from amendtool.gui.main_window import MainWindow
from amendtool.gui.session import Session
from tests.gui.conftest import wait_items
from tests.gui.test_main_window import replace_in_draft
from tests.gui.test_series_gui import plain_paragraphs_written


def demo_written(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """The demo open, its six items drafted and their plain paragraphs written."""
    window.open_demo()
    wait_items(qtbot, window, 6)
    plain_paragraphs_written(window)


def changing_draft(qtbot, window: MainWindow) -> Session:  # type: ignore[no-untyped-def]
    """Amendment No. 2, dated April 21, 2026, changing the conditions ("final and binding"
    becomes "final, binding and conclusive"): one item, a draft."""
    demo_written(qtbot, window)
    window.actions_by_id["next_amendment"].trigger()
    wait_items(qtbot, window, 0)
    session = window.session
    data = dict(session.filing_data or {})
    data["amendment"] = {**data["amendment"], "date": "2026-04-21"}
    session.set_filing_data(data)
    replace_in_draft(window, "final and binding", "final, binding and conclusive")
    wait_items(qtbot, window, 1)
    return session


def answer_extend(
    monkeypatch: pytest.MonkeyPatch,
    answer: Callable[[ExtendDialog], None] | None,
    shown: list[ExtendDialog] | None = None,
) -> list[ExtendDialog]:
    """The Extend dialog, when it opens, answered by `answer` and accepted (None: cancelled);
    the dialogs shown, in order (added to `shown` when given)."""
    shown = [] if shown is None else shown

    def run(dialog: ExtendDialog) -> int:
        shown.append(dialog)
        if answer is None:
            return QDialog.DialogCode.Rejected
        answer(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExtendDialog, "exec", run)
    return shown
