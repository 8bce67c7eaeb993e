"""A count with its noun in the number it takes: '1 item', never '1 items'."""

from __future__ import annotations

import pytest

from amendtool.core.numerals import counted


@pytest.mark.parametrize(("count", "said"), [(0, "0 items"), (1, "1 item"), (6, "6 items")])
def test_counted(count: int, said: str) -> None:
    assert counted(count, "item") == said
