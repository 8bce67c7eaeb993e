"""A misspelt word counsel types into the draft is reported in Checks as a warning on the
item whose new text it is in (the filing quotes that text), naming the word and what it
may have meant; clicking the warning selects the item; words of the firm's legal list and
of the original as filed are not reported, and correcting the word clears the warning."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem

from amendtool.core.items import letter
from amendtool.gui.main_window import MainWindow
from tests.gui.conftest import wait_items
from tests.gui.human import click_in_text, click_row, press, type_keys
from tests.gui.test_journey_spelling import WITHDRAWAL


def spelling_lines(window: MainWindow) -> list[QListWidgetItem]:
    checks = window.workspace.checks
    entries = [checks.item(n) for n in range(checks.count())]
    return [e for e in entries if "misspelled" in e.text()]


def test_a_misspelt_word_in_an_item_is_a_warning_citing_the_item(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.open_demo()
    wait_items(qtbot, window, 6)
    pane = window.workspace.draft_pane
    qtbot.waitUntil(lambda: getattr(pane, "speller", None) is not None, timeout=20000)
    click_in_text(pane, WITHDRAWAL)
    type_keys(pane, " Holders recieve a confirmaton from optionholders at Halvorsen.")
    wait_items(qtbot, window, 7)
    qtbot.waitUntil(lambda: bool(spelling_lines(window)), timeout=20000)
    [line] = spelling_lines(window)
    index = next(n for n, i in enumerate(window.session.items) if "confirmaton" in i.new_text)
    text = line.text()
    assert text.startswith(f"warning: item {letter(index)}: "), text
    assert "\u201crecieve\u201d and \u201cconfirmaton\u201d" in text, text
    assert "(did you mean \u201creceive\u201d and \u201cconfirmation\u201d?)" in text, text
    assert "optionholders" not in text and "Halvorsen" not in text and "Holders" not in text
    checks = window.workspace.checks
    click_row(checks, checks.row(line))
    assert window.workspace.items_panel.list.currentRow() == index
    # counsel corrects the words: the warning goes
    for wrong, right in (("confirmaton", "confirmation"), ("recieve", "receive")):
        click_in_text(pane, wrong)
        for _ in wrong:
            press(pane, Qt.Key.Key_Backspace)
        type_keys(pane, right)
    qtbot.waitUntil(lambda: window.session.checked and not spelling_lines(window), timeout=20000)
    assert any("confirmation" in i.new_text for i in window.session.items)


def test_the_words_known_follow_the_original_open(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Counsel opens the sample, then another offer: its own names (the issuer's) are known
    as filed words, and the sample's are no longer vouched for."""
    window.open_demo()
    wait_items(qtbot, window, 6)
    pane = window.workspace.draft_pane
    qtbot.waitUntil(lambda: getattr(pane, "speller", None) is not None, timeout=20000)
    assert pane.speller.known("Halvorsen")  # the sample's issuer, as filed
    other = tmp_path / "orig.txt"
    other.write_text(
        "1. Terms of the Offer.\n\n     Quillbrook Dynamics will exchange every option.\n"
    )
    window.open_documents(other)
    wait_items(qtbot, window, 0)
    qtbot.waitUntil(lambda: pane.speller.known("Quillbrook"), timeout=20000)
    assert not pane.speller.known("Halvorsen")
    assert not pane.speller.known("Quillbrok")
