"""How the lines of one block of EDGAR text become paragraphs: a heading wrapped onto two
lines, a line ended on purpose, rows and contents entries among prose, centred titles."""

from __future__ import annotations

import itertools
import re

from amendtool.core.pattern_store import compiled
from amendtool.core.structure import RawBlock

COLUMN_GAP = compiled(r"\S {3,}\S")
# "....... 3" or ". . . . 3", and "... 10" after a title too long for more dots (a page
# after it: three dots before a word end a sentence cut short)
_LEADER = compiled(
    r"(?:\. ?){4,}\s*\S{1,6}\s*$|\s\.{3}\s+(?:\d{1,4}|[ivxlcdm]{1,8}|[A-Z]-\d{1,3})\s*$", re.I
)


_NUMBERED_LINE = compiled(r"^\s*(?:SECTION\s+)?(?:\d{1,3}|[IVXL]{1,7})\.\s*[A-Z]")


def _capitals(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def join_wrapped_heading(lines: list[str]) -> list[str]:
    """'5.   INFORMATION CONCERNING ACME WIDGETS,' over '     INC.': a numbered heading in
    capitals that goes on to the next line is one line, so its title stays whole and its
    last word does not become a paragraph."""
    if not _NUMBERED_LINE.match(lines[0]) or not _capitals(lines[0]):
        return lines
    joined = lines[0].rstrip()
    count = 1
    while (
        count < min(len(lines), 3)
        and not joined.endswith((".", ":", "?"))
        and (joined[-1:].isalpha() or joined.endswith((",", ";", "&", "-")))
        and _capitals(lines[count])
        and not _NUMBERED_LINE.match(lines[count])
        and not COLUMN_GAP.search(lines[count].strip())
        and not _LEADER.search(lines[count])
    ):
        joined += " " + lines[count].strip()
        count += 1
    return [joined, *lines[count:]] if count > 1 else lines


def split_heading_line(lines: list[str], width: int) -> list[list[str]]:
    """Short capitalised lines, or a numbered title line, directly over prose: a heading."""
    if len(lines) < 2:
        return [lines]

    def capitals(line: str) -> bool:
        letters = [c for c in line if c.isalpha()]
        return len(letters) >= 4 and all(c.isupper() for c in letters)

    head = 0
    while head < min(len(lines) - 1, 3) and capitals(lines[head]):
        head += 1
    first = lines[0].strip()
    if (
        head == 0
        and re.match(r"^(?:section\s+)?\d{1,3}\.\s*[A-Z]", first, re.IGNORECASE)
        and first.endswith(".")
        and len(lines[0].rstrip()) < width * 0.9
    ):
        head = 1
    if head == 0 or lines[head - 1].strip().endswith(","):
        return [lines]
    following = lines[head]
    run_in = re.match(r"^\s*([^a-z]+?\.)\s+[A-Z][a-z]", following)
    if run_in and capitals(run_in.group(1)):
        return [lines]  # a run-in title wrapped onto its text's first line: "… THE OPTIONS. Our"
    if len(following.rstrip()) > width * 0.6 and any(c.islower() for c in following):
        return [lines[:head], lines[head:]]
    return [lines]


def split_short_lines(lines: list[str], width: int, axis: float | None = None) -> list[list[str]]:
    """A line that ends well short of the margin, when the next word would have fitted on
    it, was ended on purpose: a signature, an address, a date line ("Halvorsen Networks,
    Inc." over "March 26, 2026"). Wrapped prose fills its lines, and a sentence of it that
    ends early goes on in the same paragraph; centred titles stay whole."""
    if len(lines) > 1 and _signature_lines(lines, width, axis):
        return [[line] for line in lines]
    if len(lines) > 1 and all(_is_centred(line, width, axis) for line in lines):
        from amendtool.io.edgar_text_display_lines import display_lines

        return display_lines(lines)  # the issuer's name, a title, a legend: one each
    limit = width * 0.75
    cuts: list[int] = []
    for index in range(1, len(lines)):
        previous = lines[index - 1].rstrip()
        if len(previous) >= limit or previous.endswith("-"):
            continue  # a full line: wrapped prose
        next_word = lines[index].lstrip().split(" ", 1)[0]
        if len(previous) + 1 + len(next_word) < limit and next_word[:1].isupper():
            if _prose_goes_on(lines[(cuts or [0])[-1] : index + 1], limit):
                continue
            cuts.append(index)
    if not cuts or any(_is_centred(line, width, axis) for line in lines):
        return [lines]
    bounds = [0, *cuts, len(lines)]
    return [lines[a:b] for a, b in itertools.pairwise(bounds)]


def _signature_lines(lines: list[str], width: int, axis: float | None) -> bool:
    """Short lines set in to the right half of the page, none centred: a signing company's
    name over a date or a signer's name, each a line of its own."""
    return all(
        _indent(line) >= width * 0.4
        and not _is_centred(line, width, axis)
        and len(line.split()) <= 6
        for line in lines
    )


def _prose_goes_on(lines: list[str], limit: float) -> bool:
    """A short line inside wrapped prose (full lines before it) ends a sentence early, not
    the paragraph: EDGAR text sets paragraphs apart by a blank line, or starts one with an
    indent, so the next line goes on with it unless indented further."""
    *before, previous, following = lines
    if not any(len(line.rstrip()) >= limit for line in before):
        return False  # short lines only: a signature, an address, a date line
    return _indent(following) <= _indent(previous)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def split_tabular(
    lines: list[str], width: int, margin: int = 0, axis: float | None = None
) -> list[RawBlock]:
    """Rows and contents entries stand alone; prose lines around them stay one paragraph."""
    if len(lines) == 1:
        return [make_block(lines, width, tabular=False, margin=margin, axis=axis)]
    rowlike = [_rowlike(c) for c in lines]
    if sum(rowlike) < 2:
        return [make_block(lines, width, tabular=False, margin=margin, axis=axis)]
    out: list[RawBlock] = []
    prose: list[str] = []
    for index, (line, is_row) in enumerate(zip(lines, rowlike, strict=True)):
        continued = (
            index + 1 < len(lines)
            and rowlike[index + 1]
            and _LEADER.search(lines[index + 1])
            and lines[index + 1].startswith(" ")
            and not is_row
        )
        if is_row or continued:
            if prose:
                out.append(make_block(prose, width, tabular=False, margin=margin))
                prose = []
            if out and out[-1].single_line and getattr(out[-1], "_wrapped_entry", False):
                out[-1].text += " " + line.strip()
                out[-1]._wrapped_entry = False  # type: ignore[attr-defined]
                continue
            block = make_block([line], width, tabular=True)
            block._wrapped_entry = continued  # type: ignore[attr-defined]
            out.append(block)
        else:
            prose.append(line)
    if prose:
        out.append(make_block(prose, width, tabular=False, margin=margin))
    return out


def _rowlike(line: str) -> bool:
    """A row's line (columns apart by three spaces) or a contents entry's (leader dots);
    the patterns are tried only on a line with the spaces or dots they need."""
    if "   " in line and COLUMN_GAP.search(line.strip()):
        return True
    return (".." in line or ". ." in line) and _LEADER.search(line) is not None


def make_block(
    lines: list[str], width: int, tabular: bool, margin: int = 0, axis: float | None = None
) -> RawBlock:
    first = lines[0]
    centred = (
        len(lines) <= 3
        and all(_is_centred(line, width, axis) for line in lines)
        and not _flush_left(lines)
    )
    text = first.strip() if tabular else join_wrapped([line.strip() for line in lines])
    is_row = tabular and bool(COLUMN_GAP.search(first.strip())) and not re.search(r"\.{3,}", first)
    if is_row:
        text = "\t".join(re.split(r"\s{3,}", text))  # columns set apart by runs of spaces
    return RawBlock(
        text=text,
        centred=centred,
        quotation=not tabular and not centred and is_quotation(lines, margin),
        indent=len(first) - len(first.lstrip()),
        table_row=is_row,
        single_line=len(lines) == 1,
        line_count=len(lines),
    )


_LIST_MARK = compiled(r"^(?:\(?[a-zA-Z0-9]{1,4}[.)]|[•*\-–—·o])\s")
_QUOTE_MARKS = "\"“‘'"
QUOTATION_INDENT = 8  # a paragraph's first line is set in by five; a quotation by more


def is_quotation(lines: list[str], margin: int = 0) -> bool:
    """A passage quoted from another document, set in from the margin on every line (not
    only the first, as a paragraph is) and read as prose: an indenture's or a plan's words.
    A list item hangs from its mark, and a signature or title is no prose. `margin` is the
    column the file's prose starts from (a printer may set every line in)."""
    indents = [_indent(line) for line in lines]
    first = lines[0].strip()
    if _LIST_MARK.match(first) or len(" ".join(lines).split()) < 8:
        return False
    if not any(c.islower() for c in first):
        return False
    if len(lines) == 1:
        return indents[0] >= margin + QUOTATION_INDENT and first[:1] in _QUOTE_MARKS
    rest = indents[1:]
    return (
        min(rest) >= margin + QUOTATION_INDENT
        and max(rest) - min(rest) <= 1
        and indents[0] >= min(rest)
    )


def _flush_left(lines: list[str]) -> bool:
    """Lines of unequal length that all start in one column are set flush left (a passage
    set in from both margins), not centred: each centred line starts where its length puts it."""
    lengths = [len(line.strip()) for line in lines]
    return len({_indent(line) for line in lines}) == 1 and max(lengths) - min(lengths) > 2


def _is_centred(line: str, width: int, axis: float | None = None) -> bool:
    """Set in by as much on the left as is left on the right of the prose's measure, or
    centred on the column the file's titles are centred on (`axis`): a printer may centre
    titles on a narrower measure than the prose takes."""
    lead = len(line) - len(line.lstrip())
    trail = width - lead - len(line.strip())
    if lead < 6:
        return False
    if trail >= 2 and abs(lead - trail) <= max(6, width // 10):
        return True
    centre = lead + len(line.strip()) / 2
    return axis is not None and abs(centre - axis) <= max(3, width // 20)


def join_wrapped(lines: list[str]) -> str:
    """Re-join hard-wrapped lines; 'forward-' + 'looking' keeps its hyphen and no space.
    Built as a list and joined once, so a block of many lines costs its length, not its
    square."""
    pieces: list[str] = []
    tail = ""  # the last two characters joined so far
    for line in lines:
        hyphenated = tail.endswith("-") and len(tail) > 1 and tail[-2].isalpha()
        piece = line if not tail or (hyphenated and line[:1].islower()) else " " + line
        pieces.append(piece)
        tail = (tail + piece)[-2:]
    return "".join(pieces)


_SET_BLOCK_LINES = 10  # an address or a signature; a page or a document is longer
_DOTS = compiled(r"\.{3,}|(?:\. ){3,}")


def set_block(text: str) -> RawBlock | None:
    """A short block of lines set in HTML prose with <pre> (a depositary's address, line by
    line): one paragraph, its lines joined as lines set with <br> are, whatever their
    lengths; None for a title in capitals, columns, or more than one block (read as
    EDGAR text)."""
    lines = text.strip("\n").split("\n")
    if not 2 <= len(lines) <= _SET_BLOCK_LINES or not all(line.strip() for line in lines):
        return None
    if any(COLUMN_GAP.search(line.strip()) or _DOTS.search(line) for line in lines):
        return None  # a table's rows, or captions leading by dots to their values
    if all(_capitals(line) for line in lines):
        return None
    return RawBlock(text=" ".join(line.strip() for line in lines), line_count=len(lines))
