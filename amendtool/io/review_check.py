"""Whether the redline and the conformed copy can be written: a change the original's Word
file cannot carry is an error of the checks, so `check` never says "no errors" and `export`
never finishes with a review copy missing."""

from __future__ import annotations

from amendtool.core.amendment import Amendment
from amendtool.core.findings import ERROR, Finding
from amendtool.core.items import ItemKind, letter

REVIEW_UNWRITABLE = "review-unwritable"


def review_findings(amendment: Amendment) -> list[Finding]:
    """The redline replayed on the original as `export` writes it; one error when an item
    cannot be carried, naming the item, the files and why."""
    from amendtool.core.errors import AmendtoolError
    from amendtool.io.outputs import CONFORMED_DOCX, REDLINE_DOCX
    from amendtool.io.redline_docx import RedlineError, replay, review_steps

    if not any(i.kind is not ItemKind.FILE_EXHIBIT for i in amendment.change_items):
        return []
    try:
        replay(*review_steps(amendment))
    except RedlineError as exc:
        return [_finding(amendment, exc.item, f"{REDLINE_DOCX} and {CONFORMED_DOCX}", exc)]
    except AmendtoolError as exc:  # the original's Word file itself cannot be read
        return [_finding(amendment, None, f"{REDLINE_DOCX} and {CONFORMED_DOCX}", exc)]
    return []


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
