"""Amendment ▸ Extend the Offer while an amendment changing the offer is a draft: the Extend
dialog offers to extend in that amendment, with its changes (a change that needs a longer
period and the extension it requires, filed once), as `amend --to` does on the command line."""

from __future__ import annotations

import pytest

from amendtool.core.typography import fold_typography
from amendtool.gui.extend_dialog import ExtendDialog, in_this_label
from amendtool.gui.main_window import MainWindow
from tests.gui.conftest import wait_items
from tests.gui.extend_journey import answer_extend, changing_draft, demo_written
from tests.gui.test_series_gui import confirmed

__all__ = ["confirmed"]  # the fixture: counsel answers Yes


def test_the_open_draft_is_extended_with_its_changes(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    answered_dialogs: list[str],
    confirmed: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    session = changing_draft(qtbot, window)
    series = session.series
    assert series is not None
    confirmed.clear()

    def fill(dialog: ExtendDialog) -> None:
        assert dialog.in_this.text() == in_this_label(2) and not dialog.in_this.isHidden()
        dialog.to.setText("2026-05-07 23:59")
        dialog.in_this.setChecked(True)

    shown = answer_extend(monkeypatch, fill)
    window.actions_by_id["extend"].trigger()
    wait_items(qtbot, window)
    assert shown and not confirmed  # nothing marked filed: No. 2 is still the draft
    assert [(a.number, a.kind.value) for a in series.amendments] == [(1, "text"), (2, "extension")]
    assert series.current.filing is not None
    assert series.current.filing.expiration.isoformat() == "2026-05-07T23:59:00"
    texts = " ".join(fold_typography(i.new_text) for i in session.items)
    assert "final, binding and conclusive" in texts and "May 7, 2026" in texts
    assert not any(f.code == "series_expiration" for f in session.findings)


def test_without_an_open_draft_that_changes_the_offer_the_choice_is_not_offered(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    answered_dialogs: list[str],
    confirmed: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    demo_written(qtbot, window)
    window.amendment_menu.extend("2026-05-07 23:59")
    wait_items(qtbot, window)
    shown = answer_extend(monkeypatch, None)
    window.actions_by_id["extend"].trigger()
    assert shown and shown[0].in_this.isHidden() and not shown[0].in_this_amendment()


def test_extending_the_open_draft_short_of_its_own_period_is_refused(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    answered_dialogs: list[str],
    confirmed: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The draft's change to the conditions needs the offer open five business days from
    April 21 (through April 27): extending it in that draft to April 24 is refused, as
    `amend --to` refuses it, unless counsel ticks "Extend even if…"."""
    session = changing_draft(qtbot, window)
    series = session.series
    assert series is not None
    confirmed.clear()
    answered_dialogs.clear()

    def fill(dialog: ExtendDialog) -> None:
        dialog.to.setText("2026-04-24 23:59")
        dialog.in_this.setChecked(True)

    answer_extend(monkeypatch, fill)
    window.actions_by_id["extend"].trigger()
    wait_items(qtbot, window)
    assert [(a.number, a.kind.value) for a in series.amendments] == [(1, "text"), (2, "text")]
    [refusal] = [t for t in answered_dialogs if "does not keep the offer open long enough" in t]
    assert "April 27, 2026" in refusal and "Extend even if" in refusal, refusal
