"""A section the items themselves record as deleted is not a heading the reader lost: the
revised draft's numbering skips it on purpose, so no "Section 3 was not found" warning and
no error on the items of the section before it. A heading really lost still is one."""

from __future__ import annotations

from amendtool.core.amendment import draft_amendment
from amendtool.core.checks import run_checks
from amendtool.core.filing import load_filing
from amendtool.core.items import ItemKind
from tests.conftest import SAMPLES
from tests.core.test_lost_heading_items import findings
from tests.support.builders import Spec, doc

SECTION_2 = ["You must deliver a completed election form before the expiration date."]
SECTION_3 = ["You may withdraw your tendered options at any time before the expiration date."]
SECTION_4 = ["We will not be required to accept any options tendered."]


def offer(two: list[str], three: bool = True) -> Spec:
    return [
        ("", ["We are offering to exchange Eligible Options for New Options."]),
        ("1. Eligibility", ["You may exchange options granted under the 2020 Plan."]),
        ("2. How to Elect to Exchange", two),
        *([("3. Withdrawal Rights", SECTION_3)] if three else []),
        ("4. Conditions of the Offer", SECTION_4),
    ]


def test_a_deleted_section_is_not_a_lost_heading() -> None:
    revised_two = [SECTION_2[0].replace("completed", "signed")]
    amendment = draft_amendment(
        doc(offer(SECTION_2)),
        doc(offer(revised_two, three=False)),
        load_filing(SAMPLES / "filing.toml"),
    )
    kinds = [i.kind for i in amendment.change_items]
    assert ItemKind.DELETE_SECTION in kinds and len(kinds) == 2
    said = [f.message for f in run_checks(amendment) if f.code == "sections"]
    assert said == []


def test_a_lost_heading_beside_a_deleted_section_is_still_said() -> None:
    """Section 3 deleted and Section 2's heading unreadable: only Section 2 is not found."""
    original = offer(SECTION_2)
    revised = offer(SECTION_2, three=False)
    revised[2] = ("", [])
    revised[1] = ("1. Eligibility", [*revised[1][1], "TWO. HOW TO ELECT TO EXCHANGE", *SECTION_2])
    amendment = draft_amendment(doc(original), doc(revised), load_filing(SAMPLES / "filing.toml"))
    said = [f.message for f in run_checks(amendment) if f.code == "sections" and f.item is None]
    assert any("Section 2 was not found" in m for m in said), said
    assert not any("Section 3" in m or "Sections 2 and 3" in m for m in said), said


def test_a_lost_heading_says_what_to_do_in_the_app() -> None:
    """The error on an item read into the wrong section tells someone editing in the window
    how to mark the heading there, not only how to fix a Word file."""
    _, about = findings("S. CONDITIONS OF THE OFFER.")
    assert about and all("Edit ▸ Mark as Heading (Ctrl+Shift+H)" in m for m in about), about
