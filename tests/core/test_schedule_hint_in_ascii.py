"""Whether a text may state a vesting schedule is looked for in lower case in text in ASCII,
and the answer is the one the hint's pattern ignoring case gives, in ASCII and out of it: a
sentence it says no to is never searched for a schedule."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from amendtool.core import vesting_schedules
from amendtool.core.facts import extract

WORDS = re.compile(
    r"install|instalment|tranche|increment|anniversar|portions|amounts", re.IGNORECASE
)
PIECES = ["INSTALL", "ment", "inſtal", "anniVERSar", "ies", "tranche", "TRANCHE", "incre",
          "ment", "portions", "aMOUNTs", " ", "§", "¤", "é", "\u212a", "ı", "options", "3",
          "one-third", " on each ", "annual", "s", "l", "insta", "ll"]  # fmt: skip
TEXTS = st.lists(st.sampled_from(PIECES), max_size=14).map("".join) | st.text(max_size=30)


@settings(max_examples=600, deadline=None)
@given(TEXTS)
def test_a_schedule_may_be_held_as_the_pattern_says(text: str) -> None:
    assert vesting_schedules.may_hold_schedule(text) is (WORDS.search(text) is not None)


def test_a_schedule_is_still_read_in_ascii_and_out_of_it() -> None:
    for text in (
        "The new options vest in three equal annual installments.",
        "The new options vest in three equal annual installments (§ 4).",
    ):
        assert vesting_schedules.may_hold_schedule(text)
        assert "schedule" in [f.kind for f in extract(text)]
    assert not vesting_schedules.may_hold_schedule("Holder 1234\t8639 options")
