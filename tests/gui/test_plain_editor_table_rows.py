"""Under the Plain tab's editor, counsel's paragraph on a restated table is read row by row,
as `check` reads it: a tier's change told the right way is not flagged, told backwards is
named with its row (read across the whole table, both were "the change is 2.5 to 12.0")."""

from __future__ import annotations

from pathlib import Path

from amendtool.core.changes import item_texts
from amendtool.gui.plain_editor import PlainEditor
from tests.core.test_plain_counsel_row_directions import BANDS, RATIO_HEAD, SHIFT, _draft, _table


def test_the_editor_reads_a_tables_rows_as_check_does(qtbot, example_filing_toml: Path) -> None:  # type: ignore[no-untyped-def]
    amendment = _draft(example_filing_toml, RATIO_HEAD, *_table(BANDS, *SHIFT))
    item = next(i for i in amendment.change_items if "\t" in (i.new_text or ""))
    editor = PlainEditor()
    qtbot.addWidget(editor)
    editor.item = item
    editor.show_paragraph("table", "The tool's words.", None, "plain", item_texts(item))
    editor.editor.setPlainText(
        "In the lowest tier you will now receive one New RSU for every 4.0 Eligible Options. "
        "It was one for every 2.5."
    )
    assert editor.facts.text() == ""
    editor.editor.setPlainText(
        "In the lowest tier you will now receive one New RSU for every 2.5 Eligible Options. "
        "It was one for every 4.0."
    )
    said = editor.facts.text()
    assert "wrong way round" in said and BANDS[0] in said, said
