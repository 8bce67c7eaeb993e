"""Counsel's decisions on the items, kept: by what each change changes, and as they are typed.

Counsel's decisions on the items: wording, materiality and plain paragraphs.

Kept by what each change changes (its substance), not by the item, so a decision comes back
whenever that change does: by re-drafting, or by undo.

Counsel's words in the item panel's Filing and Notice boxes are kept as they are typed,
as the plain paragraph is: a pause in typing, or leaving the item, keeps them as counsel's
wording (one undo step for each visit to the item), so an edit is never lost by clicking
another item without pressing "Keep this wording"."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QPlainTextEdit

from amendtool.gui.session_drafting import Drafting

if TYPE_CHECKING:
    from amendtool.core.items import AmendmentItem


class Decisions(Drafting):
    """The drafting session with counsel's decisions applied to every item drafted."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.wording: dict[str, tuple[str | None, str | None]] = {}  # by substance
        self.materiality: dict[str, str] = {}  # by substance
        self.plain: dict[str, str] = {}  # counsel's plain paragraphs, by substance

    # --- counsel's decisions ----------------------------------------------------------------
    def set_override(self, substance: str, filing: str | None, notice: str | None) -> None:
        if filing or notice:
            self.wording[substance] = (filing, notice)
        else:
            self.wording.pop(substance, None)
        self._decided(substance)

    def set_materiality(self, substance: str, value: str, decided: bool = True) -> None:
        if decided:
            self.materiality[substance] = value
        else:
            self.materiality.pop(substance, None)
        self._decided(substance, value)

    def set_plain(self, substance: str, text: str | None) -> None:
        """Counsel's plain paragraph on a change for the notice (None: the tool's)."""
        if text:
            self.plain[substance] = text
        else:
            self.plain.pop(substance, None)
        self._decided(substance)

    def shared_plain(self, substance: str) -> dict[str, str]:
        """Counsel's paragraphs on the other items of the one notice paragraph the change
        `substance` is in, by their substance: counsel's paragraph on it replaces them."""
        from amendtool.core.plain_shared import sharing

        amendment = self.amendment()  # type: ignore[attr-defined]
        changes = amendment.change_items if amendment is not None else []
        index = next((n for n, i in enumerate(changes) if i.substance() == substance), None)
        if index is None:
            return {}
        others = [changes[i].substance() for i in sharing(amendment, index) if i != index]
        return {s: self.plain[s] for s in others if s in self.plain and s != substance}

    def _decided(self, substance: str, materiality: str | None = None) -> None:
        items = list(self.items)
        for index, item in enumerate(items):
            if item.substance() == substance:
                item = copy.copy(item)
                item.set_overrides(*self.wording.get(substance, (None, None)))
                item.set_plain_summary(self.plain.get(substance))
                if materiality is not None:
                    _classify(item, self.materiality.get(substance), materiality)
                items[index] = item
        self.items = items
        self.version += 1
        self.itemsChanged.emit()
        self.refresh_checks()

    def index_of(self, item: AmendmentItem) -> int | None:
        """Where the item counsel decided on stands in the items now: the very item, else the
        one that changes the same thing (drafted anew since, an item typed in above it); None
        when that change is gone."""
        for index, now in enumerate(self.items):
            if now is item:
                return index
        substance = item.substance()
        return next((n for n, now in enumerate(self.items) if now.substance() == substance), None)

    def apply_decisions(self, items: list[AmendmentItem]) -> None:
        """Give freshly drafted items counsel's decisions for the same changes."""
        if not (self.wording or self.materiality or self.plain):
            return
        for item in items:
            substance = item.substance()
            if substance in self.wording:
                item.set_overrides(*self.wording[substance])
            if substance in self.materiality:
                _classify(item, self.materiality[substance], self.materiality[substance])
            if substance in self.plain:
                item.set_plain_summary(self.plain[substance])


def _classify(item: AmendmentItem, decided: str | None, shown: str) -> None:
    """Counsel's class for the item (`decided`), or, when counsel's choice is undone, the
    class the tool proposed (`shown` if it proposed none)."""
    from amendtool.core.items import PROPOSED, Materiality

    if decided is not None:
        value = Materiality(decided)
        # counsel's reason stays while the class it was given for does
        same = item.counsel_materiality and item.materiality is value
        item.choose_materiality(value, item.counsel_reason if same else None)
        return
    item.materiality = item.materiality_proposed or Materiality(shown)
    item.materiality_source, item.materiality_basis = PROPOSED, None


if TYPE_CHECKING:
    from amendtool.core.amendment import Amendment
    from amendtool.core.items import AmendmentItem

KEEP_MS = 700  # a pause this long in typing keeps the wording

TYPED = "Counsel's wording: kept as you type (“Use the Generated Wording” gives the tool's back)."
KEPT = (
    "Counsel's wording, kept until this change itself changes (“Use the Generated Wording” "
    "gives the tool's back)."
)
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
