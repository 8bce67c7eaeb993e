"""The page's shown text is read in one pass of one pattern: the same segments as the
tag-by-tag reading it replaced (kept here as the reference), on pages made of the pieces
that matter (comments open and closed, hidden elements, <pre>, entities, stray brackets)."""

from __future__ import annotations

import html

from hypothesis import given, settings
from hypothesis import strategies as st

from amendtool.core.pattern_store import compiled
from amendtool.io.html_text_check import _hidden_ends, _hides, shown_segments

_TOKEN = compiled(r"<!--|<(/?)([a-zA-Z][a-zA-Z0-9:._-]*)([^<>]*)>|<[!?][^<>]*>")


def reference_segments(markup: str) -> list[str]:
    """The texts between the page's tags, entities read, in order; comments, closed hidden
    elements and <pre> blocks left out."""
    tokens: list[tuple[int, int, str, bool, bool]] = []  # start, end, name, closing, hides
    position = 0
    while (token := _TOKEN.search(markup, position)) is not None:
        if token.group() == "<!--":
            end = markup.find("-->", token.end())
            tokens.append((token.start(), len(markup) if end < 0 else end + 3, "", True, False))
            if end < 0:
                break
            position = end + 3
            continue
        name = (token.group(2) or "").lower()
        closing = bool(token.group(1))
        hides = bool(name) and not closing and _hides(name, token.group(3) or "")
        tokens.append((token.start(), token.end(), name, closing, hides))
        position = token.end()
    hidden_to = _hidden_ends(tokens)
    segments: list[str] = []
    shown_from, hidden_until = 0, 0
    for index, (start, end, *_rest) in enumerate(tokens):
        if start > shown_from and start > hidden_until:
            segments.append(html.unescape(markup[max(shown_from, hidden_until) : start]))
        shown_from = max(shown_from, end)
        hidden_until = max(hidden_until, hidden_to.get(index, 0))
    if len(markup) > max(shown_from, hidden_until):
        segments.append(html.unescape(markup[max(shown_from, hidden_until) :]))
    return segments


_PIECES = [
    "<p>",
    "</p>",
    "<td>",
    "</td>",
    "<tr>",
    "</tr>",
    "<br>",
    "<!--",
    "-->",
    "<!-- note -->",
    "<!DOCTYPE html>",
    "<?xml version='1.0'?>",
    '<div style="display:none">',
    "</div>",
    "<div hidden>",
    "<span aria-hidden='true'>",
    "</span>",
    "<pre>",
    "</pre>",
    "<script>",
    "</script>",
    "<b>",
    "</b>",
    "Grant 12",
    " $10.00 ",
    "caf&eacute;",
    "&amp;",
    "<",
    ">",
    "a < b",
    "x",
    " ",
    "\n",
    "<P STYLE='color:red'>",
    "<-- not a comment",
    "<!-->",
]


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=25))
def test_one_pass_reads_what_the_tag_by_tag_reading_read(pieces: list[str]) -> None:
    markup = "".join(pieces)
    assert shown_segments(markup) == reference_segments(markup)


def test_a_long_list_of_rows_is_read_whole() -> None:
    rows = "".join(f"<tr><td>Grant {n}</td><td>${n}.00</td></tr>" for n in range(2_000))
    markup = f"<html><body><!-- list --><table>{rows}</table><p hidden>x</p></body></html>"
    segments = shown_segments(markup)
    assert segments == reference_segments(markup)
    assert "".join(segments).count("Grant") == 2_000 and "x" not in segments
