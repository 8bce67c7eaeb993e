"""HTML nested deeper than the parser follows is read with its layout, as the same page
nested a few levels deep is, or refused: never read as plain text, where every heading of an
original read with its layout became a "made a heading" item and curly quotes straight."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from documents import as_html, offer
from test_input_gate import refused

from amendtool.core.model import Document
from amendtool.io.load import load_document

# one heading known only by its bold type, as many EDGAR pages set them
PAGE = as_html(offer()).replace("<b>2. Conditions", "<b>Conditions")
BODY_START, BODY_END = "<body>\n", "\n</body>"


def shape(document: Document) -> list[tuple[str, str, list[tuple[str, str]]]]:
    return [
        (s.kind.name, s.heading, [(p.kind.name, p.text) for p in s.paragraphs])
        for s in document.sections
    ]


def wrapped(opening: str, closing: str, depth: int) -> str:
    return PAGE.replace(BODY_START, BODY_START + opening * depth).replace(
        BODY_END, closing * depth + BODY_END
    )


@pytest.fixture(scope="module")
def shallow(tmp_path_factory: pytest.TempPathFactory) -> Document:
    path = tmp_path_factory.mktemp("shallow") / "offer.htm"
    path.write_text(PAGE, encoding="utf-8")
    return load_document(path)


@pytest.mark.parametrize(
    ("opening", "closing"),
    [("<div>", "</div>"), ("<b><i>", ""), ("<span> <font>\n", "</font></span>")],
    ids=["bare-divs", "unclosed-bold-italic", "spans-and-fonts"],
)
def test_wrappers_thousands_deep_read_as_the_page_without_them(
    opening: str, closing: str, shallow: Document, tmp_path: Path
) -> None:
    path = tmp_path / "deep.htm"
    path.write_text(wrapped(opening, closing, 5000), encoding="utf-8")
    deep = load_document(path)
    expected = shape(shallow)
    if "<b>" in opening:  # every word is bold: the headings are still headings
        assert [s.heading for s in deep.sections] == [s.heading for s in shallow.sections]
        assert [p for s in shape(deep) for p in s[2]] == [p for s in expected for p in s[2]]
    else:
        assert shape(deep) == expected
    assert not any("plain text" in notice for notice in deep.notices), deep.notices


def test_markup_nested_too_deeply_to_read_its_layout_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "deep.htm"
    page = wrapped('<div class="level">', "</div>", 5000)
    path.write_text(page, encoding="utf-8")
    message = refused(path)
    assert message.startswith("deep.htm: ") and "nested" in message, message
