"""Export PDF and Print of a filing the checks find unready ask what Export asks, and what
counsel writes anyway is marked DRAFT on every page: a final-looking PDF is never made from
a notice that still holds placeholders for counsel, nor a redline or conformed copy of it.
One rule for every document the app prints."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from PySide6.QtWidgets import QDialog, QMessageBox

from amendtool.core.plain_checks import export_refusal
from amendtool.gui import everyday, printing
from amendtool.gui.main_window import MainWindow
from tests.gui.conftest import wait_items, write_plain_paragraphs

HOLDERS = Path(__file__).parent.parent / "data" / "holders-notes"


def _open_unready(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.open_documents(HOLDERS / "orig.txt", HOLDERS / "rev.txt", HOLDERS / "filing.toml")
    wait_items(qtbot, window, 5)
    qtbot.waitUntil(lambda: window.session.checked, timeout=30000)
    assert export_refusal(window.session.findings) is not None  # placeholders in the notice


def _pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def _anyway(monkeypatch: pytest.MonkeyPatch, asked: list[str]) -> None:
    def answer(box: QMessageBox) -> int:
        asked.append(box.text())
        next(b for b in box.buttons() if b.text().endswith("Anyway")).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)


@pytest.mark.parametrize("which", printing.PRINTABLE)
def test_export_pdf_asks_and_marks_what_is_written_anyway_draft(
    qtbot, window, tmp_path, monkeypatch, answered_dialogs, which
) -> None:  # type: ignore[no-untyped-def]
    _open_unready(qtbot, window)
    monkeypatch.setattr(everyday, "_author_asked", lambda window, which: True)
    path = tmp_path / f"{which}.pdf"
    assert everyday.export_pdf(window, which, path) is None  # counsel cancels
    assert not path.exists()
    assert any("placeholder" in text and "DRAFT" in text for text in answered_dialogs)
    asked: list[str] = []
    _anyway(monkeypatch, asked)
    assert everyday.export_pdf(window, which, path) == path
    assert len(asked) == 1
    pages = _pdf_text(path).split("\f")
    assert all("DRAFT" in page for page in pages if page.strip())


@pytest.mark.parametrize("which", printing.PRINTABLE)
def test_print_asks_and_marks_what_is_printed_anyway_draft(
    qtbot, window, monkeypatch, answered_dialogs, which
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtPrintSupport import QPrintDialog

    _open_unready(qtbot, window)
    dialogs: list[QPrintDialog] = []
    printed: list[bool] = []
    monkeypatch.setattr(
        QPrintDialog, "exec", lambda self: dialogs.append(self) or QDialog.DialogCode.Accepted
    )
    monkeypatch.setattr(
        printing, "print_to", lambda document, printer, draft=False: printed.append(draft)
    )
    monkeypatch.setattr(everyday, "_which", lambda window, amendment, verb: which)
    monkeypatch.setattr(everyday, "_author_asked", lambda window, which: True)
    everyday.print_document(window)  # counsel cancels: no print dialog
    assert not dialogs and not printed
    assert any("placeholder" in text for text in answered_dialogs)
    _anyway(monkeypatch, [])
    everyday.print_document(window)
    assert printed == [True]


def test_a_ready_filing_is_written_without_the_draft_mark(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window.open_demo()
    write_plain_paragraphs(qtbot, window)
    assert export_refusal(window.session.findings) is None
    path = everyday.export_pdf(window, printing.FILING, tmp_path / "filing.pdf")
    assert path is not None
    assert "DRAFT" not in _pdf_text(path)
