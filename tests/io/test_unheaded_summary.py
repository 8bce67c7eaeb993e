"""A summary term sheet that follows the cover page with no heading of its own (its first
page opens with a question, or with a paragraph calling itself a summary) is the summary,
not the cover: its questions and paragraphs are cited in "Summary Term Sheet" on their
page, in EDGAR HTML and EDGAR text alike; a cover that runs over two pages stays whole."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import load_filing
from amendtool.core.model import Document, SectionKind
from amendtool.core.wording import filing_text
from amendtool.io.load import load_document
from tests.conftest import SAMPLES
from tests.support.html_offer import BREAK, COVER, folio

QA = [
    ("Why are we making the offer?", "We believe the offer is a prudent use of our funds."),
    ("How much will you pay for my Shares?", "We will pay {price} per Share, net in cash."),
    ("When does the offer expire?", "The offer expires at 5:00 p.m. on April 3, 2023."),
]
PROSE = [
    "This summary highlights the most material information in this Offer to Purchase.",
    "We will pay {price} per Share, net to you in cash, less any withholding taxes.",
    "The offer expires at 5:00 p.m., New York City time, on April 3, 2023.",
]
SECTIONS = ["Number of Shares", "Purpose", "Procedures"]


def _html(summary: str, price: str) -> str:
    if summary == "questions":
        body = "".join(f"<p><b>{q}</b></p><p>{a.format(price=price)}</p>" for q, a in QA)
    else:
        body = "".join(f"<p>{p.format(price=price)}</p>" for p in PROSE)
    sections = "".join(
        f"<p><b>{n}. {t}.</b></p><p>We describe the {t.lower()} here.</p>"
        for n, t in enumerate(SECTIONS, start=1)
    )
    return (
        "<html><body>" + COVER + '<p style="text-align:center"><b>IMPORTANT</b></p>'
        "<p>Any holder desiring to tender Shares should sign the Letter of Transmittal.</p>"
        + BREAK
        + body
        + folio("1")
        + BREAK
        + '<p style="text-align:center"><b>THE OFFER</b></p>'
        + sections
        + folio("2")
        + "</body></html>"
    )


def _text(summary: str, price: str) -> str:
    if summary == "questions":
        body = "".join(f"{q}\n\n     {a.format(price=price)}\n\n" for q, a in QA)
    else:
        body = "".join(f"     {p.format(price=price)}\n\n" for p in PROSE)
    sections = "".join(
        f"{n}.   {t.upper()}.\n\n     We describe the {t.lower()} here.\n\n"
        for n, t in enumerate(SECTIONS, start=1)
    )
    return (
        "                        OFFER TO PURCHASE FOR CASH\n\n"
        "                      BY LONGFORD MILLS CORPORATION\n\n"
        "     Longford Mills Corporation is offering to purchase up to 1,000,000 shares.\n\n"
        "<PAGE>\n\n" + body + "                                   1\n<PAGE>\n\n"
        "                                THE OFFER\n\n" + sections + "\n"
        "                                   2\n"
    )


FORMATS = {"htm": _html, "txt": _text}


def _load(tmp_path: Path, fmt: str, summary: str, price: str, name: str) -> Document:
    path = tmp_path / f"{name}.{fmt}"
    path.write_text(FORMATS[fmt](summary, price))
    return load_document(path)


@pytest.mark.parametrize("summary", ["questions", "prose"])
@pytest.mark.parametrize("fmt", list(FORMATS))
def test_the_summary_is_a_section_of_its_own(tmp_path: Path, fmt: str, summary: str) -> None:
    document = _load(tmp_path, fmt, summary, "$12.00", "offer")
    kinds = [(s.kind, s.name) for s in document.sections][:2]
    assert kinds == [(SectionKind.FRONT, "Cover Page"), (SectionKind.PART, "Summary Term Sheet")]
    cover, summary_section = document.sections[:2]
    assert not any("$12.00 per Share" in p.text for p in cover.paragraphs)
    assert summary_section.paragraphs[0].page == "1"
    assert [s.number for s in document.numbered_sections()] == ["1", "2", "3"]


@pytest.mark.parametrize("summary", ["questions", "prose"])
@pytest.mark.parametrize("fmt", list(FORMATS))
def test_a_change_in_the_summary_cites_the_summary(tmp_path: Path, fmt: str, summary: str) -> None:
    original = _load(tmp_path, fmt, summary, "$12.00", "offer")
    revised = _load(tmp_path, fmt, summary, "$12.50", "revised")
    amendment = draft_amendment(original, revised, load_filing(SAMPLES / "filing.toml"))
    (item,) = amendment.change_items
    text = filing_text(item, "(a)(1)")
    assert '"Summary Term Sheet" on page 1' in text and "cover page" not in text
    if summary == "questions":
        assert item.locator.question == "How much will you pay for my Shares?"


def test_a_cover_over_two_pages_with_no_summary_stays_whole(tmp_path: Path) -> None:
    markup = _html("prose", "$12.00").replace("This summary highlights", "This offer sets out")
    path = tmp_path / "offer.htm"
    path.write_text(markup)
    document = load_document(path)
    assert document.sections[0].kind is SectionKind.FRONT
    assert any("$12.00 per Share" in p.text for p in document.sections[0].paragraphs)
    assert "Summary Term Sheet" not in [s.name for s in document.sections]
