"""The offer's title and its notice's readers, from the filing details or the original."""

from __future__ import annotations

import dataclasses

from amendtool.core.filing import load_filing
from amendtool.core.model import Document, Paragraph, ParagraphKind, Section, SectionKind
from amendtool.core.offer_names import audience, offer_title
from amendtool.core.wording import house_wording
from tests.conftest import SAMPLES


def cover(*lines: str) -> Document:
    paragraphs = [
        Paragraph(id=f"p{i}", text=t, kind=ParagraphKind.BODY) for i, t in enumerate(lines)
    ]
    front = Section(id="s0", kind=SectionKind.FRONT, heading="", paragraphs=paragraphs)
    return Document(sections=[front])


def test_the_filing_details_title_comes_first() -> None:
    filing = load_filing(SAMPLES / "filing.toml")
    assert offer_title(filing) == filing.document_title
    purchase = dataclasses.replace(filing, document_title="Offer to Purchase")
    assert offer_title(purchase, cover("OFFER TO EXCHANGE")) == "Offer to Purchase"


def test_without_a_title_the_originals_cover_names_the_offer() -> None:
    original = cover(
        "NORTHGATE BIOSCIENCES CORP.",
        "OFFER TO PURCHASE FOR CASH UP TO 4,000,000 SHARES OF ITS COMMON STOCK",
        "Northgate invites its stockholders to tender their Shares.",
    )
    assert offer_title(None, original) == "Offer to Purchase"
    assert offer_title(None, cover("Acme Corp.", "Some notice.")) == "offer document"


def test_the_readers_are_the_notice_wordings() -> None:
    wording = house_wording()
    assert audience(wording, "Offer to Exchange Outstanding Options") == "employees"
    assert audience(wording, "Offer to Purchase") == "holders"
