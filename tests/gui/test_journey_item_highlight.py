"""The selected item is highlighted where it changes the text: its changed words, whole,
across the lines they wrap over, in the original and the draft, not one line of the
paragraph."""

from __future__ import annotations

from pathlib import Path

import docx

from PySide6.QtGui import QTextCharFormat

from amendtool.gui.main_window import MainWindow
from amendtool.gui.panes import change_colours
from tests.gui.conftest import wait_items
from tests.gui.human import click_row

LONG = (
    "Holders who tender their options may withdraw them at any time before the offer "
    "expires, and options not withdrawn by then will be accepted for exchange promptly after "
    "the expiration, subject to the conditions of the offer described in Section 7 of this "
    "Offer to Exchange and to the terms of the plan under which they were granted."
)
OLD_WORDS = "will be accepted for exchange promptly after the expiration"
NEW_WORDS = "are accepted for exchange on the business day after the expiration date"


def _offer(path: Path, text: str) -> Path:
    document = docx.Document()
    document.add_heading("1. Withdrawal Rights", level=1)
    document.add_paragraph("Holders may withdraw their options as this section describes.")
    document.add_paragraph(text)
    document.add_heading("2. Conditions of the Offer", level=1)
    document.add_paragraph("The offer is subject to the conditions this section describes.")
    document.save(str(path))
    return path


def tinted(pane, colour) -> list[tuple[int, int]]:  # type: ignore[no-untyped-def]
    """The ranges painted in the current item's colour."""
    return [
        (s.cursor.selectionStart(), s.cursor.selectionEnd())
        for s in pane.extraSelections()
        if s.format.background().color() == colour
    ]


def test_the_selected_item_is_highlighted_over_its_words(
    qtbot, window: MainWindow, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    revised = LONG.replace(OLD_WORDS, NEW_WORDS)
    window.open_documents(_offer(tmp_path / "o.docx", LONG), _offer(tmp_path / "r.docx", revised))
    wait_items(qtbot, window, 1)
    window.resize(1000, 700)
    ws = window.workspace
    click_row(ws.items_panel.list, 0)
    qtbot.waitUntil(lambda: ws.items_panel.current() == 0)
    # from the first changed word to the last: "will be" … "promptly"; "are" … "date"
    changed = (
        (ws.original_pane, "will be accepted for exchange promptly"),
        (ws.draft_pane, NEW_WORDS),
    )
    for pane, words in changed:
        focus = change_colours(pane.palette())[2]
        found = pane.document().find(words)
        qtbot.waitUntil(lambda pane=pane, focus=focus: bool(tinted(pane, focus)))
        [(start, end)] = tinted(pane, focus)
        assert start <= found.selectionStart() and end >= found.selectionEnd()
        text = pane.document().toPlainText()
        assert text[start - 1].isspace() and text[end].isspace()  # whole words
        assert end - start < len(revised)  # the item's words, not the paragraph
        layout = found.block().layout()
        lines = {
            layout.lineForTextPosition(p - found.block().position()).lineNumber()
            for p in (start, end)
        }
        assert len(lines) > 1, "the words wrap: the highlight goes over both lines"


def drawn_over(pane, position: int):  # type: ignore[no-untyped-def]
    """The format the pane draws a character in: the last of its marks that covers it (each
    mark is drawn over the ones before it, in its own format alone)."""
    covering = [
        s
        for s in pane.extraSelections()
        if s.cursor.selectionStart() <= position < s.cursor.selectionEnd()
    ]
    return QTextCharFormat(covering[-1].format) if covering else None


def test_the_selected_item_keeps_its_words_struck_out_and_underlined(
    qtbot, window: MainWindow, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    """Selected, the item's deleted words stay struck out and its inserted words underlined,
    as Word keeps a redline's marks under the selection: only the colour says it is current."""
    revised = LONG.replace(OLD_WORDS, NEW_WORDS)
    window.open_documents(_offer(tmp_path / "o.docx", LONG), _offer(tmp_path / "r.docx", revised))
    wait_items(qtbot, window, 1)
    ws = window.workspace
    click_row(ws.items_panel.list, 0)
    qtbot.waitUntil(lambda: ws.items_panel.current() == 0)
    for pane, words, line in (
        (ws.original_pane, "will be", "fontStrikeOut"),
        (ws.draft_pane, "business day", "fontUnderline"),
    ):
        focus = change_colours(pane.palette())[2]
        qtbot.waitUntil(lambda pane=pane, focus=focus: bool(tinted(pane, focus)))
        found = pane.document().find(words)
        for position in range(found.selectionStart(), found.selectionEnd()):
            if pane.document().characterAt(position).isspace():
                continue
            shown = drawn_over(pane, position)
            assert shown is not None and getattr(shown, line)(), (words, position)
            assert shown.background().color() != change_colours(pane.palette())[0]
