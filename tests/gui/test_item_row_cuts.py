"""An item row cut to fit ends on a word that ends something, with one ellipsis: never on
"and" or "the", never "and……" or "Section 7.…" (the bundled demo, at every width)."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QStyleOptionViewItem

from amendtool.core.items import letter
from amendtool.gui import item_rows
from amendtool.gui.room import clean_cut, words_within
from tests.gui.conftest import wait_items

DANGLING = re.compile(r"(?i)\b(and|or|the|a|an|of|to|in|for|by|with|that)…$")


def badly_cut(line: str) -> bool:
    return bool(DANGLING.search(line)) or bool(re.search(r"[.…,;:—-]…$", line))


def test_cut_rows_end_on_a_word_that_ends_something(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.open_demo()
    wait_items(qtbot, window, 6)
    listing = window.workspace.items_panel.list
    metrics = listing.fontMetrics()
    cuts = set()
    for row, item in enumerate(window.session.items):
        assert not badly_cut(item_rows.summary(item).split("\n")[1])
        for line in item_rows.row_text(letter(row), item).split("\n"):
            for width in range(60, 900, 5):
                shown = words_within(line, metrics, width)
                cuts.add(shown)
                assert not badly_cut(shown), (letter(row), width, shown)
    assert len(cuts) > 100  # many widths were really cut
    # what the list itself shows, at the width it has
    option = QStyleOptionViewItem()
    option.initFrom(listing)
    option.rect = listing.visualItemRect(listing.item(1))
    listing.itemDelegate().initStyleOption(option, listing.model().index(1, 0))
    for line in option.text.split("\u2028"):
        assert not badly_cut(line), line


def test_a_cut_ends_on_a_word_and_one_ellipsis() -> None:
    assert clean_cut("confirming the tender and".split()) == "confirming the tender"
    assert clean_cut("Section 7.".split()) == "Section 7"
    assert clean_cut("notice confirming…".split()) == "notice confirming"
    assert clean_cut("of the".split()) == ""
    assert item_rows.cut_at_word("We will send a notice of the offer and " + "x" * 80, 40) == (
        "We will send a notice of the offer…"
    )
