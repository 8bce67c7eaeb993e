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


TABLE = "Exercise Price\tRatio\n$20.00 to $29.99\t2 for 1\n$30.00 or more\t3 for 1"
ONE_FOR_TWO = "You will receive one New RSU for every two Eligible Options you exchange."
EXAMPLE_1000 = "For example, if you exchange 1,000 Eligible Options, you will receive {} New RSUs."


def test_an_example_left_at_the_old_ratio_is_warned(example_filing_toml: Path) -> None:
    """The ratio changes, the example under it does not: it now misstates the terms."""
    old = [RATIO.replace("three", "two") + " " + EXAMPLE_1000.format(500)]
    new = [RATIO + " " + EXAMPLE_1000.format(500)]
    [warning] = example_warnings(amended(example_filing_toml, old, new))
    assert "1,000" in warning and "500" in warning, warning
    assert "one New RSU for every three" in warning, warning


def test_an_unchanged_example_elsewhere_is_warned_when_the_ratio_changes(
    example_filing_toml: Path,
) -> None:
    cover = ("", ["Halvorsen offers to exchange options for New RSUs."])
    summary = (
        "Summary Term Sheet",
        ["For example, if you exchange 300 options, you will receive 100 New RSUs."],
    )
    terms = "3. Number of New RSUs; Exchange Ratio"
    before = [cover, summary, (terms, [RATIO])]
    after = [cover, summary, (terms, [RATIO.replace("three", "four")])]
    amendment = draft_amendment(doc(before), doc(after), plain_filing(example_filing_toml))
    [warning] = example_warnings(amendment)
    assert "Summary Term Sheet" in warning and "300" in warning, warning
    assert "one New RSU for every four" in warning, warning


def test_an_example_is_read_against_its_own_paragraphs_ratio_beside_a_tiered_table(
    example_filing_toml: Path,
) -> None:
    old = [ONE_FOR_TWO + " " + EXAMPLE_1000.format(500), TABLE]
    new = [ONE_FOR_TWO + " " + EXAMPLE_1000.format(400), TABLE]
    [warning] = example_warnings(amended(example_filing_toml, old, new))
    assert "400" in warning and "one New RSU for every two" in warning, warning


def test_an_example_that_follows_a_tier_of_the_table_is_not_warned(
    example_filing_toml: Path,
) -> None:
    old = ["The ratios are set out below.", EXAMPLE_1000.format(500), TABLE]
    new = ["The ratios are set out below.", EXAMPLE_1000.replace("1,000", "900").format(300), TABLE]
    assert example_warnings(amended(example_filing_toml, old, new)) == []


TIERS = [
    "Grant Date\tExercise Price Range\tExchange Ratio (Eligible Options for each New Option)",
    "Before 2008\t$18.00 to $24.99\t2.5 to 1",
    "\t$25.00 and above\t2.8 to 1",
    "2008 or later\t$12.00 to $17.99\t1.8 to 1",
]
TIER_EXAMPLE = (
    "For example, if you tender an Eligible Option to purchase {} shares with an exercise "
    "price of $26.00, you will receive a New Option to purchase {} shares."
)


def test_an_example_following_another_row_of_the_table_rounded_down_is_not_warned(
    example_filing_toml: Path,
) -> None:
    """The example's option is in the 2.8 to 1 row; 3,000 / 2.8 is 1,071 once the fraction
    is dropped, as the offer rounds: the example follows the terms."""
    old = [*TIERS, TIER_EXAMPLE.format("2,800", "1,000")]
    new = [*TIERS, TIER_EXAMPLE.format("3,000", "1,071")]
    assert example_warnings(amended(example_filing_toml, old, new)) == []


def test_an_example_following_no_row_of_the_table_is_still_warned(
    example_filing_toml: Path,
) -> None:
    old = [*TIERS, TIER_EXAMPLE.format("2,800", "1,000")]
    new = [*TIERS, TIER_EXAMPLE.format("3,000", "1,300")]
    [warning] = example_warnings(amended(example_filing_toml, old, new))
    assert "1,300" in warning and "2.8 to 1" in warning, warning
