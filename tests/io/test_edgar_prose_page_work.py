"""EDGAR text pages of prose are not searched for tables set without tags, and paragraphs
with no bare note mark are not walked a character at a time: a 5,000-page offer of prose
spent most of its reading there. Counted, not timed; what is read is the same."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from amendtool.io import edgar_text_reader, note_marks
from amendtool.io.edgar_text_reader import edgar_text_blocks

PROSE = "We are offering to exchange your eligible options for new options under the plan."
TABLE = [
    "                               Exercise Price      New Options",
    "Eligible options granted        $12.50              1,000",
    "Eligible options granted later  $14.75              2,500",
]


def _text(pages: int, table_on: int | None = None) -> str:
    out = []
    for page in range(1, pages + 1):
        lines = [f"{page}. Further Terms", "", PROSE, "", PROSE, ""]
        if page == table_on:
            lines += [*TABLE, ""]
        out.append("\n".join([*lines, "", str(page).center(70)]))
    return "\n<PAGE>\n".join(out) + "\n"


@pytest.fixture
def looked_at(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The pages searched for tables without tags, by their count of lines."""
    seen: list[int] = []
    real = edgar_text_reader.untagged_tables

    def counted(lines: list[str], tagged: bool, unsure: list[str] | None = None) -> list[str]:
        seen.append(len(lines))
        return real(lines, tagged, unsure)

    monkeypatch.setattr(edgar_text_reader, "untagged_tables", counted)
    return seen


def test_pages_of_prose_are_not_searched_for_tables(looked_at: list[int]) -> None:
    blocks = edgar_text_blocks(_text(40))
    assert sum(PROSE in b.text for b in blocks) == 80
    assert looked_at == []


def test_a_page_with_a_table_is_searched_and_its_rows_read(looked_at: list[int]) -> None:
    blocks = edgar_text_blocks(_text(40, table_on=7))
    assert len(looked_at) == 1
    rows = [b for b in blocks if b.table_row]
    assert len(rows) >= 2 and all("\t" in b.text for b in rows)
    assert any("$12.50" in b.text for b in rows)


def test_a_paragraph_without_bare_marks_is_handed_back_as_it_is() -> None:
    """No character counted: the pieces are the paragraph's own, none a reference."""
    pieces = [("Options (see note", False), ("(1)", True), (") are eligible.", False)]
    assert note_marks.with_bare_references(pieces, None) == [(t, s, False) for t, s in pieces]
    assert note_marks.with_bare_references(pieces, "") == [(t, s, False) for t, s in pieces]
    assert note_marks.with_bare_references([("", False)], None) == [("", False, False)]
    marked = note_marks.with_bare_references([("Options are eligible.", False)], "7:¹")
    assert marked == [
        ("Options", False, False),
        ("¹", True, True),
        (" are eligible.", False, False),
    ]


@given(st.text(alphabet=" \t\u00a0\u2003a1.-=$", max_size=30))
def test_the_quick_look_misses_no_line_the_pattern_would_find(line: str) -> None:
    """The look for two spaces, dots or a rule before the pattern is tried: a line the
    pattern finds is never passed over."""
    stripped = line.strip()
    if edgar_text_reader._MAY_HOLD_ROWS.search(stripped):
        assert edgar_text_reader._may_hold_rows(stripped)


@given(st.lists(st.text(alphabet=" \t\u00a0\u2003\ra1.-=$é", max_size=20), max_size=6))
def test_a_page_asked_at_once_passes_over_no_line_with_a_row(lines: list[str]) -> None:
    """The page's lines are asked about together: a page with one line the pattern finds
    is still read for its tables."""
    stripped = [line.strip() for line in lines]
    if any(edgar_text_reader._MAY_HOLD_ROWS.search(line) for line in stripped):
        assert edgar_text_reader._may_hold_rows("\n".join(stripped))
