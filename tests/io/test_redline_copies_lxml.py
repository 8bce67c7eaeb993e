"""The redline, the conformed copy and the Word tables copy each run, row and properties
element with lxml's own copy (io/word_paragraphs.py `copied`), not `copy.deepcopy`, which
calls that copy after a memo and a keep-alive list of its own (for each run a long offer's
redline splits). Counted, not timed; a copy is the element `copy.deepcopy` made."""

from __future__ import annotations

import copy
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import load_filing
from amendtool.io.load import load_document
from amendtool.io.redline_docx import build_review_documents
from amendtool.io.word_paragraphs import copied
from tests.conftest import SAMPLES

MODULES = ("revision_text", "revision_rows", "_oxml_revisions", "revision_runs", "word_tables")
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
RUN = (
    f'<w:r xmlns:w="{W}"><w:rPr><w:b/><w:sz w:val="20"/></w:rPr>'
    '<w:t xml:space="preserve">{text}</w:t><w:tab/></w:r>'
)


def test_the_redline_copies_no_element_through_deepcopy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = load_document(SAMPLES / "offer-to-exchange.docx")
    after = load_document(SAMPLES / "offer-to-exchange-revised.docx")
    amendment = draft_amendment(before, after, load_filing(SAMPLES / "filing.toml"))
    callers: list[str] = []
    real = copy.deepcopy

    def counted(x: Any, memo: Any = None, _nil: Any = ()) -> Any:
        if isinstance(x, etree._Element):
            callers.append(Path(sys._getframe(1).f_code.co_filename).stem)
        return real(x, memo)

    monkeypatch.setattr(copy, "deepcopy", counted)
    documents = build_review_documents(amendment)
    assert documents.redline and documents.conformed
    assert [c for c in callers if c in MODULES] == []


@given(st.text(alphabet="ab <&>\u2014", max_size=20))
def test_a_copy_is_the_element_deepcopy_made(text: str) -> None:
    run = etree.fromstring(RUN.replace("{text}", text.replace("&", "&amp;").replace("<", "&lt;")))
    made, theirs = copied(run), copy.deepcopy(run)
    assert etree.tostring(made) == etree.tostring(theirs)
    assert made is not run and made[0] is not run[0]
