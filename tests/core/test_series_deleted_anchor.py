"""A later amendment cites the offer as amended so far: a paragraph an earlier amendment put
in next to a paragraph a still later amendment has since deleted is cited where it now
stands, never "immediately after" the deleted paragraph."""

from __future__ import annotations

from tests.core.test_series_citing import last_instructions

SECTION = "1. Expiration Date"
A = "The offer expires at 11:59 p.m., Eastern Time, on July 2, 2026, unless we extend it."
B = "Each New RSU will vest over two years."
C = "Eligible Options must be tendered in whole."
FAX = "Tenders by fax will not be accepted."
MAIL = "Tenders by e-mail will be accepted only in PDF form."
MAIL_JPEG = "Tenders by e-mail will be accepted only in PDF or JPEG form."


def offer(*paragraphs: str) -> list[tuple[str, list[str]]]:
    return [("", ["Offer to Exchange."]), (SECTION, list(paragraphs))]


def _lowered(text: str) -> str:
    return text[:1].lower() + text[1:]


def _cites_no_deleted_paragraph(text: str, gone: list[str]) -> None:
    for number in gone:
        assert f"inserted by Amendment No. {number}" not in text, text


def test_a_paragraph_put_in_after_one_later_deleted_is_cited_where_it_stands() -> None:
    (text,) = last_instructions(
        offer(A, B, C),
        offer(A, B, C, FAX),
        offer(A, B, C, FAX, MAIL),
        offer(A, B, C, MAIL),
        offer(A, B, C, MAIL_JPEG),
    )
    _cites_no_deleted_paragraph(text, [1, 2])
    assert 'the last paragraph in "Section 1. Expiration Date"' in _lowered(text), text
    assert "as amended by Amendment No. 2 and Amendment No. 3" in text, text


def test_a_paragraph_put_in_after_a_filed_paragraph_later_deleted() -> None:
    (text,) = last_instructions(
        offer(A, B, C),
        offer(A, B, FAX, C),
        offer(A, FAX, C),
        offer(A, FAX + " Nor by post.", C),
    )
    _cites_no_deleted_paragraph(text, [1])
    assert 'the second paragraph in "Section 1. Expiration Date"' in _lowered(text), text
    assert "as amended by Amendment No. 1 and Amendment No. 2" in text, text


def test_a_paragraph_whose_whole_chain_of_anchors_was_deleted() -> None:
    (text,) = last_instructions(
        offer(A, B, C),
        offer(A, B, FAX, C),
        offer(A, B, FAX, MAIL, C),
        offer(A, MAIL, C),
        offer(A, MAIL_JPEG, C),
    )
    _cites_no_deleted_paragraph(text, [1, 2])
    assert 'the second paragraph in "Section 1. Expiration Date"' in _lowered(text), text
    assert "as amended by Amendment No. 2 and Amendment No. 3" in text, text


def test_a_paragraph_whose_anchor_still_stands_is_cited_through_its_insertion() -> None:
    (text,) = last_instructions(
        offer(A, B, C),
        offer(A, B, C, FAX),
        offer(A, B, C, FAX, MAIL),
        offer(A, B, C, FAX, MAIL_JPEG),
    )
    assert text.startswith(
        "The paragraph inserted by Amendment No. 2 immediately after the paragraph inserted "
        "by Amendment No. 1"
    ), text
