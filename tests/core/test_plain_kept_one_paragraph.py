"""A plain paragraph kept in a project (typed in the app, edited by hand) is one paragraph,
as `amendtool plain` requires: two were run into one line of the EDGAR notice, unsaid, and
`check` and `export` let them through."""

from __future__ import annotations

from dataclasses import replace

import pytest

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import load_filing
from amendtool.core.plain_paragraph_bounds import check_counsels_paragraphs
from amendtool.io.load import load_document
from tests.conftest import SAMPLES


@pytest.fixture(scope="module")
def items():  # type: ignore[no-untyped-def]
    amendment = draft_amendment(
        load_document(SAMPLES / "offer-to-exchange.docx"),
        load_document(SAMPLES / "offer-to-exchange-revised.docx"),
        load_filing(SAMPLES / "filing.toml"),
    )
    return amendment.change_items


@pytest.mark.parametrize(
    "kept",
    [
        "You can now send it by e-mail.\n\nSecond paragraph here.",
        "You can now send it by e-mail.\n  \n\nSecond paragraph here.",
        "You can now send it by e-mail.\u2029Second paragraph here.",
    ],
)
def test_two_paragraphs_kept_are_an_error_of_the_checks(items, kept: str) -> None:  # type: ignore[no-untyped-def]
    changed = [replace(items[0], plain_override=kept), *items[1:]]
    findings = check_counsels_paragraphs(changed)
    assert [(f.severity, f.code, f.item) for f in findings] == [("error", "plain_paragraph", 0)]
    assert findings[0].message.startswith("item A: counsel's plain paragraph holds 2 paragraphs")
    assert "Second paragraph here" in findings[0].message


def test_one_paragraph_with_a_line_break_is_kept(items) -> None:  # type: ignore[no-untyped-def]
    changed = [replace(items[0], plain_override="You can now send it\nby e-mail."), *items[1:]]
    assert check_counsels_paragraphs(changed) == []
