"""The navigator's sections of the offer, and the panes kept on the same section.

Built from the original's outline; marked where items fall; each entry knows its first block
in the panes, so a click or a scroll finds the same section and paragraph in the other pane.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem

from amendtool.core.outline import page_range

if TYPE_CHECKING:
    from amendtool.core.items import AmendmentItem
    from amendtool.core.model import Document
    from amendtool.gui.panes import DocumentPane


def new_navigator() -> QTreeWidget:
    """The section list: names take the room there is and are cut at the end only when
    there is none; the page range beside each."""
    navigator = QTreeWidget()
    navigator.setObjectName("navigator")
    navigator.setHeaderLabels(["Section", "Pages"])
    navigator.setTextElideMode(Qt.TextElideMode.ElideRight)
    header = navigator.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
    navigator.setRootIsDecorated(False)
    return navigator


def fill_navigator(navigator: QTreeWidget, original: Document | None) -> None:
    """One entry for each section of the original, with the block its heading is on."""
    navigator.clear()
    if original is None:
        return
    block = 0
    for section in original.sections:
        pages = page_range(section) or ("cover" if section.kind.value == "front" else "")
        entry = QTreeWidgetItem([section.name, pages])
        entry.setToolTip(0, section.name)  # the whole name, wherever it is cut
        entry.setData(0, Qt.ItemDataRole.UserRole, block)
        entry.setData(1, Qt.ItemDataRole.UserRole, section.id)
        navigator.addTopLevelItem(entry)
        block += (1 if section.heading else 0) + len(section.paragraphs)


def mark_navigator(
    navigator: QTreeWidget, items: list[AmendmentItem], before: set[str] | None
) -> set[str]:
    """A dot and bold for sections with items; only entries whose state changed since
    `before` are touched (this runs after every re-draft). Gives the sections now marked."""
    touched = {i.locator.section_id for i in items}
    touched |= {s.id for i in items for s in i.renumbered}
    changed = touched ^ before if before is not None else None
    for index in range(navigator.topLevelItemCount()):
        entry = navigator.topLevelItem(index)
        if entry is None:
            continue
        section_id = entry.data(1, Qt.ItemDataRole.UserRole)
        if changed is not None and section_id not in changed:
            continue
        marked = section_id in touched
        font = entry.font(0)
        font.setBold(marked)
        entry.setFont(0, font)
        entry.setText(0, entry.text(0).lstrip("● ").strip())
        if marked:
            entry.setText(0, "● " + entry.text(0))
    return touched


def entry_block(entry: QTreeWidgetItem) -> int:
    """The block of the original pane a navigator entry leads to."""
    return int(entry.data(0, Qt.ItemDataRole.UserRole))


def follow_pane(source: DocumentPane, target: DocumentPane) -> None:
    """Scroll `target` to the section and paragraph at the top of `source`."""
    top = source.top_block()
    heading, offset = _nearest_heading(source.document(), top)
    number = _find_heading(target.document(), heading) if heading else 0
    target_block = min(number + offset, target.document().blockCount() - 1)
    block = target.document().findBlockByNumber(target_block)
    y = target.document().documentLayout().blockBoundingRect(block).top()
    target.verticalScrollBar().setValue(int(y))


def _nearest_heading(document: QTextDocument, number: int) -> tuple[str | None, int]:
    block = document.findBlockByNumber(number)
    offset = 0
    while block.isValid():
        if block.userState() == 1:
            return block.text(), offset
        block = block.previous()
        offset += 1
    return None, number


def _find_heading(document: QTextDocument, text: str) -> int:
    block = document.begin()
    while block.isValid():
        if block.userState() == 1 and block.text() == text:
            return block.blockNumber()
        block = block.next()
    return 0
