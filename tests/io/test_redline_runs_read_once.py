"""A paragraph the redline edits has its visible runs read once: its text (to find the
item's words in it) and its character map (to mark them) are read from the runs the edit
read, walked again only when a run of several parts is split. Whatever the paragraph holds,
the text and the marks are those of runs read afresh at each step. Work is counted, never
timed."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import given, settings
from lxml import etree
from test_revision_map_work import edited, paragraph

from amendtool.io import revision_text
from amendtool.io._oxml_revisions import Revisions
from amendtool.io.redline_edits import in_word
from amendtool.io.revision_text import (
    Runs,
    _explode_runs,
    _visible_runs,
    accepted_text,
)

WHEN = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)


def test_an_edited_paragraph_has_its_runs_read_once(monkeypatch: Any) -> None:
    element = paragraph([0, 1])  # no run of several parts: nothing to split
    walks = [0]

    def counted(p: etree._Element) -> Runs:
        walks[0] += 1
        return _visible_runs(p)

    monkeypatch.setattr(revision_text, "_visible_runs", counted)
    runs = revision_text._visible_runs(element)  # as _edit_paragraph reads them
    text = " ".join(accepted_text(element, runs).split())
    edits = in_word(element, text, [(0, 3, "A"), (4, 9, "bid")], runs)
    assert edits is not None
    Revisions("Counsel", WHEN).edit(element, edits, runs)
    assert walks[0] == 1
    assert accepted_text(element).startswith("A bid expires")


@settings(max_examples=300, deadline=None)
@given(edited())
def test_runs_read_once_write_what_runs_read_afresh_write(
    case: tuple[list[int], list[tuple[int, int, str]]],
) -> None:
    pieces, edits = case
    fresh, shared = paragraph(pieces), paragraph(pieces)
    runs = _visible_runs(shared)
    assert accepted_text(shared, runs) == accepted_text(shared)
    Revisions("Counsel", WHEN).edit(fresh, edits)
    Revisions("Counsel", WHEN).edit(shared, edits, runs)
    assert etree.tostring(shared) == etree.tostring(fresh)


@settings(max_examples=300, deadline=None)
@given(edited())
def test_runs_kept_through_the_split_are_the_runs_read_again(
    case: tuple[list[int], list[tuple[int, int, str]]],
) -> None:
    pieces, _ = case
    element = paragraph(pieces)
    kept = _explode_runs(element)
    if kept is not None:  # nothing split: the runs the split read are the paragraph's
        assert kept == _visible_runs(element)
    assert _explode_runs(element) == _visible_runs(element)  # split once, none left
