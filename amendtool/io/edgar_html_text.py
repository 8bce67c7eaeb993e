"""The words of an EDGAR HTML element in reading order, with what the reader needs of them:
which are bold, where a bare note mark stood, the bold words a run-in heading opens with."""

from __future__ import annotations

import re

from lxml import etree

from amendtool.core.pattern_store import compiled
from amendtool.io.edgar_html_tables import bare_mark, element_text

SKIP_TAGS = frozenset(
    """
    script style head title meta link noscript
    """.split()
)
BOLD_STYLE = compiled(r"font-weight\s*:\s*(?:bold|[6-9]00)", re.IGNORECASE)


def plain(element: etree._Element) -> str:
    return " ".join(element_text(element).replace("\u00a0", " ").split())


def text_pieces(
    element: etree._Element,
    bold: bool,
    skip_first_mark: bool = False,
    refs: list[str] | None = None,
) -> list[tuple[str, bool]]:
    """(text, bold) in reading order; a bare superscript note mark is left out (where it
    stood goes to `refs`: "count:mark", count the non-space characters before it), and so
    is the mark a note opens with ("<sup>(1)</sup> Dividends …"). Walked with a stack of
    its own, so depth costs nothing."""
    pieces: list[tuple[str, bool]] = []
    skipping = skip_first_mark
    # entries: (element, bold of its parent) to open, or (text, bold) to emit
    stack: list[tuple[etree._Element | str, bool]] = [(element, bold)]
    while stack:
        node, inherited = stack.pop()
        if isinstance(node, str):
            pieces.append((node, inherited))
            continue
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in SKIP_TAGS:
            continue
        style = node.get("style") or ""
        node_bold = inherited or tag in ("b", "strong") or bool(BOLD_STYLE.search(style))
        if tag == "br":
            pieces.append((" ", node_bold))
        if tag == "sup" and (skipping or bare_mark(node)):
            if not skipping and refs is not None:
                before = sum(len("".join(t.split())) for t, _ in pieces)
                refs.append(f"{before}:{bare_mark(node)}")
            skipping = False
        elif node.text:
            pieces.append((node.text, node_bold))
        for child in reversed(node):
            if child.tail:
                stack.append((child.tail, node_bold))
            stack.append((child, node_bold))
    return pieces


def cell_text(cell: etree._Element) -> str:
    return "".join(cell.itertext())  # type: ignore[arg-type]  # HTML yields text, not bytes


def bold_lead(pieces: list[tuple[str, bool]]) -> str:
    """The bold words a block starts with, when the rest is not bold (a run-in heading)."""
    visible = [bold for text, bold in pieces if text.strip()]
    if not visible or not visible[0] or all(visible):
        return ""
    lead = ""
    for text, bold in pieces:
        if not bold and text.strip():
            break
        lead += text
    return lead


_MARGIN = compiled(r"margin-(left|right)\s*:\s*([\d.]+)\s*(in|pt|px|em|%)?", re.IGNORECASE)
_SET_IN = {"in": 0.4, "pt": 28.0, "px": 38.0, "em": 2.5, "%": 5.0, "": 38.0}  # about 0.4 inch


def set_in_as_quotation(element: etree._Element) -> bool:
    """A passage quoted from another document: inside a <blockquote>, or set in from both
    margins (a list item or a hanging paragraph is set in from the left only)."""
    node: etree._Element | None = element
    for _ in range(4):
        if node is None:
            break
        if node.tag == "blockquote":
            return True
        margins = {
            side.lower(): float(value) >= _SET_IN[(unit or "").lower()]
            for side, value, unit in _MARGIN.findall(node.get("style") or "")
        }
        if margins.get("left") and margins.get("right"):
            return True
        node = node.getparent()
    return False
