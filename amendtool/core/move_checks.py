"""Each moved paragraph's "now immediately follows …" read as counsel read it: the place its
words name must be the paragraph, or the table, it is put after once the items before it
apply, and never the moved paragraph itself. The items are applied by their numbers, so a
move whose words name another place (its own ordinal, a paragraph where a table stands)
applies cleanly while the filing tells the reader to put the paragraph somewhere else."""

from __future__ import annotations

from amendtool.core.apply import LocatorError, TextDocument, apply_item
from amendtool.core.drafting.through import uncounted_as_filed
from amendtool.core.findings import ERROR, Finding
from amendtool.core.items import AmendmentItem, ItemKind, Locator, letter
from amendtool.core.model import CELL_BREAK, Document
from amendtool.core.ordinals import ordinal_word


def filed_ordinals(original: Document) -> dict[str, int]:
    """Each paragraph of the original (by id) with the ordinal a reader of the offer as filed
    gives the paragraph it is, or that it is printed after (a row: the last counted one)."""
    uncounted = uncounted_as_filed(original)
    ordinals: dict[str, int] = {}
    for section in original.sections:
        counted = 0
        for paragraph in section.paragraphs:
            counted += paragraph.id not in uncounted
            ordinals[paragraph.id] = counted
    return ordinals


def move_findings(original: Document, items: list[AmendmentItem]) -> list[Finding]:
    """An error for each move whose words name the paragraph itself or a place other than
    where it goes; nothing once an item does not apply (the consistency check says so)."""
    document = TextDocument.from_document(original)
    ordinals = filed_ordinals(original)
    findings: list[Finding] = []
    for index, item in enumerate(items):
        if item.kind is ItemKind.MOVE_PARAGRAPH:
            count = item.old_text.count("\n\n") + 1  # paragraphs moved together
            said = _misplaced(document, item.locator, ordinals, count)
            if said:
                findings.append(Finding(ERROR, "locator", f"item {letter(index)}: {said}", index))
        try:
            apply_item(document, item)
        except (LocatorError, IndexError, ValueError):
            break
    return findings


def _misplaced(
    document: TextDocument, loc: Locator, ordinals: dict[str, int], count: int = 1
) -> str | None:
    """What is wrong with where the move's words put the paragraph (or the `count`
    paragraphs moved together), if anything."""
    same_section = (loc.to_section_id or loc.section_id) == loc.section_id
    if not loc.to_paragraph:
        return None  # "now the first paragraph": where apply puts it
    cites_paragraph = loc.to_after_table is None and loc.to_printed is not None
    cites_paragraph = cites_paragraph and not loc.to_opening
    first = loc.printed or loc.paragraph or 0
    if same_section and cites_paragraph and first <= (loc.to_printed or 0) < first + count:
        return "the paragraph is said to be moved so that it follows itself"
    try:
        source = document.section(loc.section_id)
        target = document.section(loc.to_section_id or loc.section_id)
    except LocatorError:
        return None
    at = (loc.paragraph or 0) - 1
    if not 0 <= at < len(source.paragraphs):
        return None
    texts, origins = list(target.paragraphs), list(target.origins)
    if target is source:  # the paragraph, or the run moved together, taken out first
        del texts[at : at + count], origins[at : at + count]
    before = loc.to_paragraph - 1
    if not 0 <= before < len(texts):
        return None
    # text an earlier item put in is named by its opening, as that item left it (rows it put
    # in among paragraphs are its paragraphs): the opening is checked, not the row's kind
    after_row = CELL_BREAK in texts[before] and not loc.to_opening
    if after_row and loc.to_after_table is None:
        return "the paragraph now follows a table, but the item says it follows a paragraph"
    if not after_row and loc.to_after_table is not None:
        return "the paragraph now follows a paragraph, but the item says it follows a table"
    key = origins[before]
    if loc.to_opening and not _opens(texts[before], loc.to_opening):
        return f'the paragraph now follows one that does not begin "{loc.to_opening}"'
    filed = ordinals.get(key or "")
    if after_row or filed is None or loc.to_printed is None or loc.counted_by or loc.amended_by:
        return None  # text put in by an earlier item is counted as that item left it
    if filed != loc.to_printed:
        return (
            f"the paragraph now follows the {ordinal_word(filed)} paragraph as filed, but the"
            f" item says it follows the {ordinal_word(loc.to_printed)}"
        )
    return None


def _opens(text: str, opening: str) -> bool:
    """`text` begins with the quoted opening words (cut and marked "…" or whole)."""
    words = " ".join(text.replace(CELL_BREAK, " ").split())
    return words.startswith(opening.rstrip("…’”'\"").rstrip())
