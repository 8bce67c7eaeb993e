"""Which paragraphs speak of withdrawing is read in small letters where the paragraph is
ASCII (most of an offer), the same answer as the pattern ignoring capitals gives, which
tries each letter of every paragraph in either case; other paragraphs are still asked of
the pattern, which knows the capitals of all scripts. Work is counted (paragraphs the
pattern reads), never timed."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from amendtool.core import withdrawal_left
from amendtool.core.withdrawal_left import _may_withdraw

PIECES = ["withdr", "WITHDR", "Withdr", "revo", "REVO", "Revo", "with", "dr", "re", "vo", " ",
          "awn", "\u212a", "\u017f", "\u0130", "\u0131", "\u00e9", "é", "w", "i", "t", "h",
          "d", "r", "e", "v", "o", "W", "I", "T", "H", "D", "R", "E", "V", "O"]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12))
def test_read_in_small_letters_as_the_pattern_reads_it(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert _may_withdraw(text) == bool(re.search(r"withdr|revo", text, re.IGNORECASE))


class Counting:
    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.read = pattern, 0

    def search(self, text: str) -> re.Match[str] | None:
        self.read += 1
        return self.pattern.search(text)


@pytest.mark.parametrize("copies", [1, 50])
def test_an_ascii_offer_is_never_read_by_the_pattern(
    monkeypatch: pytest.MonkeyPatch, copies: int
) -> None:
    counting = Counting(withdrawal_left._WITHDRAWAL_WORDS)
    monkeypatch.setattr(withdrawal_left, "_WITHDRAWAL_WORDS", counting)
    texts = ["You may withdraw your election.", "The offer expires at midnight."] * copies
    assert [_may_withdraw(t) for t in texts] == [True, False] * copies
    assert counting.read == 0
    assert _may_withdraw("You may withdraw \u2014 at any time.")  # not ASCII: asked
    assert counting.read == 1
