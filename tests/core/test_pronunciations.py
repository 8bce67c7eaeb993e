"""The pronouncing dictionary searched in its own file's text (core/pronunciations.py) answers
every word as the sorted list of its lines did, and a run with the lines out of place kept
from an earlier run never splits the file: counted by the splits made, never timed. A kept
entry that was altered, or names lines the file does not have, is worked out afresh."""

from __future__ import annotations

from bisect import bisect_left
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from amendtool.core import cache_seal, pronunciations
from amendtool.core.pronunciations import Pronunciations, dictionary_text, out_of_place

MISSES = ["", "amendtoolish", "a(2)", "x(3)", "(", "1", "new york", "über", "zzzz", "a's(2)"]


def sorted_lookup(text: str) -> dict[str, str | None]:
    """The first pronunciation of every word the text has, and of MISSES, as the lines
    sorted and bisected found it (the way it was done before)."""
    lines = sorted(text.splitlines())

    def first(word: str) -> str | None:
        key = word + " "
        index = bisect_left(lines, key)
        if index < len(lines) and lines[index].startswith(key):
            return lines[index][len(key) :]
        return None

    heads = {line.split(" ")[0] for line in lines}
    return {word: first(word) for word in [*heads, *MISSES]}


def test_every_word_of_the_dictionary_is_found_as_the_sorted_lines_found_it() -> None:
    text = dictionary_text()
    searched = Pronunciations(text, out_of_place(text))
    expected = sorted_lookup(text)
    assert len(expected) > 135_000
    assert {word: searched.first(word) for word in expected} == expected


WORDS = st.sampled_from(["a", "a's", "a.", "ab", "abc", "b", "ba", "sepultura", "stilted", "z"])
LINES = st.tuples(WORDS, st.integers(1, 3), st.sampled_from(["AH0", "EY1 Z", "B IY1"]))


@given(st.lists(LINES, max_size=30))
@settings(max_examples=300, deadline=None)
def test_any_order_of_lines_is_searched_as_the_sorted_lines(lines: list[tuple]) -> None:
    """Lines out of place anywhere: a word's second pronunciation before its first, words
    out of order, each word's line once (as in the dictionary)."""
    seen: set[str] = set()
    text = ""
    for word, number, phones in lines:
        head = word if number == 1 else f"{word}({number})"
        if head not in seen:  # each word's line once, as in the dictionary
            seen.add(head)
            text += f"{head} {phones}\n"
    searched = Pronunciations(text, out_of_place(text))
    expected = sorted_lookup(text)
    assert {word: searched.first(word) for word in expected} == expected


@pytest.fixture
def splits(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """A cache of its own, as a new run sees it; how many times the file is split."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "local"))
    monkeypatch.setattr(cache_seal, "_secret", None)
    made: list[int] = []
    split = out_of_place

    def counted(text: str) -> list[tuple[int, int]]:
        made.append(len(text))
        return split(text)

    monkeypatch.setattr(pronunciations, "out_of_place", counted)
    return made


def _new_run() -> Pronunciations:
    pronunciations.pronunciations.cache_clear()
    return pronunciations.pronunciations()


def test_a_later_run_searches_the_file_without_splitting_it(splits: list[int]) -> None:
    first = _new_run()
    assert len(splits) == 1
    later = _new_run()
    assert len(splits) == 1  # the lines out of place kept from the first run
    assert later.apart == first.apart and later.text == first.text
    assert later.first("stilted") == "S T IH1 L T IH0 D" and later.first("stilton")
    pronunciations.pronunciations.cache_clear()


def test_an_altered_entry_is_worked_out_afresh(splits: list[int], tmp_path: Path) -> None:
    first = _new_run()
    (entry,) = (tmp_path / "cache").rglob("pronunciations-*.marshal")
    held = entry.read_bytes()
    entry.write_bytes(held[:-3] + bytes(b ^ 1 for b in held[-3:]))
    assert _new_run().apart == first.apart and len(splits) == 2
    _new_run()
    assert len(splits) == 2  # put right by the run that found it altered
    pronunciations.pronunciations.cache_clear()


def test_lines_the_file_does_not_have_are_refused() -> None:
    text = "a AH0\nb B IY1\n"
    assert pronunciations._fits([(0, 6)], text) and pronunciations._fits([(6, 14)], text)
    for cuts in ([(1, 6)], [(0, 5)], [(6, 15)], [(6, 14), (0, 6)], "x", [(0, 6, 1)]):
        assert not pronunciations._fits(cuts, text)
