"""Word's Accept All and Reject All Changes, on a part of a Word file (its body, a notes
part): insertions kept and deletions taken out, or the other way round, with the rows and
paragraph marks they apply to and the formatting changes Word tracks."""

from __future__ import annotations

from docx.oxml.ns import qn
from lxml import etree

W_T, W_P = qn("w:t"), qn("w:p")
W_DEL, W_INS, W_PPR, W_RPR = qn("w:del"), qn("w:ins"), qn("w:pPr"), qn("w:rPr")
W_DELTEXT = qn("w:delText")
W_TRPR = qn("w:trPr")
W_TBL, W_TR = qn("w:tbl"), qn("w:tr")


def _parent(element: etree._Element) -> etree._Element:
    """The parent of an element that is known to be inside a document part."""
    parent = element.getparent()
    if parent is None:
        raise ValueError(f"{element.tag} is not attached to a document")
    return parent


def _resolve_rows(root: etree._Element, drop: str) -> None:
    """Rows marked `drop` (w:del when accepting, w:ins when rejecting) go whole, and a
    table left with no row goes with them, as in Word."""
    for properties in list(root.iter(W_TRPR)):
        if _first(properties, drop) is not None:
            row = _parent(properties)
            table = _parent(row)
            table.remove(row)
            if table.tag == W_TBL and _first(table, W_TR) is None and table.getparent() is not None:
                _parent(table).remove(table)


def _first(element: etree._Element, tag: str) -> etree._Element | None:
    """`element.find(tag)` for a child's tag, found in C: `find` parses and matches a path
    in Python, for each run of each paragraph mapped or cut, each paragraph mark resolved."""
    for found in element.iterchildren(tag):
        return found
    return None


def _unwrap(element: etree._Element) -> None:
    parent = _parent(element)
    index = parent.index(element)
    for offset, child in enumerate(list(element)):
        parent.insert(index + offset, child)
    parent.remove(element)


def _resolve(root: etree._Element, drop: tuple[str, ...], keep: tuple[str, ...], mark: str) -> None:
    for tag in drop:
        for element in list(root.iter(tag)):
            parent = element.getparent()
            if parent is not None and parent.tag != W_RPR:
                parent.remove(element)
    ends = _paragraph_ends(root, mark)
    # the runs each insertion (or deletion) kept wraps are put in its place in one pass of
    # the tree: moved out element by element, a table of 20,000 inserted rows took a second
    etree.strip_tags(root, keep[0])
    for tag in keep[1:]:
        for element in list(root.iter(tag)):
            parent = element.getparent()
            if parent is not None and parent.tag != W_RPR:
                _unwrap(element)
    for t in list(root.iter(W_DELTEXT)):
        t.tag = W_T
    for paragraph in ends:  # its mark gone: joined with the paragraph that follows
        following = paragraph.getnext()
        content = [c for c in paragraph if c.tag != W_PPR]
        if following is not None and following.tag == W_P and content:
            anchor = _first(following, W_PPR)
            for child in reversed(content):
                if anchor is not None:
                    anchor.addnext(child)
                else:
                    following.insert(0, child)
        _parent(paragraph).remove(paragraph)


def _paragraph_ends(root: etree._Element, mark: str) -> list[etree._Element]:
    """The paragraphs whose own mark (w:pPr/w:rPr) is marked `mark`, in the order of the
    text, each paragraph mark's insertion and deletion taken out. Found from the marks, not
    by asking every paragraph of the document (each row's cell of a long table) for them."""
    ends: dict[etree._Element, bool] = {}
    for found in list(root.iter(W_INS, W_DEL)):
        rpr = _parent(found)
        ppr = rpr.getparent() if rpr.tag == W_RPR else None
        paragraph = ppr.getparent() if ppr is not None and ppr.tag == W_PPR else None
        if ppr is None or paragraph is None or paragraph.tag != W_P:
            continue
        if _first(paragraph, W_PPR) is not ppr or _first(ppr, W_RPR) is not rpr:
            continue  # not the paragraph's own mark, as Word reads it
        ends[paragraph] = ends.get(paragraph, False) or found.tag == mark
        rpr.remove(found)
    return [paragraph for paragraph, merged in ends.items() if merged]


# the record of formatting as it was before a tracked change of format
_FORMAT_CHANGES = tuple(
    qn(f"w:{name}Change")
    for name in ("rPr", "pPr", "sectPr", "tblPr", "tblPrEx", "trPr", "tcPr", "tblGrid", "numbering")
)


def _resolve_properties(root: etree._Element, accept: bool) -> None:
    """A tracked change of a paragraph's formatting (w:pPrChange): accepted, the new
    properties stay; rejected, the ones it kept come back."""
    change_tag = qn("w:pPrChange")
    for change in list(root.iter(change_tag)):
        ppr = change.getparent()
        if ppr is None or ppr.tag != W_PPR:
            continue
        ppr.remove(change)
        if accept:
            continue
        kept = [c for c in ppr if c.tag in (W_RPR, qn("w:sectPr"))]
        for child in list(ppr):
            ppr.remove(child)
        before = _first(change, W_PPR)
        for child in list(before) if before is not None else []:
            ppr.append(child)
        for child in kept:
            ppr.append(child)


def accept_all(root: etree._Element) -> None:
    """Word's Accept All Changes: insertions stay, deletions go, formatting stays as it is
    now (the record of what it was goes)."""
    _resolve_properties(root, accept=True)
    _resolve_rows(root, W_DEL)
    _resolve(root, (W_DEL, qn("w:moveFrom")), (W_INS, qn("w:moveTo")), W_DEL)
    for change in list(root.iter(*_FORMAT_CHANGES)):
        _parent(change).remove(change)


def reject_all(root: etree._Element) -> None:
    """Word's Reject All Changes: the document as it was."""
    _resolve_properties(root, accept=False)
    _resolve_rows(root, W_INS)
    _resolve(root, (W_INS, qn("w:moveTo")), (W_DEL, qn("w:moveFrom")), W_INS)
