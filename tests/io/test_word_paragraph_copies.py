"""A paragraph and a run of text are copies of an empty one of their shape, made in one step,
not built element by element (lxml makes each element a Python object of its own: three for
a styled paragraph, two for a run, for each of a 300-item filing's paragraphs). Counted,
not timed; the XML is what the elements made one by one wrote."""

from __future__ import annotations

import copy

import docx
import pytest
from docx.oxml.ns import qn
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from amendtool.io import word_paragraphs
from amendtool.io.docx_writer import house_template
from amendtool.io.oxml_element import OxmlElement
from amendtool.io.word_paragraphs import add_paragraph, add_run


def _body() -> tuple[etree._Element, etree._Element]:
    document = docx.Document(str(house_template()))
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    return body, body.find(qn("w:sectPr"))


def _old_paragraph(
    before: etree._Element, style_id: str | None, page_break: bool
) -> etree._Element:
    p = OxmlElement("w:p")
    if style_id is not None or page_break:
        properties = etree.SubElement(p, qn("w:pPr"))
        if style_id is not None:
            etree.SubElement(properties, qn("w:pStyle")).set(qn("w:val"), style_id)
        if page_break:
            etree.SubElement(properties, qn("w:pageBreakBefore"))
    before.addprevious(p)
    return p


def _old_run(p: etree._Element, text: str, marked: bool) -> etree._Element:
    r = etree.SubElement(p, qn("w:r"))
    if marked:
        properties = etree.SubElement(r, qn("w:rPr"))
        etree.SubElement(properties, qn("w:b"))
        etree.SubElement(properties, qn("w:highlight")).set(qn("w:val"), "yellow")
    word_paragraphs._add_text(r, text)
    return r


_TEXT = st.text(alphabet="ab \t\n\r\x00\x1b[m\u202e\u00a0\u2003\f\"'") | st.sampled_from(
    ["", " ", "plain words", " lead", "trail ", "\t", "a\tb", "line\nbreak", "\x1b[31mred"]
)
_RUNS = st.lists(st.tuples(_TEXT, st.booleans()), max_size=4)
_PARAGRAPHS = st.lists(
    st.tuples(st.sampled_from([None, "ATBody", "ATHeading"]), st.booleans(), _RUNS), max_size=4
)


@given(_PARAGRAPHS, st.booleans())
def test_the_xml_is_what_elements_made_one_by_one_wrote(
    paragraphs: list[tuple[str | None, bool, list[tuple[str, bool]]]], loose: bool
) -> None:
    ours, theirs = _body(), _body()
    for style_id, page_break, runs in paragraphs:
        if loose:  # filled before it is placed, as a table's cell paragraph may be
            a, b = OxmlElement("w:p"), OxmlElement("w:p")
        else:
            a = add_paragraph(ours[1], style_id, page_break)
            b = _old_paragraph(theirs[1], style_id, page_break)
        for text, marked in runs:
            add_run(a, text, marked)
            _old_run(b, text, marked)
        if loose:
            ours[1].addprevious(a)
            theirs[1].addprevious(b)
    assert etree.tostring(ours[0]) == etree.tostring(theirs[0])


def test_paragraphs_and_runs_are_copies(monkeypatch: pytest.MonkeyPatch) -> None:
    body, end = _body()
    add_run(add_paragraph(end, "ATBody"), "warm")  # the shapes, made once
    add_run(add_paragraph(end, "ATBody"), "a [placeholder]", marked=True)
    made: list[str] = []
    real = word_paragraphs.OxmlElement

    def making(tag: str) -> etree._Element:
        made.append(tag)
        return real(tag)

    monkeypatch.setattr(word_paragraphs, "OxmlElement", making)
    for n in range(100):
        p = add_paragraph(end, "ATBody")
        add_run(p, f"Paragraph {n} of the offer.")
        add_run(p, "[placeholder]", marked=True)
    assert made == []
    assert len(body) == 103


def test_copies_are_lxmls_own_and_a_tab_is_copied_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    """`copy.deepcopy` only calls lxml's copy, after a memo and a keep-alive list of its own:
    more work than the copy of a run. An item's label and its tab are two ready runs."""
    body, end = _body()
    deep: list[object] = []
    split: list[str] = []
    real_split = word_paragraphs._add_text

    def deepcopy(x: etree._Element, memo: object = None) -> etree._Element:
        deep.append(x)
        return x.__copy__()  # type: ignore[attr-defined]

    def add_text(r: etree._Element, text: str) -> None:
        split.append(text)
        real_split(r, text)

    monkeypatch.setattr(copy, "deepcopy", deepcopy)
    monkeypatch.setattr(word_paragraphs, "_add_text", add_text)
    for n in range(50):
        p = add_paragraph(end, "ATItem")
        for text in (f"({n})", "\t", "The offer is amended."):
            add_run(p, text)
        add_run(p, "\t", marked=True)
    assert deep == []
    assert split == []
    tabs = body.findall(f"{qn('w:p')}/{qn('w:r')}/{qn('w:tab')}")
    assert len(tabs) == 100
