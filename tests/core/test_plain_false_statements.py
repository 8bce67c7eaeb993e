"""Counsel's plain paragraph stating what the tool can know is false, which `check` passed
with "no errors" (tester07 finding 3): a weekday that is not the date's, an old value that is
not the change's old value ("up from $24.10" where the price was $25.50), a figure of the
change's words that is not the change's ("close above $26.75" where the new condition says
$27.50), a figure a named holder does not hold where the holder's row is one the change
leaves alone; and what is true, which it called an error (finding 4): the reader's own past
("if you were a holder of record on June 1, 2026") is no old value of the change."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.plain_contradictions import contradictions
from amendtool.core.weekday_dates import wrong_weekdays
from tests.support.builders import doc
from tests.support.plain import (
    OFFER,
    lowered,
    plain_filing,
    revised,
    rsu_table_amendment,
    table_errors,
)

PRICE = "We will purchase the Preferred Shares at a price of {} per Preferred Share."
OLD_PRICE, NEW_PRICE = PRICE.format("$25.50"), PRICE.format("$26.75")
MARKET = ["The closing price of the Preferred Shares on May 1, 2026 was $24.10."]


def test_an_old_value_that_is_not_the_changes_old_value_is_an_error() -> None:
    paragraph = "The price is now $26.75 a share, up from $24.10."
    [problem] = contradictions(OLD_PRICE, NEW_PRICE, paragraph, offer=MARKET)
    assert "$24.10" in problem and "$25.50" in problem, problem


@pytest.mark.parametrize(
    "paragraph",
    [
        "The price is now $26.75 a share, up from $25.50.",
        "The price is now $26.75 a share. It was $25.50.",
        "We raised the price from $25.50 to $26.75 a share.",
        "The price is now $26.75 a share. On May 1, 2026 the shares closed at $24.10.",
    ],
)
def test_the_changes_own_old_value_passes(paragraph: str) -> None:
    assert contradictions(OLD_PRICE, NEW_PRICE, paragraph, offer=MARKET) == []


CONDITION = (
    "the closing price of the Preferred Shares on the New York Stock Exchange exceeds $27.50 "
    "on any trading day before the Expiration Date;"
)


def test_a_figure_in_the_changes_own_words_that_is_not_its_figure_is_an_error() -> None:
    paragraph = (
        "We added a condition. We do not have to buy your shares if they close above $26.75 "
        "on any trading day before the deadline."
    )
    offer = [NEW_PRICE, CONDITION]
    [problem] = contradictions("", CONDITION, paragraph, offer=offer)
    assert "$26.75" in problem and "$27.50" in problem, problem
    right = paragraph.replace("$26.75", "$27.50")
    assert contradictions("", CONDITION, right, offer=offer) == []


RECORD = (
    "Will I get the June dividend? Yes. Holders of record on June 1, 2026 will receive the "
    "regular quarterly dividend of $0.453125 per Preferred Share, whether or not they tender."
)


@pytest.mark.parametrize(
    "paragraph",
    [
        "You will get the June dividend of $0.453125 a share if you were a holder of record "
        "on June 1, 2026.",
        "If you held Preferred Shares on June 1, 2026, you will get the June dividend of "
        "$0.453125 a share.",
        "Holders of record on June 1, 2026 will get the June dividend of $0.453125 a share.",
    ],
)
def test_the_readers_own_past_is_no_old_value_of_an_item_that_only_adds(paragraph: str) -> None:
    assert contradictions("", RECORD, paragraph) == []


def test_a_value_given_said_as_old_is_still_an_error_where_the_change_replaces_one() -> None:
    [problem] = contradictions(OLD_PRICE, NEW_PRICE, "We cut the price from $26.75 to $25.50.")
    assert "wrong way round" in problem


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("The offer now ends at 11:59 p.m. on Thursday, June 26, 2026.", ["Thursday"]),
        ("The offer now ends at 11:59 p.m. on Friday, June 26, 2026.", []),
        ("It ends on Friday June 26, 2026 and pays on Monday, June 29, 2026.", []),
        ("It ends on Friday, June 26, 2026 and pays on Tuesday, June 29, 2026.", ["Tuesday"]),
        ("It ends on Thursday, June 26.", []),  # no year: the day is not known
    ],
)
def test_a_weekday_that_is_not_its_dates_is_named(text: str, wrong: list[str]) -> None:
    found = wrong_weekdays(text)
    assert [w.printed.split(",")[0] for w in found] == wrong, found
    for w in found:
        assert w.actual in ("Friday", "Monday"), w


HEAD = "Name\tPreferred Shares"
ROWS = ["Fujimoto, Aiko\t4,500", "Haddad, Omar\t12,000", "Lindqvist, Per\t2,000"]


@pytest.fixture
def one_row(example_filing_toml: Path) -> Amendment:
    new = [r.replace("12,000", "15,000") for r in ROWS]
    return rsu_table_amendment(example_filing_toml, HEAD, ROWS, new, section="10. Interests")


@pytest.mark.parametrize(
    ("paragraph", "named", "printed"),
    [
        ("Per Lindqvist now holds 4,500 Preferred Shares.", "Lindqvist, Per", "2,000"),
        ("Aiko Fujimoto now holds 15,000 Preferred Shares.", "Fujimoto, Aiko", "4,500"),
    ],
)
def test_another_holders_figure_for_a_row_the_change_leaves_alone_is_an_error(
    one_row: Amendment, paragraph: str, named: str, printed: str
) -> None:
    errors = table_errors(one_row, paragraph)
    assert any(named in e and printed in e for e in errors), errors


def test_a_row_the_change_leaves_alone_told_rightly_passes(one_row: Amendment) -> None:
    paragraph = "Omar Haddad now holds 15,000 Preferred Shares. Per Lindqvist still holds 2,000."
    assert table_errors(one_row, paragraph) == []


def _errors(amendment: Amendment) -> list[str]:
    from amendtool.core.checks import ERROR, run_checks

    return [f.message for f in run_checks(amendment) if f.severity == ERROR]


def test_check_names_a_wrong_weekday_in_counsels_paragraph(example_filing_toml: Path) -> None:
    amendment = lowered(plain_filing(example_filing_toml))
    assert not [e for e in _errors(amendment) if "is a " in e]
    amendment.change_items[0].set_plain_summary(
        "More of your options may now be eligible. Decide by Wednesday, April 23, 2026."
    )
    [error] = [e for e in _errors(amendment) if "Wednesday" in e]
    assert error.startswith("item A: counsel's plain paragraph prints “Wednesday, April 23, 2026”")
    assert "April 23, 2026 is a Thursday" in error


def test_check_names_a_wrong_weekday_the_filing_quotes(example_filing_toml: Path) -> None:
    announce = "We will announce any extension on Friday, April 24, 2026."
    offer = [*OFFER, ("8. Extension", [announce])]
    new = revised(revised(offer, "$20.00", "$17.50"), "Friday, April 24", "Monday, April 24")
    amendment = draft_amendment(doc(offer), doc(new), plain_filing(example_filing_toml))
    errors = [e for e in _errors(amendment) if "is a Friday" in e]
    assert errors and "“Monday, April 24, 2026”" in errors[0], _errors(amendment)


def test_a_paragraph_saying_the_opposite_of_the_changes_words_is_an_error(
    example_filing_toml: Path,
) -> None:
    from amendtool.core.plain_polarity import opposite_said

    [item] = lowered(plain_filing(example_filing_toml)).change_items[:1]
    item = dataclasses.replace(
        item, new_text="Holders will not receive interest on the Purchase Price."
    )
    [said] = opposite_said(item, "We fixed a typo. You will now receive interest on the price.")
    assert "“will now receive interest" in said and "“will not receive interest" in said
    for right in (
        "We fixed a typo. You will not receive interest on the Purchase Price.",
        "We fixed a typo. Holders still will not receive interest.",
        "We fixed a typo. You will receive the Purchase Price, without interest.",
    ):
        assert opposite_said(item, right) == [], right
