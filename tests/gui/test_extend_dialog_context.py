"""The Extend dialog says what it extends and why it proposes its date: the expiration in
force, and the proposal as the earliest that keeps the offer open as long as the series'
changes require (or, when they require nothing more, two weeks after the expiration)."""

from __future__ import annotations

import pytest

from amendtool.gui.extend_dialog import ExtendDialog
from amendtool.gui.main_window import MainWindow
from tests.gui.extend_journey import answer_extend, changing_draft, demo_written
from tests.gui.test_series_gui import confirmed

__all__ = ["ExtendDialog", "confirmed"]  # the fixture: counsel answers Yes


def test_the_dialog_names_the_expiration_in_force_and_the_earliest_compliant(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    confirmed: list[str],
) -> None:
    changing_draft(qtbot, window)  # No. 2, April 21: five business days from then
    shown = answer_extend(monkeypatch, None)
    window.actions_by_id["extend"].trigger()
    [dialog] = shown
    said = " ".join(dialog.context.text().split())
    assert "now expires at 11:59 p.m., Eastern Time, on April 23, 2026" in said, said
    assert "earliest" in said and "April 27, 2026" in said, said
    assert dialog.to.text() == "2026-04-27 midnight"


def test_without_a_period_to_keep_the_proposal_is_two_weeks_on(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    demo_written(qtbot, window)
    shown = answer_extend(monkeypatch, None)
    window.actions_by_id["extend"].trigger()
    [dialog] = shown
    said = " ".join(dialog.context.text().split())
    assert "now expires at 11:59 p.m., Eastern Time, on April 23, 2026" in said, said
    assert "two weeks after it" in said, said
