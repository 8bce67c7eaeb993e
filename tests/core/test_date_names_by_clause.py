"""A date is named for what its own clause says of it: a note's "joined the company on" date
beside a grant table or an eligibility rule is neither "the grant-date cut-off for
eligibility" nor "a grant date" (a reason counsel would have to correct, and the notice
would tell employees of a cut-off the offer does not have)."""

from __future__ import annotations

import pytest

from amendtool.core.fact_names import describe_facts
from amendtool.core.facts import changed_facts
from amendtool.core.materiality_rules import house_rules

RULE = "Options granted before March 1, 2025 are eligible options under the plan."


@pytest.mark.parametrize(
    ("old", "new", "named"),
    [
        (
            f"{RULE} (2) Ms. Ramaswamy joined Tarnwood on January 6, 2025.",
            f"{RULE} (2) Ms. Ramaswamy joined Tarnwood on February 3, 2025.",
            "Changes a date from January 6, 2025 to February 3, 2025",
        ),
        (
            "Options granted on or before January 6, 2025 are eligible options.",
            "Options granted on or before February 3, 2025 are eligible options.",
            "the grant-date cut-off for eligibility",
        ),
    ],
)
def test_a_date_is_named_by_its_own_clause(old: str, new: str, named: str) -> None:
    reason = describe_facts(changed_facts(old, new), house_rules(), old)
    assert named in reason, reason
