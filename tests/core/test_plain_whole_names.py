"""A figure's name in the plain notice is a whole noun phrase ("the minimum period for which
we will keep the offer open") or a marked placeholder for counsel: never a fragment taken
from after a pronoun or a verb of its clause ("The open is now 25 business days")."""

from __future__ import annotations

import itertools

import pytest

from amendtool.core.plain_facts import fact_changes
from amendtool.core.plain_summary import fact_sentences
from amendtool.core.wording import house_wording

HEADS = ("minimum period", "period", "number of days", "maximum period")
CLAUSES = (
    "for which we will keep it open",
    "during which you may withdraw them",
    "within which we will pay for it",
    "over which they vest",
    "for which it must remain open",
)


def _said(old: str, new: str) -> str:
    changes, _ = fact_changes(old, new)
    return " ".join(fact_sentences(changes, house_wording()))


@pytest.mark.parametrize(("head", "clause"), list(itertools.product(HEADS, CLAUSES)))
def test_a_name_completed_by_a_relative_clause_is_said_whole(head: str, clause: str) -> None:
    old = f"The {head} {clause} is 20 business days."
    said = _said(old, old.replace("20", "25"))
    named = said.split(" is now ")[0]
    assert named.startswith(f"The {head} ") or "[name this" in named, said
    assert said.split(" is now ")[1].startswith("25"), said


@pytest.mark.parametrize(
    "old",
    [
        "We will keep it open is 20 business days.",
        "The offer stays open for which it is 20 business days.",
        "If we extend it the term of the offer we keep it open is 20 business days.",
    ],
)
def test_a_word_after_a_pronoun_is_never_the_name(old: str) -> None:
    said = _said(old, old.replace("20", "25"))
    named = said.split(" is now ")[0].removeprefix("The ")
    assert named not in ("open", "it", "offer"), said
    assert len(named.split()) > 1 or named.startswith("["), said


def test_the_offers_own_sentence_names_the_offer_not_it() -> None:
    old = "The minimum period for which we will keep it open is 20 business days."
    assert _said(old, old.replace("20", "25")).startswith(
        "The minimum period for which we will keep the offer open is now 25 business days. "
        "It was 20 business days."
    )


@pytest.mark.parametrize(
    ("old", "said"),
    [
        (
            "There are 340 employees who hold Eligible Options.",
            "The number of employees who hold Eligible Options is now 355.",
        ),
        (
            "There were 340 employees who held New RSUs on the grant date.",
            "The number of employees who held New RSUs on the grant date is now 355.",
        ),
    ],
)
def test_a_count_that_opens_there_are_is_named_by_its_relative_clause(old: str, said: str) -> None:
    text = _said(old, old.replace("340", "355"))
    assert text.startswith(said), text


@pytest.mark.parametrize(
    ("old", "said"),
    [
        (
            "The New RSUs will vest over a period of 24 months.",
            "The period over which the New RSUs will vest is now 36 months.",
        ),
        (
            "Each New RSU vests over a period of 24 months.",
            "The period over which each New RSU vests is now 36 months.",
        ),
        (
            "We will pay you within a period of 24 months.",
            "The period within which we will pay you is now 36 months.",
        ),
    ],
)
def test_a_period_of_is_named_by_its_clause(old: str, said: str) -> None:
    text = _said(old, old.replace("24", "36"))
    assert text.startswith(said), text


def test_a_period_no_clause_names_is_left_for_counsel_never_said_bare() -> None:
    old = (
        "Each New RSU will vest in equal monthly installments and quarterly over a period "
        "of 24 months."
    )
    text = _said(old, old.replace("24", "36"))
    assert not text.startswith("The period is now"), text
