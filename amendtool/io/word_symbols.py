"""A symbol put in with Word's Insert > Symbol (w:sym), or text typed in a symbol font,
read as the character Word shows.

Word keeps such a symbol as a font and that font's code (w:font="Symbol" w:char="F0B3",
shown as "≥"), not as text: read as nothing, a paragraph quoting it was filed without it;
typed in the Symbol font, "³" is shown as "≥" and was filed as "³".
The character each symbol font shows at each code is a table counsel can check and edit
(resources/wording/symbol-fonts.toml); a code it does not list stays unread, and the load
says which symbol it is and where (`unread_symbols_notice`).
"""

from __future__ import annotations

import unicodedata
from functools import cache

from docx.oxml.ns import qn
from lxml import etree

from amendtool.core.resource_toml import read_toml
from amendtool.resources import resource_path

TABLE = ("wording", "symbol-fonts.toml")
W_SYM, W_FONT, W_CHAR = qn("w:sym"), qn("w:font"), qn("w:char")
W_P, W_R, W_T = qn("w:p"), qn("w:r"), qn("w:t")
W_RPR, W_RFONTS = qn("w:rPr"), qn("w:rFonts")
_PRIVATE = 0xF000  # Word writes a symbol font's code in the private-use area: F0B3 is B3


@cache
def symbol_fonts() -> dict[str, dict[int, str]]:
    """Each symbol font's table, by the font's name in lower case, code to character."""
    data = read_toml(resource_path(*TABLE))
    return {
        font.lower(): {int(code, 16): char for code, char in table.items()}
        for font, table in data.get("fonts", {}).items()
    }


def is_symbol_font(name: str | None) -> bool:
    """The font is one whose codes the table reads (its letters are not the text's)."""
    return bool(name) and str(name).lower() in symbol_fonts()


def symbol_text(sym: etree._Element) -> str:
    """The character Word shows for the w:sym, or "" where none is known (not read)."""
    code = _code(sym.get(W_CHAR))
    if code is None:
        return ""
    font = (sym.get(W_FONT) or "").lower()
    table = symbol_fonts().get(font)
    if table is not None:
        return table.get(code - _PRIVATE if code >= _PRIVATE else code, "")
    if _PRIVATE <= code <= 0xF0FF:
        return ""  # a code of a symbol font amendtool has no table for
    char = chr(code)
    # a text font's symbol is the Unicode character it names, if it is a printed one
    return char if unicodedata.category(char)[0] in "LMNPS" or char == " " else ""


def _code(value: str | None) -> int | None:
    try:
        code = int(value or "", 16)
    except ValueError:
        return None
    return code if 0x20 <= code <= 0x10FFFF else None


# the tables of a run's fonts: for characters below U+0080 (w:ascii) and above (w:hAnsi)
RunFonts = tuple[dict[int, str] | None, dict[int, str] | None]
W_ASCII, W_HANSI = qn("w:ascii"), qn("w:hAnsi")


def run_symbol_fonts(rpr: etree._Element | None) -> RunFonts | None:
    """The symbol fonts a run's own formatting sets its text in (w:rFonts "Symbol"), or
    None: typed text in the Symbol font shows other characters than its letters ("³" is
    shown as "≥", "a" as "α"). Only the run's own setting is read, not its styles'."""
    fonts = rpr.find(W_RFONTS) if rpr is not None else None
    if fonts is None:
        return None
    tables = symbol_fonts()
    low = tables.get((fonts.get(W_ASCII) or "").lower())
    high = tables.get((fonts.get(W_HANSI) or fonts.get(W_ASCII) or "").lower())
    return (low, high) if low is not None or high is not None else None


def shown_in_font(text: str, fonts: RunFonts) -> str:
    """`text` as its symbol font shows it, character for character (an offset in it is the
    same in the run's own text); a character the table does not list is kept as typed."""
    low, high = fonts
    shown = []
    for char in text:
        code = ord(char)
        table = low if code < 0x80 else high
        if table is not None and (code <= 0xFF or _PRIVATE <= code <= 0xF0FF):
            char = table.get(code - _PRIVATE if code >= _PRIVATE else code, char)
        shown.append(char)
    return "".join(shown)


def unread_symbols_notice(body: etree._Element) -> list[str]:
    """One line when the text holds symbols no table reads (a picture in Wingdings, a font
    amendtool has no table for, a character typed in a symbol font that its table does not
    list): a paragraph quoting one is filed without it, or with the typed character. Said
    with the first one's font, code and paragraph, for counsel to type it as text or check
    what quotes it."""
    unread = [
        (s, f"{s.get(W_FONT) or 'no font'} {(s.get(W_CHAR) or '?').upper()}")
        for s in body.iter(W_SYM)
        if not symbol_text(s)
    ] + _unread_typed(body)
    if not unread:
        return []
    first, named = unread[0]
    paragraph = next(first.iterancestors(W_P), None)
    words = "".join(t.text or "" for t in paragraph.iter(W_T)) if paragraph is not None else ""
    where = " ".join(words.split()[:6])
    count = "a symbol" if len(unread) == 1 else f"{len(unread)} symbols"
    table = "resources/" + "/".join(TABLE)
    return [
        f"holds {count} put in with Insert > Symbol or in a symbol font that amendtool cannot "
        f'read as a character (first {named}, in the paragraph "{where}…"): a paragraph '
        "quoting one is filed without it; type each as a character of the text font, or add "
        f"it to {table} if Unicode has the character it shows"
    ]


def _unread_typed(body: etree._Element) -> list[tuple[etree._Element, str]]:
    """Characters typed in a run set in a symbol font whose table does not list them."""
    found: list[tuple[etree._Element, str]] = []
    for fonts in body.iter(W_RFONTS):
        rpr = fonts.getparent()
        run = rpr.getparent() if rpr is not None else None
        if run is None or run.tag != W_R or (tables := run_symbol_fonts(rpr)) is None:
            continue
        for t in run.iter(W_T):
            for char in t.text or "":
                code, table = ord(char), tables[0 if ord(char) < 0x80 else 1]
                if table is not None and code - _PRIVATE * (code >= _PRIVATE) not in table:
                    font = fonts.get(W_ASCII if code < 0x80 else W_HANSI) or fonts.get(W_ASCII)
                    found.append((t, f"{font} U+{code:04X} typed"))
    return found


def without_symbol_font(rpr: etree._Element) -> None:
    """A copied run's properties without a symbol font (w:rFonts naming Symbol): new words
    written in it would print as Greek letters or pictures, not as the words."""
    for fonts in rpr.findall(W_RFONTS):
        if any(is_symbol_font(str(value)) for value in fonts.attrib.values()):
            rpr.remove(fonts)
