"""Each amendment of a series has its own redline and conformed copy, on the original's Word
file: the offer as amended by the earlier amendments, with its own changes tracked; and the
history marks every change with the amendment that made it."""

from __future__ import annotations

import io
import re
from pathlib import Path

import docx
import pytest
from lxml import etree

from amendtool.core.apply import TextDocument
from amendtool.core.history import history
from amendtool.core.model import Document
from amendtool.core.series import Series
from amendtool.core.typography import fold_typography
from amendtool.io.history_docx import NOTES_AUTHOR, history_docx
from amendtool.io.redline_docx import build_review_documents
from tests.io.test_redline import W, comparable, flat, resolve
from tests.support.series import REWRITTEN, three_amendments


@pytest.fixture(scope="module")
def three() -> tuple[Series, list[Document]]:
    return three_amendments()


def expected(document: Document) -> list[str]:
    return flat(TextDocument.from_document(document).comparable())


@pytest.mark.parametrize("index", [0, 1, 2])
def test_each_amendments_redline_and_conformed_copy(
    index: int, three: tuple[Series, list[Document]], tmp_path: Path
) -> None:
    series, documents = three
    amendment = series.amendment(index)
    assert amendment is not None
    review = build_review_documents(amendment)
    assert review.notes == []  # made on the original's own Word file
    root = etree.fromstring(docx.Document(io.BytesIO(review.redline)).element.xml.encode())
    authors = {e.get(W + "author") for e in root.iter(W + "ins", W + "del")}
    assert authors == {"Ashby & Kettering LLP"}  # counsel's firm; earlier amendments accepted
    before, after = documents[index], documents[index + 1]
    assert comparable(review.conformed, tmp_path, "c.docx") == expected(after)
    assert comparable(resolve(review.redline, True), tmp_path, "a.docx") == expected(after)
    assert comparable(resolve(review.redline, False), tmp_path, "r.docx") == expected(before)


def test_the_history_marks_each_change_with_its_amendment_and_date(
    three: tuple[Series, list[Document]],
) -> None:
    series, documents = three
    marks = history(series, through=3)
    rewritten = next(e for e in marks.entries if e.text == REWRITTEN)
    # No. 1 put the paragraph in, No. 2 rewrote it: the words No. 2 took out stay, struck
    assert rewritten.inserted_by == 1 and rewritten.amendments == [1, 2]
    assert ("only protects companies", 2) in [
        (s.text[:23], s.amendment) for s in rewritten.spans if s.deleted
    ]
    struck = [(s.text, s.amendment) for e in marks.entries for s in e.spans if s.deleted]
    assert any("When used in this Offer to Exchange" in t and n == 3 for t, n in struck)
    contents = {
        key
        for section in series.original.sections
        if section.is_contents
        for key in [f"h:{section.id}", *(p.id for p in section.paragraphs)]
    }
    contents.add("h:front")  # the cover page, named in the history, prints no heading
    shown = [e.text for e in marks.entries if e.deleted_by is None and e.key not in contents]
    assert [fold_typography(t) for t in shown if t] == expected(documents[3])
    assert [d.isoformat() for d in marks.dates.values()] == [
        "2026-04-04",
        "2026-04-07",
        "2026-04-10",
    ]


def _amendment_authors(data: bytes) -> set[str]:
    """The authors of the history's revisions other than its own notes; each note ("[deleted
    by Amendment No. 2]") is an insertion of the history's notes author, so accepting or
    rejecting the amendments' changes never keeps it."""
    root = etree.fromstring(docx.Document(io.BytesIO(data)).element.xml.encode())
    authors: set[str] = set()
    notes = ""
    for element in root.iter(W + "ins", W + "del"):
        author = element.get(W + "author") or ""
        if author == NOTES_AUTHOR:  # a note's words, or the paragraph mark it stands on
            assert element.tag == W + "ins", "a note of the history is only ever inserted"
            notes += "".join(t.text or "" for t in element.iter(W + "t"))
        else:
            authors.add(author)
    assert not notes or "Amendment No." in notes, notes
    return authors


def test_the_history_as_a_word_file_names_each_amendment_and_date(
    three: tuple[Series, list[Document]],
) -> None:
    series, _ = three
    data = history_docx(series, through=3)
    assert _amendment_authors(data) == {
        "Amendment No. 1, April 4, 2026",
        "Amendment No. 2, April 7, 2026",
        "Amendment No. 3, April 10, 2026 (draft, not filed)",
    }
    since_one = history_docx(series, through=3, since=1)
    assert _amendment_authors(since_one) == {
        "Amendment No. 2, April 7, 2026",
        "Amendment No. 3, April 10, 2026 (draft, not filed)",
    }


NOTE = re.compile(r"\s*\[(?:(?:inserted|amended|deleted) by )?Amendment No\. [^\]]*\]$")


def history_paragraphs(data: bytes, contents: set[str]) -> list[str]:
    """The history's paragraphs as Word shows them, without its title, the contents and the
    note closing a changed paragraph."""
    word = docx.Document(io.BytesIO(data))
    shown = []  # a table's row is read as its cells' words, as the offer's row is
    for child in list(word.element.body)[1:]:
        if child.tag == W + "p":
            shown.append("".join(t.text or "" for t in child.iter(W + "t")))
        for row in child.iter(W + "tr") if child.tag == W + "tbl" else ():
            cells = ["".join(t.text or "" for t in tc.iter(W + "t")) for tc in row.iter(W + "tc")]
            shown.append(" ".join(cells))
    texts = [fold_typography(" ".join(NOTE.sub("", t).split())) for t in shown]
    return [t for t in texts if t and t not in contents]


def state_paragraphs(document: Document) -> list[str]:
    """Headings and paragraphs; the contents' page numbers are not amended by the items. The
    cover page prints no heading, and the history adds none."""
    return [
        fold_typography(" ".join(t.split()))
        for section in document.sections
        if not section.is_contents
        for t in [section.heading, *(p.text for p in section.paragraphs)]
        if t.strip()
    ]


@pytest.mark.parametrize(("since", "through"), [(0, 3), (0, 2), (1, 3), (2, 3), (0, 1), (1, 2)])
def test_rejecting_or_accepting_every_change_of_the_history_gives_a_filed_state(
    since: int, through: int, three: tuple[Series, list[Document]]
) -> None:
    """No. 2 rewrites a paragraph No. 1 put in: rejecting every change gives the offer as it
    stood after Amendment No. `since` (as filed: 0) and accepting them the offer after No.
    `through`, never text that was never filed."""
    series, documents = three
    contents = {
        fold_typography(" ".join(t.split()))
        for section in documents[0].sections
        if section.is_contents
        for t in [section.heading, *(p.text for p in section.paragraphs)]
    }
    data = history_docx(series, through=through, since=since)
    rejected = history_paragraphs(resolve(data, False), contents)
    assert rejected == state_paragraphs(documents[since])
    assert history_paragraphs(resolve(data, True), contents) == state_paragraphs(documents[through])


def test_the_history_labels_an_amendment_not_yet_filed_as_a_draft(
    three: tuple[Series, list[Document]],
) -> None:
    series, _ = three
    assert [a.status.value for a in series.amendments] == ["filed", "filed", "draft"]
    word = docx.Document(io.BytesIO(history_docx(series, through=3)))
    title = word.paragraphs[0].text
    assert "AMENDMENT NO. 3 (A DRAFT, NOT YET FILED)" in title
    root = etree.fromstring(word.element.xml.encode())
    authors = {e.get(W + "author") for e in root.iter(W + "ins", W + "del")}
    assert "Amendment No. 3, April 10, 2026 (draft, not filed)" in authors
    assert "Amendment No. 2, April 7, 2026" in authors
    # the notes are tracked changes themselves: read with the runs put in or taken out
    texts = [
        "".join(t.text or "" for t in p._p.iter(W + "t", W + "delText")) for p in word.paragraphs
    ]
    notes = [t for t in texts if "Amendment No. 3" in t]
    assert notes and all("(draft, not filed)" in n for n in notes)
