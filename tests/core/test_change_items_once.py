"""The items that change the offer are picked out of the amendment's items once while its
outputs are written (every check and document asks for them): the same items every time,
each caller's list its own, and a new list of items picked anew."""

from __future__ import annotations

from amendtool.core.amendment import Amendment
from amendtool.core.built_once import built_once
from amendtool.core.filing import load_filing
from amendtool.core.items import AmendmentItem, ItemKind, Locator
from tests.conftest import SAMPLES
from tests.support.builders import doc


class CountedItems(list[AmendmentItem]):
    """The amendment's items, counting how often they are read through."""

    reads = 0

    def __iter__(self):  # type: ignore[no-untyped-def]
        CountedItems.reads += 1
        return super().__iter__()


def item(kind: ItemKind) -> AmendmentItem:
    return AmendmentItem(kind, Locator(section_id="1", section_name="Terms"))


def amendment(items: list[AmendmentItem]) -> Amendment:
    text = doc([("1. Terms", ["Holders may tender."])])
    return Amendment(text, text, items, load_filing(SAMPLES / "filing.toml"))


def test_the_change_items_are_picked_out_once_while_outputs_are_written() -> None:
    kinds = [ItemKind.REPLACE_PARAGRAPH, ItemKind.FILE_EXHIBIT, ItemKind.INSERT_PARAGRAPH]
    items = CountedItems(item(k) for k in kinds)
    drafted = amendment(items)
    CountedItems.reads = 0
    with built_once():
        first = drafted.change_items
        for _ in range(20):
            assert drafted.change_items == first
        first.append(item(ItemKind.FILE_EXHIBIT))  # a caller's list is its own
        assert drafted.change_items == [items[0], items[2]]
    assert CountedItems.reads == 1
    assert drafted.change_items == [items[0], items[2]]  # outside: picked out each time
    assert CountedItems.reads == 2


def test_a_new_list_of_items_is_picked_anew() -> None:
    drafted = amendment([item(ItemKind.REPLACE_PARAGRAPH)])
    with built_once():
        assert len(drafted.change_items) == 1
        drafted.items = [item(ItemKind.FILE_EXHIBIT)]
        assert drafted.change_items == []
