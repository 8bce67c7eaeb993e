"""The passive-voice finding quotes counsel's sentence as written: a part still in brackets
("[will/should]", a placeholder) is judged as one word, never dropped from the quotation,
in Checks and under the Plain tab's editor alike."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from amendtool.core.amendment import draft_amendment
from amendtool.core.checks import run_checks
from amendtool.core.filing import load_filing
from amendtool.core.plain_english import passive_phrases
from tests.support.builders import doc

SENTENCES = [
    "We now say the exchange [will/should] not be taxed.",
    "The options [held by officers] are excluded.",
    "Your election [form] is accepted by “the Company” today.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_passive_sentence_is_quoted_with_its_brackets(sentence: str) -> None:
    [(written, phrases)] = passive_phrases(f"{sentence} Ask us if you are unsure.")
    assert written == sentence and phrases, (written, phrases)


def test_check_quotes_counsels_bracketed_sentence(example_filing_toml: Path) -> None:
    filing = dataclasses.replace(
        load_filing(example_filing_toml), notice_style="plain", notice_explanation=""
    )
    old = [("7. Taxes", ["The exchange should not be taxed."])]
    new = [("7. Taxes", ["The exchange will not be taxed."])]
    amendment = draft_amendment(doc(old), doc(new), filing)
    amendment.change_items[0].set_plain_summary(f"{SENTENCES[0]} Ask your tax adviser.")
    passive = [f.message for f in run_checks(amendment) if "passive voice" in f.message]
    assert passive and all(f"“{SENTENCES[0]}”" in m for m in passive), passive
