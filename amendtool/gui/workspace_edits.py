"""Whole-draft edits the workspace makes for counsel: each one undoable step.

Typing, marking a heading, loading a revised file, rejecting a change and Replace All all go
through one command, so undo and redo give back exactly the text and structure before/after.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from amendtool.gui.commands import DraftEditCommand

if TYPE_CHECKING:
    from amendtool.core.items import AmendmentItem
    from amendtool.core.review import ChangeMap
    from amendtool.gui.draft_pane import DraftPane
    from amendtool.gui.find_bar import FindBar
    from amendtool.gui.main_window import MainWindow
    from amendtool.gui.session import Session


class DraftEditing:
    """The workspace's edits of the working draft (mixed into the workspace)."""

    window: MainWindow
    session: Session
    draft_pane: DraftPane
    find_bar: FindBar
    changes: ChangeMap | None

    def marks_changed(self) -> None:
        raise NotImplementedError

    def load_draft_text(self, blocks: list) -> None:  # type: ignore[type-arg]
        """A revised file made elsewhere replaces the draft: one undo step, headings and all."""
        if splice := self.draft_pane.replace_blocks(blocks):
            self._push(
                DraftEditCommand(
                    self.draft_pane, splice, self._whole_changed, "Load revised file", True
                )
            )

    def reject_item(self, item: AmendmentItem) -> bool:
        """The draft gets back the original's text for the item counsel rejected (found by
        what it changes, not by its row: the items may be drafted anew since): one undoable
        step. False when that change is no longer in the draft."""
        from amendtool.core.items import letter
        from amendtool.gui.side_by_side import rejected

        s = self.session
        s.wait_for_draft()
        self.marks_changed()
        index = s.index_of(item)
        if index is None or s.original is None:
            self.window.keep_note(
                "That change has changed since: select it again to reject it.", 8000
            )
            return False
        if self.changes is None or s.changes_for is not s.items:  # where the items now show
            from amendtool.core.review import change_map

            self.changes = change_map(s.original, s.items)
        blocks = rejected(
            self.changes, index, self.draft_pane.blocks(), self.draft_pane.block_of_mark
        )
        splice = self.draft_pane.replace_blocks(blocks) if blocks is not None else None
        if splice is None:
            return False
        self._push(
            DraftEditCommand(
                self.draft_pane, splice, self._draft_changed, f"Reject change {letter(index)}"
            )
        )
        return True

    def replace_all(self, term: str, replacement: str) -> None:
        """Every match in the draft replaced, each in the case of the words it replaces:
        one undoable step. Counsel is asked first when headings would change."""
        from amendtool.gui.find_replace import replaced_blocks

        blocks = self.draft_pane.blocks()
        changed = replaced_blocks(self.window, blocks, term, replacement, self.find_bar.options())
        if changed is None:
            return
        if splice := self.draft_pane.replace_blocks(changed):
            self._push(
                DraftEditCommand(self.draft_pane, splice, self._draft_changed, "Replace All")
            )
        self.find_bar.search(reveal=False)

    def toggle_heading(self) -> None:
        splice = self.draft_pane.toggle_heading()
        self._push(
            DraftEditCommand(self.draft_pane, splice, self._draft_changed, "Mark as heading")
        )

    def _edited(self, splice) -> None:  # type: ignore[no-untyped-def]
        self._push(DraftEditCommand(self.draft_pane, splice, self._draft_changed))

    def _push(self, command: DraftEditCommand) -> None:
        self.session.undo_stack.push(command)
        command.changed()

    def _whole_changed(self) -> None:
        """The whole draft replaced (a revised file loaded, or its load undone or redone): no
        more keys follow, so it is drafted at once rather than after a pause in typing."""
        self._draft_changed()
        self.session.draft_at_once()

    def _draft_changed(self) -> None:
        if self.session.original is not None:
            self.session.text_changed(self.draft_pane.blocks)
