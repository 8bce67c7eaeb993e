"""An exhibit description never reads "Form of Form ...": when the offer's own name for the
document holders return (or counsel's description) already starts with "Form", the index
says it once."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import filing_from_dict
from amendtool.core.filing_document import schedule_to_blocks
from amendtool.core.layout import plain_text
from amendtool.io.load import load_document
from tests.conftest import SAMPLES
from tests.core.test_statement_exhibits import index_rows, recorded_filing, sample_data


@pytest.fixture(scope="module")
def documents() -> tuple[Any, Any]:
    return (
        load_document(SAMPLES / "offer-to-exchange.docx"),
        load_document(SAMPLES / "offer-to-exchange-revised.docx"),
    )


def test_a_form_named_form_is_not_called_form_of_form(documents: Any) -> None:
    data = sample_data(number=2, date=dt.date(2026, 4, 20), notice_exhibit="(a)(7)")
    data["offer"]["transmittal_document"] = "Election Form"
    data["offer"]["exhibits"] = [
        {"label": "(a)(1)(B)", "description": "Form of Form of Notice of Withdrawal."},
        {"label": "(a)(1)(C)", "description": "Form of Form W-9."},
        {"label": "(a)(1)(D)", "description": "Form of Letter to Holders, with Form W-9."},
    ]
    amendment = draft_amendment(*documents, filing_from_dict(data))
    described = dict(index_rows(amendment))
    assert described["(a)(3)*"] == "Election Form."
    assert described["(a)(1)(B)*"] == "Form of Notice of Withdrawal."
    assert described["(a)(1)(C)*"] == "Form W-9."
    assert described["(a)(1)(D)*"] == "Form of Letter to Holders, with Form W-9."
    text = plain_text(schedule_to_blocks(amendment))
    assert "Form of Form" not in text
    assert "Form of Election Form" not in text


def test_an_ordinary_form_keeps_form_of(documents: Any) -> None:
    filing = recorded_filing(number=2, date=dt.date(2026, 4, 20), notice_exhibit="(a)(7)")
    amendment = draft_amendment(*documents, filing)
    rows = dict(index_rows(amendment))
    assert rows["(a)(1)(B)*"] == "Form of Letter to Eligible Option Holders."
