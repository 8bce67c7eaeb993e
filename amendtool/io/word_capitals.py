"""Which Word paragraphs print in capitals by their look: every printed run set in small
caps or all caps (w:smallCaps, w:caps), by the run itself, its character style or the
paragraph's style. Such a paragraph reads as the same words typed in capitals
(core/headings.py): a part heading set in bold small caps is a part heading."""

from __future__ import annotations

import docx
from lxml import etree

from amendtool.io.word_xml import (
    _OFF,
    W_BASEDON,
    W_PPR,
    W_R,
    W_RPR,
    W_STYLE,
    W_STYLEID,
    W_T,
    W_TYPE,
    W_VAL,
    _props,
    _val,
    hidden_run,
    q,
)

W_CAPS = q("caps")
W_SMALLCAPS = q("smallCaps")
W_RSTYLE = q("rStyle")
W_PSTYLE = q("pStyle")
_LONGEST = 400  # characters: a longer paragraph is never a heading (core/headings.py)


def _own(rpr: etree._Element | None) -> bool | None:
    """What run properties say of capitals themselves: on, off, or nothing (None)."""
    if rpr is None:
        return None
    said = None
    for element in rpr.iterchildren(W_CAPS, W_SMALLCAPS):
        on = element.get(W_VAL) not in _OFF
        said = on or bool(said)
    return said


def _used(
    body: etree._Element, tag: str, resolved: dict[tuple[str, str], bool], kind: str
) -> frozenset[str]:
    """The styles of `kind` set in capitals that the body names."""
    capitals = {k[1] for k, on in resolved.items() if on and k[0] == kind}
    if not capitals:
        return frozenset()
    return frozenset(name for e in body.iter(tag) if (name := e.get(W_VAL)) in capitals)


class CapitalStyles:
    """The paragraph and character styles of a document that set their text in capitals
    (through basedOn), read once per document."""

    def __init__(self, document: docx.document.Document) -> None:
        raw: dict[tuple[str, str], etree._Element] = {}
        for style in document.styles.element.iterchildren(W_STYLE):
            kind = style.get(W_TYPE) or ""
            if kind in ("paragraph", "character"):
                raw[(kind, style.get(W_STYLEID) or "")] = style
        resolved: dict[tuple[str, str], bool] = {}

        def resolve(key: tuple[str, str], depth: int = 0) -> bool:
            if key in resolved:
                return resolved[key]
            element = raw.get(key)
            if element is None or depth > 20:
                return False
            said = _own(element.find(W_RPR))
            if said is None:
                based = element.find(W_BASEDON)
                base = based.get(W_VAL) or "" if based is not None else ""
                said = resolve((key[0], base), depth + 1) if based is not None else False
            resolved[key] = said
            return said

        for key in raw:
            resolve(key)
        body = document.element.body
        # only the styles the body uses, in one pass each: Word's own template sets some in
        # small caps (Book Title, references) that few offers use; most documents then set
        # nothing in capitals, and no paragraph of theirs is looked at again
        self.paragraph = _used(body, W_PSTYLE, resolved, "paragraph")
        self.character = _used(body, W_RSTYLE, resolved, "character")
        self.used = bool(self.paragraph or self.character) or (
            next(body.iter(W_CAPS, W_SMALLCAPS), None) is not None
        )

    def shown(self, p: etree._Element, text: str) -> bool:
        """Every printed run of the paragraph with a letter in it is set in capitals (False
        for a paragraph too long for a heading, or with no capitals set anywhere: most
        paragraphs)."""
        if not self.used or len(text) > _LONGEST:
            return False
        first = p[0] if len(p) else None
        ppr = first if first is not None and first.tag == W_PPR else None
        styled = False
        if self.paragraph and ppr is not None:
            styled = (_val(_props(ppr), "pStyle") or "") in self.paragraph
        tags = (W_CAPS, W_SMALLCAPS, W_RSTYLE) if self.character else (W_CAPS, W_SMALLCAPS)
        if not styled and next(p.iter(*tags), None) is None:
            return False
        printed = False
        for run in p.iter(W_R):
            if not any(c.isalpha() for t in run.iterchildren(W_T) for c in t.text or ""):
                continue
            rpr = run.find(W_RPR)
            if hidden_run(rpr):
                continue
            said = _own(rpr)
            if said is None and rpr is not None:
                char_style = rpr.find(W_RSTYLE)
                if char_style is not None and char_style.get(W_VAL) in self.character:
                    said = True
            if not (styled if said is None else said):
                return False
            printed = True
        return printed
