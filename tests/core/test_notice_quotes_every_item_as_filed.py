"""The notice's "The exact changes" quotes each item as the filing does: the statement an
extension adds to Item 4 of the Schedule TO, set after the last item when the items stand
under an earlier item of the form, is not part of that item's quotation, so an offer
changed and extended in one amendment is not told that the notice misquotes the filing."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from amendtool.core.amendment import draft_amendment
from amendtool.core.checks import check_filing_matches_notice, quoted_items
from amendtool.core.filing_document import notice_blocks, schedule_to_blocks
from amendtool.core.layout import Block, Role
from tests.core.test_extension_filing_disagrees import offer
from tests.support.builders import Spec, doc
from tests.support.plain import plain_filing


def _changed(spec: Spec, *pairs: tuple[str, str]) -> Spec:
    out = spec
    for old, new in pairs:
        out = [(h, [p.replace(old, new) for p in ps]) for h, ps in out]
    return out


EXTENDED = ("April 23, 2026", "May 1, 2026")
LOWERED = ("$20.00", "$17.50")


@pytest.mark.parametrize("style", ["plain", "precedent"])
@pytest.mark.parametrize("heading", ["Item 1.  Exhibits.", "Item 4.  Terms of the Transaction."])
@pytest.mark.parametrize("changes", [(EXTENDED, LOWERED), (LOWERED, EXTENDED), (EXTENDED,)])
def test_an_extended_offer_s_notice_quotes_the_filing(
    example_filing_toml: Path, style: str, heading: str, changes: tuple[tuple[str, str], ...]
) -> None:
    filing = dataclasses.replace(
        plain_filing(example_filing_toml),
        expiration=dt.datetime(2026, 5, 1, 23, 59),
        notice_style=style,
        items_heading=heading,
    )
    old = offer("April 23, 2026", None)
    amendment = draft_amendment(doc(old), doc(_changed(old, *changes)), filing)
    filed = quoted_items(schedule_to_blocks(amendment), "filing")[: len(amendment.change_items)]
    noticed = quoted_items(notice_blocks(amendment), "notice")
    assert [q for _, q in filed] == [q for _, q in noticed]
    assert all(q for _, q in filed)  # every item here quotes its new text
    said = [f.message for f in check_filing_matches_notice(amendment) if f.code == "notice_quote"]
    assert not said


def test_a_quote_after_other_text_of_the_filing_is_no_item_s() -> None:
    blocks = [
        Block(Role.HEADING, "Item 1.  Exhibits."),
        Block(Role.ITEM, "The paragraph has been amended to read:", label="A."),
        Block(Role.QUOTE, '"New words."'),
        Block(Role.TABLE_ROW, cells=('"Row', 'cell"')),
        Block(Role.HEADING, "Item 4.  Terms of the Transaction."),
        Block(Role.BODY, "Item 4 is hereby amended and supplemented by adding the following:"),
        Block(Role.QUOTE, '"On April 9, 2026, the Company extended the Offer."'),
        Block(Role.ITEM, "Exhibit (a)(11) is hereby filed:", label="B."),
    ]
    assert quoted_items(blocks, "filing") == [
        ("The paragraph has been amended to read:", '"New words."\t"Row\tcell"'),
        ("Exhibit (a)(11) is hereby filed:", ""),
    ]


def test_a_misquoted_row_is_still_told() -> None:
    """The rows an item quotes are part of its quotation."""
    item = Block(Role.ITEM, "The row has been amended to read:", label="A.")
    filed = quoted_items([item, Block(Role.TABLE_ROW, cells=("2001", "$1.00"))], "filing")
    noticed = quoted_items([item, Block(Role.TABLE_ROW, cells=("2001", "$2.00"))], "filing")
    assert filed != noticed
