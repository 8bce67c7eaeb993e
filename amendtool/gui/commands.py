"""One undoable command per user operation; each calls the exact inverse on undo."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QTextDocument, QUndoCommand

from amendtool.gui.session import Session


class TextEditCommand(QUndoCommand):
    """A burst of typing in the draft, recorded by the editor's own document."""

    def __init__(self, document: QTextDocument, session: Session, refresh) -> None:  # type: ignore[no-untyped-def]
        super().__init__("Typing")
        self.document = document
        self.session = session
        self.refresh = refresh
        self.first = True

    def redo(self) -> None:
        if self.first:
            self.first = False  # the edit has already happened in the editor
            return
        self.document.redo()
        self.refresh()

    def undo(self) -> None:
        self.document.undo()
        self.refresh()


def _find(session: Session, substance: str) -> int | None:
    for index, item in enumerate(session.items):
        if item.substance() == substance:
            return index
    return None


class OverrideCommand(QUndoCommand):
    def __init__(
        self, session: Session, index: int, filing: str | None, notice: str | None
    ) -> None:
        super().__init__("Edit wording")
        item = session.items[index]
        self.session = session
        self.substance = item.substance()
        current_basis = item.override_basis == item.substance()
        self.before = (
            item.filing_override if current_basis else None,
            item.notice_override if current_basis else None,
        )
        self.after = (filing, notice)

    def _set(self, values: tuple[str | None, str | None]) -> None:
        index = _find(self.session, self.substance)
        if index is not None:
            self.session.set_override(index, *values)

    def redo(self) -> None:
        self._set(self.after)

    def undo(self) -> None:
        self._set(self.before)


class MaterialityCommand(QUndoCommand):
    def __init__(self, session: Session, index: int, value: str) -> None:
        super().__init__("Mark change")
        self.session = session
        self.substance = session.items[index].substance()
        self.before = session.items[index].materiality.value
        self.after = value

    def redo(self) -> None:
        index = _find(self.session, self.substance)
        if index is not None:
            self.session.set_materiality(index, self.after)

    def undo(self) -> None:
        index = _find(self.session, self.substance)
        if index is not None:
            self.session.set_materiality(index, self.before)


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
