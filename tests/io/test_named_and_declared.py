"""What a file is told from its bytes and said where its name or its declaration says
otherwise: a page saved without <html> and <body> is a page (its tags had been drafted as
the offer's words), an HTML page named .txt is read as one with a line saying so, and a
charset a page declares wrongly is named as the page names it."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.io.load import load_document

FRAGMENT = (
    "<p><b>1. Terms</b></p>\n<p>The Offer expires at 5:00 p.m. on May 1, 2026.</p>\n"
    "<table><tr><td>Grant</td><td>$10.00</td></tr></table>\n"
)


def _texts(path: Path) -> list[str]:
    return [p.text for s in load_document(path).sections for p in s.paragraphs]


def test_a_page_without_html_and_body_is_read_as_a_page(tmp_path: Path) -> None:
    path = tmp_path / "offer.htm"
    path.write_text(FRAGMENT, encoding="utf-8")
    texts = _texts(path)
    assert "The Offer expires at 5:00 p.m. on May 1, 2026." in texts
    assert not any("<" in t for t in texts)
    assert load_document(path).notices == []


@pytest.mark.parametrize(
    ("name", "content", "said"),
    [
        (
            "offer.txt",
            f"<html><body>{FRAGMENT}</body></html>",
            "is named .txt but is an HTML page; read as EDGAR HTML",
        ),
        (
            "offer.htm",
            "1. Terms\n\nThe Offer expires at 5:00 p.m.\n",
            "is named .htm but is plain text, not an HTML page; read as EDGAR text",
        ),
    ],
)
def test_a_file_named_for_another_kind_is_read_as_what_it_is_and_said(
    tmp_path: Path, name: str, content: str, said: str
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    notices = load_document(path).notices
    assert f"{name}: {said}" in notices
    assert not any("<" in t for t in _texts(path))


@pytest.mark.parametrize(
    ("declared", "data", "label"),
    [
        ("iso-8859-1", "The café offer “now”.".encode(), "iso-8859-1"),
        ("utf-8", "The café offer “now”.".encode("cp1252"), "utf-8"),
    ],
)
def test_a_wrong_declaration_is_named_as_written(
    tmp_path: Path, declared: str, data: bytes, label: str
) -> None:
    path = tmp_path / "offer.htm"
    head = f'<html><head><meta charset="{declared}"></head><body><p>1. Terms</p><p>'
    path.write_bytes(head.encode() + data + b"</p></body></html>")
    document = load_document(path)
    assert f"offer.htm: declares the {label} encoding but is not; read as detected" in (
        document.notices
    )
    assert "The café offer “now”." in _texts(path)
