"""A clarifying change that adds disclosure ("… as reported by the NYSE and do not include
accrued dividends") is no correction: the notice says what was added or
taken out and that it does not change the reader's rights, never "We corrected wording and
typography". Words put right in place ("NYSE" → "New York Stock Exchange") remain a
correction."""

from __future__ import annotations

import pytest

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import FilingDetails
from amendtool.core.items import Materiality
from amendtool.core.plain_notice import plain_paragraphs
from tests.core.test_plain_holders import OFFER, holders  # noqa: F401
from tests.support.builders import Spec, doc

NOTE = "(1) Prices are as reported by the NYSE."
PRICED: Spec = [
    *OFFER,
    (
        "3. Price Range of the Preferred Shares",
        ["The high and low sales prices of the Preferred Shares were $24.10 and $22.80.", NOTE],
    ),
]


def told(filing: FilingDetails, old: str, new: str) -> tuple[str, Materiality | None]:
    revised = [(h, [p.replace(old, new) for p in ps]) for h, ps in PRICED]
    amendment = draft_amendment(doc(PRICED), doc(revised), filing)
    (item,) = amendment.change_items
    (paragraph,) = plain_paragraphs(amendment)
    return f"{paragraph.heading}: {paragraph.text}", item.materiality


@pytest.mark.parametrize(
    ("old", "new", "shown"),
    [
        ("NYSE.", "NYSE and do not include accrued dividends.", "accrued dividends"),
        ("by the NYSE.", "by the NYSE, without adjustment for dividends.", "adjustment"),
    ],
)
def test_disclosure_added_is_not_a_correction(
    holders: FilingDetails,  # noqa: F811
    old: str,
    new: str,
    shown: str,
) -> None:
    text, materiality = told(holders, old, new)
    assert materiality is Materiality.CLARIFYING, text
    assert "correct" not in text.lower(), text
    assert shown in text, text
    assert "does not change" in text and "[" not in text, text


def test_words_put_right_in_place_remain_a_correction(holders: FilingDetails) -> None:  # noqa: F811
    text, _ = told(holders, "the NYSE", "the New York Stock Exchange")
    assert "corrected wording" in text, text
