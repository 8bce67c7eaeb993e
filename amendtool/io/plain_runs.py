"""The runs of a plain Word paragraph read in one short pass: the common paragraph of an
offer is a few runs of text (w:r holding w:t and tabs) and nothing the full walk of
io/docx_runs.py must follow (fields, notes, breaks, revisions, hidden text, text boxes).

`plain_runs` only looks and changes nothing, so the walk falls back to its full read
whenever it answers None, and reads exactly the same text either way."""

from __future__ import annotations

from lxml import etree

from amendtool.io.word_symbols import W_RFONTS, W_SYM, run_symbol_fonts, symbol_text
from amendtool.io.word_xml import (
    _NOTE_REFERENCES,
    _OFF,
    _REVISIONS,
    _SKIP,
    MC_FALLBACK,
    W_B,
    W_BR,
    W_CR,
    W_FLDCHAR,
    W_LASTRENDEREDPAGEBREAK,
    W_NOBREAKHYPHEN,
    W_PPR,
    W_PTAB,
    W_R,
    W_RPR,
    W_SPECVANISH,
    W_T,
    W_TAB,
    W_TXBXCONTENT,
    W_VAL,
    W_VANISH,
    q,
)

W_RSTYLE = q("rStyle")
_HOUSE_NOTE_STYLE = "ATNoteMark"  # as word_xml._house_reference reads it

# every tag the full walk does something with: met anywhere but where this pass reads it,
# the paragraph is read in full (an element of any other tag is walked into, and one with
# no children does nothing there, as here)
_FOLLOWED = frozenset(
    {
        *_NOTE_REFERENCES,
        *_SKIP,
        *_REVISIONS,
        W_FLDCHAR,
        W_R,
        W_T,
        W_TAB,
        W_PTAB,
        W_BR,
        W_CR,
        W_LASTRENDEREDPAGEBREAK,
        W_NOBREAKHYPHEN,
        MC_FALLBACK,
        W_TXBXCONTENT,
        W_SYM,
    }
)
# a symbol (Insert > Symbol) is the character Word shows, as io/word_symbols.py reads it
_RUN_TEXT = {W_T: None, W_TAB: "\t", W_PTAB: "\t", W_NOBREAKHYPHEN: "-", W_SYM: ""}


def _inert(element: etree._Element) -> bool:
    """An element the full walk would pass over without effect: a tag it does not follow,
    with nothing inside (a bookmark, a proofing mark, a comment)."""
    return element.tag not in _FOLLOWED and len(element) == 0


def plain_runs(p: etree._Element, style_bold: bool) -> list[tuple[str, bool]] | None:
    """Each printed piece of text of the paragraph with its boldness (empty pieces left out),
    as the full walk emits them; None when the paragraph holds anything more than plain
    runs, for the full walk to read."""
    out: list[tuple[str, bool]] = []
    length = 0
    for child in p.iterchildren():
        tag = child.tag
        if tag == W_R:
            bold = style_bold
            first = child[0] if len(child) else None  # w:rPr comes first if at all
            if first is not None and first.tag == W_RPR:
                hidden: bool | None = None
                bold_mark = house = None
                seen_vanish = seen_spec = False
                for mark in first.iterchildren():
                    mark_tag = mark.tag
                    if mark_tag == W_VANISH and not seen_vanish:
                        seen_vanish = True
                        hidden = hidden or mark.get(W_VAL) not in _OFF
                    elif mark_tag == W_SPECVANISH and not seen_spec:
                        seen_spec = True
                        hidden = hidden or mark.get(W_VAL) not in _OFF
                    elif mark_tag == W_B and bold_mark is None:
                        bold_mark = mark
                    elif mark_tag == W_RSTYLE and house is None:
                        house = mark
                    elif mark_tag == W_RFONTS and run_symbol_fonts(first) is not None:
                        return None  # text set in a symbol font: read in full
                if hidden:
                    return None  # hidden text (and perhaps a field's bounds): read in full
                if length and house is not None and house.get(W_VAL) == _HOUSE_NOTE_STYLE:
                    continue  # a bare note reference the house style set: no text
                if bold_mark is not None:
                    bold = bold_mark.get(W_VAL) not in _OFF
            for piece in child.iterchildren():
                piece_tag = piece.tag
                if piece_tag in _RUN_TEXT:
                    text = _RUN_TEXT[piece_tag]
                    if text is None:
                        text = piece.text or ""
                    elif piece_tag == W_SYM:
                        text = symbol_text(piece)
                    if text:
                        out.append((text, bold))
                        length += len(text)
                elif piece_tag == W_RPR or _inert(piece):
                    continue
                else:
                    return None
        elif tag == W_PPR or _inert(child):
            continue
        else:
            return None
    return out
