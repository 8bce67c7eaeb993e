"""Counsel's plain paragraph is read against the facts of its change: the old value stated as
the new one, or a value the change does not contain, is a warning in `check` and under the
Plain tab's editor (the same words); the old value stated as the new is an error."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from amendtool.core.amendment import draft_amendment
from amendtool.core.checks import run_checks
from amendtool.core.filing import FilingDetails, load_filing
from amendtool.core.plain_contradictions import contradictions
from tests.support.builders import doc

OLD = "Options with an exercise price of $20.00 or more are eligible."
NEW = "Options with an exercise price of $17.50 or more are eligible."


@pytest.mark.parametrize(
    "paragraph",
    [
        "The minimum exercise price is now $17.50. It was $20.00.",
        "We lowered the minimum exercise price from $20.00 to $17.50.",
        "More of your options may now be eligible.",
        "The minimum price is now $17.50 (previously $20.00).",
    ],
)
def test_a_paragraph_that_agrees_with_the_change_is_not_flagged(paragraph: str) -> None:
    assert contradictions(OLD, NEW, paragraph) == []


def test_the_old_value_stated_as_the_new_one_is_named() -> None:
    [problem] = contradictions(OLD, NEW, "The minimum exercise price is now $20.00.")
    assert problem == (
        "states $20.00, the value before this change, as if it were the new one (the change "
        "makes it $17.50)"
    )


def test_a_value_the_change_does_not_contain_is_named() -> None:
    [problem] = contradictions(OLD, NEW, "The minimum exercise price is now $17.00. It was $20.00.")
    assert problem == (
        "states $17.00, which neither the old text nor the new one states (the change is "
        "$20.00 to $17.50)"
    )


def test_the_offers_deadline_named_beside_the_change_is_not_a_stray_value() -> None:
    paragraph = "The minimum exercise price is now $17.50. Decide before April 23, 2026."
    deadline = "11:59 p.m., Eastern Daylight Time, on Thursday, April 23, 2026"
    assert contradictions(OLD, NEW, paragraph, deadline) == []
    [problem] = contradictions(OLD, NEW, paragraph)
    assert problem.startswith("states April 23, 2026, which neither the old text nor the new")


def test_check_flags_counsels_paragraph_only(example_filing_toml: Path) -> None:
    filing: FilingDetails = dataclasses.replace(
        load_filing(example_filing_toml), notice_style="plain", notice_explanation=""
    )
    spec = [("1. Eligibility", [OLD])]
    amendment = draft_amendment(doc(spec), doc([("1. Eligibility", [NEW])]), filing)
    assert not [f for f in run_checks(amendment) if f.code == "plain_facts"]
    expiration = amendment.filing.expiration
    deadline = f"Decide by {expiration:%B} {expiration.day}, {expiration.year}."
    amendment.change_items[0].set_plain_summary(f"The minimum price is now $20.00. {deadline}")
    [error] = [f for f in run_checks(amendment) if f.code == "plain_facts"]
    assert error.severity == "error" and error.item == 0  # the old value said as the new
    assert error.message == (
        "item A: counsel's plain paragraph states $20.00, the value before this change, as if "
        "it were the new one (the change makes it $17.50)"
    )
