"""The runs a tracked change puts in: new words set like the run beside them (their marks of
revision and hidden text left behind, so the new words print), each as the character map
reads it where it goes in; and a page break, which an edit steps past."""

from __future__ import annotations

from itertools import repeat

from docx.oxml.ns import qn
from lxml import etree

from amendtool.core.clean_text import safe_for_output
from amendtool.io.oxml_element import OxmlElement
from amendtool.io.revision_text import (
    W_DEL,
    W_INS,
    W_RPR,
    W_T,
    Chars,
    _child,
    _first,
    _is_note_mark,
)
from amendtool.io.word_paragraphs import copied
from amendtool.io.word_symbols import without_symbol_font
from amendtool.io.word_xml import hidden_run

W_BR, W_TYPE = qn("w:br"), qn("w:type")
# a revision mark, or hidden text: the new words are printed
_NOT_COPIED = (W_INS, W_DEL, qn("w:rPrChange"), qn("w:vanish"), qn("w:specVanish"))


def _new_run(text: str, template: etree._Element | None) -> etree._Element:
    run = OxmlElement("w:r")
    properties = _first(template, W_RPR) if template is not None else None
    if properties is not None:
        rpr = copied(properties)
        for child in list(rpr):
            if child.tag in _NOT_COPIED:
                rpr.remove(child)
        without_symbol_font(rpr)
        run.append(rpr)
    t = OxmlElement("w:t")
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    t.text = safe_for_output(text)  # the output gate: nothing XML or a reader cannot trust
    run.append(t)
    return run


def _run_chars(run: etree._Element) -> Chars:
    """A run made here (its properties and one w:t) as the map reads it, where it is read."""
    if _is_note_mark(run) or hidden_run(_first(run, W_RPR)):
        return []
    text = _child(run, W_T).text or ""
    return list(zip(text, repeat(run, len(text)), strict=True))


def _page_break(run: etree._Element) -> bool:
    """The run (one content element, runs exploded) is a page or column break."""
    return any(c.tag == W_BR and c.get(W_TYPE) in ("page", "column") for c in run)
