"""Each run the redline strikes or makes, each paragraph or row it puts in, and each paragraph
mark accepting or rejecting the changes resolves, finds its own parts (a run's text and
properties, a paragraph's properties, a row's) among its children in C: `find` parsed and
matched a path in Python, for every run of a long offer's redline. Work is counted, never
timed; what is written is what the paths wrote."""

from __future__ import annotations

import copy
import datetime as dt
import sys
from typing import Any

import lxml._elementpath as elementpath
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree
from test_revision_map_work import RUNS, edited, paragraph

from amendtool.io import _oxml_revisions, revision_resolve, revision_runs
from amendtool.io._oxml_revisions import Revisions, _new_run
from amendtool.io.oxml_element import OxmlElement

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
WHEN = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)
# a paragraph set with properties a new paragraph copies (and some it leaves: its section
# break, its mark's run properties)
STYLED = (
    f'<w:p xmlns:w="{W}"><w:pPr><w:pStyle w:val="Body"/><w:sectPr/><w:rPr><w:b/></w:rPr>'
    '<w:sectPr/></w:pPr><w:r><w:rPr><w:i/><w:vanish/><w:ins w:id="1"/></w:rPr>'
    '<w:t xml:space="preserve">The offer </w:t><w:t>expires.</w:t></w:r></w:p>'
)
ROW = (
    f'<w:tr xmlns:w="{W}"><w:tblPrEx/><w:tc><w:p><w:r><w:t>Shares</w:t></w:r></w:p></w:tc>'
    "<w:tc><w:p><w:r><w:t>Price</w:t></w:r></w:p></w:tc></w:tr>"
)


OURS = {_oxml_revisions.__file__, revision_resolve.__file__}


@pytest.fixture
def paths(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The paths the marks' module had parsed and matched in Python."""
    seen: list[str] = []
    for name in ("find", "findall", "iterfind", "findtext"):
        real = getattr(elementpath, name)

        def counted(*args: Any, _real: Any = real, **kwargs: Any) -> Any:
            if sys._getframe(1).f_code.co_filename in OURS:
                seen.append(str(args[1]))
            return _real(*args, **kwargs)

        monkeypatch.setattr(elementpath, name, counted)
    return seen


def test_runs_struck_and_made_find_their_parts_in_c(paths: list[str]) -> None:
    element = paragraph(list(range(len(RUNS))))
    revisions = Revisions("Counsel", WHEN)
    revisions.edit(element, [(0, 3, "A"), (4, 9, "bid"), (40, 40, " Late.")])
    revisions.delete_paragraph(element)
    assert paths == []


def test_paragraphs_and_rows_put_in_find_their_parts_in_c(paths: list[str]) -> None:
    anchor = etree.fromstring(STYLED)
    body = etree.Element(f"{{{W}}}body")
    body.append(anchor)
    revisions = Revisions("Counsel", WHEN)
    made = revisions.insert_paragraph_after(anchor, "New words.")
    row = etree.fromstring(ROW)
    table = etree.Element(f"{{{W}}}tbl")
    table.append(row)
    revisions.delete_row(row)
    assert paths == []
    ppr = made[0]
    assert [etree.QName(c).localname for c in ppr] == ["pStyle", "rPr"]  # the mark's own
    assert etree.QName(row[1]).localname == "trPr"  # after the row's exceptions


@pytest.mark.parametrize("accept", [True, False])
def test_marks_are_resolved_finding_the_paragraphs_parts_in_c(
    paths: list[str], accept: bool
) -> None:
    body = etree.Element(f"{{{W}}}body")
    body.append(anchor := etree.fromstring(STYLED))
    body.append(following := paragraph(list(range(len(RUNS)))))
    revisions = Revisions("Counsel", WHEN)
    revisions.insert_paragraph_after(anchor, "New words.")
    revisions.edit(following, [(0, 3, "A"), (4, 9, "bid")])
    revisions.delete_paragraph(anchor)
    table = etree.SubElement(body, f"{{{W}}}tbl")
    table.append(row := etree.fromstring(ROW))
    revisions.delete_row(row)
    (revision_resolve.accept_all if accept else revision_resolve.reject_all)(body)
    assert paths == []
    assert (len(body), body.find(f"{{{W}}}tbl") is None) == ((2, True) if accept else (3, False))


def _by_paths(template: etree._Element | None, text: str) -> etree._Element:
    """A new run as the paths made it: the template's properties found by `find`."""
    run = OxmlElement("w:r")
    if template is not None and template.find(f"{{{W}}}rPr") is not None:
        rpr = copy.deepcopy(template.find(f"{{{W}}}rPr"))
        for child in list(rpr):
            if child.tag in revision_runs._NOT_COPIED:
                rpr.remove(child)
        revision_runs.without_symbol_font(rpr)
        run.append(rpr)
    t = OxmlElement("w:t")
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    t.text = text
    run.append(t)
    return run


@settings(max_examples=100, deadline=None)
@given(edited())
def test_the_marks_written_are_those_the_paths_wrote(
    case: tuple[list[int], list[tuple[int, int, str]]],
) -> None:
    pieces, edits = case
    element = paragraph(pieces)
    for run in element.iter(f"{{{W}}}r"):
        made = _new_run("words", run)
        assert etree.tostring(made) == etree.tostring(_by_paths(run, "words"))
    Revisions("Counsel", WHEN).edit(element, edits)
    struck = element.findall(f".//{{{W}}}del/{{{W}}}r")
    assert all(run.find(f"{{{W}}}t") is None for run in struck)


@given(st.sampled_from([None, STYLED]))
def test_a_run_made_without_a_template_has_no_properties(source: str | None) -> None:
    template = etree.fromstring(source)[1] if source else None
    made = _new_run("x", template)
    assert etree.tostring(made) == etree.tostring(_by_paths(template, "x"))
