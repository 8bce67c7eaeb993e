"""The item panel of a final amendment says what it reports: it has no items, and it is not
"No changes yet"."""

from __future__ import annotations

from amendtool.gui.items_panel import ItemsPanel
from tests.core.test_memo_subject import series_with_results


def test_a_results_amendment_is_not_no_changes_yet(qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = ItemsPanel()
    qtbot.addWidget(panel)
    final = series_with_results("Results of the Offer to Exchange")
    panel.show_items(final, [])
    said = panel.status.text()
    assert "No changes yet" not in said
    assert said.startswith("This final amendment reports the results: 100 shares tendered")
    panel.show_items(None, [])
    assert panel.status.text().startswith("No changes yet")
