"""Curly quotation marks as a typesetter sets them: a mark that stands for left-out letters or
digits is an apostrophe (’) even at the start of a word, never an opening quotation mark."""

from __future__ import annotations

import pytest

from amendtool.core.typography import curly_quotes


@pytest.mark.parametrize(
    ("straight", "curly"),
    [
        ("in the '90s", "in the ’90s"),
        ("the class of '08 and '99", "the class of ’08 and ’99"),
        ("rock 'n' roll", "rock ’n’ roll"),
        ("tell 'em 'til noon", "tell ’em ’til noon"),
        ("('90s prices)", "(’90s prices)"),
        ("'Tis the season", "’Tis the season"),
    ],
)
def test_left_out_letters_and_digits_take_an_apostrophe(straight: str, curly: str) -> None:
    assert curly_quotes(straight) == curly


@pytest.mark.parametrize(
    ("straight", "curly"),
    [
        ("the 'Offer' and the \"Shares\"", "the ‘Offer’ and the “Shares”"),
        ("the Company's Shares", "the Company’s Shares"),
        ("holders' rights", "holders’ rights"),
        ("'90-day' period", "‘90-day’ period"),
        ("'emerging' market", "‘emerging’ market"),
    ],
)
def test_quotations_still_open_and_close(straight: str, curly: str) -> None:
    assert curly_quotes(straight) == curly
