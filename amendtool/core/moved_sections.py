"""A section moved to another place, its words unchanged.

The filing states a move as the section inserted where it now stands and deleted where it
stood (with the sections between renumbered), which is exactly what happened. Neither half
changes a word of the offer: both are proposed clarifying, each naming the other, and the
notice tells employees the section was moved, so no one reads "We took out this whole
section" as the disclosure gone. A section added with the title of one taken out but other
words is no move: each half is read for what it says."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

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

MOVED_AWAY_CHANGED = (
    "Takes the section “{title}” from where it stood to its new place (item {other}), where "
    "it is restated with its changes; its text is not withdrawn"
)
MOVED_HERE_CHANGED = "Moves the section “{title}” here (item {other}) and changes it: {reason}"


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


def changed_moves(items: list[AmendmentItem]) -> dict[int, int]:
    """For each section added or taken out that is one half of a move in which the section
    was also changed (the same title, other words), the index of the other half. A title
    printed by more than one section taken out or added is no sure move: left alone."""
    exact = moved_pairs(items)
    taken: dict[str, list[int]] = {}
    added: dict[str, list[int]] = {}
    for index, item in enumerate(items):
        if index in exact or not title_of(item):
            continue
        if item.kind is ItemKind.DELETE_SECTION and item.old_text.strip():
            taken.setdefault(_key(title_of(item), "")[0], []).append(index)
        elif item.kind is ItemKind.ADD_SECTION and item.new_text.strip():
            added.setdefault(_key(title_of(item), "")[0], []).append(index)
    pairs: dict[int, int] = {}
    for title, halves in added.items():
        if len(halves) == 1 and len(taken.get(title, [])) == 1:
            pairs[halves[0]], pairs[taken[title][0]] = taken[title][0], halves[0]
    return pairs


def as_restated(added: AmendmentItem, taken: AmendmentItem) -> AmendmentItem:
    """The added half of a changed move read as the section restated: what it changes is
    the difference between its words where it stood and where it stands now."""
    return dataclasses.replace(added, kind=ItemKind.REPLACE_SECTION, old_text=taken.old_text)


def moved_reasons(
    items: list[AmendmentItem],
    restated: Callable[[AmendmentItem], tuple[Materiality, str]] | None = None,
) -> dict[int, tuple[Materiality, str]]:
    """The class and reason proposed for each half of a move, by its index in `items`;
    `restated` proposes for a section restated (the added half of a changed move)."""
    lettered = [i for i in items if i.kind is not ItemKind.FILE_EXHIBIT]
    letters = {id(item): letter(n) for n, item in enumerate(lettered)}
    out: dict[int, tuple[Materiality, str]] = {}
    for index, other in moved_pairs(items).items():
        item = items[index]
        said = MOVED_HERE if item.kind is ItemKind.ADD_SECTION else MOVED_AWAY
        reason = said.format(title=title_of(item), other=letters.get(id(items[other]), "?"))
        out[index] = (Materiality.CLARIFYING, reason)
    for index, other in changed_moves(items).items():
        if items[index].kind is ItemKind.DELETE_SECTION:  # the changes are the other half's
            said = MOVED_AWAY_CHANGED.format(
                title=title_of(items[index]), other=letters.get(id(items[other]), "?")
            )
            out[index] = (Materiality.CLARIFYING, said)
        elif restated is not None:
            materiality, reason = restated(as_restated(items[index], items[other]))
            said = MOVED_HERE_CHANGED.format(
                title=title_of(items[index]),
                other=letters.get(id(items[other]), "?"),
                reason=reason[:1].lower() + reason[1:],
            )
            out[index] = (materiality, said)
    return out


def moved_in_documents(
    item: AmendmentItem, original: Document | None, revised: Document | None
) -> bool:
    """Whether a section added (or taken out) stands, with its title and words, in the other
    document: the notice's reading of a move, from the item and the two texts alone."""
    other = _other(item, original, revised)
    wanted = _key(title_of(item), _body(item))
    if other is None or not wanted[1]:
        return False
    return any(_key("", body)[1] == wanted[1] for body in _by_title(other).get(wanted[0], []))


def moved_changed_in_documents(
    item: AmendmentItem, original: Document | None, revised: Document | None
) -> str | None:
    """The words a section added (or taken out) has in the other document, where it stands
    once under the same title with other words (a section moved and changed); else None."""
    mine = _other(item, revised, original)  # the document the item's own half is in
    other = _other(item, original, revised)
    title = _key(title_of(item), "")[0]
    if mine is None or other is None or not title:
        return None
    there = _by_title(other).get(title, [])
    here = _by_title(mine).get(title, [])
    if len(there) != 1 or len(here) > 1 or _key("", there[0])[1] == _key("", _body(item))[1]:
        return None
    return there[0]


def _other(
    item: AmendmentItem, original: Document | None, revised: Document | None
) -> Document | None:
    """For a section added, `original`; for one taken out, `revised`."""
    if item.kind is ItemKind.ADD_SECTION:
        return original
    if item.kind is ItemKind.DELETE_SECTION:
        return revised
    return None


_READ: dict[int, tuple[Document, dict[str, list[str]]]] = {}  # a few documents, by identity


def _by_title(document: Document) -> dict[str, list[str]]:
    """Each section's words under its folded title, read once for a document: every half of
    every move asks, and an offer of 5,000 sections deleted was read whole for each."""
    held = _READ.get(id(document))
    if held is None or held[0] is not document:
        if len(_READ) >= 4:
            _READ.clear()
        table: dict[str, list[str]] = {}
        for section in document.sections:
            body = "\n\n".join(p.text for p in section.paragraphs)
            table.setdefault(_key(section.title or "", "")[0], []).append(body)
        held = (document, table)
        _READ[id(document)] = held
    return held[1]
