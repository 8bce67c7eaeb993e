"""Counsel edits two sentences of one long paragraph: two items, each with its own wording,
and rejecting one gives back only its words while the other change stays."""

from __future__ import annotations

from pathlib import Path

import docx

from PySide6.QtCore import Qt

from tests.conftest import SAMPLES
from tests.gui.conftest import wait_items
from tests.gui.human import click_in_text, click_row, type_keys

SEVEN = [
    "Eligible employees may exchange their options under the offer.",
    "The minimum exercise price of an eligible option is $15.00 per share.",
    "New options will be granted under the 2018 Plan.",
    "Each new option will vest over three years.",
    "The offer expires at 11:59 p.m., Eastern Time, on April 23, 2025.",
    "We may extend the offer at any time.",
    "Any extension will be announced by press release.",
]


def offer(path: Path, sentences: list[str]) -> Path:
    word = docx.Document()
    word.add_heading("THE OFFER", level=1)
    word.add_heading("1. Number of Options; Expiration Date", level=2)
    word.add_paragraph("Options may be tendered by any eligible employee.")
    word.add_paragraph(" ".join(sentences))
    word.add_paragraph("You may withdraw your tendered options before the expiration date.")
    word.add_heading("2. Miscellaneous", level=2)
    word.add_paragraph("This offer is governed by the laws of the State of Delaware.")
    word.save(str(path))
    return path


def test_two_edits_in_one_paragraph_are_two_items_each_rejected_alone(
    qtbot, window, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    priced = [*SEVEN]
    priced[1] = SEVEN[1].replace("$15.00", "$12.50")
    original = offer(tmp_path / "offer.docx", SEVEN)
    revised = offer(tmp_path / "revised.docx", priced)
    window.open_documents(original, revised, SAMPLES / "filing.toml")
    wait_items(qtbot, window, 1)
    # counsel moves the expiration in the fifth sentence of the same paragraph, by hand
    pane = window.workspace.draft_pane
    click_in_text(pane, "April 23, 2025", len("April 23"))
    type_keys(pane, "\b\b30")
    wait_items(qtbot, window, 2)
    items = window.session.items
    assert [i.kind.value for i in items] == ["replace_words", "replace_words"]
    assert [(i.old_words, i.new_words) for i in items] == [
        ("$15.00", "$12.50"),
        ("April 23, 2025", "April 30, 2025"),
    ]
    # each has its own wording, citing the sentence as the original numbers it
    panel = window.workspace.items_panel
    click_row(panel.list, 1)
    qtbot.waitUntil(lambda: "fifth sentence" in panel.filing.toPlainText())
    click_row(panel.list, 0)
    qtbot.waitUntil(lambda: "second sentence" in panel.filing.toPlainText())
    # reject the price from the item list: the date stays
    qtbot.mouseClick(panel.reject_button, Qt.MouseButton.LeftButton)
    wait_items(qtbot, window, 1)
    text = pane.toPlainText()
    assert "$15.00 per share" in text and "$12.50" not in text
    assert "April 30, 2025" in text
    assert window.session.items[0].new_words == "April 30, 2025"
    window.session.undo_stack.undo()
    wait_items(qtbot, window, 2)
    # the other way round, in the Review window: the date goes back, the price stays
    review = window.review()
    assert review is not None
    qtbot.addWidget(review)
    review.go(1)
    qtbot.mouseClick(review.reject_button, Qt.MouseButton.LeftButton)
    wait_items(qtbot, window, 1)
    text = pane.toPlainText()
    assert "April 23, 2025" in text and "April 30" not in text
    assert "$12.50 per share" in text
    assert window.session.items[0].new_words == "$12.50"
