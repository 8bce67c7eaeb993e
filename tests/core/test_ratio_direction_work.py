"""The check of each bare ratio's direction reads each sentence for its bare ratios once, and
each paragraph's own explanation once: the offer's reading of its ratios and the check ask
about the same paragraphs, and finding the bare ratios (a pattern of numbers in words and
figures) and then taking them out of the sentence read it twice. Work is counted (texts the
bare-ratio pattern reads), never timed."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from amendtool.core import bare_ratios, ratio_directions, ratio_sentences, text_cache
from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import load_filing
from amendtool.core.ratio_directions import check_ratio_directions
from amendtool.core.ratio_statement_words import may_state
from amendtool.core.segment import sentences
from tests.support.builders import doc

EXPLAINED = (
    "Eligible Options will be exchanged at a ratio of 1 for 2, which means you will receive "
    "one New Option for every two Eligible Options you exchange."
)
SHAPES = [
    EXPLAINED,
    "The exchange ratio is 1 for 2. You may exchange options for new options.",
    "Each holder will receive one New Option for each Eligible Option tendered.",
    "Options granted for services are eligible for the exchange.",
]


class Counting:
    """The bare-ratio pattern, counting each text it reads."""

    def __init__(self, pattern: re.Pattern[str], read: Counter[str]) -> None:
        self.pattern, self.read = pattern, read

    def __getattr__(self, name: str) -> Any:
        method = getattr(self.pattern, name)
        if name not in ("finditer", "search", "sub"):
            return method

        def counted(*args: Any, **named: Any) -> Any:
            self.read[str(args[-1] if name == "sub" else args[0])] += 1
            return method(*args, **named)

        return counted


@pytest.mark.parametrize("copies", [1, 5, 20])
def test_each_sentence_and_paragraph_is_read_for_bare_ratios_once(
    monkeypatch: pytest.MonkeyPatch, example_filing_toml: Path, copies: int
) -> None:
    paragraphs = SHAPES * copies
    original = doc([("", ["Acme is offering to exchange options."]), ("2. Terms", paragraphs)])
    revised = doc(
        [("", ["Acme is offering to exchange options."]), ("2. Terms", [*paragraphs, SHAPES[1]])]
    )
    filing = dataclasses.replace(load_filing(example_filing_toml), notice_explanation="")
    amendment = draft_amendment(original, revised, filing)
    text_cache.clear_caches()
    read: Counter[str] = Counter()
    pattern = bare_ratios.BARE
    monkeypatch.setattr(bare_ratios, "BARE", Counting(pattern, read))
    monkeypatch.setattr(ratio_directions, "BARE", Counting(pattern, read))
    monkeypatch.setattr(ratio_sentences, "BARE", Counting(pattern, read))
    looked: Counter[str] = Counter()  # the quick look, which the full pattern follows
    quick = bare_ratios.may_be_bare

    def look(text: str) -> bool:
        looked[text] += 1
        return quick(text)

    monkeypatch.setattr(bare_ratios, "may_be_bare", look)
    findings = check_ratio_directions(amendment)
    assert all(f.code == "ratio_direction" for f in findings)
    texts = [p.text for p in revised.paragraphs()]
    read_sentences = [s for t in texts if may_state(t) for s in sentences(t)]
    printing = [s for s in read_sentences if pattern.search(s)]
    # each sentence the check reads, once, and again to take out the bare ratios it prints;
    # each paragraph's explanation once (kept by its text, however often it is printed); and
    # the first paragraphs, asked whether the offer prints any bare ratio at all
    assert sum(read.values()) <= len(read_sentences) + len(printing) + len(set(texts)) + 2
    # every sentence is read: by the full pattern where the quick look finds what follows a
    # bare ratio's separator, by the quick look alone where it does not
    assert all(read[s] >= 1 or looked[s] >= 1 for s in read_sentences)
    assert all(read[s] >= 1 for s in printing)


@pytest.mark.parametrize("copies", [1, 20])
def test_only_sentences_printing_a_dollar_sign_are_read_for_a_price_band(
    monkeypatch: pytest.MonkeyPatch, example_filing_toml: Path, copies: int
) -> None:
    banded = "For options priced $10.00 to $19.99, the exchange ratio is 1 for 2."
    paragraphs = [*SHAPES, banded] * copies
    original = doc([("", ["Acme is offering to exchange options."]), ("2. Terms", paragraphs)])
    revised = doc(
        [("", ["Acme is offering to exchange options."]), ("2. Terms", [*paragraphs, banded])]
    )
    filing = dataclasses.replace(load_filing(example_filing_toml), notice_explanation="")
    amendment = draft_amendment(original, revised, filing)
    read: Counter[str] = Counter()
    monkeypatch.setattr(ratio_sentences, "_BAND", Counting(ratio_sentences._BAND, read))
    check_ratio_directions(amendment)
    assert set(read) == {banded}  # the one sentence with a band
    assert read[banded] == 1  # however often printed
