"""A Word file that does not record where its pages break (written by a program other than
Word) must not have its whole body cited as the page after its last hard break: the items
cite no printed page there, and loading says so and what to do. A file Word laid out, and a
file whose hard breaks hold every page, are cited as before."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import load_filing
from amendtool.io.load import load_document
from tests.conftest import SAMPLES
from tests.io.test_cover_page import _page_field

FILLER = (
    "Each eligible option that you elect to exchange will be cancelled on the expiration date, "
    "and we will grant the new options promptly after that, subject to the terms of the plan. "
)


def offer(
    path: Path, price: str, paragraphs: int, rendered_every: int | None, cover_break: bool = True
) -> Path:
    """A cover, a hard break (unless not `cover_break`), then a body of `paragraphs` long
    paragraphs; with `rendered_every`, Word's record of a page break every that many
    paragraphs."""
    word = docx.Document()
    _page_field(word.sections[0].footer.paragraphs[0])
    word.add_paragraph("Offer to Exchange Certain Outstanding Options for New Options")
    if cover_break:
        word.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    word.add_heading("THE OFFER", level=1)
    word.add_heading("1. Eligibility", level=2)
    for index in range(paragraphs):
        text = FILLER * 3 if index != paragraphs - 1 else f"The exercise price is {price}."
        paragraph = word.add_paragraph()
        if rendered_every and index and index % rendered_every == 0:
            paragraph.add_run()._r.append(OxmlElement("w:lastRenderedPageBreak"))
        paragraph.add_run(text)
    word.save(str(path))
    return path


def _item(
    tmp_path: Path, paragraphs: int, rendered_every: int | None, cover_break: bool = True
) -> dict[str, object]:
    original = load_document(
        offer(tmp_path / "o.docx", "$20.00", paragraphs, rendered_every, cover_break)
    )
    revised = load_document(
        offer(tmp_path / "r.docx", "$17.50", paragraphs, rendered_every, cover_break)
    )
    amendment = draft_amendment(original, revised, load_filing(SAMPLES / "filing.toml"))
    [item] = amendment.items_json()["items"]
    return {"item": item, "notices": original.notices}


def test_a_body_with_no_recorded_breaks_cites_no_page_and_says_so(tmp_path: Path) -> None:
    drafted = _item(tmp_path, paragraphs=60, rendered_every=None)
    item = drafted["item"]
    assert isinstance(item, dict)
    assert item["page"] is None
    assert " on page " not in str(item["filing_text"])
    [notice] = [n for n in drafted["notices"] if "page" in n]  # type: ignore[attr-defined]
    assert notice.startswith("o.docx: ") and "save it" in notice and "page 2" in notice


def test_a_file_word_laid_out_is_cited_by_the_pages_it_recorded(tmp_path: Path) -> None:
    drafted = _item(tmp_path, paragraphs=60, rendered_every=10)
    item = drafted["item"]
    assert isinstance(item, dict)
    assert item["page"] == 7  # page 2 and a recorded break every 10 paragraphs
    assert "on page 7" in str(item["filing_text"])
    assert not [n for n in drafted["notices"] if "page" in n]  # type: ignore[attr-defined]


def test_hard_breaks_that_hold_every_page_are_cited(tmp_path: Path) -> None:
    drafted = _item(tmp_path, paragraphs=4, rendered_every=None)
    item = drafted["item"]
    assert isinstance(item, dict)
    assert item["page"] == 2
    assert not [n for n in drafted["notices"] if "page" in n]  # type: ignore[attr-defined]


def test_a_file_that_records_no_break_at_all_cites_only_what_its_first_page_holds(
    tmp_path: Path,
) -> None:
    """Twelve paragraphs (about 6,000 characters, two or three printed pages) with no break
    recorded anywhere: the change in the last is not cited "on page 1"."""
    drafted = _item(tmp_path, paragraphs=12, rendered_every=None, cover_break=False)
    item = drafted["item"]
    assert isinstance(item, dict)
    assert item["page"] is None and " on page " not in str(item["filing_text"])
    [notice] = [n for n in drafted["notices"] if "page" in n]  # type: ignore[attr-defined]
    assert "not cited after the first" in notice and "save it" in notice


def test_a_short_file_with_no_break_is_cited_on_its_one_page(tmp_path: Path) -> None:
    drafted = _item(tmp_path, paragraphs=2, rendered_every=None, cover_break=False)
    item = drafted["item"]
    assert isinstance(item, dict)
    assert item["page"] == 1
    assert not [n for n in drafted["notices"] if "page" in n]  # type: ignore[attr-defined]
