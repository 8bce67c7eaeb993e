"""The plain notice's opening asks whether the changes narrow eligibility and then whether
they widen it; each asking read every item's words and joined the whole of both offers
again (and each item twice more for whether it speaks of eligibility at all). The offer
is read once for both. Work is counted (items read, offers joined), never timed."""

from __future__ import annotations

import dataclasses
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from amendtool.core import plain_eligibility
from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import FilingDetails, load_filing
from amendtool.core.filing_document import notice_blocks
from amendtool.core.layout import plain_text
from tests.core.test_plain_narrowed_eligibility import PUT_IN
from tests.core.test_plain_opening import answers
from tests.core.test_plain_opening import filing as plain_filing
from tests.support.builders import doc

filing = plain_filing


@pytest.fixture
def read(monkeypatch: pytest.MonkeyPatch) -> Counter[int]:
    counted: Counter[int] = Counter()
    about, whole = plain_eligibility.about_eligibility, plain_eligibility._whole

    def counted_about(item: Any) -> bool:
        counted[id(item)] += 1
        return about(item)

    def counted_whole(document: Any) -> str:
        counted[id(document)] += 1
        return whole(document)

    monkeypatch.setattr(plain_eligibility, "about_eligibility", counted_about)
    monkeypatch.setattr(plain_eligibility, "_whole", counted_whole)
    return counted


@pytest.mark.parametrize("flip", [False, True])
def test_the_opening_reads_each_item_and_each_offer_once(
    filing: FilingDetails, read: Counter[int], flip: bool
) -> None:
    """A sentence that kept some out taken out (asked narrower, then wider) and one put in."""
    old, new = PUT_IN["paragraph put in"]
    old, new = (new, old) if flip else (old, new)
    amendment = draft_amendment(doc(old), doc(new), filing)
    said = answers(amendment)
    election = said["Is your earlier election still valid?"]
    assert ("no longer eligible" in election) is not flip, election
    documents = {id(amendment.original), id(amendment.revised)}
    assert {k for k in read if k in documents} == documents  # both offers joined …
    assert read and max(read.values()) == 1, read  # … and each item read, once


def test_the_notice_is_the_same_however_often_asked(filing: FilingDetails) -> None:
    old, new = PUT_IN["sentence put in"]
    amendment = draft_amendment(doc(old), doc(new), filing)
    assert notice_blocks(amendment) == notice_blocks(amendment)


SPACES = [" ", "  ", "\n", "\t", "\xa0", "\u2003", "\x1c", "\x85", "\u200b", ""]
paragraph_texts = st.lists(
    st.sampled_from(["Canada", "are", "not", "eligible.", "x", "“y”", *SPACES]), max_size=12
).map("".join)


@settings(max_examples=600, deadline=None)
@given(st.lists(paragraph_texts, min_size=1, max_size=6))
def test_an_offer_joined_is_its_words_spaced_once(texts: list[str]) -> None:
    """Where a sentence put in is looked for: each paragraph's words with single spaces, as
    splitting every paragraph into its words gave them."""
    document = doc([("1. Eligibility", [t for t in texts if t.strip()] or ["Canada."])])
    assert plain_eligibility._whole(document) == " ".join(
        " ".join(p.text.split()) for p in document.paragraphs()
    )


@pytest.mark.parametrize("offer", ["exchange", "purchase"])
def test_the_changes_are_read_for_a_cap_only_where_holders_are_told_of_proration(
    monkeypatch: pytest.MonkeyPatch, example_filing_toml: Path, offer: str
) -> None:
    """An offer to exchange options tells no one of proration: its changes are not read for
    a cap on the securities sought. An offer to purchase up to a cap tells holders."""
    from amendtool.core import plain_answers
    from tests.core.test_reason_roles import ANY_AND_ALL, CAPPED, TERMS
    from tests.support.materiality import amended

    caps: list[str | None] = []
    real = plain_answers.capped_by

    def counted(amendment: Any) -> str | None:
        caps.append(real(amendment))
        return caps[-1]

    monkeypatch.setattr(plain_answers, "capped_by", counted)
    title = {"exchange": "Offer to Exchange", "purchase": "Offer to Purchase"}[offer]
    filing = dataclasses.replace(
        load_filing(example_filing_toml),
        notice_style="plain",
        notice_explanation="",
        document_title=title,
    )
    text = plain_text(notice_blocks(amended(filing, TERMS, [ANY_AND_ALL], [CAPPED])))
    assert caps == ([] if offer == "exchange" else ["up to $150,000,000"]), caps
    assert ("only part of" in " ".join(text.split())) is (offer == "purchase")
