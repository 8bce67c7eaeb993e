"""A period the offer names is said by its name in the plain notice: "The vesting period is
now two years", never "[name this period for employees]"; a figure of "the X of the New
Options" is the X of the New Options, never "the options". Where the sentence names no
period, the placeholder stays for counsel (the tool does not guess)."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.plain_notice import plain_paragraphs
from tests.support.materiality import NAMED_COVER, amended
from tests.support.plain import plain_filing

TERMS = "5. Terms of New Options."


def _said(filing_toml: Path, old: str, new: str) -> str:
    amendment = amended(plain_filing(filing_toml), TERMS, [old], [new], NAMED_COVER)
    [paragraph] = plain_paragraphs(amendment)
    return paragraph.text


@pytest.mark.parametrize(
    ("old", "new", "said"),
    [
        (
            "New Options vest over a period of three years from the grant date.",
            "New Options vest over a period of two years from the grant date.",
            "The vesting period is now two years. It was three years.",
        ),
        (
            "New Options will vest in equal annual installments over three years.",
            "New Options will vest in equal annual installments over four years.",
            "The vesting period is now four years. It was three years.",
        ),
        (
            "The vesting period of the New Options is three years.",
            "The vesting period of the New Options is two years.",
            "The vesting period of the New Options is now two years. It was three years.",
        ),
        (
            "The exercise price of the New Options is $5.00.",
            "The exercise price of the New Options is $6.00.",
            "The exercise price of the New Options is now $6.00. It was $5.00.",
        ),
        (
            "Options expire ten years after grant.",
            "Options expire seven years after grant.",
            "The term of the options is now seven years. It was ten years.",
        ),
    ],
)
def test_a_period_or_figure_the_offer_names_is_said_by_its_name(
    example_filing_toml: Path, old: str, new: str, said: str
) -> None:
    text = _said(example_filing_toml, old, new)
    assert text.startswith(said), text
    assert "[" not in text, text


def test_a_period_no_words_name_keeps_the_placeholder(example_filing_toml: Path) -> None:
    text = _said(
        example_filing_toml,
        "Directors are not eligible for 30 days.",
        "Directors are not eligible for 45 days.",
    )
    assert "[name this period for employees]" in text, text
