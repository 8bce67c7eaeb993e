"""Counsel's plain paragraph is read figure by figure for the role each figure plays: the value
it states as the new one, and the value it states as the old one ("up from", "it was", "from …
to …"), are compared with the change's old and new figures, never as a bag of numbers. A price
stated the wrong way round is an error; a figure the offer states in other words ("1,500,000
outstanding restricted stock units" said as "1,500,000 RSUs") is no stray value; and a change
of words alone still has counsel's stray figures named."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from amendtool.core.amendment import draft_amendment
from amendtool.core.checks import run_checks
from amendtool.core.filing import load_filing
from amendtool.core.plain_contradictions import contradictions
from tests.support.builders import doc

OLD = (
    "Lakeshore is offering to purchase for cash up to 1,200,000 outstanding restricted stock "
    "units held by eligible employees, at a price of $3.10 per Eligible RSU."
)
NEW = OLD.replace("1,200,000", "1,500,000").replace("$3.10", "$3.25")
TAX_OLD = "The cash payment you receive will be treated as ordinary compensation income."
TAX_NEW = "The cash payment you receive is ordinary compensation income, and tax is withheld."


@pytest.mark.parametrize(
    "paragraph",
    [
        "We will now buy up to 1,500,000 RSUs. We will pay you $3.25 for each RSU, up from $3.10.",
        "The price goes from $3.10 to $3.25 for each RSU.",
        "We will pay $3.25 for each RSU. It was $3.10.",
        "The price is now $3.25, not $3.10.",
        "We raised the price to $3.25 for each RSU (previously $3.10).",
    ],
)
def test_figures_in_their_right_roles_are_not_flagged(paragraph: str) -> None:
    assert contradictions(OLD, NEW, paragraph) == []


def test_a_price_stated_the_wrong_way_round_is_named() -> None:
    paragraph = (
        "We will now buy up to 1,500,000 RSUs. We will pay you $3.10 for each RSU, up from $3.25."
    )
    assert contradictions(OLD, NEW, paragraph) == [
        "states the change the wrong way round: $3.10 as the new value and $3.25 as the old one "
        "(the change is $3.10 to $3.25)"
    ]


def test_from_and_to_swapped_is_named() -> None:
    [problem] = contradictions(OLD, NEW, "The price goes from $3.25 to $3.10.")
    assert problem.startswith("states the change the wrong way round: $3.10 as the new value")


def test_the_new_value_stated_as_the_old_one_is_named() -> None:
    [problem] = contradictions(OLD, NEW, "The price for each RSU was $3.25.")
    assert problem == (
        "states $3.25, the value this change gives, as if it were the old one (the change "
        "is $3.10 to $3.25)"
    )


def test_the_old_amount_sought_stated_as_the_new_one_is_named() -> None:
    [problem] = contradictions(OLD, NEW, "We will now buy up to 1,200,000 RSUs.")
    assert problem.startswith("states 1,200,000 RSUs, the value before this change")


def test_a_change_of_words_still_has_a_stray_figure_named() -> None:
    paragraph = "This does not change your taxes. We will pay you $3.50 for each RSU."
    [problem] = contradictions(TAX_OLD, TAX_NEW, paragraph)
    assert problem == (
        "states $3.50, which neither the old text nor the new one states (the change states "
        "no figure)"
    )


def test_a_figure_the_offer_states_elsewhere_is_no_stray_value() -> None:
    paragraph = "This does not change your taxes. We still pay you $3.25 for each RSU."
    assert contradictions(TAX_OLD, TAX_NEW, paragraph, offer=[NEW]) == []
    assert contradictions(TAX_OLD, TAX_NEW, paragraph, offer=[OLD]) != []


def test_check_makes_a_wrong_way_round_paragraph_an_error(example_filing_toml: Path) -> None:
    """Wrong figures in the one document written for employees are never exit 0."""
    filing = dataclasses.replace(
        load_filing(example_filing_toml), notice_style="plain", notice_explanation=""
    )
    amendment = draft_amendment(
        doc([("1. Eligibility", [OLD]), ("5. Taxes", [TAX_OLD])]),
        doc([("1. Eligibility", [NEW]), ("5. Taxes", [TAX_NEW])]),
        filing,
    )
    items = amendment.change_items
    items[0].set_plain_summary("We will pay you $3.10 for each RSU, up from $3.25.")
    items[1].set_plain_summary("Your taxes do not change. We still pay you $3.25 for each RSU.")
    found = [(f.severity, f.item) for f in run_checks(amendment) if f.code == "plain_facts"]
    assert found == [("error", 0)]
    items[1].set_plain_summary("Your taxes do not change. We will pay you $3.50 for each RSU.")
    found = [(f.severity, f.item) for f in run_checks(amendment) if f.code == "plain_facts"]
    assert found == [("error", 0), ("warning", 1)]


def test_a_not_far_before_the_figure_gives_it_no_role() -> None:
    added = "You may also withdraw your RSUs if we have not accepted them by August 7, 2026."
    paragraph = (
        "You can now also withdraw your RSUs if we have not accepted them by August 7, 2026."
    )
    assert contradictions("", added, paragraph) == []
