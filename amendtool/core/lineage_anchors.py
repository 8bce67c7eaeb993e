"""The paragraph an insertion was placed by, and what becomes of the citation through it
when a later amendment deletes that paragraph.

"The paragraph inserted by Amendment No. 1 immediately after the last paragraph in …" names
the paragraph No. 1 put its text next to. Once a later amendment has deleted that paragraph
(or the one it in turn was placed by), the phrase sends the reader to text the offer as
amended no longer has: the paragraph is then cited where it stands in the offer as amended,
by its ordinal, "as amended by" the amendment that put it in and the one that took out its
anchor."""

from __future__ import annotations

from typing import TYPE_CHECKING

from amendtool.core.apply import TextDocument
from amendtool.core.errors import LocatorError
from amendtool.core.items import AmendmentItem, ItemKind

if TYPE_CHECKING:
    from amendtool.core.lineage import Lineage


def anchor_key(document: TextDocument, item: AmendmentItem) -> str | None:
    """The key of the paragraph an insertion's citation names as the one it follows or
    precedes, in `document` before the item is applied; None when it names none (put in
    under a heading, a split paragraph cited by the one it replaced)."""
    if item.kind not in (ItemKind.INSERT_PARAGRAPH, ItemKind.INSERT_TABLE):
        return None
    loc = item.locator
    if not loc.paragraph_count:
        return None
    try:
        origins = document.section(loc.section_id).origins
    except LocatorError:  # the item is refused when it is applied
        return None
    at = loc.paragraph or 0
    if at == 0:
        return origins[0] if origins and not loc.printed else None
    return origins[at - 1] if at <= len(origins) else None


def present_keys(document: TextDocument) -> set[str]:
    return {key for section in document.sections for key in section.origins if key}


def unanchor(lineage: Lineage, anchors: dict[str, str], present: set[str], number: int) -> None:
    """Amendment No. `number` has just been applied: every paragraph still in the offer
    whose citation goes through a paragraph no longer in it is cited as it now stands."""
    for key in [k for k in lineage.inserted if k in present]:
        if _anchored(key, anchors, present):
            continue
        inserted = lineage.inserted.pop(key)
        for earlier in (inserted.amendment, number):
            numbers = lineage.amended.setdefault(key, [])
            if earlier not in numbers:
                numbers.append(earlier)
        numbers.sort()


def _anchored(key: str, anchors: dict[str, str], present: set[str]) -> bool:
    """Each paragraph in the chain the citation names ("… immediately after the paragraph
    inserted by Amendment No. 1 immediately after …") is still in the offer."""
    seen = {key}
    anchor = anchors.get(key)
    while anchor is not None and anchor not in seen:
        if anchor not in present:
            return False
        seen.add(anchor)
        anchor = anchors.get(anchor)
    return True
