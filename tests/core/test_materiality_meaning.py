"""What counsel reads as clarifying: how a sentence says something, never what it says. A
sentence of general disclosure rewritten into another statement ("You should read it
carefully." → "We believe these statements are reasonable.") or turned into its negation is
proposed material; words only put in or taken out stay clarifying. Financial information is
a financial measure or figure of the company, not any use of a word ("sales channels"), and
counts in every general section (forward-looking statements), not only in the company's
description. A reason never says "clarifying" of a class that is not."""

from __future__ import annotations

import pytest

from amendtool.core.items import Materiality
from tests.support.materiality import NAMED_COVER, drafted_one

LEAD = "This document contains forward-looking statements."
FORWARD = "9. Forward-Looking Statements."
MISC = "12. Miscellaneous."
COMPANY = "8. Information Concerning Corvella Systems, Inc."
OPENING = "Corvella Systems, Inc. makes imaging equipment for hospitals."


def _class(heading: str, old: str, new: str, lead: str = LEAD) -> tuple[Materiality, str]:
    item = drafted_one(heading, [f"{lead} {old}"], [f"{lead} {new}"], NAMED_COVER)
    return item.materiality, item.materiality_reason


@pytest.mark.parametrize("heading", [FORWARD, MISC])
@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("You should read it carefully.", "We believe these statements are reasonable."),
        ("You should read it carefully.", "You should not rely on these statements."),
        ("We will update these statements.", "We will not update these statements."),
        ("Our products are sold to resellers.", "Our products are sold to hospitals."),
    ],
)
def test_a_statement_rewritten_or_negated_is_not_clarifying(
    heading: str, old: str, new: str
) -> None:
    materiality, reason = _class(heading, old, new)
    assert materiality is Materiality.MATERIAL, reason
    assert "clarifying unless" not in reason, reason


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("You should read it carefully.", "You should read it very carefully."),
        ("You should read it carefully.", "You should read it carefully and completely."),
        ("You should read it carefully and completely.", "You should read it carefully."),
        ("You should read it carefully.", "You should read it carefully ."),
    ],
)
def test_words_only_put_in_or_taken_out_of_general_disclosure_stay_clarifying(
    old: str, new: str
) -> None:
    materiality, reason = _class(FORWARD, old, new)
    assert materiality is Materiality.CLARIFYING, reason


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "Our sales channels include resellers.",
            "Our sales channels include resellers and distributors.",
        ),
        ("Our sales staff works in Ohio.", "Our sales staff works in Ohio and Texas."),
        ("Our sales offices are in Ohio.", "Our sales offices are in Ohio and Texas."),
    ],
)
def test_a_financial_word_used_for_something_else_is_no_financial_information(
    old: str, new: str
) -> None:
    materiality, reason = _class(COMPANY, old, new, OPENING)
    assert materiality is Materiality.CLARIFYING, reason
    assert "financial" not in reason.lower(), reason


@pytest.mark.parametrize("heading", [FORWARD, MISC])
@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("We expect revenue to grow.", "We expect revenue to grow more slowly."),
        ("We expect to remain profitable.", "We expect to remain profitable in most quarters."),
        ("We expect net sales to grow.", "We expect net sales to grow modestly."),
    ],
)
def test_financial_information_counts_in_every_general_section(
    heading: str, old: str, new: str
) -> None:
    materiality, reason = _class(heading, old, new)
    assert materiality is Materiality.MATERIAL, reason
    assert "financial information" in reason, reason


def test_a_financial_word_put_in_or_taken_out_is_financial_information() -> None:
    materiality, reason = _class(
        COMPANY, "We had income in 2025.", "We had a loss in 2025.", OPENING
    )
    assert materiality is Materiality.MATERIAL, reason


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("", "Our telephone number is (617) 555-0133."),
        ("Our telephone number is (617) 555-0100.", "Our telephone number is (617) 555-0133."),
    ],
)
def test_a_reason_that_says_clarifying_goes_with_the_clarifying_class(old: str, new: str) -> None:
    item = drafted_one(COMPANY, [f"{OPENING} {old}".strip()], [f"{OPENING} {new}"], NAMED_COVER)
    assert "clarifying unless" in item.materiality_reason, item.materiality_reason
    assert item.materiality is Materiality.CLARIFYING, item.materiality_reason


def test_a_financial_word_in_a_paragraph_added_is_no_financial_information() -> None:
    added = (
        "The safe harbor for forward-looking statements only protects companies from "
        "liability if they comply with the act."
    )
    item = drafted_one(FORWARD, [LEAD], [LEAD, added], NAMED_COVER)
    assert "financial" not in item.materiality_reason.lower(), item.materiality_reason
