"""A paragraph that only moved, taken out of one section by one item and put in word for
word inside another section's restatement (or by an item of its own), was told in the
notice as a paragraph taken out ("We took out the second paragraph."): employees read that
a statement of the offer was withdrawn. It is told as moved, its words unchanged."""

from __future__ import annotations

from pathlib import Path

from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.items import ItemKind, Materiality
from tests.support.builders import Spec, doc
from tests.support.plain import plain_filing

TELL = (
    "We will tell you in writing which of your options are Eligible Options before the "
    "offer starts."
)
ELIGIBLE = [
    "You are eligible if you are employed by Kestrel on the date the offer starts.",
    TELL,
    "Consultants are not eligible.",
]
RATIO = ["You will receive one New RSU for every 2.5 Eligible Options you exchange."]
ELECT = [
    "To elect, complete the Election Form and deliver it before the offer ends.",
    "We will confirm each election by e-mail.",
]
PORTAL = [
    "You must elect through the equity portal, where you complete and submit the Election Form.",
    TELL,
    "The portal confirms each election on screen within one business day.",
]


def _offer(eligible: list[str], elect: list[str]) -> Spec:
    return [
        ("", ["Kestrel is offering to exchange Eligible Options for New RSUs."]),
        ("1. Eligibility", eligible),
        ("2. Exchange Ratio", RATIO),
        ("3. Procedures", elect),
    ]


def _drafted(example_filing_toml: Path, eligible: list[str], elect: list[str]) -> Amendment:
    filing = plain_filing(
        example_filing_toml, consideration="New RSUs", tendered="Eligible Options"
    )
    return draft_amendment(doc(_offer(ELIGIBLE, ELECT)), doc(_offer(eligible, elect)), filing)


def test_a_paragraph_moved_into_a_rewritten_section_is_told_as_moved(
    example_filing_toml: Path,
) -> None:
    amendment = _drafted(example_filing_toml, [ELIGIBLE[0], ELIGIBLE[2]], PORTAL)
    taken = [i for i in amendment.change_items if i.kind is ItemKind.DELETE_PARAGRAPH]
    assert taken, [i.kind for i in amendment.change_items]
    for item in taken:
        assert item.materiality is Materiality.CLARIFYING, item.materiality_reason
        summary = amendment.plain_summary(item)
        assert "took out" not in summary.text, summary.text
        assert "moved" in summary.text and "did not change" in summary.text, summary.text
        assert summary.complete and not summary.placeholders, summary.text


def test_a_paragraph_moved_out_of_a_rewritten_section_is_told_as_moved_where_it_stands(
    example_filing_toml: Path,
) -> None:
    rewritten = [
        "Only employees of Kestrel and its subsidiaries on the first day of the offer may "
        "take part, and they must stay employed until the grant.",
        "Consultants, advisers and non-employee directors may not take part.",
    ]
    amendment = _drafted(example_filing_toml, rewritten, [ELECT[0], TELL, ELECT[1]])
    put = [i for i in amendment.change_items if i.kind is ItemKind.INSERT_PARAGRAPH]
    assert put, [i.kind for i in amendment.change_items]
    for item in put:
        summary = amendment.plain_summary(item)
        assert "added" not in summary.text, summary.text
        assert "moved" in summary.text and "did not change" in summary.text, summary.text
        assert summary.complete and not summary.placeholders, summary.text
