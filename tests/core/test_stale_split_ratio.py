"""A stock split's ratio ("Prices reflect the two-for-one stock split") is no exchange
ratio: the check for an old term left standing does not name it when the exchange ratio
changes from 2-for-1, and the materiality rules read a split note alike (one predicate)."""

from __future__ import annotations

import _sre  # type: ignore[import-not-found,unused-ignore]
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from amendtool.core.amendment import draft_amendment
from amendtool.core.checks import run_checks
from amendtool.core.filing import FilingDetails
from amendtool.core.ratios import is_split_ratio
from tests.support.april_filing import april_filing
from tests.support.builders import Spec, doc

RATIO = "You will receive one New Option for every {} Eligible Options you exchange."


def offer(ratio: str, note: str) -> Spec:
    return [
        ("", ["Halvorsen offers to exchange options for New Options."]),
        ("1. Terms of the Offer", [RATIO.format(ratio)]),
        ("2. Price Range of Common Stock", ["The high and low prices are below.", note]),
    ]


@pytest.fixture
def filing(example_filing_toml: Path) -> FilingDetails:
    return april_filing(
        example_filing_toml,
        "the offer to exchange options for new options",
    )


@pytest.mark.parametrize(
    "note",
    [
        "(1) Prices reflect the two-for-one stock split effected in 2025.",
        "(1) Prices reflect the 2-for-1 split effected in 2025.",
        "(1) Prices are adjusted for a two-for-one reverse stock split.",
    ],
)
def test_a_split_ratio_is_not_an_old_exchange_ratio_left_standing(
    filing: FilingDetails, note: str
) -> None:
    amendment = draft_amendment(doc(offer("two", note)), doc(offer("three", note)), filing)
    stale = [f for f in run_checks(amendment) if f.code == "stale_term"]
    assert not stale, [f.message for f in stale]


def test_an_exchange_ratio_left_standing_is_still_named(filing: FilingDetails) -> None:
    note = "(1) Prices reflect the stock split."
    old = offer("two", note)
    new = offer("three", note)
    new[0] = ("", [f"Halvorsen offers to exchange options. {RATIO.format('two')}"])
    old[0] = new[0]
    amendment = draft_amendment(doc(old), doc(new), filing)
    stale = [f for f in run_checks(amendment) if f.code == "stale_term"]
    assert stale and "still states" in stale[0].message, [f.message for f in stale]


@pytest.mark.parametrize(
    ("sentence", "printed", "split"),
    [
        ("Prices reflect the two-for-one stock split.", "two-for-one", True),
        ("After a 1-for-10 reverse split, prices rose.", "1-for-10", True),
        ("You will receive one New Option in a 2-for-1 exchange.", "2-for-1", False),
    ],
)
def test_the_predicate_reads_a_split_by_the_words_after_its_ratio(
    sentence: str, printed: str, split: bool
) -> None:
    assert is_split_ratio(sentence, printed) is split


def _as_one_pattern(sentence: str, printed: str) -> bool:
    """The predicate as one pattern made for the ratio printed (what it must agree with)."""
    after = r"[\s-]+(?:(?:reverse|forward)[\s-]+)?(?:stock[\s-]+)?split"
    return bool(re.search(re.escape(printed) + after, sentence, re.I))


PIECES = ["2-for-1", "Two-For-One", "two", "-", " ", "  ", "stock", "Stock", "split", "SPLIT"]
PIECES += ["reverse", "forward", "for", "1", "x", "-for-", ", "]


@settings(max_examples=120, deadline=None)
@given(
    st.lists(st.sampled_from(PIECES), max_size=12).map("".join),
    st.lists(st.sampled_from(PIECES), min_size=1, max_size=4).map("".join),
)
def test_the_predicate_agrees_with_one_pattern_made_for_the_ratio(
    sentence: str, printed: str
) -> None:
    assert is_split_ratio(sentence, printed) is _as_one_pattern(sentence, printed)


def _patterns_made(rows: int, filing: FilingDetails, monkeypatch: pytest.MonkeyPatch) -> int:
    """Regular expressions compiled (or taken from the store) by the checks of a revision
    that changes the ratio and adds a table of `rows` rows, each with its own figures."""
    table = [f"Holder {n}\t{7 * n + 3} options\t{n + 2}-for-1" for n in range(rows)]
    new = [*offer("three", "Prices reflect the stock split."), ("3. Holders", table)]
    amendment = draft_amendment(doc(offer("two", "Prices are below.")), doc(new), filing)
    made = 0
    engine_compile = _sre.compile

    def counted(*args: object) -> object:
        nonlocal made
        made += 1
        return engine_compile(*args)

    monkeypatch.setattr(_sre, "compile", counted)
    assert any(f.code == "stale_term" for f in run_checks(amendment))  # the rows are read
    monkeypatch.undo()
    return made


def test_the_checks_make_no_pattern_for_each_row_of_a_table_put_in(
    filing: FilingDetails, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A pattern made for each figure a row prints (compiling is costly, and the cache of
    compiled patterns kept between runs fills with them): 20,000 rows took tens of seconds."""
    _patterns_made(3, filing, monkeypatch)  # patterns compiled on first use, once
    few = _patterns_made(20, filing, monkeypatch)
    many = _patterns_made(80, filing, monkeypatch)
    assert many <= few, (few, many)
