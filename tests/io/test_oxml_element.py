"""Word elements made with their tag's name worked out once are the elements python-docx
makes: the same class (so python-docx reads them as its own) and the same XML."""

from __future__ import annotations

import pytest
from docx.oxml import OxmlElement as docx_element
from lxml import etree

from amendtool.io.oxml_element import OxmlElement

TAGS = ["w:r", "w:t", "w:p", "w:pPr", "w:rPr", "w:ins", "w:del", "w:pPrChange", "w:trPr",
        "w:footnote", "w:endnote", "w:tbl", "w:tc", "w:delText", "w:br"]  # fmt: skip


@pytest.mark.parametrize("tag", TAGS)
def test_an_element_is_the_one_python_docx_makes(tag: str) -> None:
    ours, theirs = OxmlElement(tag), docx_element(tag)
    assert type(ours) is type(theirs)
    assert etree.tostring(ours) == etree.tostring(theirs)


def test_each_element_is_new() -> None:
    first, second = OxmlElement("w:r"), OxmlElement("w:r")
    first.append(OxmlElement("w:t"))
    assert first is not second and len(second) == 0
