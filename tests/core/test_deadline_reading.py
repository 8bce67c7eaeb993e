"""The checks read the offer's stated deadlines in every sentence, and several checks ask
for the same sentences: each sentence is read once, and only one that names a time of day
is searched for a date and time at all (most of a long offer names none)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from amendtool.core import facts, stated_deadlines
from amendtool.core.stated_deadlines import deadlines

ZONE = "America/New_York"
STATED = "The offer expires at 11:59 p.m., Eastern Time, on September 27, 2026."


class CountingPattern:
    """The deadline pattern, its searches counted."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.searched: list[str] = []

    def finditer(self, text: str):  # type: ignore[no-untyped-def]
        self.searched.append(text)
        return self.pattern.finditer(text)


@pytest.fixture
def searches(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    counting = CountingPattern(stated_deadlines._DEADLINE)
    monkeypatch.setattr(stated_deadlines, "_DEADLINE", counting)
    facts.clear_caches()
    return counting.searched


def test_each_sentence_is_searched_once_and_only_when_it_names_a_time(
    searches: list[str],
) -> None:
    plain = "Each holder may withdraw options on September 27, 2026, under the plan."
    for _ in range(3):
        assert deadlines(plain, ZONE) == []
        found = deadlines(STATED, ZONE)
        assert [d.moment for d in found] == [
            dt.datetime(2026, 9, 27, 23, 59, tzinfo=found[0].moment.tzinfo)
        ]
        assert found[0].text == "11:59 p.m., Eastern Time, on September 27, 2026"
    assert searches == [STATED]


def test_a_deadline_read_again_is_its_own_list_in_the_zone_asked(searches: list[str]) -> None:
    first = deadlines(STATED, ZONE)
    first.clear()  # a caller's list is its own
    assert len(deadlines(STATED, ZONE)) == 1
    unnamed = "Options may be tendered until 5:00 p.m. on September 27, 2026."
    eastern, central = deadlines(unnamed, ZONE), deadlines(unnamed, "America/Chicago")
    assert eastern[0].moment - central[0].moment == dt.timedelta(hours=-1)
