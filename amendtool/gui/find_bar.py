"""The find bar: not a dialog, over the original, the draft, the items or the preview.

Find Next and Previous with the platform's keys (F3 / Ctrl+G, Shift+F3 / Shift+Ctrl+G;
Cmd+G on macOS), the number of matches and which one is shown, every match highlighted,
the last term and the Match case and Whole words choices kept between sessions; Replace and
Replace All in the draft only (Replace All is one undoable step). The search waits for a
pause in typing, and runs again whenever the text searched changes (an edit, undo, another
amendment opened), so the count and the match shown are never those of an older text.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
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

from amendtool.gui import settings
from amendtool.gui.find_matching import FindOptions
from amendtool.gui.find_replace import replace_selected
from amendtool.gui.find_targets import (
    Target,
    find_all,
    first_from,
    highlight,
    near_view,
    show_match,
    watch,
)

PAUSE_MS = 200  # typing in the Find field: the search runs once counsel pauses


class FindBar(QWidget):
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
        close = _button("✕", "Close (Esc)", self.close_bar)
        row: tuple[QWidget, ...] = (QLabel("Find:"), self.term, QLabel("in"), self.scope)
        row += (previous, following, self.count, self.match_case, self.whole_words)
        row += (self.replacement, self.replace_button, self.replace_all_button, close)
        for widget in row:
            layout.addWidget(widget, 2 if widget in (self.term, self.replacement) else 0)
        self.pause = QTimer(self)  # a pause in typing (or in the text's changes) searches
        self.pause.setSingleShot(True)
        self.pause.setInterval(PAUSE_MS)
        self.pause.timeout.connect(lambda: self.search(reveal=False))
        self.term.textChanged.connect(self._term_typed)
        self.term.returnPressed.connect(lambda: self.step(1))
        self.scope.currentIndexChanged.connect(self._scope_changed)
        self._highlighted: Target | None = None
        self._watched: set[int] = set()
        self.available = True  # an amendment is open (on the first page there is nothing)
        self.frame: QWidget | None = None  # what holds the bar (shown and hidden with it)
        self._scope_changed()

    # --- opening and closing -----------------------------------------------------------------
    def open_in(self, scope: str | None = None) -> None:
        if not self.available:
            return
        if scope and scope in self.targets:
            self.scope.setCurrentText(scope)
        if self.frame is not None:
            self.frame.show()
        self.show()
        self.term.setFocus()
        self.term.selectAll()
        self.search()

    def close_bar(self) -> None:
        self.pause.stop()
        self._clear_highlight()
        if self.frame is not None:
            self.frame.hide()
        self.hide()

    def showing(self) -> bool:
        return self.isVisibleTo(self.window()) and (self.frame is None or self.frame.isVisible())

    def set_available(self, available: bool) -> None:
        """On the first page there is nothing to find or replace: the bar is closed and its
        buttons are off until an amendment opens."""
        self.available = available
        self._scope_changed()
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

    def options(self) -> FindOptions:
        return FindOptions(self.match_case.isChecked(), self.whole_words.isChecked())

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        if event.matches(QKeySequence.StandardKey.FindPrevious):
            self.step(-1)
            return
        super().keyPressEvent(event)

    def _scope_changed(self) -> None:
        draft = self.scope.currentText() == "Draft" and self.available
        for widget in (self.replacement, self.replace_button, self.replace_all_button):
            widget.setEnabled(draft)
        if self.isVisible():
            self.search()

    def target(self) -> Target:
        return self.targets[self.scope.currentText()]()

    # --- finding -------------------------------------------------------------------------------
    def _term_typed(self) -> None:
        settings.put(settings.LAST_FIND, self.term.text())
        self.pause.start()

    def search(self, reveal: bool = True) -> None:
        """Every match of the term in the chosen text, counted, and those in view
        highlighted; the match selected in the text, if it is one, is the current one."""
        self.pause.stop()
        term = self.term.text()
        self._clear_highlight()
        target = self.target()
        self._watch(target)
        self.matches = find_all(target, term, self.options()) if term else []
        self.index = self._selected(target)
        if isinstance(target, QTextEdit):
            highlight(target, near_view(target, self.matches))
            self._highlighted = target
        if self.matches and reveal and self.isVisible():
            self._reveal()
        self._show_count()

    def _selected(self, target: Target) -> int:
        if isinstance(target, QTextEdit):
            cursor = target.textCursor()
            span = (cursor.selectionStart(), cursor.selectionEnd())
        else:
            span = (target.currentRow(), 0)
        return self.matches.index(span) if span in self.matches else -1

    def _watch(self, target: Target) -> None:
        """The count follows the text: a change to it searches again once it pauses, and
        the highlights follow the view as counsel scrolls."""
        if id(target) not in self._watched:
            self._watched.add(id(target))
            watch(target, self._changed, self._scrolled)

    def _changed(self) -> None:
        """The text searched changed: the matches are found again once it pauses (until then
        they are not used). Connected as a method of the bar, so it ends with the bar."""
        target = self.target()
        searched = target.document() if isinstance(target, QTextEdit) else target.model()
        if self.sender() is not searched:
            return
        if self.showing() and self.term.text():
            self.pause.start()
        else:
            self.matches, self.index = [], -1  # found again when next asked for

    def _scrolled(self) -> None:
        target = self._highlighted
        mine = isinstance(target, QTextEdit) and self.sender() is target.verticalScrollBar()
        if mine and len(self.matches) > 1 and not self.pause.isActive():
            assert isinstance(target, QTextEdit)
            highlight(target, near_view(target, self.matches))

    def step(self, direction: int) -> None:
        """The next (or previous) match after the cursor, shown and selected."""
        if not self.available:
            return
        if not self.showing():
            self.open_in()
        if self.pause.isActive() or not self.matches:
            self.search()
        if not self.matches:
            return
        target = self.target()
        if self.index < 0 and isinstance(target, QTextEdit):
            at = target.textCursor().selectionStart()
            self.index = first_from(self.matches, at, direction)
        else:
            self.index = (self.index + direction) % len(self.matches)
        show_match(target, *self.matches[self.index])
        if isinstance(target, QTextEdit):
            highlight(target, near_view(target, self.matches))
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
        if self.pause.isActive():
            self.search()
        term, options = self.term.text(), self.options()
        if replace_selected(target, self.matches, term, self.replacement.text(), options):
            self.search(reveal=False)
        self.step(1)

    def _show_count(self) -> None:
        if not self.term.text():
            self.count.setText("")
        elif not self.matches:
            self.count.setText("no matches")
        elif self.index < 0:
            many = len(self.matches)
            self.count.setText(f"{many:,} match" + ("" if many == 1 else "es"))
        else:
            self.count.setText(f"{self.index + 1:,} of {len(self.matches):,}")

    def _clear_highlight(self) -> None:
        target, self._highlighted = self._highlighted, None
        if isinstance(target, QTextEdit):
            highlight(target, [])


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
