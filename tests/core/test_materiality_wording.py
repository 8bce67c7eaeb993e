"""A proposal names what the changed words are: a number that stays is no changed number,
an abbreviation spelled out is clarifying, and an amount is named by its own clause."""

from __future__ import annotations

import pytest

from tests.support.materiality import drafted_one as drafted

C, M, K = "clarifying", "material", "consideration"


@pytest.mark.parametrize(
    ("heading", "old", "new"),
    [
        pytest.param(
            "9. Extension of Offer; Termination; Amendment",
            "Further information about the offer is set forth in Secton 10.",
            "Further information about the offer is set forth in Section 10.",
            id="misspelt-reference",
        ),
        pytest.param(
            "4. Withdrawal Rights",
            "You may withdraw your options by sending the form to Room 12 of our offices.",
            "You may withdraw your options by sending the form to room 12 of our offices.",
            id="capital-beside-number",
        ),
        pytest.param(
            "5. Conditions of the Offer",
            "The conditions are listed in paragraph 3 of the Setcion 7 above.",
            "The conditions are listed in paragraph 3 of the Section 7 above.",
            id="two-numbers-kept",
        ),
    ],
)
def test_a_number_printed_in_both_texts_is_not_a_changed_number(
    heading: str, old: str, new: str
) -> None:
    item = drafted(heading, [old], [new])
    assert item.materiality.value == C, item.materiality_reason
    assert "number" not in item.materiality_reason


def test_a_changed_number_beside_a_corrected_word_is_still_a_change() -> None:
    item = drafted(
        "9. Extension of Offer; Termination; Amendment",
        ["Further information about the offer is set forth in Secton 10."],
        ["Further information about the offer is set forth in Section 11."],
    )
    assert item.materiality.value != C or "11" in item.materiality_reason


@pytest.mark.parametrize(
    ("old", "new", "short"),
    [
        (
            "for U.S. federal income tax purposes.",
            "for United States federal income tax purposes.",
            "U.S.",
        ),
        ("as the IRS may determine.", "as the Internal Revenue Service may determine.", "IRS"),
        (
            "reported to the SEC promptly.",
            "reported to the Securities and Exchange Commission promptly.",
            "SEC",
        ),
        (
            "for United States federal income tax purposes.",
            "for U.S. federal income tax purposes.",
            "U.S.",
        ),
    ],
)
def test_an_abbreviation_spelled_out_is_clarifying_and_quoted_whole(
    old: str, new: str, short: str
) -> None:
    lead = "We believe that the exchange should be treated as a non-taxable exchange "
    item = drafted("7. Material U.S. Federal Income Tax Consequences", [lead + old], [lead + new])
    assert item.materiality.value == C, item.materiality_reason
    assert f"“{short}”" in item.materiality_reason


def test_a_reason_keeps_the_full_stop_of_an_abbreviation() -> None:
    item = drafted(
        "7. Material U.S. Federal Income Tax Consequences",
        ["You may owe U.S. tax when the New Options are granted."],
        ["You may owe foreign tax when the New Options are granted."],
    )
    assert item.materiality.value == M
    assert "“U.S.” → “foreign”" in item.materiality_reason


CASH = (
    "Marlowe Software Corp. is offering to pay {}, less applicable withholding taxes, for each"
    " outstanding restricted stock unit granted before March 1, 2025."
)
PAY = "For each Eligible RSU you tender, we will pay you {} in cash, less withholding taxes."


@pytest.mark.parametrize(
    ("heading", "old", "new"),
    [
        pytest.param(
            "SUMMARY TERM SHEET",
            CASH.format("$4.25 in cash"),
            CASH.format("$4.75 in cash"),
            id="summary",
        ),
        pytest.param(
            "2. Cash Payment",
            PAY.format("$4.25"),
            PAY.format("$4.75"),
            id="section",
        ),
    ],
)
def test_a_cash_payment_is_named_as_the_cash_payment_not_a_threshold_or_a_procedure(
    heading: str, old: str, new: str
) -> None:
    item = drafted(heading, [old], [new])
    assert item.materiality.value == K, item.materiality_reason
    assert item.materiality_reason.startswith("Raises the cash payment from $4.25 to $4.75")
    assert "threshold" not in item.materiality_reason
    assert "procedure" not in item.materiality_reason


def test_a_threshold_is_named_by_its_own_clause_whatever_else_the_sentence_says() -> None:
    item = drafted(
        "SUMMARY TERM SHEET",
        ["We will pay $4.25 for each option with an exercise price of $20.00 or more."],
        ["We will pay $4.25 for each option with an exercise price of $17.50 or more."],
    )
    assert item.materiality.value == K
    assert "Lowers the eligibility threshold from $20.00 to $17.50" in item.materiality_reason
