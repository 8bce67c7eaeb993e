"""The plain paragraph on one change, for employees: what changed in everyday words.

From the facts the change alters ("The minimum exercise price per share is now $17.50. It
was $20.00.") when they tell the whole change; otherwise a sentence saying what kind of
change it is and what the text is about (its first words), followed by a marked
placeholder for counsel to say what it means. Counsel's own paragraph always wins.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from amendtool.core.fact_ranges import as_ranges
from amendtool.core.items import AmendmentItem, ItemKind, Materiality
from amendtool.core.numbered_rows import only_renumbered
from amendtool.core.offer_dates import WITHDRAWAL
from amendtool.core.pattern_store import compiled
from amendtool.core.plain_corrections import FACT_KINDS as _FACT_KINDS
from amendtool.core.plain_corrections import (
    clarifying,
    correction_sentence,
    other_words_clarify,
    wording_correction,
)
from amendtool.core.plain_eligibility import named_by_reason
from amendtool.core.plain_fact_sentences import (
    Voice,
    fact_sentences,
    plain_words,
    unmeasured,
)
from amendtool.core.plain_facts import FactChange, fact_changes
from amendtool.core.plain_kind_sentences import change_sentence, first_words, kind_sentence
from amendtool.core.plain_meanings import meaning
from amendtool.core.plain_moves import moved_summary
from amendtool.core.plain_paragraph_moves import moved_paragraphs_summary
from amendtool.core.plain_phrase_swaps import phrase_swap
from amendtool.core.plain_places import cells_changed, read_in_table, rows_said
from amendtool.core.plain_questions import question_reworded_sentence
from amendtool.core.plain_renames import renamed_sentence, renamed_terms
from amendtool.core.plain_row_moves import cited_rows_moved, restated_rows_moved
from amendtool.core.plain_sentence_moves import moved_sentences_summary
from amendtool.core.plain_table_labels import by_table_labels
from amendtool.core.plain_table_rows import RowsChanged, rows_added_or_removed, rows_kept_changed
from amendtool.core.ratio_columns import read_by_columns
from amendtool.core.ratio_reading import read_as_explained
from amendtool.core.templates import fill
from amendtool.core.typography import single_stops
from amendtool.core.wording import Wording

__all__ = [
    "PlainSummary",
    "Voice",
    "change_sentence",
    "fact_sentences",
    "first_words",
    "meaning",
    "placeholders",
    "plain_words",
    "summarise",
    "summary_text",
]

# An unfinished part of a plain paragraph: the placeholder, or any other text in brackets.
_BRACKETED = compiled(r"\[[^\]]*\]")
# Kinds whose whole meaning the tool can state: nothing but numbers, letters or places moved.
_MECHANICAL = frozenset(
    {
        ItemKind.RETITLE_SECTION,
        ItemKind.RENUMBER_SECTIONS,
        ItemKind.RENUMBER_PARAGRAPHS,
        ItemKind.MOVE_PARAGRAPH,
        ItemKind.MAKE_HEADING,
        ItemKind.MAKE_PARAGRAPH,
    }
)


@dataclass(frozen=True)
class PlainSummary:
    """The plain-English paragraph of an item for the employee notice, and whose words it
    is (the tool's or counsel's)."""

    text: str
    counsel: bool  # counsel wrote it
    facts: tuple[FactChange, ...] = ()  # what the tool read in the change
    complete: bool = False  # the tool's words tell the whole change (no placeholder)
    pages: tuple[str, ...] = ()  # where the changed rows of a table print, when known
    wording_only: bool = False  # a correction of wording or typography alone (said together)
    renamed: tuple[tuple[str, str], ...] = ()  # defined terms renamed (old, new): said once

    @property
    def placeholders(self) -> list[str]:
        return placeholders(self.text)


def placeholders(text: str) -> list[str]:
    """The bracketed parts still to be written ("[Explain …]")."""
    return _BRACKETED.findall(text)


def placeholder_spans(text: str) -> list[tuple[int, int]]:
    """Where the bracketed parts still to be written are, brackets included."""
    return [match.span() for match in _BRACKETED.finditer(text)]


def _as_the_deadline(change: FactChange) -> FactChange:
    """A change an extension makes: the withdrawal deadline, or a date or time its sentence
    does not name ("Election Forms must be received by … on 4/23/2026"), is the deadline
    moved with the expiration."""
    unnamed = not change.specific and change.kind in ("date", "time", "deadline")
    if change.label != WITHDRAWAL and not unnamed:
        return change
    return dataclasses.replace(change, label="deadline", specific=True)


def summarise(item: AmendmentItem, wording: Wording, voice: Voice | None = None) -> PlainSummary:
    """The paragraph on `item`: counsel's if written, otherwise the tool's."""
    if item.plain_summary:
        return PlainSummary(item.plain_summary, counsel=True)
    w = voice.words if voice else wording.plain_notice
    moved = moved_summary(item, w, voice, lambda restated: summarise(restated, wording, voice))
    if moved is not None:  # a section moved: no section added or taken out
        return moved
    moved = (
        moved_paragraphs_summary(item, w, voice)
        or moved_sentences_summary(item, w, voice, lambda rest: summarise(rest, wording, voice))
        or cited_rows_moved(item, w, voice, lambda restated: summarise(restated, wording, voice))
    )
    if moved is not None:  # a paragraph, sentence or row moved from (or to) another change
        return moved
    if item.kind in _TABLE_RESTATED and only_renumbered(item.old_text, item.new_text):
        # the rows below a row put in or taken out: their numbers, nothing they hold
        return PlainSummary(str(w["kinds"]["renumber_rows"]), False, (), True)
    renamed = renamed_sentence(item, w)
    if renamed is not None:  # "We now call the Depositary the “Tender Agent”."
        return PlainSummary(renamed, False, (), True, renamed=renamed_terms(item))
    changes: list[FactChange] = []
    rest_changed = True
    pages: tuple[str, ...] = ()
    shifted: RowsChanged | None = None
    moves: list[str] = []  # rows moved here from another change
    kept: RowsChanged | None = None
    if item.kind in _FACT_KINDS and item.old_text and item.new_text:
        texts = (_old_text(item), _new_text(item))
        cells: list[FactChange] | None = None
        if item.kind in _TABLE_RESTATED:  # told per changed row, by its column headings
            shifted = rows_added_or_removed(*texts)
            if shifted:  # a row moved to (or from) another change: told as moved, once
                told = lambda restated: summarise(restated, wording, voice)  # noqa: E731
                shifted, moves = restated_rows_moved(item, shifted, w, voice, told)
            cells = None if shifted else cells_changed(*texts)
            # every row kept: each changed row's figures beside its own row's
            kept = shifted or (None if cells else rows_kept_changed(*texts))
            if cells:
                changes, rest_changed = cells, False
            elif kept:  # rows came or went: the rows kept pair by name, not by place
                said = kept.changes if shifted else as_ranges(kept.changes)
                changes, rest_changed = said, kept.rest_changed
        if not (cells or kept):
            changes, rest_changed = fact_changes(*texts)
            changes = as_ranges(changes)  # "ranges from $1.25 to $2.50": one range, not two
        if item.kind in _TABLE_RESTATED and voice and voice.document:
            changes, pages = read_in_table(item, changes, voice.document)
        changes = _once(named_by_reason(item, _named_as_cited(item, changes)))
        if item.kind in _TABLE_RESTATED:  # an officer's own price: by the table's labels
            changes = by_table_labels(item, changes)
        if item.kind in _TABLE_RESTATED:  # a column heading may say which side is which
            terms = voice.terms if voice else {}
            changes = read_by_columns(changes, _old_text(item), _new_text(item), terms)
        changes = read_as_explained(changes, voice.document if voice else None)
    if item.materiality is Materiality.EXTENSION:  # moved with the expiration: its deadline
        changes = [_as_the_deadline(c) for c in changes]
    changes, others = rows_said(changes, int(w.get("table_rows_said", 0)))
    if clarifying(item):  # no term changes: a figure the text does not name is an update
        # (a document renamed is no figure of the past: it is said by its names)
        changes = [
            c if c.specific or c.kind == "document" else dataclasses.replace(c, history=True)
            for c in changes
        ]
    sentences = fact_sentences(changes, wording, voice=voice)
    if shifted:
        sentences += [fill(w["table_row_removed"], row=row) for row in shifted.removed]
        sentences += [fill(w["table_row_added"], row=row) for row in shifted.added]
        sentences += [fill(w["table_row_moved"], row=row) for row in shifted.moved]
        sentences += moves
    if others:  # the rest of a restated table: quoted once, under the exact changes
        sentences.append(
            fill(
                w["table_rows_more" if others > 1 else "table_row_more"],
                count=str(others),
                exact_heading=w["exact_heading"],
            )
        )
    updates = clarifying(item) and all(c.history for c in changes)
    if any(unmeasured(c) for c in changes) and not updates:  # past figures say themselves
        # a heading such as "Rate", or none, does not say what its figure measures: counsel does
        sentences.append(w["placeholder"])
        return PlainSummary(summary_text(sentences), False, tuple(changes), False, pages)
    if changes and not rest_changed:
        return PlainSummary(summary_text(sentences), False, tuple(changes), True, pages)
    asked = question_reworded_sentence(item, w) if not changes else None
    if asked is not None:  # a question reworded: never a correction of wording
        return PlainSummary(asked, False, (), w["placeholder"] not in asked, pages)
    correction = correction_sentence(item, w) if not changes else None
    if correction is not None:
        return PlainSummary(single_stops(correction), False, (), True, pages)
    if not changes and wording_correction(item):
        return PlainSummary(str(w["corrected_wording"]), False, (), True, pages, True)
    swapped = None if changes or clarifying(item) else phrase_swap(item, w)
    if swapped is not None:  # "X is now Y. It was Z.": nothing left for counsel to explain
        return PlainSummary(swapped, False, (), True, pages)
    if changes and other_words_clarify(
        item, [(c.old, c.new) for c in changes], voice.document if voice else None
    ):
        sentences.append(w["also_corrected_wording"])  # "This offer covers": no placeholder
        return PlainSummary(summary_text(sentences), False, tuple(changes), True, pages)
    if changes and not (shifted and not shifted.reworded):
        sentences.append(w["also_reworded"])  # not of rows added alone: each is said above
    elif not changes:
        sentences.append(kind_sentence(item, w["kinds"]))
    complete = item.kind in _MECHANICAL
    if not complete and clarifying(item):
        complete = True  # it changes no right, amount or date: the notice says so itself
        sentences.append(w["clarifying_change"])
    if not complete:
        sentences.append(w["placeholder"])
    return PlainSummary(summary_text(sentences), False, tuple(changes), complete, pages)


def _named_as_cited(item: AmendmentItem, changes: list[FactChange]) -> list[FactChange]:
    """A row restated alone under a caption merged down the column is named as the filing
    cites it ("Third Quarter" under "Fiscal 2022"), not by the caption heading several rows."""
    loc = item.locator
    if item.kind is not ItemKind.REPLACE_ROW or not loc.row_group or not loc.row_caption:
        return changes
    if len(item.new_paragraphs) > 1:
        return changes
    row, group = loc.row_caption, loc.row_group
    return [dataclasses.replace(c, row=row, group=group) if c.row else c for c in changes]


# a table or rows of it restated: its new text is its rows
_TABLE_RESTATED = frozenset({ItemKind.REPLACE_TABLE, ItemKind.REPLACE_ROW})


def _new_text(item: AmendmentItem) -> str:
    if item.kind in _TABLE_RESTATED:
        return _under_headings(item, "\n".join(item.new_paragraphs))
    return item.new_text


def _old_text(item: AmendmentItem) -> str:
    return _under_headings(item, item.old_text) if item.kind in _TABLE_RESTATED else item.old_text


def _under_headings(item: AmendmentItem, rows: str) -> str:
    """Rows restated alone, read under their table's column headings, which say what
    their figures are ("Portion of New RSUs vesting"), and their row group ("FISCAL YEAR
    2002")."""
    if item.kind is not ItemKind.REPLACE_ROW:
        return rows
    group = item.locator.group_over(rows.split("\n"))
    over = [h for h in (item.locator.row_headings, group) if h]
    return "\n".join([*over, rows])


def summary_text(sentences: list[str]) -> str:
    """The sentences as one paragraph, each ending once ("5:00 p.m.", not "5:00 p.m..") and
    each said once."""
    return single_stops(" ".join(dict.fromkeys(sentences)))


def _once(changes: list[FactChange]) -> list[FactChange]:
    """The same value changed the same way twice in one text ("up to 1,500,000 shares … more
    than 1,500,000 shares") is one change: said once, by its most telling name. (Rows of a
    table stay apart: each row names its own.)"""
    kept: dict[tuple[str, str, str, str], FactChange] = {}
    for change in changes:
        key = (change.kind, change.old, change.new, change.row)
        if key not in kept or (change.specific and not kept[key].specific):
            kept[key] = change
    return list(kept.values())
