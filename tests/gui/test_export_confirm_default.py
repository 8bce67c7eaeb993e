"""Export with the checks' findings asks first, and Enter (the default button) cancels:
the filing is written over a finding only by pressing Export Anyway."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from amendtool.gui.findings_lists import confirm_export


def test_enter_cancels_an_export_over_findings(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    seen: list[tuple[str, str]] = []

    def enter(box: QMessageBox) -> int:
        default, escape = box.defaultButton(), box.escapeButton()
        seen.append((box.buttonRole(default).name, box.buttonRole(escape).name))
        default.click()  # Enter presses the default button
        return 0

    monkeypatch.setattr(QMessageBox, "exec", enter)
    assert confirm_export(None, ["warning: item A: the notice is unfinished"]) is False
    assert seen == [("RejectRole", "RejectRole")]
    assert confirm_export(None, []) is True  # nothing found: nothing asked
    assert len(seen) == 1
