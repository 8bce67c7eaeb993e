"""The history names what it shows and nothing else: its legend lists only the amendments
whose changes it marks (those after `since`, through `through`), in the app and as the
Word file's revision authors; the cover page, which prints no heading, is given none (no
label, never a page number)."""

from __future__ import annotations

import io

import docx
import pytest
from lxml import etree

from amendtool.core.history import history, legend
from amendtool.core.model import Document
from amendtool.core.series import Series
from amendtool.io.history_docx import history_docx
from tests.support.series import three_amendments


@pytest.fixture(scope="module")
def three() -> tuple[Series, list[Document]]:
    return three_amendments()


@pytest.mark.parametrize(
    ("since", "through", "shown"),
    [(0, 3, [1, 2, 3]), (0, 2, [1, 2]), (1, 2, [2]), (2, 3, [3]), (0, 1, [1])],
)
def test_the_legend_lists_only_the_amendments_shown(
    since: int, through: int, shown: list[int], three: tuple[Series, list[Document]]
) -> None:
    series, _ = three
    marks = history(series, through, since)
    assert sorted(marks.dates) == shown
    text = legend(marks)
    for number in (1, 2, 3):
        assert (f"[{number}] Amendment No. {number}," in text) is (number in shown), text
    assert ("(draft, not filed)" in text) is (3 in shown)


def test_the_word_file_names_only_the_amendments_shown(
    three: tuple[Series, list[Document]],
) -> None:
    series, _ = three
    word = docx.Document(io.BytesIO(history_docx(series, through=2, since=1)))
    root = etree.fromstring(word.element.xml.encode())
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    authors = {e.get(w + "author") for e in root.iter(w + "ins", w + "del")}
    assert authors == {"Amendment No. 2, April 7, 2026"}
    assert not [p.text for p in word.paragraphs if "Amendment No. 3" in p.text]


def test_the_cover_page_is_not_labelled(three: tuple[Series, list[Document]]) -> None:
    """The history opens on the cover's own first line: the cover prints no heading, and
    the history adds none (no "Cover Page", no empty heading, never a page number)."""
    series, documents = three
    marks = history(series, 3)
    headings = [e.text for e in marks.entries if e.heading and e.spans]
    assert "Cover Page" not in headings and "" not in headings
    first = next(e for e in marks.entries if e.spans)
    assert first.text == documents[3].sections[0].paragraphs[0].text and not first.amendments
    word = docx.Document(io.BytesIO(history_docx(series, through=2, since=1)))
    texts = [p.text for p in word.paragraphs]
    assert texts[1] == first.text and "Cover Page" not in texts
    assert not [t for t in texts if "page 0" in t.lower()]
