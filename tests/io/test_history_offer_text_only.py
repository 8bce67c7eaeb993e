"""The offer as amended, in the history's Word file and in the app, holds the offer's own
text and nothing else: no label for the cover page, which prints no heading, and no empty
heading in its place; each change is marked with its amendment, also on the cover."""

from __future__ import annotations

import io

import docx
import pytest

from amendtool.core.history import history
from amendtool.core.model import Document
from amendtool.core.series import Series
from amendtool.core.typography import fold_typography
from amendtool.io.history_docx import history_docx
from tests.io.test_redline import W, resolve
from tests.io.test_series_review import history_paragraphs
from tests.support.builders import Spec, doc
from tests.support.series import filing, three_amendments

COVER = "Halvorsen Corp. offers to exchange options for new options."
OFFER: Spec = [
    ("", [COVER, "The offer expires at 11:59 p.m., Eastern Time, on April 23, 2026."]),
    ("1. Eligibility", ["Options priced at $20.00 or more are eligible."]),
]


def _own_text(document: Document) -> list[str]:
    """The offer's headings and paragraphs as printed, contents left out."""
    return [
        fold_typography(" ".join(t.split()))
        for section in document.sections
        if not section.is_contents
        for t in [section.heading, *(p.text for p in section.paragraphs)]
        if t.strip()
    ]


def _changed_cover() -> tuple[Series, list[Document]]:
    """No. 1 rewrites the cover's first paragraph; No. 2 lowers the threshold."""
    original = doc(OFFER)
    first = doc(
        [(h, [p.replace("new options", "restricted stock units") for p in ps]) for h, ps in OFFER]
    )
    second = doc(
        [
            (h, [p.replace("$20.00", "$17.50") for p in ps])
            for h, ps in [
                (h, [p.replace("new options", "restricted stock units") for p in ps])
                for h, ps in OFFER
            ]
        ]
    )
    series = Series(original)
    series.draft(first, filing(1))
    series.draft(second, filing(2))
    return series, [original, first, second]


@pytest.mark.parametrize("build", [three_amendments, _changed_cover], ids=["sample", "cover"])
@pytest.mark.parametrize("accept", [True, False])
def test_the_history_is_the_offers_own_text(build: object, accept: bool) -> None:
    series, documents = build()  # type: ignore[operator]
    through = len(documents) - 1
    data = history_docx(series, through=through)
    contents = {
        fold_typography(" ".join(t.split()))
        for section in documents[0].sections
        if section.is_contents
        for t in [section.heading, *(p.text for p in section.paragraphs)]
    }
    shown = history_paragraphs(resolve(data, accept), contents)
    assert shown == _own_text(documents[through if accept else 0])
    body = docx.Document(io.BytesIO(data)).element.body
    said = [
        "".join(t.text or "" for t in p.iter(W + "t", W + "delText")) for p in body.iter(W + "p")
    ]
    assert all(t.strip() for t in said)  # no empty heading for the cover either


@pytest.mark.parametrize("build", [three_amendments, _changed_cover], ids=["sample", "cover"])
def test_no_entry_of_the_history_is_a_label(build: object) -> None:
    series, documents = build()  # type: ignore[operator]
    marks = history(series, len(documents) - 1)
    texts = ["".join(s.text for s in e.spans) for e in marks.entries if e.spans]
    assert "Cover Page" not in texts and "" not in texts
    first = next(e for e in marks.entries if e.spans)  # the cover's first paragraph
    assert fold_typography(first.text) == _own_text(documents[-1])[0]


def test_a_change_on_the_cover_is_marked_with_its_amendment() -> None:
    series, _ = _changed_cover()
    marks = history(series, 2)
    cover = next(e for e in marks.entries if e.spans)
    assert cover.amendments == [1] and "restricted stock units" in cover.text
