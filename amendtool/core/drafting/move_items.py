"""Moves: a paragraph taken out in one place and put in, word for word, in another, and a
run of paragraphs moved together (two or three one after another, from before a table to
after it), which counsel move in one item ("The fourth and fifth paragraphs in … have been
moved so that they now immediately follow the table in …"), not one item each."""

from __future__ import annotations

from amendtool.core.apply import TextSection
from amendtool.core.drafting.align import Op
from amendtool.core.drafting.units import SentenceItems
from amendtool.core.items import AmendmentItem, ItemKind
from amendtool.core.locate import answer_position


class MoveItems(SentenceItems):
    def _moved_run(self, old: TextSection, ops: list[Op], index: int) -> int:
        """How many move_out ops from `index` on take out paragraphs one after another and
        put them, in the same order, one after another in one section: moved together.
        Paragraphs a reader does not count (rows, notes, boxes) and a question-and-answer
        summary's, cited by their questions, move one by one, as do those of a series."""
        first = ops[index]
        if first.old is None or first.target is None or not self._runs_with(old, first.old):
            return 1
        count = 1
        for op in ops[index + 1 :]:
            if op.kind != "move_out" or op.old != first.old + count or op.target is None:
                break
            if op.target != (first.target[0], first.target[1] + count):
                break
            if not self._runs_with(old, op.old):
                break
            count += 1
        if count > 1:  # and one after another in the working text, as earlier items left it
            keys = [old.origins[i] for i in range(first.old, first.old + count)]
            source, at = self._position(keys[0] or "")
            if source.origins[at : at + count] != keys:
                return 1
        return count

    def _runs_with(self, old: TextSection, index: int) -> bool:
        key = old.origins[index]
        if self.series is not None or self._uncounted(key):
            return False
        return answer_position(old.paragraphs, index) is None

    def _move(self, keys: list[str], to_section_id: str, anchor: int) -> None:
        """One item moving the paragraphs `keys` (one, or a run one after another) so that
        they follow the working paragraph `anchor` (1-based; 0: the start)."""
        source, index = self._position(keys[0])
        target = self.working.section(to_section_id)
        count = len(keys)
        after = anchor
        if source is target and index < anchor:
            after -= count  # counted once the paragraphs have been taken out
        count_after = len(target.paragraphs) - (count if source is target else 0)
        locator = self._paragraph_locator(
            source,
            index,
            to_section_id=target.id,
            to_section_name=self._cited_name(target.id),
            to_section_kind=target.kind,
            to_paragraph=after,
            to_paragraph_count=count_after,
        )
        if anchor:  # cited as an insertion's anchor is: a paragraph, or the table it follows
            where = self._anchor_locator(target, anchor)
            locator.to_printed, locator.to_printed_count = where.printed, where.printed_count
            locator.to_after_table, locator.to_table_count = where.after_table, where.table_count
            locator.to_table_caption = where.table_caption
            if not where.after_table and self._as_filed(target, anchor - 1) is None:
                from amendtool.core.plain_kind_sentences import first_words  # seldom needed

                locator.to_opening = first_words(target.paragraphs[anchor - 1])
        moved = "\n\n".join(source.paragraphs[index : index + count])
        self._emit(
            AmendmentItem(
                ItemKind.MOVE_PARAGRAPH,
                locator,
                page=self._page(keys[0]),
                old_text=moved,
                new_text=moved,
            )
        )
        target.origins[after : after + count] = keys
