"""A term an earlier amendment of the series changed stays changed: a later amendment's
filing details that still describe the offer by the old value (its opening would repeat
"$20.00 or more") are refused as stale, naming the amendment that changed it, although no
item of the later amendment touches the term."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from amendtool.core.findings import ERROR
from amendtool.core.items import Materiality
from amendtool.core.series import Series
from amendtool.core.stale_terms import STALE, check_stale_terms
from tests.support.builders import doc
from tests.support.plain import OFFER, plain_filing, revised

LOWERED = revised(OFFER, "$20.00", "$17.50")
OLD = "options having an exercise price per share of $20.00 or more"
NEW = "options having an exercise price per share of $17.50 or more"


def stale_findings(example: Path, description: str) -> list[str]:
    """The stale-term errors of Amendment No. 2 (a text change), drafted after No. 1
    lowered the threshold, whose filing details describe the offer by `description`."""
    first = plain_filing(example, amendment_number=1, offer_description=NEW)
    series = Series(doc(OFFER))
    for item in series.draft(doc(LOWERED), first).items:
        item.materiality = Materiality.CONSIDERATION
    second = dataclasses.replace(
        first,
        amendment_number=2,
        amendment_date=dt.date(2026, 4, 14),
        offer_description=description,
    )
    later = revised(LOWERED, "for our benefit", "for the Company's benefit")
    series.draft(doc(later), second)
    amendment = series.amendment(-1)
    assert amendment is not None
    return [
        f.message for f in check_stale_terms(amendment) if f.code == STALE and f.severity == ERROR
    ]


def test_a_later_amendment_describing_the_offer_by_a_term_an_earlier_one_changed(
    example_filing_toml: Path,
) -> None:
    (message,) = stale_findings(example_filing_toml, OLD)
    assert "Amendment No. 1" in message and "$20.00" in message and "$17.50" in message
    assert "description" in message, message


def test_the_description_by_the_term_as_amended_is_not_flagged(
    example_filing_toml: Path,
) -> None:
    assert stale_findings(example_filing_toml, NEW) == []
