"""Counsel's class for a change that counsel then edits lapses, as in `amendtool draft`: the
Checks panel says so (the command's words) and the item panel shows it with the item, until
counsel chooses again."""

from __future__ import annotations

from amendtool.gui.commands import MaterialityCommand
from amendtool.gui.main_window import MainWindow
from tests.gui.conftest import wait_items
from tests.gui.human import click_in_text, click_row, type_keys

WORDS = "Within one business day"


def pane_text_has_once(window: MainWindow) -> bool:
    return window.workspace.draft_pane.toPlainText().count(WORDS) == 1


def test_a_lapsed_class_shows_in_checks_and_on_the_item(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.open_demo()
    wait_items(qtbot, window, 6)
    s = window.session
    index = next(i for i, item in enumerate(s.items) if WORDS in item.new_text)
    assert pane_text_has_once(window)
    chosen = "clarifying" if s.items[index].materiality.value != "clarifying" else "material"
    s.undo_stack.push(MaterialityCommand(s, s.items[index], chosen))
    wait_items(qtbot, window, 6)
    assert s.items[index].counsel_materiality
    pane = window.workspace.draft_pane
    click_in_text(pane, WORDS, offset=len(WORDS))
    type_keys(pane, " or sooner")
    wait_items(qtbot, window)
    qtbot.waitUntil(lambda: s.checked)
    item = next(i for i, it in enumerate(s.items) if "or sooner" in it.new_text)
    assert not s.items[item].counsel_materiality
    lapsed = [f for f in s.findings if f.code == "counsel_lapsed"]
    assert [f.item for f in lapsed] == [item]
    assert f"counsel's classification ({chosen}) no longer applies" in lapsed[0].message
    checks = window.workspace.checks
    shown = [checks.item(r).text() for r in range(checks.count())]
    assert any(lapsed[0].message in line for line in shown), shown
    panel = window.workspace.items_panel
    click_row(panel.list, item)
    said = panel.reason.text() + panel.list.item(item).toolTip()
    assert "no longer applies" in said, said
