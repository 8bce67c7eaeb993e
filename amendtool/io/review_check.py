"""Whether the redline and the conformed copy can be written: a change the original's Word
file cannot carry is an error of the checks, so `check` never says "no errors" and `export`
never finishes with a review copy missing."""

from __future__ import annotations

from amendtool.core.amendment import Amendment
from amendtool.core.findings import ERROR, WARNING, Finding
from amendtool.core.items import ItemKind, letter

REVIEW_UNWRITABLE = "review-unwritable"
NOTE_ADDED = "note-added"


def review_findings(amendment: Amendment) -> list[Finding]:
    """The redline replayed on the original as `export` writes it; one error when an item
    cannot be carried, naming the item, the files and why."""
    from amendtool.core.errors import AmendtoolError
    from amendtool.io.outputs import CONFORMED_DOCX, REDLINE_DOCX
    from amendtool.io.redline_docx import RedlineError
    from amendtool.io.review_replay import replay_for_checks

    if not any(i.kind is not ItemKind.FILE_EXHIBIT for i in amendment.change_items):
        return []
    found = _notes_added(amendment)
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
