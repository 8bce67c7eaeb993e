"""In a series: which earlier amendments an item must name. A paragraph an earlier amendment
put in is cited through it; one it changed is cited "as amended by" it; and an item that
changes or takes out several paragraphs (a run deleted, paragraphs merged, a table) names
every earlier amendment that put in or changed any of them, not only the first one's."""

from __future__ import annotations

from amendtool.core.apply import TextDocument, TextSection
from amendtool.core.cover import cover_title_ids
from amendtool.core.items import Locator
from amendtool.core.lineage import Lineage
from amendtool.core.model import NOTE_KINDS, Document, ParagraphKind
from amendtool.core.ordinals import paragraph_ordinal

Snapshot = dict[str, dict[str, str]]  # section id: paragraph key: text


def cite_through(lineage: Lineage, locator: Locator, key: str | None) -> None:
    """The earlier amendment that put the paragraph `key` in, and those that changed it
    since the offer was filed."""
    if not key:
        return
    inserted = lineage.inserted.get(key)
    if inserted is not None:
        locator.inserted_by = inserted.amendment
        locator.inserted_where = inserted.where
        locator.inserted_index = inserted.index
        locator.inserted_count = inserted.count
        locator.inserted_replaced = inserted.replaced
        locator.inserted_row = inserted.row
    locator.amended_by = [n for n in lineage.amended_by(key) if n != locator.inserted_by]


def section_amended_by(lineage: Lineage, document: TextDocument, section_id: str) -> list[int]:
    """The earlier amendments that changed the section, its heading or its text."""
    numbers = set(lineage.sections_amended.get(section_id, []))
    for key in document.section(section_id).origins:
        numbers.update(lineage.amended_by(key))
        if key in lineage.inserted:
            numbers.add(lineage.inserted[key].amendment)
    return sorted(numbers)


def snapshot(document: TextDocument, section_ids: set[str]) -> Snapshot:
    """The paragraphs of the sections an item is about to change, by key."""
    return {
        s.id: {key: text for key, text in zip(s.origins, s.paragraphs, strict=True) if key}
        for s in document.sections
        if s.id in section_ids
    }


def name_touched(lineage: Lineage, locator: Locator, before: Snapshot, after: TextDocument) -> None:
    """Add to the locator's "as amended by" every earlier amendment that put in or changed a
    paragraph the item took out or changed (compared with `before`, taken just before the
    item was applied). The amendment the citation goes through is named by it already."""
    now = {
        key: text
        for s in after.sections
        for key, text in zip(s.origins, s.paragraphs, strict=True)
        if key
    }
    numbers = set(locator.amended_by)
    for paragraphs in before.values():
        for key, text in paragraphs.items():
            if now.get(key) == text:
                continue  # neither taken out nor changed (a paragraph moved stays the same)
            numbers.update(lineage.amended_by(key))
            if key in lineage.inserted:
                numbers.add(lineage.inserted[key].amendment)
    numbers.discard(locator.inserted_by or 0)
    locator.amended_by = sorted(numbers)


def counted_as_amended(
    lineage: Lineage,
    locator: Locator,
    filed: TextSection | None,
    uncounted: set[str],
    key: str | None,
) -> None:
    """The paragraph is counted in the offer as amended; when the ordinal it is cited by
    there names another paragraph in the offer as filed (`filed`: its section as filed),
    name the earlier amendments that put in or took out paragraphs of the section, whose
    text the count is taken in. A paragraph that only stands next to new text keeps its
    ordinal ("the first paragraph" is the first either way) and names none of them."""
    if filed is None or key is None or key in uncounted:
        return
    if key not in filed.origins:
        if key not in lineage.inserted:  # text an earlier amendment restated: counted there
            locator.counted_by = lineage.amended_by(key)
        return
    if locator.printed is None or locator.printed_count is None:
        return
    counted = [k for k in filed.origins if k not in uncounted]
    titled = locator.title_count > 0
    if not names_as_filed(
        (locator.printed, locator.printed_count), (counted.index(key) + 1, len(counted)), titled
    ):
        locator.counted_by = list(lineage.recounted.get(filed.id, []))


def names_as_filed(amended: tuple[int, int], filed: tuple[int, int], titled: bool) -> bool:
    """Whether the ordinal of the paragraph at (place, count) in the offer as amended names
    the same paragraph, at `filed`, in the offer as filed: "the second paragraph" of three
    is the second of two as filed; "the last" is only if it was last as filed."""
    word = paragraph_ordinal(*amended, titled=titled)
    if word is None:
        return filed[1] <= 1
    if word == "last":
        return filed[0] == filed[1]
    return filed[0] == amended[0]


def uncounted_as_filed(filed: Document) -> set[str]:
    """What a reader of the offer as filed does not count among its paragraphs: table rows,
    notes, text boxes and the lines of the cover's title."""
    return cover_title_ids(filed) | {
        p.id
        for p in filed.paragraphs()
        if p.kind is ParagraphKind.TABLE_ROW or p.kind in NOTE_KINDS or p.box
    }
