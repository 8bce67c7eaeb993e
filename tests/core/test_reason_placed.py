"""A class proposed from the section a change is printed in, not from the changed words, has
a reason that says so: a paragraph about sending option agreements, added under
"Conditions of the Offer", does not "change the conditions of the offer"."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import load_filing
from amendtool.core.items import Materiality
from tests.support.builders import doc

FRONT = ("", ["Halverton offers to exchange options for new options."])
CONDITIONS = [
    "We will not accept options if a material adverse change occurs in our business.",
    "Our board may waive any condition in its discretion.",
]
SENDING = "Three business days after the offer ends we will send you a new option agreement."
WAIVING = "Our board may not waive the condition on the listing of our shares."


@pytest.mark.parametrize(
    ("added", "reason"),
    [
        (SENDING, "In the part of the offer titled “Conditions of the Offer”: "),
        (WAIVING, "Changes the conditions of the offer: "),
    ],
)
def test_the_reason_says_where_when_the_words_do_not_name_the_subject(
    example_filing_toml: Path, added: str, reason: str
) -> None:
    original = doc([FRONT, ("2. Conditions of the Offer", CONDITIONS)])
    revised = doc([FRONT, ("2. Conditions of the Offer", [CONDITIONS[0], added, CONDITIONS[1]])])
    [item] = draft_amendment(original, revised, load_filing(example_filing_toml)).items
    assert item.materiality is Materiality.MATERIAL  # still weighed as the section reads
    assert item.materiality_reason.startswith(reason), item.materiality_reason


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ("Section 5. Acceptance of Rights", "Acceptance of Rights"),
        ("5. Acceptance of Rights", "Acceptance of Rights"),
        ("Section 7. Conditions to Completion", "Conditions to Completion"),
        ("3. Procedures for Electing to Exchange", "Procedures for Electing to Exchange"),
    ],
)
def test_the_part_named_is_the_sections_own_title_not_a_subject(
    example_filing_toml: Path, heading: str, title: str
) -> None:
    """A section whose title only hints at a subject ("Acceptance of Rights" → procedures)
    is named by its own title, which is what a reader finds in the offer."""
    body = [
        "We will accept all properly tendered rights promptly after the expiration date.",
        "We will grant the new units on the first business day after the expiration date.",
    ]
    changed = [body[0], "We will grant the new units on the expiration date."]
    original = doc([FRONT, (heading, body)])
    revised = doc([FRONT, (heading, changed)])
    [item] = draft_amendment(original, revised, load_filing(example_filing_toml)).items
    assert item.materiality_reason.startswith(f"In the part of the offer titled “{title}”"), (
        item.materiality_reason
    )
    assert "on procedures" not in item.materiality_reason


def test_a_new_form_of_consideration_is_said_before_the_eligibility_words_around_it(
    example_filing_toml: Path,
) -> None:
    """ "options" → "restricted stock units" on the cover, in a sentence that also says who
    is eligible: the reason names the change of form, not eligibility."""
    cover = "Halverton is offering eligible employees the opportunity to exchange outstanding "
    original = doc([(FRONT[0], [cover + "options for new options."]), ("1. Terms", ["Text."])])
    revised = doc(
        [(FRONT[0], [cover + "options for restricted stock units."]), ("1. Terms", ["Text."])]
    )
    [item] = draft_amendment(original, revised, load_filing(example_filing_toml)).items
    assert item.materiality is Materiality.CONSIDERATION
    assert item.materiality_reason.startswith("May change the form of consideration"), (
        item.materiality_reason
    )
