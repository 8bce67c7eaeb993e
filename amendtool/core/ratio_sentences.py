"""What each sentence of the amended offer says of its exchange ratio, for the ratio-direction
check (ratio_directions.py): the exercise-price band it states its ratio for, the bare
ratios it prints ("1 for 2") and the ratios it states in words. A long offer prints the
same paragraph in many places (a legend, an answer the section restates): each text is read
once however often it is printed; where it is printed (its paragraph's explanation, its
table's headings, its place) is read by the check for each printing."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from amendtool.core.band_ratios import _BAND, _amount
from amendtool.core.bare_ratios import BARE, bare_matches
from amendtool.core.facts import facts_of
from amendtool.core.materiality_examples import example_wording
from amendtool.core.ratio_statement_words import may_state, worded
from amendtool.core.ratios import is_split_ratio


class SentenceReadings:
    """The readings of one check of one offer: each paragraph's text asked whether it may
    state a ratio, and each sentence read, once."""

    def __init__(self) -> None:
        self.may: dict[str, bool] = {}
        self.sentences: dict[str, SentenceReading | None] = {}

    def may_state(self, text: str) -> bool:
        found = self.may.get(text)
        if found is None:
            found = self.may[text] = may_state(text)
        return found

    def sentence(self, sentence: str) -> SentenceReading | None:
        """None for an example (it illustrates the terms; example_checks reads it)."""
        if sentence not in self.sentences:
            self.sentences[sentence] = _reading(sentence)
        return self.sentences[sentence]


@dataclass(frozen=True)
class SentenceReading:
    """A sentence's band ("" for none), its bare ratios (found once: what the words around
    them are read without, and what is read for its direction) and the ratios it states in
    words."""

    band: str
    found: tuple[re.Match[str], ...]
    values: tuple[Decimal, ...]


def _reading(sentence: str) -> SentenceReading | None:
    wording = example_wording()
    examples = wording[0] if wording else None
    if examples is not None and examples.search(sentence):
        return None
    found = tuple(bare_matches(sentence))
    in_words = worded(BARE.sub(" ", sentence) if found else sentence)
    values = []
    for fact in facts_of(sentence, "ratio") if in_words else ():
        if BARE.fullmatch(fact.text.strip()) or is_split_ratio(sentence, fact.text):
            continue
        value = Decimal(fact.value)
        if value:
            values.append(value)
    return SentenceReading(_band(sentence), found, tuple(values))


def _band(sentence: str) -> str:
    """The exercise-price band the sentence states its ratio for ("$10.00 to $19.99"), ""
    for none: every band prints a dollar sign, so a sentence without one is not read."""
    if "$" not in sentence:
        return ""
    found = _BAND.search(sentence)
    if found is None:
        return ""
    low = found["lo"] or found["from"] or ""
    high = found["hi"] or found["to"] or ("more" if found["from"] else "")
    return f"{_amount(low)}-{_amount(high) if high != 'more' else high}"
