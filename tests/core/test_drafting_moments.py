"""A date and time that move together are one phrase: counsel amend "5:00 p.m., Eastern
Time, on May 3, 2026" by replacing that phrase with "11:59 p.m., Eastern Time, on May 17,
2026", not by restating the sentence or the paragraph that states it, however the phrase is
printed (time first or date first, a weekday, a zone, "12:00 midnight")."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from amendtool.core.apply import apply_sentence_item
from amendtool.core.drafting import draft_items
from amendtool.core.extension import extended_document
from amendtool.core.items import ItemKind
from tests.support.builders import doc
from tests.support.materiality import COVER

CASES = [
    pytest.param(
        "You may withdraw your tendered shares at any time before {}.",
        "5:00 p.m., New York City time, on June 10, 2026",
        "12:00 midnight, New York City time, on June 18, 2026",
        id="withdrawal-midnight",
    ),
    pytest.param(
        "The offer will expire at {}, unless we extend it. We may extend it at any time.",
        "5:00 p.m., Eastern Time, on May 3, 2026",
        "11:59 p.m., Eastern Time, on May 17, 2026",
        id="sentence-of-two",
    ),
    pytest.param(
        "The offer expires at {}.",
        "5:00 p.m., Eastern Time, on Friday, May 1, 2026",
        "11:59 p.m., Eastern Time, on Monday, May 18, 2026",
        id="with-weekday",
    ),
    pytest.param(
        "Elections must be received by {}.",
        "May 3, 2026 at 5:00 p.m. (Pacific Time)",
        "May 17, 2026 at 9:00 p.m. (Pacific Time)",
        id="date-first",
    ),
]


@pytest.mark.parametrize(("sentence", "old", "new"), CASES)
def test_a_date_and_time_moved_together_are_one_phrase_replaced(
    sentence: str, old: str, new: str
) -> None:
    before = [("", [COVER]), ("1. Terms", ["First.", sentence.format(old), "Last."])]
    after = [("", [COVER]), ("1. Terms", ["First.", sentence.format(new), "Last."])]
    items = draft_items(doc(before), doc(after)).items
    assert [i.kind for i in items] == [ItemKind.REPLACE_WORDS], [i.kind for i in items]
    assert (items[0].old_words, items[0].new_words) == (old, new)
    assert apply_sentence_item(sentence.format(old), items[0]) == sentence.format(new)


def test_two_changes_beside_the_moment_are_still_cited_as_the_sentence() -> None:
    """A price changed in the same sentence as the moment is another change: the phrase
    alone would not give the revised sentence, so the sentence is cited as before."""
    old = "The offer expires at 5:00 p.m., Eastern Time, on May 3, 2026, and pays $10.00."
    new = "The offer expires at 11:59 p.m., Eastern Time, on May 17, 2026, and pays $11.00."
    before = [("", [COVER]), ("1. Terms", ["First.", old, "Last."])]
    after = [("", [COVER]), ("1. Terms", ["First.", new, "Last."])]
    items = draft_items(doc(before), doc(after)).items
    assert all(i.old_words != "5:00 p.m., Eastern Time, on May 3, 2026" for i in items)


def test_an_extension_that_moves_the_time_replaces_the_phrase_in_each_place() -> None:
    """`extend` to 12:00 midnight from 5:00 p.m.: every statement of the expiration is one
    phrase replaced, none a paragraph restated."""
    stated = "5:00 p.m., Eastern Time, on April 23, 2026"
    base = doc(
        [
            ("", [COVER]),
            (
                "1. Terms",
                [
                    f"The offer expires at {stated}, unless we extend it.",
                    f"You may withdraw your options at any time before {stated}.",
                ],
            ),
        ]
    )
    zone = ZoneInfo("America/New_York")
    old = dt.datetime(2026, 4, 23, 17, 0, tzinfo=zone)
    new = dt.datetime(2026, 5, 8, 0, 0, tzinfo=zone)  # 12:00 midnight at the end of May 7
    items = draft_items(base, extended_document(base, old, new, "America/New_York")).items
    assert items, "the extension should draft items"
    assert {i.kind for i in items} == {ItemKind.REPLACE_WORDS}, [i.kind for i in items]
    assert {i.old_words for i in items} == {stated}
    assert all("midnight" in (i.new_words or "") for i in items), [i.new_words for i in items]
