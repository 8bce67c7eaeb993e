"""A restated section in the redline: which paragraph became which, and the rows of a restated
table.

Which paragraph of a restated section became which, for the redline.

The filing restates the section whole, but counsel reads the redline as Word's Compare
marks it: a paragraph that is still the same paragraph, edited, keeps its place and has
only its changed words marked; only paragraphs taken out are struck whole, and only those
put in are inserted whole. The pairing is the drafting's own (`align_paragraphs`), so the
redline pairs what the items pair.

The table rows of a restated section in the redline: a row kept stays clean, a row still
the same row is edited cell by cell, a new row goes into the table it stands in, and text put
between two rows of one table (which Word cannot hold there) restates the section whole."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from lxml import etree

from amendtool.core.apply import TextSection
from amendtool.core.drafting.align import Op, align_paragraphs
from amendtool.core.drafting.options import DraftOptions
from amendtool.core.drafting.row_edges import rows_beside_their_table
from amendtool.io.redline_pieces import W_TR, outside_table
from amendtool.io.redline_tables import TableMarking


@dataclass(frozen=True)
class Restated:
    """`keep` (as it was), `edit` (the same paragraph, its words changed), `strike` (taken
    out) or `insert` (put in); `old` and `new` index the section's old and new paragraphs."""

    kind: str
    old: int | None = None
    new: int | None = None


def restated_steps(section: TextSection, news: list[str]) -> list[Restated]:
    """The steps that turn the section's paragraphs into `news`, in the order they stand in
    the document. A table row is paired only with a row (its cells are then edited where
    they changed), never with a paragraph: one taking the other's place is struck and
    inserted. A row taken out beside new text goes with its table (`row_edges`), so the
    text is set beside the table, not between its rows."""
    revised = TextSection(
        section.id, section.kind, section.number, section.title, section.heading, list(news)
    )

    def is_row(op: Op) -> bool:
        if op.old is not None:
            return "\t" in section.paragraphs[op.old]
        return op.new is not None and "\t" in news[op.new]

    ops: list[Op] = []
    for op in align_paragraphs(section, revised, DraftOptions()):
        if op.old is not None and op.new is not None and is_row(op) != ("\t" in news[op.new]):
            ops += [Op("delete", op.old), Op("insert", None, op.new)]  # a row for a paragraph
            continue
        ops.append(op)
    rows_beside_their_table(ops, is_row)
    steps = []
    for op in ops:
        if op.kind == "delete":
            steps.append(Restated("strike", op.old))
        elif op.kind == "insert":
            steps.append(Restated("insert", None, op.new))
        else:
            assert op.old is not None and op.new is not None
            same = section.paragraphs[op.old] == news[op.new]  # `keep` folds typography
            steps.append(Restated("keep" if same else "edit", op.old, op.new))
    return steps


@dataclass
class RowPlace:
    """Where restated text goes next: a paragraph after `last` (never inside a table), a new
    row after `row` while the last thing passed is a row of a table."""

    last: etree._Element
    row: etree._Element | None = None

    def passed(self, element: etree._Element) -> None:
        if element.tag == W_TR:
            self.row, self.last = element, outside_table(element)
        else:
            self.row, self.last = None, element


class RestatedRows(TableMarking):
    """Where the rows of a restated section go, and how each is marked."""

    def _restate_row(
        self,
        step: Restated,
        row: etree._Element,
        key: str | None,
        olds: list[str],
        news: list[str],
        place: RowPlace,
    ) -> list[str | None]:
        """A row kept clean, edited cell by cell (or struck and given again when its cells
        changed shape), or struck. Returns the key of the row that now stands for it."""
        if step.kind == "keep":
            place.passed(row)
            return [key]
        if step.kind == "edit" and step.old is not None and step.new is not None:
            if self._edit_cells(row, olds[step.old], news[step.new]):
                place.passed(row)
                return [key]
            self.revisions.delete_row(row)
            new_row = self.revisions.insert_row_after(row, news[step.new].split("\t"), row)
            place.passed(new_row)
            return [self._remember(new_row)]
        self.revisions.delete_row(row)
        place.passed(row)
        return []

    def _insert_restated(
        self, section_id: str, text: str, place: RowPlace, following: etree._Element | None
    ) -> str:
        """New text of a restated section: a row goes into the table it stands in (after
        the row passed, or before the row that follows); a paragraph after the table."""
        if "\t" in text and (place.row is not None or following is not None):
            anchor = place.row if place.row is not None else following
            assert anchor is not None
            row = self.revisions.insert_row_after(anchor, text.split("\t"), anchor)
            if place.row is None:
                anchor.addprevious(row)  # before the first row kept: move it up
            place.passed(row)
            return self._remember(row)
        self._insert(section_id, (place.last, False), [text])
        key = self._made[0]
        place.passed(self.elements[key])
        return key

    def _rows_after(
        self, steps: Sequence[Restated], keys: list[str | None]
    ) -> list[etree._Element | None]:
        """For each step, the row the next old paragraph after it stands in (None where that
        paragraph is no row, or there is none): worked out once, from the end, so that a
        long table of new rows costs a look-up per row, not a scan of the rest."""
        following: list[etree._Element | None] = [None] * len(steps)
        row: etree._Element | None = None
        for number in range(len(steps) - 1, -1, -1):
            following[number] = row
            old = steps[number].old
            if old is not None:
                key = keys[old]
                element = self.elements.get(key) if key else None
                row = element if element is not None and element.tag == W_TR else None
        return following

    def _rows_placeable(
        self, steps: list[Restated], keys: list[str | None], news: list[str]
    ) -> bool:
        """False where a new paragraph would stand between two rows of one table: Word
        cannot hold it there, so the section is restated whole."""
        table: etree._Element | None = None  # the table of the row last passed
        rows_after = self._rows_after(steps, keys)
        for number, step in enumerate(steps):
            if step.old is not None:
                key = keys[step.old]
                element = self.elements.get(key) if key else None
                is_row = element is not None and element.tag == W_TR
                table = element.getparent() if element is not None and is_row else None
                continue
            if step.new is None:
                continue
            following = rows_after[number]
            if "\t" in news[step.new]:
                if table is None and following is not None:
                    table = following.getparent()
                continue
            if table is not None and following is not None and following.getparent() is table:
                return False
            table = None
        return True
