"""The weekdays printed with a date are read where a weekday is printed, from the text as it
stands: the whole of each output was first made single-spaced and then searched at every
character, for the date or two it holds. What is found is what the old reading found."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from amendtool.core.weekday_dates import _DATED, _MONTHS, _WEEKDAYS, WrongWeekday, wrong_weekdays


def _old(text: str) -> list[WrongWeekday]:
    """The reading before: the whole text single-spaced, then searched."""
    out: list[WrongWeekday] = []
    for match in _DATED.finditer(" ".join(text.split())):
        weekday, month, day, year = match.groups()
        try:
            date = dt.date(int(year), _MONTHS.index(month) + 1, int(day))
        except ValueError:
            continue
        actual = _WEEKDAYS[date.weekday()]
        found = WrongWeekday(match.group(0), actual)
        if actual != weekday and found not in out:
            out.append(found)
    return out


SPACES = [" ", "  ", "\n", "\t", "\xa0", "\u2003", "\u2028", "\x1c", "\x85", " \n "]
PIECES = [
    *_WEEKDAYS,
    *_MONTHS,
    "Sept",
    "day",
    "Mon",
    "x",
    "_",
    "é",
    ",",
    ".",
    "1",
    "26",
    "31",
    "2026",
    "2027",
    "12026",
    "\u0662\u0660\u0662\u0666",  # 2026 in Arabic-Indic digits
    "\u200b",  # no white space, though unseen
    "“",
]
texts = st.lists(st.sampled_from(PIECES + SPACES), max_size=40).map("".join)
dates = st.dates(dt.date(2020, 1, 1), dt.date(2030, 12, 31))


@settings(max_examples=1500, deadline=None)
@given(texts)
def test_the_same_weekdays_are_found(text: str) -> None:
    assert wrong_weekdays(text) == _old(text)


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(_WEEKDAYS),
            dates,
            st.sampled_from(SPACES),
            st.sampled_from(["", ",", ".", "x", " and ", ";"]),
        ),
        max_size=6,
    )
)
def test_the_same_weekdays_are_found_in_dates(printed: list[tuple[str, dt.date, str, str]]) -> None:
    text = "".join(
        f"{weekday},{space}{date:%B}{space}{date.day},{space}{date.year}{after}"
        for weekday, date, space, after in printed
    )
    assert wrong_weekdays(text) == _old(text)
