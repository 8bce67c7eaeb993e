"""A run-in caption in Word ("Eligible Options." set in a heading style and run into its
paragraph by a style separator, a hidden paragraph mark) is a caption inside its section,
never a section of its own: items cite the real section ("Section 2. …"). A numbered
heading run in the same way still starts its section."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document as WordDocument
from docx.oxml import OxmlElement

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import load_filing
from amendtool.core.wording import filing_text
from amendtool.io.load import load_document
from tests.conftest import SAMPLES

CAPTIONS = [
    ("Eligible Options.", "Options granted under the 2015 Plan are eligible options."),
    ("Eligible Holders.", "Employees employed on the expiration date are eligible{edit}."),
    ("Exchange Ratio.", "Each eligible option will be exchanged for one new option."),
]
SECTIONS = ["Eligibility", "Number of Options; Expiration Date", "Procedures", "Conditions"]


def _run_in(paragraph: object) -> None:
    """Word's style separator: the paragraph mark hidden, so the next paragraph runs on."""
    properties = OxmlElement("w:rPr")
    properties.append(OxmlElement("w:vanish"))
    properties.append(OxmlElement("w:specVanish"))
    paragraph._p.get_or_add_pPr().append(properties)  # type: ignore[attr-defined]


def _offer(path: Path, style: str, edit: str, numbered_run_in: bool = False) -> None:
    document = WordDocument()
    document.add_paragraph("OFFER TO EXCHANGE CERTAIN OUTSTANDING OPTIONS")
    document.add_paragraph("Longford Mills Corporation is offering to exchange options.")
    document.add_paragraph("THE OFFER", style="Heading 1")
    for number, title in enumerate(SECTIONS, start=1):
        heading = document.add_paragraph(f"{number}. {title}.", style="Heading 2")
        if numbered_run_in:
            _run_in(heading)
        document.add_paragraph(f"We describe the {title.lower()} in this section.")
        if number == 2:
            for caption, text in CAPTIONS:
                lead = document.add_paragraph(caption, style=style)
                if style == "Normal":
                    lead.runs[0].bold = True
                _run_in(lead)
                document.add_paragraph(" " + text.format(edit=edit))
    document.save(str(path))


STYLES = ["Heading 2", "Heading 3", "Heading 4", "Normal"]


@pytest.mark.parametrize("style", STYLES)
def test_a_run_in_caption_is_no_section(tmp_path: Path, style: str) -> None:
    _offer(tmp_path / "o.docx", style, "")
    document = load_document(tmp_path / "o.docx")
    names = [s.name for s in document.numbered_sections()]
    assert names == [f"Section {n}. {t}" for n, t in enumerate(SECTIONS, start=1)]
    second = document.numbered_sections()[1]
    texts = [p.text for p in second.paragraphs]
    assert all(caption in texts for caption, _ in CAPTIONS)
    assert not any(s.title.startswith(("Eligible", "Exchange")) for s in document.sections)


@pytest.mark.parametrize("style", STYLES)
def test_a_change_after_a_run_in_caption_cites_the_real_section(tmp_path: Path, style: str) -> None:
    _offer(tmp_path / "o.docx", style, "")
    _offer(tmp_path / "r.docx", style, " in the United States")
    amendment = draft_amendment(
        load_document(tmp_path / "o.docx"),
        load_document(tmp_path / "r.docx"),
        load_filing(SAMPLES / "filing.toml"),
    )
    (item,) = amendment.change_items
    assert item.locator.section_name == "Section 2. Number of Options; Expiration Date"
    assert '"Section 2. Number of Options; Expiration Date"' in filing_text(item, "(a)(1)")


def test_a_numbered_heading_run_in_still_starts_its_section(tmp_path: Path) -> None:
    _offer(tmp_path / "o.docx", "Heading 3", "", numbered_run_in=True)
    names = [s.name for s in load_document(tmp_path / "o.docx").numbered_sections()]
    assert names == [f"Section {n}. {t}" for n, t in enumerate(SECTIONS, start=1)]
