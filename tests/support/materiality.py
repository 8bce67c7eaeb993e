"""The materiality tests' common setup: an offer of a cover and one section, drafted before
and after the section's paragraphs change, as items (the proposals) or as an amendment with
its plain notice."""

from __future__ import annotations

from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.drafting import draft_items
from amendtool.core.filing import FilingDetails
from amendtool.core.items import AmendmentItem
from tests.support.builders import Spec, doc

COVER = "Acme Widgets, Inc. is offering to exchange options."
# a cover that defines the company's names ("Corvella," "we," "us" or "our"), and a sentence
# of eligibility that calls it "us"
NAMED_COVER = (
    'Corvella Systems, Inc. ("Corvella," "we," "us" or "our") is offering to exchange '
    "outstanding options for new options."
)
ELIGIBLE = (
    "You are an eligible employee if you are employed by us on the date the offer commences "
    "and remain employed through the date we cancel the options."
)


def offers(heading: str, old: list[str], new: list[str], cover: str = COVER) -> tuple[Spec, Spec]:
    """The offer before and after: its cover, then the section under `heading`."""
    return [("", [cover]), (heading, old)], [("", [cover]), (heading, new)]


def drafted(
    heading: str, old: list[str], new: list[str], cover: str = COVER
) -> list[AmendmentItem]:
    """The items the change drafts, each with its proposed class."""
    before, after = offers(heading, old, new, cover)
    items = draft_items(doc(before), doc(after)).items
    assert items, "the revision should give an item"
    return items


def drafted_one(heading: str, old: list[str], new: list[str], cover: str = COVER) -> AmendmentItem:
    """The one item the change drafts."""
    items = drafted(heading, old, new, cover)
    assert len(items) == 1, [i.new_text for i in items]
    return items[0]


def amended(
    filing: FilingDetails, heading: str, old: list[str], new: list[str], cover: str = COVER
) -> Amendment:
    """The amendment the change drafts, for its plain notice."""
    before, after = offers(heading, old, new, cover)
    return draft_amendment(doc(before), doc(after), filing)
