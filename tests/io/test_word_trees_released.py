"""Reading a Word document keeps none of its XML once the document is read: a cache keyed by
its elements would keep every document a long session (or a test run) ever opened, whole."""

from __future__ import annotations

import gc
from pathlib import Path

import docx
from lxml import etree

from amendtool.io.load import load_document


def _live_elements() -> int:
    gc.collect()
    return sum(1 for o in gc.get_objects() if isinstance(o, etree._Element))


def test_reading_a_word_document_keeps_none_of_its_elements(tmp_path: Path) -> None:
    source = docx.Document()
    source.add_heading("1. Terms of the Offer", level=1)
    for n in range(200):
        paragraph = source.add_paragraph("The offer expires on the date ")
        paragraph.add_run("set out below").bold = True  # runs with their own properties
        paragraph.add_run(f" in paragraph {n}.")
    path = tmp_path / "offer.docx"
    source.save(str(path))
    del source
    before = _live_elements()
    for _ in range(3):
        document = load_document(path)
        assert len(document.paragraphs()) >= 200
        del document
    assert _live_elements() == before
