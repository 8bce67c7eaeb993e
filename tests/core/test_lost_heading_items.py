"""A section heading the reader could not find ("S. CONDITIONS OF THE OFFER." typed for
"5.") puts its text into the section before it. The checks say so once, not once for the
original and again for the revision, and name only the items whose citation it affects:
those in the lost section's text, not those really in the section before it."""

from __future__ import annotations

from amendtool.core.amendment import draft_amendment
from amendtool.core.checks import run_checks
from amendtool.core.filing import load_filing
from amendtool.core.items import letter
from tests.conftest import SAMPLES
from tests.support.builders import Spec, doc

WITHDRAWAL = [
    "If we are acquired before the expiration date, you may withdraw your options.",
    "You may also withdraw your options after September 13, 2002.",
]
CONDITIONS = ["We will not accept tendered options if any of the following occurs."]


def offer(withdrawal: list[str], conditions: list[str], lost: str) -> Spec:
    return [
        ("", ["We are offering to exchange Eligible Options for New Options."]),
        ("3. Procedures", ["We may reject any tender we find improper."]),
        ("4. Withdrawal Rights", [*withdrawal, lost, *conditions]),
        ("6. Price Range of Common Stock", ["Our common stock trades on Nasdaq."]),
    ]


def findings(lost: str) -> tuple[list[str], list[str]]:
    original = doc(offer(WITHDRAWAL, CONDITIONS, lost))
    changed = [WITHDRAWAL[0], WITHDRAWAL[1].replace("September 13", "September 20")]
    revised = doc(offer(changed, [CONDITIONS[0].replace("options", "Eligible Options")], lost))
    amendment = draft_amendment(original, revised, load_filing(SAMPLES / "filing.toml"))
    texts = [i.new_text for i in amendment.change_items]
    assert len(texts) == 2, texts
    inside = letter(next(n for n, t in enumerate(texts) if "Eligible Options" in t))
    outside = letter(next(n for n, t in enumerate(texts) if "September 20" in t))
    said = [f for f in run_checks(amendment) if f.code == "sections"]
    about_items = [f.message for f in said if f.item is not None]
    assert all(f.message.startswith(f"item {inside}:") for f in said if f.item is not None)
    assert not any(m.startswith(f"item {outside}:") for m in about_items)
    return [f.message for f in said if f.item is None], about_items


def test_only_the_items_in_the_lost_section_are_named_once() -> None:
    general, about_items = findings("S. CONDITIONS OF THE OFFER.")
    assert len(about_items) == 1
    assert "in the original and the revised draft Section 5 was not found" in about_items[0]
    assert general == [
        "the original and the revised draft: Section 5 was not found: Sections 4 and 6 read; "
        "its text is read as part of Section 4; check the headings of both"
    ]


def test_a_lost_heading_that_keeps_its_number_is_found_too() -> None:
    _, about_items = findings("5. the conditions of the offer are these, as stated below")
    assert len(about_items) == 1
