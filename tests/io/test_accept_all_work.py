"""Accept All and Reject All on a long table: the runs an insertion or deletion kept wraps
are put in its place in one pass of the tree, and only paragraphs whose own mark is
inserted or deleted are looked at, so each is done in work that does not go element by
element through Python. Counted, not timed."""

from __future__ import annotations

import pytest
from lxml import etree

from amendtool.io import revision_resolve
from amendtool.io.revision_text import accept_all, reject_all

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
ROWS = 300


def _body() -> etree._Element:
    """A table of inserted rows and a paragraph whose mark was deleted (joined with the next
    when accepted), around one deleted and one inserted run."""
    rows = "".join(
        f'<w:tr><w:trPr><w:ins w:id="{n}" w:author="A"/></w:trPr><w:tc><w:p>'
        f'<w:ins w:id="r{n}" w:author="A"><w:r><w:t>Holder {n}</w:t></w:r></w:ins>'
        "</w:p></w:tc></w:tr>"
        for n in range(ROWS)
    )
    return etree.fromstring(
        f'<w:body xmlns:w="{W}"><w:p><w:pPr><w:rPr><w:del w:id="d" w:author="A"/></w:rPr>'
        '</w:pPr><w:r><w:t>Joined </w:t></w:r><w:del w:id="x" w:author="A"><w:r><w:delText>'
        'old</w:delText></w:r></w:del></w:p><w:p><w:pPr><w:rPr><w:ins w:id="i" w:author="A"/>'
        '</w:rPr></w:pPr><w:ins w:id="y" w:author="A"><w:r><w:t>new</w:t></w:r></w:ins></w:p>'
        f"<w:tbl>{rows}</w:tbl></w:body>"
    )


def _texts(body: etree._Element) -> list[str]:
    return ["".join(p.itertext()) for p in body.iter(f"{{{W}}}p")]


@pytest.fixture
def unwrapped(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The tags unwrapped element by element."""
    seen: list[str] = []
    real = revision_resolve._unwrap

    def counted(element: etree._Element) -> None:
        seen.append(element.tag)
        real(element)

    monkeypatch.setattr(revision_resolve, "_unwrap", counted)
    return seen


def test_accepting_a_table_of_inserted_rows_unwraps_nothing_one_by_one(
    unwrapped: list[str],
) -> None:
    body = _body()
    accept_all(body)
    assert unwrapped == []
    texts = _texts(body)
    assert texts[0] == "Joined new" and len(texts) == ROWS + 1
    assert texts[-1] == f"Holder {ROWS - 1}"
    assert not list(body.iter(f"{{{W}}}ins", f"{{{W}}}del"))


def test_rejecting_them_takes_the_rows_out_and_keeps_the_deleted_words(
    unwrapped: list[str],
) -> None:
    body = _body()
    reject_all(body)
    assert unwrapped == []
    assert _texts(body) == ["Joined old"]
    assert not list(body.iter(f"{{{W}}}ins", f"{{{W}}}del", f"{{{W}}}tbl"))
