"""Each item's proposed class and its reason, from the firm's rules; counsel's choice wins."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.drafting import draft_items
from amendtool.core.items import AmendmentItem, Materiality
from amendtool.core.materiality import propose_all
from amendtool.core.overrides import carry_overrides, lapsed_choices
from tests.support.builders import doc
from tests.support.materiality import drafted

C, M, K = "clarifying", "material", "consideration"
STS = "SUMMARY TERM SHEET"


# (heading, old paragraphs, new paragraphs, proposed class, words of the reason)
CASES = [
    pytest.param(
        STS,
        ["Which options are eligible?", "Options with an exercise price of $20.00 or more are."],
        ["Which options are eligible?", "Options with an exercise price of $17.50 or more are."],
        K,
        "Lowers the eligibility threshold from $20.00 to $17.50",
        id="threshold",
    ),
    pytest.param(
        "1. Terms of the Offer; Purchase Price",
        ["We will pay $10.00 per share, net to the seller in cash."],
        ["We will pay $11.25 per share, net to the seller in cash."],
        K,
        "Raises the price from $10.00 to $11.25",
        id="price",
    ),
    pytest.param(
        "2. Number of New Options; Exchange Ratio",
        ["You will receive one New Option for every two Eligible Options you exchange."],
        ["You will receive one New Option for every three Eligible Options you exchange."],
        K,
        "Changes the exchange ratio from one New Option for every two to one New Option for "
        "every three (fewer",
        id="ratio",
    ),
    pytest.param(
        "1. Number of Shares; Proration",
        ["We are offering to purchase up to 2,000,000 shares of our common stock."],
        ["We are offering to purchase up to 2,500,000 shares of our common stock."],
        K,
        "Raises the number of shares from 2,000,000 shares to 2,500,000 shares",
        id="share-count",
    ),
    pytest.param(
        "1. Number of Shares; Proration",
        ["The offer is for up to 10% of our outstanding shares."],
        ["The offer is for up to 15% of our outstanding shares."],
        K,
        "Raises the percentage of the outstanding shares sought from 10% to 15%",
        id="percentage-sought",
    ),
    pytest.param(
        "1. Eligibility",
        ["Options granted before January 1, 2001 are eligible."],
        ["Options granted before June 30, 2001 are eligible."],
        K,
        "Changes the grant-date cut-off for eligibility from January 1, 2001 to June 30, 2001",
        id="grant-date",
    ),
    pytest.param(
        "1. Eligibility",
        ["Employees of the Company and its subsidiaries who hold options are eligible."],
        ["Employees of the Company who hold options are eligible."],
        K,
        "May change who or what is eligible",
        id="who-is-eligible",
    ),
    pytest.param(
        "8. Source and Amount of Consideration; Terms of New Awards",
        ["In exchange for each Eligible Option you will receive cash."],
        ["In exchange for each Eligible Option you will receive restricted stock units."],
        K,
        "May change the form of consideration",
        id="form-of-consideration",
    ),
    pytest.param(
        "1. Number of Options; Expiration Date",
        ["The offer expires at 11:59 p.m., Eastern Time, on September 27, 2001."],
        ["The offer expires at 11:59 p.m., Eastern Time, on October 11, 2001."],
        "extension",
        "Extends the expiration, from 11:59 p.m., Eastern Time, on September 27, 2001 to",
        id="extension",
    ),
    pytest.param(
        "1. Number of Options; Expiration Date",
        ["The offer will expire at 5:00 p.m., Eastern Time, on April 23, 2026."],
        ["The offer will now expire at 5:00 p.m., Eastern Time, on April 27, 2026."],
        "extension",
        "Extends the expiration, from 5:00 p.m., Eastern Time, on April 23, 2026 to",
        id="bare-extension",
    ),
    pytest.param(
        "9. Terms of the New Options",
        ["The exercise price will be 110% of the closing price of our stock on the grant date."],
        ["The exercise price will be 115% of the closing price of our stock on the grant date."],
        K,
        "Raises the price from 110% to 115%",
        id="percent-of-market-price",
    ),
    pytest.param(
        "7. Conditions of the Offer",
        ["We may assert the conditions at any time before the expiration date."],
        ["We may assert the conditions at any time before the acceptance of options."],
        M,
        "Changes the conditions of the offer",
        id="conditions",
    ),
    pytest.param(
        "4. Withdrawal Rights",
        ["You may withdraw tendered options at any time before the expiration date."],
        [
            "You may withdraw tendered options at any time before the expiration date.",
            "A notice of withdrawal sent by e-mail must be received before the expiration date.",
        ],
        M,
        "Changes the withdrawal rights: adds a paragraph",
        id="withdrawal",
    ),
    pytest.param(
        "13. Material U.S. Federal Income Tax Consequences",
        ["The exchange should be treated as a non-taxable exchange."],
        ["The exchange will be treated as a taxable exchange."],
        M,
        "Changes the tax consequences",
        id="tax",
    ),
    pytest.param(
        "5. Acceptance of Options for Exchange",
        ["Within two business days after the expiration date, we will send you a notice."],
        ["Within one business day after the expiration date, we will send you a notice."],
        M,
        "Changes the procedures for the offer: shortens a period from two business days to one",
        id="procedures-period",
    ),
    pytest.param(
        "10. Interests of Directors and Officers",
        ["Our directors may participate in the offer."],
        ["Our directors and executive officers may not participate in the offer."],
        K,  # who may take part is the securities sought, whatever the section
        "Says who may take part in the offer (“may not participate”)",
        id="insiders",
    ),
    pytest.param(
        "9. Financial Information",
        ["Our revenue for 2000 was $12.1 million."],
        ["Our revenue for 2000 was $11.8 million."],
        M,
        "Changes financial information: lowers an amount from $12.1 million to $11.8 million",
        id="financial",
    ),
]

# Changes that leave every right, amount and date as it was: never proposed material.
CLARIFYING = [
    pytest.param(
        ["The conditions are for our benefit, not yours - we may waive them."],
        ["The conditions are for our benefit, not yours — we may waive them."],
        "Punctuation and typography only",
        id="dashes",
    ),
    pytest.param(
        ["The conditions to the Offer are for our benefit."],
        ["The conditions to the offer are for our benefit."],
        "Typography only",
        id="capitals",
    ),
    pytest.param(
        ["The conditions are for our benefit, and we may waive them."],
        ["The conditions are for our benefit and we may waive them."],
        "Punctuation and typography only",
        id="punctuation",
    ),
    pytest.param(
        ["The conditions are described in Section 7."],
        ["The conditions are described in Section 8."],
        "A cross-reference only (Section 7 → Section 8)",
        id="cross-reference",
    ),
    pytest.param(
        ["The conditions to the offer are for our benefit."],
        ["The conditions to this offer are for our benefit."],
        "Rewords without changing a right, an amount or a date: “the” → “this”",
        id="the-this",
    ),
    pytest.param(
        ["The conditions are described in our SEC reports."],
        ["The conditions are described in our Securities and Exchange Commission reports."],
        "Spells out an abbreviation (“SEC” → “Securities and Exchange Commission”)",
        id="abbreviation-spelled-out",
    ),
    pytest.param(
        ["No condition applies after Sept. 27, 2001 at a price of $20."],
        ["No condition applies after September 27, 2001 at a price of $20.00."],
        "Typography only (how an amount, a date or a word is printed)",
        id="dates-and-amounts-printed-differently",
    ),
]


@pytest.mark.parametrize(("heading", "old", "new", "expected", "reason"), CASES)
def test_proposed_class_and_reason(
    heading: str, old: list[str], new: list[str], expected: str, reason: str
) -> None:
    item = drafted(heading, old, new)[0]
    assert item.materiality.value == expected, item.materiality_reason
    assert item.materiality_proposed is not None
    assert item.materiality_proposed.value == expected
    assert item.materiality_source == "proposed"
    assert reason in item.materiality_reason


@pytest.mark.parametrize(("old", "new", "reason"), CLARIFYING)
def test_clarifying_changes_in_a_material_section_are_not_proposed_material(
    old: list[str], new: list[str], reason: str
) -> None:
    item = drafted("7. Conditions of the Offer", old, new)[0]
    assert item.materiality is Materiality.CLARIFYING, item.materiality_reason
    assert item.materiality_reason.startswith(reason)


def test_headings_and_renumbering_are_clarifying() -> None:
    old = [("7. Conditions", ["Text of seven."]), ("8. Tax Matters", ["Text of eight."])]
    retitled = [("7. Conditions of the Offer", ["Text of seven."]), old[1]]
    added = [old[0], ("8. Extension", ["New section."]), ("9. Tax Matters", ["Text of eight."])]
    (heading,) = draft_items(doc(old), doc(retitled)).items
    assert heading.kind.value == "retitle_section"
    assert (heading.materiality.value, heading.materiality_reason[:17]) == (C, "A heading only; h")
    items = {i.kind.value: i for i in draft_items(doc(old), doc(added)).items}
    assert items["renumber_sections"].materiality is Materiality.CLARIFYING
    assert items["renumber_sections"].materiality_reason == "Renumbering only"


def test_general_disclosure_is_clarifying_unless_an_amount_changes() -> None:
    heading = "17. Forward Looking Statements; Miscellaneous"
    old = ["Our SEC reports include forward-looking statements within the meaning of Section 27A."]
    new = ["Our Securities and Exchange Commission reports include forward-looking statements."]
    assert drafted(heading, old, new)[0].materiality is Materiality.CLARIFYING
    safe_harbor = [*old, "The safe harbor of the Reform Act of 1995 does not apply to this offer."]
    inserted = drafted(heading, old, safe_harbor)[0]
    assert inserted.kind.value == "insert_paragraph"
    assert inserted.materiality is Materiality.CLARIFYING
    fees = ["We will pay the information agent $5,000."]
    assert (
        drafted(heading, fees, ["We will pay the information agent $7,500."])[0].materiality
        is Materiality.MATERIAL
    )


def test_a_subject_the_rules_do_not_name_is_material_when_a_right_may_change() -> None:
    heading = "18. Odd Matters"
    item = drafted(heading, ["You may send the form."], ["You must send the form."])[0]
    assert item.materiality is Materiality.MATERIAL
    assert "(“may”)" in item.materiality_reason and "no rule names" in item.materiality_reason


def test_the_same_amount_restated_outside_the_terms_is_consideration_too() -> None:
    old = [
        ("1. Eligibility", ["Options with an exercise price of $20.00 or more are eligible."]),
        ("Risks of Participating in the Offer", ["If our stock trades below $20.00, you lose."]),
    ]
    new = [
        ("1. Eligibility", ["Options with an exercise price of $17.50 or more are eligible."]),
        ("Risks of Participating in the Offer", ["If our stock trades below $17.50, you lose."]),
    ]
    first, risk = draft_items(doc(old), doc(new)).items
    assert first.materiality is risk.materiality is Materiality.CONSIDERATION
    assert risk.materiality_reason.startswith("Restates the change in item A: changes the risk")


def test_the_question_decides_before_the_heading_in_a_summary_term_sheet() -> None:
    when = ["When will I receive my New Options?", "We will grant them promptly."]
    old = [*when, "What are the tax consequences?", "You will not recognize income on it."]
    new = [*when, "What are the tax consequences?", "You may recognize income on it."]
    item = drafted(STS, old, new)[0]
    assert item.locator.question == "What are the tax consequences?"
    assert item.materiality_reason.startswith("Changes the tax consequences")


# --- counsel's choice -----------------------------------------------------------------------
def threshold_items() -> tuple[list[AmendmentItem], list[AmendmentItem]]:
    old = [("1. Eligibility", ["Options with an exercise price of $20.00 or more are eligible."])]
    new = [("1. Eligibility", ["Options with an exercise price of $17.50 or more are eligible."])]
    return draft_items(doc(old), doc(new)).items, draft_items(doc(old), doc(new)).items


def test_counsels_choice_wins_and_is_kept_across_redrafts() -> None:
    first, again = threshold_items()
    first[0].choose_materiality(Materiality.CLARIFYING)
    propose_all(first)  # proposing again does not undo counsel's choice
    assert first[0].materiality is Materiality.CLARIFYING
    assert first[0].materiality_proposed is Materiality.CONSIDERATION
    assert carry_overrides(first, again) == 1
    assert again[0].materiality is Materiality.CLARIFYING
    assert again[0].materiality_source == "counsel"


def test_counsels_reason_is_kept_with_the_choice_across_redrafts() -> None:
    first, again = threshold_items()
    first[0].choose_materiality(Materiality.CLARIFYING, "Only restates the term sheet.")
    assert carry_overrides(first, again) == 1
    assert again[0].counsel_materiality
    assert again[0].counsel_reason == "Only restates the term sheet."
    propose_all(again)  # proposing again keeps counsel's reason beside the choice
    assert again[0].counsel_reason == "Only restates the term sheet."


def test_counsels_choice_lapses_when_the_change_itself_changes() -> None:
    first, _ = threshold_items()
    first[0].choose_materiality(Materiality.CLARIFYING)
    old = [("1. Eligibility", ["Options with an exercise price of $20.00 or more are eligible."])]
    other = [("1. Eligibility", ["Options with an exercise price of $15.00 or more are eligible."])]
    changed = draft_items(doc(old), doc(other)).items
    assert carry_overrides(first, changed) == 0
    assert changed[0].materiality is Materiality.CONSIDERATION
    assert changed[0].materiality_source == "proposed"
    # said, not dropped without a word
    assert lapsed_choices(first, changed) == [
        "item A: counsel's classification (clarifying) no longer applies, because the change "
        "itself has changed since it was chosen; the proposal stands (consideration) until "
        "counsel chooses again"
    ]
    _, same = threshold_items()
    assert lapsed_choices(first, same) == []  # the same change: the choice is kept, not lapsed


def test_items_saved_before_proposals_get_them_and_keep_a_class_someone_chose() -> None:
    items, _ = threshold_items()
    legacy = []
    for value in ("material", "clarifying"):
        data = items[0].to_dict()
        for key in list(data):
            if key.startswith("materiality_"):
                del data[key]
        data["materiality"] = value
        legacy.append(AmendmentItem.from_dict(data))
    propose_all(legacy)
    defaulted, chosen = legacy
    assert (defaulted.materiality, defaulted.materiality_source) == (
        Materiality.CONSIDERATION,
        "proposed",
    )
    assert (chosen.materiality, chosen.materiality_source) == (Materiality.CLARIFYING, "counsel")
    assert chosen.materiality_proposed is Materiality.CONSIDERATION


def test_a_choice_recorded_by_hand_in_the_project_file_counts_as_counsels() -> None:
    items, _ = threshold_items()
    data = items[0].to_dict()
    data.update(materiality="clarifying", materiality_source="counsel", materiality_basis=None)
    item = AmendmentItem.from_dict(data)
    propose_all([item])
    assert item.counsel_materiality and item.materiality is Materiality.CLARIFYING


# --- what the corpus of offers by other hands taught ----------------------------------------
def test_taking_out_a_disclaimer_is_clarifying_even_in_a_material_section() -> None:
    heading = "13. Material Federal Income Tax Consequences"
    summary = "This summary is provided for general information purposes only."
    item = drafted(
        heading,
        [f"You should not recognize income on the exchange of options. {summary}"],
        ["You should not recognize income on the exchange of options."],
    )[0]
    assert item.kind.value == "delete_sentence"
    assert item.materiality is Materiality.CLARIFYING
    assert item.materiality_reason.startswith("Takes out a disclaimer (“for general")


def test_a_figure_whose_digits_were_transposed_is_material_and_named_for_counsel() -> None:
    """Which of two figures was the typo only counsel knows: a financial figure is never
    proposed clarifying for its swapped digits, and the reason asks counsel to confirm."""
    heading = "8. Price Range of Shares Underlying the Options"
    old = ["The high sale price in the second quarter was $31.25 and the low was $12.06."]
    fixed = drafted(heading, old, [old[0].replace("$31.25", "$13.25")])[0]
    assert fixed.materiality is Materiality.MATERIAL
    assert "transposed: $31.25 → $13.25; confirm which" in fixed.materiality_reason
    changed = drafted(heading, old, [old[0].replace("$31.25", "$33.15")])[0]
    assert changed.materiality is Materiality.MATERIAL
    assert "transposed" not in changed.materiality_reason


@pytest.mark.parametrize(("new", "swapped"), [("$221.6", True), ("$216.2", False)])
def test_revenue_corrected_by_swapped_digits_is_material(new: str, swapped: bool) -> None:
    """ "212.6" → "216.2" swaps digits across the decimal point: no neighbouring digits."""
    heading = "10. Financial Information."
    old = ["For the fiscal year ended December 31, 2026, our revenue was $212.6 million."]
    item = drafted(heading, old, [old[0].replace("$212.6", new)])[0]
    assert item.materiality is Materiality.MATERIAL, item.materiality_reason
    assert ("transposed" in item.materiality_reason) is swapped, item.materiality_reason


def test_days_to_pay_are_material_and_the_life_of_new_options_is_consideration() -> None:
    heading = "2. Number of Options; Amount of Consideration"
    paid = drafted(
        heading, ["We will pay you within 10 days."], ["We will pay you within five days."]
    )[0]
    assert paid.materiality is Materiality.MATERIAL
    assert "shortens a period from 10 days to five days" in paid.materiality_reason
    term = drafted(
        "10. Terms of New Options",
        ["The New Options will have a term of seven years."],
        ["The New Options will have a term of five years."],
    )[0]
    assert term.materiality is Materiality.CONSIDERATION
    assert term.materiality_reason.startswith("Shortens a period from seven years to five years")


def test_a_rewritten_answer_that_mentions_cash_does_not_change_the_form_of_consideration() -> None:
    question = "What happens if we merge with another company?"
    old = [question, "You may withdraw your options and keep your rights to buy common stock."]
    new = [
        question,
        "Your awards may be assumed by the acquirer, or settled in cash or in the consideration "
        "paid to our stockholders in the transaction, as the acquirer decides.",
    ]
    item = drafted(STS, old, new)[0]
    assert item.materiality is Materiality.MATERIAL, item.materiality_reason


def test_a_term_sheet_row_is_read_under_its_caption() -> None:
    old = [
        "Purchase Price\t$22.50 per Share, net to the seller in cash.",
        "Source and Amount of Funds\tWe will need $45.0 million, from cash on hand.",
    ]
    new = [
        "Purchase Price\t$23.25 per Share, net to the seller in cash.",
        "Source and Amount of Funds\tWe will need $46.5 million, from cash on hand.",
    ]
    price, funds = drafted("SUMMARY TERM SHEET", old, new)
    assert (price.locator.row_caption, funds.locator.row_caption) == (
        "Purchase Price",
        "Source and Amount of Funds",
    )
    assert price.materiality is Materiality.CONSIDERATION
    assert funds.materiality is Materiality.MATERIAL
    assert funds.materiality_reason.startswith("Changes financial information: raises")


def test_a_sentence_restating_price_and_expiration_is_consideration() -> None:
    heading = "1. Number of Shares; Purchase Price"
    old = [
        "We will pay $22.50 per Share if you tender before the offer expires at 11:59 p.m., "
        "New York City time, on April 3, 2023."
    ]
    new = [old[0].replace("$22.50", "$23.25").replace("April 3", "April 17")]
    item = drafted(heading, old, new)[0]
    assert item.materiality is Materiality.CONSIDERATION
    assert item.materiality_reason.startswith("Raises the price from $22.50 to $23.25")
    assert "; also extends the expiration, from 11:59 p.m., New York City time" in (
        item.materiality_reason
    )


def test_a_list_gains_a_connective_for_a_new_clause_but_losing_and_is_material() -> None:
    heading = "6. Conditions of the Offer"
    old = [
        "(ii) any change in law would require us to record a greater expense; and",
        "(iii) any general suspension of trading on any national securities exchange occurs.",
    ]
    new = [
        "(ii) any change in law would require us to record a greater expense;",
        "(iii) any general suspension of trading on any national securities exchange occurs; or",
        "(iv) any decline of 15% in the NASDAQ Composite Index occurs.",
    ]
    items = drafted(heading, old, new)
    by_text = {i.old_text[:5]: i for i in items if i.old_text}
    assert by_text["(ii) "].materiality is Materiality.MATERIAL
    joined = by_text["(iii)"]
    assert joined.materiality is Materiality.CLARIFYING
    assert joined.materiality_reason == "Joins the clause to the next one in its list (“; or”)"


def test_a_corrected_date_of_a_past_event_is_clarifying_in_financial_information() -> None:
    heading = "8. Price Range of Our Common Stock"
    old = ["Prices reflect the 1-for-10 reverse stock split effected on June 1, 2023."]
    item = drafted(heading, old, [old[0].replace("June 1,", "June 12,")])[0]
    assert item.materiality is Materiality.CLARIFYING
    assert item.materiality_reason.startswith(
        "Corrects a date in financial information (June 1, 2023 → June 12, 2023)"
    )


def test_the_question_of_who_may_participate_makes_a_new_class_of_holder_consideration() -> None:
    question = "Who may participate in the offer?"
    old = [question, "You may participate if you are an employee on the date the offer begins."]
    new = [question, old[1].replace("an employee", "an employee or consultant")]
    filler = ["When does the offer begin?", "It begins today."]
    item = drafted(STS, filler + old, filler + new)[0]
    assert item.materiality is Materiality.CONSIDERATION
    assert item.materiality_reason.startswith("May change who or what is eligible")


def test_a_paragraph_moved_whole_is_clarifying() -> None:
    recommendation = (
        "Neither we nor our board makes any recommendation as to whether you should participate."
    )
    old = [("3. Purpose of the Offer", ["We make the offer to retain employees."]),
           ("14. Miscellaneous", ["We will not pay brokers.", recommendation])]  # fmt: skip
    new = [("3. Purpose of the Offer", ["We make the offer to retain employees.", recommendation]),
           ("14. Miscellaneous", ["We will not pay brokers."])]  # fmt: skip
    (moved,) = draft_items(doc(old), doc(new)).items
    assert moved.kind.value == "move_paragraph"
    assert moved.materiality is Materiality.CLARIFYING
    assert moved.materiality_reason.startswith("Moves a paragraph")


def test_a_percentage_is_consideration_only_as_a_share_of_the_class() -> None:
    heading = "2. Number of Restricted Stock Units; Exchange Ratios"
    old = ["The exchange ratios assume an expected volatility of 58%."]
    item = drafted(heading, old, [old[0].replace("58%", "61%")])[0]
    assert item.materiality is Materiality.MATERIAL
    assert item.materiality_reason == (
        "Changes the terms of the offer: raises a percentage from 58% to 61%"
    )


def test_exchanging_and_for_or_is_material_where_no_rule_names_the_subject() -> None:
    heading = "18. Odd Matters"
    old = ["Notices go to the secretary and the treasurer."]
    swapped = drafted(heading, old, ["Notices go to the secretary or the treasurer."])[0]
    assert swapped.materiality is Materiality.MATERIAL
    assert "(“and” → “or”)" in swapped.materiality_reason
    code = ["Section 409A means that section of the Code and the regulations issued under it."]
    guidance = code[0].replace("regulations", "regulations and other guidance")
    assert drafted(heading, code, [guidance])[0].materiality is Materiality.CLARIFYING


def test_a_project_saved_before_proposals_opens_with_them(tmp_path: Path) -> None:
    import json

    from amendtool.io.project_file import Project, load_project, save_project

    old = [("1. Eligibility", ["Options with an exercise price of $20.00 or more are eligible."])]
    new = [("1. Eligibility", ["Options with an exercise price of $17.50 or more are eligible."])]
    original, revised = doc(old), doc(new)
    path = tmp_path / "before.amend"
    save_project(Project(original, revised, draft_items(original, revised).items), path)
    data = json.loads(path.read_text(encoding="utf-8"))
    [amendment] = data["amendments"]
    for item in amendment["items"]:  # as an earlier version wrote it: the default class only
        for key in [k for k in item if k.startswith("materiality_")]:
            del item[key]
        item["materiality"] = "material"
    path.write_text(json.dumps(data), encoding="utf-8")
    (item,) = load_project(path).items
    assert (item.materiality, item.materiality_source) == (Materiality.CONSIDERATION, "proposed")
    assert item.materiality_reason.startswith("Lowers the minimum exercise price of eligible")


def test_a_longer_vesting_schedule_of_the_new_awards_is_consideration() -> None:
    """Vesting in twelve installments rather than eight changes what is offered, also under a
    heading the rules do not name ("Terms of RSUs")."""
    old = ["RSUs will vest in eight equal quarterly installments, subject to your service."]
    new = ["RSUs will vest in twelve equal quarterly installments, subject to your service."]
    item = drafted("9. Terms of RSUs", old, new)[0]
    assert item.materiality is Materiality.CONSIDERATION, item.materiality_reason
    assert "eight" in item.materiality_reason and "twelve" in item.materiality_reason
    unrelated = drafted(
        "9. Terms of RSUs", ["We issue reports twice a year."], ["We issue reports each year."]
    )[0]
    assert unrelated.materiality is not Materiality.CONSIDERATION


def test_an_exchange_ratio_in_a_table_cell_is_consideration() -> None:
    """A ratio printed in the cell next to an amount ("$39.99 | 1 for every 3") is still read
    as a ratio, and changing it in the section on the amount of consideration is a change in
    the consideration."""
    heading = "2. Number of Options; Amount of Consideration"
    head = "EXERCISE PRICE OF ELIGIBLE OPTION\tNUMBER OF SHARES SUBJECT TO NEW OPTION"
    old = [head, "$20.00 to $29.99\t1 for every 2", "$30.00 to $39.99\t1 for every 3"]
    new = [head, "$20.00 to $29.99\t1 for every 2", "$30.00 to $39.99\t1 for every 4"]
    (item,) = drafted(heading, old, new)
    assert item.materiality is Materiality.CONSIDERATION, item.materiality_reason
    assert "exchange ratio" in item.materiality_reason
    assert "1 for every 3" in item.materiality_reason and "1 for every 4" in item.materiality_reason


def test_a_vesting_table_is_read_under_its_column_headings() -> None:
    """The portions of the new awards vesting each year are terms of the new securities,
    whatever the section's heading says; the rows are read under the table's headings."""
    heading = "2. Procedures; The Election Agreement"
    head = "Vesting date\tPortion of New RSUs vesting"
    rows = ["First anniversary of grant", "Second anniversary of grant", "Third anniversary"]
    old = [head, *(f"{r}\t{p}" for r, p in zip(rows, ["50%", "50%", "0%"], strict=True))]
    new = [head, *(f"{r}\t{p}" for r, p in zip(rows, ["33%", "33%", "34%"], strict=True))]
    (item,) = drafted(heading, old, new)
    assert item.materiality is Materiality.CONSIDERATION, item.materiality_reason
    assert "50%" in item.materiality_reason and "33%" in item.materiality_reason
    # a table of figures under a heading of procedures stays material when no heading names terms
    fees = ["Service\tFee", "Courier delivery\t$25.00"]
    (other,) = drafted(heading, fees, [fees[0], "Courier delivery\t$30.00"])
    assert other.materiality is Materiality.MATERIAL, other.materiality_reason


def test_a_footnote_on_a_valuation_is_not_the_consideration() -> None:
    """The Black-Scholes value behind an exchange ratio is how the ratio was set, not what is
    offered: changing it is material, while the ratio itself stays consideration."""
    old = [
        "How many New RSUs will I receive?",
        "You will receive one New RSU for every 2.5 eligible options you exchange.",
        "[fn 1] The exchange ratio was set using a Black-Scholes value of $4.10 per option.",
    ]
    new = [*old[:2], old[2].replace("$4.10", "$4.35")]
    (item,) = drafted(STS, old, new)
    assert item.locator.note == "1"
    assert item.materiality is Materiality.MATERIAL, item.materiality_reason
    assert "valuation" in item.materiality_reason and "$4.35" in item.materiality_reason
    ratio = drafted(STS, old, [old[0], old[1].replace("2.5", "2.0"), old[2]])[0]
    assert ratio.materiality is Materiality.CONSIDERATION, ratio.materiality_reason


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            ["Reports. You may read our reports at the SEC's public reference room."],
            ["Reports. You may read our reports on the SEC's website at www.sec.gov."],
        ),
        (
            ["Our telephone number is (217) 555-0100."],
            ["Our telephone number is (217) 555-0100. Our website is www.acme.example."],
        ),
    ],
    ids=["reading-room", "website-added"],
)
def test_where_to_find_information_is_general_disclosure(old: list[str], new: list[str]) -> None:
    """Where holders can read the company's reports is general disclosure, also in the
    section of information about the company; the reason quotes the address as printed."""
    (item,) = drafted("5. Information Concerning Acme Widgets, Inc.", old, new)
    assert item.materiality is Materiality.CLARIFYING, item.materiality_reason
    assert "general disclosure" in item.materiality_reason.lower()
    # how to tender on a website is a procedure, still material
    procedure = drafted(
        "3. Procedures for Tendering Options",
        ["You may tender your options on the website at www.acme.example."],
        ["You may tender your options only by mail."],
    )[0]
    assert procedure.materiality is Materiality.MATERIAL, procedure.materiality_reason


def test_a_reason_quotes_words_as_printed_and_apart_where_they_are_apart() -> None:
    old = ["You may read our reports at the SEC's public reference room on weekdays."]
    new = ["You may read our reports on the SEC's website at www.sec.gov on weekdays."]
    (item,) = drafted("5. Information Concerning Acme Widgets, Inc.", old, new)
    assert "www.sec.gov" in item.materiality_reason, item.materiality_reason
    old = [
        "Members of our board may not participate in the offer. Former employees may not "
        "participate in the offer."
    ]
    new = [
        "Members of our board and our officers may not participate in the offer. Former "
        "employees may not participate in the offer. Our consultants may not participate either."
    ]
    (item,) = drafted("1. Eligibility", old, new)
    reason = item.materiality_reason
    assert "“and our officers”" in reason and "“Our consultants may not participate either”" in (
        reason
    ), reason


@pytest.mark.parametrize(
    ("heading", "old", "new"),
    [
        (
            "1. Eligibility",
            "Memebers of our board are not eligible.",
            "Members of our board are not eligible.",
        ),
        ("3. Procedures for Tendering", "Faxes are not permited.", "Faxes are not permitted."),
        ("SUMMARY TERM SHEET", "You will recieve new options.", "You will receive new options."),
    ],
)
def test_a_misspelling_put_right_is_clarifying_wherever_it_is(
    heading: str, old: str, new: str
) -> None:
    item = drafted(heading, [old], [new])[0]
    assert item.materiality is Materiality.CLARIFYING, item.materiality_reason
    assert item.materiality_reason.startswith("Corrects spelling")


def test_two_real_words_that_look_alike_are_no_spelling_correction() -> None:
    item = drafted(
        "1. Eligibility",
        ["Employees on leave are eligible."],
        ["Employees on leave are ineligible."],
    )[0]
    assert item.materiality is Materiality.CONSIDERATION, item.materiality_reason
    accepted = drafted(
        "3. Procedures for Tendering",
        ["We will accept late elections."],
        ["We will except late elections."],
    )[0]
    assert not accepted.materiality_reason.startswith("Corrects spelling")


# --- deadlines moved with the expiration ----------------------------------------------------
EXPIRES_ON = "The offer expires at 11:59 p.m., Eastern Time, on {}."
ELECT_BY = "You must deliver your Election Form before 11:59 p.m., Eastern Time, on {}."
WITHDRAW_BY = "You may withdraw your tendered options before 11:59 p.m., Eastern Time, on {}."


def deadlines(expires: str, elect: str, withdraw: str) -> list[tuple[str, list[str]]]:
    return [
        ("", ["Acme Widgets, Inc. is offering to exchange options."]),
        (STS, ["When does the offer expire?", EXPIRES_ON.format(expires)]),
        ("3. Procedures for Electing to Exchange Options", [ELECT_BY.format(elect)]),
        ("4. Withdrawal Rights", [WITHDRAW_BY.format(withdraw)]),
    ]


def test_deadlines_moved_with_the_expiration_are_part_of_the_extension() -> None:
    """The election and withdrawal deadlines that were the old expiration move with it: part
    of the extension (its class, no period of their own), each named by what it is."""
    old = deadlines(*["April 23, 2026"] * 3)
    new = deadlines(*["April 30, 2026"] * 3)
    items = draft_items(doc(old), doc(new)).items
    assert [i.materiality.value for i in items] == ["extension"] * 3
    assert items[1].materiality_reason == (
        "Moves the election deadline with the expiration, from April 23, 2026 to April 30, "
        "2026: part of the extension"
    )
    assert items[2].materiality_reason == (
        "Moves the withdrawal deadline with the expiration, from April 23, 2026 to April 30, "
        "2026: part of the extension; withdrawal rights run to the new expiration"
    )


@pytest.mark.parametrize(
    ("expires", "withdraw"),
    [
        ("April 23, 2026", "April 30, 2026"),  # no extension: the withdrawal deadline alone
        ("April 30, 2026", "May 7, 2026"),  # moved beyond the new expiration
    ],
)
def test_a_withdrawal_deadline_moved_on_its_own_is_a_material_change(
    expires: str, withdraw: str
) -> None:
    old = deadlines(*["April 23, 2026"] * 3)
    new = deadlines(expires, "April 23, 2026", withdraw)
    withdrawal = next(i for i in draft_items(doc(old), doc(new)).items if "withdraw" in i.new_text)
    assert withdrawal.materiality is Materiality.MATERIAL, withdrawal.materiality_reason
    assert withdrawal.materiality_reason.startswith("Changes the withdrawal rights")


# --- reasons name what the number measures --------------------------------------------------
@pytest.mark.parametrize(
    ("old", "new", "reason"),
    [
        (
            "We may terminate the offer if the market price of our common stock declines by "
            "more than 15% from the price on the commencement date.",
            "We may terminate the offer if the market price of our common stock declines by "
            "more than 20% from the price on the commencement date.",
            "Changes the conditions of the offer: raises the market-decline threshold from 15% "
            "to 20%",
        ),
        (
            "We may terminate the offer if the Nasdaq Composite Index declines by more than "
            "10% measured from the close of business on May 1, 2001.",
            "We may terminate the offer if the Nasdaq Composite Index declines by more than "
            "15% measured from the close of business on May 1, 2001.",
            "Changes the conditions of the offer: raises the market-decline threshold from 10% "
            "to 15%",
        ),
    ],
)
def test_a_market_decline_threshold_is_named_as_such(old: str, new: str, reason: str) -> None:
    [item] = drafted("7. Conditions of the Offer", [old], [new])
    assert item.materiality_reason == reason


def test_a_withdrawal_date_taken_out_is_named_as_the_withdrawal_deadline() -> None:
    old = (
        "You may withdraw your options until the deadline, 11:59 p.m., Eastern Time, on June "
        "22, 2001."
    )
    [item] = drafted(
        "4. Withdrawal Rights", [old], ["You may withdraw your options until the deadline."]
    )
    assert item.materiality_reason == (
        "Takes out the statement of the withdrawal deadline (11:59 p.m., Eastern Time, on June "
        "22, 2001)"
    )


def test_the_offers_own_expiration_is_still_named_the_expiration() -> None:
    old = "The offer and withdrawal rights expire at 11:59 p.m., Eastern Time, on June 22, 2001."
    [item] = drafted("1. Expiration", [old], ["The offer and withdrawal rights expire as stated."])
    assert item.materiality_reason.startswith("Takes out the statement of the expiration (")


def test_a_lists_or_moved_on_to_its_new_last_but_one_clause_is_clarifying() -> None:
    """A clause added at the end of a list of conditions takes the list's "or" from the
    clause before it: taking "or" off (b) was proposed material, with a blank for counsel in
    the notice, though the same "or" is put on (c) in the same list."""
    heading = "4. Conditions of the Offer"
    old = [
        "(a) any action is threatened or pending that challenges the offer;",
        "(b) any general suspension of trading on any national securities exchange occurs; or",
        "(c) a tender offer for our common stock is proposed or made by another person.",
    ]
    new = [
        old[0],
        "(b) any general suspension of trading on any national securities exchange occurs;",
        "(c) a tender offer for our common stock is proposed or made by another person; or",
        "(d) a change in accounting principles would require us to record an expense.",
    ]
    items = drafted(heading, old, new)
    by_text = {i.old_text[:3]: i for i in items if i.old_text}
    moved = by_text["(b)"]
    assert moved.materiality is Materiality.CLARIFYING, moved.materiality_reason
    assert "“or”" in moved.materiality_reason and "list" in moved.materiality_reason
    assert by_text["(c)"].materiality is Materiality.CLARIFYING
    added = next(i for i in items if not i.old_text)
    assert added.materiality is Materiality.MATERIAL
