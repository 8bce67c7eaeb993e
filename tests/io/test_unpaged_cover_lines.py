"""An EDGAR text offer without page breaks opens with a title block of short centred lines
in capitals (the issuer, the offer's title, the expiration legend): they are the cover page,
cited as such, and not sections of their own."""

from __future__ import annotations

from pathlib import Path

from amendtool.core.drafting import draft_items
from amendtool.core.model import SectionKind
from amendtool.core.wording import filing_text
from amendtool.io.load import load_document

COVER = """\
                            ZEPHYRA SYSTEMS, INC.

        OFFER TO EXCHANGE OUTSTANDING OPTIONS TO PURCHASE COMMON STOCK
          HAVING AN EXERCISE PRICE OF $20.00 OR MORE FOR NEW OPTIONS

      THE OFFER AND WITHDRAWAL RIGHTS EXPIRE AT 5:00 P.M., PACIFIC TIME,
                ON JUNE 4, 2002, UNLESS THE OFFER IS EXTENDED.

     Zephyra Systems, Inc. ("Zephyra," "we," "us" or "our") is offering to
exchange all outstanding options to purchase shares of our common stock
that have an exercise price per share of {price} or more for new options.

              The date of this Offer to Exchange is May 6, 2002.

                              SUMMARY TERM SHEET

     The following are answers to some of the questions that you may have
about the offer.

                                  THE OFFER

1. ELIGIBILITY.

     You are an eligible employee if you are an employee of Zephyra on the
date the offer starts.

2. NUMBER OF OPTIONS; EXPIRATION DATE.

     We will exchange Eligible Options for New Options on a one-for-one basis.

3. PROCEDURES.

     To validly tender your options, you must deliver the election form.
"""


def _offer(tmp_path: Path, name: str, price: str) -> Path:
    path = tmp_path / name
    path.write_text(COVER.format(price=price))
    return path


def test_the_title_block_of_an_unpaged_text_offer_is_the_cover(tmp_path: Path) -> None:
    document = load_document(_offer(tmp_path, "original.txt", "$20.00"))
    assert [(s.kind, s.name) for s in document.sections] == [
        (SectionKind.FRONT, "Cover Page"),
        (SectionKind.PART, "Summary Term Sheet"),
        (SectionKind.PART, "The Offer"),
        (SectionKind.NUMBERED, "Section 1. Eligibility"),
        (SectionKind.NUMBERED, "Section 2. Number of Options; Expiration Date"),
        (SectionKind.NUMBERED, "Section 3. Procedures"),
    ]
    assert document.sections[0].paragraphs[0].text == "ZEPHYRA SYSTEMS, INC."


def test_a_change_on_the_cover_is_cited_on_the_cover_page(tmp_path: Path) -> None:
    original = load_document(_offer(tmp_path, "original.txt", "$20.00"))
    revised = load_document(_offer(tmp_path, "revised.txt", "$17.50"))
    [item] = draft_items(original, revised).items
    assert item.locator.section_kind == "front"
    assert "on the cover page" in filing_text(item, "(a)(1)")


def _word_offer(tmp_path: Path, name: str, price: str) -> Path:
    """The same offer as Word wrote it from a template: the display lines set in the Title
    and Heading 1 styles, centred; the numbered headings in Heading 2; no page break
    recorded anywhere."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    word = docx.Document()
    for block in COVER.format(price=price).split("\n\n"):
        text = " ".join(block.split())
        if not text:
            continue
        first = block.strip("\n").splitlines()[0]
        if text[0].isdigit():
            word.add_heading(text, level=2)
        elif len(first) - len(first.lstrip()) > 5 and text.isupper():
            paragraph = word.add_paragraph(text, style="Title" if "INC." in text else None)
            if paragraph.style.name != "Title":
                paragraph.style = word.styles["Heading 1"]
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        else:
            word.add_paragraph(text)
    path = tmp_path / name
    word.save(str(path))
    return path


def test_the_display_lines_of_an_unpaged_word_offer_are_its_cover(tmp_path: Path) -> None:
    document = load_document(_word_offer(tmp_path, "original.docx", "$20.00"))
    names = [(s.kind, s.name) for s in document.sections]
    assert names[0] == (SectionKind.FRONT, "Cover Page")
    assert names[1:3] == [(SectionKind.PART, "Summary Term Sheet"), (SectionKind.PART, "The Offer")]
    assert [n for k, n in names if k is SectionKind.NUMBERED] == [
        "Section 1. Eligibility",
        "Section 2. Number of Options; Expiration Date",
        "Section 3. Procedures",
    ]
    cover = document.sections[0].paragraphs
    assert cover[0].text == "ZEPHYRA SYSTEMS, INC."
    assert all(m.label is None for s in document.sections for p in s.paragraphs for m in p.pages)


def test_a_change_on_an_unpaged_word_cover_is_cited_on_the_cover_without_a_page(
    tmp_path: Path,
) -> None:
    original = load_document(_word_offer(tmp_path, "original.docx", "$20.00"))
    revised = load_document(_word_offer(tmp_path, "revised.docx", "$17.50"))
    [item] = draft_items(original, revised).items
    assert item.locator.section_kind == "front"
    text = filing_text(item, "(a)(1)")
    assert "on the cover page" in text and "page 1" not in text
