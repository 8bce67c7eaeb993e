"""A long table put in place of another is read for its facts once: the facts compared and
the words around them (the facts masked) come from one reading of each row. Counted by the
characters read, not timed."""

from __future__ import annotations

import pytest

from amendtool.core import changes, facts, text_cache, typography
from amendtool.core.changes import compare

OLD_ROWS = [f"Grant {n} {3 * n} shares" for n in range(10)]
NEW_ROWS = [f"Holder {n} {7 * n + 1} options" for n in range(400)]


def _read_characters(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The characters of every text the fact reader reads, as it reads them."""
    read: list[int] = []
    reader = facts._read_paragraph

    def counted(text: str) -> list[facts.Placement]:
        read.append(len(text))
        return reader(text)

    monkeypatch.setattr(facts, "_read_paragraph", counted)
    for module in (typography, changes, facts):
        module.clear_caches()
    text_cache.clear_caches()
    return read


def test_each_row_of_a_long_table_is_read_for_its_facts_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    old, new = "\n\n".join(OLD_ROWS), "\n\n".join(NEW_ROWS)
    read = _read_characters(monkeypatch)
    change = compare(old, new, "table")
    rows = sum(map(len, OLD_ROWS + NEW_ROWS))
    assert sum(read) == rows, (sum(read), rows)
    assert max(read) < 40  # row by row: never the whole table as one text
    assert "holder" in change.added_words and "options" not in change.added_words


def test_the_words_around_the_facts_are_those_of_the_text_read_whole() -> None:
    """Read by paragraph, the words of a table compared are those the whole text gives,
    paragraph breaks and all ("7 options" is a fact; "Holder" a word)."""
    old = "Grant 1\t3 shares\n\nGrant 2  6 shares"
    new = "Holder 1\t8 options\n\n\n\nHolder “2” 15 options"
    change = compare(old, new, "table")
    assert change.removed_words == ["grant", "grant"]
    assert change.added_words == ["holder", "holder"]
    assert [f.text for f in change.added] == ["8 options", "15 options"]
