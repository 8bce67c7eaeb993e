"""The edits an item makes to a paragraph's text, as the redline marks them: placed exactly
as the amended text places them, and moved past a label Word's numbering prints."""

from __future__ import annotations

from lxml import etree

from amendtool.core.apply import LocatorError, apply_sentence_item
from amendtool.core.items import AmendmentItem, ItemKind
from amendtool.core.locate import paragraph_label
from amendtool.core.marking import marked_hunks
from amendtool.core.segment import split_sentences
from amendtool.core.typography import collapse_spaces
from amendtool.io._oxml_revisions import accepted_text
from amendtool.io.revision_text import Runs

Edit = tuple[int, int, str]


def edits_of(item: AmendmentItem, text: str) -> list[Edit]:
    """The item as (start, end, new text) edits of the paragraph's text, placed exactly as
    the amended text places it (a sentence added at the end of an answer goes before its
    closing "(See Section 3)"): marked at its own sentence when that gives the amended
    text, else as the words that differ from it, never by a placement of the redline's own."""
    if item.kind is ItemKind.REPLACE_PARAGRAPH:
        return changes(text, item.new_text)
    edits = _sentence_edits(item, text)
    trial = text
    for start, end, new in sorted(edits, reverse=True):
        trial = trial[:start] + new + trial[end:]
    try:
        applied = apply_sentence_item(text, item)
    except LocatorError:  # the checks name an item that does not resolve; nothing to place
        return edits
    if collapse_spaces(trial) == collapse_spaces(applied):
        return edits
    return changes(text, applied)


def _sentence_edits(item: AmendmentItem, text: str) -> list[Edit]:
    kind = item.kind
    spans = split_sentences(text)
    number = item.locator.sentence or 0
    if kind is ItemKind.INSERT_SENTENCE:
        if number == 0:
            return [(0, 0, item.new_text + " ")]
        end = spans[number - 1][1]
        return [(end, end, " " + item.new_text)]
    start, end = spans[number - 1]
    if kind is ItemKind.DELETE_SENTENCE:
        last = min(number + item.locator.sentence_span - 1, len(spans))  # a run taken out
        if last < len(spans):
            return [(start, spans[last][0], "")]
        previous_end = spans[number - 2][1] if number > 1 else start
        return [(previous_end, spans[last - 1][1], "")]
    if kind is ItemKind.REPLACE_WORDS:
        old_sentence = text[start:end]
        edits = [
            (start + h.start, start + h.end, h.new)
            for h in marked_hunks(old_sentence, item.new_text)
        ]
        return edits
    return changes(text[start:end], item.new_text, start)


def changes(old: str, new: str, base: int = 0) -> list[Edit]:
    """Only the words that changed, as edits of `old` (which starts at `base`); the whole
    text replaced when the word changes would not give `new` exactly."""
    edits = [(h.start, h.end, h.new) for h in marked_hunks(old, new)]
    trial = old
    for start, end, text in sorted(edits, reverse=True):
        trial = trial[:start] + text + trial[end:]
    if trial != new:
        edits = [(0, len(old), new)]
    return [(base + start, base + end, text) for start, end, text in edits]


def in_word(
    element: etree._Element, text: str, edits: list[Edit], runs: Runs | None = None
) -> list[Edit] | None:
    """`edits` of the reader's `text` as edits of the Word paragraph's own text (read from
    `runs`, its visible runs, when the caller has them); None when the paragraph does not
    hold it. A label Word's list numbering prints ("2.", "(b)") is in
    the reader's text and not in the paragraph: an edit of the label alone is Word's to make
    (it numbers the list itself), the other edits move past it."""
    written = collapse_spaces(accepted_text(element, runs))
    base = written.find(text)
    if base >= 0:
        return [(base + s, base + e, new) for s, e, new in edits]
    label = paragraph_label(text)
    if label is None:
        return None
    rest = text[len(label) :].lstrip()
    body = len(text) - len(rest)
    found = written.find(rest)
    if not rest or found < 0:
        return None
    moved = []
    for start, end, new in edits:
        if end <= body and start < end:
            continue  # the label: Word renumbers the list itself
        if start < body:
            own = paragraph_label(new) if start == 0 else None
            if own is not None:
                new = new[len(own) :].lstrip()
            elif new.startswith(text[start:body]):
                new = new[body - start :]
            start, end = body, max(end, body)
        moved.append((found - body + start, found - body + end, new))
    return moved
