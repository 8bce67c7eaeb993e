"""Find and Replace in the draft as counsel uses it: Replace All keeps the draft's look and
each match's case, asks before it renames a heading, and is undone exactly."""

from __future__ import annotations

import re

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from amendtool.core.draft_text import TextBlock
from amendtool.gui import settings
from amendtool.gui.find_bar import FindBar
from amendtool.gui.main_window import MainWindow
from tests.gui.conftest import wait_items
from tests.gui.human import type_keys
from tests.gui.test_journey_undo_looks import revised, state
from tests.gui.test_journey_whole_document import redo_all, undo_all

Answer = QMessageBox.StandardButton


def find_and_replace(qtbot, window: MainWindow, term: str, replacement: str) -> FindBar:  # type: ignore[no-untyped-def]
    """Ctrl+F in the draft, the term and its replacement typed, Replace All clicked."""
    ws = window.workspace
    ws.draft_pane.setFocus()
    window.actions_by_id["find"].trigger()
    bar = ws.find_bar
    assert bar.scope.currentText() == "Draft"
    bar.term.clear()
    type_keys(bar.term, term, pauses=(40, 95, 60))
    type_keys(bar.replacement, replacement, pauses=(40, 95, 60))
    qtbot.mouseClick(bar.replace_all_button, Qt.MouseButton.LeftButton)
    return bar


def answer_headings(monkeypatch, answer: Answer) -> list[str]:  # type: ignore[no-untyped-def]
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


@pytest.mark.parametrize(
    "term, replacement, renamed",
    [
        ("eligible options", "Qualified Options", "3. Procedures for Tendering Qualified Options"),
        # the first block changed follows a heading (the table of contents' title)
        ("summary term sheet", "Term Sheet in Brief", "TERM SHEET IN BRIEF"),
    ],
)
def test_replace_all_keeps_the_look_of_every_heading_and_paragraph(
    qtbot, window, monkeypatch, term: str, replacement: str, renamed: str
) -> None:  # type: ignore[no-untyped-def]
    revised(qtbot, window, monkeypatch)
    asked = answer_headings(monkeypatch, Answer.Yes)
    loaded = state(window)
    find_and_replace(qtbot, window, term, replacement)
    replaced = state(window)
    assert replaced[1] == []  # no paragraph bold, no heading plain
    assert asked and asked[0].startswith("Replace All changes 1 heading:")
    assert renamed in asked[0]
    blocks: list[TextBlock] = replaced[0]  # type: ignore[assignment]
    assert [b.heading for b in blocks] == [b.heading for b in loaded[0]]  # type: ignore[union-attr]
    text = "\n".join(b.text for b in blocks)
    assert not re.search(term, text, re.IGNORECASE)
    assert renamed in [b.text for b in blocks if b.heading]
    assert replaced[2] != loaded[2]
    window.actions_by_id["undo"].trigger()
    assert state(window) == loaded
    window.actions_by_id["redo"].trigger()
    assert state(window) == replaced
    undo_all(window)
    wait_items(qtbot, window, 0)
    assert state(window)[1:] == ([], [])
    redo_all(window)
    assert state(window) == replaced


def test_replace_all_keeps_each_matchs_case(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    revised(qtbot, window, monkeypatch)
    answer_headings(monkeypatch, Answer.Yes)
    bar = find_and_replace(qtbot, window, "new options", "replacement awards")
    text = window.workspace.draft_pane.toPlainText()
    assert (
        "OFFER TO EXCHANGE OUTSTANDING OPTIONS TO PURCHASE COMMON STOCK FOR REPLACEMENT AWARDS"
        in text
    )
    assert "Replacement Awards" in text and "New Options" not in text
    assert "and Issuance of Replacement Awards" in text  # a heading in title case stays so
    assert not re.search("new options", text, re.IGNORECASE)
    assert not bar.match_case.isChecked()


def test_match_case_and_whole_words_are_options_kept_for_next_time(
    qtbot, window, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    revised(qtbot, window, monkeypatch)
    answer_headings(monkeypatch, Answer.Yes)
    ws = window.workspace
    before = ws.draft_pane.toPlainText()
    ws.draft_pane.setFocus()
    window.actions_by_id["find"].trigger()
    bar = ws.find_bar
    qtbot.mouseClick(bar.match_case, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(bar.whole_words, Qt.MouseButton.LeftButton)
    type_keys(bar.term, "Option", pauses=(40, 95, 60))
    whole = len(re.findall(r"\bOption\b", before))
    qtbot.waitUntil(lambda: bar.count.text().endswith(f" of {whole}"))  # the first shown
    type_keys(bar.replacement, "Award", pauses=(40, 95, 60))
    qtbot.mouseClick(bar.replace_all_button, Qt.MouseButton.LeftButton)
    after = ws.draft_pane.toPlainText()
    assert after == re.sub(r"\bOption\b", "Award", before)  # not "options", not "OPTION"
    assert settings.get(settings.FIND_MATCH_CASE) and settings.get(settings.FIND_WHOLE_WORDS)
    again = FindBar({"Draft": lambda: ws.draft_pane}, window)
    assert again.match_case.isChecked() and again.whole_words.isChecked()
    again.deleteLater()


@pytest.mark.parametrize("answer", [Answer.No, Answer.Cancel])
def test_counsel_is_asked_before_replace_all_renames_a_heading(
    qtbot, window, monkeypatch, answer: Answer
) -> None:  # type: ignore[no-untyped-def]
    revised(qtbot, window, monkeypatch)
    asked = answer_headings(monkeypatch, answer)
    loaded = state(window)
    steps = window.session.undo_stack.count()
    find_and_replace(qtbot, window, "eligible options", "Qualified Options")
    assert len(asked) == 1
    after = state(window)
    headings = [b for b in after[0] if b.heading]  # type: ignore[union-attr]
    assert headings == [b for b in loaded[0] if b.heading]  # type: ignore[union-attr]
    assert after[1] == []
    if answer == Answer.Cancel:
        assert after == loaded and window.session.undo_stack.count() == steps
    else:
        assert "Qualified Options" in window.workspace.draft_pane.toPlainText()
        window.actions_by_id["undo"].trigger()
        assert state(window) == loaded


def test_replace_puts_in_the_shown_match_in_its_case_and_goes_on(
    qtbot, window, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    revised(qtbot, window, monkeypatch)
    loaded, at = state(window), window.session.undo_stack.index()
    ws = window.workspace
    ws.draft_pane.setFocus()
    window.actions_by_id["find"].trigger()
    bar = ws.find_bar
    bar.term.clear()
    type_keys(bar.term, "new options", pauses=(40, 95, 60))
    type_keys(bar.replacement, "replacement awards", pauses=(40, 95, 60))
    qtbot.waitUntil(lambda: bar.count.text().startswith("1 of "))  # shown as it was typed
    every = len(bar.matches)
    assert ws.draft_pane.textCursor().selectedText() == "NEW OPTIONS"  # the cover page line
    qtbot.mouseClick(bar.replace_button, Qt.MouseButton.LeftButton)
    text = ws.draft_pane.toPlainText()
    assert "COMMON STOCK FOR REPLACEMENT AWARDS" in text
    assert bar.count.text() == f"1 of {every - 1}"  # the next match shown
    shown = ws.draft_pane.textCursor().selectedText()
    assert shown.lower() == "new options"
    qtbot.mouseClick(bar.replace_button, Qt.MouseButton.LeftButton)
    assert bar.count.text() == f"1 of {every - 2}"
    assert ws.draft_pane.toPlainText().count("replacement awards") == 1 + text.count(
        "replacement awards"
    )
    replaced = state(window)
    assert replaced[1] == []
    while window.session.undo_stack.index() > at:
        window.actions_by_id["undo"].trigger()
    assert state(window) == loaded
    redo_all(window)
    assert state(window) == replaced
    undo_all(window)
    wait_items(qtbot, window, 0)
    assert state(window)[1:] == ([], [])
