"""What Word does not print, found once when a Word file is opened.

Hidden text (w:vanish, and w:specVanish, which Word never shows) may be set on a run, in the
run's character style, in its paragraph's style or in the document's defaults. Word does not
print it, so it is not offer text: read as text it would become items and filing text no one
can see in the offer. The readers and the redline writer must agree on what the text is
(the writer edits at offsets the reader counted), so the hidden state that styles give is
written onto each run as direct formatting (`w:vanish`, which changes nothing Word shows),
and both then ask only the run itself (`hidden_run`).

w:webHidden hides text in a web view only; Word prints it, so it is read. A text box holds
its words in the drawing (mc:Choice) and again in a fallback copy for older programs
(mc:Fallback): only the first is read.
"""

from __future__ import annotations

from collections.abc import Iterator

import docx
from lxml import etree

from amendtool.io.word_xml import (
    W_BASEDON,
    W_P,
    W_PPR,
    W_R,
    W_RPR,
    W_SPECVANISH,
    W_STYLE,
    W_STYLEID,
    W_TYPE,
    W_VAL,
    W_VANISH,
    _first,
    hidden_run,
    hidden_state,
    q,
)

W_RSTYLE = q("rStyle")
W_PSTYLE = q("pStyle")


class _HiddenStyles:
    """Whether each paragraph and character style hides its text, through basedOn."""

    def __init__(self, document: docx.document.Document) -> None:
        root = document.styles.element
        self.raw: dict[tuple[str, str], etree._Element] = {}
        for style in root.iterchildren(W_STYLE):
            kind, style_id = style.get(W_TYPE) or "", style.get(W_STYLEID) or ""
            self.raw[(kind, style_id)] = style
            if style.get(q("default")) in ("1", "true", "on"):
                self.raw[(kind, "")] = style  # what a paragraph naming no style takes
        defaults = root.find(f"{q('docDefaults')}/{q('rPrDefault')}/{W_RPR}")
        self.default = bool(hidden_state(defaults))
        self.resolved: dict[tuple[str, str], bool | None] = {}

    def says(self, kind: str, style_id: str, depth: int = 0) -> bool | None:
        key = (kind, style_id)
        if key in self.resolved:
            return self.resolved[key]
        style = self.raw.get(key)
        if style is None or depth > 20:
            return None
        said = hidden_state(_first(style, W_RPR))
        if said is None:
            based = _first(style, W_BASEDON)
            if based is not None:
                said = self.says(kind, based.get(W_VAL) or "", depth + 1)
        self.resolved[key] = said
        return said

    def any(self) -> bool:
        return self.default or any(
            self.says(kind, sid) for kind, sid in self.raw if kind in ("paragraph", "character")
        )


def stamp_hidden_text(document: docx.document.Document) -> bool:
    """Write the hidden state styles give onto each run of the body and the notes; True when
    any run with text (or any paragraph) is hidden."""
    styles = _HiddenStyles(document)
    stamp = styles.any()
    if not stamp:  # only runs say it: nothing to write, and lxml finds them at once
        return any(
            (rpr := mark.getparent()) is not None
            and hidden_run(rpr)
            and (run := rpr.getparent()) is not None
            and run.tag == W_R
            for part_root in _parts(document)
            for mark in part_root.iter(W_VANISH, W_SPECVANISH)
        )
    found = False
    for part_root in _parts(document):
        for p in part_root.iter(W_P):
            ppr = _first(p, W_PPR)
            style = _first(ppr, W_PSTYLE) if ppr is not None else None
            paragraph = (
                styles.says("paragraph", style.get(W_VAL) or "") if style is not None else None
            )
            for run in p.iterchildren(W_R):
                found |= _stamp_run(run, styles, paragraph, stamp)
            for run in _nested_runs(p):
                found |= _stamp_run(run, styles, paragraph, stamp)
    return found


def drop_hidden_runs(document: docx.document.Document) -> None:
    """Take out of the body and the notes each run Word does not print (styles' hidden state
    stamped first): a file built on the original carries no hidden drafting note into what
    is filed or sent. The readers skip such runs, so every offset they count stays."""
    stamp_hidden_text(document)
    for part_root in _parts(document):
        for run in list(part_root.iter(W_R)):
            if hidden_run(_first(run, W_RPR)) and (parent := run.getparent()) is not None:
                parent.remove(run)


def _nested_runs(p: etree._Element) -> Iterator[etree._Element]:
    """Runs inside insertions, hyperlinks, fields and content controls of the paragraph (not
    inside a nested paragraph, a text box's, which is stamped on its own)."""
    for child in p.iterchildren():
        if child.tag in (W_R, W_PPR) or not isinstance(child.tag, str):
            continue
        for run in child.iter(W_R):
            if _owner(run) is p:
                yield run


def _owner(run: etree._Element) -> etree._Element | None:
    parent = run.getparent()
    while parent is not None and parent.tag != W_P:
        parent = parent.getparent()
    return parent


def _stamp_run(
    run: etree._Element, styles: _HiddenStyles, paragraph: bool | None, stamp: bool
) -> bool:
    rpr = _first(run, W_RPR)
    said = hidden_state(rpr)
    if said is None and stamp:
        character = styles.says("character", _style_id(rpr, W_RSTYLE))
        said = next((s for s in (character, paragraph) if s is not None), styles.default)
        if said:
            if rpr is None:
                rpr = etree.Element(W_RPR)
                run.insert(0, rpr)
            rpr.append(etree.Element(W_VANISH))
    return bool(said) and any(isinstance(c.tag, str) and c.tag != W_RPR for c in run.iterchildren())


def _style_id(properties: etree._Element | None, tag: str) -> str:
    style = _first(properties, tag) if properties is not None else None
    return (style.get(W_VAL) or "") if style is not None else ""


def _parts(document: docx.document.Document) -> Iterator[etree._Element]:
    """The body, and the notes parts as XML both the reader and the writer keep."""
    from amendtool.io.docx_notes import notes_roots

    yield document.element.body
    yield from notes_roots(document)
