"""Which Word paragraphs print in capitals by their look: every printed run set in small
caps or all caps (w:smallCaps, w:caps), by the run itself, its character style or the
paragraph's style (io/word_styles.py reads that one with the style's other looks). Such a
paragraph reads as the same words typed in capitals (core/headings.py): a part heading set
in bold small caps is a part heading."""

from __future__ import annotations

import docx
from lxml import etree

from amendtool.io.word_xml import (
    _OFF,
    W_BASEDON,
    W_R,
    W_RPR,
    W_STYLE,
    W_STYLEID,
    W_T,
    W_VAL,
    hidden_run,
    q,
)

W_CAPS = q("caps")
W_SMALLCAPS = q("smallCaps")
W_RSTYLE = q("rStyle")
_LONGEST = 400  # characters: a longer paragraph is never a heading (core/headings.py)


def capitals_set(rpr: etree._Element | None) -> bool | None:
    """What run properties say of capitals themselves: on, off, or nothing (None)."""
    if rpr is None:
        return None
    said = None
    for element in rpr.iterchildren(W_CAPS, W_SMALLCAPS):
        said = element.get(W_VAL) not in _OFF or bool(said)
    return said


def _character_style(styles: etree._Element, style_id: str, depth: int = 0) -> bool:
    """The character style (through basedOn) sets its runs in capitals."""
    if depth > 20 or not style_id or '"' in style_id:  # no id, or one the path cannot quote
        return False
    element = styles.find(f'{W_STYLE}[@{W_STYLEID}="{style_id}"]')
    if element is None:
        return False
    said = capitals_set(element.find(W_RPR))
    if said is not None:
        return said
    based = element.find(W_BASEDON)
    return based is not None and _character_style(styles, based.get(W_VAL) or "", depth + 1)


class Capitals:
    """Where a document sets text in capitals, read once: runs that say so themselves, and
    the character styles the body uses that do (Word's own template sets Book Title and
    the reference styles in small caps, which few offers use). Most documents set none,
    and then only a paragraph whose style does is looked at again."""

    def __init__(self, document: docx.document.Document) -> None:
        body = document.element.body
        self.in_runs = next(body.iter(W_CAPS, W_SMALLCAPS), None) is not None
        used = {name for e in body.iter(W_RSTYLE) if (name := e.get(W_VAL))}
        styles = document.styles.element
        self.character = frozenset(n for n in used if _character_style(styles, n))
        self.tags = (W_CAPS, W_SMALLCAPS, W_RSTYLE) if self.character else (W_CAPS, W_SMALLCAPS)

    def shown(self, p: etree._Element, text: str, styled: bool) -> bool:
        """Every printed run of the paragraph with a letter in it is set in capitals, its
        paragraph style (`styled`) setting them unless the run says otherwise. False for a
        paragraph too long for a heading, or with no capitals set anywhere."""
        if len(text) > _LONGEST or not text.strip():
            return False
        if not styled and (
            not (self.in_runs or self.character) or next(p.iter(*self.tags), None) is None
        ):
            return False
        printed = False
        for run in p.iter(W_R):
            if not any(c.isalpha() for t in run.iterchildren(W_T) for c in t.text or ""):
                continue
            rpr = run.find(W_RPR)
            if hidden_run(rpr):
                continue
            said = capitals_set(rpr)
            if said is None and rpr is not None:
                char_style = rpr.find(W_RSTYLE)
                if char_style is not None and char_style.get(W_VAL) in self.character:
                    said = True
            if not (styled if said is None else said):
                return False
            printed = True
        return printed
