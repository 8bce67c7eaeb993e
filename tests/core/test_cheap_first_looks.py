"""Questions asked of every paragraph as an offer is read, answered first by a look that
costs nothing where it settles them: a line of contents ends in its page's last character,
and a direction control is never ASCII. Each answers as the full search does."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from amendtool.core import headings
from amendtool.core.clean_text import _REORDERED_FIGURE, reordered_figure

_CONTENTS = st.text(alphabet="Elig .…\t\n\u00a0\u20030123456789ivxlcA-", max_size=40)


@given(_CONTENTS)
def test_a_contents_line_is_what_the_contents_pattern_finds(text: str) -> None:
    assert headings.is_contents_line(text) == (headings._TOC_ENTRY.search(text) is not None)


def test_lines_of_contents_and_a_sentence() -> None:
    assert headings.is_contents_line("Eligibility .......... 12")
    assert headings.is_contents_line("Risk Factors\tii ")
    assert headings.is_contents_line("Schedule A   A-3")
    assert not headings.is_contents_line("The offer expires at 5:00 p.m. on June 12.")


_FIGURES = st.text(alphabet="$24.5,1 a\u202e\u2066\u2069\u202a€", max_size=20)


@given(_FIGURES)
def test_a_reordered_figure_is_found_as_the_pattern_finds_it(text: str) -> None:
    found = reordered_figure(text)
    assert (found is not None) == (_REORDERED_FIGURE.search(text) is not None)
    if text.isascii():
        assert found is None
