"""An amendment that extends the offer and also changes its terms: nothing generated says the
other terms are unchanged, the exhibit, the notice's title and subject name the amendment as
well as the extension, the plain notice answers what a change of terms asks of holders, and
the series history lists both."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import pytest

from amendtool.core.amendment import Amendment
from amendtool.core.extension import changes_terms, extended_document
from amendtool.core.filing_document import notice_blocks, schedule_to_blocks
from amendtool.core.history import series_lines
from amendtool.core.layout import Role, plain_text
from amendtool.core.series import AmendmentKind, Series
from amendtool.io.load import load_document
from tests.conftest import SAMPLES
from tests.core.test_memo_subject import subject
from tests.core.test_series_extension import (
    EXPIRATION,
    extension_of_the_offer,
    filing,
    lower_threshold,
)

# every sentence the tool generates to say that nothing but the deadline changed
UNCHANGED = re.compile(
    r"remain unchanged|stays the same|Only the deadline has changed|nothing else",
    re.IGNORECASE,
)


def styled(amendment: Amendment, style: str) -> Amendment:
    return dataclasses.replace(
        amendment, filing=dataclasses.replace(amendment.filing, notice_style=style)
    )


def generated(amendment: Amendment) -> str:
    """The filing and the notice as printed, in one text."""
    text = plain_text(schedule_to_blocks(amendment)) + "\n" + plain_text(notice_blocks(amendment))
    return " ".join(text.split())


@pytest.mark.parametrize("style", ["plain", "precedent"])
@pytest.mark.parametrize("lowered", [True, False])
def test_an_unchanged_claim_is_made_only_when_no_item_changes_a_term(
    style: str, lowered: bool
) -> None:
    amendment = styled(extension_of_the_offer(lowered=lowered), style)
    assert changes_terms(amendment.change_items) is lowered
    text = generated(amendment)
    if lowered:
        assert not UNCHANGED.search(text), UNCHANGED.search(text)
        assert "The terms and conditions of the Offer are also amended" in text
    else:
        assert "The other terms and conditions of the Offer remain unchanged." in text


@pytest.mark.parametrize("style", ["plain", "precedent"])
def test_a_combined_amendment_is_not_called_only_an_extension(style: str) -> None:
    amendment = styled(extension_of_the_offer(lowered=True), style)
    blocks = notice_blocks(amendment)
    title = next(b.text for b in blocks if b.role is Role.CENTER_BOLD)
    assert title == "NOTICE OF AMENDMENT AND EXTENSION OF THE OFFER TO EXCHANGE"
    [notice] = [e for e in amendment.exhibits() if e.label == amendment.filing.notice_exhibit]
    assert notice.description.startswith("Notice of Amendment and Extension of Offer to Exchange")
    # counsel's subject speaks of an amendment: it is kept
    assert subject(amendment) == amendment.filing.notice_subject
    assert "Amendment" in amendment.filing.notice_subject
    # a subject carried over from an earlier extension is not
    carried = dataclasses.replace(
        amendment,
        filing=dataclasses.replace(
            amendment.filing, notice_subject="Extension of the Offer to Exchange"
        ),
    )
    assert subject(carried) == "Amendment and Extension of the Offer to Exchange"


def test_an_extension_alone_keeps_its_own_title_and_exhibit() -> None:
    amendment = extension_of_the_offer(lowered=False)
    title = next(b.text for b in notice_blocks(amendment) if b.role is Role.CENTER_BOLD)
    assert title == "NOTICE OF EXTENSION OF THE OFFER TO EXCHANGE"
    [notice] = [e for e in amendment.exhibits() if e.label == amendment.filing.notice_exhibit]
    assert notice.description.startswith("Notice of Extension of Offer to Exchange")


def test_the_combined_notice_answers_what_a_change_of_terms_asks() -> None:
    """The lower threshold makes more options eligible: newly eligible holders are told to
    send a form that includes them, and that an earlier election does not cover them."""
    amendment = styled(extension_of_the_offer(lowered=True), "plain")
    text = " ".join(plain_text(notice_blocks(amendment)).split())
    words = amendment.wording.plain_notice
    assert words["election_question"] in text
    assert "If you are newly eligible, or more of your options are" in text
    assert "It does not cover options that are newly eligible." in text
    assert "The offer now ends at" in text  # the new deadline still answered first
    assert "Questions about the extension and the changes" in text
    assert "questions about the extension or the" not in text
    assert text.count(words["action_question"]) == 1


def test_the_history_lists_the_extension_and_the_change_of_terms() -> None:
    series = Series(load_document(SAMPLES / "offer-to-exchange.docx"))
    details = filing(1, dt.date(2026, 4, 22), dt.datetime(2026, 5, 8, 23, 59))
    zone = details.zone
    extended = extended_document(
        series.original,
        EXPIRATION.replace(tzinfo=zone),
        details.expiration.replace(tzinfo=zone),
        details.time_zone,
    )
    entry = series.draft(lower_threshold(extended), details, kind=AmendmentKind.EXTENSION)
    entry.extended_from = EXPIRATION
    [line] = [x for x in series_lines(series) if "Amendment No. 1" in x]
    assert "extension to" in line and "change of terms" in line


def test_the_combined_notice_to_holders_speaks_of_their_tender() -> None:
    amendment = styled(extension_of_the_offer(lowered=True), "plain")
    holders = dataclasses.replace(
        amendment, filing=dataclasses.replace(amendment.filing, document_title="Offer to Purchase")
    )
    text = " ".join(plain_text(notice_blocks(holders)).split())
    assert "Yes, please review your tender" in text
    assert "review your election" not in text
