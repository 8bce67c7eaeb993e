"""Proposals as a securities lawyer reads the words, each class both ways:
* a word of the same meaning ("promptly after" → "promptly following") is clarifying, in a
  procedure too; a word that changes a time ("after" → "before") is not;
* a sentence that only says what the company does ("Kestrel designs" → "designs and sells")
  describes the company: clarifying, though its section is "Information Concerning Kestrel";
  a change of its financial words or figures is still financial information;
* the consideration made discretionary ("We will grant the New Options" → "We may grant")
  is a change in the consideration (10 business days), and so is the reverse; a "will" made
  "may" in a procedure is material, not consideration."""

from __future__ import annotations

import pytest

from amendtool.core.materiality import propose
from tests.support.materiality import drafted

ACCEPT = "5. Acceptance of Options for Exchange."
ABOUT = "9. Information Concerning Kestrel."
TERMS = "8. Source and Amount of Consideration; Terms of New Options."


def proposed(heading: str, old: str, new: str) -> tuple[str, str]:
    [item] = drafted(heading, [old], [new])
    proposal = propose(item)
    return proposal.materiality.value, proposal.reason


def test_following_for_after_is_clarifying() -> None:
    old = "We will accept Eligible Options properly tendered promptly after the expiration date."
    materiality, reason = proposed(ACCEPT, old, old.replace("after", "following"))
    assert materiality == "clarifying", reason


def test_before_for_after_is_not() -> None:
    old = "We will accept Eligible Options properly tendered promptly after the expiration date."
    materiality, reason = proposed(ACCEPT, old, old.replace("after", "before"))
    assert materiality == "material", reason


def test_what_the_company_does_is_a_description() -> None:
    materiality, reason = proposed(
        ABOUT,
        "Kestrel designs laboratory instruments.",
        "Kestrel designs and sells laboratory instruments.",
    )
    assert materiality == "clarifying", reason
    assert "financial" not in reason, reason


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "Kestrel designs laboratory instruments and had revenue of $5 million.",
            "Kestrel designs laboratory instruments and had revenue of $6 million.",
        ),
    ],
    ids=["figures"],
)
def test_financial_information_stays_material(old: str, new: str) -> None:
    materiality, reason = proposed(ABOUT, old, new)
    assert materiality == "material", reason


@pytest.mark.parametrize(("old", "new"), [("will", "may"), ("may", "will")])
def test_the_consideration_made_discretionary_is_consideration(old: str, new: str) -> None:
    text = "We {} grant the New Options on the first business day after the expiration date."
    materiality, reason = proposed(TERMS, text.format(old), text.format(new))
    assert materiality == "consideration", reason
    assert f"“{old}” → “{new}”" in reason, reason


def test_a_procedure_made_discretionary_is_material() -> None:
    text = "We {} send you a confirmation of your election by e-mail."
    materiality, reason = proposed(ACCEPT, text.format("will"), text.format("may"))
    assert materiality == "material", reason
