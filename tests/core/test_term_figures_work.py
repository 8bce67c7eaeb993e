"""Item 4's changed figures are paired in work that grows with the figures: each fact of the
old text was looked for among a set of the new text's built anew for it, and each pair among
the rest, so a grant list of 3,000 rows with every figure changed took minutes and 24 GB
before Item 4 was written. Counted, not timed: the facts' fields read."""

from __future__ import annotations

from collections import Counter

from amendtool.core.facts import extract
from amendtool.core.term_statements import _paired


class _Read:
    """A fact whose fields are counted as they are read."""

    def __init__(self, fact: object, reads: Counter[str]) -> None:
        self._fact, self._reads = fact, reads

    def __getattr__(self, name: str) -> object:
        self._reads["fields"] += 1
        return getattr(self._fact, name)


def _grants(count: int, raised: int) -> str:
    return "\n".join(f"Grant {n}: ${1000 + n + raised:,}.00" for n in range(count))


def test_changed_figures_are_paired_in_linear_work() -> None:
    reads: Counter[str] = Counter()
    work = {}
    for count in (300, 1_200):
        reads.clear()
        old = [_Read(f, reads) for f in extract(_grants(count, 0))]
        new = [_Read(f, reads) for f in extract(_grants(count, 1))]
        pairs = _paired(old, new)  # type: ignore[arg-type]
        assert len(pairs) == 1  # only the first price is not also printed on the other side
        work[count] = reads["fields"]
    assert work[1_200] <= 5 * work[300], work


def test_each_changed_figure_is_paired_with_the_next_of_its_kind_in_order() -> None:
    old = extract("The price is $10.00 and the cap is 500 shares and the fee is $2.00.")
    new = extract("The price is $11.00 and the cap is 600 shares and the fee is $2.50.")
    assert sorted((a.text, b.text) for a, b in _paired(old, new)) == [
        ("$10.00", "$11.00"),
        ("$2.00", "$2.50"),
        ("500 shares", "600 shares"),
    ]
