"""The figure index of a long text finds exactly what the figure pattern finds, and the
clause and sentence around a figure are those the marks before it give."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from amendtool.core import figure_places
from amendtool.core.figure_places import clause_around, printed_ends, sentence_start, words_after

_TEXT = st.text(alphabet="0123456789$.,% ab\tA(", min_size=0, max_size=60)


def _pattern_ends(text: str, printed: str) -> list[int]:
    pattern = rf"(?<![\w.,$]){re.escape(printed)}(?![\w%]|[.,]\d)"
    return [m.end() for m in re.finditer(pattern, text)]


@given(_TEXT, st.text(alphabet="0123456789$.,%", min_size=1, max_size=6), st.integers(0, 40))
@example("Price $12.00, then $12.00. Also 1,700 and 12.00%", "$12.00", 0)
@example("5%12 and 12", "12", 0)
def test_the_index_finds_what_the_pattern_finds(text: str, printed: str, repeat: int) -> None:
    long = (text + " ") * (figure_places.SHORT // max(len(text) + 1, 1) + 1 + repeat)
    assert len(long) > figure_places.SHORT
    assert printed_ends(long, printed) == _pattern_ends(long, printed)


# short texts, any figure (words, repeats, Unicode digits and letters around it included)
_ANY = st.text(alphabet="0123456789$.,% ab_\tA(\u0663\u00e9\u00b2\u2167", max_size=40)


@given(_ANY, st.text(alphabet="0123456789$.,%a\u0663", max_size=4))
@example("1212 12 12.5 12,3 12% 12a a12 _12 12_ $12 .12", "12")
@example("aaaa", "aa")
@example("x 12\u0663 \u0663 12", "12")
def test_a_short_text_is_searched_as_the_pattern_searches_it(text: str, printed: str) -> None:
    """Without the index, each printing is found as the figure's own pattern finds it: no
    pattern is made for the figure."""
    assert len(text) <= figure_places.SHORT
    assert printed_ends(text, printed) == _pattern_ends(text, printed)


def test_no_pattern_is_made_for_a_figure_of_a_short_text(monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[str] = []
    real = re.finditer

    def counted(pattern: str, text: str) -> Iterator[re.Match[str]]:
        made.append(pattern)
        return real(pattern, text)

    monkeypatch.setattr(figure_places.re, "finditer", counted)
    assert printed_ends("for $1.50 per share, $1.50 in cash", "$1.50") == [9, 26]
    assert made == []


@given(st.text(alphabet="ab .,;:()—\nAB", max_size=80), st.data())
def test_the_clause_and_sentence_are_those_the_marks_before_give(
    text: str, data: st.DataObject
) -> None:
    long = text * (figure_places.SHORT // max(len(text), 1) + 2)
    at = data.draw(st.integers(0, len(long)))
    starts = [m.end() for m in figure_places._CLAUSE_END.finditer(long, 0, at)]
    end = figure_places._CLAUSE_END.search(long, at)
    assert clause_around(long, at, 0) == (
        starts[-1] if starts else 0,
        end.start() if end else len(long),
    )
    ends = [m.end() for m in figure_places._SENTENCE_END.finditer(long, 0, at)]
    assert sentence_start(long, at) == max(ends, default=0)


def test_the_words_after_a_figure_are_the_rules_few() -> None:
    text = "1,700 " + " ".join(f"w{n}" for n in range(40))
    after = words_after(text, 5)
    assert after.split() == [f"w{n}" for n in range(figure_places.WORDS_AFTER)]
    assert words_after("12.", 2) == "."
