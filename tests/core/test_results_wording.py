"""The results say what happened as done: a grant or payment already made is told without
"Subject to the terms and conditions of the Offer" (a condition on a thing done), and no
results notice closes its answer with "The other terms and conditions of the offer also
apply.", which tells an employee or holder nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.filing_document import notice_blocks
from amendtool.core.results_reporting import results_statement
from tests.core.test_results_defined_prices import results_of
from tests.core.test_results_offer_terms import PREFERRED, UP_TO
from tests.support.plain import OFFER

EXCHANGE = {"tendered": "Eligible Options", "consideration": "New Options"}
CASES = [(UP_TO, PREFERRED), (OFFER, EXCHANGE)]


@pytest.mark.parametrize(("offer", "terms"), CASES)
def test_a_grant_or_payment_made_is_told_as_done(
    example_filing_toml: Path, offer: object, terms: dict[str, str]
) -> None:
    amendment = results_of(
        example_filing_toml, offer, terms, "2026-04-24", tendered=1400, accepted=1400, issued=1400
    )  # type: ignore[arg-type]
    text = results_statement(amendment)
    assert "Subject to the terms and conditions" not in text, text
    assert " on April 24, 2026" in text, text
    assert "will pay" not in text and "will be granted" not in text, text
    said = " ".join(b.text for b in notice_blocks(amendment))
    assert "also apply" not in said, said


@pytest.mark.parametrize(("offer", "terms"), CASES)
def test_a_grant_or_payment_to_come_is_told_without_an_empty_reminder(
    example_filing_toml: Path, offer: object, terms: dict[str, str]
) -> None:
    amendment = results_of(
        example_filing_toml, offer, terms, tendered=1400, accepted=1400, issued=1400
    )  # type: ignore[arg-type]
    said = " ".join(b.text for b in notice_blocks(amendment))
    assert "also apply" not in said, said
    assert "April 28, 2026" in said, said


@pytest.mark.parametrize(("offer", "terms"), CASES)
@pytest.mark.parametrize(("grant", "done"), [("2026-04-24", True), (None, False)])
def test_the_opening_tells_the_grant_in_the_tense_item_4_does(
    example_filing_toml: Path,
    offer: object,
    terms: dict[str, str],
    grant: str | None,
    done: bool,
) -> None:
    """The opening's "The New Options will be granted upon the terms …" beside Item 4's
    "were granted" reads as two grants: a grant made is told as made in both."""
    from amendtool.core.filing_document import schedule_to_blocks

    dated = (grant,) if grant else ()
    amendment = results_of(
        example_filing_toml, offer, terms, *dated, tendered=1400, accepted=1400, issued=1400
    )  # type: ignore[arg-type]
    filing = " ".join(" ".join(b.text for b in schedule_to_blocks(amendment)).split())
    opening = next(s for s in filing.split(". ") if "upon the terms and subject" in s)
    opening = opening.split(" upon the terms")[0]  # "The New Options were granted"
    assert (" will be " not in opening) is done, opening
    assert (" were " in opening or " was " in opening) is done, opening
