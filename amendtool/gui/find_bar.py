"""The find bar: not a dialog, over the original, the draft, the items or the preview.

Find Next and Previous with the platform's keys (F3 / Ctrl+G, Shift+F3 / Shift+Ctrl+G;
Cmd+G on macOS), the number of matches and which one is shown, every match highlighted,
the last term kept between sessions; Replace and Replace All in the draft only (Replace All
is one undoable step).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTextEdit,
    QToolButton,
    QWidget,
)

from amendtool.gui import settings
from amendtool.gui.centring import centre_cursor

Target = QTextEdit | QListWidget
MATCH = QColor(255, 225, 120)


class FindBar(QWidget):
    """One row: term, where, ◀ ▶, "3 of 12", replacement, Replace, Replace All, ✕."""

    replaceAllRequested = Signal(str, str)  # term, replacement (the draft, as one step)

    def __init__(
        self,
        targets: dict[str, Callable[[], Target]],
        parent: QWidget,
        reveal: dict[str, Callable[[], None]] | None = None,
    ) -> None:
        """`targets` give each text, ready to search whether it is shown or not; `reveal`
        brings one forward when a match is found in it."""
        super().__init__(parent)
        self.setObjectName("findBar")
        self.targets = targets
        self.reveal = reveal or {}
        self.matches: list[tuple[int, int]] = []  # text targets: (start, end); lists: (row, 0)
        self.index = -1
        self.term = QLineEdit(settings.get(settings.LAST_FIND))
        self.term.setObjectName("findTerm")
        self.term.setPlaceholderText("Find")
        self.term.setClearButtonEnabled(True)
        self.term.setMinimumWidth(180)
        self.scope = QComboBox()
        self.scope.setObjectName("findScope")
        self.scope.addItems(list(targets))
        self.count = QLabel()
        self.count.setObjectName("findCount")
        self.count.setMinimumWidth(90)
        previous = _button("◀")
        previous.setToolTip("Find Previous (Shift+F3)")
        previous.clicked.connect(lambda: self.step(-1))
        following = _button("▶")
        following.setToolTip("Find Next (F3)")
        following.clicked.connect(lambda: self.step(1))
        self.replacement = QLineEdit()
        self.replacement.setObjectName("replaceTerm")
        self.replacement.setPlaceholderText("Replace with (draft only)")
        self.replacement.setMinimumWidth(160)
        self.replace_button = QPushButton("Replace")
        self.replace_button.clicked.connect(self.replace_one)
        self.replace_all_button = QPushButton("Replace All")
        self.replace_all_button.clicked.connect(
            lambda: self.replaceAllRequested.emit(self.term.text(), self.replacement.text())
        )
        close = _button("✕")
        close.setToolTip("Close (Esc)")
        close.clicked.connect(self.close_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addWidget(QLabel("Find:"))
        layout.addWidget(self.term, 2)
        layout.addWidget(QLabel("in"))
        layout.addWidget(self.scope)
        layout.addWidget(previous)
        layout.addWidget(following)
        layout.addWidget(self.count)
        layout.addWidget(self.replacement, 2)
        layout.addWidget(self.replace_button)
        layout.addWidget(self.replace_all_button)
        layout.addWidget(close)
        self.term.textChanged.connect(self.search)
        self.term.returnPressed.connect(lambda: self.step(1))
        self.scope.currentIndexChanged.connect(self._scope_changed)
        self._highlighted: Target | None = None
        self.frame: QWidget | None = None  # what holds the bar (shown and hidden with it)
        self._scope_changed()

    # --- opening and closing -----------------------------------------------------------------
    def open_in(self, scope: str | None = None) -> None:
        if scope and scope in self.targets:
            self.scope.setCurrentText(scope)
        if self.frame is not None:
            self.frame.show()
        self.show()
        self.term.setFocus()
        self.term.selectAll()
        self.search()

    def close_bar(self) -> None:
        self._clear_highlight()
        if self.frame is not None:
            self.frame.hide()
        self.hide()

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        if event.matches(QKeySequence.StandardKey.FindPrevious):
            self.step(-1)
            return
        super().keyPressEvent(event)

    def _scope_changed(self) -> None:
        draft = self.scope.currentText() == "Draft"
        for widget in (self.replacement, self.replace_button, self.replace_all_button):
            widget.setEnabled(draft)
        if self.isVisible():
            self.search()

    def target(self) -> Target:
        return self.targets[self.scope.currentText()]()

    # --- finding -------------------------------------------------------------------------------
    def search(self) -> None:
        """Every match of the term in the chosen text, highlighted; none selected yet."""
        term = self.term.text()
        settings.put(settings.LAST_FIND, term)
        self._clear_highlight()
        target = self.target()
        self.matches = find_all(target, term) if term else []
        self.index = -1
        if isinstance(target, QTextEdit):
            self._highlight(target)
        if self.matches and self.isVisible():
            self._reveal()
        self._show_count()

    def step(self, direction: int) -> None:
        """The next (or previous) match after the cursor, shown and selected."""
        if not self.isVisibleTo(self.window()) or (self.frame and not self.frame.isVisible()):
            self.open_in()
        if not self.matches:
            self.search()
        if not self.matches:
            return
        target = self.target()
        if self.index < 0 and isinstance(target, QTextEdit):
            at = target.textCursor().selectionStart()
            after = [i for i, (s, _) in enumerate(self.matches) if s >= at]
            self.index = (
                (after[0] if after else 0) if direction > 0 else (after[0] - 1 if after else -1)
            )
            self.index %= len(self.matches)
        else:
            self.index = (self.index + direction) % len(self.matches)
        start, end = self.matches[self.index]
        if isinstance(target, QTextEdit):
            cursor = QTextCursor(target.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            target.setTextCursor(cursor)
            centre_cursor(target)
        else:
            target.setCurrentRow(start)
            target.scrollToItem(target.item(start), QListWidget.ScrollHint.PositionAtCenter)
        self._reveal()
        self._show_count()

    def _reveal(self) -> None:
        """The text searched brought forward (a tab behind another): a match is seen."""
        reveal = self.reveal.get(self.scope.currentText())
        if reveal is not None:
            reveal()

    def replace_one(self) -> None:
        """The match shown is replaced in the draft (counsel's edit, undone like typing)."""
        target = self.target()
        if self.scope.currentText() != "Draft" or not isinstance(target, QTextEdit):
            return
        cursor = target.textCursor()
        if (
            not cursor.hasSelection()
            or cursor.selectedText().casefold() != self.term.text().casefold()
        ):
            self.step(1)
            return
        cursor.insertText(self.replacement.text())
        self.search()
        self.step(1)

    def _show_count(self) -> None:
        if not self.term.text():
            self.count.setText("")
        elif not self.matches:
            self.count.setText("no matches")
        elif self.index < 0:
            self.count.setText(f"{len(self.matches)} matches")
        else:
            self.count.setText(f"{self.index + 1} of {len(self.matches)}")

    def _highlight(self, target: QTextEdit) -> None:
        selections = []
        for start, end in self.matches:
            selection = QTextEdit.ExtraSelection()
            selection.format.setBackground(MATCH)
            cursor = QTextCursor(target.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selections.append(selection)
        set_found = getattr(target, "set_found", None)
        if set_found is not None:
            set_found(selections)
        else:
            target.setExtraSelections(selections)
        self._highlighted = target

    def _clear_highlight(self) -> None:
        target, self._highlighted = self._highlighted, None
        if target is None:
            return
        set_found = getattr(target, "set_found", None)
        if set_found is not None:
            set_found([])
        elif isinstance(target, QTextEdit):
            target.setExtraSelections([])


def _button(text: str) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    return button


def find_all(target: Target, term: str) -> list[tuple[int, int]]:
    """Every match, without regard to case: spans of a text, or rows of a list."""
    if isinstance(target, QListWidget):
        folded = term.casefold()
        return [
            (row, 0)
            for row in range(target.count())
            if folded in (target.item(row).text() or "").casefold()
        ]
    out = []
    document = target.document()
    cursor = document.find(term, 0, QTextDocument.FindFlag(0))
    while not cursor.isNull():
        out.append((cursor.selectionStart(), cursor.selectionEnd()))
        cursor = document.find(term, cursor, QTextDocument.FindFlag(0))
    return out
