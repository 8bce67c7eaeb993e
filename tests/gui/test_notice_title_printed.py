"""The app's printed and PDF notice is titled for the amendment's kind: Amendment No. 2,
changing the conditions and extended by the Extend dialog's "in this amendment" box, is an
amendment and extension, and its notice PDF says so, as its Word file does."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from PySide6.QtGui import QTextDocument

from amendtool.gui.extend_dialog import ExtendDialog
from amendtool.gui.main_window import MainWindow
from amendtool.gui.printing import NOTICE, export_pdf, printable
from tests.gui.conftest import wait_items
from tests.gui.extend_journey import answer_extend, changing_draft
from tests.gui.test_series_gui import confirmed

__all__ = ["confirmed"]  # the fixture: counsel answers Yes

COMBINED = "Notice of Amendment and Extension of the Offer to Exchange"


def test_the_notice_of_an_amendment_extended_in_the_dialog_is_so_titled(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    answered_dialogs: list[str],
    confirmed: list[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    session = changing_draft(qtbot, window)

    def in_this(dialog: ExtendDialog) -> None:
        dialog.to.setText("2026-05-07 23:59")
        dialog.in_this.setChecked(True)

    shown = answer_extend(monkeypatch, in_this)
    window.actions_by_id["extend"].trigger()
    wait_items(qtbot, window)
    assert shown
    amendment = session.amendment()
    assert amendment is not None and amendment.wording_kind == "extension_terms"
    document = printable(amendment, NOTICE)
    title = document.metaInformation(QTextDocument.MetaInformation.DocumentTitle)
    assert title == f"{amendment.filing.issuer_name}: {COMBINED}"
    pdf = export_pdf(amendment, tmp_path / "notice.pdf", NOTICE)
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    [titled] = [line for line in info.stdout.splitlines() if line.startswith("Title:")]
    assert titled.split(":", 1)[1].strip() == f"{amendment.filing.issuer_name}: {COMBINED}"
