"""Typing a change near the top of a long revision puts a new item above hundreds of others:
every row under it takes the next letter, but what each row says of its own item (what it
changes and where, its first words) is the same. The list words only the rows of items it
has not shown before, and re-letters the rest: wording each of hundreds of rows again, on
every re-draft while counsel types, held the window up mid-word."""

from __future__ import annotations

import pytest

from amendtool.core.items import AmendmentItem, letter
from amendtool.gui import item_rows
from amendtool.gui.background import wait_for_jobs
from amendtool.gui.items_panel import ItemsPanel
from tests.gui.test_item_rows_layout import items


@pytest.fixture
def worded(monkeypatch: pytest.MonkeyPatch) -> list[AmendmentItem]:
    """Each item the list works out a row's words for."""
    seen: list[AmendmentItem] = []
    real = item_rows.summary

    def counting(item: AmendmentItem) -> str:
        seen.append(item)
        return real(item)

    monkeypatch.setattr(item_rows, "summary", counting)
    return seen


@pytest.mark.parametrize("where", [0, 1, 150, 299])
def test_an_item_typed_in_above_words_only_its_own_row(qtbot, worded, where: int) -> None:  # type: ignore[no-untyped-def]
    panel = ItemsPanel()
    qtbot.addWidget(panel)
    panel.resize(420, 700)
    panel.show()
    shown = items(300, "outstanding")
    panel.show_items(None, shown)
    new = items(1, "vested")[0]
    worded.clear()
    again = [*shown[:where], new, *shown[where:]]
    panel.show_items(None, again)
    assert [id(i) for i in worded] == [id(new)]
    for row, item in enumerate(again):  # each row says its own item, under its new letter
        text = panel.list.item(row).text()
        assert text == item_rows.row_text(letter(row), item), row
    worded.clear()
    panel.show_items(None, shown)  # the item typed taken out again (undo)
    assert worded == []
    assert [panel.list.item(r).text() for r in range(300)] == [
        item_rows.row_text(letter(r), item) for r, item in enumerate(shown)
    ]
    # the warm-up of the panel's plain-English reader, queued by the first list, ends here
    qtbot.waitUntil(lambda: panel.plain.reader.warmed, timeout=5000)
    wait_for_jobs()
