"""A document is named whole in the plain notice: "Election and Release Form" is not the
"Release Form", nor "Terms and Conditions Agreement" the "Conditions Agreement". A name cut
at its "and" or "of" names another document, and employees would look for a form that does
not exist."""

from __future__ import annotations

import pytest

from amendtool.core.plain_facts import fact_changes, facts_in

NAMES = [
    "Election and Release Form",
    "Terms and Conditions Agreement",
    "Notice of Withdrawal Form",
    "Stock Option and Restricted Stock Unit Agreement",
    "Election Form",
    "Letter of Transmittal",
    "Notice of Withdrawal",
]


@pytest.mark.parametrize("name", NAMES)
def test_a_document_name_is_read_whole(name: str) -> None:
    text = f"You must deliver a properly completed and signed {name} before the deadline."
    documents = [f.text for f in facts_in(text) if f.kind == "document"]
    assert documents == [name]


def test_a_name_that_grows_an_and_is_said_whole_in_the_change() -> None:
    old = "You must deliver a properly completed and signed Election Form to us."
    new = "You must deliver a properly completed and signed Election and Release Form to us."
    changes, _ = fact_changes(old, new)
    assert [(c.kind, c.old, c.new) for c in changes] == [
        ("document", "Election Form", "Election and Release Form")
    ]


def test_a_sentence_that_starts_with_a_capital_is_not_part_of_the_name() -> None:
    text = "Sign and return the Election Form. Return it by mail."
    assert [f.text for f in facts_in(text) if f.kind == "document"] == ["Election Form"]
