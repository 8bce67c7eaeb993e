"""The redline's replay does each paragraph's work once and in proportion to what it
changes: a paragraph's text is read without a character map made for it, a run is cut by
looking at the run's own characters (not the whole paragraph's, at every cut), and a run's
properties are found without a path parsed in Python. The fast readings are the slow ones,
for any paragraph. Work is counted, never timed."""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections.abc import Iterator
from typing import Any, SupportsIndex

import lxml._elementpath as elementpath
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree
from test_revision_map_work import RUNS, paragraph

from amendtool.io import _oxml_revisions, revision_text
from amendtool.io._oxml_revisions import Revisions
from amendtool.io.revision_text import (
    Chars,
    _char_map,
    _explode_runs,
    _is_note_mark,
    _isolate,
    _raw_span,
    accepted_text,
)

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
# Insert > Symbol (a place of its own), and a run whose style sits in a second w:rPr
MORE = [
    '<w:r><w:sym w:font="Symbol" w:char="F0B7"/></w:r>',
    '<w:r><w:rPr><w:b/></w:rPr><w:rPr><w:rStyle w:val="ATNoteMark"/></w:rPr>'
    '<w:t xml:space="preserve">(2) </w:t></w:r>',
    '<w:r><w:rPr><w:rFonts w:ascii="Symbol"/></w:rPr><w:t>\uf0b7 a</w:t></w:r>',
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> REF x </w:instrText></w:r>',
]
PIECES = st.lists(st.integers(0, len(RUNS) + len(MORE) - 1), min_size=1, max_size=10)


def made(pieces: list[int]) -> etree._Element:
    body = "".join((RUNS + MORE)[i] for i in pieces)
    return etree.fromstring(f'<w:p xmlns:w="{W}">{body}</w:p>')


@settings(max_examples=300, deadline=None)
@given(PIECES)
def test_the_text_read_without_a_map_is_the_maps_text(pieces: list[int]) -> None:
    element = made(pieces)
    assert accepted_text(element) == "".join(c for c, _ in _char_map(element))
    _explode_runs(element)
    assert accepted_text(element) == "".join(c for c, _ in _char_map(element))


def test_reading_a_paragraphs_text_makes_no_map(monkeypatch: Any) -> None:
    """`in_word` and the labels Word prints read the text of every edited paragraph: the
    map's pairs (one for each character) were made only to be joined again."""
    maps = [0]

    def counted(p: etree._Element) -> Chars:
        maps[0] += 1
        return _char_map(p)

    monkeypatch.setattr(revision_text, "_char_map", counted)
    assert accepted_text(paragraph([0, 1, 2, 9])).startswith("The offer expires")
    assert maps[0] == 0


class Counted(list[tuple[str, etree._Element]]):
    """A character map that counts the places read from it (iterated or sliced)."""

    read = 0

    def __iter__(self) -> Iterator[tuple[str, etree._Element]]:
        Counted.read += len(self)
        return super().__iter__()

    def __getitem__(self, index: SupportsIndex | slice) -> Any:  # type: ignore[override]
        found = super().__getitem__(index)
        Counted.read += len(found) if isinstance(index, slice) else 1
        return found


def long_paragraph(words: int) -> etree._Element:
    runs = "".join(f'<w:r><w:t xml:space="preserve">word{n} </w:t></w:r>' for n in range(words))
    return etree.fromstring(f'<w:p xmlns:w="{W}">{runs}</w:p>')


def test_a_cut_reads_the_runs_own_places_not_the_paragraphs() -> None:
    """Cutting a run of a 2,000-run paragraph read every place of the map three times
    (listed, searched, counted), at each of an edit's two or three cuts."""
    element = long_paragraph(2000)
    chars = Counted(_char_map(element))
    middle = len(chars) // 2 + 3  # inside a run
    Counted.read = 0
    runs = _isolate(element, middle, middle + 20, chars)
    assert Counted.read < 400  # the cuts' runs and the span itself, of ~17,000 places
    fresh = _char_map(element)
    assert [c for c, _ in chars] == [c for c, _ in fresh]
    assert all(a is b for (_, a), (_, b) in zip(chars, fresh, strict=True))
    assert "".join(c for r in runs for c in r.itertext()) == "".join(
        c for c, _ in fresh[middle : middle + 20]
    )


def test_a_cut_near_the_end_of_a_long_run_reads_what_it_moves() -> None:
    """An original read from Word often holds a paragraph in one run: the redline's edits go
    from its end back, and each cut moved a few characters but read all the paragraph's."""
    element = etree.fromstring(f'<w:p xmlns:w="{W}"><w:r><w:t>{"word " * 4000}</w:t></w:r></w:p>')
    chars = Counted(_char_map(element))
    Counted.read = 0
    _isolate(element, 19_980, 19_990, chars)
    assert Counted.read < 100  # the 20 places moved and the halving, of 20,000
    assert len(list(element)) == 3


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 300), st.integers(0, 2000), st.integers(0, 2000))
def test_a_cut_in_a_long_run_keeps_the_map_a_fresh_reading_gives(
    length: int, start: int, span: int
) -> None:
    """Runs of any length, cut anywhere: their ends found by halving are where they end."""
    words = " ".join(["alpha"] * length)
    element = etree.fromstring(
        f'<w:p xmlns:w="{W}"><w:r><w:t>{words}</w:t></w:r><w:r><w:t> tail</w:t></w:r>'
        f"<w:r><w:t> {words}</w:t></w:r></w:p>"
    )
    chars = _char_map(element)
    text = "".join(c for c, _ in chars)
    start = min(start, len(chars))
    end = min(start + span, len(chars))
    isolated = _isolate(element, start, end, chars)
    fresh = _char_map(element)
    assert "".join(c for c, _ in fresh) == text
    assert all(a is b for (_, a), (_, b) in zip(chars, fresh, strict=True))
    assert isolated == list(dict.fromkeys(run for _, run in fresh[start:end]))


def test_runs_are_read_without_a_path_parsed(monkeypatch: Any) -> None:
    """Each run's properties and text are found among its children in C; `find` parsed
    and matched its path in Python, for every run mapped and every cut."""
    ours = [0]
    real = elementpath.find

    def counted(*args: Any, **kwargs: Any) -> Any:
        if sys._getframe(1).f_code.co_filename == revision_text.__file__:
            ours[0] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(elementpath, "find", counted)
    element = made(list(range(len(RUNS) + len(MORE))) * 5)
    _explode_runs(element)
    chars = _char_map(element)
    _isolate(element, 5, 40, chars)
    accepted_text(element)
    assert ours[0] == 0


@settings(max_examples=200, deadline=None)
@given(PIECES)
def test_a_note_mark_is_told_as_the_path_tells_it(pieces: list[int]) -> None:
    style = f"{{{W}}}rPr/{{{W}}}rStyle"
    for run in made(pieces).iter(f"{{{W}}}r"):
        found = run.find(style)
        named = found.get(f"{{{W}}}val") if found is not None else None
        assert _is_note_mark(run) == (named == "ATNoteMark")


def test_printable_text_holds_no_white_space_but_the_space() -> None:
    """What lets the offsets skip the search for white space to drop: every character
    Python's patterns take as white space, but the space, is unprintable."""
    assert all(
        code == 32 or not chr(code).isprintable()
        for code in range(sys.maxunicode + 1)
        if chr(code).isspace() or re.match(r"\s", chr(code))
    )


class _Spaces:
    """The white space pattern, counting the texts searched with it."""

    def __init__(self, pattern: Any) -> None:
        self.pattern, self.searched = pattern, 0

    def finditer(self, text: str) -> Any:
        self.searched += 1
        return self.pattern.finditer(text)


def test_offsets_in_text_with_no_white_space_to_drop_search_none(monkeypatch: Any) -> None:
    """The offsets of each edit searched the paragraph for runs of white space with a
    pattern, when the paragraph (as an original read from Word most often is) has none."""
    spaces = _Spaces(revision_text._SPACES)
    monkeypatch.setattr(revision_text, "_SPACES", spaces)
    chars = _char_map(long_paragraph(50))
    assert _raw_span(chars, 7, 12) == (7, 12)
    assert spaces.searched == 0
    chars = _char_map(paragraph([9]))  # "and   spaced  words."
    assert _raw_span(chars, 4, 10) == (6, 12)
    assert spaces.searched == 1


class _AskedSet(set[etree._Element]):
    """The runs an edit deleted, counting the places asked whether they are among them."""

    asked = 0

    def __contains__(self, run: object) -> bool:
        _AskedSet.asked += 1
        return super().__contains__(run)


def test_words_deleted_leave_the_map_at_once(monkeypatch: Any) -> None:
    """Each place of the words an edit deletes was asked, in Python, whether its run was
    deleted: all are, when no page break stays among them (a paragraph replaced whole)."""
    monkeypatch.setattr(_oxml_revisions, "set", _AskedSet, raising=False)
    element = etree.fromstring(f'<w:p xmlns:w="{W}"><w:r><w:t>{"word " * 2000}</w:t></w:r></w:p>')
    _AskedSet.asked = 0
    Revisions("Counsel", dt.datetime(2026, 3, 1, tzinfo=dt.UTC)).edit(element, [(5, 9990, "")])
    assert _AskedSet.asked == 0
    assert accepted_text(element) == "word " * 3
    broken = paragraph([0, 3, 1])  # a page break among the words deleted stays
    Revisions("Counsel", dt.datetime(2026, 3, 1, tzinfo=dt.UTC)).edit(broken, [(0, 30, "")])
    assert accepted_text(broken) == " "


@settings(max_examples=300, deadline=None)
@given(PIECES, st.sampled_from(["", "Late.", " new words", "\u00a0x"]))
def test_words_put_at_the_end_keep_the_map_a_fresh_reading_gives(
    pieces: list[int], words: str
) -> None:
    """Whatever the paragraph ends with (a field open or closed, hidden text, a note's mark,
    a deletion, a symbol font), the map kept after words put at its end is the fresh one."""
    element = made(pieces)
    _explode_runs(element)
    chars = _char_map(element)
    when = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)
    kept = Revisions("Counsel", when)._insert_text(element, chars, len(chars), words or "x")
    assert kept == _char_map(element)


def test_marks_are_made_without_their_attributes_named_again(monkeypatch: Any) -> None:
    """Each revision mark named its three attributes afresh (a prefix looked up, a name
    built): a long offer's redline makes thousands of marks."""
    named = [0]
    real = _oxml_revisions.qn

    def counted(tag: str) -> str:
        named[0] += 1
        return real(tag)

    monkeypatch.setattr(_oxml_revisions, "qn", counted)
    element = paragraph([0, 1, 2, 9])
    when = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)
    Revisions("Counsel", when).edit(element, [(0, 3, "A"), (4, 9, "bid"), (40, 40, " Late.")])
    assert named[0] == 0
    assert accepted_text(element).startswith("A bid expires")
