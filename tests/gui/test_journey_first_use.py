"""A lawyer's first use of the window: the recent files, the draft's own right-click menu."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from amendtool.gui import settings
from amendtool.resources import resource_path
from tests.gui.conftest import wait_items, write_plain_paragraphs
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


def _navigator_count(window) -> int:  # type: ignore[no-untyped-def]
    import re

    label = window.workspace.series_list.item(0).text()
    match = re.search(r"(\d+) changes?", label)
    assert match, label
    return int(match.group(1))


def _changes(window) -> int:  # type: ignore[no-untyped-def]
    return sum(1 for i in window.session.items if i.kind.value != "file_exhibit")


def test_the_navigators_count_follows_every_redraft_of_a_saved_project(  # type: ignore[no-untyped-def]
    qtbot, window, tmp_path
) -> None:
    window.open_demo()
    wait_items(qtbot, window)
    project = tmp_path / "demo.amend"
    assert window._save_to(project)
    window.open_project(project)
    wait_items(qtbot, window)
    assert _navigator_count(window) == _changes(window)
    before = _changes(window)
    assert window.workspace.reject_item(window.session.items[0])
    qtbot.waitUntil(lambda: _changes(window) == before - 1, timeout=10000)
    wait_items(qtbot, window)
    assert _navigator_count(window) == _changes(window)
    window.session.undo_stack.undo()
    qtbot.waitUntil(lambda: _changes(window) == before, timeout=10000)
    wait_items(qtbot, window)
    assert _navigator_count(window) == _changes(window)


def _centred(edit) -> bool:  # type: ignore[no-untyped-def]
    """The cursor is in the middle of the view, or the view cannot scroll further that way."""
    bar = edit.verticalScrollBar()
    middle = edit.viewport().height() / 2
    rect = edit.cursorRect()
    if bar.value() in (bar.minimum(), bar.maximum()):
        return True
    return abs(rect.center().y() - middle) <= 2 * rect.height()


def test_find_in_a_hidden_preview_finds_shows_it_and_centres_the_match(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from amendtool.gui.preview_place import preview_browser

    window.resize(1366, 768)
    window.open_demo()
    wait_items(qtbot, window)
    qtbot.waitUntil(lambda: window.session.preview is not None, timeout=15000)
    ws = window.workspace
    if ws.beside.isChecked():
        ws.beside.setChecked(False)
    ws.items_dock.raise_()  # the preview is behind the items tab
    qtbot.waitUntil(lambda: ws.preview_dock.visibleRegion().isEmpty(), timeout=5000)
    window.actions_by_id["find"].trigger()
    bar = ws.find_bar
    bar.scope.setCurrentText("Preview")
    bar.term.setText("option")
    qtbot.waitUntil(lambda: bool(bar.matches), timeout=2000)  # once counsel pauses
    qtbot.waitUntil(lambda: bar.count.text().endswith(f" of {len(bar.matches)}"), timeout=2000)
    bar.step(1)
    browser = preview_browser(ws)
    qtbot.waitUntil(lambda: not ws.preview_dock.visibleRegion().isEmpty(), timeout=5000)
    for _ in range(len(bar.matches) // 2):
        bar.step(1)
    assert browser.textCursor().selectedText().casefold() == "option"
    assert _centred(browser)
    # the draft too: a match is centred, not left on the last visible line
    bar.scope.setCurrentText("Draft")
    bar.term.setText("Section")
    for _ in range(len(bar.matches) // 2):
        bar.step(1)
    assert _centred(ws.draft_pane), Qt.AlignmentFlag.AlignCenter


def test_zoom_keeps_the_paragraph_being_read(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.resize(1366, 768)
    window.open_demo()
    wait_items(qtbot, window)
    ws = window.workspace
    for pane in (ws.draft_pane, ws.original_pane):
        bar = pane.verticalScrollBar()
        qtbot.waitUntil(lambda bar=bar: bar.maximum() > 0, timeout=5000)
    ws.draft_pane.verticalScrollBar().setValue(ws.draft_pane.verticalScrollBar().maximum() * 2 // 3)
    read = {pane: pane.top_block() for pane in (ws.original_pane, ws.draft_pane)}
    assert read[ws.draft_pane] > 10
    for action in ("zoom_in", "zoom_in", "zoom_out", "zoom_reset"):
        window.actions_by_id[action].trigger()
        for pane, block in read.items():
            shown = range(
                pane.top_block(),
                pane.cursorForPosition(pane.viewport().rect().bottomLeft()).blockNumber() + 1,
            )
            assert block in shown, (action, pane.objectName(), block, shown)


def test_export_names_the_offers_own_title_and_pdf_starts_in_the_export_folder(  # type: ignore[no-untyped-def]
    qtbot, window, tmp_path, monkeypatch
) -> None:
    import dataclasses

    from PySide6.QtWidgets import QFileDialog

    from amendtool.gui import everyday
    from amendtool.gui.export_dialog import ExportDialog

    window.open_demo()
    wait_items(qtbot, window)
    amendment = window.session.amendment()
    purchase = dataclasses.replace(amendment.filing, document_title="Offer to Purchase")
    dialog = ExportDialog(dataclasses.replace(amendment, filing=purchase), str(tmp_path), window)
    qtbot.addWidget(dialog)
    conformed = dialog.boxes["conformed-offer.docx"].text()
    assert "Offer to Purchase as amended" in conformed and "Exchange" not in conformed
    window._save_to(tmp_path / "matter" / "acme.amend")
    asked: list[str] = []

    def choose(parent, title, start, kinds):  # type: ignore[no-untyped-def]
        asked.append(start)
        assert Path(start).parent.is_dir()  # the chooser can open there
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    monkeypatch.chdir(tmp_path)
    write_plain_paragraphs(qtbot, window)  # nothing for Export PDF to ask about
    assert everyday.export_pdf(window, "filing") is None
    # the chooser opens in the amendment's export folder beside the project, made for it;
    # counsel cancels, and nothing is left behind
    assert asked and Path(asked[0]).parent.parent == tmp_path / "matter"
    assert Path(asked[0]).parent.name.startswith("Amendment No. ")
    assert not [p for p in (tmp_path / "matter").iterdir() if p.is_dir()]


def test_the_date_pickers_mark_federal_holidays(qtbot) -> None:  # type: ignore[no-untyped-def]
    import tomllib

    from PySide6.QtCore import QDate

    from amendtool.gui.filing_form import FilingForm

    form = FilingForm(tomllib.loads(resource_path("samples", "filing.toml").read_text()))
    qtbot.addWidget(form)
    for key in (("offer", "expiration"), ("amendment", "date")):
        calendar = form.widgets[key].calendarWidget()  # type: ignore[attr-defined]
        calendar.setCurrentPage(2026, 6)
        juneteenth = calendar.dateTextFormat(QDate(2026, 6, 19))
        assert "Juneteenth" in juneteenth.toolTip()
        assert (
            juneteenth.foreground().color()
            != calendar.dateTextFormat(QDate(2026, 6, 18)).foreground().color()
        )


def test_the_pdf_has_the_house_styles_page_and_margins(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import re
    import subprocess

    import docx
    import pytest

    from amendtool.gui import everyday

    if not shutil.which("pdftotext"):
        pytest.skip("poppler-utils (pdftotext) is not installed")
    house = docx.Document(str(resource_path("templates", "house-style.docx"))).sections[0]
    window.open_demo()
    write_plain_paragraphs(qtbot, window)
    pdf = everyday.export_pdf(window, "filing", tmp_path / "filing.pdf")
    assert pdf is not None
    boxes = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    page = re.search(r'<page width="([\d.]+)" height="([\d.]+)"', boxes)
    assert page is not None
    assert abs(float(page.group(1)) - house.page_width.pt) < 2
    assert abs(float(page.group(2)) - house.page_height.pt) < 2
    lefts = [float(x) for x in re.findall(r'<word xMin="([\d.]+)"', boxes)]
    tops = [float(y) for y in re.findall(r'<word xMin="[\d.]+" yMin="([\d.]+)"', boxes)]
    assert abs(min(lefts) - house.left_margin.pt) < 6  # the text starts at the margin
    assert abs(min(tops) - house.top_margin.pt) < 12


def test_preview_beside_items_keeps_lines_of_words_or_stays_a_tab(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.resize(1366, 768)
    window.open_demo()
    wait_items(qtbot, window)
    ws = window.workspace
    line = ws.items_panel.fontMetrics().horizontalAdvance("n" * 40)
    ws.beside.setChecked(True)
    qtbot.waitUntil(lambda: ws.preview_dock.isVisible(), timeout=5000)
    assert not window.tabifiedDockWidgets(ws.items_dock)  # both shown, never refused
    if ws.preview_dock.y() == ws.items_dock.y():  # beside: each side a line of words
        assert ws.preview.width() >= line and ws.items_panel.width() >= line
    else:  # no room beside: under the texts, and the status bar says how to set it beside
        assert ws.beside.isChecked()
        assert "under the texts" in window.statusBar().currentMessage()
    ws.beside.setChecked(False)
    window.resize(2400, 1000)
    qtbot.waitUntil(lambda: window.width() >= 2000, timeout=5000)
    ws.beside.setChecked(True)
    qtbot.waitUntil(lambda: ws.preview_dock.isVisible(), timeout=5000)
    assert not window.tabifiedDockWidgets(ws.items_dock)
    qtbot.waitUntil(lambda: ws.preview.width() >= line and ws.items_panel.width() >= line)
