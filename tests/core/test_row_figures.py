"""The figures of a restated table are read row by row: a row put in at the top (or taken
out) is a row of its own, and a figure changed in a row kept is paired with that row's new
figure, not with the first new figure of its kind anywhere in the table. Each reader of
changed figures is asked: the proposal for a table of past market prices, the 2% proviso
note, a term left at its old value elsewhere, and a figure another item replaced."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.items import AmendmentItem, ItemKind, Locator, Materiality
from amendtool.core.materiality import propose
from amendtool.core.plain_replaced_values import replaced_values
from amendtool.core.row_facts import item_fact_pairs
from amendtool.core.stale_terms import changed_terms, check_stale_terms
from amendtool.core.two_percent import check_two_percent
from tests.support.april_filing import april_filing
from tests.support.builders import Spec, doc

# --- a table of past market prices, restated whole -------------------------------------

PRICES = "Section 3. Price Range of Shares; Dividends"
COLUMNS = "Quarter\tHigh\tLow"
Q1 = "2025 First Quarter\t$20.00\t$18.00"
Q2 = "2025 Second Quarter\t$21.00\t$19.00"
Q3 = "2025 Third Quarter\t$22.00\t$20.00"
Q4 = "2025 Fourth Quarter\t$23.00\t$21.00"


def _table(old: list[str], new: list[str], section: str = PRICES) -> AmendmentItem:
    return AmendmentItem(
        ItemKind.REPLACE_TABLE,
        Locator(section_id="s3", section_name=section),
        old_text="\n".join(old),
        new_text="\n".join(new),
        new_paragraphs=new,
    )


def test_a_price_history_restated_with_a_quarter_put_in_at_the_top() -> None:
    restated = Q2.replace("$21.00", "$21.50")
    proposal = propose(_table([COLUMNS, Q3, Q2, Q1], [COLUMNS, Q4, Q3, restated, Q1]))
    assert proposal.materiality is Materiality.CLARIFYING, proposal.reason
    assert "“2025 Fourth Quarter”" in proposal.reason, proposal.reason
    assert "$21.00 → $21.50" in proposal.reason, proposal.reason
    # no kept quarter is said restated, and no figure is paired across rows
    assert "Third Quarter" not in proposal.reason and "First Quarter" not in proposal.reason
    assert proposal.reason.count("→") == 1, proposal.reason


def test_a_price_history_restated_with_a_quarter_taken_out_in_the_middle() -> None:
    restated = Q1.replace("$18.00", "$17.50")
    proposal = propose(_table([COLUMNS, Q3, Q2, Q1], [COLUMNS, Q3, restated]))
    assert proposal.materiality is Materiality.CLARIFYING, proposal.reason
    assert "“2025 Second Quarter”" in proposal.reason, proposal.reason
    assert "$18.00 → $17.50" in proposal.reason, proposal.reason
    assert proposal.reason.count("→") == 1, proposal.reason


# --- a table of the securities sought ---------------------------------------------------

BUY = "We will purchase up to the number of Shares of each class set out below at $24.00 per Share."
CLASS_A = "Class A Common Stock\tup to 2,000,000 Shares"
CLASS_B = "Class B Common Stock\tup to 1,000,000 Shares"
CLASS_C = "Class C Common Stock\tup to 800,000 Shares"
PREFERRED = "Series A Preferred Stock\tup to 5,000,000 Shares"


def _sought(example_filing_toml: Path, old: list[str], new: list[str]) -> Amendment:
    def offer(rows: list[str]) -> Spec:
        return [
            ("", ["Tamsin Corp. is offering to purchase shares of its stock."]),
            ("1. Number of Shares; Purchase Price", [BUY, *rows, "We will pay promptly."]),
        ]

    filing = april_filing(example_filing_toml, "the offer to purchase shares")
    return draft_amendment(doc(offer(old)), doc(offer(new)), filing)


@pytest.mark.parametrize(
    ("old", "new", "raised"),
    [
        # a class put in at the top; class A's number raised
        (
            [CLASS_A, CLASS_B],
            [PREFERRED, CLASS_A.replace("2,000,000", "2,040,000"), CLASS_B],
            "2,000,000 Shares → 2,040,000 Shares",
        ),
        # class B taken out in the middle; class C's number raised
        (
            [CLASS_A, CLASS_B, CLASS_C],
            [CLASS_A, CLASS_C.replace("800,000", "816,000")],
            "800,000 Shares → 816,000 Shares",
        ),
        # class C taken out at the top; class A's number raised below it
        (
            [CLASS_C, CLASS_A, CLASS_B],
            [CLASS_A.replace("2,000,000", "2,040,000"), CLASS_B],
            "2,000,000 Shares → 2,040,000 Shares",
        ),
    ],
)
def test_the_proviso_note_counts_the_figures_of_the_row_raised(
    example_filing_toml: Path, old: list[str], new: list[str], raised: str
) -> None:
    amendment = _sought(example_filing_toml, old, new)
    assert [i.kind for i in amendment.change_items] == [ItemKind.REPLACE_TABLE]
    [note] = check_two_percent(amendment)
    assert raised in note.message, note.message
    assert note.message.count("→") == 1, note.message


# --- a table of cash payments by exercise price, and a term left at its old value --------

SUMMARY = "Options with an exercise price from $20.00 to $29.99 receive a cash payment of $2.00."
BAND_A = "$15.00 to $19.99\t$1.00 per option"
BAND_B = "$20.00 to $29.99\t$2.00 per option"
BAND_C = "$30.00 and above\t$3.00 per option"
BAND_NEW = "$10.00 to $14.99\t$0.50 per option"
RAISED = BAND_B.replace("$2.00", "$2.25")


def _payments(example_filing_toml: Path, old: list[str], new: list[str]) -> Amendment:
    def offer(rows: list[str]) -> Spec:
        return [
            ("", ["Kestrel is offering to exchange eligible options for a cash payment."]),
            ("Summary Term Sheet", [SUMMARY]),
            (
                "5. Consideration",
                ["We will pay the cash payment per eligible option set out below.", *rows],
            ),
        ]

    filing = april_filing(example_filing_toml, "the offer to exchange options")
    return draft_amendment(doc(offer(old)), doc(offer(new)), filing)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # a band put in at the top, the last taken out
        ([BAND_A, BAND_B, BAND_C], [BAND_NEW, BAND_A, RAISED]),
        # the top band taken out
        ([BAND_C, BAND_A, BAND_B], [BAND_A, RAISED]),
        # the top band taken out, a band put in at the end
        ([BAND_C, BAND_A, BAND_B], [BAND_A, RAISED, BAND_NEW]),
        # a band taken out in the middle
        ([BAND_A, BAND_C, BAND_B], [BAND_A, RAISED]),
    ],
)
def test_a_term_left_at_its_old_value_is_the_row_s_own(
    example_filing_toml: Path, old: list[str], new: list[str]
) -> None:
    amendment = _payments(example_filing_toml, old, new)
    [item] = amendment.change_items
    assert item.kind is ItemKind.REPLACE_TABLE
    terms = [(t.old_text, t.new_text) for t in changed_terms(amendment.change_items)]
    assert terms == [("$2.00", "$2.25")]
    stale = [f.message for f in check_stale_terms(amendment)]
    assert len(stale) == 1, stale
    assert "changes $2.00 to $2.25" in stale[0] and "Summary Term Sheet" in stale[0], stale


def test_a_band_renamed_where_it_stands_pairs_its_figures_cell_by_cell() -> None:
    """A band put in at the top where the top band was taken out is that band renamed where
    it stands (`row_pairing`): its payment is paired with the payment, not with the band's
    second price."""
    item = _table(
        ["Exercise price\tCash payment", BAND_C, BAND_A],
        ["Exercise price\tCash payment", BAND_NEW, BAND_A],
        "Section 5. Consideration",
    )
    assert item_fact_pairs(item) == {("money", "30", "10"), ("money", "3", "0.5")}


def test_a_figure_replaced_in_a_row_is_replaced_by_that_row_s_figure(
    example_filing_toml: Path,
) -> None:
    """The band taken out at the top has no figure in its place: its payment is replaced
    by nothing, and the payment raised in the band kept by the band's new payment."""
    old, new = [BAND_A, BAND_B, BAND_C], [BAND_NEW, BAND_A, RAISED]
    replaced = replaced_values(_payments(example_filing_toml, old, new).change_items)
    assert replaced[("money", "2")] == (0, "$2.25")
    assert replaced[("money", "3")] == (0, "nothing")


# --- the same change restated elsewhere -------------------------------------------------


def test_a_table_s_changed_figures_are_paired_within_their_rows() -> None:
    item = _table(
        ["Exercise price\tCash payment", BAND_A, BAND_B, BAND_C],
        ["Exercise price\tCash payment", BAND_NEW, BAND_A, RAISED],
        "Section 5. Consideration",
    )
    assert item_fact_pairs(item) == {("money", "2", "2.25")}
