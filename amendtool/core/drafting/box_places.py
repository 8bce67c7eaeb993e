"""The paragraphs of Word text boxes as the citations need them: Word prints a box apart from
the text, so a reader counting a section's paragraphs does not count the box's, and a change
in a box is cited as the box, by the paragraph, table, title or heading that anchors it."""

from __future__ import annotations

from collections.abc import Callable, Container, Iterable

from amendtool.core.drafting.citation_parts import table_ordinal
from amendtool.core.items import Locator
from amendtool.core.model import Document


class TextBoxes:
    """The box each text-box paragraph belongs to, by key (revised ones by
    "rev:section:index", as the working text keys them).

    Word numbers the boxes in order, so a box put in before an old one numbers it on: a
    box is known by its number as filed ("filed 1") and a revised box that keeps a
    paragraph of a filed one is that box (`identify`); one that keeps none is new."""

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
        self._ids = {
            k: ("revised " if k.startswith("rev:") else "filed ") + b
            for k, b in self.by_key.items()
        }

    def __contains__(self, key: object) -> bool:
        return key in self.by_key

    def identify(self, pairs: Iterable[tuple[str, str]]) -> None:
        """Each revised paragraph paired with a filed one (`pairs`: revised key, filed
        key): a revised box holding a filed box's paragraph is that box."""
        if not self._ids:
            return  # no boxes: the pairs (every paragraph of the offer) are not read
        same: dict[str, str] = {}
        for revised, filed in pairs:
            if revised in self._ids and filed in self._ids and not filed.startswith("rev:"):
                same.setdefault(self._ids[revised], self._ids[filed])
        for key, box in self._ids.items():
            self._ids[key] = same.get(box, box)

    def box_of(self, key: str | None) -> str | None:
        """The box the paragraph `key` is in, as one box whatever side names it."""
        return self._ids.get(key or "")

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
        box = self.box_of(key)
        if box is None:
            return
        inside = [i for i, k in enumerate(origins) if k and self.box_of(k) == box]
        locator.box = self.by_key[key or ""]
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

    def taken_whole(
        self, origins: list[str | None], first: int, deleted: Callable[[Callable[[int], bool]], int]
    ) -> int:
        """How many paragraphs after the box paragraph at `first` go with it: the rest of its
        box, when the box is taken out whole from its first paragraph (`deleted`: how many
        after it are taken out, up to one for which the test holds); else 0."""
        box = self.box_of(origins[first])
        if box is None:
            return 0
        run = deleted(lambda i: self.box_of(origins[i]) != box)
        inside = [i for i, key in enumerate(origins) if self.box_of(key) == box]
        return run if inside == list(range(first, first + run + 1)) else 0

    def clear(self, locator: Locator) -> None:
        """New text put after a box goes after its anchor, in the section's text."""
        locator.box = None
        locator.box_paragraph = locator.box_paragraph_count = 0
        locator.box_anchor = locator.box_anchor_count = 0
        locator.box_anchor_table = locator.box_anchor_table_count = 0
        locator.box_anchor_title = False


def copy_box(source: Locator, target: Locator) -> None:
    """The box `source` cites, and its place in it, cited by `target` too."""
    for name in (
        "box",
        "box_paragraph",
        "box_paragraph_count",
        "box_anchor",
        "box_anchor_count",
        "box_anchor_table",
        "box_anchor_table_count",
        "box_anchor_title",
    ):
        setattr(target, name, getattr(source, name))


class _Either:
    """A key in either of two collections: the notes and the boxes a table's rows frame."""

    def __init__(self, first: Container[object], second: Container[object]) -> None:
        self.first, self.second = first, second

    def __contains__(self, key: object) -> bool:
        return key in self.first or key in self.second
