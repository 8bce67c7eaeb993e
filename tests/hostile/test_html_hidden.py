"""What a browser does not show as body text is no offer text: a template, a text area, a
noscript or object fallback, an element hidden by attribute or style. The text after it
is read; in a table cell and in a page nested too deeply for the parser alike."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.io.load import load_document

HIDDEN = [
    "<template><p>TEMPLATE WORDS</p></template>",
    "<textarea>TEXTAREA WORDS</textarea>",
    "<noscript>NOSCRIPT WORDS</noscript>",
    '<object data="x.swf">OBJECT WORDS</object>',
    "<div hidden>HIDDEN ATTRIBUTE WORDS</div>",
    '<div style="display: none"><ix:header>XBRL WORDS</ix:header></div>',
    '<span style="visibility:hidden">INVISIBLE WORDS</span>',
    "<select><option>OPTION WORDS</option></select>",
    "<iframe>IFRAME WORDS</iframe>",
    "<svg><text>SVG WORDS</text></svg>",
    '<span style="font-size:0">ZERO SIZE WORDS</span>',
    '<span style="color:red; font-size: 0pt">ZERO POINT WORDS</span>',
]
SHOWN = ['<span style="font-size:0.9em">SMALL</span>', '<span style="font-size:10pt">TEN</span>']


@pytest.mark.parametrize("shown", SHOWN)
def test_small_text_a_browser_shows_is_read(shown: str, tmp_path: Path) -> None:
    path = tmp_path / "offer.htm"
    path.write_text(page(shown), encoding="utf-8")
    assert shown.split(">")[1].split("<")[0] in words(path)


def page(body: str, depth: int = 0) -> str:
    paragraphs = "".join(
        f"<p><b>{n}. Section {n}</b></p><p>Words of section {n} as filed. {body} "
        f"Tail words of section {n}.</p>"
        for n in range(1, 4)
    )
    table = f"<table><tr><td>Price</td><td>$5.00 {body} per share</td></tr></table>"
    nested = "<div>" * depth + paragraphs + table + "</div>" * depth
    return f"<html><head><title>Offer</title></head><body>{nested}</body></html>"


def words(path: Path) -> str:
    document = load_document(path)
    return "\n".join(
        [s.heading for s in document.sections]
        + [p.text for s in document.sections for p in s.paragraphs]
    )


@pytest.mark.parametrize("hidden", HIDDEN)
@pytest.mark.parametrize("depth", [0, 3000])
def test_what_a_browser_does_not_show_is_not_read(hidden: str, depth: int, tmp_path: Path) -> None:
    path = tmp_path / "offer.htm"
    path.write_text(page(hidden, depth), encoding="utf-8")
    text = words(path)
    assert "WORDS" not in text, text
    for n in range(1, 4):
        assert f"Words of section {n} as filed." in text
        assert f"Tail words of section {n}." in text
    assert "$5.00" in text and "per share" in text
