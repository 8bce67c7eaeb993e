"""An abbreviation exchanged for its spelled-out words changes no word; the check reads the
other side's initials once, not once for each capitalised word: a long table's capitalised
words, each against every word of a long text, took seconds. Counted, never timed."""

from __future__ import annotations

import pytest

from amendtool.core import abbreviations, changes
from tests.support.work_lines import lines_run


def test_an_abbreviation_and_its_words_are_dropped_from_both_sides() -> None:
    short = ["SEC", "filing", "US"]
    long = ["the", "Securities", "and", "Exchange", "Commission", "of", "the", "United", "States"]
    changes._drop_abbreviations(short, long)
    assert short == ["filing"]
    assert long == ["the", "of", "the"]


def test_a_word_whose_capital_is_two_letters_is_read_run_by_run() -> None:
    short, long = ["SS", "SEC"], ["ßtraße", "x", "Securities", "Exchange", "Commission"]
    changes._drop_abbreviations(short, long)  # "ß".upper() is "SS": one initial, two letters
    assert (short, long) == (["SS"], ["ßtraße", "x"])


def _lines(count: int) -> int:
    capitals = [f"Q{n % 7}Z" for n in range(count)]  # a table's codes, spelled by no run
    words = [f"word{n}" for n in range(count)]
    _, lines = lines_run(lambda: changes._drop_abbreviations(capitals, words), "core/changes")
    assert len(capitals) == len(words) == count  # nothing matched, nothing dropped
    return lines


def test_capitalised_words_are_looked_for_in_work_linear_in_the_words() -> None:
    small, large = _lines(150), _lines(600)
    assert large <= 4.5 * small, (small, large)  # was about 16 times: each word, every word


def test_a_text_is_read_for_an_abbreviation_only_where_it_prints_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each pair of texts is asked about every abbreviation of the list: a text that prints
    none of them is never scanned with an abbreviation's pattern."""
    scans: list[str] = []
    real = abbreviations.re.findall

    def counting(pattern: str, text: str) -> list[str]:
        scans.append(pattern)
        return real(pattern, text)

    monkeypatch.setattr(abbreviations.re, "findall", counting)
    plain = "Holders may tender their options before the expiration date."
    assert abbreviations.spelled_out(plain, plain + " Holders may withdraw.") is None
    assert scans == []
    assert abbreviations.spelled_out("the U.S. holders", "the United States holders")
    assert 0 < len(scans) <= 4  # "U.S." and "United States", each in both texts
