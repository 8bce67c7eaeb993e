"""A plain paragraph's runs are read in one short pass (io/plain_runs.py); the full walk of
its fields, notes and breaks (io/docx_runs.py) only where the paragraph holds any. The walk
was a third of the time a 1,000-page offer took to load."""

from __future__ import annotations

from pathlib import Path
from unittest import mock

import docx
from hypothesis import event, given, settings
from hypothesis import strategies as st
from lxml import etree

from amendtool.io import docx_runs
from amendtool.io.docx_runs import _PageRuns
from amendtool.io.load import load_document
from amendtool.io.word_pages import _SectionProps
from amendtool.io.word_styles import _StyleInfo
from amendtool.io.word_xml import grid_cells, q, vertical_merge

MAIN = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _offer(path: Path, paragraphs: int) -> Path:
    document = docx.Document()
    document.add_heading("1. Terms of the Offer", level=1)
    for n in range(paragraphs):
        paragraph = document.add_paragraph(f"We will accept options {n} for exchange ")
        paragraph.add_run("in full").bold = True
        paragraph.add_run(".\tEach one once.")
    table = document.add_table(rows=3, cols=2)
    for row in table.rows:
        row.cells[0].text, row.cells[1].text = "Grant", "1,000"
    document.save(str(path))
    return path


class _Counted(docx_runs.FieldState):
    made = 0

    def __init__(self) -> None:
        _Counted.made += 1
        super().__init__()


def test_plain_paragraphs_are_not_walked_in_full(tmp_path: Path) -> None:
    """No paragraph of plain runs is walked for fields: as many full walks (none) for 10
    paragraphs as for 200 (one a paragraph before)."""
    made = []
    for count in (10, 200):
        _Counted.made = 0
        with mock.patch.object(docx_runs, "FieldState", _Counted):
            document = load_document(_offer(tmp_path / f"offer-{count}.docx", count))
        assert len(document.paragraphs()) > count
        made.append(_Counted.made)
    assert made == [0, 0]


_SECTIONS = [_SectionProps(None)]


class _Runs(_PageRuns):
    """The page and note state a walker keeps, over one section numbered from 1."""

    def __init__(self, started: bool, pending_break: bool) -> None:
        self.styles = {}
        self.sections = _SECTIONS  # one for both walkers: each keeps the one it numbers from
        self.section_index = 0
        self.physical_page = 2 if started else 0
        self.page_label = "3" if started else None
        self.counter = 3 if started else 0
        self.pending_break = pending_break
        self.started = started
        self.has_breaks = False
        self.rendered = False
        self.revisions = False
        self.hidden = False
        self.text_boxes = []
        self.note_references = []


_ON_OFF = st.sampled_from(["", ' w:val="0"', ' w:val="false"', ' w:val="1"', ' w:val="on"'])
_RUN_PROPERTY = st.one_of(
    _ON_OFF.map(lambda v: f"<w:b{v}/>"),
    _ON_OFF.map(lambda v: f"<w:vanish{v}/>"),
    _ON_OFF.map(lambda v: f"<w:specVanish{v}/>"),
    st.sampled_from(["ATNoteMark", "Emphasis"]).map(lambda s: f'<w:rStyle w:val="{s}"/>'),
    st.just("<w:i/>"),
)
_TEXT = st.text(alphabet="ab \t", max_size=4)
_PIECE = st.one_of(
    _TEXT.map(lambda t: f'<w:t xml:space="preserve">{t}</w:t>'),
    st.sampled_from(
        [
            "<w:t/>",
            "<w:tab/>",
            "<w:ptab/>",
            "<w:noBreakHyphen/>",
            "<w:br/>",
            '<w:br w:type="page"/>',
            '<w:br w:type="column"/>',
            "<w:cr/>",
            "<w:lastRenderedPageBreak/>",
            '<w:fldChar w:fldCharType="begin"/>',
            '<w:fldChar w:fldCharType="separate"/>',
            '<w:fldChar w:fldCharType="end"/>',
            "<w:instrText>PAGE</w:instrText>",
            '<w:footnoteReference w:id="1"/>',
            '<w:footnoteReference w:id="2" w:customMarkFollows="1"/>',
            "<w:rPr><w:b/></w:rPr>",
            "<w:bookmarkStart/>",
            "<w:softHyphen/>",
            "<!-- a comment -->",
            "<w:sym><w:t>x</w:t></w:sym>",
            '<w:sym w:font="Symbol" w:char="F0B3"/>',
            '<w:sym w:font="Wingdings" w:char="F0FF"/>',
            '<w:sym w:font="Times New Roman" w:char="2265"/>',
        ]
    ),
)
_RUN = st.tuples(st.lists(_RUN_PROPERTY, max_size=4), st.lists(_PIECE, max_size=4)).map(
    lambda r: (
        (f"<w:r><w:rPr>{''.join(r[0])}</w:rPr>" if r[0] else "<w:r>") + "".join(r[1]) + "</w:r>"
    )
)
_CHILD = st.one_of(
    _RUN,
    _RUN,
    _RUN,
    st.sampled_from(
        [
            '<w:pPr><w:pStyle w:val="Body"/></w:pPr>',
            '<w:bookmarkStart w:id="0"/>',
            "<w:proofErr/>",
            "<w:t>bare</w:t>",
            "<w:ins><w:r><w:t>added</w:t></w:r></w:ins>",
            "<w:del><w:r><w:delText>gone</w:delText></w:r></w:del>",
            "<w:hyperlink><w:r><w:t>link</w:t></w:r></w:hyperlink>",
        ]
    ),
)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(_CHILD, max_size=5),
    st.booleans(),
    st.booleans(),
    st.booleans(),
)
def test_the_short_pass_reads_as_the_full_walk(
    children: list[str], bold: bool, started: bool, pending_break: bool
) -> None:
    """Text, page marks, boldness, notes and every state the walk keeps: the same whether a
    paragraph is read by the short pass or walked in full."""
    p = etree.fromstring(f'<w:p xmlns:w="{MAIN}">{"".join(children)}</w:p>')
    style = _StyleInfo(bold=bold)
    short, full = _Runs(started, pending_break), _Runs(started, pending_break)
    assert short.runs(p, style) == full.walked_runs(p, style)
    assert vars(short) == vars(full)
    event("short pass" if docx_runs.plain_runs(p, bold) is not None else "walked in full")


_CELL_PROPERTY = st.sampled_from(
    [
        '<w:gridSpan w:val="2"/>',
        '<w:gridSpan w:val="3"/>',
        '<w:gridSpan w:val="x"/>',
        "<w:vMerge/>",
        '<w:vMerge w:val="restart"/>',
        '<w:vMerge w:val="continue"/>',
        '<w:tcW w:w="100"/>',
    ]
)
_CELL = st.lists(
    st.one_of(
        st.lists(_CELL_PROPERTY, max_size=3).map(lambda ps: f"<w:tcPr>{''.join(ps)}</w:tcPr>"),
        st.just("<w:p/>"),
    ),
    max_size=3,
).map(lambda parts: f"<w:tc>{''.join(parts)}</w:tc>")


@settings(max_examples=200, deadline=None)
@given(st.lists(_CELL, max_size=4))
def test_a_cells_grid_properties_are_found_as_by_path(cells: list[str]) -> None:
    """The span and vertical merge of each cell as `find("w:tcPr/w:gridSpan")` gives them."""
    row = etree.fromstring(f'<w:tr xmlns:w="{MAIN}">{"".join(cells)}</w:tr>')
    expected = []
    for cell in row.iterchildren(q("tc")):
        span = cell.find(f"{q('tcPr')}/{q('gridSpan')}")
        value = span.get(q("val"), "1") if span is not None else "1"
        count = min(int(value), 50) if value.isdigit() and int(value) > 0 else 1
        expected += [cell] + [None] * (count - 1)
    assert grid_cells(row) == expected
    for cell in row.iterchildren(q("tc")):
        merge = cell.find(f"{q('tcPr')}/{q('vMerge')}")
        state = "" if merge is None else "continue"
        if merge is not None and merge.get(q("val")) == "restart":
            state = "restart"
        assert vertical_merge(cell) == state
