"""The notice exhibit quotes the filing's items, so the same paragraph is set for the EDGAR
text twice in a draft (some 600 paragraphs at 300 pages): each text is wrapped once for its
width and indents, and the lines are the same as wrapping it again. Counted, not timed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

from amendtool.core.layout import Block, Role
from amendtool.io import edgar_writer
from amendtool.io.edgar_writer import blocks_to_ascii

QUOTED = "The exercise price of each New Option will be $6.25 per share, " * 4


@pytest.fixture
def wraps(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The texts the writer wrapped, in order, with no wrapping kept from another test."""
    seen: list[str] = []
    real = edgar_writer.wrapped

    def counted(text: str, width: int, first: str = "", rest: str = "") -> list[str]:
        seen.append(text)
        return real(text, width, first, rest)

    monkeypatch.setattr(edgar_writer, "wrapped", counted)
    edgar_writer.ascii_wrapped.cache_clear()
    yield seen
    edgar_writer.ascii_wrapped.cache_clear()


def _blocks(document: str) -> list[Block]:
    return [
        Block(Role.QUOTE, QUOTED, document=document),
        Block(Role.BODY, QUOTED, document=document),
        Block(Role.PLAIN, "Nothing else changes.", document=document),
    ]


def test_a_paragraph_quoted_again_is_wrapped_once(wraps: list[str]) -> None:
    filing = blocks_to_ascii(_blocks("filing"))
    exhibit = blocks_to_ascii(_blocks("exhibit"))
    assert filing == exhibit
    # the quote and the body paragraph are set with other indents: each wrapped once
    assert len(wraps) == 3


def test_the_lines_handed_back_are_the_callers_own(wraps: list[str]) -> None:
    first = edgar_writer._wrap(QUOTED, "", "")
    first.append("changed by the caller")
    assert edgar_writer._wrap(QUOTED, "", "") == first[:-1]
    assert len(wraps) == 1


@given(st.text(alphabet=" ab<&;#/-\n\t", max_size=120), st.integers(10, 78))
def test_kept_lines_are_the_lines_wrapped_afresh(text: str, width: int) -> None:
    kept = edgar_writer._wrap(text, "  ", "", width)
    assert edgar_writer._wrap(text, "  ", "", width) == kept
    assert kept == (edgar_writer.wrapped(edgar_writer.ascii_text(text), width, "  ", "") or [""])
