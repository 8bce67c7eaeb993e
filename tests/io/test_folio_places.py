"""A folio is a page's number wherever it is printed: at the foot before <PAGE>, at the top
after it (with or without a blank line), or with no <PAGE> at all. It labels its page and
is never a paragraph that the filing would quote."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import load_filing
from amendtool.core.model import Document
from amendtool.core.wording import filing_text
from amendtool.io.load import load_document
from tests.conftest import SAMPLES

HERE = Path(__file__).parent / "top_folios"
TOP = re.compile(r"<PAGE>\n( +)(\d)\n")

LAYOUTS: dict[str, Callable[[str], str]] = {
    "top, right under <PAGE>": lambda text: text,
    "top, a blank line under <PAGE>": lambda text: TOP.sub(r"<PAGE>\n\n\1\2\n", text),
    "top, as - 2 -": lambda text: TOP.sub(r"<PAGE>\n\1- \2 -\n", text),
}


def _folios(document: Document) -> list[str]:
    return [
        p.text
        for s in document.sections
        for p in s.paragraphs
        if re.fullmatch(r"[-\s]*\d{1,3}[-\s]*", p.text)
    ]


def _draft(tmp_path: Path, change: Callable[[str], str]):  # type: ignore[no-untyped-def]
    original, revised = tmp_path / "original.txt", tmp_path / "revised.txt"
    original.write_text(change((HERE / "original.txt").read_text()))
    revised.write_text(change((HERE / "revised.txt").read_text()))
    first, second = load_document(original), load_document(revised)
    amendment = draft_amendment(first, second, load_filing(SAMPLES / "filing.toml"))
    return first, second, amendment


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_folio_at_the_top_of_the_page_labels_the_page(layout: str, tmp_path: Path) -> None:
    first, second, amendment = _draft(tmp_path, LAYOUTS[layout])
    assert _folios(first) == [] and _folios(second) == []
    sections = {s.number: s.page for s in first.sections if s.number}
    assert sections["3"] == "1" and sections["5"] == "2" and sections["8"] == "3"
    texts = [filing_text(item, "(a)(1)") for item in amendment.change_items]
    assert any('"Section 5. Conditions of the Offer" on page 2' in t for t in texts), texts
    for item in amendment.change_items:
        assert all(not re.fullmatch(r"[-\s]*\d[-\s]*", p) for p in item.new_paragraphs)


def test_folios_with_no_page_marker_label_their_pages(tmp_path: Path) -> None:
    first, second, amendment = _draft(tmp_path, lambda text: text.replace("<PAGE>\n", ""))
    assert _folios(first) == [] and _folios(second) == []
    numbered = [s for s in first.sections if s.number]
    assert all(s.page is not None for s in numbered)
    assert len({s.page for s in numbered}) == 3
    texts = [filing_text(item, "(a)(1)") for item in amendment.change_items]
    assert all(" on page " in t for t in texts if "Section" in t), texts
