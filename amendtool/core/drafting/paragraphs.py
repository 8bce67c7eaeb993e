"""Items about paragraphs: replaced, deleted (one or a run, a question with its answer),
inserted, moved, and renumbered labels."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from amendtool.core.apply import TextSection
from amendtool.core.drafting.added_notes import AddedNote, added_note, words_before
from amendtool.core.drafting.align import Op
from amendtool.core.drafting.move_items import MoveItems
from amendtool.core.items import AmendmentItem, ItemKind, Locator, Materiality
from amendtool.core.locate import answer_position, is_question, paragraph_label
from amendtool.core.notes import marks_at, printed_mark
from amendtool.core.typography import fold_typography


class ParagraphItems(MoveItems):
    # set for each section before its ops are drafted (engine): the marks of the notes its
    # revision adds; a paragraph changed only by printing one of them waits for its note's
    # item: mark -> (section, key, new text, the words the mark follows, the mark as printed)
    marks_added: set[str]
    marks_deferred: dict[str, tuple[str, str, str, str, str]]
    _name_row: Callable[[Locator, TextSection, int], bool]  # rows.RowItems: a row's caption

    def _relabel(self, old: TextSection, new: TextSection, ops: list[Op]) -> None:
        """One item for the paragraphs of a section whose number or letter alone changed,
        as after a question or a clause was added or taken out before them."""
        section = self.working.section(old.id)
        keys = [old.origins[op.old] or "" for op in ops if op.old is not None]
        places = [section.origins.index(k) for k in keys]
        first = min(places)
        locator = self._paragraph_locator(section, first)
        self._emit(
            AmendmentItem(
                ItemKind.RENUMBER_PARAGRAPHS,
                locator,
                page=self._page(keys[places.index(first)]),
                old_text="\n".join(section.paragraphs[p] for p in places),
                new_paragraphs=[new.paragraphs[op.new] for op in ops if op.new is not None],
                materiality=Materiality.CLARIFYING,
                positions=[p + 1 for p in places],
            )
        )

    def _deleted_answer(self, old: TextSection, ops: list[Op], index: int) -> int:
        """When the deleted paragraph is a question and the ops after it delete its whole
        answer (up to the next question or the section's end), how many answer paragraphs."""
        first = ops[index].old
        if first is None or not is_question(old.paragraphs[first]):
            return 0
        count = _deleted_after(ops, index, lambda i: is_question(old.paragraphs[i]))
        after = first + 1 + count
        ends = after >= len(old.paragraphs) or is_question(old.paragraphs[after])
        return count if count and ends else 0

    def _deleted_run(self, old: TextSection, ops: list[Op], index: int) -> int:
        """How many of the paragraphs right after this deleted one are deleted too, outside a
        question-and-answer summary and outside tables: "the second and third paragraphs"."""
        first = ops[index].old
        if first is None or answer_position(old.paragraphs, first) is not None:
            return 0
        if self._uncounted(old.origins[first]):  # a note is deleted on its own; a box whole
            return self.boxes.taken_whole(old.origins, first, partial(_deleted_after, ops, index))
        return _deleted_after(
            ops,
            index,
            lambda i: is_question(old.paragraphs[i]) or self._uncounted(old.origins[i]),
        )

    def _delete_paragraph(self, section_id: str, key: str, count: int = 1) -> None:
        section, index = self._position(key)
        self._emit(
            AmendmentItem(
                ItemKind.DELETE_PARAGRAPH,
                self._paragraph_locator(section, index),
                page=self._page(key),
                old_text="\n\n".join(section.paragraphs[index : index + count]),
            )
        )

    def _insert(self, section_id: str, anchor: int, texts: list[str], keys: list[str]) -> None:
        """New paragraphs, and each note among them a note added to the paragraph that
        prints its mark (a new paragraph inserted with its note: the paragraph, then the
        note after the words that carry its mark; each text box among them a box of its
        own)."""
        apart = [(self.notes_by_key.get(key), self.boxes.box_of(key)) for key in keys]
        start = 0
        while start < len(keys):
            mark = apart[start][0]
            end = start + 1
            while end < len(keys) and apart[end] == apart[start]:
                end += 1
            added = self._added_note(keys[start]) if mark is not None else None
            self._insert_run(section_id, anchor + start, texts[start:end], keys[start:end], added)
            start = end

    def _added_note(self, key: str) -> AddedNote | None:
        """The revised note `key` ("rev:section:index") as counsel cite an added note."""
        section_id, _, index = key.removeprefix("rev:").rpartition(":")
        for section in self.revised.sections:
            if section.id == section_id and index.isdigit():
                return added_note(section.paragraphs, int(index))
        return None

    def _made_heading(self, section: TextSection) -> AmendmentItem | None:
        """The heading mark that made `section` of a paragraph as filed: text put in at its
        start follows that paragraph in the offer as filed, and is cited so."""
        if section.id in self.sections:
            return None
        for item in reversed(self.items):
            made = item.new_section
            if item.kind is ItemKind.MAKE_HEADING and made is not None and made.id == section.id:
                return item
        return None

    def _insert_run(
        self,
        section_id: str,
        anchor: int,
        texts: list[str],
        keys: list[str],
        note: AddedNote | None = None,
    ) -> None:
        section = self.working.section(section_id)
        locator = self._anchor_locator(section, anchor)
        in_box = self._box_insert(locator, section, anchor, keys)  # its page, before a box
        if note is not None:
            on_row = anchor and section.origins[anchor - 1] in self.row_keys
            # the row printing its mark, by a name no other row bears (else the table)
            if on_row and not self._name_row(locator, section, anchor - 1):
                locator.row_caption = locator.row_group = None
            locator.added_note, locator.note_after = note.kind, note.words
            locator.added_mark = note.mark
            deferred = self.marks_deferred.get(note.mark or "")
            if deferred is not None and note.words in (None, deferred[3]) and note.on(deferred[2]):
                # the mark as the text prints it, put in by this item: no item of its own (a
                # look-alike printed in another paragraph is that paragraph's words)
                locator.note_after, locator.note_printed = deferred[3], deferred[4]
                del self.marks_deferred[note.mark or ""]
        page = in_box or self._anchor_page(section, anchor)
        mark = self._made_heading(section) if not anchor and note is None else None
        if mark is not None:  # after the paragraph a mark made this section's heading
            locator.section_name, locator.section_kind = (
                mark.locator.section_name,
                mark.locator.section_kind,
            )
            locator.printed = mark.locator.printed or mark.locator.paragraph
            locator.printed_count = mark.locator.printed_count or mark.locator.paragraph_count
            page = mark.page
        self._emit(
            AmendmentItem(
                ItemKind.INSERT_PARAGRAPH,
                locator,
                page=page,
                new_text="\n\n".join(texts),
                new_paragraphs=list(texts),
            )
        )
        section.origins[anchor : anchor + len(texts)] = keys

    def _replace_span(
        self, old: TextSection, new: TextSection, op: Op, origin_of_new: dict[int, str]
    ) -> None:
        """A paragraph split in several, or several merged into one: one replacement that
        quotes what they became."""
        assert op.old is not None and op.new is not None
        key = old.origins[op.old] or ""
        section, index = self._position(key)
        texts = new.paragraphs[op.new : op.new + op.new_span]
        self._emit(
            AmendmentItem(
                ItemKind.REPLACE_PARAGRAPH,
                self._paragraph_locator(section, index),
                page=self._page(key),
                old_text="\n\n".join(section.paragraphs[index : index + op.old_span]),
                new_text="\n\n".join(texts),
                new_paragraphs=list(texts),
            )
        )
        keys = [key] + [f"rev:{new.id}:{j}" for j in range(op.new + 1, op.new + op.new_span)]
        section.origins[index : index + len(keys)] = keys
        for j, made in enumerate(keys, start=op.new):
            origin_of_new[j] = made

    def _modify(self, section_id: str, key: str, new_text: str) -> None:
        section, index = self._position(key)
        old_text = section.paragraphs[index]
        unmarked, marks = without_marks(old_text, new_text, self.marks_added)
        for mark, words, printed in marks:  # its note's item prints it (see _insert_run)
            self.marks_deferred[mark] = (section_id, key, new_text, words, printed)
        if unmarked == old_text:
            section.origins[index] = key
            return
        self._modified(section_id, key, unmarked)

    def _flush_marks(self) -> None:
        """A mark whose note's item could not print it (the note is cited elsewhere) is
        drafted as the change of words it is."""
        deferred, self.marks_deferred = self.marks_deferred, {}
        for section_id, key, new_text, *_ in deferred.values():
            section, index = self._position(key)
            if section.paragraphs[index] != new_text:
                self._modified(section_id, key, new_text)

    def _modified(self, section_id: str, key: str, new_text: str) -> None:
        section, index = self._position(key)
        old_text = section.paragraphs[index]
        items = self._sentence_items(section, index, old_text, new_text, key)
        if items is None:
            items = [
                AmendmentItem(
                    ItemKind.REPLACE_PARAGRAPH,
                    self._paragraph_locator(section, index),
                    page=self._page(key),
                    old_text=old_text,
                    new_text=new_text,
                    new_paragraphs=[new_text],
                )
            ]
        for item in items:
            self._emit(item)
        section.origins[index] = key


def without_marks(
    before: str, after: str, marks: set[str]
) -> tuple[str, list[tuple[str, str, str]]]:
    """The revised paragraph without the marks of the notes the revision adds where it
    prints them in the text ("years(1)", "years (1)", EDGAR text), and each such mark with
    the words it follows and as it is printed: printing a note's mark is part of adding the
    note, not a change of words."""
    out: list[tuple[str, str, str]] = []
    for mark in sorted(marks):
        for printed in (" " + printed_mark(mark), printed_mark(mark)):
            places = marks_at(after, printed)  # a citation's "(1)" is no mark
            if len(places) != 1 or marks_at(before, printed):
                continue
            at = places[0]
            words = words_before(after, at) if at and not after[at - 1].isspace() else None
            if words:
                after = after[:at] + after[at + len(printed) :]
                out.append((mark, words, printed))
                break
    return after, out


def only_relabelled(before: str, after: str) -> bool:
    """The paragraph's number or letter changed, and nothing else did."""
    old_label, new_label = paragraph_label(before), paragraph_label(after)
    if not old_label or not new_label or old_label == new_label:
        return False
    return fold_typography(before[len(old_label) :]) == fold_typography(after[len(new_label) :])


def _deleted_after(ops: list[Op], index: int, stop: Callable[[int], bool]) -> int:
    """How many ops right after `index` delete the paragraphs that follow its paragraph, up
    to the first for which `stop` (given the paragraph's index) holds."""
    first = ops[index].old
    assert first is not None
    count = 0
    for op in ops[index + 1 :]:
        if op.kind != "delete" or op.old != first + 1 + count or stop(op.old):
            break
        count += 1
    return count
