"""Loading a revised file over the working draft: what counsel would lose, and asking first.

A revised file replaces the whole draft (one undo step). The draft may hold counsel's own
edits made since it was last opened or loaded whole: typing, Replace All, a heading mark, a
change rejected. Those are lost from view without a word unless counsel is asked, so the
edits are counted (in paragraphs, as counsel sees them) from the undo steps taken since the
last whole-document load, and the question names how many. A project opened (or recovered)
holds edits made in an earlier session, whose undo steps are gone: until a file is loaded
whole in this session, they are counted against the original. Its words are in
resources/help/load-revised.toml.
"""

from __future__ import annotations

import difflib
from functools import cache
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QMessageBox, QWidget

from amendtool.gui.commands import DraftEditCommand

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack

    from amendtool.core.draft_text import TextBlock
    from amendtool.gui.draft_edits import Splice


@cache
def words() -> dict[str, Any]:
    """resources/help/load-revised.toml: the question and the messages, as counsel words them."""
    from amendtool.core.resource_toml import read_toml
    from amendtool.resources import resource_path

    return read_toml(resource_path("help", "load-revised.toml"))


def loaded_text(
    stack: QUndoStack, blocks: list[TextBlock], opened: list[TextBlock] | None = None
) -> list[TextBlock]:
    """The draft as it was when last opened or loaded whole: `blocks` with each edit made
    since (the undo steps done, back to the last whole-document load) taken back; `opened`
    when no file was loaded whole in these steps (a project's text before its edits)."""
    edits: list[Splice] = []
    for index in range(stack.index() - 1, -1, -1):
        command = stack.command(index)
        if not isinstance(command, DraftEditCommand):
            continue  # filing details, wording, classes: not the draft's text
        if command.keep_place:
            break  # a revised file loaded: the text counsel's edits start from
        edits.append(command.splice)
    else:
        if opened is not None:
            return list(opened)
    text = list(blocks)
    for splice in edits:
        back = splice.inverse()
        text[back.first : back.first + len(back.old)] = back.new
    return text


def edited_paragraphs(before: list[TextBlock], after: list[TextBlock]) -> int:
    """How many paragraphs (headings included) differ: changed, added or taken out."""
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    return sum(
        max(i2 - i1, j2 - j1) for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"
    )


def edits_lost(
    stack: QUndoStack,
    blocks: list[TextBlock],
    loading: list[TextBlock],
    opened: list[TextBlock] | None = None,
) -> int:
    """How many paragraphs of counsel's own edits loading `loading` over `blocks` replaces
    (none when the file already reads as the draft does); `opened`: see loaded_text."""
    if blocks == loading:
        return 0
    return edited_paragraphs(loaded_text(stack, blocks, opened), blocks)


def replace_edits(parent: QWidget, name: str, count: int, plain: int = 0) -> bool:
    """Replace / Cancel, Cancel the default: whether counsel's edits may be replaced, and
    counsel's plain paragraphs with them (`plain`: on how many changes), named too: a
    paragraph written for a change the file no longer makes goes with the draft."""
    said = words()["replace_edits"]
    spoken = {
        "name": name,
        "count": f"{count:,}",
        "paragraphs": _paragraphs(count),
        "plain": f"{plain:,}",
        "changes": "change" if plain == 1 else "changes",
    }
    edits, paragraphs = said["edits"].format(**spoken), said["plain"].format(**spoken)
    if count and plain:
        spoken["what"] = said["both"].format(edits=edits, plain=paragraphs)
    else:
        spoken["what"] = edits if count else paragraphs
    box = QMessageBox(parent)
    box.setObjectName("replaceEdits")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(said["title"])
    box.setText(said["text"].format(**spoken))
    replace = box.addButton(said["replace"], QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is replace


def not_loaded(name: str) -> str:
    return str(words()["replace_edits"]["not_loaded"]).format(name=name)


def _paragraphs(count: int) -> str:
    return "paragraph" if count == 1 else "paragraphs"
