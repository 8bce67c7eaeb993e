"""The character map of a Word paragraph and its collapsed-to-raw offsets, made the fast way
(pairs made by zip, offsets found by one pattern), give exactly what the character-by-
character reading gives, for any runs of text, tabs, breaks, hyphens and white space."""

from __future__ import annotations

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from amendtool.io.revision_text import (
    NOTE_MARK_STYLE,
    _char_map,
    _explode_runs,
    _isolate,
    _raw_span,
)

CONTENT = (qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr"), qn("w:noBreakHyphen"))


def slow_char_map(paragraph: etree._Element) -> list[tuple[str, etree._Element]]:
    """Each accepted character with its run, read one by one."""
    chars: list[tuple[str, etree._Element]] = []
    for run in paragraph.iter(qn("w:r")):
        style = run.find(f"{qn('w:rPr')}/{qn('w:rStyle')}")
        if style is not None and style.get(qn("w:val")) == NOTE_MARK_STYLE:
            continue
        for child in run:
            if child.tag == qn("w:t"):
                chars += [(c, run) for c in child.text or ""]
            elif child.tag in CONTENT:
                chars.append((" " if child.tag != qn("w:noBreakHyphen") else "-", run))
    return chars


def slow_raw_span(chars: list[tuple[str, object]], start: int, end: int) -> tuple[int, int]:
    mapping: list[int] = []
    previous_space = True
    for index, (char, _run) in enumerate(chars):
        if char.isspace() or char == "\u00a0":
            if not previous_space:
                mapping.append(index)
            previous_space = True
        else:
            mapping.append(index)
            previous_space = False
    mapping.append(len(chars))
    raw_start = mapping[min(start, len(mapping) - 1)]
    raw_end = mapping[min(end, len(mapping) - 1)] if end > start else raw_start
    return raw_start, raw_end


TEXT = st.text(alphabet=st.sampled_from(list("ab .,\t\n\u00a0\u2003\u200b-é")), max_size=12)
PIECE = st.one_of(
    TEXT.map(lambda t: ("t", t)),
    st.sampled_from(["tab", "br", "cr", "noBreakHyphen"]).map(lambda tag: (tag, "")),
)
RUN = st.tuples(st.booleans(), st.lists(PIECE, max_size=3))


def paragraph_of(runs: list[tuple[bool, list[tuple[str, str]]]]) -> etree._Element:
    paragraph = OxmlElement("w:p")
    for is_mark, pieces in runs:
        run = OxmlElement("w:r")
        if is_mark:
            properties = OxmlElement("w:rPr")
            style = OxmlElement("w:rStyle")
            style.set(qn("w:val"), NOTE_MARK_STYLE)
            properties.append(style)
            run.append(properties)
        for tag, text in pieces:
            element = OxmlElement(f"w:{tag}")
            if tag == "t":
                element.text = text
            run.append(element)
        paragraph.append(run)
    return paragraph


@settings(max_examples=300, deadline=None)
@given(st.lists(RUN, max_size=6), st.integers(0, 40), st.integers(0, 40))
def test_the_fast_map_and_offsets_are_the_slow_ones(
    runs: list[tuple[bool, list[tuple[str, str]]]], start: int, length: int
) -> None:
    paragraph = paragraph_of(runs)
    chars = _char_map(paragraph)
    slow = slow_char_map(paragraph)
    assert [c for c, _ in chars] == [c for c, _ in slow]
    assert all(a is b for (_, a), (_, b) in zip(chars, slow, strict=True))
    assert _raw_span(chars, start, start + length) == slow_raw_span(slow, start, start + length)


@settings(max_examples=300, deadline=None)
@given(st.lists(RUN, max_size=6), st.integers(0, 40), st.integers(0, 40))
def test_a_cut_keeps_the_map_as_a_fresh_reading_gives_it(
    runs: list[tuple[bool, list[tuple[str, str]]]], start: int, length: int
) -> None:
    """The runs are cut where an edit starts and ends; the map the edit goes on with is the
    one a fresh reading of the cut paragraph gives (the characters and their runs)."""
    paragraph = paragraph_of(runs)
    _explode_runs(paragraph)
    chars = _char_map(paragraph)
    text = "".join(c for c, _ in chars)
    isolated = _isolate(paragraph, start, start + length, chars)
    fresh = _char_map(paragraph)
    assert "".join(c for c, _ in fresh) == text
    assert all(a is b for (_, a), (_, b) in zip(chars, fresh, strict=True))
    inside = [run for _, run in fresh[start : start + length]]
    assert isolated == list(dict.fromkeys(inside))
    assert not any(run in isolated for _, run in fresh[:start] + fresh[start + length :])
