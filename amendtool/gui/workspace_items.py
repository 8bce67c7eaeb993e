"""How the workspace follows the items: the list, the marks in both panes, the item shown.

A re-draft leaves the cursor, the selection, the scroll position and the focus where counsel
left them; only counsel's own request (a click on an item, F8) moves the panes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from amendtool.core.review import ChangeMap
    from amendtool.gui.draft_pane import DraftPane
    from amendtool.gui.items_panel import ItemsPanel
    from amendtool.gui.main_window import MainWindow
    from amendtool.gui.panes import DocumentPane
    from amendtool.gui.session import Session


class ItemsFollowing:
    """The workspace's reactions to new items and to the item counsel selects (mixed in)."""

    window: MainWindow
    session: Session
    original_pane: DocumentPane
    draft_pane: DraftPane
    items_panel: ItemsPanel
    changes: ChangeMap | None

    def _mark_navigator(self) -> None:
        raise NotImplementedError

    def _show_series(self) -> None:
        raise NotImplementedError

    def items_changed(self) -> None:
        """New items: the list follows (the marks in the panes a moment later, with the
        checks); the cursor, the selection, the scroll position and the focus stay where
        counsel left them."""
        s = self.session
        self.items_panel.show_items(s.amendment(), s.items)
        if s.original is not None:
            self._mark_navigator()
            self._show_series()
        if s.changes_for is s.items:
            self.marks_changed()
        self.window.show_status()

    def marks_changed(self) -> None:
        self.changes = self.session.changes
        self._paint_changes()

    def marks_fit_text(self) -> bool:
        """Whether the marks describe the draft on screen: the items of the text now in the
        pane, and where they show worked out for those items. Counsel's edits since (a
        paragraph taken out above a change) renumber the pane's paragraphs and words, so marks
        of the text before would be painted, and gone to, a paragraph or a few words off."""
        s = self.session
        if s.changes is None or s.changes_for is not s.items:
            return False
        return s.drafted_blocks is None or s.drafted_blocks == self.draft_pane.blocks()

    def draft_unread(self) -> str | None:
        """Where the text on screen is not the text the items were drafted from and checked
        against, once the checks say they are done: an edit the pane never recorded, or a
        draft of other text. The draft is then read again (the edit recorded as counsel's
        own, one undo step), and until it is the checks are not of what counsel sees."""
        s = self.session
        if s.original is None or not s.checked or s.drafted_blocks is None:
            return None
        from amendtool.gui.draft_edits import first_mismatch

        if self.draft_pane.mirror == s.drafted_blocks and self.draft_pane.shows_mirror():
            return None  # the usual answer, without a walk of the paragraphs
        number = first_mismatch(self.draft_pane.read_blocks(), s.drafted_blocks)
        if number is None:
            return None
        if not self.draft_pane.record_missed():  # nothing missed: the draft itself is old
            s.text_changed(self.draft_pane.blocks)
        return (
            f"The draft is being re-read: paragraph {number} on screen is not the text the "
            "items were drafted from, so nothing is checked yet."
        )

    def filing_changed(self) -> None:
        """Filing details entered or changed (or undone): the selected item's wording and the
        navigator's line for the amendment (its date) show them at once."""
        self.items_panel.show_items(self.session.amendment(), self.session.items)
        if self.session.original is not None:
            self._show_series()
        self.window.show_status()

    def _paint_changes(self) -> None:
        if self.changes is None or not self.marks_fit_text():
            return  # the marks painted before follow the edits until the text is drafted
        current = self.items_panel.current()
        self.original_pane.show_marks(self.changes.original, "original", current)
        self.draft_pane.show_marks(self.changes.amended, "amended", current)

    def show_item(self, index: int) -> None:
        """Counsel asked for this item: both panes go to it."""
        if not self.marks_fit_text():
            self.session.wait_for_draft()  # the text on screen drafted, and its marks placed
            self.changes = self.session.changes
            current = self.items_panel.current()  # the same item, perhaps in another row
            if current is None:
                return
            index = current
        self._paint_changes()
        if self.changes is None:
            return
        left, right = self.changes.blocks_of(index)
        if left:
            self.original_pane.scroll_to_block(left[0])
        if right:
            self.draft_pane.scroll_to_block(self.draft_pane.block_of_mark(right[0]))

    def step_change(self, step: int) -> None:
        count = len(self.session.items)
        if not count:
            return
        current = self.items_panel.current()
        start = current if current is not None else -step
        self.items_panel.select((start + step) % count)
