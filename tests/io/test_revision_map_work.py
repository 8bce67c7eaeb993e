"""A paragraph edited as tracked changes is mapped (each accepted character with its run)
once, not once for each edit: the words an edit deletes leave the map, the new words join
it where they go in (mapped again only when they go at the end of a paragraph that holds a
field, which may still be open there). Whatever the
paragraph holds (tabs, page breaks, fields, hidden text, a note's mark, earlier revisions),
the map kept is the map made afresh, before and after each edit's new words. Work is
counted (maps made), never timed."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from amendtool.io import _oxml_revisions
from amendtool.io._oxml_revisions import Revisions, _page_break
from amendtool.io.redline_edits import Edit
from amendtool.io.revision_text import (
    Chars,
    Runs,
    _char_map,
    _explode_runs,
    _raw_span,
    _split_run,
    accepted_text,
)

real_char_map = _char_map

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
RUNS = [
    '<w:r><w:t xml:space="preserve">The offer </w:t></w:r>',
    '<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">expires at midnight </w:t></w:r>',
    "<w:r><w:tab/><w:t>five</w:t></w:r>",
    '<w:r><w:br w:type="page"/></w:r>',
    '<w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve">hidden words </w:t></w:r>',
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>'
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r>'
    '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
    '<w:r><w:rPr><w:rStyle w:val="ATNoteMark"/></w:rPr><w:t xml:space="preserve">(1) </w:t></w:r>',
    '<w:del w:id="1" w:author="A" w:date="2026-01-01T00:00:00Z"><w:r>'
    '<w:delText xml:space="preserve">old words </w:delText></w:r></w:del>',
    '<w:ins w:id="2" w:author="A" w:date="2026-01-01T00:00:00Z"><w:r>'
    '<w:t xml:space="preserve">added words </w:t></w:r></w:ins>',
    '<w:r><w:t xml:space="preserve">and   spaced  words.</w:t><w:br/><w:t>Next</w:t></w:r>',
]


def paragraph(pieces: list[int]) -> etree._Element:
    body = "".join(RUNS[i] for i in pieces)
    return etree.fromstring(f'<w:p xmlns:w="{W}">{body}</w:p>')


@st.composite
def edited(draw: st.DrawFn) -> tuple[list[int], list[tuple[int, int, str]]]:
    pieces = draw(st.lists(st.integers(0, len(RUNS) - 1), min_size=1, max_size=8))
    length = len(" ".join(accepted_text(paragraph(pieces)).split()))
    cuts = sorted(draw(st.lists(st.integers(0, length), max_size=6, unique=True)))
    edits = []
    for start, end in zip(cuts[::2], cuts[1::2], strict=False):
        edits.append((start, end, draw(st.sampled_from(["", "new ", "X"]))))
    return pieces, edits


@settings(max_examples=300, deadline=None)
@given(edited())
def test_a_paragraph_is_mapped_once_and_the_map_kept_is_the_map_made_afresh(
    case: tuple[list[int], list[tuple[int, int, str]]],
) -> None:
    pieces, edits = case
    element = paragraph(pieces)
    made = [0]
    at_end = [0]
    placed: list[bool] = []
    real_map, real_insert = _char_map, Revisions._insert_text

    def counted(p: etree._Element, runs: Runs | None = None) -> Chars:
        made[0] += 1
        return real_map(p, runs)

    def insert(self: Revisions, p: etree._Element, chars: Chars, position: int, text: str) -> Chars:
        placed.append(chars == real_map(p))  # what a fresh map would give
        # at the end of a paragraph that holds a field, where one may still be open
        at_end[0] += position >= len(chars) and next(p.iter(f"{{{W}}}fldChar"), None) is not None
        kept = real_insert(self, p, chars, position, text)
        placed.append(kept == real_map(p))  # and with the new words in
        return kept

    _oxml_revisions._char_map = counted  # type: ignore[assignment]
    Revisions._insert_text = insert  # type: ignore[method-assign]
    try:
        Revisions("Counsel", dt.datetime(2026, 3, 1, tzinfo=dt.UTC)).edit(element, edits)
    finally:
        _oxml_revisions._char_map = real_map
        Revisions._insert_text = real_insert  # type: ignore[method-assign]
    # once, and again only after words put at the end of a paragraph with a field in it
    assert made[0] == 1 + at_end[0]
    assert all(placed)


def test_a_paragraph_of_many_edits_is_mapped_once() -> None:
    element = paragraph([0, 1, 2, 9])
    edits = [(0, 3, "A"), (4, 9, "bid"), (21, 29, "noon")]
    made = [0]
    real_map = _char_map

    def counted(p: etree._Element, runs: Runs | None = None) -> Chars:
        made[0] += 1
        return real_map(p, runs)

    _oxml_revisions._char_map = counted  # type: ignore[assignment]
    try:
        Revisions("Counsel", dt.datetime(2026, 3, 1, tzinfo=dt.UTC)).edit(element, edits)
    finally:
        _oxml_revisions._char_map = real_map
    assert made[0] == 1  # not once for each of its three edits
    assert " ".join(accepted_text(element).split()).startswith("A bid expires at noon five")


def _slow_split_at(chars: Chars, position: int) -> None:
    """The cut as it was made one character at a time: the reference for the fast one."""
    if position <= 0 or position >= len(chars):
        return
    run = chars[position][1]
    first = position
    while first > 0 and chars[first - 1][1] is run:
        first -= 1
    if first != position:
        second = _split_run(run, position - first)
        index = position
        while index < len(chars) and chars[index][1] is run:
            chars[index] = (chars[index][0], second)
            index += 1


def _slow_edit(revisions: Revisions, element: etree._Element, edits: list[Edit]) -> None:
    """The edits as they were made, the paragraph mapped afresh for each one and each cut
    walked character by character: what the kept map must give, byte for byte."""
    _explode_runs(element)
    for start, end, new in sorted(edits, key=lambda e: e[0], reverse=True):
        chars = real_char_map(element)
        raw_start, raw_end = _raw_span(chars, start, end)
        while raw_start < raw_end and _page_break(chars[raw_start][1]):
            raw_start += 1
        while raw_end > raw_start and _page_break(chars[raw_end - 1][1]):
            raw_end -= 1
        if raw_end > raw_start:
            _slow_split_at(chars, raw_end)
            _slow_split_at(chars, raw_start)
            runs: list[etree._Element] = []
            for _, run in chars[raw_start:raw_end]:
                if not runs or runs[-1] is not run:
                    runs.append(run)
            deleted = set()
            for run in runs:
                if not _page_break(run):
                    revisions._delete_run(run)
                    deleted.add(run)
            chars = [c for c in chars if c[1] not in deleted]
        if new:
            _slow_split_at(chars, raw_start)
            revisions._insert_text(element, chars, raw_start, new)


@settings(max_examples=300, deadline=None)
@given(edited())
def test_the_kept_map_writes_what_a_map_made_for_each_edit_writes(
    case: tuple[list[int], list[tuple[int, int, str]]],
) -> None:
    pieces, edits = case
    fast, slow = paragraph(pieces), paragraph(pieces)
    when = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)
    Revisions("Counsel", when).edit(fast, edits)
    _slow_edit(Revisions("Counsel", when), slow, edits)
    assert etree.tostring(fast) == etree.tostring(slow)


def test_words_put_at_the_end_of_a_paragraph_without_a_field_map_it_once() -> None:
    """A sentence added at the end of a paragraph (the most common change) had the whole
    paragraph mapped again after it; a field (still open there or not) is the one case."""
    made = [0]
    real_map = _char_map

    def counted(p: etree._Element, runs: Runs | None = None) -> Chars:
        made[0] += 1
        return real_map(p, runs)

    _oxml_revisions._char_map = counted  # type: ignore[assignment]
    try:
        plain, fielded = paragraph([0, 1, 2]), paragraph([0, 5, 1])
        when = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)
        Revisions("Counsel", when).edit(plain, [(35, 35, " Late."), (0, 3, "An")])
        assert made[0] == 1
        Revisions("Counsel", when).edit(fielded, [(31, 31, " Late.")])
        assert made[0] == 3
    finally:
        _oxml_revisions._char_map = real_map
    assert accepted_text(plain).endswith("five Late.")
    assert accepted_text(fielded).endswith("midnight  Late.")
