"""The same words broken into lines elsewhere are the same paragraph: a title read from a
text file wrapped to another width ("OFFER TO EXCHANGE … COMMON STOCK" over "FOR NEW
OPTIONS") is not a change, and never an item."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.drafting import draft_items
from amendtool.core.items import ItemKind
from amendtool.io.load import load_document
from tests.support.builders import doc

TITLE = "OFFER TO EXCHANGE OUTSTANDING OPTIONS TO PURCHASE COMMON STOCK FOR NEW OPTIONS"
FIRST, LAST = TITLE.split(" FOR ")[0], "FOR NEW OPTIONS"
BODY = "You may withdraw your tendered options at any time before the expiration date."
LATER = BODY[:-1] + " and, if we have not accepted them by April 28, 2026, at any time after."


@pytest.mark.parametrize(
    ("before", "after"),
    [([TITLE], [FIRST, LAST]), ([FIRST, LAST], [TITLE])],
    ids=["split", "joined"],
)
def test_a_title_broken_into_lines_elsewhere_is_no_item(
    before: list[str], after: list[str]
) -> None:
    original = doc([("", ["CORVELLA SYSTEMS, INC.", *before]), ("3. Withdrawal Rights", [BODY])])
    revised = doc([("", ["CORVELLA SYSTEMS, INC.", *after]), ("3. Withdrawal Rights", [LATER])])
    items = draft_items(original, revised).items
    assert [i.old_text for i in items] == [BODY]


def test_paragraphs_that_end_sentences_are_still_split() -> None:
    """Two sentences made two paragraphs is counsel's own break, and stays an item: the
    sentence taken out of the paragraph and put in as one of its own."""
    one = "We may extend the offer. We will announce any extension."
    original = doc([("3. Withdrawal Rights", [one])])
    revised = doc(
        [
            (
                "3. Withdrawal Rights",
                ["We may extend the offer.", "We will announce any extension."],
            )
        ]
    )
    items = draft_items(original, revised).items
    assert [i.kind for i in items] == [ItemKind.DELETE_SENTENCE, ItemKind.INSERT_PARAGRAPH]
    assert items[1].new_paragraphs == ["We will announce any extension."]


def _offer(body: str) -> str:
    """A short offer whose lines are wrapped near 95 characters, its title centred on two
    lines; a long `body` moves the widest lines' share, as a longer revision does."""
    wrapped = "     " + "Each line of this offer is wrapped as it was printed to a text file".ljust(
        90, "."
    )
    wide = "     " + "A table row printed wider than the text around it".ljust(115, ".")
    lines = [
        " " * 25 + "CORVELLA SYSTEMS, INC.",
        "",
        " " * 8 + FIRST,
        " " * 31 + LAST,
        "",
        "1. Withdrawal Rights.",
        "",
        "     " + body,
        "",
        wide,
        wide,
        "",
    ]
    for _ in range(23):
        lines += [wrapped, ""]
    return "\n".join(lines)


def test_a_revised_text_file_with_longer_lines_adds_no_title_item(tmp_path: Path) -> None:
    (tmp_path / "orig.txt").write_text(_offer(BODY), encoding="utf-8")
    (tmp_path / "rev.txt").write_text(_offer(LATER), encoding="utf-8")
    original = load_document(tmp_path / "orig.txt")
    revised = load_document(tmp_path / "rev.txt")
    items = draft_items(original, revised).items
    assert items and all("OPTIONS TO PURCHASE" not in i.old_text for i in items)
