"""A clause numbered in roman numerals ("Rule 13e-4(f)(2)(ii)", "clauses (iii) and (iv)") is
no word to spell, while a misspelled word beside it still is."""

from __future__ import annotations

from pathlib import Path

from amendtool.core.items import AmendmentItem, ItemKind, Locator
from amendtool.core.spelling import Speller, spelling_findings

CITED = (
    "Withdrawal rights also apply under Rule 13e-4(f)(2)(ii) of the Exchange Act, and "
    "under clauses (iii), (iv) and (xii) of Section 4."
)


def _item(new: str) -> AmendmentItem:
    return AmendmentItem(ItemKind.INSERT_SENTENCE, Locator("s1", "Section 1"), new_text=new)


def test_roman_clause_numbers_are_not_spelled(tmp_path: Path) -> None:
    speller = Speller(tmp_path / "firm-words.txt")
    assert spelling_findings([_item(CITED)], speller) == []
    [finding] = spelling_findings([_item(CITED + " Please recieve it.")], speller)
    assert "“recieve”" in finding.message and "ii" not in finding.message, finding.message
