"""The materiality rules' word lists read ASCII text in small letters with a pattern of small
letters, never with the pattern that folds each letter it compares: the same answers, the
case-folding scan kept for text that holds other letters."""

from __future__ import annotations

import re
from typing import Any

from amendtool.core.rule_words import Words

PHRASES = ["tender offer", "amend*", "holder's", "U.S. persons", "Election Form"]
TEXTS = [
    "The TENDER OFFER is amended; Holders' rights and the holders election form stay.",
    "U.S. Persons may tender-offer nothing; the Amendments follow.",
    "No listed words here at all.",
    "A holder’s “Election Form” is due on the Expiration Date.",
    "Die Übernahme: the Tender Offer for Zürich holders's shares",
]


class _Counted:
    """A pattern whose scans are counted."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.scans = pattern, 0

    def __getattr__(self, name: str) -> Any:
        self.scans += 1
        return getattr(self.pattern, name)


def _answers(words: Words, text: str) -> tuple[object, ...]:
    return (words.search(text), words.found(text), words.matches_word(text.split()[0]))


def test_ascii_text_is_read_in_small_letters_with_the_same_answers() -> None:
    words, folding = Words(PHRASES), Words(PHRASES)
    folding.small = None  # the case-folding pattern alone, as every text was once read
    counted = _Counted(words.pattern)  # type: ignore[arg-type]
    words.pattern = counted  # type: ignore[assignment]
    for text in TEXTS:
        assert _answers(words, text) == _answers(folding, text), text
    # curly quotes are read as straight ones: only "Übernahme … Zürich" is read by the folding
    # pattern (its search and its words found; its first word, "Die", is ASCII)
    assert counted.scans == 2
    assert words.search(TEXTS[0]) == "TENDER OFFER"  # as the text writes it
    assert words.found(TEXTS[1]) == ["u.s. persons", "tender-offer", "amendments"]
