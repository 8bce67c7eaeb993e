"""The cover's title block ("HALVORSEN NETWORKS, INC." / "OFFER TO EXCHANGE …", "OFFER TO
PURCHASE FOR CASH" / "BY" / … / "OF UP TO 2,000,000 SHARES …") is the document's title, not
paragraphs of the cover: a change in the cover's body is cited by its place among the
paragraphs after the title, as counsel counts them, whatever the layout (Word, EDGAR text,
EDGAR HTML); and a changed title line is cited as a line of the title."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from amendtool.core.amendment import draft_amendment
from amendtool.core.cover import cover_title_count
from amendtool.core.expiration_checks import place_of
from amendtool.core.filing import load_filing
from amendtool.io.load import load_document
from tests.conftest import SAMPLES

CORPUS = Path(__file__).resolve().parents[1] / "corpus"

# (offer, the cover's title lines, words in a body paragraph of the cover and what replaces
# them, the paragraph as counsel cites it)
CASES = [
    ("sample.docx", 2, ("common stock are quoted", "common stock are listed"), "fifth"),
    ("sample.txt", 2, ("common stock are quoted", "common stock are listed"), "fifth"),
    (
        "2001-txt-aldergrove-runin",
        2,
        ("The offer is not conditioned upon", "The offer is not subject to"),
        "third",
    ),
    (
        "2023-htm-carrow-preferred",
        4,
        ("Tender Offer will not receive any", "Tender Offer will not be paid any"),
        "third",
    ),
    (
        "2011-docx-quillon-options",
        2,
        ("On November 8, 2011, the", "On November 9, 2011, the"),
        "fourth",
    ),
]


def original_of(case: str, scratch: Path) -> tuple[Path, Path]:
    """The offer as filed and the filing details of the case."""
    if case.startswith("sample"):
        return SAMPLES / f"offer-to-exchange.{case.split('.')[1]}", SAMPLES / "filing.toml"
    from tests.corpus.build import case_files

    original, _ = case_files(CORPUS / case, scratch)
    return original, CORPUS / case / "filing.toml"


def revised_copy(original: Path, old: str, new: str, scratch: Path) -> Path:
    revised = scratch / f"revised{original.suffix}"
    if original.suffix == ".docx":
        document = docx.Document(str(original))
        changed = 0
        for paragraph in document.paragraphs:
            for run in paragraph.runs:
                if old in run.text:
                    run.text = run.text.replace(old, new)
                    changed += 1
        assert changed == 1
        document.save(str(revised))
        return revised
    text = original.read_text(encoding="utf-8")
    assert text.count(old) == 1, (original, old)
    revised.write_text(text.replace(old, new), encoding="utf-8")
    return revised


@pytest.mark.parametrize(("case", "titles", "change", "ordinal"), CASES)
def test_a_change_in_the_covers_body_counts_the_paragraphs_after_the_title(
    case: str, titles: int, change: tuple[str, str], ordinal: str, tmp_path: Path
) -> None:
    original, filing = original_of(case, tmp_path)
    document = load_document(original)
    assert cover_title_count(document.sections[0]) == titles
    revised = revised_copy(original, *change, tmp_path)
    amendment = draft_amendment(document, load_document(revised), load_filing(filing))
    [item] = amendment.change_items
    assert item.locator.section_kind == "front"
    assert f"the {ordinal} paragraph on the cover page" in amendment.filing_instruction(item)


def test_a_changed_title_line_is_cited_as_a_line_of_the_title(tmp_path: Path) -> None:
    original = SAMPLES / "offer-to-exchange.txt"
    revised = revised_copy(original, "COMMON STOCK FOR", "COMMON STOCK AND UNITS FOR", tmp_path)
    amendment = draft_amendment(
        load_document(original), load_document(revised), load_filing(SAMPLES / "filing.toml")
    )
    [item] = amendment.change_items
    said = amendment.filing_instruction(item)
    assert said.startswith("The last line of the title on the cover page")  # of two lines
    assert "so that the line reads" in said and "paragraph" not in said


def test_the_checks_name_a_cover_paragraph_as_counsel_counts_it() -> None:
    document = load_document(SAMPLES / "offer-to-exchange.docx")
    cover = document.sections[0]
    legend = next(p for p in cover.paragraphs if p.text.startswith("THE OFFER AND WITHDRAWAL"))
    assert place_of(cover, legend) == "the first paragraph on the cover page"


def test_the_plain_notice_speaks_of_the_title(tmp_path: Path) -> None:
    from amendtool.core.plain_summary import summarise

    original = SAMPLES / "offer-to-exchange.txt"
    revised = revised_copy(original, "COMMON STOCK FOR", "COMMON STOCK AND UNITS FOR", tmp_path)
    amendment = draft_amendment(
        load_document(original), load_document(revised), load_filing(SAMPLES / "filing.toml")
    )
    [item] = amendment.change_items
    said = summarise(item, amendment.wording).text
    assert "the title" in said and "paragraph" not in said.split("[")[0]
