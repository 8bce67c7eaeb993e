"""A web or e-mail address is no word to spell: "www.sec.gov" or
"exchange@corvane-bio.com" in new text is never called misspelled ("did you mean wow?"),
while a misspelled word beside one still is."""

from __future__ import annotations

from pathlib import Path

from amendtool.core.items import AmendmentItem, ItemKind, Locator
from amendtool.core.spelling import Speller, spelling_findings

ADDRESSES = (
    "The statement is on the SEC's website at www.sec.gov and at "
    "https://investors.corvane-bio.com/offer; write to exchange@corvane-bio.com."
)


def _item(new: str) -> AmendmentItem:
    return AmendmentItem(ItemKind.INSERT_SENTENCE, Locator("s1", "Section 1"), new_text=new)


def test_addresses_are_not_spelled(tmp_path: Path) -> None:
    speller = Speller(tmp_path / "firm-words.txt")
    assert spelling_findings([_item(ADDRESSES)], speller) == []
    [finding] = spelling_findings([_item(ADDRESSES + " Please recieve it.")], speller)
    assert "“recieve”" in finding.message and "www" not in finding.message, finding.message
