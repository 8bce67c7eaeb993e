"""Each item's cited place counted again from the original: a project is data from disk, and
an item whose page or section name was edited by hand, or left from an older original,
still applies (the place is found by its numbers) while the filing cites a place the offer
does not have. `check` drafts the items afresh from the original and the draft and says
every item whose place differs, naming the item and both places."""

from __future__ import annotations

import dataclasses

from amendtool.core.amendment import Amendment
from amendtool.core.drafting.engine import draft_items
from amendtool.core.findings import ERROR, Finding
from amendtool.core.items import AmendmentItem, ItemKind, letter

# the places a citation gives, in counsel's words for each
_CITED = {
    "page": "page",
    "last_page": "last page",
    "section_name": "section",
    "section_id": "section",
    "paragraph": "paragraph",
    "sentence": "sentence",
    "filed_sentence": "sentence as filed",
    "filed_section_id": "section as filed",
    "row_caption": "row",
    "cell": "cell",
    "cell_paragraph": "paragraph of the cell",
    "note": "note",
}


def recounted_place_findings(amendment: Amendment) -> list[Finding]:
    """An error for each item whose cited place is not the one the original gives it."""
    fresh = draft_items(amendment.original, amendment.revised, series=amendment.series).items
    counted: dict[tuple[str, str, str], list[AmendmentItem]] = {}
    for item in fresh:
        if item.kind is not ItemKind.FILE_EXHIBIT:
            counted.setdefault(_change(item), []).append(item)
    findings = []
    for index, item in enumerate(amendment.change_items):
        same = counted.get(_change(item))
        if not same:
            continue  # a change counsel made otherwise than the draft: nothing to count by
        differs = _differences(item, same.pop(0))
        if differs:
            findings.append(
                Finding(
                    ERROR,
                    "cited_place",
                    f"item {letter(index)}: its cited place is not the one counted again from "
                    f"the original ({'; '.join(differs)}); draft it again from the original, "
                    "or correct the project",
                    index,
                )
            )
    return findings


def _change(item: AmendmentItem) -> tuple[str, str, str]:
    return item.kind.value, item.old_text, item.new_text


def _places(item: AmendmentItem) -> dict[str, object]:
    values = dataclasses.asdict(item.locator)
    values["page"], values["last_page"] = item.page, item.last_page
    return {key: values.get(key) for key in _CITED}


def _differences(saved: AmendmentItem, counted: AmendmentItem) -> list[str]:
    """'page 12 where the original has page 11', for each place that differs."""
    mine, theirs = _places(saved), _places(counted)
    said: list[str] = []
    seen: set[str] = set()  # a section named and numbered wrongly is said once
    for key, words in _CITED.items():
        if mine[key] != theirs[key] and words not in seen:
            seen.add(words)
            said.append(
                f"{words} {_shown(mine[key])} where the original has {words} {_shown(theirs[key])}"
            )
    return said


def _shown(value: object) -> str:
    if value is None or value == "":
        return "none"
    return f'"{value}"' if isinstance(value, str) and not value.isdigit() else str(value)
