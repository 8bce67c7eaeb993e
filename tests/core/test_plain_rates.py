"""A figure followed by "per $1,000", "per share" or "for each option" is a rate (so many
shares for so much), named from its clause ("the conversion rate of our Series A notes")
and said with its "per …"; never a count of shares ("The notes are now 42.7 shares"), and
the reason never speaks of "the number of shares"."""

from __future__ import annotations

import pytest

from amendtool.core.fact_names import describe_facts
from amendtool.core.facts import changed_facts
from amendtool.core.materiality_rules import house_rules
from amendtool.core.plain_facts import fact_changes
from amendtool.core.plain_summary import fact_sentences
from amendtool.core.wording import house_wording

CONVERSION = "(2) The conversion rate of our Series A notes was 41.2 shares per $1,000."


def _said(old: str, new: str) -> str:
    changes, _ = fact_changes(old, new)
    return " ".join(fact_sentences(changes, house_wording()))


@pytest.mark.parametrize(
    ("old", "said"),
    [
        (
            CONVERSION,
            "The conversion rate of our Series A notes is now 42.7 shares per $1,000. "
            "It was 41.2 shares per $1,000.",
        ),
        (
            "The exchange rate is 41.2 New RSUs per option.",
            "The exchange rate is now 42.7 New RSUs per option. It was 41.2 New RSUs per option.",
        ),
    ],
)
def test_a_rate_is_named_from_its_clause_and_said_with_its_per(old: str, said: str) -> None:
    assert _said(old, old.replace("41.2", "42.7")).startswith(said)


def test_a_rate_its_clause_does_not_name_is_left_for_counsel() -> None:
    old = "Each note converts into 41.2 shares per $1,000 principal amount."
    text = _said(old, old.replace("41.2", "42.7"))
    assert "[name this" in text and "per $1,000" in text, text
    assert not text.startswith("The notes are now"), text


def test_the_reason_for_a_rate_speaks_of_the_rate_not_a_number_of_shares() -> None:
    new = CONVERSION.replace("41.2", "42.7")
    reason = describe_facts(changed_facts(CONVERSION, new), house_rules(), new)
    assert "number of shares" not in reason, reason
    assert "conversion rate" in reason and "per $1,000" in reason, reason
