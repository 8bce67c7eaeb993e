"""Counsel reads each item's class in the list (a badge, the reason as its tooltip), changes
one in the item panel, types elsewhere, and undoes and redoes; Checks says what `amendtool
check` says."""

from __future__ import annotations

import contextlib
import io
import tomllib
from pathlib import Path

import tomli_w

from PySide6.QtCore import Qt

from amendtool.cli import main as cli_main
from amendtool.core.findings import said_once
from amendtool.core.items import Materiality
from amendtool.gui.item_rows import LABELS
from amendtool.gui.items_panel import CLASS_ROLE
from amendtool.gui.main_window import MainWindow
from tests.conftest import SAMPLES
from tests.gui.conftest import wait_items
from tests.gui.human import click_in_text, click_row, press, type_keys
from tests.gui.test_journey_whole_document import redo_all, undo_all

LAST_WORDS = "Stamford, Connecticut 06902."


def row_of(window: MainWindow, letter: str) -> int:
    panel = window.workspace.items_panel
    return next(
        i for i in range(panel.list.count()) if panel.list.item(i).text().startswith(f"{letter}.")
    )


def marker(window: MainWindow, letter: str) -> tuple[tuple[str, bool], str, str]:
    """What counsel sees on the item's row: the badge's class and fill, the tooltip (as read,
    lines joined), and the badge itself (as image bytes, to tell a filled badge from an
    outline)."""
    entry = window.workspace.items_panel.list.item(row_of(window, letter))
    image = entry.icon().pixmap(22, 22).toImage()
    pixels = bytes(image.constBits())  # type: ignore[call-overload]
    return entry.data(CLASS_ROLE), " ".join(entry.toolTip().split()), pixels.hex()


def checks_messages(window: MainWindow) -> list[str]:
    checks = window.workspace.checks
    lines = [checks.item(i).text() for i in range(checks.count())]
    return [line for line in lines if line.startswith(("error: ", "warning: ", "note: "))]


def open_sample_saying(window: MainWindow, tmp_path: Path, explanation: str) -> None:
    """The sample, its filing details' explanation of the changes replaced."""
    data = tomllib.loads((SAMPLES / "filing.toml").read_text(encoding="utf-8"))
    data["notice"]["explanation"] = explanation
    filing = tmp_path / "filing.toml"
    filing.write_text(tomli_w.dumps(data), encoding="utf-8")
    revised = SAMPLES / "offer-to-exchange-revised.docx"
    window.open_documents(SAMPLES / "offer-to-exchange.docx", revised, filing)


def test_counsel_reads_and_changes_an_items_class(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    # the amendment's own explanation says its changes only clarify: Checks say otherwise
    open_sample_saying(window, tmp_path, "These amendments are intended solely to clarify.")
    wait_items(qtbot, window, 6)
    panel = window.workspace.items_panel
    click_row(panel.list, row_of(window, "B"))
    item = window.session.items[panel.list.currentRow()]
    assert item.materiality_reason  # the tool says why it proposes what it proposes
    proposed, tip_proposed, outline = marker(window, "B")
    assert proposed == ("material", False)
    assert tip_proposed == f"{LABELS[item.materiality]}, proposed: {item.materiality_reason}"
    assert panel.reason.text() == f"Proposed: {item.materiality_reason}"
    assert panel.materiality.currentText() == LABELS[item.materiality]
    qtbot.waitUntil(lambda: window.session.checked)
    assert any(
        line.startswith("warning: item B is proposed material") and "solely to clarify" in line
        for line in checks_messages(window)
    )
    # every row carries its class; the clarifying ones are told apart from the material ones
    classes = {marker(window, chr(65 + i))[0] for i in range(panel.list.count())}
    assert ("clarifying", False) in classes and ("material", False) in classes

    # counsel marks it clarifying from the keyboard, as a person picks from the box
    panel.materiality.setFocus()
    press(panel.materiality, Qt.Key.Key_Up)
    chosen, tip, filled = marker(window, "B")
    assert chosen == ("clarifying", True)
    assert filled != outline and filled != marker(window, "E")[2]  # E: clarifying, proposed
    assert tip.startswith(f"{LABELS[Materiality.CLARIFYING]}, chosen by counsel.")
    assert f"The tool proposes material, 5 days: {item.materiality_reason}" in tip
    assert panel.reason.text().startswith("Counsel's choice.")
    qtbot.waitUntil(lambda: window.session.checked)
    lines = checks_messages(window)
    assert not any(line.startswith("warning: item B is") for line in lines)
    assert any(
        line.startswith("note: item B is classified clarifying by counsel") for line in lines
    )

    # typing elsewhere re-drafts every item; counsel's class stays with its change
    click_in_text(window.workspace.draft_pane, LAST_WORDS)
    type_keys(window.workspace.draft_pane, " Thank you.")
    wait_items(qtbot, window, 7)
    assert marker(window, "B")[0] == ("clarifying", True)
    assert panel.list.item(panel.list.currentRow()).text().startswith("B.")

    undo_all(window)
    wait_items(qtbot, window, 6)
    assert marker(window, "B") == (proposed, tip_proposed, outline)
    redo_all(window)
    wait_items(qtbot, window, 7)
    assert marker(window, "B")[0] == ("clarifying", True)
    assert panel.reason.text().startswith("Counsel's choice.")


def test_checks_show_what_the_command_line_check_prints(
    qtbot,
    window: MainWindow,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    window.open_demo()
    wait_items(qtbot, window, 6)
    panel = window.workspace.items_panel
    click_row(panel.list, row_of(window, "C"))
    panel.materiality.setFocus()
    press(panel.materiality, Qt.Key.Key_Down)  # consideration, by counsel
    qtbot.waitUntil(lambda: window.session.checked)
    project = tmp_path / "demo.amend"
    assert window._save_to(project)
    printed = io.StringIO()
    classes = io.StringIO()
    with contextlib.redirect_stderr(printed), contextlib.redirect_stdout(classes):
        code = cli_main(["check", str(project)])
    assert code == 1  # the plain notice's placeholders are errors
    cli = [line.removeprefix("amendtool: ") for line in printed.getvalue().splitlines()]
    shown = [line.split(": ", 1) for line in checks_messages(window)]
    assert said_once([(label, text) for label, text in shown]) == cli  # the same words about
    # many items are one line in a terminal; the panel keeps a row per item to click
    # the list of classes `check` prints is what the rows show
    for line in classes.getvalue().splitlines()[:6]:
        letter, value, who = line.split()[:3]
        assert marker(window, letter)[0] == (value, who == "counsel")


def test_the_class_dropdown_reads_the_labels_of_the_rules_file(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from amendtool.core.materiality_rules import house_rules

    window.open_demo()
    wait_items(qtbot, window, 6)
    box = window.workspace.items_panel.materiality
    shown = [box.itemText(i) for i in range(box.count())]
    assert "Consideration or securities sought (10 business days)" in shown
    assert shown == [
        house_rules().labels[Materiality(box.itemData(i)).value] for i in range(box.count())
    ]


def test_extension_is_refused_where_counsel_picks_it_for_an_item_that_moves_no_expiration(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    window.open_demo()
    wait_items(qtbot, window, 6)
    panel = window.workspace.items_panel
    click_row(panel.list, row_of(window, "C"))
    before = marker(window, "C")
    panel.materiality.setFocus()
    press(panel.materiality, Qt.Key.Key_End)  # the last class: extension
    assert panel.reason.text().startswith(
        "Item C moves no expiration date or time, so it cannot be classed an extension"
    )
    assert panel.materiality.currentData() == "material"  # the box shows the class it has
    assert marker(window, "C") == before  # nothing was chosen
    assert not window.session.undo_stack.canUndo()
