"""The find bar: not a dialog, over the original, the draft, the items or the preview.

Find Next and Previous with the platform's keys (F3 / Ctrl+G, Shift+F3 / Shift+Ctrl+G;
Cmd+G on macOS), the number of matches and which one is shown, every match highlighted,
the last term and the Match case and Whole words choices kept between sessions; Replace and
Replace All in the draft only (Replace All is one undoable step). The search waits for a
pause in typing (then shows the first match from the cursor), and runs again whenever the
text searched changes (an edit, undo, another amendment opened), so the count and the match
shown are never those of an older text.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextEdit,
    QToolButton,
    QWidget,
)
from shiboken6 import isValid

from amendtool.gui import settings
from amendtool.gui.find_searching import FindSearching
from amendtool.gui.find_targets import Target

PAUSE_MS = 200  # typing in the Find field: the search runs once counsel pauses
MOST_PREFILLED = 255  # Word's find box takes no more


class FindBar(FindSearching):
    """One row: term, where, ◀ ▶, "3 of 12", Match case, Whole words, replacement, Replace,
    Replace All, ✕."""

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
        self.term = _line("findTerm", "Find", 180, settings.get(settings.LAST_FIND))
        self.term.setClearButtonEnabled(True)
        self.scope = QComboBox()
        self.scope.setObjectName("findScope")
        self.scope.addItems(list(targets))
        self.count = QLabel()
        self.count.setObjectName("findCount")
        self.count.setMinimumWidth(90)
        previous = _button("◀", "Find Previous (Shift+F3)", lambda: self.step(-1))
        following = _button("▶", "Find Next (F3)", lambda: self.step(1))
        self.match_case = self._option("findMatchCase", "Match case", settings.FIND_MATCH_CASE)
        self.whole_words = self._option("findWholeWords", "Whole words", settings.FIND_WHOLE_WORDS)
        self.replacement = _line("replaceTerm", "Replace with (draft only)", 160)
        self.replace_button = QPushButton("Replace")
        self.replace_button.clicked.connect(self.replace_one)
        self.replace_all_button = QPushButton("Replace All")
        self.replace_all_button.clicked.connect(
            lambda: self.replaceAllRequested.emit(self.term.text(), self.replacement.text())
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        close = _button("✕", "Close (Esc)", self.dismiss)
        row: tuple[QWidget, ...] = (QLabel("Find:"), self.term, QLabel("in"), self.scope)
        row += (previous, following, self.count, self.match_case, self.whole_words)
        row += (self.replacement, self.replace_button, self.replace_all_button, close)
        for widget in row:
            layout.addWidget(widget, 2 if widget in (self.term, self.replacement) else 0)
        self.pause = QTimer(self)  # a pause in typing (or in the text's changes) searches
        self.pause.setSingleShot(True)
        self.pause.setInterval(PAUSE_MS)
        self.pause.timeout.connect(self._paused)
        self.term.textChanged.connect(self._term_typed)
        self.term.returnPressed.connect(lambda: self.step(1))
        self.scope.currentIndexChanged.connect(self._scope_changed)
        self._highlighted: Target | None = None
        self._watched: set[int] = set()
        self.available = True  # an amendment is open (on the first page there is nothing)
        self.frame: QWidget | None = None  # what holds the bar (shown and hidden with it)
        self.came_from: QWidget | None = None  # where counsel was when Find was asked for
        self._scope_changed()

    # --- opening and closing -----------------------------------------------------------------
    def open_in(self, scope: str | None = None, show: bool = True) -> None:
        """The bar open in `scope`, the last term (or the words selected) found, and its
        first match from the cursor shown unless `show` is False (F3 opening it goes on to
        show that match itself)."""
        if not self.available:
            return
        if scope and scope in self.targets:
            self.scope.setCurrentText(scope)
            if words := _selected_words(self.target()):  # as Word: the selection, else the
                self.term.setText(words)  # last term; either selected, so typing replaces it
        focus = QApplication.focusWidget()
        if focus is not None and not self.isAncestorOf(focus) and focus is not self:
            self.came_from = focus
        if self.frame is not None:
            self.frame.show()
        self.show()
        self.term.setFocus()
        self.term.selectAll()
        self.search()
        if show:
            self.show_first()

    def close_bar(self) -> None:
        self.pause.stop()
        self._clear_highlight()
        if self.frame is not None:
            self.frame.hide()
        self.hide()

    def dismiss(self) -> None:
        """Escape or ✕: the bar closes and counsel is back in the text, as in Word: in the
        draft or original searched, at the match shown; from the items or the preview, where
        counsel was before, else the draft."""
        self.close_bar()
        target = self.target()
        back: QWidget | None = None
        if self.scope.currentText() in ("Draft", "Original") and isinstance(target, QTextEdit):
            back = target
        elif self.came_from is not None and isValid(self.came_from) and self.came_from.isVisible():
            back = self.came_from
        elif "Draft" in self.targets:
            back = self.targets["Draft"]()
        if back is not None:
            back.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def set_available(self, available: bool) -> None:
        """On the first page there is nothing to find or replace: the bar is closed and its
        buttons are off until an amendment opens."""
        self.available = available
        self._enable_replace()
        if self.isVisible():
            self.search()  # in the text now open; nothing shown until counsel asks
        if not available:
            self.close_bar()
            self._forget()

    def refresh(self) -> None:
        """The text searched is another (an amendment opened): found again, or forgotten."""
        if self.showing():
            self.search(reveal=False)
        else:
            self._forget()

    def _forget(self) -> None:
        self.matches, self.index = [], -1
        self._show_count()

    def _option(self, name: str, text: str, setting: settings.Setting) -> QCheckBox:
        """Match case or Whole words: kept for next time, and the matches found again."""
        box = QCheckBox(text)
        box.setObjectName(name)
        box.setChecked(settings.get(setting))
        box.toggled.connect(lambda on: self._option_toggled(setting, on))
        return box

    def _option_toggled(self, setting: settings.Setting, on: bool) -> None:
        settings.put(setting, on)
        self.search(reveal=False)
        if self.showing():
            self.show_first(reveal=False)

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.key() == Qt.Key.Key_Escape:
            self.dismiss()
            return
        if event.matches(QKeySequence.StandardKey.FindPrevious):
            self.step(-1)
            return
        super().keyPressEvent(event)

    def _scope_changed(self) -> None:
        """Counsel chose another text to search: its first match from the cursor shown."""
        self._enable_replace()
        if self.isVisible():
            self.search()
            self.show_first()

    def _enable_replace(self) -> None:
        draft = self.scope.currentText() == "Draft" and self.available
        for widget in (self.replacement, self.replace_button, self.replace_all_button):
            widget.setEnabled(draft)


def _selected_words(target: Target) -> str:
    """The words selected in a text, if they fit the Find field (within one paragraph and
    no longer than Word's find box takes)."""
    if not isinstance(target, QTextEdit):
        return ""
    words = target.textCursor().selectedText()
    if "\u2029" in words or len(words) > MOST_PREFILLED or not words.strip():
        return ""
    return words


def _button(text: str, tip: str, clicked: Callable[[], object]) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setToolTip(tip)
    button.clicked.connect(clicked)
    return button


def _line(name: str, placeholder: str, width: int, text: str = "") -> QLineEdit:
    line = QLineEdit(text)
    line.setObjectName(name)
    line.setPlaceholderText(placeholder)
    line.setMinimumWidth(width)
    return line
