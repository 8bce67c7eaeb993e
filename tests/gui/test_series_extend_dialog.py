"""Amendment ▸ Extend the Offer to an expiration that does not keep the offer open as long as
an earlier amendment requires is refused as `amendtool extend` refuses it, naming the day it
must reach and nothing drafted or marked filed; the Extend dialog's box (the command's
--allow-short-period) drafts it anyway."""

from __future__ import annotations

import pytest

from PySide6.QtWidgets import QDialog

from amendtool.gui.extend_dialog import ALLOW_SHORT, ExtendDialog
from amendtool.gui.main_window import MainWindow
from tests.gui.conftest import wait_items
from tests.gui.test_main_window import replace_in_draft
from tests.gui.test_series_gui import confirmed, plain_paragraphs_written

__all__ = ["confirmed"]  # the fixture: counsel answers Yes


def test_a_short_extension_is_refused_unless_the_dialog_allows_it(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    answered_dialogs: list[str],
    confirmed: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window.open_demo()
    wait_items(qtbot, window, 6)
    plain_paragraphs_written(window)
    window.actions_by_id["next_amendment"].trigger()
    wait_items(qtbot, window, 0)
    session = window.session
    # No. 2, on Tuesday April 21, 2026, changes the conditions: five business days from then
    data = dict(session.filing_data or {})
    data["amendment"] = {**data["amendment"], "date": "2026-04-21"}
    session.set_filing_data(data)
    replace_in_draft(window, "final and binding", "final, binding and conclusive")
    wait_items(qtbot, window, 1)
    assert session.items[0].materiality.value == "material"
    plain_paragraphs_written(window)
    wait_items(qtbot, window, 1)
    series = session.series
    assert series is not None

    asked: list[ExtendDialog] = []

    def fill(allow: bool):  # type: ignore[no-untyped-def]
        def run(dialog: ExtendDialog) -> int:
            asked.append(dialog)
            assert dialog.allow_short.text() == ALLOW_SHORT and not dialog.allow_short.isChecked()
            dialog.to.setText("2026-04-24 23:59")
            dialog.allow_short.setChecked(allow)
            return QDialog.DialogCode.Accepted

        return run

    monkeypatch.setattr(ExtendDialog, "exec", fill(False))
    confirmed.clear()
    window.actions_by_id["extend"].trigger()
    refusal = answered_dialogs[-1]
    assert refusal.startswith("The extension to 2026-04-24 23:59 does not keep the offer open")
    assert "Amendment No. 2 (April 21, 2026)" in refusal and "5 business days" in refusal
    assert "12:00 midnight, Eastern Daylight Time, on April 27, 2026" in refusal
    assert ALLOW_SHORT in refusal and "--allow-short-period" not in refusal
    # nothing drafted, and No. 2 not marked filed
    assert not confirmed
    assert [(a.number, a.status.value) for a in series.amendments] == [(1, "filed"), (2, "draft")]
    assert not session.locked

    monkeypatch.setattr(ExtendDialog, "exec", fill(True))
    window.actions_by_id["extend"].trigger()
    wait_items(qtbot, window)
    assert len(asked) == 2 and len(confirmed) == 1
    assert [a.kind.value for a in series.amendments] == ["text", "text", "extension"]
    assert series.current.filing is not None
    assert series.current.filing.expiration.isoformat() == "2026-04-24T23:59:00"
    assert any(f.code == "series_timing" for f in session.findings)  # the check still says so
