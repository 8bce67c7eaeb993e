"""Broken markup mended before an HTML page is parsed, so its words are read as they stand.

Slips of hand-edited or converted EDGAR pages take the words after them out of the page as
parsed: an attribute whose quote never closes (<p class="x>) runs on to the next quote
of the page and takes the heading between along; an element the reader leaves out (a
<select>, an <object>, a <template>, an <svg>) opened and never closed holds every later
paragraph, as does an <embed> or <source>, which HTML gives no content but the parser holds
open; words after </html> were left out. The quote is closed where its tag ends, the
element closed right after its tag and the end tags of the page dropped, so a lawyer's
reading of the file and the offer as read agree. A pass over the tags, each search bounded
by the next tag.
"""

from __future__ import annotations

import bisect
import re

from amendtool.core.pattern_store import compiled
from amendtool.io.html_shown import NOT_RENDERED

# elements HTML gives no content, which the parser holds open over what follows
_HELD_OPEN = frozenset("embed source track wbr keygen".split())
# elements HTML gives no content, which the parser already closes at once
_VOID = frozenset("meta link base param input area frame img br hr col basefont isindex".split())
# left out of the offer as read, with everything inside: closed at once when left open
_LEFT_OUT = NOT_RENDERED - _HELD_OPEN - _VOID
_TAG_START = compiled(r"<[a-zA-Z/!?]")
_START_TAG = compiled(r"<([a-zA-Z][a-zA-Z0-9:._-]*)")
_UNQUOTED = compiled(r"[^\"'>]*")
_DOCUMENT_END = compiled(r"</(?:body|html)\s*>", re.IGNORECASE)
_WHOLE_TAG = compiled(r"<(/?)([a-zA-Z][a-zA-Z0-9:._-]*)[^<>]*>")


def mended(markup: str) -> str:
    """`markup` with unclosed attribute quotes closed, left-open elements closed, and the
    end tags of body and page taken out: a browser shows words written after them as part
    of the body, where the parser left them out."""
    return _DOCUMENT_END.sub("", _closed_elements(_closed_quotes(markup)))


def _closed_quotes(markup: str) -> str:
    """Each start tag whose quoted value runs past the tag's `>` into a later tag gets its
    closing quote before that `>` (`title="a > b"` ends in its own tag and stays)."""
    starts = [m.start() for m in _TAG_START.finditer(markup)]
    pieces: list[str] = []
    last = 0
    for opening in _START_TAG.finditer(markup):
        if opening.start() < last:
            continue
        at = opening.end()
        following = bisect.bisect_right(starts, at)
        bound = starts[following] if following < len(starts) else len(markup)
        while True:
            at = _UNQUOTED.match(markup, at, bound).end()  # type: ignore[union-attr]
            if at >= bound or markup[at] == ">":
                break
            quote = markup[at]
            closing = markup.find(quote, at + 1, bound)
            if closing >= 0:
                at = closing + 1
                continue
            end = markup.find(">", at + 1, bound)
            if end >= 0 and bound < len(markup):  # the value runs into the next tag
                pieces += [markup[last:end], quote]
                last = end
            break
    return "".join(pieces) + markup[last:] if pieces else markup


def _closed_elements(markup: str) -> str:
    """Each element left out of the offer as read that has no end tag of its own, and each
    element HTML gives no content, closed right after its start tag."""
    open_tags: dict[str, list[int]] = {}
    closing_at: list[tuple[int, str]] = []
    for tag in _WHOLE_TAG.finditer(markup):
        name = tag.group(2).lower()
        if name in _HELD_OPEN and not tag.group(1):
            closing_at.append((tag.end(), name))
        elif name in _LEFT_OUT:
            waiting = open_tags.setdefault(name, [])
            if not tag.group(1):
                waiting.append(tag.end())
            elif waiting:
                waiting.pop()
    closing_at += [(end, name) for name, ends in open_tags.items() for end in ends]
    if not closing_at:
        return markup
    pieces: list[str] = []
    last = 0
    for end, name in sorted(closing_at):
        pieces += [markup[last:end], f"</{name}>"]
        last = end
    return "".join(pieces) + markup[last:]
