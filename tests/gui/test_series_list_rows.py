"""The navigator's list of amendments shows every row of a short series whole: the layout
never squeezes it below its rows, and no horizontal scroll bar hides the last one."""

from __future__ import annotations

from PySide6.QtCore import Qt

from amendtool.gui.series_view import SeriesList
from tests.support.series import three_amendments


def test_three_amendments_are_all_shown(qtbot) -> None:  # type: ignore[no-untyped-def]
    series, _ = three_amendments()
    listed = SeriesList()
    qtbot.addWidget(listed)
    listed.resize(180, 40)  # a narrow navigator on a laptop
    listed.show_series(series)
    rows = sum(listed.sizeHintForRow(i) for i in range(listed.count()))
    assert listed.count() == 3
    assert listed.minimumHeight() >= rows
    assert listed.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
