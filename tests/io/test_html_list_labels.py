"""An EDGAR HTML offer's lists keep their labels, as a Word offer's do: an <ol> item's number
is part of its paragraph (cited and quoted with it), a <ul> item's bullet is its marker
(shown, never compared), counted and chosen as a browser prints them; the redline and the
conformed copy print the bullets and the numbers; no word of a list item is lost."""

from __future__ import annotations

import io
from pathlib import Path

import docx as python_docx
from docx.oxml.ns import qn

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import load_filing
from amendtool.core.items import ItemKind
from amendtool.io.docx_reader import walk_docx
from amendtool.io.load import load_document
from amendtool.io.redline_docx import build_review_documents
from tests.conftest import SAMPLES

SECTIONS = "".join(
    f"<p><b>{n}. {title}</b></p><p>We describe the {title.lower()} in this section.</p>"
    for n, title in enumerate(["Number of Options", "Purpose"], start=1)
)
STEPS = ["Complete the election form.", "Sign it.", "Return it to People Services."]


def _offer(path: Path, deadline: str = "two business days") -> Path:
    steps = "".join(f"<li>{step}</li>" for step in STEPS)
    body = (
        SECTIONS
        + "<p><b>3. Procedures</b></p>"
        + "<p>You may tender options that:</p>"
        + "<ul><li>have an exercise price of $12.00 or more; and</li>"
        + "<li>were granted before <b>January 1, 2024</b>, including:"
        + "<ul><li>options of former employees;</li></ul></li></ul>"
        + f"<p>To tender, you must:</p><ol>{steps}</ol>"
        + '<ol type="a" start="3"><li>third;</li><li value="7">seventh.</li></ol>'
        + f"<ol reversed><li>We confirm within {deadline}.</li><li>We cancel.</li></ol>"
        + '<ul style="list-style-type: none"><li>Unmarked item.</li></ul>'
        + '<p style="text-align:center">10</p>'
    )
    path.write_text(f"<html><body>{body}</body></html>")
    return path


def test_list_items_keep_their_bullets_and_numbers(tmp_path: Path) -> None:
    offer = load_document(_offer(tmp_path / "offer.htm"))
    section = offer.numbered_sections()[2]
    assert [(p.marker, p.text) for p in section.paragraphs] == [
        (None, "You may tender options that:"),
        ("•", "have an exercise price of $12.00 or more; and"),
        ("•", "were granted before January 1, 2024, including:"),  # no word lost
        ("◦", "options of former employees;"),
        (None, "To tender, you must:"),
        (None, "1. Complete the election form."),
        (None, "2. Sign it."),
        (None, "3. Return it to People Services."),
        (None, "c. third;"),
        (None, "g. seventh."),
        (None, "2. We confirm within two business days."),
        (None, "1. We cancel."),
        (None, "Unmarked item."),
    ]


def test_a_changed_list_item_is_cited_and_printed_with_its_label(tmp_path: Path) -> None:
    original = load_document(_offer(tmp_path / "original.htm"))
    revised = load_document(_offer(tmp_path / "revised.htm", deadline="one business day"))
    amendment = draft_amendment(original, revised, load_filing(SAMPLES / "filing.toml"))
    [item] = amendment.change_items
    assert item.kind is ItemKind.REPLACE_WORDS
    # the paragraph as it reads in its entirety, number and all
    assert item.new_paragraphs == ["2. We confirm within one business day."]
    assert amendment.filing_instruction(item).startswith(
        'The eleventh paragraph in "Section 3. Procedures" on page 10'
    )
    review = build_review_documents(amendment)
    for made in (review.conformed, review.redline):
        word = python_docx.Document(io.BytesIO(made))
        blocks = walk_docx(word).blocks
        marked = [(b.marker, b.text) for b in blocks if b.marker]
        assert ("•", "have an exercise price of $12.00 or more; and") in marked
        assert [b.marker for b in blocks if "former employees" in b.text] == ["•"]
        texts = [
            "".join(t.text or "" for t in p.iter(qn("w:t"), qn("w:delText")))
            for p in word.element.body.iter(qn("w:p"))
        ]
        assert "2. Sign it." in texts and "c. third;" in texts
    conformed = load_document_bytes(review.conformed, tmp_path / "conformed.docx")
    procedures = conformed.numbered_sections()[2]
    assert "2. We confirm within one business day." in [p.text for p in procedures.paragraphs]


def load_document_bytes(data: bytes, path: Path):  # type: ignore[no-untyped-def]
    path.write_bytes(data)
    return load_document(path)
