"""Every change that lets more people or more options into the offer tells the newly
eligible what to do (send an election that includes them), whether the tool reads it from
a figure the offer's words name only around it ("at or above $8.00" under "Eligible
options") or from words (a country added to who may take part, a "not" taken out); a
change that only narrows, or touches no eligibility, never does. A figure the plain
paragraph cannot name by its own sentence is headed by the name the materiality reason
already gives it, never by a placeholder."""

from __future__ import annotations

import pytest

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import FilingDetails
from amendtool.core.plain_notice import plain_paragraphs
from tests.core.test_plain_opening import answers
from tests.core.test_plain_opening import filing as plain_filing
from tests.support.builders import Spec, doc

filing = plain_filing

TERMS = "Summary of Terms"
BASE: Spec = [
    ("", ["Kestrel offers to exchange options for new options."]),
    (
        "1. Who May Participate",
        [
            "You may take part if you are a current employee of Kestrel based in the United "
            "States or Canada when the offer starts and when it ends."
        ],
    ),
    (
        "3. Eligible Options",
        ["An option qualifies if its per-share exercise price is at or above $9.40."],
    ),
    (
        "6. Our Directors and Officers",
        ["Our directors and executive officers may not take part in the offer."],
    ),
    ("7. Additional Information", ["You may obtain our reports without charge."]),
]

WIDER = {
    "country added to a list": (
        "United States or Canada",
        "United States, Canada or the United Kingdom",
    ),
    "negation taken out": ("may not take part", "may take part"),
    "threshold lowered, named only by the section": ("at or above $9.40", "at or above $8.00"),
    "group added with and": ("United States or Canada", "United States or Canada and Mexico"),
}
NOT_WIDER = {
    "country taken out": ("United States or Canada", "United States"),
    "negation put in": (
        "may take part if you are a current",
        "may not take part if you are a current",
    ),
    "threshold raised": ("at or above $9.40", "at or above $10.00"),
    "no eligibility": ("reports without charge", "reports at no cost"),
    "a condition added with and": (
        "United States or Canada when",
        "United States or Canada and you hold vested options when",
    ),
    "a condition added with a comma": (
        "United States or Canada when",
        "United States or Canada, if you are a full-time employee, when",
    ),
}
NEWLY = "If you are newly eligible"


def _said(filing: FilingDetails, swap: tuple[str, str]) -> dict[str, str]:
    new = [(h, [p.replace(*swap) for p in ps]) for h, ps in BASE]
    assert new != BASE, swap
    return answers(draft_amendment(doc(BASE), doc(new), filing))


@pytest.mark.parametrize("case", sorted(WIDER))
def test_a_change_letting_more_in_tells_the_newly_eligible_what_to_do(
    filing: FilingDetails, case: str
) -> None:
    said = _said(filing, WIDER[case])
    action = said["Do you need to do anything?"]
    assert NEWLY in action and "that includes them" in action, action


@pytest.mark.parametrize("case", sorted(NOT_WIDER))
def test_a_change_letting_no_one_in_says_nothing_of_the_newly_eligible(
    filing: FilingDetails, case: str
) -> None:
    said = _said(filing, NOT_WIDER[case])
    assert "newly eligible" not in said["Do you need to do anything?"], case


def test_a_threshold_is_headed_by_the_name_the_reason_gives_it(filing: FilingDetails) -> None:
    swap = ("at or above $9.40", "at or above $8.00")
    new = [(h, [p.replace(*swap) for p in ps]) for h, ps in BASE]
    amendment = draft_amendment(doc(BASE), doc(new), filing)
    (item,) = amendment.change_items
    assert "minimum exercise price of eligible options" in item.materiality_reason
    (paragraph,) = plain_paragraphs(amendment)
    assert "[" not in paragraph.heading and "[" not in paragraph.summary.text
    assert paragraph.heading.lower().startswith("minimum exercise price of eligible options")
    assert "is now $8.00. It was $9.40." in paragraph.summary.text
    assert "More of your options may now be eligible." in paragraph.summary.text
