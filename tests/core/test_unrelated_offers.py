"""Another offer is not a revision of this one, however much boilerplate the two share.

Counsel compare what makes an offer this offer: the issuer, wherever the offer names it (its
title, or the opening sentence that defines "we"), and the securities it seeks (the "6.25%
Senior Notes due 2027", not the issuer's other notes). A real revision renames defined terms
("Kestrel" → "the Company"), changes the amount sought, adds a class: it is never refused.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.errors import InputError
from amendtool.core.model import Document
from amendtool.core.unrelated_revision import refuse_unrelated
from tests.support.builders import doc

TERMS = [
    "We will accept for exchange all Eligible Options properly tendered and not validly "
    "withdrawn before the expiration date. You may withdraw your tendered options at any "
    "time before the expiration date.",
    "The offer is subject to the conditions described in this section. We may waive any of "
    "them in our discretion before the expiration date.",
]


def option_offer(issuer: str, short: str, program: str = "Option Exchange Program") -> Document:
    """An option exchange whose title opens with the offer, the issuer named only in the
    opening sentence."""
    return doc(
        [
            (
                "",
                [
                    "OFFER TO EXCHANGE OUTSTANDING OPTIONS FOR NEW OPTIONS",
                    f'{issuer} ("{short}," "we" or "us") is offering eligible employees the '
                    "opportunity to exchange outstanding options to purchase shares of our "
                    'common stock for new options (the "New Options") on the terms described '
                    f'in this Offer to Exchange (the "{program}").',
                ],
            ),
            ("1. Eligibility; Expiration Date.", TERMS),
        ]
    )


def notes_offer(notes: str, amount: str = "any and all") -> Document:
    """A cash tender offer for one series of the issuer's notes."""
    return doc(
        [
            (
                "",
                [
                    "OFFER TO PURCHASE FOR CASH",
                    f"{amount.upper()} OF ITS OUTSTANDING {notes.upper()}",
                    'Tarrant Ridge Energy Co. (the "Company") is offering to purchase for cash '
                    f'{amount} of its outstanding {notes} (the "Notes") on the terms described '
                    "in this Offer to Purchase.",
                ],
            ),
            ("1. Terms of the Offer.", [t.replace("Eligible Options", "Notes") for t in TERMS]),
        ]
    )


def test_another_issuer_named_only_in_the_opening_sentence_is_refused(tmp_path: Path) -> None:
    original = option_offer("Kestrel Robotics, Inc.", "Kestrel")
    other = option_offer("Marlow Biotherapeutics Corp.", "Marlow")
    with pytest.raises(InputError) as raised:
        refuse_unrelated(original, other, tmp_path / "other.txt")
    said = str(raised.value)
    assert "Marlow Biotherapeutics Corp." in said and "Kestrel Robotics, Inc." in said
    assert "not a revision" in said and "choose the revised offer" in said


def test_the_issuers_offer_for_other_securities_is_refused(tmp_path: Path) -> None:
    original = notes_offer("6.25% Senior Notes due 2027")
    other = notes_offer("7.50% Senior Notes due 2030")
    with pytest.raises(InputError) as raised:
        refuse_unrelated(original, other, tmp_path / "other.txt")
    said = str(raised.value)
    assert "7.50% Senior Notes due 2030" in said and "6.25% Senior Notes due 2027" in said
    assert "not a revision" in said


def test_a_revision_renaming_defined_terms_passes(tmp_path: Path) -> None:
    original = option_offer("Kestrel Robotics, Inc.", "Kestrel")
    renamed = option_offer("Kestrel Robotics, Inc.", "the Company", program="Exchange Program")
    refuse_unrelated(original, renamed, tmp_path / "revised.txt")  # raises nothing


def test_a_revision_changing_the_amount_sought_passes(tmp_path: Path) -> None:
    original = notes_offer("6.25% Senior Notes due 2027")
    amount = "up to $50,000,000 aggregate principal amount"
    revised = notes_offer("6.25% Senior Notes due 2027", amount=amount)
    refuse_unrelated(original, revised, tmp_path / "revised.txt")  # raises nothing
