"""Replace and Replace All in the draft, and counsel's say before a heading is renamed.

A term replaced everywhere also matches in headings ("Section 3. Procedures for Tendering
Eligible Options"), and a renamed heading is a new section in the amendment's items. So
counsel sees the headings it would change first, and chooses: change them too, leave them
as they are, or replace nothing.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QTextEdit, QWidget

from amendtool.core.draft_text import TextBlock
from amendtool.gui.find_matching import FindOptions, keep_case, replace_in

SHOWN_HEADINGS = 8  # the confirmation lists this many headings, then says how many more


def replaced_blocks(
    parent: QWidget, blocks: list[TextBlock], term: str, replacement: str, options: FindOptions
) -> list[TextBlock] | None:
    """The draft's blocks with every match replaced, or None when nothing is to change
    (no match, or counsel cancelled)."""
    if not term:
        return None
    out: list[TextBlock] = []
    renamed: list[tuple[str, str]] = []
    count = 0
    for block in blocks:
        text, found = replace_in(block.text, term, replacement, options)
        count += found
        if found and block.heading and text != block.text:  # a heading that changes
            renamed.append((block.text, text))
        out.append(TextBlock(text, block.heading))
    if not count:
        return None
    if renamed:
        answer = ask_about_headings(parent, renamed)
        if answer == QMessageBox.StandardButton.Cancel:
            return None
        if answer == QMessageBox.StandardButton.No:
            out = [b if b.heading else n for b, n in zip(blocks, out, strict=True)]
    return out


def ask_about_headings(
    parent: QWidget, renamed: list[tuple[str, str]]
) -> QMessageBox.StandardButton:
    """Yes: the headings change too; No: they are left as they are; Cancel: nothing."""
    many = len(renamed)
    listed = "\n".join(f"• {old}  →  {new}" for old, new in renamed[:SHOWN_HEADINGS])
    if many > SHOWN_HEADINGS:
        listed += f"\n… and {many - SHOWN_HEADINGS} more"
    text = (
        f"Replace All changes {many} heading{'' if many == 1 else 's'}:\n\n{listed}\n\n"
        "A renamed heading is amended as a section of its own. Change the headings too?\n"
        "Yes: the text and the headings. No: the text only, the headings as they are."
    )
    return QMessageBox.question(
        parent,
        "Replace All",
        text,
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )


def replace_selected(
    pane: QTextEdit,
    matches: list[tuple[int, int]],
    term: str,
    replacement: str,
    options: FindOptions,
) -> bool:
    """The match selected in the draft replaced, in its own case unless Match case is on
    (typed over it, so undone as counsel's own edit); False when the selection is no match."""
    cursor = pane.textCursor()
    if not cursor.hasSelection() or (cursor.selectionStart(), cursor.selectionEnd()) not in matches:
        return False
    if not options.match_case:
        replacement = keep_case(cursor.selectedText(), replacement, term)
    cursor.insertText(replacement)
    return True
