"""Extend the Offer again while the open draft is an extension that also changes the offer:
drafted again to the new date, it keeps its changes (never the offer as amended before it
with only the new expiration), as `extend` does on the command line."""

from __future__ import annotations

import pytest

from amendtool.core.typography import fold_typography
from amendtool.gui.extend_dialog import ExtendDialog
from amendtool.gui.main_window import MainWindow
from tests.gui.conftest import wait_items
from tests.gui.extend_journey import answer_extend, changing_draft
from tests.gui.test_series_gui import confirmed

__all__ = ["confirmed"]  # the fixture: counsel answers Yes


def test_an_extension_draft_with_changes_extended_again_keeps_them(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    answered_dialogs: list[str],
    confirmed: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    session = changing_draft(qtbot, window)
    series = session.series
    assert series is not None

    def in_this(dialog: ExtendDialog) -> None:
        dialog.to.setText("2026-05-07 23:59")
        dialog.in_this.setChecked(True)

    answer_extend(monkeypatch, in_this)
    window.actions_by_id["extend"].trigger()
    wait_items(qtbot, window)
    assert series.current.kind.value == "extension"
    window.amendment_menu.extend("2026-05-14 23:59")  # the same draft, to a later date
    wait_items(qtbot, window)
    assert [(a.number, a.kind.value) for a in series.amendments] == [(1, "text"), (2, "extension")]
    texts = " ".join(fold_typography(i.new_text) for i in session.items)
    assert "final, binding and conclusive" in texts  # the draft's own change, kept
    assert "May 14, 2026" in texts and "May 7, 2026" not in texts
