"""Whether the items print a bare ratio ("1 for 2"), asked once a draft to learn if the
proposals need the offer's reading of such ratios, is first looked for from " for " and a
number after it: the items of a long revision say "for" in most paragraphs, and the bare
ratio pattern tried at every word of each was a few hundredths of a second a draft. The
screen answers as the pattern does (property test); work is counted, never timed."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st

from amendtool.core import ratio_reading
from amendtool.core.item_kinds import ItemKind
from amendtool.core.items import AmendmentItem
from amendtool.core.locator import Locator
from amendtool.core.ratio_reading import prints_bare, ratio_reading_for
from tests.support.builders import doc

_WORDS = [
    "1", "2", "1.75", "10", "one", "two", "a", "an", "half", "hundred", "for", "For", "FOR",
    "to", "each", "every", "New", "Option", "options", "$5", "-", " ", "  ", ",", ".", "(",
    "2-for-1", "one-for-two", "for-", "-for", "\n", "\t", "½", "3/4", "and", "fortune",
]  # fmt: skip
_TEXT = st.lists(st.sampled_from(_WORDS), max_size=14).map("".join)


@settings(max_examples=800, deadline=None)
@given(_TEXT, st.sampled_from(["", " ", "-"]))
def test_the_screen_answers_as_the_bare_ratio_pattern(text: str, glue: str) -> None:
    text = text.replace(" ", glue or " ") if glue == "-" else text
    found = ratio_reading._BARE.search(text) is not None
    event(f"bare ratio printed: {found}")
    assert prints_bare(text) == found


class Counting:
    """The bare ratio pattern, counting the texts it is searched."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.searched = pattern, 0

    def search(self, text: str) -> re.Match[str] | None:
        self.searched += 1
        return self.pattern.search(text)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text)

    def fullmatch(self, text: str) -> re.Match[str] | None:
        return self.pattern.fullmatch(text)


_SAYS_FOR = (
    "Eligible Options tendered for exchange will be cancelled for no consideration, and "
    "for each one the holder receives a New Option for services to be rendered.",
    "The offer is open for at least twenty business days for every eligible employee.",
)


def _item(number: int, old: str, new: str) -> AmendmentItem:
    locator = Locator(section_id=f"s{number}", section_name=f"Section {number}")
    return AmendmentItem(ItemKind.REPLACE_PARAGRAPH, locator, old_text=old, new_text=new)


@pytest.mark.parametrize("count", [1, 10, 100])
def test_items_saying_for_without_a_ratio_are_not_searched_for_one(
    monkeypatch: pytest.MonkeyPatch, count: int
) -> None:
    counting = Counting(ratio_reading._BARE)
    monkeypatch.setattr(ratio_reading, "_BARE", counting)
    items = [_item(n, _SAYS_FOR[0], _SAYS_FOR[1]) for n in range(count)]
    document = doc([("1. Terms", list(_SAYS_FOR))])
    assert ratio_reading_for(items, document, document) is None
    assert counting.searched == 0  # not once an item, however many items


def test_an_item_printing_a_bare_ratio_is_still_found() -> None:
    items = [_item(1, _SAYS_FOR[0], _SAYS_FOR[1]), _item(2, "at 1 for 2", "at 1 for 3")]
    explained = (
        "Options are exchanged at a ratio of 1 for 2, which means you will receive one New "
        "Option for every two Eligible Options you exchange."
    )
    document = doc([("1. Terms", [explained])])
    reading = ratio_reading_for(items, document, document)
    assert reading is not None and reading.received_first
