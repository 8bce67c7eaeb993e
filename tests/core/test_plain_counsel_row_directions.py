"""Counsel's plain paragraph on a restated table, read row by row: a row's change told the
right way passes without a word, told backwards (old and new swapped) is an error naming
the row, and a figure no row has is still named. Read across the whole table by value, a
ratio table with every tier moved one step ("2.5, 4.0, 6.0, 9.0" to "4.0, 6.0, 9.0, 12.0")
was "the change is 2.5 to 12.0": the right paragraph got a warning, and the backwards one
the same warning and no error."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.checks import ERROR, Finding, run_checks
from tests.support.builders import doc
from tests.support.plain import plain_filing, rsu_table_amendment

RATIO_HEAD = "Exercise Price of Eligible Option\tEligible Options per New RSU"
BANDS = ["$15.00 - $19.99", "$20.00 - $29.99", "$30.00 - $39.99", "$40.00 and above"]
SHIFT = (("2.5", "4.0", "6.0", "9.0"), ("4.0", "6.0", "9.0", "12.0"))
TIER_HEAD = "Tier\tExercise Price Range\tOptions per New RSU"


def _draft(example_filing_toml: Path, head: str, old: list[str], new: list[str]) -> Amendment:
    return rsu_table_amendment(example_filing_toml, head, old, new)


def _table(names: list[str], old: tuple[str, ...], new: tuple[str, ...]) -> tuple[list[str], ...]:
    return tuple([f"{n}\t{v}" for n, v in zip(names, values, strict=True)] for values in (old, new))


def _said(amendment: Amendment, paragraph: str) -> list[Finding]:
    """Every finding on counsel's paragraph of the table's item."""
    index = next(n for n, i in enumerate(amendment.change_items) if "\t" in (i.new_text or ""))
    amendment.change_items[index].set_plain_summary(paragraph)
    return [f for f in run_checks(amendment) if f.item == index and f.code == "plain_facts"]


def _errors(found: list[Finding]) -> list[str]:
    return [f.message for f in found if f.severity == ERROR]


@pytest.fixture
def shifted(example_filing_toml: Path) -> Amendment:
    return _draft(example_filing_toml, RATIO_HEAD, *_table(BANDS, *SHIFT))


RIGHT = [
    "In the lowest tier you will now receive one New RSU for every 4.0 Eligible Options. "
    "It was one for every 2.5.",
    "For options priced $40.00 and above, you will now receive one New RSU for every 12.0 "
    "Eligible Options. It was one for every 9.0.",
    "In the second tier the ratio goes from one for every 4.0 to one for every 6.0.",
]


@pytest.mark.parametrize("paragraph", RIGHT)
def test_a_rows_change_told_the_right_way_passes(shifted: Amendment, paragraph: str) -> None:
    assert _said(shifted, paragraph) == []


@pytest.mark.parametrize(
    ("paragraph", "row"),
    [
        (
            "In the lowest tier you will now receive one New RSU for every 2.5 Eligible "
            "Options. It was one for every 4.0.",
            BANDS[0],
        ),
        (
            "For options priced $40.00 and above, you will now receive one New RSU for every "
            "9.0 Eligible Options. It was one for every 12.0.",
            BANDS[3],
        ),
        (
            "In the second tier the ratio goes from one for every 6.0 to one for every 4.0.",
            BANDS[1],
        ),
    ],
)
def test_a_rows_change_told_backwards_is_an_error_naming_the_row(
    shifted: Amendment, paragraph: str, row: str
) -> None:
    errors = _errors(_said(shifted, paragraph))
    assert any("wrong way round" in m and row in m for m in errors), errors


def test_a_figure_no_row_has_is_still_named(shifted: Amendment) -> None:
    found = _said(
        shifted,
        "In the lowest tier you will now receive one New RSU for every 5.5 Eligible Options.",
    )
    assert any("5.5" in f.message for f in found), found
    assert not any("2.5 to 12.0" in f.message for f in found), found


def _swapped_tiers(example_filing_toml: Path) -> Amendment:
    """Tier A 3.0 to 5.0 and Tier B 5.0 to 3.0, Tier D moved to the top."""
    rows = {"A": "$8.00 - $11.99", "B": "$12.00 - $17.99", "C": "$18.00 - $24.99"}
    old = [
        f"Tier {t}\t{p}\t{r}" for (t, p), r in zip(rows.items(), ("3.0", "5.0", "7.0"), strict=True)
    ]
    new = [
        f"Tier {t}\t{p}\t{r}" for (t, p), r in zip(rows.items(), ("5.0", "3.0", "7.0"), strict=True)
    ]
    top = "Tier D\t$25.00 and above\t10.0"
    return _draft(example_filing_toml, TIER_HEAD, [*old, top], [top, *new])


def test_a_row_named_is_read_against_its_own_change(example_filing_toml: Path) -> None:
    amendment = _swapped_tiers(example_filing_toml)
    right = (
        "You will now receive one New RSU for every 5.0 Eligible Options in Tier A. It was one "
        "for every 3.0."
    )
    assert _said(amendment, right) == []
    backwards = (
        "You will now receive one New RSU for every 3.0 Eligible Options in Tier A. It was one "
        "for every 5.0."
    )
    errors = _errors(_said(amendment, backwards))
    assert any("wrong way round" in m and "Tier A" in m for m in errors), errors


@pytest.mark.parametrize(
    ("head", "old", "new", "right", "backwards"),
    [
        (  # prices
            "Grant Year\tExercise Price",
            ("$10.00", "$12.00", "$14.00"),
            ("$12.00", "$14.00", "$16.00"),
            "For 2019 grants the exercise price is now $12.00. It was $10.00.",
            "For 2019 grants the exercise price is now $10.00. It was $12.00.",
        ),
        (  # percentages
            "Grant Year\tPortion Vested",
            ("10%", "20%", "30%"),
            ("20%", "30%", "40%"),
            "For 2019 grants the portion vested is now 20%. It was 10%.",
            "For 2019 grants the portion vested is now 10%. It was 20%.",
        ),
        (  # share counts
            "Grant Year\tShares",
            ("1,000", "1,500", "2,000"),
            ("1,500", "2,000", "2,500"),
            "For 2019 grants the number of shares is now 1,500. It was 1,000.",
            "For 2019 grants the number of shares is now 1,000. It was 1,500.",
        ),
    ],
)
def test_every_kind_of_row_figure_is_read_by_its_row(
    example_filing_toml: Path,
    head: str,
    old: tuple[str, ...],
    new: tuple[str, ...],
    right: str,
    backwards: str,
) -> None:
    names = ["2019", "2020", "2021"]
    amendment = _draft(example_filing_toml, head, *_table(names, old, new))
    assert _errors(_said(amendment, right)) == []
    errors = _errors(_said(amendment, backwards))
    assert any("wrong way round" in m and "2019" in m for m in errors), errors


def test_a_prose_change_told_backwards_stays_an_error(example_filing_toml: Path) -> None:
    sentence = "You will receive one New RSU for every {} Eligible Options."
    filing = plain_filing(
        example_filing_toml, consideration="New RSUs", tendered="Eligible Options"
    )
    spec: list[tuple[str, list[str]]] = [
        ("", ["Kestrel is offering to exchange Eligible Options for New RSUs."]),
        ("2. Exchange Ratio", [sentence.format("2.5")]),
    ]
    revised = [spec[0], ("2. Exchange Ratio", [sentence.format("4.0")])]
    amendment = draft_amendment(doc(spec), doc(revised), filing)
    index = next(n for n, i in enumerate(amendment.change_items) if "2.5" in i.old_text)
    amendment.change_items[index].set_plain_summary(
        "You will now receive one New RSU for every 2.5 Eligible Options. It was one for every 4.0."
    )
    errors = [
        f.message
        for f in run_checks(amendment)
        if f.item == index and f.code == "plain_facts" and f.severity == ERROR
    ]
    assert any("2.5" in m and "new one" in m for m in errors), errors


def test_another_rows_change_said_of_a_row_named_is_an_error(shifted: Amendment) -> None:
    errors = _errors(
        _said(
            shifted,
            "For options priced $40.00 and above, you will now receive one New RSU for every "
            "6.0 Eligible Options. It was one for every 4.0.",
        )
    )
    assert any(BANDS[3] in m and BANDS[1] in m for m in errors), errors
