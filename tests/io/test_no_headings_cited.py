"""An offer in which no heading is found is one body of text: the warning says its items cite
paragraphs "by their position in the whole document", but the filing cited "the sixth
paragraph on the cover page" (a cover the offer does not have) and the notice said "This
change is on the cover page"."""

from __future__ import annotations

from pathlib import Path

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import load_filing
from amendtool.core.model import WHOLE_DOCUMENT
from amendtool.core.plain_notice import plain_paragraphs
from amendtool.core.wording import filing_text
from amendtool.io.load import load_document
from tests.conftest import SAMPLES

PARAGRAPHS = [
    "Kestrel Corp. is offering to exchange eligible options for new options.",
    "You may withdraw your election at any time before the offer expires.",
    "We will grant new options on the first business day after the offer expires.",
    "Each new option will have an exercise price equal to the closing price on the grant date.",
    "New options will vest over two years from the grant date.",
    "We may amend or end the offer at any time before it expires.",
]


def _offer(path: Path, paragraphs: list[str]) -> Path:
    path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return path


def test_an_offer_without_headings_is_cited_by_place_in_the_whole(tmp_path: Path) -> None:
    original = load_document(_offer(tmp_path / "orig.txt", PARAGRAPHS))
    assert [s.title for s in original.sections] == [WHOLE_DOCUMENT]
    new = [p.replace("two years", "three years") for p in PARAGRAPHS]
    revised = load_document(_offer(tmp_path / "rev.txt", new))
    filing = load_filing(SAMPLES / "filing.toml")
    amendment = draft_amendment(original, revised, filing)
    (item,) = amendment.change_items
    text = filing_text(item, "(a)(1)")
    assert text.startswith("The fifth paragraph of Exhibit (a)(1) to the"), text
    assert "cover page" not in text and "\x00" not in text, text
    notice = " ".join(p.text + " " + (p.places or "") for p in plain_paragraphs(amendment))
    assert "cover page" not in notice, notice
