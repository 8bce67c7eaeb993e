"""The document's own title set as a heading at its top (an HTML <h1>, Word's Title or
Heading 1 style: "Offer to Exchange Certain Outstanding Stock Options") is the cover page,
not a section: a change on the cover is cited "on the cover page", and the first part the
offer names ("Summary Term Sheet", "Introduction") still starts its section."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from amendtool.core.model import Document, SectionKind
from amendtool.io.load import load_document

TITLE = "Offer to Exchange Certain Outstanding Stock Options"
SECTIONS = (
    "<h2>1. Eligible Options.</h2><p>Options to purchase 2,400,000 shares are eligible.</p>"
    "<h2>2. Procedures.</h2><p>The Company will not accept any election that is not valid.</p>"
    "<h2>3. Withdrawal Rights.</h2><p>You may withdraw your election before the offer ends.</p>"
)
OPENING = "<p>Ridgeline Foods Co. is offering to exchange eligible options for new options.</p>"
# the top of the page, for each way an offer sets its title
TOPS = {
    "<h1> title": f"<h1>{TITLE}</h1>",
    "issuer and title, <h1> each": f"<h1>Ridgeline Foods Co.</h1><h1>{TITLE}</h1>",
    "<h1> title, <h2> date": f"<h1>{TITLE}</h1><h2>Dated March 3, 2025</h2>",
    "<h2> title over <h3> sections": f"<h2>{TITLE}</h2>",
    "an Offer to Purchase": "<h1>Offer to Purchase for Cash Up to 1,000,000 Shares</h1>",
}


def _html(tmp_path: Path, top: str, sections: str = SECTIONS) -> Document:
    path = tmp_path / "offer.htm"
    path.write_text(f"<html><body>{top}{OPENING}{sections}</body></html>", encoding="utf-8")
    return load_document(path)


def _cover_and_sections(document: Document) -> tuple[list[str], list[str]]:
    (front,) = [s for s in document.sections if s.kind is SectionKind.FRONT]
    return [p.text for p in front.paragraphs], [s.name for s in document.sections[1:]]


@pytest.mark.parametrize("shape", list(TOPS))
def test_an_html_document_title_is_the_cover(tmp_path: Path, shape: str) -> None:
    top = TOPS[shape]
    lower = "h3" in shape  # the sections a level below the title
    document = _html(tmp_path, top, SECTIONS.replace("h2>", "h3>") if lower else SECTIONS)
    cover, sections = _cover_and_sections(document)
    assert document.sections[0].kind is SectionKind.FRONT
    assert sections == [
        "Section 1. Eligible Options",
        "Section 2. Procedures",
        "Section 3. Withdrawal Rights",
    ]
    assert cover[-1] == " ".join(OPENING[3:-4].split())
    assert cover[0] in top


@pytest.mark.parametrize("style", ["Title", "Heading 1"])
def test_a_word_document_title_is_the_cover(tmp_path: Path, style: str) -> None:
    word = docx.Document()
    word.add_paragraph(TITLE, style=style)
    word.add_paragraph("Ridgeline Foods Co. is offering to exchange eligible options for new ones.")
    for number, title in enumerate(["Eligible Options", "Procedures", "Withdrawal Rights"], 1):
        word.add_paragraph(f"{number}. {title}.", style="Heading 2")
        word.add_paragraph(f"We describe the {title.lower()} in this section of the offer.")
    path = tmp_path / "offer.docx"
    word.save(str(path))
    cover, sections = _cover_and_sections(load_document(path))
    assert cover[0] == TITLE
    assert sections[0] == "Section 1. Eligible Options" and len(sections) == 3


@pytest.mark.parametrize("part", ["Summary Term Sheet", "Introduction", "Risk Factors"])
def test_a_part_the_offer_names_at_the_top_still_starts_its_section(
    tmp_path: Path, part: str
) -> None:
    document = _html(tmp_path, f"<h1>{part}</h1>")
    names = [s.name for s in document.sections]
    assert names[0] == part
    assert names[1:] == [
        "Section 1. Eligible Options",
        "Section 2. Procedures",
        "Section 3. Withdrawal Rights",
    ]
