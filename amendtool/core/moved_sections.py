"""A section moved to another place, its words unchanged.

The filing states a move as the section inserted where it now stands and deleted where it
stood (with the sections between renumbered), which is exactly what happened. Neither half
changes a word of the offer: both are proposed clarifying, each naming the other, and the
notice tells employees the section was moved, so no one reads "We took out this whole
section" as the disclosure gone. A section added with the title of one taken out but other
words is no move: each half is read for what it says."""

from __future__ import annotations

import re

from amendtool.core.item_kinds import ItemKind, letter
from amendtool.core.items import AmendmentItem, Materiality
from amendtool.core.model import Document
from amendtool.core.typography import fold_typography

MOVED_HERE = (
    "Moves the section “{title}” here from where it stood (item {other}); its words do not change"
)
MOVED_AWAY = (
    "Takes the section “{title}” from where it stood to its new place (item {other}); its "
    "words do not change"
)


def title_of(item: AmendmentItem) -> str:
    """The section's title as the filing cites it, without its number ("Price Range of Our
    Common Stock")."""
    return re.sub(r"^Section\s+\S+\s+", "", item.locator.section_name).strip()


def _key(title: str, body: str) -> tuple[str, str]:
    return fold_typography(title).casefold().rstrip(" .:"), fold_typography(body)


def _body(item: AmendmentItem) -> str:
    return item.new_text if item.kind is ItemKind.ADD_SECTION else item.old_text


def moved_pairs(items: list[AmendmentItem]) -> dict[int, int]:
    """For each section added or taken out that is one half of a move, the index of the
    other half in `items` (a section taken out and one added with its title and words)."""
    taken: dict[tuple[str, str], list[int]] = {}
    for index, item in enumerate(items):
        if item.kind is ItemKind.DELETE_SECTION and item.old_text.strip():
            taken.setdefault(_key(title_of(item), item.old_text), []).append(index)
    pairs: dict[int, int] = {}
    for index, item in enumerate(items):
        if item.kind is not ItemKind.ADD_SECTION or not item.new_text.strip():
            continue
        waiting = taken.get(_key(title_of(item), item.new_text))
        if waiting:
            other = waiting.pop(0)
            pairs[index], pairs[other] = other, index
    return pairs


def moved_reasons(items: list[AmendmentItem]) -> dict[int, tuple[Materiality, str]]:
    """The class and reason proposed for each half of a move, by its index in `items`."""
    lettered = [i for i in items if i.kind is not ItemKind.FILE_EXHIBIT]
    letters = {id(item): letter(n) for n, item in enumerate(lettered)}
    out: dict[int, tuple[Materiality, str]] = {}
    for index, other in moved_pairs(items).items():
        item = items[index]
        said = MOVED_HERE if item.kind is ItemKind.ADD_SECTION else MOVED_AWAY
        reason = said.format(title=title_of(item), other=letters.get(id(items[other]), "?"))
        out[index] = (Materiality.CLARIFYING, reason)
    return out


def moved_in_documents(
    item: AmendmentItem, original: Document | None, revised: Document | None
) -> bool:
    """Whether a section added (or taken out) stands, with its title and words, in the other
    document: the notice's reading of a move, from the item and the two texts alone."""
    other: Document | None = None
    if item.kind is ItemKind.ADD_SECTION:
        other = original
    elif item.kind is ItemKind.DELETE_SECTION and revised is not None:
        other = revised
    if other is None:
        return False
    wanted = _key(title_of(item), _body(item))
    if not wanted[1]:
        return False
    for section in other.sections:
        body = "\n\n".join(p.text for p in section.paragraphs)
        if _key(section.title or "", body) == wanted:
            return True
    return False
