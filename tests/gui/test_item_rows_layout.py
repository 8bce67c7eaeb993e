"""A long revision lists hundreds of items, and each re-draft while counsel types gives the
list new ones. Every row is two lines (what the item changes, then its class and first
words), so the list lays its rows out from one row's size: asking the row delegate (Python)
for each row's size, hundreds of times a re-draft, held the window up mid-word."""

from __future__ import annotations

import pytest

from amendtool.core.drafting import draft_items
from amendtool.core.items import AmendmentItem
from amendtool.gui import room
from amendtool.gui.items_panel import ItemsPanel
from tests.support.builders import doc

SHORT = "Each holder may elect to exchange eligible options."
LONG = (
    "Options may be tendered by any eligible employee who holds them on the date the offer "
    "starts, and who remains employed by the company or one of its subsidiaries through "
    "the date on which the new options are granted under the plan."
)


def items(count: int, word: str) -> list[AmendmentItem]:
    """`count` items, short and long rows mixed (a fresh list each call)."""
    texts = [SHORT if n % 3 else LONG for n in range(count)]
    original = doc([(f"{n + 1}. Section", [text]) for n, text in enumerate(texts)])
    revised = doc(
        [
            (f"{n + 1}. Section", [text.replace(" options", f" {word} options", 1)])
            for n, text in enumerate(texts)
        ]
    )
    found = draft_items(original, revised).items
    assert len(found) == count
    return found


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Each time the list asks the row delegate for a row's size."""
    counted: list[int] = []
    real = room.CompactRows.sizeHint

    def counting(self, option, index):  # type: ignore[no-untyped-def]
        counted.append(index.row())
        return real(self, option, index)

    monkeypatch.setattr(room.CompactRows, "sizeHint", counting)
    return counted


def test_a_redraft_of_hundreds_of_items_asks_for_one_row_size(qtbot, asked) -> None:  # type: ignore[no-untyped-def]
    panel = ItemsPanel()
    qtbot.addWidget(panel)
    panel.resize(420, 700)
    panel.show()
    panel.show_items(None, items(300, "outstanding"))
    qtbot.wait(50)
    asked.clear()
    panel.show_items(None, items(300, "vested"))  # the next re-draft: every item new
    panel.list.doItemsLayout()
    qtbot.wait(50)
    assert panel.list.count() == 300
    assert len(asked) <= 3, len(asked)


def test_every_row_is_two_lines_short_or_long(qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = ItemsPanel()
    qtbot.addWidget(panel)
    panel.resize(420, 700)
    panel.show()
    panel.show_items(None, items(12, "outstanding"))
    qtbot.wait(50)
    listing = panel.list
    heights = {listing.visualItemRect(listing.item(n)).height() for n in range(12)}
    line = listing.fontMetrics().lineSpacing()
    assert heights == {room.ROW_LINES * line + room.ROW_PADDING}, (heights, line)
