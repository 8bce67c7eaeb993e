"""WordprocessingML as the Word readers walk it: tag names and the properties of a
paragraph or run read in one pass (lxml under python-docx, which keeps no tracked changes)."""

from __future__ import annotations

from lxml import etree

from amendtool.core.model import ParagraphKind

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = "{" + W + "}"


def _house_reference(rpr: etree._Element | None) -> bool:
    """A run in the house style's note-mark style after the paragraph's first text: a
    reference to a note the offer printed bare ("purposes.¹"), left out as Word's are.
    (Not cached: a cache keyed by elements keeps every document read, whole.)"""
    style = rpr.find(q("rStyle")) if rpr is not None else None
    return style is not None and style.get(q("val")) == "ATNoteMark"


def q(tag: str) -> str:
    return _W + tag


W_ABSTRACTNUM = q("abstractNum")
W_ABSTRACTNUMID = q("abstractNumId")
W_B = q("b")
W_BASEDON = q("basedOn")
W_BR = q("br")
W_COMMENTREFERENCE = q("commentReference")
W_CR = q("cr")
W_DEL = q("del")
W_DELTEXT = q("delText")
W_ENDNOTEREFERENCE = q("endnoteReference")
W_FLDCHAR = q("fldChar")
W_FLDCHARTYPE = q("fldCharType")
W_FMT = q("fmt")
W_FOOTERREFERENCE = q("footerReference")
W_FOOTNOTEREFERENCE = q("footnoteReference")
W_HEADERREFERENCE = q("headerReference")
W_TITLEPG = q("titlePg")
_R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
W_ILVL = q("ilvl")
W_IND = q("ind")
W_INS = q("ins")
W_INSTRTEXT = q("instrText")
W_LASTRENDEREDPAGEBREAK = q("lastRenderedPageBreak")
W_LEFT = q("left")
W_LVL = q("lvl")
W_LVLOVERRIDE = q("lvlOverride")
W_MOVEFROM = q("moveFrom")
W_MOVETO = q("moveTo")
W_NAME = q("name")
W_NOBREAKHYPHEN = q("noBreakHyphen")
W_NUM = q("num")
W_NUMID = q("numId")
W_NUMPR = q("numPr")
W_P = q("p")
W_PPR = q("pPr")
W_PPRCHANGE = q("pPrChange")
W_PAGEBREAKBEFORE = q("pageBreakBefore")
W_PGNUMTYPE = q("pgNumType")
W_PTAB = q("ptab")
W_R = q("r")
W_RPR = q("rPr")
W_RPRCHANGE = q("rPrChange")
W_SDT = q("sdt")
W_SDTCONTENT = q("sdtContent")
W_SECTPR = q("sectPr")
W_START = q("start")
W_STYLE = q("style")
W_STYLEID = q("styleId")
W_T = q("t")
W_TAB = q("tab")
W_TBL = q("tbl")
W_TC = q("tc")
W_TCPR = q("tcPr")
W_GRIDSPAN = q("gridSpan")
W_VMERGE = q("vMerge")
W_TR = q("tr")
W_TYPE = q("type")
W_VAL = q("val")
W_VANISH = q("vanish")
W_SPECVANISH = q("specVanish")
# a text box's copy for programs that cannot draw it (Word reads the drawing, mc:Choice)
W_TXBXCONTENT = q("txbxContent")  # a text box's paragraphs: printed apart from the anchor's
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_OFF = ("0", "false", "off")


_SKIP = {
    W_DEL,
    W_MOVEFROM,
    W_PPR,
    W_RPR,
    W_INSTRTEXT,
    W_DELTEXT,
    W_COMMENTREFERENCE,
}
_NOTE_REFERENCES = {
    W_FOOTNOTEREFERENCE: ParagraphKind.FOOTNOTE,
    W_ENDNOTEREFERENCE: ParagraphKind.ENDNOTE,
}
_REVISIONS = (W_INS, W_DEL, W_MOVEFROM, W_MOVETO, W_PPRCHANGE, W_RPRCHANGE)

Props = dict[str, etree._Element]


def _first(element: etree._Element, tag: str) -> etree._Element | None:
    """The first child with `tag`, as `element.find(tag)` (which walks a path in Python)."""
    return next(element.iterchildren(tag), None)


def _props(element: etree._Element | None) -> Props:
    """An element's children by tag, the first of each: one pass for all the properties a
    paragraph is asked for."""
    out: Props = {}
    if element is not None:
        for child in element.iterchildren():
            out.setdefault(child.tag, child)
    return out


def _val(props: Props, tag: str) -> str | None:
    element = props.get(q(tag))
    return element.get(W_VAL) if element is not None else None


def _flag(props: Props, tag: str) -> bool:
    element = props.get(q(tag))
    return element is not None and element.get(W_VAL) not in ("0", "false", "off")


def _run_bold(rpr: etree._Element | None, default: bool) -> bool:
    if rpr is None:
        return default
    element = _first(rpr, W_B)
    if element is None:
        return default
    return element.get(W_VAL) not in ("0", "false", "off")


def _outline_level(props: Props) -> int | None:
    value = _val(props, "outlineLvl")
    if value is not None and value.isdigit() and int(value) < 9:
        return int(value) + 1
    return None


def _num_id(props: Props) -> str | None:
    num = props.get(W_NUMPR)
    if num is None:
        return None
    value = _val(_props(num), "numId")
    return value if value and value != "0" else None


def _ilvl(props: Props) -> int:
    num = props.get(W_NUMPR)
    value = _val(_props(num), "ilvl") if num is not None else None
    return int(value) if value and value.isdigit() else 0


def _indent(props: Props) -> int | None:
    ind = props.get(W_IND)
    if ind is None:
        return None
    value = ind.get(W_LEFT) or ind.get(W_START)
    return int(value) if value and value.lstrip("-").isdigit() else None


def hidden_state(rpr: etree._Element | None) -> bool | None:
    """Hidden, shown, or (None) not said by these run properties."""
    if rpr is None:
        return None
    found = [e for e in (_first(rpr, W_SPECVANISH), _first(rpr, W_VANISH)) if e is not None]
    return any(e.get(W_VAL) not in _OFF for e in found) if found else None


def hidden_run(rpr: etree._Element | None) -> bool:
    """The run (by its own properties, once styles are stamped) is not printed."""
    return bool(hidden_state(rpr))


class FieldState:
    """Where a paragraph's runs stand among Word's fields. Between a field's begin and its
    separator is its instruction, which Word does not print (a nested field there, such
    as the MERGEFIELD inside an IF, prints nothing either); after the separator, its
    result, which Word prints. The readers and the redline take the same text."""

    def __init__(self) -> None:
        self.stack: list[bool] = []  # for each open field: still in its instruction

    def see(self, fld_char: etree._Element) -> None:
        kind = fld_char.get(W_FLDCHARTYPE)
        if kind == "begin":
            self.stack.append(True)
        elif kind == "separate" and self.stack:
            self.stack[-1] = False
        elif kind == "end" and self.stack:
            self.stack.pop()

    @property
    def in_instruction(self) -> bool:
        return any(self.stack)


def _cell_property(cell: etree._Element, tag: str) -> etree._Element | None:
    """`cell.find("w:tcPr/" + tag)` without the path parsed and matched in Python on every
    cell: the first such property of the first w:tcPr that holds one."""
    for props in cell.iterchildren(W_TCPR):
        for found in props.iterchildren(tag):
            return found
    return None


def grid_cells(row: etree._Element) -> list[etree._Element | None]:
    """The row's cells on the table's grid: a cell spanning columns (w:gridSpan) stands at
    its first column and None at each other, as an HTML colspan is read, so every row has
    a cell for every column and a figure keeps its column's heading."""
    out: list[etree._Element | None] = []
    for cell in row.iterchildren(W_TC):
        span = _cell_property(cell, W_GRIDSPAN)
        value = span.get(W_VAL, "1") if span is not None else "1"
        count = min(int(value), 50) if value.isdigit() and int(value) > 0 else 1
        out += [cell] + [None] * (count - 1)
    return out


def vertical_merge(cell: etree._Element | None) -> str:
    """ "restart" where a cell merged down over the rows below starts, "continue" in each
    row it goes on into (w:vMerge with no value), "" for a cell of its own."""
    if cell is None:
        return ""
    merge = _cell_property(cell, W_VMERGE)
    if merge is None:
        return ""
    return "restart" if merge.get(W_VAL) == "restart" else "continue"


def cell_text_paragraphs(cell: etree._Element) -> list[etree._Element]:
    """The paragraphs of a table cell that print in it: a text box anchored in the cell
    prints apart (its paragraphs are read after the table), and its fallback copy not at
    all."""
    found: list[etree._Element] = []

    def visit(element: etree._Element) -> None:
        for child in element.iterchildren():
            if child.tag == W_P:
                found.append(child)
            if child.tag not in (W_TXBXCONTENT, MC_FALLBACK) and isinstance(child.tag, str):
                visit(child)

    visit(cell)
    return found
