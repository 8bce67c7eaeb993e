"""The invariant reads each document once: counted, not timed.

Applying the items must give back the revised text; when a paragraph was broken inside a
sentence (a title over two lines) the paragraphs are compared joined again. Each document's
paragraphs are folded once for both comparisons, not once for each.
"""

from __future__ import annotations

import pytest

from amendtool.core.apply import TextDocument, TextSection


def _document(paragraphs: list[str]) -> TextDocument:
    return TextDocument([TextSection("s1", "numbered", "1", "Terms", "1. Terms", paragraphs)])


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    counted: list[int] = []
    comparable = TextDocument.comparable

    def counting(self: TextDocument) -> list[tuple[str, list[str]]]:
        counted.append(id(self))
        return comparable(self)

    monkeypatch.setattr(TextDocument, "comparable", counting)
    return counted


def test_relined_paragraphs_are_read_once(reads: list[int]) -> None:
    drafted = _document(["OFFER TO EXCHANGE OPTIONS", "FOR NEW OPTIONS.", "We will pay."])
    revised = _document(["OFFER TO EXCHANGE OPTIONS FOR NEW OPTIONS.", "We will pay."])
    assert drafted.same_text(revised)
    assert sorted(reads) == sorted([id(drafted), id(revised)])


@pytest.mark.parametrize(
    ("drafted", "revised", "same"),
    [
        (["We will pay $1.00."], ["We  will pay $1.00."], True),
        (["We will pay $1.00."], ["We will pay $2.00."], False),
        (["WE WILL", "pay."], ["WE WILL pay."], True),
        (["WE WILL.", "pay."], ["WE WILL. pay."], False),
    ],
)
def test_same_text_says_what_it_said(
    drafted: list[str], revised: list[str], same: bool, reads: list[int]
) -> None:
    assert _document(drafted).same_text(_document(revised)) is same
    assert len(reads) == 2
