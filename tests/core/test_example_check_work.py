"""The examples check reads each paragraph of the original once (for the ratios it states
and for the examples it already printed), and each text once for each question however
often the offer prints it. Work is counted (texts the pattern of a stated ratio reads), never
timed."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from amendtool.core import example_checks
from amendtool.core.example_checks import check_examples
from tests.core.test_example_contradicts_ratio import EXAMPLE, RATIO, amended


class Counting:
    def __init__(self, pattern: re.Pattern[str], read: Counter[str]) -> None:
        self.pattern, self.read = pattern, read

    def search(self, text: str) -> re.Match[str] | None:
        self.read[text] += 1
        return self.pattern.search(text)


@pytest.mark.parametrize("copies", [1, 10])
def test_each_text_is_read_once_for_each_question(
    monkeypatch: pytest.MonkeyPatch, example_filing_toml: Path, copies: int
) -> None:
    old = [RATIO, "Holders may tender their options for exchange."] * copies
    amendment = amended(
        example_filing_toml, [*old, EXAMPLE.format(100)], [*old, EXAMPLE.format(75)]
    )
    expected = check_examples(amendment)
    assert len(expected) == 1 and "75" in expected[0].message
    read: Counter[str] = Counter()
    monkeypatch.setattr(example_checks, "_MAY_STATE", Counting(example_checks._MAY_STATE, read))
    assert check_examples(amendment) == expected
    # each text read at most four times, however often printed: as a paragraph and as its
    # one sentence, of the original and of the revision
    assert max(read.values()) <= 4
