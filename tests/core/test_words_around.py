"""The words around each figure, which pair an old figure with the new one taking its role,
are read in one pass over the text: read again from the start of the text for each figure,
a table of 20,000 rows added by a revision took minutes. The words are those the text's two
sides give read apart. Counted (characters read), never timed."""

from __future__ import annotations

import random
import re
from collections.abc import Iterator

import pytest

from amendtool.core import facts, figure_roles, words_around
from amendtool.core.words_around import WordsAround

WORD = words_around._WORD


def _apart(text: str, start: int, end: int, count: int) -> tuple[list[str], list[str]]:
    before = re.findall(r"[a-z]+", text[:start].lower())[-count:]
    return before, re.findall(r"[a-z]+", text[end:].lower())[:count]


def test_the_words_around_each_place_are_those_of_its_two_sides_read_apart() -> None:
    rng = random.Random(7)
    alphabet = "abAB zZ.9$\u0130\u03a3\u03c3\u00df\u00e9,-"  # İ lower-cases to two characters
    for _ in range(400):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 25)))
        words = WordsAround(text)
        for start in range(len(text) + 1):
            end = min(start + rng.randint(0, 3), len(text))
            for count in (1, 4):
                expected = _apart(text, start, end, count)
                assert (words.before(start, count), words.after(end, count)) == expected


def test_figures_are_paired_reading_the_text_once(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = [f"Grant {n}: {n + 1},000 options at ${n}.25 each" for n in range(300)]
    old = "The Offer Price is $10.00 per share, up to 1,000 shares."
    new = "The Offer Price is $12.00 per share, up to 1,000 shares.\n" + "\n".join(rows)
    read: list[int] = []

    class Counting:
        """The word pattern, counting the characters each search of it reads."""

        def finditer(self, text: str) -> Iterator[re.Match[str]]:
            read.append(len(text))
            return WORD.finditer(text)

        def findall(self, text: str) -> list[str]:
            read.append(len(text))
            return WORD.findall(text)

    monkeypatch.setattr(words_around, "_WORD", Counting())
    facts.clear_caches()
    removed, added = facts.changed_facts(old, new)
    assert [f.text for f in removed] == ["$10.00"]
    assert added[0].text == "$12.00"  # the price's new figure takes its role
    assert read  # the words around the figures were read
    assert sum(read) <= 2 * (len(old) + len(new)), sum(read)  # was each figure's whole prefix


def test_two_long_tables_keep_their_printed_order(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each old figure is compared with every new one of its kind: for a long table put in
    place of another that is the square of the rows, so past a bound the order printed is
    kept (a table's rows say no role by the words around them)."""
    compared: list[int] = []
    alike = figure_roles._alike

    def counting(a: tuple[set[str], set[str]], b: tuple[set[str], set[str]]) -> int:
        compared.append(1)
        return alike(a, b)

    monkeypatch.setattr(figure_roles, "_alike", counting)
    old = "\n".join(f"Holder {n}: ${n}.10" for n in range(600))
    new = "\n".join(f"Holder {n}: ${n}.20" for n in range(600))
    facts.clear_caches()
    removed, added = facts.changed_facts(old, new)
    assert len(removed) == len(added) == 600
    assert [f.text for f in added[:2]] == ["$0.20", "$1.20"]  # as printed
    assert compared == []
    facts.changed_facts("The price is $10.00.", "The price is $12.00, not $11.00.")
    assert compared  # a short text's figures are still paired by role
