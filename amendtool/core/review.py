"""Where each item shows in the original and in the amended text, for side-by-side review.

Items are replayed on the original; every paragraph they touch is traced, so each highlighted
range (word level) is linked to the letter of the item that made it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from amendtool.core.apply import TextDocument, apply_item
from amendtool.core.change_spans import changed_spans
from amendtool.core.diffing import DELETE, INSERT
from amendtool.core.items import STRUCTURE_KINDS, AmendmentItem, ItemKind
from amendtool.core.model import Document

Span = tuple[int, int]


@dataclass
class Marked:
    """One block of a pane: its text, the item that changed it, and the changed ranges."""

    text: str
    heading: bool = False
    item: int | None = None
    spans: list[Span] = field(default_factory=list)
    whole: bool = False  # the block was inserted or deleted as a whole
    # the block's format changed: a heading mark (a paragraph made a heading, a heading made
    # body text), shaded as a change of format over the whole block, never as a deletion or
    # insertion; `spans` are then only the words counsel changed with it
    restyled: bool = False
    items: tuple[int, ...] = ()  # every item that changed it, in order (`item` is the last)

    def __post_init__(self) -> None:
        if self.item is not None and self.item not in self.items:
            self.items = (*self.items, self.item)


@dataclass
class ChangeMap:
    """The original and amended texts block by block, each marked with the items that
    change it, for review side by side."""

    original: list[Marked]
    amended: list[Marked]
    # each item's paragraph just before and just after it was applied (several items may
    # change one paragraph: a row of a term sheet, cell by cell)
    steps: dict[int, tuple[str, str]] = field(default_factory=dict)
    # (original block, amended block) of each heading and paragraph found in both texts, in
    # order: where text put back by a rejected deletion goes
    kept: list[tuple[int, int]] = field(default_factory=list)

    def blocks_of(self, item: int) -> tuple[list[int], list[int]]:
        left = [i for i, m in enumerate(self.original) if item in m.items]
        right = [i for i, m in enumerate(self.amended) if item in m.items]
        return left, right


def change_map(original: Document, items: list[AmendmentItem]) -> ChangeMap:
    document = TextDocument.from_document(original)
    texts = {p.id: p.text for p in original.paragraphs()}
    touched: dict[str, int] = {}
    removed: dict[str, int] = {}
    by_key: dict[str, list[int]] = {}  # every item that touched a paragraph
    steps: dict[int, tuple[str, str]] = {}
    retitled: dict[str, int] = {}
    restyled: set[str] = set()  # paragraphs a heading mark made of a heading, or a heading of
    marked: dict[str, str] = {}  # the headings a mark made or unmade, with their words then
    # each block a mark restyled ("section:ID" for a heading): the block it became, and the
    # words it had before the mark (what a rewording with the mark is marked against)
    became: dict[str, str] = {}
    words_before: dict[str, str] = {}
    fresh = 0

    def touch(key: str, index: int) -> None:
        touched[key] = index
        by_key.setdefault(key, []).append(index)

    for index, item in enumerate(items):
        before = {k for s in document.sections for k in s.origins if k}
        headings = {s.id: s.heading for s in document.sections}
        try:
            target = _target_key(document, item)
            was = _final_text(document, target) if target else None
            apply_item(document, item)
        except Exception:
            continue  # a locator that no longer resolves: the checks report it
        if target:
            touch(target, index)
            now = _final_text(document, target)
            if was is not None and now is not None:
                steps[index] = (was, now)
        for relabelled in _relabelled_keys(document, item):
            touch(relabelled, index)
        if item.kind is ItemKind.MAKE_PARAGRAPH:  # the heading that is now a paragraph
            retitled[item.locator.section_id] = index
        minted = []
        for gone in headings.keys() - {s.id for s in document.sections}:
            retitled[gone] = index  # a heading the item took away (a section deleted)
        for section in document.sections:
            if section.id not in headings or headings[section.id] != section.heading:
                retitled[section.id] = index
            for position, key in enumerate(section.origins):
                if key is None:
                    fresh += 1
                    section.origins[position] = f"new:{fresh}"
                    touch(f"new:{fresh}", index)
                    minted.append((f"new:{fresh}", section.paragraphs[position]))
        if item.kind in STRUCTURE_KINDS:
            mark = _heading_mark(item, target, minted, headings, restyled, marked)
            if mark is not None:
                became[mark[0]] = mark[1]
                words_before[mark[1]] = (  # as filed: a change of words before it is marked too
                    texts.get(target, was)
                    if target and was is not None
                    else headings.get(item.locator.section_id, item.old_text)
                )
        after = {k for s in document.sections for k in s.origins if k}
        for key in before - after:
            removed[key] = index
        for gone in set(headings) - {s.id for s in document.sections}:
            retitled.setdefault(gone, index)  # a section taken out: its heading goes too

    left: list[Marked] = []
    at: dict[str, int] = {}  # where each heading and paragraph of the original stands
    for printed in original.sections:
        if printed.heading:
            at[f"section:{printed.id}"] = len(left)
            heading = _heading(printed.heading, retitled.get(printed.id), printed.id in marked)
            if (into := became.get(f"section:{printed.id}")) is not None:
                heading.spans = _spans(printed.heading, _now(document, into), DELETE)
            left.append(heading)
        for paragraph_as_printed in printed.paragraphs:
            key, text = paragraph_as_printed.id, paragraph_as_printed.text
            at[key] = len(left)
            if key in removed and key in restyled:  # a paragraph made a heading
                now = _now(document, became.get(key, ""))
                left.append(_restyled(text, removed[key], spans=_spans(text, now, DELETE)))
            elif key in removed:
                left.append(_whole(text, removed[key]))
            elif key in touched:
                final = _final_text(document, key)
                spans = _spans(text, final, DELETE) if final is not None else []
                left.append(Marked(text, item=touched[key], spans=spans, items=tuple(by_key[key])))
            else:
                left.append(Marked(text))
    right: list[Marked] = []
    kept: list[tuple[int, int]] = []
    for section in document.sections:
        if section.heading:
            if (here := at.get(f"section:{section.id}")) is not None:
                kept.append((here, len(right)))
            filed = words_before.get(f"section:{section.id}")
            made = filed is not None or marked.get(section.id) == section.heading
            heading = _heading(section.heading, retitled.get(section.id), made)
            if filed is not None:
                heading.spans = _spans(filed, section.heading, INSERT)
            right.append(heading)
        for key, text in zip(section.origins, section.paragraphs, strict=True):
            if key is not None and (here := at.get(key)) is not None:
                kept.append((here, len(right)))
            if key in restyled and key in words_before:  # a heading made body text
                spans = _spans(words_before[key], text, INSERT)
                right.append(_restyled(text, touched[key], tuple(by_key[key]), spans))
            elif key and key.startswith("new:") and key not in restyled:
                right.append(_whole(text, touched[key]))
            elif key in touched:
                spans = _spans(texts.get(key, ""), text, INSERT)
                right.append(Marked(text, item=touched[key], spans=spans, items=tuple(by_key[key])))
            else:
                right.append(Marked(text))
    return ChangeMap(left, right, steps, kept)


def _heading(text: str, changed_by: int | None, restyled: bool = False) -> Marked:
    """A heading: marked whole when an item changed it (its words only when a mark did)."""
    spans = [(0, len(text))] if changed_by is not None and not restyled else []
    return Marked(text, heading=True, item=changed_by, spans=spans, restyled=restyled)


def _restyled(
    text: str, item: int, items: tuple[int, ...] = (), spans: list[Span] | None = None
) -> Marked:
    """A paragraph whose format a heading mark changed (`spans`: the words changed with it)."""
    return Marked(text, item=item, spans=spans or [], items=items, restyled=True)


def _now(document: TextDocument, key: str) -> str:
    """The words of a block of the amended text now ("section:ID" for a heading)."""
    if key.startswith("section:"):
        wanted = key.removeprefix("section:")
        return next((s.heading for s in document.sections if s.id == wanted), "")
    return _final_text(document, key) or ""


def _heading_mark(
    item: AmendmentItem,
    target: str | None,
    minted: list[tuple[str, str]],
    headings: dict[str, str],
    restyled: set[str],
    marked: dict[str, str],
) -> tuple[str, str] | None:
    """What a heading mark changed the format of: the paragraph made a heading (`target`) and
    the heading it became, or the heading made body text and the paragraph it became; the
    pair (before, after), "section:ID" for a heading."""
    if item.kind is ItemKind.MAKE_HEADING and item.new_section is not None:
        marked[item.new_section.id] = item.new_section.heading
        if not target:
            return None
        restyled.add(target)
        return target, f"section:{item.new_section.id}"
    section_id = item.locator.section_id
    marked[section_id] = headings.get(section_id, item.old_text)
    for key, text in minted:
        if text == item.new_text:
            restyled.add(key)
            return f"section:{section_id}", key
    return None


def _whole(text: str, item: int) -> Marked:
    """A paragraph inserted or deleted as a whole."""
    return Marked(text, item=item, spans=[(0, len(text))], whole=True)


def _target_key(document: TextDocument, item: AmendmentItem) -> str | None:
    loc = item.locator
    if loc.paragraph is None or item.kind.value.startswith("insert_paragraph"):
        return None
    try:
        section = document.section(loc.section_id)
    except LookupError:
        return None
    index = loc.paragraph - 1
    if 0 <= index < len(section.origins):
        return section.origins[index]
    return None


def _relabelled_keys(document: TextDocument, item: AmendmentItem) -> list[str]:
    """The paragraphs a renumber_paragraphs item touches (after it has been applied)."""
    if not item.positions:
        return []
    section = document.section(item.locator.section_id)
    return [
        k for p in item.positions if 0 < p <= len(section.origins) and (k := section.origins[p - 1])
    ]


def _final_text(document: TextDocument, key: str) -> str | None:
    for section in document.sections:
        if key in section.origins:
            return section.paragraphs[section.origins.index(key)]
    return None


def _spans(old: str, new: str, side: int) -> list[Span]:
    """Ranges of `old` (side DELETE) or `new` (side INSERT) that the change touched."""
    return changed_spans(old, new, side)
