"""The series in the app: the next amendment starts from the offer as amended, its items cite
through the earlier one, a filed amendment is read only, and the navigator lists them all."""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtWidgets import QMessageBox

from amendtool.gui.main_window import MainWindow
from amendtool.io.project_file import load_project
from tests.gui.conftest import wait_items
from tests.gui.test_main_window import replace_in_draft
from tests.support.docx_text import docx_lines
from tests.support.series import EXHIBIT, REWRITTEN, SECTION_17


@pytest.fixture
def confirmed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Counsel answers Yes to 'Amendment No. 1 will be marked filed and locked'."""
    asked: list[str] = []

    def yes(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    return asked


def plain_paragraphs_written(window: MainWindow) -> None:
    """Counsel writes the notice's plain paragraphs: the open amendment's check is clean."""
    for item in window.session.items:
        item.set_plain_summary("We changed this to make the offer clearer for you.")
    window.session.refresh_checks()


def test_the_next_amendment_cites_through_the_first_and_the_series_is_listed(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    answered_dialogs: list[str],
    confirmed: list[str],
    tmp_path: Path,
) -> None:
    window.open_demo()
    wait_items(qtbot, window, 6)
    workspace = window.workspace
    assert workspace.series_list.count() == 1

    # the notice still awaits counsel's plain paragraphs: No. 1 is not marked filed
    window.actions_by_id["next_amendment"].trigger()
    assert answered_dialogs[-1].startswith(
        "Amendment No. 1 cannot be marked filed: its employee notice still has a placeholder "
        "for counsel in items A, "
    )
    assert not confirmed and len(window.session.ensure_series().amendments) == 1
    window.actions_by_id["mark_filed"].trigger()
    assert answered_dialogs[-1].endswith(
        'write each paragraph for employees on the item\'s "Plain paragraph (notice)" tab; '
        "then mark it filed"
    )
    assert not window.session.locked

    plain_paragraphs_written(window)
    window.actions_by_id["next_amendment"].trigger()
    wait_items(qtbot, window, 0)
    assert confirmed == [
        "Amendment No. 1 will be marked filed and locked: it cannot be changed after this. "
        "Continue?"
    ]
    series = window.session.series
    assert series is not None
    assert [(a.number, a.status.value) for a in series.amendments] == [(1, "filed"), (2, "draft")]
    assert window.session.filing is not None and window.session.filing.amendment_number == 2
    assert workspace.series_list.count() == 2
    assert workspace.series_list.item(0).text().endswith("6 changes · filed (locked)")
    assert "As amended through Amendment No. 1" in workspace.original_title.text()
    assert window.isWindowModified()

    inserted = next(s for s in series.base(1).sections if s.number == "17").paragraphs[1].text
    replace_in_draft(window, inserted, REWRITTEN)
    wait_items(qtbot, window, 1)
    amendment = window.session.amendment()
    assert amendment is not None
    assert amendment.filing_instruction(amendment.items[0]) == (
        f"The paragraph inserted by Amendment No. 1 immediately after the first paragraph in "
        f"{SECTION_17} on page 30{EXHIBIT} has been deleted in its entirety and has been "
        "replaced with the following:"
    )

    project = tmp_path / "series.amend"
    window.session.save(project)
    saved = load_project(project).series
    assert [(a.number, a.status.value, len(a.items)) for a in saved.amendments] == [
        (1, "filed", 6),
        (2, "draft", 1),
    ]

    # No. 2 is dated today, after the sample offer expired: the check's error keeps it open
    window.actions_by_id["mark_filed"].trigger()
    assert "Amendment No. 2 cannot be marked filed" in answered_dialogs[-1]
    assert "its check 'expired' finds an error" in answered_dialogs[-1]
    assert not window.session.locked
    data = dict(window.session.filing_data or {})
    data["amendment"] = {**data["amendment"], "date": "2026-04-14"}
    window.session.set_filing_data(data)
    plain_paragraphs_written(window)
    window.actions_by_id["mark_filed"].trigger()
    assert window.session.locked and workspace.draft_pane.isReadOnly()
    locked = ["filing", "load_revised", "toggle_heading", "mark_filed"]
    assert not any(window.actions_by_id[a].isEnabled() for a in locked)
    assert window.actions_by_id["next_amendment"].isEnabled()
    assert "filed, locked" in workspace.draft_title.text()

    history = window.amendment_menu.save_history(tmp_path / "history.docx")
    assert history is not None
    text = "\n".join(docx_lines(history))
    assert "AS AMENDED THROUGH AMENDMENT NO. 2" in text and REWRITTEN in text


def test_an_extension_from_the_amendment_menu(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    confirmed: list[str],
    answered_dialogs: list[str],
) -> None:
    window.open_demo()
    wait_items(qtbot, window, 6)
    plain_paragraphs_written(window)
    window.amendment_menu.extend("2026-05-07 23:59")
    wait_items(qtbot, window)
    series = window.session.series
    assert series is not None and series.current.kind.value == "extension"
    assert series.current.filing is not None
    assert series.current.filing.expiration.isoformat() == "2026-05-07T23:59:00"
    assert window.session.items and all(
        "May 7, 2026" in i.new_text.title() for i in window.session.items
    )
    assert (
        window.workspace.series_list.item(1)
        .text()
        .startswith("Amendment No. 2: extension to May 7, 2026")
    )
    # a date not after the expiration it extends is refused, and nothing is drafted
    window.amendment_menu.extend("2026-04-20 23:59")
    assert answered_dialogs[-1].startswith(
        "11:59 p.m., Eastern Time, on April 20, 2026 is not later than the expiration"
    )
    assert len(series.amendments) == 2
    assert series.current.filing.expiration.isoformat() == "2026-05-07T23:59:00"
    # the extension drafted again, to another date, while it is a draft: still No. 2
    window.amendment_menu.extend("2026-05-08 23:59")
    wait_items(qtbot, window)
    assert len(series.amendments) == 2 and len(confirmed) == 1
    assert all("May 8, 2026" in i.new_text.title() for i in window.session.items)


def test_the_results_and_the_history_from_the_app(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    answered_dialogs: list[str],
    confirmed: list[str],
) -> None:
    from amendtool.core.filing_document import schedule_to_blocks
    from amendtool.core.layout import plain_text
    from amendtool.gui.series_view import HistoryDialog

    window.open_demo()
    wait_items(qtbot, window, 6)
    plain_paragraphs_written(window)
    results = {"tendered": 1200000, "accepted": 1150000, "issued": 575000}
    window.amendment_menu.results({**results, "grant_date": "2026-05-26"})
    wait_items(qtbot, window, 0)
    series = window.session.series
    assert series is not None and series.current.kind.value == "results"
    amendment = window.session.amendment()
    assert amendment is not None and amendment.filing.final
    text = " ".join(plain_text(schedule_to_blocks(amendment)).split())
    assert "final amendment reporting the results of the tender offer. ☒" in text
    assert "an aggregate of 1,150,000 shares" in text

    # nothing follows the final amendment: neither a text amendment nor an extension (the
    # menu offers neither; asked all the same, the extension is refused)
    assert not window.actions_by_id["next_amendment"].isEnabled()
    window.amendment_menu.extend("2026-06-01 23:59")
    closed = "Amendment No. 2 is the final amendment reporting the results: the series is closed"
    assert [d for d in answered_dialogs if d.startswith(closed)] and len(answered_dialogs) == 1
    assert [a.kind.value for a in series.amendments] == ["text", "results"]

    # double-clicking Amendment No. 1 in the navigator: the offer as amended through it
    window.workspace.series_list.historyRequested.emit(1)
    dialog = window.findChild(HistoryDialog)
    assert dialog is not None and "Amendment No. 1" in dialog.windowTitle()
    shown = dialog.browser.toPlainText()
    assert "[1] Amendment No. 1, April 9, 2026" in shown
    assert "The safe harbor for forward-looking statements" in shown


def test_stale_outputs_are_exported_before_the_amendment_is_marked_filed(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    answered_dialogs: list[str],
    confirmed: list[str],
    monkeypatch: pytest.MonkeyPatch,
    exports_anyway: list[str],
    tmp_path: Path,
) -> None:
    """Outputs recorded for the open amendment and written before its items last changed
    keep it from being marked filed; File > Export records them again."""
    from amendtool.gui.export_dialog import ExportDialog

    window.open_demo()
    wait_items(qtbot, window, 6)
    plain_paragraphs_written(window)
    entry = window.session.ensure_series().current
    entry.outputs = {"folder": str(tmp_path / "no1"), "files": [], "fingerprint": "earlier"}
    window.actions_by_id["mark_filed"].trigger()
    assert answered_dialogs[-1].startswith(
        "Amendment No. 1 cannot be marked filed: its items changed after its outputs were "
        f"last written (in {tmp_path / 'no1'}); export first: with File ▸ Export"
    )
    assert not window.session.locked

    def written(self: ExportDialog) -> None:
        self.result_files = [Path(self.folder_text) / "schedule-to-amendment.docx"]

    monkeypatch.setattr(ExportDialog, "exec", written)
    window.actions_by_id["export"].trigger()
    recorded = window.session.ensure_series().current.outputs
    assert recorded["fingerprint"] != "earlier"
    assert recorded["files"] == ["schedule-to-amendment.docx"]
    window.actions_by_id["mark_filed"].trigger()
    assert window.session.locked
