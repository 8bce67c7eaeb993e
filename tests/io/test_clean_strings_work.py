"""The output gate walks items.json's data for characters no writer could write; where each
string is (a path like "items[3].locator.section_name") is worked out only for a project
whose removals are reported, not for each table of a 300-item export. Counted, not timed;
what is cleaned, and the places reported, are the same."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from amendtool.io import project_checks
from amendtool.io.project_checks import clean_strings

_TEXT = st.sampled_from(["plain", "a\x00b", "\x1b[31mred", "\u202eover", "é", ""]) | st.text()
_KEYS = st.sampled_from(["text", "source", "folder", "items", "new_words"]) | st.text(max_size=4)
_DATA = st.recursive(
    _TEXT | st.none() | st.integers() | st.booleans(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_KEYS, inner, max_size=4),
    max_leaves=25,
)


def _items(count: int) -> dict[str, Any]:
    item = {"kind": "replace", "locator": {"section_name": "Terms", "cell": None}, "rows": [[1]]}
    return {"items": [dict(item, text=f"Paragraph {n}\x00.") for n in range(count)]}


def test_places_are_not_named_when_no_one_asks(monkeypatch: pytest.MonkeyPatch) -> None:
    named: list[str] = []
    real = project_checks._joined

    def naming(outer: str, inner: str | int) -> str:
        named.append(outer)
        return real(outer, inner)

    monkeypatch.setattr(project_checks, "_joined", naming)
    data = clean_strings(_items(50))
    assert data["items"][7]["text"] == "Paragraph 7."
    assert named == []
    removals: list[Any] = []
    clean_strings(_items(3), removals)
    assert [where for where, _ in removals] == [f"items[{n}].text" for n in range(3)]


def _reference(data: Any, removals: list[Any]) -> Any:
    """The walk as it was: every place named, whether asked for or not."""
    if isinstance(data, str):
        return project_checks.clean_strings(data, removals)
    stack: list[tuple[Any, str]] = [(data, "")]
    while stack:
        container, where = stack.pop()
        keys = range(len(container)) if isinstance(container, list) else list(container)
        inner = []
        for key in keys:
            value = container[key]
            if isinstance(value, str) and key not in project_checks.PATH_KEYS:
                clean, removed = project_checks.strip_unsafe(value)
                if removed is not None:
                    container[key] = clean
                    removals.append((project_checks._joined(where, key), removed))
            elif isinstance(value, list | dict):
                inner.append((value, project_checks._joined(where, key)))
        stack.extend(reversed(inner))
    return data


@given(st.dictionaries(_KEYS, _DATA, max_size=4) | st.lists(_DATA, max_size=4))
def test_what_is_cleaned_and_where_is_as_before(data: Any) -> None:
    theirs: list[Any] = []
    expected = _reference(copy.deepcopy(data), theirs)
    ours: list[Any] = []
    assert clean_strings(copy.deepcopy(data), ours) == expected
    assert ours == theirs
    assert clean_strings(copy.deepcopy(data)) == expected
