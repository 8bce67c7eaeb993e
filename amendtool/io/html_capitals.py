"""Which EDGAR HTML paragraphs print in capitals by their inline CSS: every word set in
small caps (font-variant, font-variant-caps, the font shorthand) or upper case
(text-transform), on the paragraph, an element around it or the spans inside it. Such a
paragraph reads as the same words typed in capitals (core/headings.py)."""

from __future__ import annotations

import re

from lxml import etree

from amendtool.core.pattern_store import compiled

_DECLARATION = compiled(
    r"(?<![\w-])(font-variant-caps|font-variant|text-transform|font)\s*:\s*([^;]*)",
    re.IGNORECASE,
)
_SMALL_CAPS = frozenset({"small-caps", "all-small-caps", "petite-caps", "all-petite-caps"})
_LONGEST = 400  # characters: a longer paragraph is never a heading (core/headings.py)

_State = tuple[bool, bool]  # (text-transform upper case, small caps), as inherited


def may_set_capitals(markup: str) -> bool:
    """The page names small caps or upper case somewhere: a page that names neither (most
    pages) is read without looking at each paragraph's CSS. Found as plain words in the
    page lowered, which is many times faster than a pattern ignoring case."""
    lowered = markup.lower()
    return "small-caps" in lowered or "uppercase" in lowered


def _state(element: etree._Element, inherited: _State) -> _State:
    """The element's own declarations over what it inherits (the last one of a property
    wins, as in the browser)."""
    style = element.get("style") if isinstance(element.tag, str) else None
    if not style:
        return inherited
    upper, small = inherited
    for prop, value in _DECLARATION.findall(style):
        words = value.lower().split()
        prop = prop.lower()
        if prop == "text-transform":
            upper = "uppercase" in words
        else:  # font-variant(-caps), or the font shorthand, which resets what it omits
            small = any(w in _SMALL_CAPS for w in words)
    return upper, small


def _inherited(element: etree._Element, around: dict[etree._Element, _State]) -> _State:
    """What the element inherits from the elements around it, each worked out once a page
    (`around` keeps them: paragraphs share their ancestors)."""
    parent = element.getparent()
    if parent is None:
        return (False, False)
    if parent not in around:
        around[parent] = _state(parent, _inherited(parent, around))
    return around[parent]


def shown_in_capitals(
    element: etree._Element, text: str, around: dict[etree._Element, _State]
) -> bool:
    """Every word of the element prints in capitals (False for a paragraph too long for a
    heading); marks and figures with no letter are read either way."""
    if len(text) > _LONGEST:
        return False
    state = _inherited(element, around)
    states: dict[etree._Element, _State] = {}
    printed = False
    for node in element.iter():
        parent = node.getparent()
        outer = state if node is element or parent is None else states[parent]
        states[node] = own = _state(node, outer)
        pieces = [(node.text, own)] if isinstance(node.tag, str) else []
        if node is not element:
            pieces.append((node.tail, outer))
        for piece, (upper, small) in pieces:
            if piece and any(c.isalpha() for c in piece):
                if not (upper or small):
                    return False
                printed = True
    return printed
