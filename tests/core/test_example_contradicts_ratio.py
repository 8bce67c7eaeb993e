"""A worked example whose figures no longer follow the offer's exchange ratio ("300 Eligible
Options … 75 New RSUs" under one New RSU for every three) misleads holders: the checks warn,
naming the item, the example's figures and the ratio the offer states. An example in the
ratio's proportion, and one following a ratio the same amendment changes, are not warned."""

from __future__ import annotations

from pathlib import Path

from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.checks import run_checks
from tests.support.builders import doc
from tests.support.plain import plain_filing

RATIO = "You will receive one New RSU for every three Eligible Options you exchange."
EXAMPLE = "For example, if you exchange 300 Eligible Options, you will receive {} New RSUs."


def amended(example_filing_toml: Path, old: list[str], new: list[str]) -> Amendment:
    cover = ("", ["Halvorsen offers to exchange options for New RSUs."])
    before = [cover, ("3. Number of New RSUs; Exchange Ratio", old)]
    after = [cover, ("3. Number of New RSUs; Exchange Ratio", new)]
    return draft_amendment(doc(before), doc(after), plain_filing(example_filing_toml))


def example_warnings(amendment: Amendment) -> list[str]:
    return [f.message for f in run_checks(amendment) if f.code == "example_ratio"]


def test_an_example_that_contradicts_the_unchanged_ratio_is_warned(
    example_filing_toml: Path,
) -> None:
    old = [RATIO, EXAMPLE.format(100)]
    amendment = amended(example_filing_toml, old, [RATIO, EXAMPLE.format(75)])
    [warning] = example_warnings(amendment)
    assert "item A" in warning and "300" in warning and "75" in warning, warning
    assert "one New RSU for every three" in warning, warning


def test_an_example_in_proportion_is_not_warned(example_filing_toml: Path) -> None:
    old = [RATIO, EXAMPLE.format(100).replace("300", "150").replace("100 New", "50 New")]
    amendment = amended(example_filing_toml, old, [RATIO, EXAMPLE.format(100)])
    assert example_warnings(amendment) == []


def test_an_example_following_a_changed_ratio_is_not_warned(example_filing_toml: Path) -> None:
    new_ratio = RATIO.replace("every three", "every four")
    amendment = amended(
        example_filing_toml, [RATIO, EXAMPLE.format(100)], [new_ratio, EXAMPLE.format(75)]
    )
    assert example_warnings(amendment) == []
