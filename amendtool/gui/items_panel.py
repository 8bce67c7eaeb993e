"""The amendment items: a list (letter, kind, locator, a line of text) and the selected detail."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from amendtool.core.items import AmendmentItem, Materiality, letter
from amendtool.gui import item_rows, wording_keeper
from amendtool.gui.find_targets import SearchedRows
from amendtool.gui.item_rows import summary as summary  # the review window names items so too
from amendtool.gui.plain_editor import PlainEditor
from amendtool.gui.room import CompactRows, ItemColumn, tight
from amendtool.gui.wording_keeper import WordingKeeper, wording_to_keep

if TYPE_CHECKING:
    from amendtool.core.amendment import Amendment


class ItemsPanel(QWidget):
    itemSelected = Signal(int)
    overrideRequested = Signal(int, object, object, int)  # row, filing, notice, visit
    materialityRequested = Signal(int, str)
    rejectRequested = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("itemsPanel")
        self.list = SearchedRows()
        self.list.searched = self.shown_text  # Find reads what the item shows
        self.list.setObjectName("itemsList")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.currentRowChanged.connect(self._selected)
        self.filing = QPlainTextEdit()
        self.filing.setObjectName("filingWording")
        self.notice = QPlainTextEdit()
        self.notice.setObjectName("noticeWording")
        self.keeper = WordingKeeper((self.filing, self.notice), self)
        self.keeper.typed.connect(self._typed_caption)
        self.keeper.due.connect(self.keep_typed)
        self.quoted = QPlainTextEdit()
        self.quoted.setReadOnly(True)
        self.materiality = QComboBox()
        for value, label in item_rows.LABELS.items():
            self.materiality.addItem(label, value.value)
        self.materiality.activated.connect(self._materiality)
        self.reason = QLabel()
        self.reason.setObjectName("materialityReason")
        self.reason.setWordWrap(True)
        self.plain = PlainEditor()
        self.apply_button = QPushButton("Keep this wording")
        self.apply_button.setObjectName("applyWording")
        self.apply_button.clicked.connect(self._apply)
        self.reset_button = QPushButton("Back to generated")
        self.reset_button.clicked.connect(self._reset)
        self.reject_button = QPushButton("Reject change")
        self.reject_button.setObjectName("rejectItem")
        self.reject_button.setToolTip(
            "Give the working draft back the original's text for this item (undo takes it back)"
        )
        self.reject_button.clicked.connect(self._reject)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        reject = QAction("Reject Change", self.list)
        reject.triggered.connect(self._reject)
        self.list.addAction(reject)
        self.status = QLabel()
        self.status.setWordWrap(True)
        classed = QFormLayout()
        classed.setContentsMargins(0, 0, 0, 0)
        class_box = QVBoxLayout()
        class_box.setSpacing(2)
        class_box.addWidget(self.materiality)
        class_box.addWidget(self.reason)
        classed.addRow("Change is:", class_box)
        wording = QWidget()
        form = tight(QFormLayout(wording), self.filing, self.notice)
        form.addRow("Filing:", self.filing)
        self._notice_label = QLabel("Notice:")
        form.addRow(self._notice_label, self.notice)
        buttons = QHBoxLayout()
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.reject_button)
        form.addRow(buttons)
        form.addRow(self.status)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("itemTabs")
        self.tabs.addTab(wording, "Wording")
        self.tabs.addTab(self.plain, PLAIN_TAB)
        self.tabs.addTab(self.quoted, "New text")  # its own tab: the wording keeps its room
        detail = QWidget()
        column = QVBoxLayout(detail)
        column.setContentsMargins(0, 2, 0, 0)
        column.addLayout(classed)
        column.addWidget(self.tabs, 1)
        self.list.setItemDelegate(CompactRows(self.list))
        # every row is two lines: laid out from one row's size, not by asking the delegate
        # for each of a long revision's hundreds of rows on every re-draft
        self.list.setUniformItemSizes(True)
        splitter = ItemColumn(self.list, detail)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.amendment: Amendment | None = None
        self.items: list[AmendmentItem] = []
        self._keys: list[Key] = []
        self._shown_key: object = None
        self._shown_text: dict[str, str] = {}
        # the tool's plain paragraph, by substance and offer title
        self._generated: dict[tuple[str, str], str] = {}
        self._show_detail(None)

    def show_items(self, amendment: Amendment | None, items: list[AmendmentItem]) -> None:
        """Show re-drafted items; the item counsel selected stays selected (found again by
        what it changes, or else by where), and nothing else moves: no signal goes out."""
        key = self.current_key()
        shown = self.items  # a row whose item is the very one it shows is left as it is
        known = {id(item): k for item, k in zip(shown, self._keys, strict=True)}
        self.amendment = amendment
        self.items = items
        self._keys = [known.get(id(item)) or _key(item) for item in items]
        row = _find(self._keys, key)
        blocker = self.list.blockSignals(True)
        self.list.setUpdatesEnabled(False)
        while self.list.count() > len(items):
            self.list.takeItem(self.list.count() - 1)
        for index, item in enumerate(items):
            entry = self.list.item(index)
            if entry is not None and index < len(shown) and shown[index] is item:
                continue
            text = item_rows.row_text(letter(index), item)
            if entry is None:
                entry = QListWidgetItem(text)
                self.list.addItem(entry)
            elif entry.text() != text:
                entry.setText(text)
            overridden = item.override_basis and item.override_basis == self._keys[index][0]
            tip = item_rows.tooltip(item)
            entry.setToolTip(tip + ("\nCounsel's wording." if overridden else ""))
            mark = (item.materiality.value, item.counsel_materiality)
            if entry.data(CLASS_ROLE) != mark:
                entry.setData(CLASS_ROLE, mark)
                entry.setIcon(item_rows.badge(item.materiality, item.counsel_materiality))
        self.list.setCurrentRow(-1 if row is None else row)
        self.list.setUpdatesEnabled(True)
        self.list.blockSignals(blocker)
        self._show_detail(row)
        if items and not self.plain.reader.warmed:
            QTimer.singleShot(0, self.plain.reader.warm)  # after the draft is settled

    def shown_text(self, row: int) -> str:
        """What the panel shows for the item on `row`: its filing and notice wording, the
        text it quotes and the notice's plain paragraph on it (counsel's or the tool's)."""
        if not 0 <= row < len(self.items):
            return ""
        item, amendment = self.items[row], self.amendment
        parts = ["\n\n".join(item.new_paragraphs) or item.new_text]
        if amendment is not None:
            parts += [amendment.filing_instruction(item), amendment.notice_instruction(item)]
            if amendment.filing.notice_style == "plain":
                parts.append(item.plain_summary or self._tool_paragraph(item, _key(item)[0]))
        return "\n".join(parts)

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

    def _reject(self) -> None:
        if (row := self.current()) is not None:
            self.rejectRequested.emit(row)

    def _selected(self, row: int) -> None:
        self.plain.commit()  # what counsel typed is kept for the item it was typed for
        self.keep_typed()
        self._show_detail(row if row >= 0 else None)
        if row >= 0:
            self.itemSelected.emit(row)

    def _show_detail(self, row: int | None) -> None:
        item = self.items[row] if row is not None and 0 <= row < len(self.items) else None
        worded = item is not None and self.amendment is not None
        for widget in (self.filing, self.notice, self.apply_button, self.reset_button):
            widget.setEnabled(worded)
        self.materiality.setEnabled(item is not None)
        self.reject_button.setEnabled(item is not None)
        plain = self.amendment is not None and self.amendment.filing.notice_style == "plain"
        self._notice_follows_filing(plain)
        if item is None:
            self.materiality.setCurrentIndex(-1)  # no item, no class
            self._set_wording(None, "", "")
            self.quoted.setPlainText("")
            self.reason.setText("")
            self.plain.show_paragraph(None, "", None, "plain")
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
            typing = self.keeper.pending and key == self._shown_key
            caption = wording_keeper.TYPED if typing else wording_keeper.KEPT
            self.status.setText(
                (caption if edited or typing else wording_keeper.GENERATED)
                + (PLAIN_NOTICE_NOTE if plain else "")
            )
        quoted = "\n\n".join(item.new_paragraphs) or item.new_text
        if self.quoted.toPlainText() != quoted:
            self.quoted.setPlainText(quoted)
        self.materiality.setCurrentIndex(self.materiality.findData(item.materiality.value))
        self.reason.setText(item_rows.reason_text(item))
        self._show_plain(item, key[0])

    def _notice_follows_filing(self, plain: bool) -> None:
        """A plain notice prints the filing's own words under "The exact changes": there the
        Notice box shows them and cannot be typed in (what counsel keeps is what it shows);
        the notice's own paragraph on the change is on the plain paragraph tab."""
        self.notice.setReadOnly(plain)
        label = self._notice_label
        label.setText("Notice (filing's words):" if plain else "Notice:")
        self.notice.setToolTip(
            "The plain notice prints the filing's wording here; edit it in the Filing box."
            if plain
            else ""
        )

    def _show_plain(self, item: AmendmentItem, substance: str) -> None:
        """The paragraph the notice prints on this change: counsel's, or the tool's."""
        from amendtool.core.offer_names import NEUTRAL_AUDIENCE, audience, offer_title

        generated = self._tool_paragraph(item, substance)
        amendment = self.amendment
        title = offer_title(amendment.filing, amendment.original) if amendment else ""
        readers = audience(amendment.wording, title) if amendment else NEUTRAL_AUDIENCE
        style = self.amendment.filing.notice_style if self.amendment else "plain"
        from amendtool.core.changes import item_texts

        texts: tuple[str, ...] = item_texts(item)
        if self.amendment is not None:
            from amendtool.core.plain_checks import offers_deadline

            texts += (offers_deadline(self.amendment),)
        self.plain.show_paragraph(substance, generated, item.plain_summary, style, texts, readers)
        # the precedent notice prints no plain paragraphs: there is nothing to write
        to_write = " — to write" if style != "precedent" and self.plain.unfinished() else ""
        self.tabs.setTabText(self.tabs.indexOf(self.plain), PLAIN_TAB + to_write)

    def _tool_paragraph(self, item: AmendmentItem, substance: str) -> str:
        """The tool's plain paragraph on a change, by the export's own function; worked out
        once for each change and offer title, not on every re-draft."""
        from amendtool.core.offer_names import offer_title

        amendment = self.amendment
        if amendment is None:
            return ""
        key = (substance, offer_title(amendment.filing, amendment.original))
        generated = self._generated.get(key)
        if generated is None:
            generated = amendment.tool_paragraph(item)
            if len(self._generated) > 1000:
                self._generated.clear()
            self._generated[key] = generated
        return generated

    def _set_wording(self, key: object, filing: str, notice: str) -> None:
        """Show an item's wording, but never over words counsel is typing for the same item."""
        same_item = key is not None and key == self._shown_key
        if not same_item:
            self.keeper.take()  # left unkept only when the item is gone
            self.keeper.new_visit()
        for box, text in ((self.filing, filing), (self.notice, notice)):
            current = box.toPlainText()
            typed = same_item and current != self._shown_text.get(box.objectName())
            if typed:
                continue
            if current.strip() != text.strip():  # kept words differ only by their ends
                with self.keeper.showing():
                    box.setPlainText(text)
            self._shown_text[box.objectName()] = box.toPlainText()
        self._shown_key = key

    def _typed_caption(self) -> None:
        note = PLAIN_NOTICE_NOTE if self.notice.isReadOnly() else ""
        self.status.setText(wording_keeper.TYPED + note)

    def keep_typed(self) -> None:
        """Keep what counsel typed in the boxes for the item it was typed for."""
        if not self.keeper.take() or self.amendment is None:
            return
        row = _find(self._keys, self._shown_key)  # type: ignore[arg-type]
        if row is None:
            return
        for box in (self.filing, self.notice):  # what is kept is what the boxes show
            self._shown_text[box.objectName()] = box.toPlainText()
        self._emit_wording(row, self.keeper.visit)

    def _emit_wording(self, row: int, visit: int) -> None:
        if self.amendment is None or not 0 <= row < len(self.items):
            return
        filing, notice = wording_to_keep(
            self.amendment,
            self.items[row],
            self.filing.toPlainText(),
            self.notice.toPlainText(),
            self.notice.isReadOnly(),
        )
        self.overrideRequested.emit(row, filing, notice, visit)

    def _apply(self) -> None:
        row = self.list.currentRow()
        if row < 0 or self.amendment is None:
            return
        self.keeper.take()
        self._shown_key = None  # what is kept is shown from now on
        self._emit_wording(row, -1)

    def _reset(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.keeper.take()
            self._shown_key = None
            self.overrideRequested.emit(row, None, None, -1)

    def _materiality(self, index: int) -> None:
        """Counsel's class for the selected item; "extension" on an item that does not move
        the expiration later is refused where it was chosen, saying why."""
        row = self.list.currentRow()
        if not 0 <= row < len(self.items):
            return
        item, value = self.items[row], self.materiality.itemData(index)
        if value == Materiality.EXTENSION.value:
            from amendtool.core.expirations import extension_refusal

            refusal = extension_refusal(item, f"Item {letter(row)}")
            if refusal is not None:
                self.materiality.setCurrentIndex(self.materiality.findData(item.materiality.value))
                self.reason.setText(refusal)
                return
        self.materialityRequested.emit(row, value)


PLAIN_TAB = "Plain paragraph (notice)"
PLAIN_NOTICE_NOTE = (
    f" The notice quotes these words; its own paragraph is on the “{PLAIN_TAB}” tab."
)
CLASS_ROLE = Qt.ItemDataRole.UserRole + 1  # (class, chosen by counsel) of the row
Key = tuple[str, tuple[object, ...]]


def _key(item: AmendmentItem) -> Key:
    """What identifies an item across re-drafts: what it changes, else where it is (its
    kind may change as counsel edits: a replaced paragraph becomes replaced words)."""
    loc = item.locator
    return item.substance(), (loc.section_id, loc.paragraph, loc.sentence)


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
