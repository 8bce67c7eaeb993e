"""What a browser shows of an HTML page: the text it hides, and the labels it prints before list
items.

What a browser does not show as body text, taken out of an HTML page before it is read.

An offer's words are what the reader sees. A <template>, the contents of a <textarea>, a
<noscript> or <object> fallback, a script, an element marked hidden or styled
"display:none" (the hidden facts of an inline XBRL filing) are not: read as offer text they
would become "changes" no one can see in the filing. The text after such an element (its
tail) is part of its parent and stays.

The label a browser prints before an HTML list item, read as Word's list labels are.

An <li> of an <ol> prints its number ("3.", "c.", "iii."), counted as the browser counts it
(`start`, `value`, `reversed`, `type` or `list-style-type`); an <li> of a <ul> prints a
bullet (disc, circle or square by depth or style). The reader keeps the number as the
paragraph's own (as a Word list number is: part of what is cited and quoted) and the
bullet as its marker (shown, never compared), so an offer filed as HTML reads as one filed
in Word."""

from __future__ import annotations

import re

from lxml import etree

from amendtool.core.numerals import roman
from amendtool.core.pattern_store import compiled

# elements whose content the page does not show as text
NOT_RENDERED = frozenset(
    """
    head title meta link base script style noscript template textarea object embed applet
    param iframe frame frameset noframes noembed select option optgroup datalist button
    input canvas audio video source track picture map area svg math dialog
    """.split()
)
# hidden, or set at no size at all ("font-size:0", a way to hide words that prints nothing)
HIDDEN_STYLE = compiled(
    r"display\s*:\s*none|visibility\s*:\s*hidden"
    r"|font-size\s*:\s*0*\.?0+\s*(?:px|pt|em|rem|%)?\s*(?:;|$|!|[\"'])",
    re.IGNORECASE,
)


def is_hidden(element: etree._Element) -> bool:
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag.lower() in NOT_RENDERED:
        return True
    if element.get("hidden") is not None or (element.get("aria-hidden") or "") == "true":
        return tag.lower() not in ("html", "body")
    return bool(HIDDEN_STYLE.search(element.get("style") or ""))


def drop_hidden(root: etree._Element) -> int:
    """Remove every hidden element of `root` with its content, keeping the text after it;
    how many were removed. One pass over the tree."""
    hidden = [e for e in root.iter() if isinstance(e.tag, str) and is_hidden(e)]
    for element in hidden:
        parent = element.getparent()
        if parent is None:
            continue
        _drop_keeping_tail(element, parent)
    return len(hidden)


def _drop_keeping_tail(element: etree._Element, parent: etree._Element) -> None:
    tail = element.tail
    if tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)


BULLETS = {"disc": "•", "circle": "◦", "square": "▪"}
_BY_DEPTH = ("disc", "circle", "square")
_TYPE_ATTRIBUTE = {
    "1": "decimal",
    "a": "lower-alpha",
    "A": "upper-alpha",
    "i": "lower-roman",
    "I": "upper-roman",
}
_STYLE_TYPE = compiled(r"list-style(?:-type)?\s*:\s*([a-z-]+)", re.IGNORECASE)


def list_label(item: etree._Element) -> tuple[str | None, str | None]:
    """(bullet marker, printed number) of the <li> `item`; both None where none prints."""
    parent = item.getparent()
    numbered = parent is not None and parent.tag == "ol"
    kind = _style_type(item) or (_style_type(parent) if parent is not None else None)
    if kind is None and parent is not None:
        kind = _TYPE_ATTRIBUTE.get((parent.get("type") or "").strip())
    if item.get("type"):
        kind = _TYPE_ATTRIBUTE.get(item.get("type", "").strip(), kind)
    if kind == "none":
        return None, None
    if not numbered:
        if kind not in BULLETS:
            kind = _BY_DEPTH[min(_depth(item), len(_BY_DEPTH) - 1)]
        return BULLETS[kind], None
    assert parent is not None
    return None, f"{_numeral(_ordinal(item, parent), kind or 'decimal')}."


def _style_type(element: etree._Element) -> str | None:
    match = _STYLE_TYPE.search(element.get("style") or "")
    if match is None:
        return None
    value = match.group(1).lower()
    return {"lower-latin": "lower-alpha", "upper-latin": "upper-alpha"}.get(value, value)


def _depth(item: etree._Element) -> int:
    """How many lists the item's list is nested in."""
    depth, node = 0, item.getparent()
    node = node.getparent() if node is not None else None
    while node is not None:
        if node.tag in ("ul", "ol"):
            depth += 1
        node = node.getparent()
    return depth


def _ordinal(item: etree._Element, parent: etree._Element) -> int:
    """The item's number as the browser counts it."""
    items = [child for child in parent if child.tag == "li"]
    backwards = parent.get("reversed") is not None
    step = -1 if backwards else 1
    number = _whole(parent.get("start"))
    if number is None:
        number = len(items) if backwards else 1
    for child in items:
        own = _whole(child.get("value"))
        if own is not None:
            number = own
        if child is item:
            return number
        number += step
    return number


def _whole(value: str | None) -> int | None:
    try:
        return int((value or "").strip())
    except ValueError:
        return None


def _numeral(number: int, kind: str) -> str:
    if kind in ("lower-alpha", "upper-alpha") and number > 0:
        letters = ""
        while number > 0:
            number, rest = divmod(number - 1, 26)
            letters = chr(ord("a") + rest) + letters
        return letters.upper() if kind == "upper-alpha" else letters
    if kind in ("lower-roman", "upper-roman") and 0 < number < 4000:
        numeral = roman(number)
        return numeral.upper() if kind == "upper-roman" else numeral
    return str(number)
