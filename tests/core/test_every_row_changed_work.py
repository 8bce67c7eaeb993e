"""A long table with every row's figure changed is diffed row by row. Read whole, a grant list
of 3,000 rows was one word diff of 60,000 characters (diff-match-patch's bisection grows with
the words times the places changed), diffed again by the section's rewrite share and the
change's words, and its edited "sentence" was matched by difflib's ratio (the square of its
words): 13 s of a draft. Counted, not timed."""

from __future__ import annotations

import itertools
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from amendtool.core import long_diff
from amendtool.core.diffing import DELETE, INSERT, WORK, _token_diff, word_diff
from amendtool.core.materiality_reversals import reversal
from amendtool.core.materiality_rules import house_rules
from tests.support.html_offer import drafted, offer


def _rows(count: int, changed: bool) -> list[str]:
    return [f"Grant {n} ${1000 + n + (1 if changed else 0):,}.00" for n in range(count)]


def _table(count: int, changed: bool) -> str:
    cells = (row.rsplit(" ", 1) for row in _rows(count, changed))
    return (
        "<p>The exercise prices of the outstanding grants were:</p><table>"
        + "".join(f"<tr><td>{label}</td><td>{price}</td></tr>" for label, price in cells)
        + "</table>"
    )


def test_a_long_table_is_word_diffed_row_by_row() -> None:
    old, new = "\n".join(_rows(2_000, False)), "\n".join(_rows(2_000, True))
    WORK.reset()
    diff = word_diff(old, new)
    assert "".join(t for op, t in diff if op != INSERT) == old
    assert "".join(t for op, t in diff if op != DELETE) == new
    assert sum(1 for op, _ in diff if op == DELETE) == 2_000  # each row's figure, in its row
    assert WORK.largest_diff < 100, WORK  # a row's words, not the table's


def test_a_section_whose_every_row_changed_is_drafted_in_row_sized_diffs(tmp_path: Path) -> None:
    work = {}
    for count in (300, 1_200):
        WORK.reset()
        amendment = drafted(tmp_path, offer(_table(count, False)), offer(_table(count, True)))
        assert amendment.change_items
        work[count] = (WORK.largest_diff, WORK.tokens_diffed)
    assert work[1_200][0] <= work[300][0] < 2_000, work  # no diff grows with the table
    assert work[1_200][1] <= 5 * work[300][1], work


def test_an_edited_table_is_read_for_reversals_in_linear_work(searched: Counter[str]) -> None:
    """The table read as one long sentence: its words matched without difflib's square."""
    rules = house_rules()
    work = {}
    for count in (500, 2_000):
        searched.clear()
        old, new = " ".join(_rows(count, False)), " ".join(_rows(count, True))
        assert reversal(old, new, rules) is None
        work[count] = searched["units"]
    assert work[2_000] <= 8 * max(work[500], 1), work  # four times the rows; the square: 16


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(["a b", "a c", "b", "c d e", "", "f"]), max_size=30),
    st.lists(st.sampled_from(["a b", "a c", "b", "c d e", "", "f", "g"]), max_size=30),
)
def test_a_text_diffed_by_its_lines_gives_both_texts(a: list[str], b: list[str]) -> None:
    """Whatever the lines, the line-by-line diff is a diff: what it keeps and takes out is the
    old text, what it keeps and puts in the new one."""
    old, new = "\n".join([*a, "-"]), "\n".join([*b, "+"])
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(long_diff, "LINED_DIFF_LINES", 1)
        patch.setattr(long_diff, "_WHOLE_RUN", 1)
        diff = long_diff.lined(old, new, _token_diff)
    assert diff is not None
    assert "".join(t for op, t in diff if op != INSERT) == old
    assert "".join(t for op, t in diff if op != DELETE) == new
    assert all(text for _, text in diff)
    assert all(x[0] != y[0] for x, y in itertools.pairwise(diff)), diff
