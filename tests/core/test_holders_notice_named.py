"""A tender to holders names its notice as the notice to holders wherever a refusal names
it: export refused for a placeholder left for counsel, an amendment that cannot be marked
filed (and whom its paragraphs are written for), an EDGAR character that cannot be spelt in
the notice exhibit. "Employee notice" is an option exchange's word only; one source says
which (the notice's wording for the offer)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from amendtool.core.amendment import Amendment
from amendtool.core.checks import run_checks
from amendtool.core.filing import FilingDetails
from amendtool.core.layout import Block, Role
from amendtool.core.offer_names import notice_called
from amendtool.core.plain_checks import export_refusal
from amendtool.core.series import Series
from amendtool.core.series_lock import lock_refusal
from amendtool.core.wording import house_wording
from amendtool.io.edgar_ascii import UnspellableCharacter
from amendtool.io.edgar_writer import blocks_to_ascii
from tests.core.test_plain_holders import OFFER, holders  # noqa: F401  (the fixture)
from tests.support.builders import doc

# a new sentence the notice has no words for: counsel is left a placeholder
REVISED = [
    (h, [p.replace("before the deadline.", "before the deadline. Notices go by mail.") for p in ps])
    for h, ps in OFFER
]


def holders_series(filing: FilingDetails) -> tuple[Series, Amendment]:
    series = Series(doc(OFFER))
    series.draft(doc(REVISED), dataclasses.replace(filing, amendment_date=dt.date(2026, 4, 20)))
    amendment = series.amendment(-1)
    assert amendment is not None
    assert any(f.code == "placeholder" for f in run_checks(amendment))
    return series, amendment


def test_the_notice_is_named_for_its_readers() -> None:
    wording = house_wording()
    assert notice_called(wording, "Offer to Purchase") == "notice to holders"
    assert notice_called(wording, "Offer to Exchange") == "employee notice"


def test_export_refused_names_the_notice_to_holders(holders: FilingDetails) -> None:  # noqa: F811
    _, amendment = holders_series(holders)
    refusal = export_refusal(run_checks(amendment), amendment)
    assert refusal is not None
    assert "the notice to holders still has a placeholder for counsel" in refusal, refusal
    assert "employee" not in refusal, refusal


@pytest.mark.parametrize("project", [None, "offer.amend"])
def test_the_lock_refusal_names_the_notice_to_holders_and_its_readers(
    holders: FilingDetails,  # noqa: F811
    project: str | None,
) -> None:
    series, _ = holders_series(holders)
    refusal = lock_refusal(series, "filed", project)
    assert refusal is not None
    assert "its notice to holders still has a placeholder for counsel" in refusal, refusal
    assert "write each paragraph for holders" in refusal, refusal
    assert "employee" not in refusal, refusal


def test_an_unspellable_character_in_the_notice_to_holders_is_placed_there() -> None:
    blocks = [
        Block(Role.CENTER_BOLD, "SCHEDULE TO"),
        Block(Role.PAGE_BREAK),
        Block(Role.HEADING, "What has changed", document="exhibit"),
        Block(Role.TEXT, "We pay ₹5 a share.", document="exhibit"),
    ]
    with pytest.raises(UnspellableCharacter) as raised:
        blocks_to_ascii(blocks, notice="notice to holders")
    assert "the notice to holders" in str(raised.value), str(raised.value)
    assert "employee" not in str(raised.value)
