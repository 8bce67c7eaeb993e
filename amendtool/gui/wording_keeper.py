"""Counsel's words in the item panel's Filing and Notice boxes are kept as they are typed,
as the plain paragraph is: a pause in typing, or leaving the item, keeps them as counsel's
wording (one undo step for each visit to the item), so an edit is never lost by clicking
another item without pressing "Keep this wording"."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QPlainTextEdit

if TYPE_CHECKING:
    from amendtool.core.amendment import Amendment
    from amendtool.core.items import AmendmentItem

KEEP_MS = 700  # a pause this long in typing keeps the wording

TYPED = "Counsel's wording: kept as you type (“Back to generated” gives the tool's back)."
KEPT = "Counsel's wording, kept until this change itself changes."
GENERATED = "Generated wording."


class WordingKeeper(QObject):
    """Watches the wording boxes: what counsel types (not what the panel shows) is pending
    until a pause or a change of item asks for it to be kept."""

    typed = Signal()  # counsel typed in a box: the caption says the words are counsel's
    due = Signal()  # typing paused: keep what was typed

    def __init__(self, boxes: tuple[QPlainTextEdit, ...], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pending = False
        self.visit = 0  # counts visits to items: typing in one visit is one undo step
        self._showing = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(KEEP_MS)
        self.timer.timeout.connect(self.due)
        for box in boxes:
            box.textChanged.connect(self._changed)

    @contextmanager
    def showing(self) -> Iterator[None]:
        """The panel puts words in a box: they are not counsel's typing."""
        self._showing, before = True, self._showing
        try:
            yield
        finally:
            self._showing = before

    def new_visit(self) -> None:
        self.visit += 1

    def take(self) -> bool:
        """Whether counsel typed anything not kept yet; it is no longer pending."""
        self.timer.stop()
        pending, self.pending = self.pending, False
        return pending

    def _changed(self) -> None:
        if self._showing:
            return
        self.pending = True
        self.timer.start()
        self.typed.emit()


def wording_to_keep(
    amendment: Amendment, item: AmendmentItem, filing: str, notice: str, notice_shown_only: bool
) -> tuple[str | None, str | None]:
    """Counsel's (filing, notice) wording from the boxes: None where the box holds the tool's
    words and counsel kept none before; a notice box that only shows the filing's words
    (the plain notice) keeps what was kept."""
    generated_filing = amendment.filing_instruction(item)
    generated_notice = amendment.notice_instruction(item)
    filing, notice = filing.strip(), notice.strip()
    if notice_shown_only:
        notice, generated_notice = item.notice_override or "", ""
    return (
        filing if filing != generated_filing or item.filing_override else None,
        notice if notice != generated_notice or item.notice_override else None,
    )
