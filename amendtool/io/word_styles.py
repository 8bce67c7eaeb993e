"""Word paragraph styles (heading level, bold, centring, numbering, indents, through basedOn)
and list numbers counted as Word prints them ("7.", "(c)"), which are not in the text."""

from __future__ import annotations

import re
from dataclasses import dataclass

import docx
from lxml import etree

from amendtool.core.pattern_store import compiled
from amendtool.io.word_capitals import capitals_set
from amendtool.io.word_pages import _format_page
from amendtool.io.word_xml import (
    W_ABSTRACTNUM,
    W_ABSTRACTNUMID,
    W_BASEDON,
    W_ILVL,
    W_LVL,
    W_LVLOVERRIDE,
    W_NAME,
    W_NUM,
    W_NUMID,
    W_PAGEBREAKBEFORE,
    W_PPR,
    W_RPR,
    W_STYLE,
    W_STYLEID,
    W_TYPE,
    W_VAL,
    _first,
    _flag,
    _num_id,
    _outline_level,
    _props,
    _run_bold,
    _val,
)

_HEADING_NAME = compiled(r"^heading\s*(\d)$", re.IGNORECASE)


@dataclass
class _StyleInfo:
    """What a paragraph style of a Word file says: its name, level, and look."""

    name: str = ""
    level: int | None = None
    bold: bool = False
    centred: bool = False
    page_break_before: bool = False
    num_id: str | None = None
    capitals: bool = False  # its runs print in small caps or all caps (io/word_capitals.py)


_PLAIN = _StyleInfo()


def _style_table(document: docx.document.Document) -> dict[str, _StyleInfo]:
    """Each paragraph style's heading level, bold, centring and numbering, via basedOn."""
    raw: dict[str, etree._Element] = {}
    styles_element = document.styles.element
    for style in styles_element.iterchildren(W_STYLE):
        if style.get(W_TYPE) == "paragraph":
            raw[style.get(W_STYLEID) or ""] = style
    resolved: dict[str, _StyleInfo] = {}

    def resolve(style_id: str, depth: int = 0) -> _StyleInfo:
        if style_id in resolved:
            return resolved[style_id]
        element = raw.get(style_id)
        if element is None or depth > 20:
            return _StyleInfo()
        based = element.find(W_BASEDON)
        parent = resolve(based.get(W_VAL) or "", depth + 1) if based is not None else _StyleInfo()
        name_el = element.find(W_NAME)
        name = name_el.get(W_VAL) if name_el is not None else style_id
        info = _StyleInfo(
            name=name or "",
            level=parent.level,
            bold=parent.bold,
            centred=parent.centred,
            page_break_before=parent.page_break_before,
            num_id=parent.num_id,
            capitals=parent.capitals,
        )
        match = _HEADING_NAME.match(name or "")
        if match:
            info.level = int(match.group(1))
        elif (name or "").lower() == "title":
            info.level = 1
        props = _props(_first(element, W_PPR))
        level = _outline_level(props)
        if level is not None:
            info.level = level
        jc = _val(props, "jc")
        if jc:
            info.centred = jc in ("center", "centre")
        if W_PAGEBREAKBEFORE in props:
            info.page_break_before = _flag(props, "pageBreakBefore")
        info.num_id = _num_id(props) or info.num_id
        rpr = element.find(W_RPR)
        info.bold = _run_bold(rpr, info.bold)
        if (capitals := capitals_set(rpr)) is not None:
            info.capitals = capitals
        resolved[style_id] = info
        return info

    for style_id in raw:
        resolve(style_id)
    return resolved


_COUNTED = frozenset({"decimal", "lowerLetter", "upperLetter", "lowerRoman", "upperRoman"})


class _Numbering:
    """Word list numbers ("7.") that are not in the paragraph text, counted as Word does."""

    def __init__(self, document: docx.document.Document) -> None:
        self.formats: dict[tuple[str, int], tuple[str, str, int]] = {}
        self.counters: dict[tuple[str, int], int] = {}
        self.abstract_of: dict[str, str] = {}
        self.restarts: dict[tuple[str, int], int] = {}  # (w:num, level) → its start override
        try:
            numbering = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstracts = {a.get(W_ABSTRACTNUMID): a for a in numbering.iterchildren(W_ABSTRACTNUM)}
        for num in numbering.iterchildren(W_NUM):
            num_id = num.get(W_NUMID) or ""
            abstract_ref = num.find(W_ABSTRACTNUMID)
            abstract_id = abstract_ref.get(W_VAL) if abstract_ref is not None else None
            abstract = abstracts.get(abstract_id)
            if abstract is None:
                continue
            self.abstract_of[num_id] = abstract_id or ""
            for lvl in abstract.iterchildren(W_LVL):
                self._level(num_id, lvl)
            for override in num.iterchildren(W_LVLOVERRIDE):
                # a list restarted on its own w:num: "(a)" again, or a level redefined
                ilvl = int(override.get(W_ILVL) or 0)
                lvl = override.find(W_LVL)
                if lvl is not None:
                    self._level(num_id, lvl)
                start = _val(_props(override), "startOverride")
                if start is not None and start.lstrip("-").isdigit():
                    self.restarts[(num_id, ilvl)] = int(start)

    def _level(self, num_id: str, lvl: etree._Element) -> None:
        ilvl = int(lvl.get(W_ILVL) or 0)
        level_props = _props(lvl)
        fmt = _val(level_props, "numFmt") or "decimal"
        text = _val(level_props, "lvlText") or ""
        start = _val(level_props, "start")
        self.formats[(num_id, ilvl)] = (fmt, text, int(start) if start else 1)

    def bullet(self, num_id: str, ilvl: int) -> str | None:
        """The mark of a bulleted list level ("•"), shown on screen beside the text."""
        fmt, _text, _start = self.formats.get((num_id, ilvl), ("", "", 1))
        return "•" if fmt == "bullet" else None

    def label(self, num_id: str, ilvl: int) -> str | None:
        fmt, text, start = self.formats.get((num_id, ilvl), ("", "", 1))
        if fmt not in _COUNTED:
            return None  # bullets and other marks are not cited
        key = (self.abstract_of.get(num_id, num_id), ilvl)
        restart = self.restarts.pop((num_id, ilvl), None)  # at the w:num's first paragraph
        if restart is not None:
            self.counters[key] = restart - 1
        value = self.counters.get(key, start - 1) + 1
        self.counters[key] = value
        for deeper in [k for k in self.counters if k[0] == key[0] and k[1] > ilvl]:
            del self.counters[deeper]
        if "%" not in text or text.count("%") > 1:
            return None
        return text.replace(f"%{ilvl + 1}", _format_page(value, fmt))


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"  # a tag's prefix


def indent_values(ind: etree._Element) -> dict[str, str]:
    """w:ind's left, right, first-line and hanging indents in twips ("start" and "end" are
    left and right in a left-to-right text)."""
    out = {}
    for name, names in (
        ("left", ("left", "start")),
        ("right", ("right", "end")),
        ("firstLine", ("firstLine",)),
        ("hanging", ("hanging",)),
    ):
        value = next((v for n in names if (v := ind.get(W + n))), None)
        if value and value.lstrip("-").isdigit():
            out[name] = value
    if "hanging" in out:
        out.pop("firstLine", None)
    elif "firstLine" in out:
        out.pop("hanging", None)
    return out


def style_indents(styles: etree._Element) -> dict[str, dict[str, str]]:
    """Each paragraph style's indents (and alignment, as "jc"), its base styles' under its
    own."""
    own: dict[str, dict[str, str]] = {}
    based: dict[str, str] = {}
    for style in styles.iterchildren(W + "style"):
        if style.get(W + "type") != "paragraph":
            continue
        name = style.get(W + "styleId", "")
        ind = style.find(f"{W}pPr/{W}ind")
        own[name] = indent_values(ind) if ind is not None else {}
        if (jc := style.find(f"{W}pPr/{W}jc")) is not None:  # a centred heading's style
            own[name]["jc"] = jc.get(W + "val", "")
        if (base := style.find(W + "basedOn")) is not None:
            based[name] = base.get(W + "val", "")
    out = {}
    for style_id in own:
        chain, seen, name = [], set(), style_id
        while name in own and name not in seen:  # a style based on itself ends the chain
            seen.add(name)
            chain.append(own[name])
            name = based.get(name, "")
        merged: dict[str, str] = {}
        for values in reversed(chain):  # the base first, each style's own over it
            if "hanging" in values:
                merged.pop("firstLine", None)
            if "firstLine" in values:
                merged.pop("hanging", None)
            merged |= values
        out[style_id] = merged
    return out
