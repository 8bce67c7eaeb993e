"""A date and a time that move together in one sentence ("after May 28, 2026 at 5:00 p.m."
to "after May 29, 2026 at 6:00 p.m.") are one moment in the notice, said whole under the
name its sentence gives it, never a named date beside an unnamed time; and a pronoun in that
name ("withdraw them") is said by what it stands for."""

from __future__ import annotations

import pytest

from amendtool.core.plain_facts import fact_changes
from amendtool.core.plain_summary import fact_sentences
from amendtool.core.wording import house_wording

SENTENCES = [
    "You may also withdraw them at any time after {date}, 2026 at {time}.",
    "You may also withdraw them at any time after {time} on {date}, 2026.",
    "We will return any Notes not accepted by {time}, Eastern Time, on {date}, 2026.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_date_and_time_moved_together_are_one_moment(sentence: str) -> None:
    old = sentence.format(date="May 28", time="5:00 p.m.")
    new = sentence.format(date="May 29", time="6:00 p.m.")
    changes, _ = fact_changes(old, new)
    said = fact_sentences(changes, house_wording())
    assert len(said) == 1, said
    assert "6:00 p.m." in said[0] and "May 29, 2026" in said[0], said
    assert "5:00 p.m." in said[0] and "May 28, 2026" in said[0], said
    assert "[name this time" not in said[0], said
    assert "withdraw them" not in said[0], said


def test_a_date_in_an_added_sentence_is_not_the_old_date_moved() -> None:
    """The expiration taken out of one sentence and a new withdrawal date put in another are
    two facts: the notice never says the one became the other."""
    old = (
        "You may withdraw your tendered Eligible Options at any time before the expiration "
        "of the offer at 11:59 p.m., Eastern Time, on April 29, 2026."
    )
    new = (
        "You may withdraw your tendered Eligible Options at any time before the expiration "
        "of the offer. In addition, if we have not accepted your tendered Eligible Options by "
        "May 28, 2026, you may withdraw them at any time after that date."
    )
    changes, rest_changed = fact_changes(old, new)
    said = " ".join(fact_sentences(changes, house_wording()))
    assert "It was April 29, 2026" not in said, said
    assert rest_changed  # the words tell it: counsel explains
