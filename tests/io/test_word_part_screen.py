"""A Word part is counted before its tree is built (io/read_limits.py): an offer's part by
its bytes, since no paragraph of it can be near the limits, and only a part the bytes cannot
clear parsed as it streams. Parsing every part twice (once to count, once to read) was a
seventh of the time a 300-page offer takes to load."""

from __future__ import annotations

import io
from unittest import mock

import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st

from amendtool.core import text_limits
from amendtool.io import read_limits
from amendtool.io.load import load_document
from amendtool.io.work_budget import OverBudget
from tests.conftest import SAMPLES

MAIN = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def test_an_offer_is_counted_by_its_bytes_not_parsed_twice() -> None:
    before = read_limits.PARSED[0]
    document = load_document(SAMPLES / "offer-to-exchange.docx")
    assert document.paragraphs()  # read, and read whole
    assert read_limits.PARSED[0] == before


def _part(paragraphs: list[str]) -> bytes:
    body = "".join(paragraphs)
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:document xmlns:w="{MAIN}"><w:body>{body}<w:sectPr/></w:body></w:document>'
    ).encode()


def _paragraph(runs: list[str], box: list[str] | None = None) -> str:
    """A paragraph of runs, with a text box holding paragraphs of its own after them."""
    inner = "".join(f"<w:r><w:t>{text}</w:t></w:r>" for text in runs)
    if box is not None:
        inner += f"<w:r><w:pict><w:txbxContent>{''.join(box)}</w:txbxContent></w:pict></w:r>"
    return f"<w:p>{inner}</w:p>"


_TEXT = st.text(alphabet="ab &<é€", max_size=20).map(
    lambda t: t.replace("&", "&amp;").replace("<", "&lt;")
)
_RUNS = st.lists(_TEXT, max_size=8)
_PLAIN = st.one_of(_RUNS.map(_paragraph), st.just("<w:p/>"))
# what the bytes cannot clear: paragraphs in a text box, an end tag in CDATA or a comment
_ODD = st.one_of(
    st.tuples(_RUNS, st.lists(_RUNS.map(_paragraph), max_size=3)).map(
        lambda parts: _paragraph(parts[0], parts[1])
    ),
    _TEXT.map(lambda t: f"<w:p><w:r><w:t><![CDATA[{t}</w:p>{t}]]></w:t></w:r></w:p>"),
    _TEXT.map(lambda t: f"<!-- {t} </w:p> --><w:p><w:r><w:t>{t}</w:t></w:r></w:p>"),
)
_PARAGRAPHS = st.tuples(
    st.lists(_PLAIN, max_size=12), st.lists(_ODD, max_size=1), st.integers(0, 12)
).map(lambda parts: parts[0][: parts[2]] + parts[1] + parts[0][parts[2] :])


def _outcome(part: bytes, screened: bool) -> str:
    size = len(part) if screened else None
    try:
        read_limits.check_word_part(io.BytesIO(part), size)
    except OverBudget as refused:
        return str(refused)
    return "read"


@settings(max_examples=300, deadline=None)
@given(_PARAGRAPHS, st.integers(20, 2000), st.integers(2, 2000), st.integers(20, 600))
def test_the_screen_refuses_what_the_count_refuses_and_no_more(
    paragraphs: list[str], characters: int, runs: int, elements: int
) -> None:
    """Whatever the paragraphs (text boxes in them, markup that hides an end tag), and
    whatever the limits, screening first gives the answer the count as it streams gives."""
    part = _part(paragraphs)
    with (
        mock.patch.object(text_limits, "MAX_PARAGRAPH_CHARACTERS", characters),
        mock.patch.object(text_limits, "MAX_PARAGRAPH_PIECES", runs),
        mock.patch.object(text_limits, "MAX_ELEMENTS", elements),
    ):
        parsed = read_limits.PARSED[0]
        outcome = _outcome(part, screened=True)
        event(f"cleared by its bytes: {read_limits.PARSED[0] == parsed}")
        assert outcome == _outcome(part, screened=False)


@pytest.mark.parametrize(
    "paragraph",
    [
        _paragraph(["x" * 30, "y" * 30]),  # 60 characters in one paragraph
        _paragraph(["a"] * 9),  # 9 runs
        _paragraph(["short"], [_paragraph(["x" * 30, "y" * 30])]),  # in a text box
    ],
)
def test_a_paragraph_past_a_limit_is_still_refused(paragraph: str) -> None:
    part = _part([_paragraph(["before"]), paragraph, _paragraph(["after"])])
    with (
        mock.patch.object(text_limits, "MAX_PARAGRAPH_CHARACTERS", 50),
        mock.patch.object(text_limits, "MAX_PARAGRAPH_PIECES", 8),
    ):
        before = read_limits.PARSED[0]
        with pytest.raises(OverBudget, match="a paragraph of more than"):
            read_limits.check_word_part(io.BytesIO(part), len(part))
        assert read_limits.PARSED[0] == before + 1  # the bytes could not clear it
