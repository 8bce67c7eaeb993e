"""The examples check reads each paragraph of the original once (for the ratios it states
and for the examples it already printed), and each text once for each question however
often the offer prints it. Work is counted (texts the look for a stated ratio reads), never
timed."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from amendtool.core import example_checks
from amendtool.core.example_checks import check_examples
from tests.core.test_example_contradicts_ratio import EXAMPLE, RATIO, amended


class Counting:
    def __init__(self, look: Callable[[str], bool], read: Counter[str]) -> None:
        self.look, self.read = look, read

    def __call__(self, text: str) -> bool:
        self.read[text] += 1
        return self.look(text)


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
    look = Counting(example_checks.may_state_ratio, read)
    monkeypatch.setattr(example_checks, "may_state_ratio", look)
    assert check_examples(amendment) == expected
    # each text read at most four times, however often printed: as a paragraph and as its
    # one sentence, of the original and of the revision
    assert max(read.values()) <= 4
