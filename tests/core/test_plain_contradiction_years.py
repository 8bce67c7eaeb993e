"""A date in counsel's plain paragraph is the change's old or new date only when it is that
date: "January 1, 2026" is not the old "January 1, 2025" said as the new one, but a date
neither text states (an error naming it, as the change has a date of its own). A date
written without its year ("January 1") still reads as the change's date of that day."""

from __future__ import annotations

import pytest

from amendtool.core.plain_contradictions import problems

OLD = "Options granted before January 1, 2025 are eligible."
NEW = "Options granted before July 1, 2025 are eligible."


@pytest.mark.parametrize(
    ("paragraph", "wrong", "said"),
    [
        ("Options granted before January 1, 2026 are now eligible.", True,
         "states January 1, 2026, which neither the old text nor the new one states"),
        ("Options granted before December 31, 2025 are now eligible.", True,
         "states December 31, 2025, which neither"),
        ("Options granted before January 1, 2025 are now eligible.", True,
         "states January 1, 2025, the value before this change"),
        ("Options granted before January 1 are now eligible.", True,
         "states January 1, the value before this change"),
        ("The cut-off is now July 1, 2024. It was January 1, 2025.", True,
         "states July 1, 2024, which neither"),
    ],
)  # fmt: skip
def test_a_date_is_the_changes_date_only_in_the_same_year(
    paragraph: str, wrong: bool, said: str
) -> None:
    found = problems(OLD, NEW, paragraph)
    assert [p.wrong for p in found] == [wrong], found
    assert said in found[0].text, found


def test_the_right_dates_say_nothing() -> None:
    assert problems(OLD, NEW, "The cut-off is now July 1, 2025. It was January 1, 2025.") == []
    assert problems(OLD, NEW, "The cut-off is now July 1. It was January 1.") == []
