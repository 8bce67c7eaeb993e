"""Words quoted as counsel quote them: a word changed inside a name is quoted with the whole
name ("Nasdaq National Market" → "Nasdaq Global Select Market"), and a word put in before a
noun is quoted with the noun it qualifies ("the expiration date" → "the scheduled expiration
date"), never as a word inserted after "after the"."""

from __future__ import annotations

import pytest

from amendtool.core.drafting import draft_items
from amendtool.core.items import ItemKind
from tests.support.builders import doc

HEADING = "6. Price Range of Shares"
OTHER = "We have never paid a cash dividend on our common stock."


@pytest.mark.parametrize(
    ("old", "new", "quoted"),
    [
        (
            "Our common stock is quoted on the Nasdaq National Market under the symbol ACME.",
            "Our common stock is quoted on the Nasdaq Global Select Market under the symbol ACME.",
            ("Nasdaq National Market", "Nasdaq Global Select Market"),
        ),
        (
            "You may withdraw your options at any time before the expiration date of the offer.",
            "You may withdraw your options at any time before the scheduled expiration date of "
            "the offer.",
            ("the expiration date", "the scheduled expiration date"),
        ),
    ],
)
def test_words_are_quoted_with_the_name_or_noun_they_change(
    old: str, new: str, quoted: tuple[str, str]
) -> None:
    (item,) = draft_items(doc([(HEADING, [old, OTHER])]), doc([(HEADING, [new, OTHER])])).items
    assert item.kind is ItemKind.REPLACE_WORDS
    assert (item.old_words, item.new_words) == quoted
