"""A paragraph that is itself a quotation (a plan's words set in, in their own quotation
marks) is restated as counsel quote a quotation: the filing's marks outside, the
paragraph's own inside in single marks ("'No option …'"), so the reader still sees that
it is a quotation, never two pairs of double marks; the notice's first words of it open no
quotation they do not close."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import load_filing
from amendtool.core.filing_document import quoted_blocks
from amendtool.core.plain_summary import first_words
from amendtool.io.load import load_document
from tests.conftest import SAMPLES

OLD = "No option may be exercised after the tenth anniversary of the date of its grant."
NEW = "No option may be exercised after the fifth anniversary of the date of its grant."


def html_offer(quotation: str) -> str:
    return (
        '<html><body><p align="center"><b>OFFER TO EXCHANGE</b></p>'
        "<p>We are offering to exchange certain outstanding options for new options.</p><hr>"
        "<p><b>1. Eligibility.</b></p><p>You are eligible if you hold options.</p>"
        "<p>Section 7 of the plan provides:</p>"
        f"<blockquote><p>{quotation}</p></blockquote>"
        "<p><b>2. Withdrawal Rights.</b></p><p>You may withdraw your election.</p>"
        "</body></html>"
    )


def text_offer(quotation: str) -> str:
    first, rest = quotation[:60].rsplit(" ", 1)
    return (
        "                              OFFER TO EXCHANGE\n\n"
        "     We are offering to exchange certain outstanding options for new\n"
        "options on the terms of this offer.\n\n"
        "1.   Eligibility.\n\n"
        "     You are eligible if you hold options granted under the plan on the\n"
        "date the offer starts.\n\n"
        "     Section 7 of the plan provides:\n\n"
        f"          {first}\n          {rest}{quotation[60:]}\n\n"
        "2.   Withdrawal Rights.\n\n"
        "     You may withdraw your election at any time before the offer expires.\n"
    )


CASES = {
    "html, curly marks": ("htm", html_offer, "“{}”"),
    "html, straight marks": ("htm", html_offer, '"{}"'),
    "EDGAR text": ("txt", text_offer, '"{}"'),
}


@pytest.mark.parametrize("case", CASES)
def test_a_quotation_is_restated_inside_the_filings_marks(tmp_path: Path, case: str) -> None:
    ext, offer, marks = CASES[case]
    original, revised = tmp_path / f"original.{ext}", tmp_path / f"revised.{ext}"
    original.write_text(offer(marks.format(OLD)))
    revised.write_text(offer(marks.format(NEW + ' It is "vested" when the plan says so.')))
    amendment = draft_amendment(
        load_document(original), load_document(revised), load_filing(SAMPLES / "filing.toml")
    )
    [item] = amendment.change_items
    [block] = quoted_blocks(item)
    inner = NEW + " It is 'vested' when the plan says so."
    own = "‘’" if marks[0] == "“" else "''"  # the paragraph's own marks, set single
    assert block.text == f'"{own[0]}{inner}{own[1]}"'


def test_the_first_words_of_a_quotation_open_no_quotation_left_unclosed() -> None:
    assert first_words(f"“{OLD}”") == "No option may be exercised after the tenth…"
    assert first_words('"Short quotation."') == "Short quotation."
