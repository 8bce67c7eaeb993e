"""Every item of a series cites a page: a paragraph an earlier amendment put in has no page of
its own in the offer as filed, and stands on the page of the paragraph it was put after (the
page its citation names), never none."""

from __future__ import annotations

from amendtool.core.series import Series
from tests.support.series import three_amendments


def test_an_item_on_a_paragraph_an_earlier_amendment_put_in_has_its_page() -> None:
    series: Series = three_amendments()[0]
    second = series.amendment(1)
    assert second is not None
    [item] = second.change_items
    assert item.locator.inserted_by == 1
    assert item.page == "30"
    assert "inserted by Amendment No. 1 immediately after the first paragraph" in (
        second.filing_instruction(item)
    )
    assert "on page 30" in second.filing_instruction(item)


def test_no_item_of_the_series_is_without_a_page() -> None:
    series: Series = three_amendments()[0]
    amendments = [series.amendment(index) for index in range(len(series.amendments))]
    pages = [
        (index, item.kind.value, item.page)
        for index, amendment in enumerate(amendments)
        for item in (amendment.change_items if amendment is not None else [])
    ]
    assert len(pages) == 8
    assert [p for p in pages if p[2] is None] == []
