"""Counsel's class decides the timing only: a term changed by an item counsel calls
clarifying is still a changed term, and the places that still state its old value (the
filing's own opening among them) are still named."""

from __future__ import annotations

from pathlib import Path

from amendtool.core.amendment import draft_amendment
from amendtool.core.checks import run_checks
from amendtool.core.items import Materiality
from tests.core.test_stale_terms import offer
from tests.support.april_filing import april_filing
from tests.support.builders import doc


def test_a_term_changed_by_an_item_counsel_calls_clarifying_is_still_named_where_stale(
    example_filing_toml: Path,
) -> None:
    filing = april_filing(
        example_filing_toml,
        "the offer to exchange options having an exercise price per share "
        "of $20.00 or more for new options",
    )
    amendment = draft_amendment(
        doc(offer("$20.00", "$20.00", "$20.00", "April 30, 2026")),
        doc(offer("$20.00", "$20.00", "$17.50", "April 30, 2026")),
        filing,
    )
    (item,) = amendment.change_items
    before = [(f.severity, f.message) for f in run_checks(amendment) if f.code == "stale_term"]
    assert [severity for severity, _ in before] == ["warning", "error"]
    item.choose_materiality(Materiality.CLARIFYING, "a correction of the threshold's wording")
    after = [(f.severity, f.message) for f in run_checks(amendment) if f.code == "stale_term"]
    assert after == before
