"""The paragraphs of Word text boxes as the citations need them: Word prints a box apart from
the text, so a reader counting a section's paragraphs does not count the box's, and a change
in a box is cited as the box, by the paragraph, table, title or heading that anchors it."""

from __future__ import annotations

from collections.abc import Callable, Container

from amendtool.core.drafting.citation_parts import table_ordinal
from amendtool.core.items import Locator
from amendtool.core.model import Document


class TextBoxes:
    """The box each text-box paragraph belongs to, by key (revised ones by
    "rev:section:index", as the working text keys them)."""

    def __init__(self, original: Document, revised: Document) -> None:
        self.by_key: dict[str, str] = {p.id: p.box for p in original.paragraphs() if p.box}
        self.by_key.update(
            {
                f"rev:{s.id}:{j}": p.box
                for s in revised.sections
                for j, p in enumerate(s.paragraphs)
                if p.box
            }
        )

    def __contains__(self, key: object) -> bool:
        return key in self.by_key

    def cite(
        self,
        locator: Locator,
        origins: list[str | None],
        index: int,
        uncounted: Callable[[str | None], bool],
        rows: set[str],
        notes: Container[str | None],
    ) -> None:
        """When the paragraph at `index` of `origins` is in a text box: the box, the
        paragraph's place in it, and what anchors it (the paragraph, table row or title
        line before the box, notes and other boxes aside; none: the heading)."""
        key = origins[index] if 0 <= index < len(origins) else None
        box = self.by_key.get(key or "")
        if box is None:
            return
        inside = [i for i, k in enumerate(origins) if k and self.by_key.get(k) == box]
        locator.box = box
        locator.box_paragraph = inside.index(index) + 1
        locator.box_paragraph_count = len(inside)
        anchor = inside[0] - 1
        while anchor >= 0 and (origins[anchor] in self or origins[anchor] in notes):
            anchor -= 1
        if anchor < 0:
            return  # anchored in the section's heading
        anchor_key = origins[anchor]
        if anchor_key in rows:
            apart = _Either(self, notes)
            table, tables = table_ordinal(origins, rows, anchor, apart)
            locator.box_anchor_table, locator.box_anchor_table_count = table, tables
        elif uncounted(anchor_key):
            locator.box_anchor_title = True  # a line of the cover's title
        else:
            counted = [not uncounted(k) for k in origins]
            locator.box_anchor = sum(counted[: anchor + 1])
            locator.box_anchor_count = sum(counted)

    def clear(self, locator: Locator) -> None:
        """New text put after a box goes after its anchor, in the section's text."""
        locator.box = None
        locator.box_paragraph = locator.box_paragraph_count = 0
        locator.box_anchor = locator.box_anchor_count = 0
        locator.box_anchor_table = locator.box_anchor_table_count = 0
        locator.box_anchor_title = False


class _Either:
    """A key in either of two collections: the notes and the boxes a table's rows frame."""

    def __init__(self, first: Container[object], second: Container[object]) -> None:
        self.first, self.second = first, second

    def __contains__(self, key: object) -> bool:
        return key in self.first or key in self.second
