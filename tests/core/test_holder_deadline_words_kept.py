"""Whether a text can state a holder's deadline is worked out once for each text: the check
asks it of a paragraph and again of each of its sentences (most paragraphs are one), and a
long offer says the same sentence in many places. Counted, not timed."""

from __future__ import annotations

from amendtool.core import text_cache
from amendtool.core.holder_deadline_words import worth_reading

TEXTS = {
    "You may withdraw until 11:59 p.m., New York City time, on the expiration date.": True,
    "Elections may be changed through December 17, 2026.": True,
    "until the end of the day on which the Offer expires": True,
    "The exercise price was set on March 3, 2021, the grant date.": False,
    "Holders of 1,000 options may exchange them.": False,
}


def test_each_text_is_read_once_however_often_it_is_asked() -> None:
    text_cache.clear_caches()
    for _ in range(3):
        assert {text: worth_reading(text) for text in TEXTS} == TEXTS
    assert text_cache.READS["worth_reading"] == len(TEXTS)
