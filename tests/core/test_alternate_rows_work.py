"""A grant list in which every other row's figure changes is aligned and told in work that
grows with its rows. Two steps grew with their square: the units' alignment (difflib finds the
longest run of equal rows again over what is left, and every other row changed leaves runs of
one row), and the notice's naming of each changed figure by its column (every row of the table
searched for each change's row). 4,000 rows took 15 s, 8,000 rows 40 s, 14,900 never ended.
Counted, not timed."""

from __future__ import annotations

import difflib
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from amendtool.core import plain_table_labels, unit_alignment
from amendtool.core.unit_alignment import aligned_opcodes
from tests.support.html_offer import drafted, offer


def _rows(count: int, changed: bool, every: int = 2) -> list[str]:
    """Grant rows; when `changed`, all but every `every`-th row's figure raised by $1."""
    return [
        f"Grant {n}\t${1000 + n + (1 if changed and n % every else 0):,}.00" for n in range(count)
    ]


def test_alternate_rows_are_aligned_in_linear_work(searched: Counter[str]) -> None:
    work = {}
    for count in (1_000, 4_000):
        searched.clear()
        old, new = _rows(count, False), _rows(count, True)
        opcodes = aligned_opcodes(old, new)
        assert sum(1 for tag, *_ in opcodes if tag == "replace") == count // 2
        assert all(
            i2 - i1 == 1 and j2 - j1 == 1 for tag, i1, i2, j1, j2 in opcodes if tag != "equal"
        )
        work[count] = searched["units"]
    assert work[4_000] <= 5 * work[1_000], work


def test_a_short_sequence_is_aligned_as_difflib_aligns_it() -> None:
    """Below the length where difflib's search grows costly, its matching is kept as it was."""
    old, new = _rows(40, False), _rows(40, True)
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    assert aligned_opcodes(old, new) == matcher.get_opcodes()


def test_each_changed_row_is_named_by_its_column_in_linear_work(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folded: Counter[str] = Counter()
    fold = plain_table_labels.collapse_spaces

    def counted(text: str) -> str:
        folded["cells"] += 1
        return fold(text)

    monkeypatch.setattr(plain_table_labels, "collapse_spaces", counted)
    work = {}
    for count in (100, 400):
        folded.clear()

        def table(changed: bool, count: int = count) -> str:
            rows = _rows(count, changed, every=3)  # most rows changed: restated whole
            cells = ("".join(f"<td>{cell}</td>" for cell in row.split("\t")) for row in rows)
            return (
                "<p>The exercise prices of the outstanding grants were:</p><table>"
                + "".join(f"<tr>{row}</tr>" for row in cells)
                + "</table>"
            )

        amendment = drafted(tmp_path, offer(table(False)), offer(table(True)))
        (item,) = amendment.change_items
        assert item.kind.value == "replace_table"
        amendment.plain_summary(item)
        work[count] = folded["cells"]
    assert work[100] and work[400] <= 5 * work[100], work


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from("abcdefghij") | st.integers(0, 60).map(str), max_size=40),
    st.lists(st.sampled_from("abcdefghij") | st.integers(0, 60).map(str), max_size=40),
)
def test_anchored_alignment_is_an_alignment(a: list[str], b: list[str]) -> None:
    """With the anchors taken at every length, the opcodes still cover both sides in order,
    and every unit they keep is the same unit on both sides."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(unit_alignment, "DIRECT_PAIRS", 0)
        opcodes = aligned_opcodes(a, b)
    i = j = 0
    for tag, i1, i2, j1, j2 in opcodes:
        assert (i1, j1) == (i, j)
        if tag == "equal":
            assert a[i1:i2] == b[j1:j2]
        i, j = i2, j2
    assert (i, j) == (len(a), len(b))
    kept = sum(i2 - i1 for tag, i1, i2, *_ in opcodes if tag == "equal")
    assert kept == len(a) or a != b  # the same units: all kept
