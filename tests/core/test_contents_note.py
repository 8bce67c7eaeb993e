"""The table of contents is not amended, and the note that says so gives the reason it
differs: its page numbers moved with the layout, or an entry was retitled as its section
was in the body (where the retitling is amended)."""

from __future__ import annotations

from amendtool.core.drafting import draft_items
from amendtool.core.items import ItemKind
from tests.support.builders import Spec, doc

BODY = "Eligible options may be exchanged for new options under the terms of this offer."
COVER = ("", ["Offer to Exchange Eligible Options for New Options."])


def offer(titles: list[str], pages: list[int]) -> Spec:
    entries = [
        f"{n + 1}. {title} {'.' * 12} {page}"
        for n, (title, page) in enumerate(zip(titles, pages, strict=True))
    ]
    body = [(f"{n + 1}. {title}", [f"{BODY} ({title})"]) for n, title in enumerate(titles)]
    return [COVER, ("TABLE OF CONTENTS", entries), *body]


TITLES = ["Number of Options", "Purpose of the Offer", "Withdrawal Rights"]


def contents_notes(original: Spec, revised: Spec) -> tuple[list[str], list[ItemKind]]:
    result = draft_items(doc(original), doc(revised))
    return [n for n in result.notes if "TABLE OF CONTENTS" in n.upper()], [
        i.kind for i in result.items
    ]


def test_page_numbers_that_moved_are_the_reason_given() -> None:
    notes, _ = contents_notes(offer(TITLES, [3, 5, 8]), offer(TITLES, [3, 6, 9]))
    assert len(notes) == 1
    assert "page numbers move with the layout" in notes[0] and "not amended" in notes[0]
    assert "retitled" not in notes[0]


def test_an_entry_retitled_as_in_the_body_is_the_reason_given_not_the_pages() -> None:
    retitled = ["Number of Options", "Purpose of the Exchange", "Withdrawal Rights"]
    notes, kinds = contents_notes(offer(TITLES, [3, 5, 8]), offer(retitled, [3, 5, 8]))
    assert len(notes) == 1
    assert "page numbers" not in notes[0] and "not amended" in notes[0]
    assert "1 entry retitled" in notes[0] and "amended in the body" in notes[0]
    assert kinds  # the section's heading is amended where it is


def test_entries_retitled_and_pages_moved_give_both_reasons() -> None:
    retitled = ["Number of Eligible Options", "Purpose of the Exchange", "Withdrawal Rights"]
    notes, _ = contents_notes(offer(TITLES, [3, 5, 8]), offer(retitled, [3, 6, 9]))
    assert len(notes) == 1
    assert "2 entries retitled" in notes[0] and "page numbers move with the layout" in notes[0]
