"""One undoable command per user operation; each calls the exact inverse on undo."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from amendtool.gui.block_looks import Restyle
from amendtool.gui.draft_edits import INSERT, Splice, continues
from amendtool.gui.session import Session

if TYPE_CHECKING:
    from amendtool.core.items import AmendmentItem
    from amendtool.gui.draft_pane import DraftPane

TYPING = 0x7E97  # the id under which typing steps merge
TYPING_PAUSE_MS = 1500  # a longer pause between keys starts a new undo step


def now_ms() -> int:
    return int(time.monotonic() * 1000)


class DraftEditCommand(QUndoCommand):
    """A change to the draft: a word typed, a paste, a revised file, a heading mark."""

    def __init__(
        self,
        pane: DraftPane,
        splice: Splice,
        changed: Callable[[], None],
        text: str = "Typing",
        keep_place: bool = False,
    ) -> None:
        super().__init__(text)
        self.pane, self.splice, self.changed = pane, splice, changed
        self.keep_place = keep_place  # a whole-document change: counsel keeps their place
        self.typed = splice.typed
        self.inserted = self.typed.char if self.typed and self.typed.action == INSERT else ""
        self.at = now_ms()
        self.shown = True  # the editor already shows the change when the command is pushed

    def id(self) -> int:
        return TYPING if self.typed is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Keys typed one after another join this step until a new word starts or counsel
        pauses; background work (drafting, checks) never ends a step."""
        if not isinstance(other, DraftEditCommand) or self.typed is None or other.typed is None:
            return False
        if other.splice.first != self.splice.first or other.splice.old != self.splice.new:
            return False
        if other.at - self.at > TYPING_PAUSE_MS or not continues(
            self.typed, other.typed, self.inserted
        ):
            return False
        self.splice = Splice(self.splice.first, self.splice.old, other.splice.new, other.typed)
        self.typed, self.at = other.typed, other.at
        if other.typed.action == INSERT:
            self.inserted += other.typed.char
        return True

    def redo(self) -> None:
        if self.shown:
            self.shown = False
            return
        self._apply(self.splice)

    def undo(self) -> None:
        self._apply(self.splice.inverse())

    def _apply(self, splice: Splice) -> None:
        if self.keep_place:
            self.pane.apply_keeping_place(splice)
        else:
            self.pane.apply(splice)
        self.changed()


class RestyleCommand(QUndoCommand):
    """A change of how paragraphs look (a bullet, an indent) with no change of text."""

    def __init__(self, pane: DraftPane, change: Restyle) -> None:
        super().__init__("Formatting")
        self.pane, self.change = pane, change
        self.shown = True  # the editor already shows the change when the command is pushed

    def redo(self) -> None:
        if self.shown:
            self.shown = False
            return
        self.pane.restyle(self.change)

    def undo(self) -> None:
        self.pane.restyle(self.change.inverse())


WORDING = 0x3D1  # the id under which the keeping of one visit's wording merges


class VisitCommand(QUndoCommand):
    """What counsel keeps while typing on one visit to an item: later keeps of the same
    change on the same visit join this step, undone to what the item had before."""

    substance: str
    visit: int
    before: Any
    after: Any

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, type(self)):
            return False
        if (other.substance, other.visit) != (self.substance, self.visit):
            return False
        self.after = other.after
        self.setObsolete(self.before == self.after)
        return True


class OverrideCommand(VisitCommand):
    """Counsel's wording for one change, found again by what it changes; what is kept as
    counsel types on one visit to the item (`visit` 0 or more) is one undo step."""

    def __init__(
        self,
        session: Session,
        item: AmendmentItem,
        filing: str | None,
        notice: str | None,
        visit: int = -1,
    ) -> None:
        """`item`: the item counsel worded (found again in the session by what it changes)."""
        super().__init__("Edit wording")
        self.visit = visit
        item = now_in(session, item)
        self.session = session
        self.substance = item.substance()
        current_basis = item.override_basis == self.substance
        self.before = (
            item.filing_override if current_basis else None,
            item.notice_override if current_basis else None,
        )
        self.after = (filing, notice)
        self.setObsolete(visit >= 0 and self.before == self.after)

    def id(self) -> int:
        return WORDING if self.visit >= 0 else -1

    def redo(self) -> None:
        self.session.set_override(self.substance, *self.after)

    def undo(self) -> None:
        self.session.set_override(self.substance, *self.before)


class MaterialityCommand(QUndoCommand):
    def __init__(self, session: Session, item: AmendmentItem, value: str) -> None:
        super().__init__("Mark change")
        self.session = session
        item = now_in(session, item)
        self.substance = item.substance()
        self.before = item.materiality.value
        self.decided_before = self.substance in session.materiality
        self.after = value

    def redo(self) -> None:
        self.session.set_materiality(self.substance, self.after, decided=True)

    def undo(self) -> None:
        self.session.set_materiality(self.substance, self.before, decided=self.decided_before)


PLAIN = 0x9A1  # the id under which the keeping of one visit's typing merges


class PlainCommand(VisitCommand):
    """Counsel's plain paragraph on one change; what is kept while counsel types on one
    visit to the item is one step, undone to the paragraph the item had before."""

    def __init__(self, session: Session, substance: str, text: str | None, visit: int) -> None:
        super().__init__("Edit plain paragraph")
        self.session, self.substance, self.visit = session, substance, visit
        self.before = session.plain.get(substance)
        self.after = text
        # counsel's paragraph on another item of the one notice paragraph this replaces
        self.others = session.shared_plain(substance) if text else {}
        self.setObsolete(self.before == self.after)

    def id(self) -> int:
        return PLAIN

    def redo(self) -> None:
        self.session.set_plain(self.substance, self.after)
        for other in self.others if self.after else ():
            self.session.set_plain(other, None)

    def undo(self) -> None:
        self.session.set_plain(self.substance, self.before)
        for other, text in self.others.items():
            self.session.set_plain(other, text)


class FilingCommand(QUndoCommand):
    def __init__(self, session: Session, data: dict[str, Any] | None) -> None:
        super().__init__("Edit filing details")
        self.session = session
        self.before = session.filing_data
        self.after = data

    def redo(self) -> None:
        self.session.set_filing_data(self.after)

    def undo(self) -> None:
        self.session.set_filing_data(self.before)


def now_in(session: Session, item: AmendmentItem) -> AmendmentItem:
    """The session's own item for the change counsel decided on (the item itself if the
    change is gone: the decision is then kept by what it changes, for when it comes back)."""
    index = session.index_of(item)
    return session.items[index] if index is not None else item
