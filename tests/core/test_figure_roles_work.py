"""The words around a figure are read only for the figures whose roles are told apart: a
long table put in place of another (too many pairs to say roles) has none of its tens of
thousands of figures' words read. Counted as figures whose words were read, never timed."""

from __future__ import annotations

import pytest

from amendtool.core import figure_roles
from amendtool.core.facts import changed_facts
from amendtool.core.words_around import WordsAround


def _read_around(old: str, new: str) -> tuple[list[str], int]:
    """The new figures in the order changed_facts gives them, and how many figures' words
    before them were read."""
    read = 0
    before = WordsAround.before

    def counted(self: WordsAround, start: int, count: int) -> list[str]:
        nonlocal read
        read += 1
        return before(self, start, count)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(WordsAround, "before", counted)
        _removed, added = changed_facts(old, new)
    return [f.text for f in added], read


def _table(rows: int, first: str, count: int) -> str:
    return "\n\n".join(f"{first} {n}\t{count * n + 1} options" for n in range(rows))


def test_a_long_table_for_another_reads_no_figure_s_words() -> None:
    rows = 300  # 300 old counts by 300 new: more pairs than roles are told for
    assert rows * rows > figure_roles.MOST_PAIRS
    added, read = _read_around(_table(rows, "Grant", 3), _table(rows, "Holder", 7))
    assert "8 options" in added and f"{7 * (rows - 1) + 1} options" in added
    assert read == 0


def test_only_the_figures_of_a_kind_told_apart_have_their_words_read() -> None:
    """Two prices change places by their words; the dates beside them, one of each, have
    no role to tell and no words read."""
    old = "The purchase price is $10.00 in cash. The fee is $2.00 in cash. It ends May 1, 2026."
    new = "The fee is $3.00 in cash. The purchase price is $11.00 in cash. It ends May 8, 2026."
    added, read = _read_around(old, new)
    assert added == ["May 8, 2026", "$11.00", "$3.00"]  # the prices in the old ones' roles
    assert read == 4  # the two old prices and the two new, not the dates
