"""An amendment's items named as a reader says them: a run of one item is "item A"."""

from __future__ import annotations

import pytest

from amendtool.core.findings import lettered_items


@pytest.mark.parametrize(
    ("count", "said"),
    [(0, "no items"), (1, "item A"), (2, "items A and B"), (6, "items A to F")],
)
def test_items_are_named_as_a_reader_says_them(count: int, said: str) -> None:
    assert lettered_items(count) == said
