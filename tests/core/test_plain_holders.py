"""A notice to holders (a tender for cash of preferred stock or notes) speaks to holders:
none of the words written for employees holding options ("employee", "your options",
"awards", "election", "employment") appears in any part the tool writes, in the notice of
an amendment, of an extension or of the results."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

import pytest

from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.checks import run_checks
from amendtool.core.filing import FilingDetails
from amendtool.core.filing_document import notice_blocks
from amendtool.core.layout import Role
from amendtool.core.series import Series
from amendtool.core.series_steps import draft_extension, draft_results
from amendtool.core.wording import house_wording
from tests.support.builders import Spec, doc
from tests.support.plain import holders_filing

EMPLOYEE_WORDS = re.compile(
    r"\bemploy\w*|\byour options\b|\bawards?\b|\belections?\b|\beligible options\b", re.I
)
OFFER: Spec = [
    ("", ["OFFER TO PURCHASE FOR CASH UP TO 1,500,000 SHARES OF ITS PREFERRED STOCK"]),
    (
        "1. Terms of the Offer",
        [
            "We will purchase up to 1,500,000 Preferred Shares at a purchase price of $25.00 "
            "per Preferred Share.",
            "We will pay for Preferred Shares promptly after the offer expires.",
        ],
    ),
    ("2. Withdrawal Rights", ["You may withdraw tendered Preferred Shares before the deadline."]),
]


@pytest.fixture(scope="module")
def holders(example_filing_toml: Path) -> FilingDetails:
    return holders_filing(example_filing_toml)


def tool_words(amendment: Amendment) -> str:
    """What the tool writes: every plain part, not the items quoted as filed."""
    blocks = notice_blocks(amendment)
    exact = next(i for i, b in enumerate(blocks) if b.role is Role.HEADING and "exact" in b.text)
    return " ".join(b.text for b in blocks[:exact] if b.role is not Role.MEMO)


def employee_words(text: str) -> list[str]:
    return EMPLOYEE_WORDS.findall(text)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("$25.00 per Preferred Share", "$26.00 per Preferred Share"),
        ("promptly after the offer expires", "within three business days after expiry"),
        ("1,500,000", "2,000,000"),
        ("$25.00 per Preferred Share.", "$25.00 per Preferred Share. We may buy more."),
    ],
)
def test_an_amendments_notice_to_holders_has_no_employee_words(
    holders: FilingDetails, old: str, new: str
) -> None:
    revised = [(h, [p.replace(old, new) for p in ps]) for h, ps in OFFER]
    amendment = draft_amendment(doc(OFFER), doc(revised), holders)
    said = tool_words(amendment)
    assert employee_words(said) == [], said


def test_an_extensions_notice_to_holders_has_no_employee_words(holders: FilingDetails) -> None:
    filing = dataclasses.replace(holders, amendment_date=dt.date(2026, 4, 20))
    series = Series(doc(OFFER))
    draft_extension(series, filing, {}, dt.datetime(2026, 5, 7, 17, 0))
    amendment = series.amendment(-1)
    assert amendment is not None
    text = " ".join(b.text for b in notice_blocks(amendment) if b.role is not Role.MEMO)
    assert employee_words(text) == [], text


@pytest.mark.parametrize("dated", [dt.date(2026, 4, 24), dt.date(2026, 5, 4)])
def test_a_results_notice_to_holders_has_no_employee_words(
    holders: FilingDetails, dated: dt.date
) -> None:
    filing = dataclasses.replace(holders, amendment_date=dated)
    series = Series(doc(OFFER))
    results = {"tendered": 1600000, "accepted": 1500000, "issued": 1500000}
    draft_results(series, filing, {"results": {**results, "grant_date": "2026-04-28"}})
    amendment = series.amendment(-1)
    assert amendment is not None
    text = " ".join(b.text for b in notice_blocks(amendment) if b.role is not Role.MEMO)
    assert employee_words(text) == [], text
    wording = [f.message for f in run_checks(amendment) if "wording file" in f.message]
    assert wording == []  # and it passes the tool's own plain check


def test_what_a_change_means_is_said_to_holders_without_employee_words() -> None:
    from amendtool.core.plain_meanings import _meanings

    for rule in _meanings():
        if rule.get("audience", "holders") == "holders":
            said = f"{rule.get('lower', '')} {rule.get('higher', '')}"
            assert employee_words(said) == [], rule


def test_every_sentence_the_holders_voice_may_say_has_no_employee_words() -> None:
    """The firm's wording, resolved for holders: each sentence any notice to holders may
    take from it (its own, an extension's, the results', the kinds of change)."""
    from amendtool.core.plain_fact_sentences import plain_words

    words = plain_words(house_wording(), "Offer to Purchase")
    found = {}
    for key, value in words.items():
        texts = value.values() if isinstance(value, dict) else [value]
        for text in texts:
            if isinstance(text, str) and employee_words(text):
                found[key] = text
    assert found == {}
