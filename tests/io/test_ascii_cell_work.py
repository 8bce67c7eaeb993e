"""The EDGAR .txt sets a table's cells in columns; a cell that fits its column as it stands
is set as it stands, with no line wrapper made for it (a wrapper a cell cost more than the
rest of the cell's work, for each of a long table's cells, in each of the two .txt files).
What is wrapped is wrapped as before."""

from __future__ import annotations

import pytest

from amendtool.core.layout import Block, Role
from amendtool.io import edgar_text_layout


def _table(rows: int) -> list[Block]:
    head = Block(Role.TABLE_HEADER, cells=("Holder", "Options"))
    body = [Block(Role.TABLE_ROW, cells=(f"Holder {n}", f"{7 * n + 1}")) for n in range(rows)]
    return [head, *body]


def test_cells_that_fit_make_no_wrapper(monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[int] = []

    class Counting(edgar_text_layout._Wrapper):
        def __init__(self, *args: object, **named: object) -> None:
            made.append(1)
            super().__init__(*args, **named)  # type: ignore[arg-type]

    monkeypatch.setattr(edgar_text_layout, "_Wrapper", Counting)
    lines = edgar_text_layout.ascii_table(_table(50))
    assert lines[0].split() == ["Holder", "Options"]
    assert lines[-2].split() == ["Holder", "49", "344"]
    assert made == []


@pytest.mark.parametrize(
    ("text", "width", "expected"),
    [
        ("Holder 182", 10, ["Holder 182"]),
        ("Holder 182", 9, ["Holder", "182"]),
        (" Holder", 10, [" Holder"]),  # the first line keeps its indent
        ("a  b", 4, ["a  b"]),
        ("< PAGE> x", 9, ["< PAGE> x"]),
        ("", 5, []),
    ],
)
def test_wrapping_is_as_before(text: str, width: int, expected: list[str]) -> None:
    assert edgar_text_layout.wrapped(text, width) == expected
