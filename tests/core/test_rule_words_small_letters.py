"""The materiality rules' word lists read ASCII text in small letters with a pattern of small
letters, never with the pattern that folds each letter it compares: the same answers, the
case-folding scan kept for text that holds other letters."""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from hypothesis import example, given, settings
from hypothesis import strategies as st

from amendtool.core.materiality_rules import house_rules
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


RULES = house_rules()
SHORT = [
    words
    for words in (
        *(getattr(RULES, f.name) for f in dataclasses.fields(RULES)),
        *RULES.same_meaning,
        Words(PHRASES),
        Words(["won't", "E-Mail*", "U.S. Dollars"]),
    )
    if isinstance(words, Words) and words.phrases and len(words.phrases) <= 8
]
PIECES = sorted({w for words in SHORT for p in words.phrases for w in p.split()})
GAPS = st.sampled_from([" ", "  ", "-", "'", "’", "“", "s ", "ing ", ", ", "\n", "x", "É", "ſ"])
SENTENCES = st.lists(st.tuples(st.sampled_from([*PIECES, "wont", "e-mails"]), GAPS), max_size=12)


@settings(max_examples=2000, deadline=None)
@given(SENTENCES.map(lambda parts: "".join(w + g for w, g in parts)), st.data())
@example("we wont go", None)  # "won't" with its quote left out
@example("by E-Mails", None)  # "E-Mail*": any ending
def test_a_short_list_whose_first_words_are_missing_answers_as_its_pattern(
    text: str, data: st.DataObject | None
) -> None:
    """A short list looks for its phrases' first words before its pattern: the answers are
    those of the pattern alone, for the house rules' short lists and any text of their words."""
    chosen = SHORT[-1:] if data is None else [data.draw(st.sampled_from(SHORT))]
    for words in chosen:
        looking, alone = Words(words.phrases), Words(words.phrases)
        alone.leads = None  # type: ignore[misc]  # no first words: the pattern alone
        for word in (text, *text.split()):
            assert looking.matches_word(word) == alone.matches_word(word)
        assert (looking.search(text), looking.found(text)) == (
            alone.search(text),
            alone.found(text),
        )
