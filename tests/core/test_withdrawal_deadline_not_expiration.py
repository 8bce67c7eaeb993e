"""A notes tender's withdrawal deadline, before its expiration, is that deadline, not a
second expiration: its table row ("Withdrawal Deadline | Notes may be withdrawn at any time
before 5:00 p.m. … June 5") had been read as one, an error blocked the export and counsel
was told to correct the offer's text."""

from __future__ import annotations

import pytest

from amendtool.core.expirations import stated_expirations

ZONE = "America/New_York"
WITHDRAWAL = (
    "Withdrawal Deadline\tNotes may be withdrawn at any time before 5:00 p.m., New York City "
    "time, on June 5, 2026."
)
EXPIRATION = (
    "Expiration Date\tThe Offer will expire at 5:00 p.m., New York City time, on June 22, "
    "2026, unless extended."
)


def test_a_withdrawal_deadline_row_states_no_expiration() -> None:
    assert stated_expirations(WITHDRAWAL, ZONE) == []
    stated = stated_expirations(EXPIRATION, ZONE)
    assert [d.moment.date().isoformat() for d in stated] == ["2026-06-22"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Withdrawal Deadline\tNotes may be withdrawn until the Expiration Date, 5:00 p.m., New "
        "York City time, on June 22, 2026.",
        "The withdrawal deadline and the Expiration Date are both 5:00 p.m., New York City "
        "time, on June 22, 2026.",
    ],
)
def test_a_withdrawal_deadline_at_the_expiration_still_states_it(sentence: str) -> None:
    assert [d.moment.date().isoformat() for d in stated_expirations(sentence, ZONE)] == [
        "2026-06-22"
    ]
