"""The captions carried down a long table are counted in one pass: each row's caption was
compared with every other row's, so a list of 20,000 grants took 400 million comparisons
(20 of the 35 s its draft took). Comparisons counted, never timed."""

from __future__ import annotations

import pytest

from amendtool.core import row_names as naming


class Caption(str):
    """A caption that counts how often it is compared with another."""

    compared = 0

    def strip(self, chars: str | None = None) -> Caption:
        return self

    def __eq__(self, other: object) -> bool:
        Caption.compared += 1
        return str.__eq__(self, other)

    __hash__ = str.__hash__


@pytest.mark.parametrize("count", [500, 2_000])
def test_captions_are_compared_as_often_as_there_are_rows(
    monkeypatch: pytest.MonkeyPatch, count: int
) -> None:
    texts = [f"Fiscal {n // 2}\tQuarter {n % 2}\t$1.00" for n in range(count)]
    cells = {t: [Caption(c) for c in t.split("\t")] for t in texts}
    monkeypatch.setattr(naming, "row_cells", lambda row: cells[row])
    monkeypatch.setattr(naming, "row_caption", lambda text: "named")
    Caption.compared = 0
    merged = naming._merged_captions(texts)
    # each "Fiscal N" heads two rows, so it is kept for both
    assert merged == [f"Fiscal {n // 2}" for n in range(count)]
    assert Caption.compared <= 4 * count  # a few for each row; its square was counted before
