"""Counsel's decisions on the items: wording, materiality and plain paragraphs.

Kept by what each change changes (its substance), not by the item, so a decision comes back
whenever that change does: by re-drafting, or by undo.
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

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
