"""A word with an accent or a diaeresis ("naïve", "café", "résumé") is one word to the
spelling check, as Word reads it: never split at the accented letter into fragments
("ve") that are then called misspelled; a misspelled accented word is still caught."""

from __future__ import annotations

from pathlib import Path

from amendtool.core.items import AmendmentItem, ItemKind, Locator
from amendtool.core.spelling import WORD, Speller, spelling_findings


def _item(new: str) -> AmendmentItem:
    return AmendmentItem(ItemKind.INSERT_SENTENCE, Locator("s1", "Section 1"), new_text=new)


def test_accented_words_are_whole_words(tmp_path: Path) -> None:
    text = "A naïve reading of the café’s résumé is no façade."
    assert WORD.findall(text) == [
        "naïve",
        "reading",
        "of",
        "the",
        "café’s",
        "résumé",
        "is",
        "no",
        "façade",
    ]
    speller = Speller(tmp_path / "firm-words.txt")
    assert spelling_findings([_item(text)], speller) == []


def test_a_misspelled_accented_word_is_still_named_whole(tmp_path: Path) -> None:
    speller = Speller(tmp_path / "firm-words.txt")
    [finding] = spelling_findings([_item("The plan is naïvve about it.")], speller)
    assert "“naïvve”" in finding.message, finding.message
