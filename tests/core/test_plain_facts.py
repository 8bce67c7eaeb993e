"""The facts a change alters, read as the plain notice states them: "is now … It was …"."""

from __future__ import annotations

import pytest

from amendtool.core.plain_facts import fact_changes, facts_in


@pytest.mark.parametrize(
    ("old", "new", "label", "was", "now", "direction"),
    [
        (
            "Options that have an exercise price per share of $20.00 or more are eligible.",
            "Options that have an exercise price per share of $17.50 or more are eligible.",
            "minimum exercise price per share",
            "$20.00",
            "$17.50",
            -1,
        ),
        (
            "Options must have an exercise price of at least $15.00 to be eligible.",
            "Options must have an exercise price of at least $12.50 to be eligible.",
            "minimum exercise price",
            "$15.00",
            "$12.50",
            -1,
        ),
        (
            "We will not accept options with an exercise price of less than $12.00.",
            "We will not accept options with an exercise price of less than $10.00.",
            "limit on the exercise price",
            "$12.00",
            "$10.00",
            -1,
        ),
        (
            "We are seeking up to 25% of the outstanding shares.",
            "We are seeking up to 30% of the outstanding shares.",
            "maximum percentage of the outstanding shares",
            "25%",
            "30%",
            1,
        ),
        (
            "The offer will expire at 11:59 p.m., Eastern Time, on September 27, 2001.",
            "The offer will expire at 5:00 p.m., Eastern Time, on October 4, 2001.",
            "deadline",
            "11:59 p.m. on September 27, 2001",
            "5:00 p.m. on October 4, 2001",
            1,
        ),
        (
            "The offer expires on September 27, 2001.",
            "The offer expires on September 20, 2001.",
            "deadline",
            "September 27, 2001",
            "September 20, 2001",
            -1,
        ),
        (
            "We will grant one New Option for each Eligible Option you tender.",
            "We will grant one New Option for every two Eligible Option you tender.",
            "exchange ratio",
            "one for one",
            "one for two",
            -1,  # fewer new options for each one tendered
        ),
        (
            "You must return the Election Form to us.",
            "You must return the Letter of Transmittal to us.",
            "document",
            "Election Form",
            "Letter of Transmittal",
            0,
        ),
        (
            "Within two business days after the expiration date, we will confirm.",
            "Within one business day after the expiration date, we will confirm.",
            "period within which we will confirm",
            "two business days",
            "one business day",
            -1,
        ),
    ],
)
def test_each_kind_of_fact_is_read_with_what_it_measures(
    old: str, new: str, label: str, was: str, now: str, direction: int
) -> None:
    changes, rest_changed = fact_changes(old, new)
    assert [(c.label, c.old, c.new, c.direction) for c in changes] == [(label, was, now, direction)]
    assert not rest_changed


def test_the_same_amount_printed_another_way_is_no_change() -> None:
    changes, rest_changed = fact_changes("a price of $20 per share", "a price of $20.00 per share")
    assert changes == []
    assert rest_changed  # the words differ, though no fact does


def test_references_are_not_facts() -> None:
    text = "See Section 7 on page 27, Rule 13e-4 and Exhibit (a)(1) of the Act of 1934."
    assert facts_in(text) == []
    changes, rest_changed = fact_changes(text, text.replace("page 27", "page 28"))
    assert changes == [] and rest_changed


def test_other_words_changed_beside_a_fact_are_reported() -> None:
    changes, rest_changed = fact_changes(
        "Options priced at $20.00 or more are eligible.",
        "Options priced at $17.50 or more, held by employees in the United States, are eligible.",
    )
    assert [c.new for c in changes] == ["$17.50"]
    assert rest_changed


def test_a_fact_added_rather_than_changed_is_left_to_the_words() -> None:
    changes, rest_changed = fact_changes(
        "Options are eligible.", "Options priced at $17.50 or more are eligible."
    )
    assert changes == [] and rest_changed


def test_a_table_cell_is_named_by_its_column_and_row() -> None:
    table = (
        "Exercise price of eligible option\tExchange ratio (shares for one RSU)\n"
        "$12.51 to $15.00\t2.5 to 1\n$15.01 to $20.00\t{} to 1"
    )
    (change,), rest_changed = fact_changes(table.format("4.0"), table.format("3.5"))
    assert (change.label, change.old, change.new, change.row) == (
        "exchange ratio",
        "4.0 to 1",
        "3.5 to 1",
        "$15.01 to $20.00",
    )
    assert not rest_changed


def test_dates_in_capitals_and_counts_of_units_read_plainly() -> None:
    (date,), _ = fact_changes(
        "THE OFFER WILL EXPIRE AT 11:59 P.M. ON APRIL 3, 2023.",
        "THE OFFER WILL EXPIRE AT 11:59 P.M. ON APRIL 17, 2023.",
    )
    assert (date.label, date.old, date.new, date.direction) == (
        "deadline",
        "April 3, 2023",
        "April 17, 2023",
        1,
    )
    (count,), _ = fact_changes("you would receive 250 RSUs.", "you would receive 285 RSUs.")
    assert (count.label, count.old, count.new) == ("number of RSUs you will receive", "250", "285")
