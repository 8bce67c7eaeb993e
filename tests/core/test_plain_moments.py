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
