"""Changes within a paragraph: items applied to part of one, and one change taken out of a
paragraph others also touched.

Items applied within a paragraph: to one of its sentences, or to a paragraph of a table
cell (a row's text holds its cells and their paragraphs). Both the amended text and the
redline ask here, so a sentence is found the same way by both.

Taking one change out of a paragraph that other changes also touched.

A paragraph may carry several items (a term sheet's row, one item for each cell paragraph
changed). Rejecting one of them gives back that item's old words and keeps every other
change: the item's own edit (the paragraph just after it was applied → just before) is
merged into the paragraph as it now reads, word by word, as a three-way merge does. Where
the item's words were changed again by a later change, nothing is guessed: None."""

from __future__ import annotations

import difflib

from amendtool.core.errors import LocatorError
from amendtool.core.items import SENTENCE_KINDS, AmendmentItem, ItemKind
from amendtool.core.model import CELL_BREAK, CELL_PARAGRAPH_BREAK
from amendtool.core.pattern_store import compiled
from amendtool.core.segment import closing_reference, split_sentences
from amendtool.core.typography import fold_typography


def cell_piece(row: str, cell: int, paragraph: int) -> tuple[int, int]:
    """Where paragraph `paragraph` (1-based) of cell `cell` lies in a row's text."""
    start = 0
    for index, text in enumerate(row.split(CELL_BREAK)):
        if index == cell:
            count = 0
            offset = start
            for piece in text.split(CELL_PARAGRAPH_BREAK):
                if piece.strip():
                    count += 1
                    if count == paragraph:
                        lead = len(piece) - len(piece.lstrip())
                        return offset + lead, offset + len(piece.rstrip())
                offset += len(piece) + len(CELL_PARAGRAPH_BREAK)
            break
        start += len(text) + len(CELL_BREAK)
    raise LocatorError(f"cell {cell + 1}, paragraph {paragraph} is not in the row")


def apply_in_cell(row: str, item: AmendmentItem) -> str:
    """The row's text with the item applied to the paragraph of the cell it cites."""
    loc = item.locator
    start, end = cell_piece(row, loc.cell or 0, loc.cell_paragraph or 1)
    text = row[start:end]
    if item.kind is ItemKind.REPLACE_PARAGRAPH:
        check_text(text, item.old_text, item)
        changed = item.new_text
    elif item.kind in SENTENCE_KINDS:
        changed = apply_sentence_item(text, item)
    else:
        raise LocatorError(f"item {item.kind.value} cannot apply inside a table cell")
    return row[:start] + changed + row[end:]


def apply_sentence_item(text: str, item: AmendmentItem) -> str:
    spans = split_sentences(text)
    loc = item.locator
    if loc.sentence_count and len(spans) != loc.sentence_count:
        raise LocatorError(
            f"{loc.section_name}: paragraph {loc.paragraph} has {len(spans)} sentences, "
            f"the item expects {loc.sentence_count}"
        )
    if item.kind is ItemKind.INSERT_SENTENCE:
        at = loc.sentence or 0
        if at == 0:
            return f"{item.new_text} {text}".strip()
        end = spans[at - 1][1]
        closing = closing_reference(text) if at == len(spans) else -1
        if closing >= 0:  # the answer's pointer "(Section 4)" stays last
            return f"{text[:closing]}{item.new_text} {text[closing:]}"
        return f"{text[:end]} {item.new_text}{text[end:]}"
    number = loc.sentence or 0
    if not 1 <= number <= len(spans):
        raise LocatorError(f"{loc.section_name}: sentence {number} not found")
    last = number + (loc.sentence_span - 1 if item.kind is ItemKind.DELETE_SENTENCE else 0)
    if last > len(spans):
        raise LocatorError(f"{loc.section_name}: sentence {last} not found")
    start, end = spans[number - 1][0], spans[last - 1][1]
    check_text(text[start:end], item.old_text, item)
    if item.kind is ItemKind.DELETE_SENTENCE:
        before, after = text[:start].rstrip(), text[end:].lstrip()
        return f"{before} {after}".strip()
    return text[:start] + item.new_text + text[end:]


def check_text(found: str, expected: str, item: AmendmentItem) -> None:
    if expected and fold_typography(found) != fold_typography(expected):
        raise LocatorError(
            f"{item.kind.value} in {item.locator.section_name}: the text at the locator is not "
            f"the text the item changes"
        )


_TOKEN = compiled(r"\s+|\w+|[^\w\s]")

Hunk = tuple[int, int, str]  # (start, end) of the base text, and what replaces it


def _hunks(base: str, other: str) -> list[Hunk]:
    a, b = _TOKEN.findall(base), _TOKEN.findall(other)
    starts = [0]
    for token in a:
        starts.append(starts[-1] + len(token))
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return [
        (starts[i1], starts[i2], "".join(b[j1:j2]))
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
        if tag != "equal"
    ]


def _clash(one: Hunk, other: Hunk) -> bool:
    """Two edits of the base that touch the same text (or are put in at the same place)."""
    (s1, e1, _), (s2, e2, _) = one, other
    if s1 == s2:
        return True
    return s1 < e2 and s2 < e1


def without_change(before: str, after: str, now: str) -> str | None:
    """`now` with the change that turned `before` into `after` taken out, every other change
    kept; None when the two cannot be told apart (a later change rewrote the same words)."""
    if after == now:
        return before
    undo, others = _hunks(after, before), _hunks(after, now)
    if any(_clash(u, o) for u in undo for o in others):
        return None
    text = after
    for start, end, new in sorted([*undo, *others], reverse=True):
        text = text[:start] + new + text[end:]
    return text
