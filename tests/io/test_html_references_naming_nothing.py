"""A character reference that names no character (&#0;, half a surrogate pair, past
Unicode) is left out as the page is read, said with the file and its place: read as U+FFFD,
it was blamed on the EDGAR output and the word list, the page never named."""

from __future__ import annotations

from pathlib import Path

from amendtool.io.load import load_document


def test_references_naming_no_character_are_left_out_and_said(tmp_path: Path) -> None:
    path = tmp_path / "offer.htm"
    page = (
        "<html><body><p>1. Terms</p>\n<p>The Offer expires &#0;at 5:00 p.m.&#xD800; on May 1, "
        "2026.&#99999999;&#x110000; Holders may tender &#233;ligible options&#x2014;now.</p>"
        "</body></html>"
    )
    path.write_text(page, encoding="utf-8")
    document = load_document(path)
    texts = [p.text for s in document.sections for p in s.paragraphs]
    expected = (
        "The Offer expires at 5:00 p.m. on May 1, 2026. Holders may tender éligible options—now."
    )
    assert expected in texts
    assert not any("\ufffd" in t for t in texts)
    said = [n for n in document.notices if "character reference" in n]
    assert said == [
        "offer.htm: 4 character reference(s) name no character and were left out (the "
        "first, &#0;, at line 2, column 22)"
    ]
