"""A headcount ("Acme had 210 employees", "the Company had 1,200 employees") describes the
company, not a term of the offer: an update of it, and nothing else, is proposed clarifying
wherever it is printed (counsel may decide otherwise). A count of employees in a sentence on
who is eligible stays as it was. And a sentence that states no term of the offer is never
said to change the consideration because of the title of the section it is printed in."""

from __future__ import annotations

import pytest

from amendtool.core.items import Materiality
from tests.core.test_materiality import drafted


@pytest.mark.parametrize(
    ("heading", "old"),
    [
        ("9. Information Concerning Acme Widgets, Inc.", "Acme had 210 employees as of March 31."),
        (
            "2. Purpose of the Offer",
            "[fn 1] As of December 31, 2022, the Company had 1,200 employees.",
        ),
        ("SUMMARY TERM SHEET", "We have approximately 210 employees worldwide."),
        ("10. Interests of Directors and Officers", "Our 210 employees include 12 officers."),
    ],
)
def test_an_updated_headcount_is_clarifying(heading: str, old: str) -> None:
    new = old.replace("210", "215").replace("1,200", "1,250")
    [item] = drafted(heading, [old], [new])
    assert item.materiality is Materiality.CLARIFYING, item.materiality_reason
    assert "employees" in item.materiality_reason


def test_a_count_of_eligible_employees_is_not_a_headcount() -> None:
    old = ["Options held by 210 eligible employees may be exchanged."]
    [item] = drafted("1. Eligibility", old, [old[0].replace("210", "215")])
    assert item.materiality is not Materiality.CLARIFYING, item.materiality_reason


def test_a_headcount_changed_with_other_words_is_not_only_an_update() -> None:
    old = ["Acme had 210 employees as of March 31."]
    new = ["Acme had 215 employees as of March 31 and will close its Boise plant."]
    [item] = drafted("9. Information Concerning Acme Widgets, Inc.", old, new)
    assert item.materiality is Materiality.MATERIAL, item.materiality_reason


def test_a_sentence_on_deciding_defects_is_not_said_to_change_the_consideration() -> None:
    heading = "2. Cash Payment for Fractional Units"
    old = ["We will decide all questions. Our decision is final. We may waive any defect."]
    new = [old[0].replace("is final.", "is final and binding.")]
    [item] = drafted(heading, old, new)
    assert item.materiality is Materiality.MATERIAL, item.materiality_reason
    assert "consideration" not in item.materiality_reason.lower(), item.materiality_reason
    assert "binding" in item.materiality_reason
