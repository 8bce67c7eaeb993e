"""Front matter before the first numbered page is cited by name ("the cover page"), never as
"page 0": a Word cover counted as page 0, or not printing its number ("Different First
Page"), and an EDGAR cover with a folio of 0."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import load_filing
from amendtool.core.outline import page_range
from amendtool.io.load import load_document
from tests.conftest import SAMPLES

COVER = "Offer to Exchange Certain Outstanding Options for New Options at a price of $20.00."


def _page_field(paragraph) -> None:  # type: ignore[no-untyped-def]
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, " PAGE "), ("end", None)):
        if kind:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run._r.append(char)
        else:
            instr = OxmlElement("w:instrText")
            instr.text = text
            run._r.append(instr)


def word_offer(path: Path, cover: str, start: int, title_page: bool) -> Path:
    word = docx.Document()
    section = word.sections[0]
    _page_field(section.footer.paragraphs[0])
    section.different_first_page_header_footer = title_page
    number = OxmlElement("w:pgNumType")
    number.set(qn("w:start"), str(start))
    section._sectPr.append(number)
    word.add_paragraph(cover)
    word.add_paragraph("The date of this Offer to Exchange is August 27, 2001.")
    word.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    word.add_heading("THE OFFER", level=1)
    word.add_heading("1. Eligibility", level=2)
    word.add_paragraph("Employees who hold options may participate in the offer.")
    word.add_heading("2. Miscellaneous", level=2)
    word.add_paragraph("This offer is governed by the laws of the State of Delaware.")
    word.save(str(path))
    return path


@pytest.mark.parametrize(
    ("start", "title_page", "first_numbered"),
    [(0, True, "1"), (0, False, "1"), (1, True, "2")],
)
def test_a_word_cover_has_no_page_number(
    tmp_path: Path, start: int, title_page: bool, first_numbered: str
) -> None:
    original = load_document(word_offer(tmp_path / "o.docx", COVER, start, title_page))
    cover, *rest = original.sections
    assert page_range(cover) in (None, "")
    assert {p.page for p in cover.paragraphs} == {None}
    assert rest[1].paragraphs[0].page == first_numbered
    revised = load_document(
        word_offer(tmp_path / "r.docx", COVER.replace("$20.00", "$17.50"), start, title_page)
    )
    amendment = draft_amendment(original, revised, load_filing(SAMPLES / "filing.toml"))
    [item] = amendment.items_json()["items"][:1]
    assert item["page"] is None
    assert "page 0" not in item["filing_text"] and "page 0" not in item["notice_text"]
    assert "on the cover page" in item["filing_text"]


def test_an_edgar_cover_with_folio_zero_has_no_page_number(tmp_path: Path) -> None:
    def text(cover: str) -> str:
        return "\n".join(
            [
                cover,
                "",
                "0",
                "<PAGE>",
                "THE OFFER",
                "",
                "1. ELIGIBILITY.",
                "",
                "Employees who hold options may participate in the offer.",
                "",
                "2. MISCELLANEOUS.",
                "",
                "This offer is governed by the laws of the State of Delaware.",
                "",
                "1",
                "<PAGE>",
            ]
        )

    (tmp_path / "o.txt").write_text(text(COVER))
    (tmp_path / "r.txt").write_text(text(COVER.replace("$20.00", "$17.50")))
    original = load_document(tmp_path / "o.txt")
    assert {p.page for p in original.sections[0].paragraphs} == {None}
    assert "0" not in [p.text for p in original.sections[0].paragraphs]  # the folio is no text
    amendment = draft_amendment(
        original, load_document(tmp_path / "r.txt"), load_filing(SAMPLES / "filing.toml")
    )
    item = amendment.items_json()["items"][0]
    assert "page 0" not in item["filing_text"]
    assert "on the cover page" in item["filing_text"]


def test_items_json_gives_no_page_where_the_citation_names_the_cover(tmp_path: Path) -> None:
    """The cover of an EDGAR text offer prints folio 1; counsel cite it as "the cover page",
    and items.json says the same: no page, the cover's section kind."""
    import sys

    sys.path.insert(0, str(Path(__file__).parents[1] / "hostile"))
    from documents import as_text, offer

    spec = offer()
    revised = [(heading, list(paragraphs)) for heading, paragraphs in spec]
    revised[0][1][0] = "Halvorsen Networks, Inc., a Delaware corporation."
    (tmp_path / "o.txt").write_text(as_text(spec), encoding="utf-8")
    (tmp_path / "r.txt").write_text(as_text(revised), encoding="utf-8")
    amendment = draft_amendment(
        load_document(tmp_path / "o.txt"),
        load_document(tmp_path / "r.txt"),
        load_filing(SAMPLES / "filing.toml"),
    )
    [item] = amendment.items_json()["items"]
    assert "on the cover page" in item["filing_text"] and " page 1" not in item["filing_text"]
    assert item["locator"]["section_kind"] == "front"
    assert (item["page"], item["page_label"], item["last_page"]) == (None, None, None)
