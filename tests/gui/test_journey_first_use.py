"""A lawyer's first use of the window: the recent files, the draft's own right-click menu."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from amendtool.gui import settings
from amendtool.resources import resource_path
from tests.gui.conftest import wait_items
from tests.gui.human import click_in_text, type_keys


def test_open_recent_keeps_absolute_paths_and_sits_above_quit(  # type: ignore[no-untyped-def]
    qtbot, window, tmp_path, monkeypatch
) -> None:
    folder = tmp_path / "matters"
    folder.mkdir()
    original = folder / "offer.docx"
    shutil.copy(resource_path("samples", "offer-to-exchange.docx"), original)
    monkeypatch.chdir(folder)
    window.open_documents(Path("offer.docx"))  # as `amendtool offer.docx` from the folder
    wait_items(qtbot, window)
    qtbot.waitUntil(lambda: bool(settings.get(settings.RECENT_FILES)), timeout=5000)
    assert settings.get(settings.RECENT_FILES)[0] == str(original.resolve())
    window.session.undo_stack.setClean()
    window._save_to(Path("acme.amend"))  # a project saved or opened by a relative name
    monkeypatch.chdir(tmp_path)
    recent = settings.get(settings.RECENT_FILES)
    assert recent[0] == str((folder / "acme.amend").resolve())
    assert all(os.path.isabs(p) for p in recent)
    actions = window.menus["File"].actions()
    recent_at = next(i for i, a in enumerate(actions) if a.menu() is window.recent_menu)
    quit_at = actions.index(window.actions_by_id["quit"])
    assert recent_at < quit_at


def test_the_right_click_menu_undoes_with_the_window(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.open_demo()
    wait_items(qtbot, window)
    pane = window.workspace.draft_pane
    click_in_text(pane, "Offer")
    type_keys(pane, "xy")
    qtbot.waitUntil(lambda: window.actions_by_id["undo"].isEnabled(), timeout=5000)
    menu = pane.context_menu(pane.cursorRect().center())
    by_text = {a.text().replace("&", "").split("\t")[0]: a for a in menu.actions()}
    undo = next(a for t, a in by_text.items() if t.startswith("Undo"))
    assert undo.isEnabled()
    before = pane.toPlainText()
    undo.trigger()
    qtbot.waitUntil(lambda: pane.toPlainText() != before, timeout=5000)
    menu = pane.context_menu(pane.cursorRect().center())
    redo = next(a for a in menu.actions() if a.text().replace("&", "").startswith("Redo"))
    assert redo.isEnabled()
    menu.deleteLater()


def test_checks_name_filing_fields_as_the_form_does(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    import tomllib

    window.open_demo()
    wait_items(qtbot, window)
    data = tomllib.loads(resource_path("samples", "filing.toml").read_text(encoding="utf-8"))
    data["securities"]["cusip"] = ""
    data["amendment"]["date"] = "1999-01-04"
    window.session.set_filing_data(data)
    checks = window.workspace.checks

    def lines() -> list[str]:
        return [checks.item(i).text() for i in range(checks.count())]

    qtbot.waitUntil(lambda: any("CUSIP is required" in line for line in lines()), timeout=10000)
    shown = "\n".join(lines())
    assert "Filing details: CUSIP is required" in shown
    assert "securities.cusip" not in shown and "amendment.date" not in shown
    assert "Amendment date is before “Schedule TO filed”" in shown
