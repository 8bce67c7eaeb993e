"""A filing.toml a Windows editor saved in its code page is read as it was saved, and the
app says so wherever counsel gives it one (opened with the documents, or imported into the
Filing Details form), as `amendtool` prints it: counsel learns to save it as UTF-8."""

from __future__ import annotations

from pathlib import Path

from amendtool.gui.filing_form import FilingForm
from amendtool.gui.main_window import MainWindow
from tests.conftest import SAMPLES
from tests.gui.conftest import wait_items
from tests.gui.human import when_modal
from tests.gui.test_journey_heading_marks import ORIGINAL

NOTE = "is not UTF-8, as TOML files are; read as Windows-1252"


def saved_in_cp1252(tmp_path: Path) -> Path:
    text = (SAMPLES / "filing.toml").read_text(encoding="utf-8")
    assert "Ashby & Kettering LLP" in text
    path = tmp_path / "filing-1252.toml"
    path.write_bytes(
        text.replace("Ashby & Kettering LLP", "Ashby & Kéttering LLP").encode("cp1252")
    )
    return path


def test_opening_with_a_cp1252_filing_says_how_it_was_read(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    said: list[str] = []
    window.statusBar().messageChanged.connect(said.append)
    window.open_documents(ORIGINAL, None, saved_in_cp1252(tmp_path))
    wait_items(qtbot, window, 0)
    assert window.session.filing is not None
    assert window.session.filing.copy_to[0].firm == "Ashby & Kéttering LLP"
    qtbot.waitUntil(lambda: any(NOTE in m for m in said), timeout=5000)


def test_importing_a_cp1252_filing_into_the_form_says_how_it_was_read(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window.open_documents(ORIGINAL)
    wait_items(qtbot, window, 0)
    path = saved_in_cp1252(tmp_path)
    shown: list[str] = []

    def fill(dialog) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, FilingForm)
        dialog.import_toml(str(path))
        shown.append(dialog.problems.text() if dialog.problems_area.isVisibleTo(dialog) else "")
        dialog.accept()

    when_modal(fill)
    window.actions_by_id["filing"].trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert NOTE in shown[0], shown
    qtbot.waitUntil(lambda: window.session.filing is not None, timeout=5000)
    assert window.session.filing.copy_to[0].firm == "Ashby & Kéttering LLP"
