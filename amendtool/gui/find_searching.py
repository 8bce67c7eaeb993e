"""Finding in the text the find bar searches: every match counted and highlighted, the one
shown stepped to, and the count kept true to the text as it changes.

The widgets (term, scope, options, count) are the find bar's; this is what it does with them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QTextEdit, QWidget

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


class FindSearching(QWidget):
    """The searching half of the find bar (its widgets are made by `FindBar`)."""

    targets: dict[str, Callable[[], Target]]
    reveal: dict[str, Callable[[], None]]
    matches: list[tuple[int, int]]  # text targets: (start, end); lists: (row, 0)
    index: int
    term: QLineEdit
    scope: QComboBox
    count: QLabel
    match_case: QCheckBox
    whole_words: QCheckBox
    replacement: QLineEdit
    pause: QTimer
    available: bool
    frame: QWidget | None
    _highlighted: Target | None
    _watched: set[int]
    _typed: bool = False  # the pause ending is one in typing the term (not in an edit)

    def open_in(self, scope: str | None = None, show: bool = True) -> None:
        raise NotImplementedError

    def showing(self) -> bool:
        return self.isVisibleTo(self.window()) and (self.frame is None or self.frame.isVisible())

    def options(self) -> FindOptions:
        return FindOptions(self.match_case.isChecked(), self.whole_words.isChecked())

    def target(self) -> Target:
        return self.targets[self.scope.currentText()]()

    def _term_typed(self) -> None:
        settings.put(settings.LAST_FIND, self.term.text())
        self._typed = True
        self.pause.start()

    def _paused(self) -> None:
        """A pause in typing the term, or in changes to the text searched: found again; the
        term's first match from where counsel was shown only when it was the term typed."""
        typed, self._typed = self._typed, False
        self.search(reveal=False)
        if typed:
            self.show_first()

    def show_first(self, reveal: bool = True) -> None:
        """As a browser's find bar: once counsel asks to find (types the term, opens the bar
        with the last one, chooses another text or option), the first match at or after the
        cursor (in a list, the current row) is shown and counted ("3 of 12"), the focus left
        in the Find field. Never after an edit: the count then says which match is next."""
        target = self.target()
        if not self.matches or self.index >= 0:
            return
        self.index = first_from(self.matches, _place(target), 1)
        show_match(target, *self.matches[self.index])
        if isinstance(target, QTextEdit):
            highlight(target, near_view(target, self.matches))
        if reveal:
            self._reveal()
        self._show_count()

    def search(self, reveal: bool = True) -> None:
        """Every match of the term in the chosen text, counted, and those in view
        highlighted; the match selected in the text, if it is one, is the current one."""
        self.pause.stop()
        self._typed = False
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
            self.open_in(show=False)  # F3 itself shows the first match from the cursor
        if self.pause.isActive() or not self.matches:
            self.search()
        if not self.matches:
            return
        target = self.target()
        if self.index < 0 and isinstance(target, QTextEdit):
            at = target.textCursor().selectionStart()
            self.index = first_from(self.matches, at, direction)
            start = self.matches[self.index][0]
            went_round = start < at if direction > 0 else start >= at
        else:
            was = self.index
            self.index = (self.index + direction) % len(self.matches)
            went_round = was >= 0 and (self.index <= was if direction > 0 else self.index >= was)
        show_match(target, *self.matches[self.index])
        if isinstance(target, QTextEdit):
            highlight(target, near_view(target, self.matches))
        self._reveal()
        self._show_count(went_round_note(len(self.matches), direction) if went_round else "")

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

    def _show_count(self, note: str = "") -> None:
        """ "3 of 12"; `note` says when Find Next went round an end of the text (as a
        browser's find bar does), so the same match shown again is never silent."""
        if not self.term.text():
            self.count.setText("")
        elif not self.matches:
            self.count.setText("no matches")
        elif self.index < 0:  # none shown (the text was edited): the one Find Next shows
            following = first_from(self.matches, _place(self.target()), 1)
            self.count.setText(f"next: {following + 1:,} of {len(self.matches):,}")
        else:
            shown = f"{self.index + 1:,} of {len(self.matches):,}"
            self.count.setText(f"{shown} — {note}" if note else shown)

    def _clear_highlight(self) -> None:
        target, self._highlighted = self._highlighted, None
        if isinstance(target, QTextEdit):
            highlight(target, [])


def _place(target: Target) -> int:
    """Where counsel is in the text searched: the cursor (a selection's start), or the row."""
    if isinstance(target, QTextEdit):
        return target.textCursor().selectionStart()
    return max(target.currentRow(), 0)


def went_round_note(count: int, direction: int) -> str:
    """What the count says when Find Next (Previous) passed the end (the start) of the text."""
    if count == 1:
        return "the only match"
    return "continued from the top" if direction > 0 else "continued from the end"
