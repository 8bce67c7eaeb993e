"""The amendment items: a list (letter, kind, locator, a line of text) and the selected detail."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from amendtool.core.items import AmendmentItem, Materiality, letter

if TYPE_CHECKING:
    from amendtool.core.amendment import Amendment

_KIND_NAMES = {
    "replace_paragraph": "Paragraph replaced",
    "delete_paragraph": "Paragraph deleted",
    "insert_paragraph": "Paragraph inserted",
    "move_paragraph": "Paragraph moved",
    "replace_sentence": "Sentence replaced",
    "delete_sentence": "Sentence deleted",
    "insert_sentence": "Sentence added",
    "replace_words": "Words replaced",
    "replace_section": "Section restated",
    "delete_section": "Section deleted",
    "add_section": "Section added",
    "retitle_section": "Heading changed",
    "renumber_sections": "Sections renumbered",
    "renumber_paragraphs": "Paragraphs renumbered",
    "replace_table": "Table restated",
    "delete_table": "Table deleted",
    "insert_table": "Table inserted",
    "file_exhibit": "Exhibit filed",
}
_MATERIALITY = [
    (Materiality.CLARIFYING.value, "Clarifying (no extension)"),
    (Materiality.MATERIAL.value, "Material change (5 business days)"),
    (Materiality.CONSIDERATION.value, "Consideration or % sought (10 business days)"),
]


def summary(item: AmendmentItem) -> str:
    loc = item.locator
    where = loc.section_name
    if loc.table:
        where += " table" + (f" {loc.table}" if loc.table_count > 1 else "")
    elif loc.row_caption is not None:
        where += f" row “{loc.row_caption}”"
    elif loc.note is not None:
        where += f" {loc.note_kind or 'footnote'} {loc.note}"
    elif loc.paragraph:
        where += f" ¶{loc.printed or loc.paragraph}"  # as a reader counts, rows aside
    if loc.sentence:
        where += f" s{loc.sentence}"
    text = (item.new_text or item.old_text).split("\n")[0].replace("\t", " · ")
    if item.renumbered:
        old = [m.group(0) for h in item.old_text.split("\n") if (m := re.search(r"\d+", h))]
        new = [s.number or "" for s in item.renumbered]
        text = f"{_span(old)} now {_span(new)}"
    return f"{_KIND_NAMES.get(item.kind.value, item.kind.value)} — {where}\n{text[:90]}"


class ItemsPanel(QWidget):
    itemSelected = Signal(int)
    overrideRequested = Signal(int, object, object)
    materialityRequested = Signal(int, str)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("itemsPanel")
        self.list = QListWidget()
        self.list.setObjectName("itemsList")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.currentRowChanged.connect(self._selected)
        self.filing = QPlainTextEdit()
        self.filing.setObjectName("filingWording")
        self.notice = QPlainTextEdit()
        self.notice.setObjectName("noticeWording")
        self.quoted = QPlainTextEdit()
        self.quoted.setReadOnly(True)
        self.materiality = QComboBox()
        for value, label in _MATERIALITY:
            self.materiality.addItem(label, value)
        self.materiality.activated.connect(self._materiality)
        self.apply_button = QPushButton("Keep this wording")
        self.apply_button.setObjectName("applyWording")
        self.apply_button.clicked.connect(self._apply)
        self.reset_button = QPushButton("Back to generated")
        self.reset_button.clicked.connect(self._reset)
        self.status = QLabel()
        self.status.setWordWrap(True)
        detail = QWidget()
        form = QFormLayout(detail)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow("Filing:", self.filing)
        form.addRow("Notice:", self.notice)
        form.addRow("New text:", self.quoted)
        form.addRow("Change is:", self.materiality)
        buttons = QHBoxLayout()
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.reset_button)
        form.addRow(buttons)
        form.addRow(self.status)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("itemsSplitter")
        splitter.addWidget(self.list)
        splitter.addWidget(detail)
        splitter.setSizes([300, 400])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.amendment: Amendment | None = None
        self.items: list[AmendmentItem] = []
        self._keys: list[Key] = []
        self._shown_key: object = None
        self._shown_text: dict[str, str] = {}
        self._show_detail(None)

    def show_items(self, amendment: Amendment | None, items: list[AmendmentItem]) -> None:
        """Show re-drafted items; the item counsel selected stays selected (found again by
        what it changes, or else by where), and nothing else moves: no signal goes out."""
        key = self.current_key()
        self.amendment = amendment
        self.items = items
        self._keys = [_key(item) for item in items]
        row = _find(self._keys, key)
        blocker = self.list.blockSignals(True)
        self.list.setUpdatesEnabled(False)
        while self.list.count() > len(items):
            self.list.takeItem(self.list.count() - 1)
        for index, item in enumerate(items):
            text = f"{letter(index)}.  {summary(item)}"
            entry = self.list.item(index)
            if entry is None:
                entry = QListWidgetItem(text)
                self.list.addItem(entry)
            elif entry.text() != text:
                entry.setText(text)
            overridden = item.override_basis and item.override_basis == self._keys[index][0]
            entry.setToolTip("Wording edited by counsel" if overridden else "")
        self.list.setCurrentRow(-1 if row is None else row)
        self.list.setUpdatesEnabled(True)
        self.list.blockSignals(blocker)
        self._show_detail(row)

    def current_key(self) -> Key | None:
        row = self.list.currentRow()
        if not 0 <= row < len(self._keys):
            return None
        return self._keys[row]

    def current(self) -> int | None:
        row = self.list.currentRow()
        return row if 0 <= row < len(self.items) else None

    def select(self, index: int) -> None:
        """Counsel asked for this item (a click, F8, a finding): the workspace shows it."""
        if self.list.currentRow() == index:
            self._selected(index)
        else:
            self.list.setCurrentRow(index)

    def _selected(self, row: int) -> None:
        self._show_detail(row if row >= 0 else None)
        if row >= 0:
            self.itemSelected.emit(row)

    def _show_detail(self, row: int | None) -> None:
        item = self.items[row] if row is not None and 0 <= row < len(self.items) else None
        worded = item is not None and self.amendment is not None
        for widget in (self.filing, self.notice, self.apply_button, self.reset_button):
            widget.setEnabled(worded)
        self.materiality.setEnabled(item is not None)
        if item is None:
            self._set_wording(None, "", "")
            self.quoted.setPlainText("")
            self.status.setText(
                "Select an item to see its wording."
                if self.list.count()
                else "No changes yet: edit the draft or load a revised file."
            )
            return
        key = self._keys[row] if row is not None and row < len(self._keys) else _key(item)
        if self.amendment is None:
            self._set_wording(key, "", "")
            self.status.setText(
                "Enter the filing details (Edit ▸ Filing Details) to see this item's filing "
                "and notice wording."
            )
        else:
            self._set_wording(
                key,
                self.amendment.filing_instruction(item),
                self.amendment.notice_instruction(item),
            )
            edited = item.override_basis == item.substance() and item.override_basis
            self.status.setText(
                "Wording edited by counsel; kept until this change itself changes."
                if edited
                else "Generated wording."
            )
        quoted = "\n\n".join(item.new_paragraphs) or item.new_text
        if self.quoted.toPlainText() != quoted:
            self.quoted.setPlainText(quoted)
        self.materiality.setCurrentIndex([v for v, _ in _MATERIALITY].index(item.materiality.value))

    def _set_wording(self, key: object, filing: str, notice: str) -> None:
        """Show an item's wording, but never over words counsel is typing for the same item."""
        same_item = key is not None and key == self._shown_key
        for box, text in ((self.filing, filing), (self.notice, notice)):
            current = box.toPlainText()
            typed = same_item and current != self._shown_text.get(box.objectName())
            if current == text or not typed:
                if current != text:
                    box.setPlainText(text)
                self._shown_text[box.objectName()] = text
        self._shown_key = key

    def _apply(self) -> None:
        row = self.list.currentRow()
        if row < 0 or self.amendment is None:
            return
        item = self.items[row]
        generated_filing = self.amendment.filing_instruction(item)
        generated_notice = self.amendment.notice_instruction(item)
        filing = self.filing.toPlainText().strip()
        notice = self.notice.toPlainText().strip()
        self._shown_key = None  # what is kept is shown from now on
        self.overrideRequested.emit(
            row,
            filing if filing != generated_filing or item.filing_override else None,
            notice if notice != generated_notice or item.notice_override else None,
        )

    def _reset(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self._shown_key = None
            self.overrideRequested.emit(row, None, None)

    def _materiality(self, index: int) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.materialityRequested.emit(row, self.materiality.itemData(index))


Key = tuple[str, tuple[object, ...]]


def _key(item: AmendmentItem) -> Key:
    """What identifies an item across re-drafts: what it changes, else where it is."""
    loc = item.locator
    return item.substance(), (item.kind.value, loc.section_id, loc.paragraph, loc.sentence)


def _find(keys: list[Key], key: Key | None) -> int | None:
    if key is None:
        return None
    substance, place = key
    fallback = None
    for index, found in enumerate(keys):
        if found[0] == substance:
            return index
        if fallback is None and found[1] == place:
            fallback = index
    return fallback


def _span(numbers: list[str]) -> str:
    """'4–6', or '4' for a single section."""
    return numbers[0] if numbers[0] == numbers[-1] else f"{numbers[0]}–{numbers[-1]}"
