"""Several changes in one table (a sentence added to one row's text, a figure changed in
another's, a row taken out and a row put in) are cited row by row, as counsel cite them,
and the notice says each; a table restated whole is told by its rows as they pair by name,
never by their places (a row taken out does not make the next row "now" its neighbour)."""

from __future__ import annotations

from amendtool.core.apply import TextDocument, apply_items
from amendtool.core.drafting import draft_items
from amendtool.core.items import AmendmentItem, ItemKind
from amendtool.core.plain_summary import summarise
from amendtool.core.wording import house_wording
from tests.support.builders import Spec, doc

HEAD = "Terms of the Exchange\t"
ROWS = [
    "Eligible Units\tRestricted stock units granted before March 1, 2021 that remain unvested.",
    "Exchange Ratio\tOne New Unit for every 1.6 Eligible Units surrendered, rounded down to "
    "the nearest whole New Unit.",
    "Vesting of New Units\tThe New Units will vest in three equal annual installments. "
    "Vesting requires continued service through each vesting date.",
    "Tax Withholding\tWe will withhold shares to cover taxes when the New Units vest.",
    "How to Elect\tMake your election on the exchange website before the expiration date.",
]
LEAD = "This summary highlights the material terms of the exchange."
SPEC: Spec = [("SUMMARY TERM SHEET", [LEAD, HEAD, *ROWS]), ("1. Eligibility", ["One p."])]


def draft(rows: list[str], head: str = HEAD) -> list[AmendmentItem]:
    revised: Spec = [(SPEC[0][0], [LEAD, head, *rows]), *SPEC[1:]]
    original, changed = doc(SPEC), doc(revised)
    items = draft_items(original, changed).items
    amended = apply_items(TextDocument.from_document(original), items)
    assert amended.comparable() == TextDocument.from_document(changed).comparable()
    return items


def four_changes() -> list[str]:
    rows = list(ROWS)
    rows[1] = rows[1].replace("1.6 Eligible", "1.5 Eligible")
    rows[2] += " If your employment ends because of death or disability, they vest in full."
    del rows[3]
    rows.append("Questions\tWrite to the equity plan administrator at the address below.")
    return rows


def test_four_changes_in_a_term_sheet_are_four_items_each_naming_its_row() -> None:
    items = draft(four_changes())
    assert [(i.kind, i.locator.row_caption) for i in items] == [
        (ItemKind.REPLACE_WORDS, "Exchange Ratio"),
        (ItemKind.INSERT_SENTENCE, "Vesting of New Units"),
        (ItemKind.DELETE_ROW, "Tax Withholding"),
        (ItemKind.INSERT_ROW, "How to Elect"),
    ]
    assert (items[0].old_words, items[0].new_words) == ("1.6 Eligible Units", "1.5 Eligible Units")
    # the table's title over its prose rows is no row group the rows are named under
    assert [i.locator.row_group for i in items] == [None] * 4


PAYMENTS = ["\tEmployee Payment\tOfficer Payment", "Tranche A\t$1.10\t$0.90",
            "Tranche B\t$1.30\t$1.05", "Tranche C\t$1.45\t$1.20"]  # fmt: skip


def test_a_restated_table_is_told_row_by_row_as_its_rows_pair_by_name() -> None:
    """Most rows changed, one taken out and one put in (the count stays): the table is
    restated, and its plain paragraph pairs each row with itself, names the rows that
    came and went, and leaves what that means to counsel."""
    spec: Spec = [("2. Cash Payments", ["We will pay cash for each unit:", *PAYMENTS])]
    now = [PAYMENTS[0], "Tranche A\t$1.15\t$0.90", "Tranche C\t$1.50\t$1.20",
           "Tranche D\t$1.60\t$1.25"]  # fmt: skip
    revised: Spec = [("2. Cash Payments", ["We will pay cash for each unit:", *now])]
    items = draft_items(doc(spec), doc(revised)).items
    assert [i.kind for i in items] == [ItemKind.REPLACE_TABLE]
    text = summarise(items[0], house_wording()).text
    assert 'for "Tranche B" is now' not in text, text
    for row, new, old in (("A", "$1.15", "$1.10"), ("C", "$1.50", "$1.45")):
        said = f'is now {new}. It was {old}. This is in the table, in the row for "Tranche {row}".'
        assert said in text, text
    assert 'We took the row for "Tranche B" out of the table.' in text, text
    assert 'We added a row for "Tranche D" to the table.' in text, text
    assert "[Explain" in text, text  # counsel says what the rows that came and went mean


def test_a_row_named_by_its_year_is_cited_by_it() -> None:
    """A table by grant year ("2021 | 1 for 1.5"): the year names the row, as counsel cite it."""
    head = "Grant year of Eligible Units\tExchange ratio"
    spec: Spec = [("2. Exchange Ratios", ["Ratios:", head, "2020\t1 for 1.2", "2021\t1 for 1.5"])]
    now: Spec = [("2. Exchange Ratios", ["Ratios:", head, "2020\t1 for 1.2", "2021\t1 for 1.4"])]
    [item] = draft_items(doc(spec), doc(now)).items
    assert (item.kind, item.locator.row_caption) == (ItemKind.REPLACE_ROW, "2021")
