"""What a browser does not show as body text, taken out of an HTML page before it is read.

An offer's words are what the reader sees. A <template>, the contents of a <textarea>, a
<noscript> or <object> fallback, a script, an element marked hidden or styled
"display:none" (the hidden facts of an inline XBRL filing) are not: read as offer text they
would become "changes" no one can see in the filing. The text after such an element (its
tail) is part of its parent and stays.
"""

from __future__ import annotations

import re

from lxml import etree

# elements whose content the page does not show as text
NOT_RENDERED = frozenset(
    """
    head title meta link base script style noscript template textarea object embed applet
    param iframe frame frameset noframes noembed select option optgroup datalist button
    input canvas audio video source track picture map area svg math dialog
    """.split()
)
# hidden, or set at no size at all ("font-size:0", a way to hide words that prints nothing)
_HIDDEN_STYLE = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden"
    r"|font-size\s*:\s*0*\.?0+\s*(?:px|pt|em|rem|%)?\s*(?:;|$|!|[\"'])",
    re.IGNORECASE,
)
# void elements: no end tag, so nothing inside them to skip
_VOID = frozenset("meta link base param input source track area embed br hr img col wbr".split())
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9:_-]*)([^>]*)>")
_HIDDEN_ATTRIBUTE = re.compile(r"""\s(?:hidden|aria-hidden\s*=\s*["']?true)\b""", re.IGNORECASE)


def strip_hidden_markup(markup: str) -> str:
    """The markup without hidden elements, for the text fallback (a page nested too deeply
    for the parser): one scan of the tags, counting the hidden element's own name to find
    its end (an end tag never written hides the rest, as in a browser)."""
    kept: list[str] = []
    start = 0
    skipping, depth = "", 0
    for match in _TAG.finditer(markup):
        closing, name, attributes = match.group(1), match.group(2).lower(), match.group(3)
        if skipping:
            if name == skipping:
                depth += -1 if closing else 1
                if depth == 0:
                    skipping, start = "", match.end()
            continue
        if closing or name in _VOID or attributes.rstrip().endswith("/"):
            continue
        if (
            name in NOT_RENDERED
            or _HIDDEN_ATTRIBUTE.search(attributes)
            or (_HIDDEN_STYLE.search(attributes) and re.search(r"style\s*=", attributes, re.I))
        ):
            kept.append(markup[start : match.start()])
            skipping, depth = name, 1
    if not skipping:
        kept.append(markup[start:])
    return "".join(kept)


def is_hidden(element: etree._Element) -> bool:
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag.lower() in NOT_RENDERED:
        return True
    if element.get("hidden") is not None or (element.get("aria-hidden") or "") == "true":
        return tag.lower() not in ("html", "body")
    return bool(_HIDDEN_STYLE.search(element.get("style") or ""))


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
