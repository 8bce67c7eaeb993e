"""Amendment ▸ Extend the Offer to an expiration that does not keep the offer open as long as
an earlier amendment requires is refused as `amendtool extend` refuses it, naming the day it
must reach and nothing drafted or marked filed; the Extend dialog's box (the command's
--allow-short-period) drafts it anyway, in the draft it leaves short (never locking it as
the next amendment would)."""

from __future__ import annotations

import pytest

from amendtool.gui.extend_dialog import ALLOW_SHORT, ExtendDialog
from amendtool.gui.main_window import MainWindow
from tests.gui.conftest import wait_items
from tests.gui.extend_journey import answer_extend, changing_draft
from tests.gui.test_series_gui import confirmed, plain_paragraphs_written

__all__ = ["confirmed"]  # the fixture: counsel answers Yes


def test_a_short_extension_is_refused_unless_the_dialog_allows_it(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    answered_dialogs: list[str],
    confirmed: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # No. 2, on Tuesday April 21, 2026, changes the conditions: five business days from then
    session = changing_draft(qtbot, window)
    assert session.items[0].materiality.value == "material"
    plain_paragraphs_written(window)
    wait_items(qtbot, window, 1)
    series = session.series
    assert series is not None

    def fill(allow: bool, in_this: bool = False):  # type: ignore[no-untyped-def]
        def answer(dialog: ExtendDialog) -> None:
            assert dialog.allow_short.text() == ALLOW_SHORT and not dialog.allow_short.isChecked()
            dialog.to.setText("2026-04-24 23:59")
            dialog.allow_short.setChecked(allow)
            dialog.in_this.setChecked(in_this)

        return answer

    asked = answer_extend(monkeypatch, fill(False))
    confirmed.clear()
    window.actions_by_id["extend"].trigger()
    refusal = answered_dialogs[-1]
    assert refusal.startswith("The extension to 2026-04-24 23:59 does not keep the offer open")
    assert "Amendment No. 2 (April 21, 2026)" in refusal and "5 business days" in refusal
    assert "12:00 midnight, Eastern Time, at the end of April 27, 2026" in refusal
    assert ALLOW_SHORT in refusal and "--allow-short-period" not in refusal
    # nothing drafted, and No. 2 not marked filed
    assert not confirmed
    assert [(a.number, a.status.value) for a in series.amendments] == [(1, "filed"), (2, "draft")]
    assert not session.locked

    # allowed, as the next amendment: it would lock No. 2, short of its own period
    answer_extend(monkeypatch, fill(True), asked)
    window.actions_by_id["extend"].trigger()
    refusal = answered_dialogs[-1]
    assert "would mark Amendment No. 2, a draft, filed" in refusal, refusal
    assert 'tick "Extend in Amendment No. 2, this draft"' in refusal, refusal
    assert [(a.number, a.status.value) for a in series.amendments] == [(1, "filed"), (2, "draft")]

    answer_extend(monkeypatch, fill(True, in_this=True), asked)
    window.actions_by_id["extend"].trigger()
    wait_items(qtbot, window)
    assert len(asked) == 3
    assert [a.number for a in series.amendments] == [1, 2] and not series.current.locked
    assert series.current.filing is not None
    assert series.current.filing.expiration.isoformat() == "2026-04-24T23:59:00"
    assert any(f.code in ("timing", "series_timing") for f in session.findings)  # still short
