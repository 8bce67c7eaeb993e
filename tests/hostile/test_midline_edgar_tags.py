"""EDGAR structure tags (<TEXT>, </TEXT>, <DOCUMENT>, </DOCUMENT>, <PAGE>) count only at the
start of a line; typed inside a paragraph they are its text, with a warning, and never cut
the document short (everything after drafted as deleted)."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import load_filing
from amendtool.io.load import load_document
from tests.conftest import SAMPLES

ORIGINAL = Path(__file__).parents[1] / "io" / "top_folios" / "original.txt"
SENTENCE = "     We design network storage systems. Our principal office is in San Jose,\n"


@pytest.mark.parametrize(
    "tags",
    ["</TEXT>", "</DOCUMENT>", "<DOCUMENT>", "<PAGE>", "</TEXT></DOCUMENT><DOCUMENT> <PAGE>"],
)
def test_a_tag_typed_mid_line_is_text_and_cuts_nothing(tags: str, tmp_path: Path) -> None:
    text = ORIGINAL.read_text()
    assert SENTENCE in text
    revised = tmp_path / "revised.txt"
    typed = SENTENCE.replace("systems.", f"systems {tags} here.")
    revised.write_text(text.replace(SENTENCE, typed))
    original, second = load_document(ORIGINAL), load_document(revised)
    assert [s.title for s in second.sections] == [s.title for s in original.sections]
    amendment = draft_amendment(original, second, load_filing(SAMPLES / "filing.toml"))
    [item] = amendment.change_items
    assert item.kind.value != "delete_paragraph"
    assert any(f"systems {tags} here." in p for p in item.new_paragraphs)
    assert any("EDGAR" in n and "line 86" in n for n in second.notices), second.notices
