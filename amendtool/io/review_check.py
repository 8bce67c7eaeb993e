"""The review copies (redline and conformed copy): whether they can be written, proved by replaying
the redline once per run.

Whether the redline and the conformed copy can be written: a change the original's Word
file cannot carry is an error of the checks, so `check` never says "no errors" and `export`
never finishes with a review copy missing.

The redline replayed on the original once per run: the checks replay it to prove the
review copies can be written, and an export that follows inside the same `built_once`
writes that replay instead of making it again (a quarter of a second on a long offer).

The checks do not know who exports or when, so their replay marks each revision with a
placeholder author and date; the export stamps counsel's name and its own time on exactly
those marks. Every revision is made by `Revisions.mark`, so the files are the same, byte for
byte, as an export that replays on its own."""

from __future__ import annotations

import datetime as dt

from docx.document import Document as WordDocument
from docx.oxml.ns import qn

from amendtool.core.amendment import Amendment
from amendtool.core.built_once import built_value
from amendtool.core.findings import ERROR, WARNING, Finding
from amendtool.core.items import ItemKind, letter
from amendtool.io._oxml_revisions import Revisions
from amendtool.io.docx_notes import notes_roots
from amendtool.io.row_note_check import row_note_findings

REVIEW_UNWRITABLE = "review-unwritable"
NOTE_ADDED = "note-added"


def review_findings(amendment: Amendment) -> list[Finding]:
    """The redline replayed on the original as `export` writes it; one error when an item
    cannot be carried, naming the item, the files and why."""
    from amendtool.core.errors import AmendtoolError
    from amendtool.io.outputs import CONFORMED_DOCX, REDLINE_DOCX
    from amendtool.io.redline_docx import RedlineError

    if not any(i.kind is not ItemKind.FILE_EXHIBIT for i in amendment.change_items):
        return []
    found = _notes_added(amendment) + row_note_findings(amendment)
    try:
        replay_for_checks(amendment)  # kept for an export in the same run
    except RedlineError as exc:
        return [*found, _finding(amendment, exc.item, f"{REDLINE_DOCX} and {CONFORMED_DOCX}", exc)]
    except AmendtoolError as exc:  # the original's Word file itself cannot be read
        return [*found, _finding(amendment, None, f"{REDLINE_DOCX} and {CONFORMED_DOCX}", exc)]
    return found


def _notes_added(amendment: Amendment) -> list[Finding]:
    """A footnote or endnote the revision adds with new text around it (a paragraph added
    with its own note) is drafted, redlined and conformed as a paragraph of the body: said,
    so that counsel sets it as a note by hand."""
    from amendtool.core.model import NOTE_KINDS

    before = {p.text for p in amendment.original.paragraphs() if p.kind in NOTE_KINDS}
    added = {
        p.text: p.kind.value
        for p in amendment.revised.paragraphs()
        if p.kind in NOTE_KINDS and p.text not in before
    }
    out = []
    for index, item in enumerate(amendment.change_items):
        if item.kind is not ItemKind.INSERT_PARAGRAPH or item.locator.added_note:
            continue  # a note drafted as a note is redlined and conformed as one
        for text in item.new_paragraphs:
            if text in added:
                out.append(
                    Finding(
                        WARNING,
                        NOTE_ADDED,
                        f"item {letter(index)}: the {added[text]} the revision adds is drafted "
                        "as a paragraph inserted in the text, and the redline and conformed "
                        "copy set it in the body without a note reference; word the item and "
                        "set the note in Word by hand",
                        index,
                    )
                )
                break
    return out


def _finding(amendment: Amendment, item: object, names: str, exc: Exception) -> Finding:
    index = next((n for n, i in enumerate(amendment.change_items) if i is item), None)
    where = f"item {letter(index)}: " if index is not None else ""
    return Finding(
        ERROR,
        REVIEW_UNWRITABLE,
        f"{where}{names} cannot be written: {exc}; amend the draft or the original's Word "
        "file so that the change can be marked in it",
        index,
    )


# no author counsel could type: Word files never hold a character of the private use area
PLACEHOLDER_AUTHOR = "\ue000amendtool replay\ue000"
PLACEHOLDER_WHEN = dt.datetime(1901, 1, 1, tzinfo=dt.UTC)

Replayed = tuple[WordDocument, list[str]]


def replay_for_checks(amendment: Amendment) -> None:
    """The redline replayed as `export` writes it (raises RedlineError when an item cannot be
    carried); inside `built_once` it is kept for the export that follows."""
    from amendtool.io.redline_docx import replay, review_steps

    made = replay(*review_steps(amendment, PLACEHOLDER_AUTHOR, PLACEHOLDER_WHEN))
    _kept(amendment).append(made)


def replay_for_export(
    amendment: Amendment, author: str | None = None, when: dt.datetime | None = None
) -> Replayed:
    """The Word file with every change tracked by `author` at `when` (review_steps says what
    each defaults to): the checks' replay, stamped, when this run kept one; else made now.
    A kept replay is written once, since writing changes it."""
    from amendtool.io.redline_docx import replay, review_steps

    filed, steps = review_steps(amendment, author, when)
    kept = _kept(amendment)
    if not kept:
        return replay(filed, steps)
    word, notes = kept.pop()
    _stamp(word, Revisions(steps[-1].author, steps[-1].when))
    return word, notes


def _kept(amendment: Amendment) -> list[Replayed]:
    """The replays kept for this amendment in this `built_once` (outside one, none is kept:
    a fresh list each time)."""
    kept: list[Replayed] = built_value(amendment, "review replay", list)
    return kept


def _stamp(word: WordDocument, stamp: Revisions) -> None:
    """Counsel's name and the export's time on every revision the checks' replay made."""
    author, date = qn("w:author"), qn("w:date")
    tags = [qn(tag) for tag in Revisions.TAGS]
    for root in [word.element.body, *notes_roots(word)]:
        # the marks' own kinds, found by the tree's walk in C; asking libxml2's XPath for
        # every element of the author compared each element of the tree in a node set
        for mark in root.iter(*tags):
            if mark.get(author) == PLACEHOLDER_AUTHOR:
                mark.set(author, stamp.author)
                mark.set(date, stamp.date)
