"""A changed figure in a table (exchange ratios by price band, a percentage by grant date)
is said by the table's own labels, as printed: its column heading and its row. The notice
never lowercases a defined term out of a heading ("eligible Options for each New RSU") and
never says "The rate is now 20%" when the heading does not say what the figure measures:
there it quotes the table and leaves the meaning to counsel, with the placeholder."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

import pytest

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import load_filing
from amendtool.core.plain_notice import PlainParagraph, plain_paragraphs
from amendtool.core.plain_summary import placeholders
from tests.support.builders import Spec, doc

FRONT = ("", ["Acme Widgets, Inc. is offering to exchange options for New RSUs."])
QUESTION = "How many New RSUs will I receive?"
PLACEHOLDER = "[Explain in one or two sentences what this change means for employees.]"


Said = Callable[[list[str], int, str], PlainParagraph]


@pytest.fixture(scope="module")
def said(example_filing_toml: Path) -> Said:
    """The notice's one paragraph on a table of `rows` whose `row` the revision restates
    as `new_row`."""
    details = load_filing(example_filing_toml)
    filing = dataclasses.replace(details, notice_style="plain", notice_explanation="")
    section = "2. Number of Options; Amount of Consideration"

    def paragraph(rows: list[str], row: int, new_row: str) -> PlainParagraph:
        new = list(rows)
        new[row] = new_row
        old_spec: Spec = [FRONT, (section, [QUESTION, *rows])]
        new_spec: Spec = [FRONT, (section, [QUESTION, *new])]
        (only,) = plain_paragraphs(draft_amendment(doc(old_spec), doc(new_spec), filing))
        return only

    return paragraph


def test_a_ratio_column_is_said_as_what_one_receives_in_the_offers_terms(said: Said) -> None:
    """A heading that states a ratio ("Eligible Options for each New RSU") makes its figure
    a ratio, said as a ratio in a sentence is: with its defined terms and its direction."""
    rows = [
        "Exercise Price\tEligible Options for each New RSU",
        "$10.00 to $14.99\t2.5",
        "$15.00 to $19.99\t4.0",
        "$20.00 and above\t6.0",
    ]
    paragraph = said(rows, 2, "$15.00 to $19.99\t3.5")
    assert paragraph.text.startswith(
        "You will now receive one New RSU for every 3.5 Eligible Options. "
        "It was one for every 4.0. You will receive more New RSUs for the same number of "
        'Eligible Options. This is in the table, in the row for "$15.00 to $19.99".'
    ), paragraph.text
    assert "eligible Options" not in paragraph.text


def test_a_column_that_names_its_measure_needs_no_placeholder(said: Said) -> None:
    """A heading that reads as a name ("Exchange ratio") names the figure; its row says
    which figure of the table it is."""
    rows = [
        "Exercise price range\tExchange ratio",
        "$10.00 to $14.99\t2.5 to 1",
        "$15.00 to $19.99\t4 to 1",
    ]
    paragraph = said(rows, 2, "$15.00 to $19.99\t3 to 1")
    assert paragraph.text.startswith(
        "The exchange ratio is now 3 to 1. It was 4 to 1. This is in the table, in the row for "
        '"$15.00 to $19.99".'
    ), paragraph.text
    assert placeholders(paragraph.text) == []


@pytest.mark.parametrize("heading", ["Rate", "Percentage", "Value", "Amount", "Factor"])
def test_a_column_that_does_not_say_what_it_measures_is_left_to_counsel(
    said: Said, heading: str
) -> None:
    rows = [f"Grant date\t{heading}", "Before 2020\t24%", "2020 and later\t30%"]
    paragraph = said(rows, 1, "Before 2020\t20%")
    assert f"The {heading.lower()} is now" not in paragraph.text
    assert f'In the table, "{heading}" for "Before 2020" is now 20%. It was 24%.' in paragraph.text
    assert PLACEHOLDER in paragraph.text
    assert not paragraph.summary.complete


def test_a_ratio_in_words_in_a_table_is_still_said_as_what_one_receives(said: Said) -> None:
    head = "EXERCISE PRICE OF ELIGIBLE OPTION\tNUMBER OF SHARES SUBJECT TO NEW OPTION"
    rows = [head, "$20.00 to $29.99\t1 for every 2", "$30.00 to $39.99\t1 for every 3"]
    paragraph = said(rows, 2, "$30.00 to $39.99\t1 for every 4")
    assert paragraph.text.startswith(
        "You will now receive one New Option for every four Eligible Options."
    ), paragraph.text


def test_a_rate_in_a_sentence_is_named_by_whose_rate_it_is_not_as_the_rate() -> None:
    """Outside a table too: "a rate of 24%" says no more than the kind of figure; the
    sentence says whose rate it is (the notes' interest), and the notice says that."""
    from amendtool.core.plain_facts import fact_changes
    from amendtool.core.plain_summary import fact_sentences
    from amendtool.core.wording import house_wording

    old = "The notes bear interest at a rate of 24% per year."
    changes, _ = fact_changes(old, old.replace("24%", "20%"))
    (sentence,) = fact_sentences(changes, house_wording())
    assert sentence == "The interest rate on the notes is now 20%. It was 24%."
    assert not placeholders(sentence)
    (unowned,) = fact_sentences(
        fact_changes("A rate of 24% applies.", "A rate of 20% applies.")[0], house_wording()
    )
    assert placeholders(unowned), unowned


def test_a_heading_with_a_note_mark_still_names_its_column(said: Said) -> None:
    rows = [
        "EXERCISE PRICE PER SHARE\tCASH PAYMENT PER SHARE(1)",
        "$15.00 to $19.99\t$0.50",
        "$30.00 to $34.99\t$0.15",
    ]
    paragraph = said(rows, 2, "$30.00 to $34.99\t$0.20")
    assert paragraph.text.startswith(
        "The cash payment per share is now $0.20. It was $0.15. This is in the table, in the "
        'row for "$30.00 to $34.99".'
    ), paragraph.text
    assert placeholders(paragraph.text) == []


def test_a_figure_under_no_heading_is_said_by_its_row_and_left_to_counsel(said: Said) -> None:
    rows = ["$15.00 to $19.99\t$0.50", "$30.00 to $34.99\t$0.15"]
    paragraph = said(rows, 1, "$30.00 to $34.99\t$0.20")
    assert "The amount is now" not in paragraph.text
    assert (
        'In the table, the figure in the row for "$30.00 to $34.99" is now $0.20. It was $0.15.'
        in paragraph.text
    ), paragraph.text
    assert PLACEHOLDER in paragraph.text
