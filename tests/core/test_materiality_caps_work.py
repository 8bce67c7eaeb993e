"""A cap put on the securities sought is looked for only where "any and all" is put in or
taken out: the proposal asks every item with a changed figure, whose texts may be whole
sections, and searching both texts for four phrases each time was most of the question.
Counted, not timed; and the answer is the one the four searches gave, on any texts."""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from amendtool.core import materiality_caps
from amendtool.core.materiality_caps import CapChange, cap_change


class _Counted:
    """A pattern that counts the texts it is asked to search."""

    def __init__(self, pattern: re.Pattern[str], asked: list[str]) -> None:
        self.pattern, self.asked = pattern, asked

    def search(self, text: str) -> re.Match[str] | None:
        self.asked.append(text)
        return self.pattern.search(text)


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    caps = materiality_caps._caps()
    assert caps is not None
    seen: dict[str, list[str]] = {"unlimited": [], "capped": []}
    counted: Any = materiality_caps.Caps(
        _Counted(caps.unlimited, seen["unlimited"]),  # type: ignore[arg-type]
        _Counted(caps.capped, seen["capped"]),  # type: ignore[arg-type]
        caps.reason_capped,
        caps.reason_uncapped,
    )
    monkeypatch.setattr(materiality_caps, "_caps", lambda: counted)
    return seen


def test_a_figure_changed_without_any_and_all_is_not_searched_for_a_cap(
    asked: dict[str, list[str]],
) -> None:
    old = "We will accept up to 1,000,000 shares at $5.00 per share."
    new = "We will accept up to 1,000,000 shares at $5.25 per share."
    assert cap_change(old, new) is None
    assert asked["unlimited"] == [old, new]
    assert asked["capped"] == []  # "any and all" on neither side: no cap put on or taken off


def test_a_cap_put_on_is_still_found(asked: dict[str, list[str]]) -> None:
    old = "We are offering to purchase any and all of the outstanding Notes."
    new = "We are offering to purchase up to $150,000,000 of the outstanding Notes."
    found = cap_change(old, new)
    assert found == CapChange("any and all", "up to $150,000,000", True)
    assert len(asked["capped"]) == 2


def _four_searches(old: str, new: str) -> CapChange | None:
    """The question as it was asked before: both phrases looked for in both texts."""
    caps = materiality_caps._caps()
    assert caps is not None
    was_all, now_all = caps.unlimited.search(old), caps.unlimited.search(new)
    was_cap, now_cap = caps.capped.search(old), caps.capped.search(new)
    said = materiality_caps._said
    if was_all and not now_all and now_cap and not was_cap:
        return CapChange(said(was_all[0]), said(now_cap[0]), True)
    if now_all and not was_all and was_cap and not now_cap:
        return CapChange(said(was_cap[0]), said(now_all[0]), False)
    return None


_PIECES = st.sampled_from(
    [
        "any and all",
        "Any  and all",
        "up to",
        "no more than",
        "$150,000,000",
        "1,200,000 shares",
        "approximately $5 million",
        "of the Notes",
        "we will purchase",
        ".",
        " ",
    ]
)
_TEXT = st.lists(_PIECES, max_size=8).map(" ".join)


@given(_TEXT, _TEXT)
@example("purchase any and all Notes", "purchase up to $150,000,000 of the Notes")
@example("purchase up to $150,000,000 of the Notes", "purchase any and all Notes")
@example("any and all, up to $5", "up to $5")
def test_the_answer_is_the_four_searches_answer(old: str, new: str) -> None:
    assert cap_change(old, new) == _four_searches(old, new)
