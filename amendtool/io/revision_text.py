"""The accepted view of a Word paragraph that holds revisions (insertions kept, deletions
skipped), as the readers see it, with each character's run so an edit can split runs at any
character; and Word's Accept All and Reject All Changes."""

from __future__ import annotations

import copy
from bisect import bisect_left
from collections.abc import Iterator
from itertools import repeat
from operator import itemgetter

from docx.oxml.ns import qn
from lxml import etree

from amendtool.core.pattern_store import compiled
from amendtool.io.oxml_element import OxmlElement
from amendtool.io.word_symbols import W_SYM, run_symbol_fonts, shown_in_font, symbol_text
from amendtool.io.word_xml import MC_FALLBACK, W_FLDCHAR, W_TXBXCONTENT, FieldState, hidden_run

# not the paragraph's own text: a text box's copy for older programs, and the text box's
# paragraphs, which the readers take as paragraphs of their own
_APART = (MC_FALLBACK, W_TXBXCONTENT)

W_T, W_R, W_P = qn("w:t"), qn("w:r"), qn("w:p")
W_DEL, W_INS, W_PPR, W_RPR = qn("w:del"), qn("w:ins"), qn("w:pPr"), qn("w:rPr")
W_DELTEXT = qn("w:delText")
W_TC, W_TRPR = qn("w:tc"), qn("w:trPr")
W_TBL, W_TR = qn("w:tbl"), qn("w:tr")
_SKIPPED = (qn("w:del"), qn("w:moveFrom"), qn("w:pPr"), qn("w:rPr"), qn("w:instrText"))
_CONTENT = (qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr"), qn("w:noBreakHyphen"))
# the run that leads a note with its mark ("(1) ") where the offer's text was set in the
# house style: printed, but not part of the note's text that items change
NOTE_MARK_STYLE = "ATNoteMark"
_R_STYLE, _VAL, _NO_BREAK_HYPHEN = qn("w:rStyle"), qn("w:val"), qn("w:noBreakHyphen")
_SPACES = compiled(r"^\s+|\s\s+")  # what collapsing drops from: a lone space is kept


def _parent(element: etree._Element) -> etree._Element:
    """The parent of an element that is known to be inside a document part."""
    parent = element.getparent()
    if parent is None:
        raise ValueError(f"{element.tag} is not attached to a document")
    return parent


def _child(element: etree._Element, tag: str) -> etree._Element:
    found = _first(element, tag)
    if found is None:
        raise ValueError(f"{element.tag} has no {tag}")
    return found


def _first(element: etree._Element, tag: str) -> etree._Element | None:
    """`element.find(tag)` for a child's tag, found in C: `find` parses and matches a path
    in Python, for each run of each paragraph mapped or cut."""
    for found in element.iterchildren(tag):
        return found
    return None


def _resolve_rows(root: etree._Element, drop: str) -> None:
    """Rows marked `drop` (w:del when accepting, w:ins when rejecting) go whole, and a
    table left with no row goes with them, as in Word."""
    for properties in list(root.iter(W_TRPR)):
        if properties.find(drop) is not None:
            row = _parent(properties)
            table = _parent(row)
            table.remove(row)
            if table.tag == W_TBL and table.find(W_TR) is None and table.getparent() is not None:
                _parent(table).remove(table)


def accepted_text(paragraph: etree._Element) -> str:
    """The map's characters, joined piece by piece: no pair is made for each character."""
    return "".join([text for text, _run, _spread in _pieces(paragraph)])


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


def _explode_runs(paragraph: etree._Element) -> None:
    """One content element per run, so any character boundary is a run boundary."""
    for run in _visible_runs(paragraph):
        contents = [c for c in run if c.tag != W_RPR]
        if len(contents) <= 1:
            continue
        rpr = _first(run, W_RPR)
        previous = run
        for content in contents[1:]:
            piece = OxmlElement("w:r")
            if rpr is not None:
                piece.append(copy.deepcopy(rpr))
            piece.append(content)
            previous.addnext(piece)
            previous = piece


def _char_map(paragraph: etree._Element) -> list[tuple[str, etree._Element]]:
    """Each accepted character with the run it belongs to (an edit maps the paragraph
    several times: the pairs are made in C, by zip, not one by one)."""
    chars: list[tuple[str, etree._Element]] = []
    extend, append = chars.extend, chars.append
    for text, run, spread in _pieces(paragraph):
        if spread:
            extend(zip(text, repeat(run, len(text)), strict=True))
        else:
            append((text, run))  # one place: a tab, a break, Insert > Symbol's own element
    return chars


def _pieces(paragraph: etree._Element) -> Iterator[tuple[str, etree._Element, bool]]:
    """The accepted text piece by piece, with its run: a text each of whose characters is a
    place of the map (`spread`), or one place (a tab, a break, a symbol)."""
    for run in _visible_runs(paragraph):
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
    second = copy.deepcopy(run)
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


# --- accepting and rejecting ------------------------------------------------------------
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
            anchor = following.find(W_PPR)
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
        if paragraph.find(W_PPR) is not ppr or ppr.find(W_RPR) is not rpr:
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
        before = change.find(W_PPR)
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
