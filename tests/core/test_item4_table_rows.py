"""A table of the terms an item restates (the maximum number of New RSUs for each exercise
price range) is stated in Item 4: it was left to the closing "also amended as set forth in
this Amendment", its figures being no price, ratio or count of what holders tender. Each row
is read beside the row it still is: a band put in at the top is a band added, and only the
figures that changed in the bands kept are said, each once."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.items import ItemKind, Materiality
from amendtool.core.series_amendment import supplements
from tests.support.builders import Spec, doc
from tests.support.plain import plain_filing

HEAD = "Exercise price range\tEligible Options outstanding\tMaximum New RSUs"
BAND_15 = "$15.00 to $19.99\t1,200,000\t600,000"
BAND_20 = "$20.00 to $29.99\t800,000\t400,000"
BAND_30 = "$30.00 and above\t500,000\t250,000"
BAND_12 = "$12.00 to $14.99\t900,000\t300,000"


def _offer(rows: list[str]) -> Spec:
    return [
        ("", ["Kestrel is offering to exchange Eligible Options for New RSUs."]),
        ("5. Source and Amount of Consideration", ["The table below sets out:", HEAD, *rows]),
        ("7. Conditions of the Offer", ["The conditions are for our benefit."]),
    ]


def _item4(example_filing_toml: Path, old: list[str], new: list[str]) -> tuple[Amendment, str]:
    filing = plain_filing(
        example_filing_toml, consideration="New RSUs", tendered="Eligible Options"
    )
    amendment = draft_amendment(doc(_offer(old)), doc(_offer(new)), filing)
    (supplement,) = supplements(amendment)
    assert supplement.heading.startswith("Item 4."), supplement.heading
    return amendment, " ".join(supplement.text.split())


def test_a_band_put_in_at_the_top_and_maximums_changed_are_stated(
    example_filing_toml: Path,
) -> None:
    new = [BAND_12, BAND_15.replace("600,000", "400,000"), BAND_20.replace("400,000", "266,666")]
    amendment, text = _item4(example_filing_toml, [BAND_15, BAND_20], new)
    [item] = amendment.change_items
    assert item.kind is ItemKind.REPLACE_TABLE
    assert item.materiality is Materiality.CONSIDERATION, item.materiality_reason
    assert "exercise price range “$12.00 to $14.99”" in text, text
    assert "Maximum New RSUs for “$15.00 to $19.99” from 600,000 to 400,000" in text, text
    assert "Maximum New RSUs for “$20.00 to $29.99” from 400,000 to 266,666" in text, text
    # the band below the new one is not said rewritten into it, and each figure said once
    assert "from 600,000 to 900,000" not in text and text.count("266,666") == 1, text
    assert "decrease" in text, text


def test_a_band_taken_out_in_the_middle_is_stated(example_filing_toml: Path) -> None:
    old = [BAND_15, BAND_20, BAND_30]
    new = [BAND_15.replace("600,000", "550,000"), BAND_30]
    _, text = _item4(example_filing_toml, old, new)
    assert "“$20.00 to $29.99”" in text and "remove" in text, text
    assert "from 600,000 to 550,000" in text, text
    assert "250,000" not in text, text  # the band kept as it was


def test_many_rows_changed_are_said_in_one_clause(example_filing_toml: Path) -> None:
    old = [BAND_15, BAND_20, BAND_30]
    new = [BAND_12, *(r[: r.rindex("\t")] + "\t100,000" for r in old)]
    _, text = _item4(example_filing_toml, old, new)
    assert "the figures under “Maximum New RSUs”" in text, text
    assert "for each exercise price range, as set forth in this Amendment" in text, text
    assert "100,000" not in text, text


BUY = "We will purchase up to the number of Shares of each class set out below."
CLASS_A = "Class A Common Stock\tup to 2,000,000 Shares"
CLASS_B = "Class B Common Stock\tup to 1,000,000 Shares"
CLASS_C = "Class C Common Stock\tup to 800,000 Shares"
PREFERRED = "Series A Preferred Stock\tup to 5,000,000 Shares"


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ([CLASS_A, CLASS_B], [PREFERRED, CLASS_A.replace("2,000,000", "2,040,000"), CLASS_B]),
        ([CLASS_C, CLASS_A, CLASS_B], [CLASS_A.replace("2,000,000", "2,040,000"), CLASS_B]),
    ],
)
def test_the_number_sought_is_that_of_the_class_raised(
    example_filing_toml: Path, old: list[str], new: list[str]
) -> None:
    """A class put in or taken out above the class raised: Item 4 said "from 2,000,000 to
    5,000,000" (the new class's number), or "from 800,000 to 2,040,000"."""
    filing = plain_filing(example_filing_toml, consideration="Purchase Price", tendered="Shares")

    def offer(rows: list[str]) -> Spec:
        return [
            ("", ["Tamsin Corp. is offering to purchase shares of its stock."]),
            ("1. Number of Shares; Purchase Price", [BUY, *rows, "We will pay promptly."]),
        ]

    amendment = draft_amendment(doc(offer(old)), doc(offer(new)), filing)
    (supplement,) = supplements(amendment)
    text = " ".join(supplement.text.split())
    assert "from 2,000,000 to 2,040,000" in text, text
    assert "5,000,000" not in text and "800,000" not in text, text
