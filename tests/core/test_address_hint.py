"""A text is searched for web and mail addresses only where one could stand (a point and two
letters): the blanked text is the same, and a sentence without one is not searched."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from amendtool.core import example_asides
from amendtool.core.example_asides import without_addresses

_TEXT = st.text(alphabet="ab.@/:-_ Hhtps+1\u00e9\u0130x", max_size=60)


def _searched(text: str) -> str:
    return example_asides._ADDRESS.sub(lambda m: " " * len(m.group(0)), text)


@given(_TEXT)
@example("see https://www.example.com/offer or write to hr@example.co.uk.")
@example("a.b.c d.e1 x.\u00e9\u00e9 x.\u0130s")
def test_the_addresses_blanked_are_those_the_search_blanks(text: str) -> None:
    assert without_addresses(text) == _searched(text)


def test_a_sentence_without_a_point_and_two_letters_is_not_searched(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []

    class Counted:
        def sub(self, replace: object, text: str) -> str:
            asked.append(text)
            return text

    monkeypatch.setattr(example_asides, "_ADDRESS", Counted())
    assert without_addresses("You will receive $1.50 per share, as set out in Section 2.") == (
        "You will receive $1.50 per share, as set out in Section 2."
    )
    without_addresses("Write to us at offer@example.com.")
    assert asked == ["Write to us at offer@example.com."]
