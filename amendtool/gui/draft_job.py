"""The drafting job: items from the edited draft, computed off the UI thread."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QRunnable, Signal, Slot

from amendtool.core.draft_text import TextBlock, document_from_blocks
from amendtool.core.errors import AmendtoolError
from amendtool.core.items import AmendmentItem
from amendtool.core.model import Document
from amendtool.core.review import ChangeMap, change_map


@dataclass
class DraftOutcome:
    generation: int
    revised: Document
    items: list[AmendmentItem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    error: str | None = None
    changes: ChangeMap | None = None


class _Signals(QObject):
    done = Signal()  # the outcome waits on the job (see gui/background.py for why)


class DraftJob(QRunnable):
    def __init__(self, generation: int, original: Document, blocks: list[TextBlock]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # Python owns the job; the pool must not delete it
        self.generation, self.original, self.blocks = generation, original, blocks
        self.signals = _Signals()

    @Slot()
    def run(self) -> None:
        from amendtool.core.drafting import draft_items

        revised = document_from_blocks(self.blocks, self.original)
        try:
            result = draft_items(self.original, revised)
            outcome = DraftOutcome(
                self.generation,
                revised,
                result.items,
                result.notes,
                changes=change_map(self.original, result.items),
            )
        except AmendtoolError as exc:
            outcome = DraftOutcome(self.generation, revised, error=str(exc))
        self.outcome = outcome
        self.signals.done.emit()
