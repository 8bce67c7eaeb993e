"""The accepted view of a Word paragraph that holds revisions (insertions kept, deletions
skipped), as the readers see it, with each character's run so an edit can split runs at any
character. Word's Accept All and Reject All Changes are in revision_resolve (and named here
too, where the redline has always found them)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from itertools import repeat
from operator import itemgetter

from docx.oxml.ns import qn
from lxml import etree

from amendtool.core.pattern_store import compiled
from amendtool.io.oxml_element import OxmlElement
from amendtool.io.revision_resolve import (
    W_DEL,
    W_DELTEXT,
    W_INS,
    W_P,
    W_PPR,
    W_RPR,
    W_T,
    W_TBL,
    W_TR,
    W_TRPR,
    _first,
    _parent,
    accept_all,
    reject_all,
)
from amendtool.io.word_paragraphs import copied
from amendtool.io.word_symbols import W_SYM, run_symbol_fonts, shown_in_font, symbol_text
from amendtool.io.word_xml import MC_FALLBACK, W_FLDCHAR, W_TXBXCONTENT, FieldState, hidden_run

__all__ = [
    "NOTE_MARK_STYLE",
    "W_DEL",
    "W_DELTEXT",
    "W_INS",
    "W_P",
    "W_PPR",
    "W_R",
    "W_RPR",
    "W_T",
    "W_TBL",
    "W_TC",
    "W_TR",
    "W_TRPR",
    "Chars",
    "Runs",
    "_parent",
    "accept_all",
    "accepted_text",
    "reject_all",
]

# not the paragraph's own text: a text box's copy for older programs, and the text box's
# paragraphs, which the readers take as paragraphs of their own
_APART = (MC_FALLBACK, W_TXBXCONTENT)

W_R, W_TC = qn("w:r"), qn("w:tc")
_SKIPPED = (qn("w:del"), qn("w:moveFrom"), qn("w:pPr"), qn("w:rPr"), qn("w:instrText"))
_CONTENT = (qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr"), qn("w:noBreakHyphen"))
# the run that leads a note with its mark ("(1) ") where the offer's text was set in the
# house style: printed, but not part of the note's text that items change
NOTE_MARK_STYLE = "ATNoteMark"
_R_STYLE, _VAL, _NO_BREAK_HYPHEN = qn("w:rStyle"), qn("w:val"), qn("w:noBreakHyphen")
_SPACES = compiled(r"^\s+|\s\s+")  # what collapsing drops from: a lone space is kept


def _child(element: etree._Element, tag: str) -> etree._Element:
    found = _first(element, tag)
    if found is None:
        raise ValueError(f"{element.tag} has no {tag}")
    return found


Runs = list[etree._Element]


def accepted_text(paragraph: etree._Element, runs: Runs | None = None) -> str:
    """The map's characters, joined piece by piece: no pair is made for each character.
    `runs`: the paragraph's visible runs, when the caller has read them."""
    return "".join([text for text, _run, _spread in _pieces(paragraph, runs)])


def _visible_runs(paragraph: etree._Element) -> list[etree._Element]:
    """Runs whose text is in the accepted view, in order."""
    out: list[etree._Element] = []
    fields = FieldState()

    def visit(element: etree._Element) -> None:
        for child in element:
            if child.tag in _SKIPPED or child.tag in _APART:
                continue
            if child.tag == W_R:
                # Word prints neither hidden text nor a field's instruction
                printed = not fields.in_instruction and not hidden_run(_first(child, W_RPR))
                for mark in child.iterchildren(W_FLDCHAR):
                    fields.see(mark)
                if printed:
                    out.append(child)
            elif isinstance(child.tag, str):
                visit(child)

    visit(paragraph)
    return out


def _explode_runs(paragraph: etree._Element, runs: Runs | None = None) -> Runs | None:
    """One content element per run, so any character boundary is a run boundary. The
    paragraph's visible runs when none was split (as `_visible_runs` reads them again: the
    map need not walk the paragraph a second time), else None. `runs`: those the caller
    read."""
    runs = _visible_runs(paragraph) if runs is None else runs
    split = False
    for run in runs:
        contents = [c for c in run if c.tag != W_RPR]
        if len(contents) <= 1:
            continue
        split = True
        rpr = _first(run, W_RPR)
        previous = run
        for content in contents[1:]:
            piece = OxmlElement("w:r")
            if rpr is not None:
                piece.append(copied(rpr))
            piece.append(content)
            previous.addnext(piece)
            previous = piece
    return None if split else runs


def _char_map(
    paragraph: etree._Element, runs: Runs | None = None
) -> list[tuple[str, etree._Element]]:
    """Each accepted character with the run it belongs to (an edit maps the paragraph
    several times: the pairs are made in C, by zip, not one by one). `runs`: the
    paragraph's visible runs, when the caller has read them."""
    chars: list[tuple[str, etree._Element]] = []
    extend, append = chars.extend, chars.append
    for text, run, spread in _pieces(paragraph, runs):
        if spread:
            extend(zip(text, repeat(run, len(text)), strict=True))
        else:
            append((text, run))  # one place: a tab, a break, Insert > Symbol's own element
    return chars


def _pieces(
    paragraph: etree._Element, runs: Runs | None = None
) -> Iterator[tuple[str, etree._Element, bool]]:
    """The accepted text piece by piece, with its run: a text each of whose characters is a
    place of the map (`spread`), or one place (a tab, a break, a symbol)."""
    for run in _visible_runs(paragraph) if runs is None else runs:
        if _is_note_mark(run):
            continue
        in_font = run_symbol_fonts(_first(run, W_RPR))
        for child in run:
            tag = child.tag
            if tag == W_T:
                text = child.text
                if text and in_font:
                    text = shown_in_font(text, in_font)
                if text:
                    yield text, run, True
            elif tag in _CONTENT:
                yield ("-" if tag == _NO_BREAK_HYPHEN else " "), run, False
            elif tag == W_SYM and (shown := symbol_text(child)):
                yield shown, run, False


def _is_note_mark(run: etree._Element) -> bool:
    for properties in run.iterchildren(W_RPR):  # run.find("w:rPr/w:rStyle"), in C
        for style in properties.iterchildren(_R_STYLE):
            return style.get(_VAL) == NOTE_MARK_STYLE
    return False


def _raw_span(chars: list[tuple[str, etree._Element]], start: int, end: int) -> tuple[int, int]:
    """Collapsed-text offsets (as collapse_spaces gives) to raw character offsets."""
    text = "".join(map(itemgetter(0), chars))
    # leading white space is dropped, and each other run of it kept as its first character:
    # the characters dropped, as (raw offset, how many), found run by run, not one by one;
    # none, when the only white space printable text holds (a space) is never doubled
    dropped: list[tuple[int, int]] = []
    single = text.isprintable() and text[:1] != " " and "  " not in text
    for run in () if single else _SPACES.finditer(text):
        begin, stop = run.span()
        if begin == 0:
            dropped.append((0, stop))
        elif stop - begin > 1:
            dropped.append((begin + 1, stop - begin - 1))
    kept = len(text) - sum(count for _at, count in dropped)

    def raw(offset: int) -> int:
        if offset >= kept:
            return len(text)
        for at, count in dropped:
            if at > offset:
                break
            offset += count
        return offset

    raw_start = raw(start)
    return raw_start, raw(end) if end > start else raw_start


def _split_run(run: etree._Element, offset: int) -> etree._Element:
    """Split a single-text run at `offset`; return the second half."""
    t = _child(run, W_T)
    text = t.text or ""
    second = copied(run)
    t.text = text[:offset]
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    second_t = _child(second, W_T)
    second_t.text = text[offset:]
    second_t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    run.addnext(second)
    return second


Chars = list[tuple[str, etree._Element]]


def _split_at(paragraph: etree._Element, position: int, chars: Chars | None = None) -> Chars:
    """A run boundary at `position`; the paragraph's character map, kept current (the
    characters after the cut belong to the new run), so it need not be made again. A run's
    characters are one stretch of the map: its ends found by halving (each place at most
    asked once), not by listing the whole paragraph's runs at each cut, and its characters
    moved by the list's own slices, not one by one."""
    chars = _char_map(paragraph) if chars is None else chars
    if position <= 0 or position >= len(chars):
        return chars
    run = chars[position][1]
    if chars[position - 1][1] is run:
        first = bisect_left(chars, True, 0, position, key=lambda c: c[1] is run)
        last = bisect_left(chars, True, position, len(chars), key=lambda c: c[1] is not run)
        second = _split_run(run, position - first)
        letters = list(map(itemgetter(0), chars[position:last]))
        chars[position:last] = zip(letters, repeat(second, len(letters)), strict=True)
    return chars


def _isolate(
    paragraph: etree._Element, start: int, end: int, chars: Chars | None = None
) -> list[etree._Element]:
    """The runs that hold characters start to end, cut to hold no others; `chars` is the
    paragraph's current map, when the caller has it."""
    chars = _split_at(paragraph, end, chars)
    chars = _split_at(paragraph, start, chars)
    runs: list[etree._Element] = []
    for _, run in chars[start:end]:
        if not runs or runs[-1] is not run:
            runs.append(run)
    return runs


def _run_starting_at(
    paragraph: etree._Element, position: int, chars: Chars | None = None
) -> etree._Element:
    return _split_at(paragraph, position, chars)[position][1]
