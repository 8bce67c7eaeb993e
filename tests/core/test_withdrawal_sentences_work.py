"""The withdrawal checks read each sentence for the end it gives withdrawal rights once per
draft: an offer prints its withdrawal sentences many times (the summary, the answer, the
section), and the item check and the check of paragraphs left behind each read them. The
findings are those of reading every printing. Work is counted (sentences read), never timed."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from pathlib import Path

import pytest

from amendtool.core import withdrawal_checks
from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.built_once import built_once
from amendtool.core.findings import Finding
from amendtool.core.withdrawal_checks import check_withdrawal_rights
from amendtool.core.withdrawal_left import check_withdrawal_left
from tests.support.builders import Spec, doc
from tests.support.plain import plain_filing

OLD, NEW = "April 23, 2026", "May 7, 2026"
LEFT = (
    f"You may withdraw your tendered options at any time before 5:00 p.m., Eastern Time, on {OLD}."
)
CHANGED = "You may withdraw your election at any time until 5:00 p.m. on the expiration date."


def _offer(day: str, item: str, copies: int) -> Spec:
    return [
        ("", ["Halvorsen offers to exchange options for new options."]),
        ("1. Expiration Date", [f"The offer expires at 11:59 p.m., Eastern Time, on {day}."]),
        *[(f"{n + 2}. Withdrawal Rights", [LEFT, item]) for n in range(copies)],
    ]


def _amendment(example_filing_toml: Path, copies: int) -> Amendment:
    filing = dataclasses.replace(
        plain_filing(example_filing_toml), expiration=dt.datetime(2026, 5, 7, 23, 59)
    )
    before = doc(_offer(OLD, "Elections may be changed.", copies))
    return draft_amendment(before, doc(_offer(NEW, CHANGED, copies)), filing)


def _findings(amendment: Amendment) -> list[Finding]:
    return check_withdrawal_rights(amendment) + check_withdrawal_left(amendment)


@pytest.mark.parametrize("copies", [1, 6])
def test_each_sentence_is_read_once_per_draft(
    example_filing_toml: Path, monkeypatch: pytest.MonkeyPatch, copies: int
) -> None:
    amendment = _amendment(example_filing_toml, copies)
    expected = _findings(amendment)  # outside a draft: read as asked
    assert {f.code for f in expected} == {"withdrawal_period"} and len(expected) > copies
    read: Counter[str] = Counter()
    end = withdrawal_checks.withdrawal_end

    def counting(sentence: str, *args: object) -> str | None:
        read[sentence] += 1
        return end(sentence, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(withdrawal_checks, "withdrawal_end", counting)
    with built_once():
        assert _findings(amendment) == expected
        assert _findings(amendment) == expected  # asked again in the draft: nothing read
    assert read and max(read.values()) == 1, read
