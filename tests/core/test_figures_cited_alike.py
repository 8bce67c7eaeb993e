"""Both sides of a figure replaced are cited in one style: 'replacing "25%" with "33 1/3%"',
never 'replacing "25%" with the words "33 1/3%"'; a fraction ("33 1/3%", "12½%") is a figure
as much as "25%" is, and a figure replaced by words is quoted as the figure is."""

from __future__ import annotations

import pytest

from tests.core.test_words_cited import words_instruction

SENTENCE = "Any person acquires more than {} of our outstanding common stock."


@pytest.mark.parametrize(
    ("old", "new"),
    [
        pytest.param("25%", "33 1/3%", id="fraction-new"),
        pytest.param("33 1/3%", "40%", id="fraction-old"),
        pytest.param("12½%", "15%", id="fraction-sign"),
        pytest.param("$12 1/2", "$13 3/4", id="money-fractions"),
        pytest.param("25%", "one-third", id="figure-for-words"),
        pytest.param("one-third", "40%", id="words-for-figure"),
    ],
)
def test_a_figure_replaced_is_cited_alike_on_both_sides(old: str, new: str) -> None:
    instruction = words_instruction(SENTENCE.format(old), SENTENCE.format(new))
    assert instruction == f'replacing "{old}" with "{new}"'


def test_words_replaced_by_words_are_still_cited_as_words() -> None:
    before = "Any person acquires more than a majority of our outstanding common stock."
    after = before.replace("a majority", "one half")
    assert words_instruction(before, after) == (
        'replacing the words "a majority" with the words "one half"'
    )
