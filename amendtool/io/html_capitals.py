"""Which EDGAR HTML paragraphs print in capitals by their inline CSS: every word set in
small caps (font-variant, font-variant-caps, the font shorthand) or upper case
(text-transform), on the paragraph, an element around it or the spans inside it. Such a
paragraph reads as the same words typed in capitals (core/headings.py)."""

from __future__ import annotations

import re

from lxml import etree

from amendtool.core.pattern_store import compiled

# a page that names neither is read without looking further: most pages
MAY_SET_CAPITALS = compiled(r"small-caps|uppercase", re.IGNORECASE)
_DECLARATION = compiled(
    r"(?<![\w-])(font-variant-caps|font-variant|text-transform|font)\s*:\s*([^;]*)",
    re.IGNORECASE,
)
_SMALL_CAPS = frozenset({"small-caps", "all-small-caps", "petite-caps", "all-petite-caps"})
_LONGEST = 400  # characters: a longer paragraph is never a heading (core/headings.py)

_State = tuple[bool, bool]  # (text-transform upper case, small caps), as inherited


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


def shown_in_capitals(element: etree._Element, text: str) -> bool:
    """Every word of the element prints in capitals (False for a paragraph too long for a
    heading); marks and figures with no letter are read either way."""
    if len(text) > _LONGEST:
        return False
    state: _State = (False, False)
    for ancestor in reversed(list(element.iterancestors())):
        state = _state(ancestor, state)
    states: dict[etree._Element, _State] = {}
    printed = False
    for node in element.iter():
        parent = node.getparent()
        around = state if node is element or parent is None else states[parent]
        states[node] = own = _state(node, around)
        pieces = [(node.text, own)] if isinstance(node.tag, str) else []
        if node is not element:
            pieces.append((node.tail, around))
        for piece, (upper, small) in pieces:
            if piece and any(c.isalpha() for c in piece):
                if not (upper or small):
                    return False
                printed = True
    return printed
