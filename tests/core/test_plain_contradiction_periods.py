"""Counsel's plain paragraph read against its change for lengths of time and stray figures:
a vesting period written in words ("three years") is a figure like "$12.00", so the change
told the wrong way round is an error and a correct paragraph is not flagged; a figure
neither text states, where the change has one of that kind, is an error export names."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from amendtool.core.amendment import draft_amendment
from amendtool.core.checks import run_checks
from amendtool.core.export_refusal import export_refusal
from amendtool.core.filing import load_filing
from amendtool.core.plain_contradictions import problems
from tests.support.builders import doc

VEST = "Each New RSU will vest in equal annual installments over {} from the date of grant."
WAIT = "You may withdraw within {} after the offer expires."


@pytest.mark.parametrize(
    ("old", "new", "right", "reversed_"),
    [
        (VEST.format("three years"), VEST.format("four years"), "four years", "three years"),
        (VEST.format("three years"), VEST.format("four years"), "48 months", "36 months"),
        (
            WAIT.format("ten business days"),
            WAIT.format("five business days"),
            "5 business days",
            "10 business days",
        ),
        (WAIT.format("two weeks"), WAIT.format("30 days"), "thirty days", "14 days"),
    ],
    ids=["schedule-in-words", "schedule-in-months", "business-days", "weeks-to-days"],
)
def test_lengths_of_time_are_figures(old: str, new: str, right: str, reversed_: str) -> None:
    assert problems(old, new, f"It is now {right}. It was {reversed_}.") == []
    assert problems(old, new, f"You now have {right} instead of {reversed_}.") == []
    [wrong] = problems(old, new, f"It is now {reversed_} instead of {right}.")
    assert wrong.wrong and "wrong way round" in wrong.text, wrong


@pytest.mark.parametrize(
    ("old", "new", "paragraph"),
    [
        (
            "Options are eligible.",
            "Options are eligible if the price is at least $12.00.",
            "The price must now be at least $11.00.",
        ),
        (VEST.format("three years"), VEST.format("four years"), "They now vest over five years."),
        (
            "The offer covers 10% of the shares.",
            "The offer covers 12% of the shares.",
            "The offer now covers 15% of the shares.",
        ),
    ],
    ids=["amount", "period", "percent"],
)
def test_a_figure_of_the_changes_kind_that_neither_text_states_is_wrong(
    old: str, new: str, paragraph: str
) -> None:
    [problem] = problems(old, new, paragraph)
    assert problem.wrong and "neither the old text nor the new one states" in problem.text


def test_a_figure_of_another_kind_is_still_only_named() -> None:
    old, new = VEST.format("three years"), VEST.format("four years")
    [problem] = problems(old, new, "They now vest over four years. Talk to us by $5.00.")
    assert not problem.wrong, problem


def test_export_names_a_wrong_amount_in_counsels_paragraph(example_filing_toml: Path) -> None:
    filing = dataclasses.replace(
        load_filing(example_filing_toml), notice_style="plain", notice_explanation=""
    )
    old = [("5. Conditions", ["The offer has no price condition."])]
    new = [("5. Conditions", ["The offer is conditioned on a share price of at least $12.00."])]
    amendment = draft_amendment(doc(old), doc(new), filing)
    amendment.change_items[0].set_plain_summary("The share price must now be at least $11.00.")
    [error] = [f for f in run_checks(amendment) if f.code == "plain_facts"]
    assert error.severity == "error" and "$11.00" in error.message
    refusal = export_refusal(run_checks(amendment), amendment)
    assert refusal is not None and "item A" in refusal, refusal
