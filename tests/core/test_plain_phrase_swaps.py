"""A short phrase replaced by another in one sentence is said in plain words as what the
offer now says and what it said ("X is now Y. It was Z."), with no placeholder: a document
renamed, a grant deadline, a restated vesting schedule, fractions paid in cash. Where the
tool cannot say it (a rewrite of several sentences, a long rewrite, a negation put in), the
placeholder for counsel stays."""

from __future__ import annotations

import pytest

from amendtool.core.plain_summary import summarise
from amendtool.core.wording import house_wording
from tests.support.materiality import drafted

PLACEHOLDER = "[Explain"
TERMS = "8. Source and Amount of Consideration; Terms of New RSUs."
WITHDRAW = "4. Withdrawal Rights."

SAID = {
    "document renamed": (
        WITHDRAW,
        "You may withdraw your election by submitting a new election form through the "
        "exchange website.",
        "You may withdraw your election by submitting a new Election and Withdrawal Form "
        "through the exchange website.",
        [
            "The name of the form is now the Election and Withdrawal Form.",
            "It was the election form.",
        ],
    ),
    "grant deadline": (
        TERMS,
        "The New RSUs will be granted on the first business day after the expiration date "
        "(see Section 7).",
        "The New RSUs will be granted within five business days after the expiration date "
        "(see Section 7).",
        [
            "The New RSUs will now be granted “within five business days after the "
            "expiration date”.",
            "It was “on the first business day after the expiration date”.",
        ],
    ),
    "vesting restated": (
        TERMS,
        "Each New RSU will vest in equal annual installments over three years from the date "
        "of grant, subject to your continued service with Tamarack.",
        "Each New RSU will vest as to 25% on the first anniversary of the date of grant and "
        "in equal quarterly installments over the following three years, subject to your "
        "continued service with Tamarack.",
        [
            "Each New RSU will now vest “as to 25% on the first anniversary of the date of "
            "grant and in equal quarterly installments over the following three years”.",
            "It was “in equal annual installments over three years from the date of grant”.",
        ],
    ),
    "fractions paid in cash": (
        TERMS,
        "Fractional New RSUs will be rounded down to the nearest whole New RSU.",
        "Fractional New RSUs will be paid in cash.",
        [
            "Fractional New RSUs will now be “paid in cash”.",
            "It was “rounded down to the nearest whole New RSU”.",
        ],
    ),
    "a notice renamed": (
        WITHDRAW,
        "We will send you a confirmation notice after we receive your election.",
        "We will send you a Confirmation of Election notice after we receive your election.",
        [
            "The name of the notice is now the Confirmation of Election notice.",
            "It was the confirmation notice.",
        ],
    ),
}

KEPT = {
    "words put in around the old": (
        TERMS,
        "Our board may waive any condition in its discretion.",
        "Our board may waive any condition in its sole discretion before the expiration date.",
    ),
    "a name added to a list": (
        TERMS,
        "You may take part if you are based in the United States or Canada when the offer starts.",
        "You may take part if you are based in the United States, Canada or the United "
        "Kingdom when the offer starts.",
    ),
    "words only put in": (
        TERMS,
        "You may elect by delivering an Election Agreement to Human Resources.",
        "You may elect by delivering an Election Agreement to Human Resources by hand only.",
    ),
    "two sentences": (
        TERMS,
        "The New RSUs will be granted promptly. They will vest over three years.",
        "The New RSUs will be granted at once. They will vest over four years in total.",
    ),
    "a negation put in": (
        TERMS,
        "Fractional New RSUs will be paid in cash.",
        "Fractional New RSUs will not be paid in cash.",
    ),
    "a long rewrite": (
        TERMS,
        "Each New RSU will vest over three years.",
        "Each New RSU will vest only if the company meets the revenue goals that the board "
        "sets for each fiscal year and you remain employed through each date on which the "
        "board certifies that the goals were met.",
    ),
    "words put in around the old, with a comma after it": (
        # "after that date" kept in "at any time after that date, until we accept them": told
        # as "you may now also withdraw them", as if the right were new
        WITHDRAW,
        "If we have not accepted your options by July 10, 2026, you may also withdraw them "
        "after that date.",
        "If we have not accepted your options by July 10, 2026, you may also withdraw them "
        "at any time after that date, until we accept them.",
    ),
    "no verb before the change": (
        TERMS,
        "Vesting: over three years, subject to service.",
        "Vesting: in quarterly steps over three years, subject to service.",
    ),
}


def _summary(heading: str, old: str, new: str) -> str:
    [item] = drafted(heading, [old], [new])
    return summarise(item, house_wording()).text


@pytest.mark.parametrize("case", sorted(SAID))
def test_a_phrase_replaced_is_said_as_what_it_is_now_and_was(case: str) -> None:
    heading, old, new, expected = SAID[case]
    text = _summary(heading, old, new)
    assert PLACEHOLDER not in text, text
    for sentence in expected:
        assert sentence in text, text


@pytest.mark.parametrize("case", sorted(KEPT))
def test_the_placeholder_stays_where_the_tool_cannot_say_it(case: str) -> None:
    text = _summary(*KEPT[case])
    assert PLACEHOLDER in text, text
    assert "It was “" not in text, text
