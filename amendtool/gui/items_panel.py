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

from amendtool.core.items import AmendmentItem, letter
from amendtool.gui import item_rows
from amendtool.gui.find_targets import SearchedRows
from amendtool.gui.item_detail import (
    FILING_LABEL,
    PLAIN_TAB,
    USE_GENERATED,
    ItemDetail,
    Key,
    _find,
    _key,
)
from amendtool.gui.item_rows import summary as summary  # the review window names items so too
from amendtool.gui.plain_editor import PlainEditor
from amendtool.gui.room import CompactRows, ItemColumn, SteadyLines, tight
from amendtool.gui.session_decisions import WordingKeeper

if TYPE_CHECKING:
    from amendtool.core.amendment import Amendment


class ItemsPanel(ItemDetail, QWidget):
    itemSelected = Signal(int)
    # each decision names the item the panel shows (never its row: the list may be drafted
    # anew, an item typed in above it, before the decision is carried out)
    overrideRequested = Signal(object, object, object, int)  # item, filing, notice, visit
    materialityRequested = Signal(object, str)  # item, class
    rejectRequested = Signal(object)  # item

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("itemsPanel")
        self.list = SearchedRows()
        self.list.searched = self.shown_text  # Find reads what the item shows
        self.list.setObjectName("itemsList")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.currentRowChanged.connect(self._selected)
        self.list.currentClicked.connect(self.itemSelected.emit)  # the panes go to it again
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
        self.reason = SteadyLines()
        self.reason.setObjectName("materialityReason")
        self.plain = PlainEditor()
        self.apply_button = QPushButton("Keep this wording")
        self.apply_button.setObjectName("applyWording")
        self.apply_button.setToolTip(
            "Keep the words typed in the Filing or Notice box now (they are also kept when "
            "typing pauses or another item is selected); type in a box to write your own"
        )
        self.apply_button.clicked.connect(self._apply)
        self.reset_button = QPushButton(USE_GENERATED)
        self.reset_button.setObjectName("useGenerated")
        self.reset_button.setToolTip("Put the tool's filing and notice wording back (one click)")
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
        self.status = SteadyLines()
        classed = QFormLayout()
        classed.setContentsMargins(0, 0, 0, 0)
        class_box = QVBoxLayout()
        class_box.setSpacing(2)
        class_box.addWidget(self.materiality)
        class_box.addWidget(self.reason)
        classed.addRow("Change is:", class_box)
        wording = QWidget()
        form = tight(QFormLayout(wording), self.filing, self.notice)
        self.filing_label = QLabel(FILING_LABEL)
        form.addRow(self.filing_label, self.filing)
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
        self._worded: dict[int, tuple[AmendmentItem, str]] = {}  # by id: item, its words
        # the tool's plain paragraph, by substance and offer title
        self._generated: dict[tuple[str, str], str] = {}
        self._lost: Key | None = None  # the selected item, while the draft is without it
        self._show_detail(None)

    def show_items(self, amendment: Amendment | None, items: list[AmendmentItem]) -> None:
        """Show re-drafted items; the item counsel selected stays selected (found again by
        what it changes, or else by where), and nothing else moves: no signal goes out."""
        # an item that went (a change rejected) is selected again when it comes back (undo)
        key = self.current_key() or self._lost
        shown = self.items  # a row whose item is the very one it shows is left as it is
        known = {id(item): k for item, k in zip(shown, self._keys, strict=True)}
        self.amendment = amendment
        self.items = items
        self._keys = [known.get(id(item)) or _key(item) for item in items]
        row = _find(self._keys, key)
        self._lost = key if row is None else None
        blocker = self.list.blockSignals(True)
        self.list.setUpdatesEnabled(False)
        while self.list.count() > len(items):
            self.list.takeItem(self.list.count() - 1)
        # what each row says of its item is worked out once for the item: an item typed in
        # above hundreds of others re-letters their rows, and words only its own
        before, self._worded = self._worded, {}
        for index, item in enumerate(items):
            known_words = before.get(id(item))
            said = known_words[1] if known_words and known_words[0] is item else None
            said = said or item_rows.summary(item)
            self._worded[id(item)] = (item, said)
            entry = self.list.item(index)
            if entry is not None and index < len(shown) and shown[index] is item:
                continue
            text = item_rows.row_text(letter(index), item, said)
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

    def current_item(self) -> AmendmentItem | None:
        """The item the selected row shows."""
        row = self.current()
        return self.items[row] if row is not None else None

    def select(self, index: int) -> None:
        """Counsel asked for this item (a click, F8, a finding): the workspace shows it."""
        if self.list.currentRow() == index:
            self._selected(index)
        else:
            self.list.setCurrentRow(index)

    def _reject(self) -> None:
        if (item := self.current_item()) is not None:
            self.rejectRequested.emit(item)

    def _selected(self, row: int) -> None:
        self.plain.commit()  # what counsel typed is kept for the item it was typed for
        self.keep_typed()
        self._show_detail(row if row >= 0 else None)
        if row >= 0:
            self.itemSelected.emit(row)


CLASS_ROLE = Qt.ItemDataRole.UserRole + 1  # (class, chosen by counsel) of the row
