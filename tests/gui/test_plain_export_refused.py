"""The app's export refuses while the plain notice has a placeholder, naming the items."""

from __future__ import annotations

from pathlib import Path

from amendtool.gui.export_dialog import ExportDialog
from amendtool.gui.main_window import MainWindow
from tests.gui.conftest import wait_items


def test_export_names_the_items_still_to_be_written(
    qtbot,
    window: MainWindow,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    window.open_demo()
    wait_items(qtbot, window, 6)
    amendment = window.session.amendment()
    assert amendment is not None and amendment.filing.notice_style == "plain"
    dialog = ExportDialog(amendment, str(tmp_path / "out"), window)
    dialog.open_when_done = False
    dialog.start()
    qtbot.waitUntil(lambda: bool(dialog.result_files) or dialog.error is not None, timeout=60000)
    assert dialog.error == (
        "export refused: the employee notice still has a placeholder for counsel in item A, "
        "item C, item D; write those paragraphs first"
    )
    assert not (tmp_path / "out" / "employee-notice.docx").exists()


def test_the_advice_matches_what_holds_export_back(
    qtbot, window: MainWindow, answered_dialogs
) -> None:  # type: ignore[no-untyped-def]
    from amendtool.core.expiration_checks import DISAGREES
    from amendtool.core.findings import ERROR, Finding

    window.open_demo()
    wait_items(qtbot, window, 6)
    qtbot.waitUntil(lambda: window.session.checked, timeout=20000)
    stated = "the offer states 11:59 p.m. on March 22, 2024; the filing details March 15, 2024"
    window.session.findings = [Finding(ERROR, DISAGREES, stated)]
    window.export()
    refusal = answered_dialogs[-1]
    assert "different expirations" in refusal
    assert "Plain paragraph (notice)" not in refusal  # no item needs a paragraph
    assert "Filing Details" in refusal


def test_a_holders_export_refusal_names_the_notice_to_holders(
    qtbot, window: MainWindow, answered_dialogs
) -> None:  # type: ignore[no-untyped-def]
    from tests.gui.test_offer_names_everywhere import as_offer_to_purchase

    as_offer_to_purchase(qtbot, window)
    qtbot.waitUntil(lambda: window.session.checked, timeout=20000)
    window.export()
    refusal = answered_dialogs[-1]
    assert "the notice to holders still has a placeholder for counsel" in refusal, refusal
    assert "employee" not in refusal.lower(), refusal
