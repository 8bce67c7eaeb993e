"""The plain notice says what an amount is paid for in the offer's own defined term, never a
shortened one: "for each Eligible Unit Option", not "for each Eligible Unit" (an employee
reads a per-unit price where the offer pays per option)."""

from __future__ import annotations

import pytest

from amendtool.core.plain_facts import fact_changes
from amendtool.core.plain_summary import fact_sentences
from amendtool.core.wording import house_wording


def _said(old: str, new: str) -> str:
    changes, _ = fact_changes(old, new)
    (change,) = [c for c in changes if c.kind == "money"]
    return fact_sentences([change], house_wording())[0]


@pytest.mark.parametrize(
    ("frame", "unit"),
    [
        ("We will pay {} in cash for each Eligible Unit Option you exchange.",
         "Eligible Unit Option"),
        ("We will pay {} in cash for each Eligible Share Unit Award you tender.",
         "Eligible Share Unit Award"),
        ("The purchase price will be {} per Depositary Share Unit, net in cash.",
         "Depositary Share Unit"),
        ("We will pay {} in cash for each restricted share option you exchange.",
         "restricted share option"),
    ],
)  # fmt: skip
def test_the_unit_is_the_offers_whole_term(frame: str, unit: str) -> None:
    said = _said(frame.format("$1.25"), frame.format("$1.40"))
    assert f" {unit} " in said or f" {unit}." in said, said
    assert "$1.40" in said and "$1.25" in said, said


def test_a_unit_ends_where_the_offers_term_ends() -> None:
    said = _said(
        "The purchase price will be $25.50 per Preferred Share in cash.",
        "The purchase price will be $26.25 per Preferred Share in cash.",
    )
    assert "per Preferred Share is now $26.25" in said, said
