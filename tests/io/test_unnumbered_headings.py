"""An offer whose sections are titled in bold without numbers ("Eligibility", "Withdrawal
Rights", each a bold line of its own over its text): the titles are its sections, so an item
is cited in the section that holds it ('the second paragraph in "Withdrawal Rights"'), not
as the ninth paragraph of the whole offer counted through the titles."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import docx
import pytest

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import load_filing
from amendtool.core.model import Document, ParagraphKind
from amendtool.io.load import load_document

FILING = (
    Path(__file__).resolve().parents[1] / "corpus" / "2024-htm-brightmoor-options" / "filing.toml"
)
SECTIONS = {
    "Eligibility": [
        "You are eligible to take part in the offer if you are an employee of Fernhill Labs on "
        "the date the offer starts.",
        "Members of our board of directors and our executive officers are not eligible.",
    ],
    "Number of Options; Expiration Date": [
        "We will exchange each eligible option for a new option to buy fewer shares of our "
        "common stock.",
        "The offer expires at 11:59 p.m., Eastern Time, on May 12, 2024, unless we extend it.",
    ],
    "Withdrawal Rights": [
        "You may withdraw your tendered options at any time before the offer expires.",
        "To withdraw, you must deliver a notice of withdrawal to Stock Administration.",
    ],
    "Conditions of the Offer": [
        "We may end the offer if any of the conditions described below occurs.",
        "These conditions are for our sole benefit and we may waive them.",
    ],
}
COVER = [
    "FERNHILL LABS, INC.",
    "OFFER TO EXCHANGE ELIGIBLE OPTIONS FOR NEW OPTIONS",
]
OPENING = (
    "Fernhill Labs, Inc. is offering to exchange eligible options for new options upon the "
    "terms described in this offer."
)
WRITTEN = ("a notice of withdrawal", "a written notice of withdrawal")


def html_offer(change: Callable[[str], str] = str) -> str:
    out = ["<html><body>", *(f'<p style="text-align:center"><b>{c}</b></p>' for c in COVER)]
    out += [f"<p>{OPENING}</p>", '<hr style="page-break-after:always">']
    out.append('<p style="text-align:center"><b>THE OFFER</b></p>')
    for index, (title, texts) in enumerate(SECTIONS.items()):
        out.append(f"<p><b>{title}</b></p>")
        out += [f'<p style="text-indent:0.5in">{change(t)}</p>' for t in texts]
        if index == 1:
            out.append('<p style="text-align:center">- 1 -</p>')
            out.append('<hr style="page-break-after:always">')
    out.append('<p style="text-align:center">- 2 -</p></body></html>')
    return "\n".join(out)


def word_offer(path: Path, change: Callable[[str], str] = str) -> Path:
    word = docx.Document()
    for line in COVER:
        word.add_paragraph().add_run(line).bold = True
    word.add_paragraph(OPENING)
    word.add_paragraph().add_run("THE OFFER").bold = True
    for title, texts in SECTIONS.items():
        word.add_paragraph().add_run(title).bold = True
        for text in texts:
            word.add_paragraph(change(text))
    word.save(str(path))
    return path


def names(document: Document) -> list[str]:
    return [s.name for s in document.sections]


def test_bold_titles_without_numbers_are_the_offers_sections(tmp_path: Path) -> None:
    path = tmp_path / "offer.htm"
    path.write_text(html_offer(), encoding="utf-8")
    document = load_document(path)
    assert names(document) == ["Cover Page", "The Offer", *SECTIONS]
    for section in document.sections[2:]:
        assert [p.text for p in section.paragraphs] == SECTIONS[section.title]
        assert all(p.kind is ParagraphKind.BODY for p in section.paragraphs)


def test_a_change_under_a_bold_title_is_cited_in_its_section(tmp_path: Path) -> None:
    original, revised = tmp_path / "o.htm", tmp_path / "r.htm"
    original.write_text(html_offer(), encoding="utf-8")
    revised.write_text(html_offer(lambda t: t.replace(*WRITTEN)), encoding="utf-8")
    amendment = draft_amendment(
        load_document(original), load_document(revised), load_filing(FILING)
    )
    [item] = amendment.items_json()["items"]
    assert item["section"] == "Withdrawal Rights"
    assert item["page_label"] == "2"
    cited = item["filing_text"]
    assert any(
        f'{n} paragraph in "Withdrawal Rights" on page 2' in cited for n in ("second", "last")
    )


def test_bold_titles_in_word_are_sections_too(tmp_path: Path) -> None:
    document = load_document(word_offer(tmp_path / "offer.docx"))
    assert names(document)[-4:] == list(SECTIONS)
    assert [p.text for p in document.sections[-2].paragraphs] == SECTIONS["Withdrawal Rights"]


def _as_heading_tags(page: str, tag: str) -> str:
    for title in SECTIONS:
        page = page.replace(f"<p><b>{title}</b></p>", f"<{tag}>{title}</{tag}>")
    return page


@pytest.mark.parametrize("tag", ["h2", "h3"])
def test_titles_set_as_html_headings_are_the_offers_sections(tmp_path: Path, tag: str) -> None:
    """<h2>Withdrawal Rights</h2> is a title on a line of its own as a browser prints it,
    bold or not: the offer was read as one cover page of 46 paragraphs, and every item
    cited "on the cover page"."""
    path = tmp_path / "offer.htm"
    path.write_text(_as_heading_tags(html_offer(), tag), encoding="utf-8")
    document = load_document(path)
    assert names(document) == ["Cover Page", "The Offer", *SECTIONS]


def test_titles_in_words_heading_styles_are_the_offers_sections(tmp_path: Path) -> None:
    word = docx.Document()
    word.add_paragraph(COVER[0])
    word.add_paragraph(OPENING)
    for title, texts in SECTIONS.items():
        word.add_paragraph(title, style="Heading 2")
        for text in texts:
            word.add_paragraph(text)
    word.save(str(tmp_path / "offer.docx"))
    document = load_document(tmp_path / "offer.docx")
    assert names(document)[-4:] == list(SECTIONS)


def test_a_part_titled_over_a_table_is_a_section(tmp_path: Path) -> None:
    """A tabular summary term sheet under its bold title: the title heads a section, though a
    table, not a paragraph, follows it (a bold line over a table is otherwise its caption)."""
    sheet = (
        "<p><b>Summary Term Sheet</b></p><table>"
        "<tr><td><b>Purchase Price</b></td><td>$18.50 per Share, net in cash.</td></tr>"
        "<tr><td><b>Expiration Date</b></td><td>June 12, 2026, unless extended.</td></tr>"
        "</table>"
    )
    page = html_offer().replace('<p style="text-align:center"><b>THE OFFER</b></p>', sheet)
    path = tmp_path / "offer.htm"
    path.write_text(page, encoding="utf-8")
    document = load_document(path)
    assert names(document) == ["Cover Page", "Summary Term Sheet", *SECTIONS]
    sheet_rows = [p.text for p in document.sections[1].paragraphs]
    assert sheet_rows[0].startswith("Purchase Price") and len(sheet_rows) == 2
