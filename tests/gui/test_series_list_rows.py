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


def test_each_row_is_read_whole_in_a_laptop_navigator(qtbot) -> None:  # type: ignore[no-untyped-def]
    """At 1366×768 the navigator is about 300 pixels wide, and narrower once counsel drags
    it: a row's words wrap onto the next line rather than being cut ("Amendment No. 3: ex…,
    2026"), so every amendment's number, kind, date, changes and status can be read."""
    from PySide6.QtCore import QRect

    series, _ = three_amendments()
    listed = SeriesList()
    qtbot.addWidget(listed)
    listed.show_series(series)
    listed.show()
    for width in (300, 220, 160):
        listed.resize(width, listed.height())
        qtbot.wait(10)
        room = listed.viewport().width() - 8  # the row's own margins
        metrics = listed.fontMetrics()
        for row in range(listed.count()):
            text = listed.item(row).text()
            needed = metrics.boundingRect(
                QRect(0, 0, room, 10000), Qt.TextFlag.TextWordWrap, text
            ).height()
            shown = listed.visualItemRect(listed.item(row))
            assert shown.height() >= needed, (width, text, shown.height(), needed)
            assert listed.viewport().rect().contains(shown), (width, row)


def test_a_whole_series_with_its_final_amendment_is_shown_without_scrolling(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Five amendments (changes, an extension or two, the results): the last row, the final
    amendment, is in view without scrolling."""
    import dataclasses
    from types import SimpleNamespace

    series, _ = three_amendments()
    third = series.amendments[-1]
    more = [dataclasses.replace(third, number=n) for n in (4, 5)]
    five = SimpleNamespace(
        amendments=[*series.amendments, *more], current=more[-1], original=series.original
    )
    listed = SeriesList()
    qtbot.addWidget(listed)
    listed.resize(300, 40)
    listed.show_series(five)  # type: ignore[arg-type]
    listed.show()
    rows = sum(listed.visualItemRect(listed.item(i)).height() for i in range(listed.count()))
    assert listed.count() == 5
    assert listed.maximumHeight() >= rows
    last = listed.visualItemRect(listed.item(4))
    assert listed.viewport().rect().contains(last), (last, listed.viewport().rect())
