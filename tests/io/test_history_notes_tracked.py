"""The note closing each changed paragraph of the history ("[Amendment No. 1, …]") is part
of the changes, not of the offer: rejecting every change gives back the offer as it stood,
with no note left in it."""

from __future__ import annotations

import io

import docx
import pytest

from amendtool.core.model import Document
from amendtool.core.series import Series
from amendtool.io.history_docx import history_docx
from tests.io.test_redline import resolve
from tests.support.series import three_amendments


@pytest.fixture(scope="module")
def three() -> tuple[Series, list[Document]]:
    return three_amendments()


@pytest.mark.parametrize(("since", "through"), [(0, 3), (0, 1), (1, 3), (2, 3)])
def test_rejecting_every_change_leaves_no_note(
    since: int, through: int, three: tuple[Series, list[Document]]
) -> None:
    series, _ = three
    data = history_docx(series, through=through, since=since)
    shown = docx.Document(io.BytesIO(data)).element.xml
    assert "[Amendment No." in shown or "[deleted by Amendment No." in shown  # as a change
    rejected = [p.text for p in docx.Document(io.BytesIO(resolve(data, False))).paragraphs]
    assert not [t for t in rejected if "Amendment No." in t], rejected


def test_accepting_every_change_leaves_no_note_of_a_paragraph_taken_out(
    three: tuple[Series, list[Document]],
) -> None:
    series, _ = three
    data = history_docx(series, through=3)
    accepted = [p.text for p in docx.Document(io.BytesIO(resolve(data, True))).paragraphs]
    assert not [t for t in accepted if "[deleted by" in t], accepted
