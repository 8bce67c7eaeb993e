"""The spelling warning suggests the same word every run: candidates as frequent as each
other were ranked in the order of a set, which changes with each run's string hashing
("desisting" in one run, "demisting" in the next, for the same draft)."""

from __future__ import annotations

from pathlib import Path

from amendtool.core.spelling import Speller


class _Checker:
    def __init__(self, found: set[str], frequency: dict[str, float]) -> None:
        self.found, self.frequency = found, frequency

    def candidates(self, word: str) -> set[str]:
        return self.found

    def word_usage_frequency(self, word: str) -> float:
        return self.frequency[word]


def test_suggestions_as_likely_as_each_other_come_in_the_order_of_the_alphabet(
    tmp_path: Path,
) -> None:
    speller = Speller(tmp_path / "words.txt")
    frequency = {"desisting": 1e-8, "demisting": 1e-8, "resisting": 5e-7, "assisting": 1e-8}
    for found in (
        {"desisting", "demisting", "resisting", "assisting"},
        set(reversed(list(frequency))),
    ):
        speller._checker = _Checker(found, frequency)  # type: ignore[assignment]
        assert speller.suggestions("desistng") == [
            "resisting",
            "assisting",
            "demisting",
            "desisting",
        ]
        assert speller.suggestions("Desistng", 2) == ["Resisting", "Assisting"]
