"""The same criterion said in other words is clarifying: the company called by another of the
names its cover defines ("us" → "Corvella"), a word of the same meaning ("remain employed" →
"stay employed", "holder of record" → "registered holder"), a condition of eligibility framed
otherwise ("You are an eligible employee if you are …" → "To be eligible, you must be …").
A changed criterion (another company, another condition) is still a change in who is
eligible."""

from __future__ import annotations

import pytest

from amendtool.core.items import AmendmentItem
from tests.support.materiality import ELIGIBLE, drafted_one
from tests.support.materiality import NAMED_COVER as COVER

HOLDERS = (
    "Any holder of record or beneficial owner of Preferred Shares may tender Preferred Shares "
    "in the offer."
)


def drafted(heading: str, old: str, new: str, cover: str = COVER) -> AmendmentItem:
    return drafted_one(heading, [old], [new], cover)


@pytest.mark.parametrize(
    ("heading", "old", "new", "shown"),
    [
        pytest.param(
            "1. Eligibility.",
            ELIGIBLE,
            ELIGIBLE.replace("employed by us", "employed by Corvella"),
            "“us” → “Corvella”",
            id="the-company-by-its-defined-name",
        ),
        pytest.param(
            "1. Eligibility.",
            ELIGIBLE,
            ELIGIBLE.replace("remain employed", "stay employed"),
            "“remain” → “stay”",
            id="remain-stay",
        ),
        pytest.param(
            "2. Eligibility.",
            HOLDERS,
            HOLDERS.replace("holder of record", "registered holder"),
            "“holder of record” → “registered holder”",
            id="holder-of-record",
        ),
        pytest.param(
            "1. Eligibility.",
            ELIGIBLE,
            "To be eligible, you must be employed by us on the date the offer commences and "
            "you must stay employed through the date we cancel the options.",
            "",
            id="the-condition-framed-otherwise",
        ),
        pytest.param(
            "3. Withdrawal Rights.",
            "Any holder of record may withdraw tendered Preferred Shares.",
            "Any registered holder may withdraw tendered Preferred Shares.",
            "“holder of record” → “registered holder”",
            id="a-synonym-under-a-material-title",
        ),
    ],
)
def test_the_same_criterion_in_other_words_is_clarifying(
    heading: str, old: str, new: str, shown: str
) -> None:
    item = drafted(heading, old, new)
    assert item.materiality.value == "clarifying", item.materiality_reason
    assert "other words" in item.materiality_reason
    assert shown in item.materiality_reason


@pytest.mark.parametrize(
    ("old", "new"),
    [
        pytest.param(
            ELIGIBLE,
            ELIGIBLE.replace("employed by us", "employed by Corvella Europe Limited"),
            id="another-company",
        ),
        pytest.param(
            ELIGIBLE,
            ELIGIBLE.replace("employed by us", "employed by us or a subsidiary"),
            id="a-company-added",
        ),
        pytest.param(
            ELIGIBLE,
            ELIGIBLE.replace("and remain employed", "or remain employed"),
            id="and-or",
        ),
        pytest.param(
            ELIGIBLE,
            "To be eligible, you must be employed by us on the date the offer commences and "
            "you must not be on leave through the date we cancel the options.",
            id="another-condition",
        ),
        pytest.param(
            ELIGIBLE,
            ELIGIBLE.replace("remain employed", "remain employed full-time"),
            id="a-condition-added",
        ),
    ],
)
def test_a_changed_criterion_is_still_a_change_in_who_is_eligible(old: str, new: str) -> None:
    item = drafted("1. Eligibility.", old, new)
    assert item.materiality.value == "consideration", item.materiality_reason


def test_a_name_the_cover_does_not_define_is_another_party() -> None:
    """Without the cover's definition, "Corvella" may be another company of the group."""
    cover = "Corvella Systems, Inc. is offering to exchange outstanding options."
    item = drafted(
        "1. Eligibility.",
        ELIGIBLE,
        ELIGIBLE.replace("employed by us", "employed by Corvella"),
        cover=cover,
    )
    assert item.materiality.value == "consideration", item.materiality_reason
