"""The live Checks and `amendtool check` of the saved project read the same amendment: a
revised draft that moves the expiration later is recognised the same way in both, and the
filing details counsel entered are never changed behind counsel's back by saving."""

from __future__ import annotations

import copy
from pathlib import Path

from amendtool.core.checks import run_checks
from amendtool.core.findings import findings_said
from amendtool.gui.main_window import MainWindow
from amendtool.io.load import load_document
from amendtool.io.project_file import load_project
from tests.conftest import SAMPLES
from tests.core.test_extension_recognised import revised
from tests.core.test_series_extension import EXPIRATION, filing
from tests.gui.conftest import wait_items


def _live(qtbot, window: MainWindow) -> list[str]:  # type: ignore[no-untyped-def]
    session = window.session
    qtbot.waitUntil(lambda: session.wait_for_draft() and session.checked, timeout=15000)
    return findings_said([f for f in session.findings if f.code != "spelling"])


def _saved(path: Path) -> list[str]:
    amendment = load_project(path).series.amendment()
    assert amendment is not None
    return findings_said([f for f in run_checks(amendment) if f.code != "spelling"])


def test_an_extension_in_the_draft_is_checked_alike_live_and_saved(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    original = load_document(SAMPLES / "offer-to-exchange.txt")
    details = filing(1, dt.date(2026, 4, 15), EXPIRATION)  # the expiration before the change
    session = window.session
    session.open_documents(original, revised(original), details)
    wait_items(qtbot, window)
    entered = copy.deepcopy(session.filing_data)
    live = _live(qtbot, window)
    session.save(tmp_path / "a.amend")
    assert session.filing_data == entered  # saving changed nothing counsel entered
    assert _live(qtbot, window) == live
    assert _saved(tmp_path / "a.amend") == live
    session.ensure_series()  # the project as a series (marking filed, a new amendment, …)
    assert session.filing_data == entered
    assert _live(qtbot, window) == live
    # the draft no longer extends the offer (Load Revised File of a text at the old time)
    from amendtool.core.draft_text import document_blocks

    window.workspace.load_draft_text(document_blocks(original))  # the draft counsel sees
    wait_items(qtbot, window, 0)
    session.refresh_checks()
    back = _live(qtbot, window)
    assert session.filing_data == entered  # still the expiration counsel entered
    session.save(tmp_path / "b.amend")
    assert session.filing_data == entered
    assert _saved(tmp_path / "b.amend") == back
    assert not [line for line in back if line.startswith("error:")]
