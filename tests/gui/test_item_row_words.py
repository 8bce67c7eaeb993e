"""Item rows break at words: in a narrow items column each of a row's two lines (what it
changes; then its class and first words) is cut only after a whole word, with "…", and the
class always shows; a row with room is shown whole."""

from __future__ import annotations

from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from tests.gui.conftest import wait_items


def shown(view, row: int) -> tuple[str, int]:  # type: ignore[no-untyped-def]
    """The text the row's delegate paints, and the width it has, in the row's rectangle."""
    index = view.model().index(row, 0)
    option = QStyleOptionViewItem()
    option.initFrom(view.viewport())
    option.rect = view.visualRect(index)
    view.itemDelegate().initStyleOption(option, index)
    text = QStyle.SubElement.SE_ItemViewItemText
    return option.text, view.style().subElementRect(text, option, view).width()


def test_rows_are_cut_after_whole_words_and_keep_their_class(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.resize(1366, 768)  # the items column of a laptop's window
    window.open_demo()
    wait_items(qtbot, window, 6)
    view = window.workspace.items_panel.list
    cut = 0
    for row in range(view.count()):
        full = view.item(row).text().split("\n")
        text, width = shown(view, row)
        lines = text.replace("\u2028", "\n").split("\n")
        assert len(lines) == 2, lines
        # each line fits its one line of the row: Qt never wraps it nor cuts it mid-word
        assert all(view.fontMetrics().horizontalAdvance(line) <= width for line in lines)
        for whole, line in zip(full, lines, strict=True):
            if line == whole:
                continue
            cut += 1
            assert line.endswith("…"), line
            kept = line[:-1].rstrip()
            assert whole.startswith(kept) and whole[len(kept)] in " ,;—.", (
                kept,
                whole,
            )  # a stop: the ellipsis stands for it
        assert lines[1].split(" ")[0] == full[1].split(" ")[0]  # the class shows
    assert cut  # the column is narrow enough that rows are cut
