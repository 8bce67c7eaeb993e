"""A question of a Q&A summary is quoted as counsel quote it: without a bare run-in "Q:" or
"Q." mark (a number, "Q3.", is kept), and in sentence case when printed in capitals,
keeping "I", initials and acronyms."""

from __future__ import annotations

import pytest

from amendtool.core.drafting import draft_items
from amendtool.core.wording import filing_text
from tests.support.builders import doc

ANSWER = "The offer expires at 5:00 p.m., Eastern Time, on June 14, 2002, unless we extend it."
OTHER = "You are eligible if you are an employee on the date the offer starts."


@pytest.mark.parametrize(
    ("printed", "quoted"),
    [
        ("Q: WHEN DOES THE OFFER EXPIRE?", "When does the offer expire?"),
        ("Q. WHEN DOES THE OFFER EXPIRE?", "When does the offer expire?"),
        ("Question: When does the offer expire?", "When does the offer expire?"),
        ("Q3. WHEN DOES THE OFFER EXPIRE?", "Q3. When does the offer expire?"),
        ("WHEN DO I TENDER MY U.S. RSUS?", "When do I tender my U.S. RSUs?"),
        ("When does the offer expire?", "When does the offer expire?"),
    ],
)
def test_an_answer_is_cited_by_its_question_as_counsel_quote_it(printed: str, quoted: str) -> None:
    before = [printed, f"A: {ANSWER}", "Q: WHO IS ELIGIBLE?", f"A: {OTHER}"]
    after = [printed, f"A: {ANSWER.replace('June 14', 'June 28')}", *before[2:]]
    spec = "Summary Term Sheet"
    (item,) = draft_items(doc([(spec, before)]), doc([(spec, after)])).items
    said = filing_text(item, "(a)(1)")
    assert f'answer to the question "{quoted}"' in said
    assert "Q:" not in said.split("reads")[0]
