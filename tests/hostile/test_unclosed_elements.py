"""An element left open that would swallow the rest of an HTML page (a <pre>, a comment, a
script, a textarea) is refused in one line naming it and its line: read as the page goes on,
every later heading was folded into one section, and a draft exited 0 with sections "added"
or "deleted" that the filing still holds."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from documents import as_html, offer
from test_input_gate import refused

from amendtool.io.load import load_document

PAGE = as_html(offer())
# the heading of Section 3, where the element is opened and never closed
AT = "<b>3. Price Range"


def page_with(opening: str) -> str:
    return PAGE.replace(f'<p style="text-align:center">{AT}', f"{opening}\n<p>{AT}", 1)


@pytest.mark.parametrize(
    ("opening", "named"),
    [
        ("<pre>", "<pre>"),
        ("<PRE class=x>", "<pre>"),
        ("<!--", "comment (<!--)"),
        ("<script>", "<script>"),
        ("<textarea>", "<textarea>"),
        ("<xmp>", "<xmp>"),
    ],
)
def test_an_element_never_closed_before_later_sections_is_refused_naming_it(
    opening: str, named: str, tmp_path: Path
) -> None:
    markup = page_with(opening)
    line = markup[: markup.index(opening)].count("\n") + 1
    path = tmp_path / "offer.htm"
    path.write_text(markup, encoding="utf-8")
    message = refused(path)
    assert "offer.htm" in message
    assert named in message and f"line {line}" in message
    assert "\n" not in message


def test_closed_elements_and_one_left_open_at_the_end_still_read(tmp_path: Path) -> None:
    closed = page_with("<pre>x = 1</pre><!-- note --><script>var a = '<p>';</script>")
    tail = PAGE.replace("</body>", "<script>var late = 1;\n</body>")
    for name, markup in (("closed.htm", closed), ("tail.htm", tail)):
        path = tmp_path / name
        path.write_text(markup, encoding="utf-8")
        headings = [s.heading for s in load_document(path).sections]
        assert any("Price Range" in h for h in headings), (name, headings)
        assert any("Further Terms 4" in h for h in headings), (name, headings)
