"""items.json is written as `json.dumps(indent=2, ensure_ascii=False)` writes it, without the
standard library's pure-Python encoder (a 300-item amendment's file was a tenth of a second
of generators yielding one comma or bracket at a time). Counted, not timed."""

from __future__ import annotations

import copy
import json
import math
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import load_filing
from amendtool.io import json_text as json_text_module
from amendtool.io import outputs, project_checks
from amendtool.io.json_text import json_text
from amendtool.io.load import load_document
from amendtool.io.project_checks import clean_strings

_LEAVES = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text()
    | st.sampled_from(["", " ", '"', "\\", "\n", "\u2028", "\ud800", "é", "\x00", "\x7f"])
)
_KEYS = st.text() | st.integers() | st.booleans() | st.none() | st.floats(allow_nan=False)
_DATA = st.recursive(
    _LEAVES,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.tuples(inner, inner)
        | st.dictionaries(_KEYS, inner, max_size=4)
    ),
    max_leaves=30,
)


def _standard(data: Any) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False)


@given(_DATA)
def test_the_text_is_the_standard_librarys(data: Any) -> None:
    assert json_text(data) == _standard(data)


@pytest.mark.parametrize(
    "data",
    [[], {}, [[]], {"a": {}}, math.nan, [math.inf, -math.inf], {1.5: 1, None: 2, True: 3}],
)
def test_edge_values_are_the_standard_librarys(data: Any) -> None:
    assert json_text(data) == _standard(data)


def test_what_json_refuses_is_refused_as_json_refuses_it() -> None:
    for data in ({"a": object()}, {(1, 2): "tuple key"}):
        with pytest.raises(TypeError) as ours:
            json_text(data)
        with pytest.raises(TypeError) as theirs:
            _standard(data)
        assert str(ours.value) == str(theirs.value)
    looped: list[Any] = []
    looped.append(looped)
    with pytest.raises(ValueError, match="Circular reference"):
        json_text(looped)


def test_items_are_written_without_the_pure_python_encoder(
    fixture_files: dict[str, Path], example_filing_toml: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = load_document(fixture_files["example_original_docx"])
    revised = load_document(fixture_files["example_revised_docx"])
    amendment = draft_amendment(original, revised, load_filing(example_filing_toml))

    def refused(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("items.json went through json's generators")

    monkeypatch.setattr(json.encoder, "_make_iterencode", refused)
    written = outputs._items(amendment)
    monkeypatch.undo()
    assert written.decode("utf-8") == _standard(json.loads(written))


_UNSAFE = st.sampled_from(["\x1b[31m", "\x00", "\u202e", "\ud800", "\x9b1m", "\x08", "\ufeff"])
_DIRTY = st.lists(st.text(alphabet='ab \n\t"\\') | _UNSAFE, max_size=4).map("".join)
_CLEAN_KEYS = st.sampled_from(["source", "folder", "text", "name", ""])
_DIRTY_DATA = st.recursive(
    st.none() | st.booleans() | st.integers() | _DIRTY,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.tuples(inner, inner)
        | st.dictionaries(_CLEAN_KEYS | st.integers(), inner, max_size=4)
    ),
    max_leaves=30,
)


@given(st.dictionaries(_CLEAN_KEYS, _DIRTY_DATA, max_size=4) | st.lists(_DIRTY_DATA, max_size=4))
def test_strings_cleaned_in_the_walk_are_what_clean_strings_then_json_writes(data: Any) -> None:
    """The output gate in the walk that writes the text: the text, and the data left
    cleaned, are what clean_strings and then json.dumps make (paths kept as they are)."""
    ours, theirs = copy.deepcopy(data), copy.deepcopy(data)
    assert json_text(ours, clean=True) == _standard(clean_strings(theirs))
    assert ours == theirs


def test_items_are_cleaned_as_they_are_written(
    fixture_files: dict[str, Path], example_filing_toml: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """items.json's strings are walked once, not cleaned in one walk and written in another."""
    original = load_document(fixture_files["example_original_docx"])
    revised = load_document(fixture_files["example_revised_docx"])
    amendment = draft_amendment(original, revised, load_filing(example_filing_toml))
    walked: list[object] = []

    def cleaning(data: Any, removals: Any = None) -> Any:
        walked.append(data)
        return clean_strings(data, removals)

    monkeypatch.setattr(project_checks, "clean_strings", cleaning)
    monkeypatch.setattr(json_text_module, "clean_strings", cleaning)
    written = outputs._items(amendment)
    assert walked == []
    assert written.decode("utf-8") == _standard(clean_strings(json.loads(written)))
