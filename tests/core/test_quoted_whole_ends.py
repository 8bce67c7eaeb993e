"""A renamed defined term is quoted whole from what the two texts share at their start and
end: found by halving (one comparison in C a guess), it must be the very lengths the
character-by-character walk found, so every quotation reads as before."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from amendtool.core.drafting import quoting
from amendtool.core.drafting.quoting import quoted_whole, shared_ends

_TEXT = st.text(alphabet='ab "“”.', max_size=40)


def walked_ends(old: str, new: str) -> tuple[int, int]:
    """The shared start and end as they were found before: a character at a time."""
    lead = 0
    while lead < min(len(old), len(new)) and old[lead] == new[lead]:
        lead += 1
    tail = 0
    while tail < min(len(old), len(new)) - lead and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    return lead, tail


@given(_TEXT, _TEXT, _TEXT, _TEXT, _TEXT)
def test_the_shared_ends_are_those_walked(
    start: str, old_middle: str, new_middle: str, end: str, other: str
) -> None:
    old, new = start + old_middle + end, start + new_middle + end
    for pair in ((old, new), (new, old), (old, old), (old, other), ("", old), (old, "")):
        assert shared_ends(*pair) == walked_ends(*pair)


@given(_TEXT, _TEXT, _TEXT, _TEXT, st.integers(1, 12))
def test_a_quotation_is_quoted_as_the_walk_quoted_it(
    start: str, old_middle: str, new_middle: str, end: str, max_words: int
) -> None:
    old, new = start + old_middle + end, start + new_middle + end
    found = quoted_whole(old, new, max_words)
    original = quoting.shared_ends
    quoting.shared_ends = walked_ends
    try:
        assert found == quoted_whole(old, new, max_words)
    finally:
        quoting.shared_ends = original


def test_a_renamed_term_is_found_in_a_few_comparisons() -> None:
    old = 'The "Option Exchange Program" ' + "runs as set out below. " * 200
    new = old.replace("Option Exchange Program", "Exchange Program")
    guesses = 0
    original = quoting._longest

    def counted(most: int, same: object) -> int:
        def guess(n: int) -> bool:
            nonlocal guesses
            guesses += 1
            return same(n)  # type: ignore[operator]

        return original(most, guess)

    quoting._longest = counted
    try:
        assert quoted_whole(old, new, 8) == ("Option Exchange Program", "Exchange Program")
    finally:
        quoting._longest = original
    assert guesses <= 2 * len(old).bit_length()  # a walk would take thousands of steps
