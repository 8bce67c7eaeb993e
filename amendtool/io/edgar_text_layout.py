"""The EDGAR .txt's lines: text spelt in 7-bit ASCII and kept from reading as markup, words
wrapped without cutting an entity or a tag-like sequence, and tables set in columns."""

from __future__ import annotations

import re
import textwrap

from amendtool.core.clean_text import safe_for_output
from amendtool.core.layout import Block, Role
from amendtool.core.model import cell_paragraphs
from amendtool.core.pattern_store import compiled
from amendtool.io.edgar_ascii import edgar_ascii

WIDTH = 80

# a "<" that EDGAR could take for the start of a tag in an ASCII document (<PAGE>, </TEXT>,
# <DOCUMENT>): the text is set apart from it by a space
_TAG_LIKE = compiled(r"<(?=[A-Za-z/!?])")


def ascii_text(text: str) -> str:
    """Text for the ASCII document: 7-bit, each other character spelt by the reviewed table
    (io/edgar_ascii.py) or refused, and never read by EDGAR as markup."""
    return _TAG_LIKE.sub("< ", edgar_ascii(safe_for_output(text)))


# what a reader takes as one thing, never cut by a line break: an entity (&amp; &#8212;), and
# a tag-like sequence the writer set apart ("< PAGE>": cut after "<", a line would begin
# "PAGE>" and the "<" would end the line before)
_WHOLE = compiled(r"&#?[A-Za-z0-9]{1,31};|<\x00?[^<>\s]{1,40}>")
_GLUE = "\x00"  # holds "<" to the word after it while wrapping; a space again after
# text the wrapper gives back as it is when it fits: no tab, line break, glue or "< ", and
# nothing it drops at either end (ASCII text, as ascii_text makes it)
_ONE_LINE = compiled(r"(?![ ])(?:(?!< )[\x20-\x7e])+(?<![ ])")


class _Wrapper(textwrap.TextWrapper):
    """Breaks a word longer than the line (a web address) before an entity or tag-like
    sequence that the break would cut."""

    def _handle_long_word(
        self, reversed_chunks: list[str], cur_line: list[str], cur_len: int, width: int
    ) -> None:
        chunk = reversed_chunks[-1]
        end = max(width - cur_len, 1)
        for match in _WHOLE.finditer(chunk):
            if match.start() < end < match.end():
                end = match.start()
                break
        if end == 0:  # the line is empty: the whole sequence, rather than a cut
            end = next(m.end() for m in _WHOLE.finditer(chunk) if m.start() == 0)
            if cur_line:
                return  # it goes on the next line
        cur_line.append(chunk[:end])
        reversed_chunks[-1] = chunk[end:]


def wrapped(text: str, width: int, first: str = "", rest: str = "") -> list[str]:
    """`text` in lines of at most `width` characters, the first led by `first`, the others
    by `rest`, as textwrap sets them."""
    if _ONE_LINE.fullmatch(text) and "  " not in text:
        lines = _cut_at_spaces(text, width, first, rest)
        if lines is not None:
            return lines
    return _textwrapped(text, width, first, rest)


def _cut_at_spaces(text: str, width: int, first: str, rest: str) -> list[str] | None:
    """Words of plain text, one space apart, wrapped as textwrap wraps them: each line cut at
    the last space that fits, the space dropped. None when a word is longer than its line
    (textwrap breaks it, and keeps an entity or tag-like sequence whole: _Wrapper)."""
    lines = []
    start, lead = 0, first
    while True:
        room = width - len(lead)
        if len(text) - start <= room:  # the rest fits (most cells of a long table)
            lines.append(lead + text[start:])
            return lines
        cut = text.rfind(" ", start, start + room + 1) if room > 0 else -1
        if cut < 0:
            return None
        following = text.find(" ", cut + 1)  # the end of the word the line left out
        if following < 0:
            following = len(text)
        if cut < start + room and following - cut - 1 > room:
            return None  # textwrap starts a word longer than a line on the line it ends
        lines.append(lead + text[start:cut])
        start, lead = cut + 1, rest


def _textwrapped(text: str, width: int, first: str, rest: str) -> list[str]:
    wrapper = _Wrapper(width, initial_indent=first, subsequent_indent=rest, break_on_hyphens=False)
    glued = text.replace("< ", "<" + _GLUE)
    return [line.replace(_GLUE, " ") for line in wrapper.wrap(glued)]


def ascii_table(rows: list[Block], indent: int = 0) -> list[str]:
    """Columns padded to their widest cell (at most 30 characters, wrapping past that); the
    last column takes the rest of the line and wraps within it. A column of figures is set
    right-aligned, its heading too, as a filer's typesetter sets it. `indent`: quoted rows
    are set in from both margins as a quoted paragraph is (18 columns in, 4 short).

    A row whose cells wrap is still read as one row: its figures, and the cell that closes
    a quotation, stand on the row's last line, beside the end of its wrapped words (as a
    financial printer sets a long label over its figures), so a quotation closes after
    everything the row says; a quotation's closing mark hangs past a column of figures."""
    cells = [[[ascii_text(p) for p in cell_paragraphs(c)] for c in row.cells] for row in rows]
    count = max(len(r) for r in cells)
    widths = [
        max((len(_unmarked(p)) for r in cells if i < len(r) for p in r[i]), default=0)
        for i in range(count)
    ]
    figures = _figure_columns(rows, cells, count)
    room = WIDTH - 2 - (indent + 4 if indent else 0)
    lead = [min(w, 30 if not indent else 20) + 3 for w in widths[:-1]]
    last = max(room - sum(lead), 16)
    if count - 1 in figures:
        last = min(last, max(widths[-1], 1))
        lead = _widened(lead, widths, room - sum(lead) - last - 1)

    def set_cell(text: str, width: int, column: int) -> str:
        if column not in figures:
            return text.ljust(width)
        figure = _unmarked(text)  # the closing mark hangs past the figures' column
        return figure.rjust(width) + text[len(figure) :]

    lines: list[str] = []
    for row, texts in zip(rows, cells, strict=True):
        texts = texts + [[]] * (count - len(texts))
        # a figure's closing mark hangs past its column: no reason to wrap it
        columns = [
            _wrap_cell(t, w - 3 + (i in figures))
            for i, (t, w) in enumerate(zip(texts, lead, strict=False))
        ]
        columns.append(_wrap_cell(texts[-1], last + (count - 1 in figures)))
        if row.role is Role.TABLE_ROW:
            columns = _on_last_line(columns, figures | _closing(row, texts))
        for k in range(max(len(c) for c in columns)):
            line = ""
            for i, (c, w) in enumerate(zip(columns, lead, strict=False)):
                line = _joined(line, set_cell(c[k] if k < len(c) else "", w - 3, i) + "   ")
            tail = columns[-1][k] if k < len(columns[-1]) else ""
            lines.append(_joined(line, set_cell(tail, last, count - 1)).rstrip())
        if row.role is Role.TABLE_HEADER:  # a rule under each heading (none under none)
            ruled = [i < len(texts) and bool(texts[i]) for i in range(count)]
            rule = "".join(
                set_cell("-" * min(widths[i], w - 3) * ruled[i], w - 3, i) + "   "
                for i, w in enumerate(lead)
            )
            tail = "-" * min(widths[-1], last) * ruled[-1]
            lines.append((rule + set_cell(tail, last, count - 1)).rstrip())
    return [" " * indent + line if line else line for line in lines] + [""]


def _unmarked(text: str) -> str:
    """A cell's text without the quotation's closing mark that ends it ('$22.95"')."""
    return text[:-1] if text.endswith('"') and text.count('"') % 2 else text


def _joined(line: str, cell: str) -> str:
    """A cell set after the line so far: a closing mark that hung past the column before
    takes one of the spaces between the columns."""
    hung = len(line) - len(line.rstrip(" ")) < 3 and line.rstrip(" ").endswith('"')
    return line + (cell[1:] if hung and cell.startswith(" ") else cell)


def _widened(lead: list[int], widths: list[int], spare: int) -> list[int]:
    """The room a last column of figures leaves, given to the columns of words that would
    wrap, left to right: a label that fits on the line is set on one line."""
    out = list(lead)
    for i, width in enumerate(widths[: len(lead)]):
        more = min(max(width + 3 - out[i], 0), max(spare, 0))
        out[i] += more
        spare -= more
    return out


def _closing(row: Block, texts: list[list[str]]) -> set[int]:
    """The column whose cell closes a quoted row's quotation (its last words)."""
    if not row.quoted:
        return set()
    filled = [i for i, t in enumerate(texts) if any(p.strip() for p in t)]
    if filled and texts[filled[-1]][-1].endswith('"'):
        return {filled[-1]}
    return set()


def _on_last_line(columns: list[list[str]], lowered: set[int]) -> list[list[str]]:
    """The `lowered` columns' lines moved down to end on the row's last line."""
    depth = max(len(c) for c in columns)
    return [
        [""] * (depth - len(c)) + c if i in lowered and any(c) else c for i, c in enumerate(columns)
    ]


# a figure as tables print it: "$24.50", "(1,250)", "12.5%", "17.35 (1)", "--", "N/A"
_FIGURE = compiled(
    r"^(?:\(?[$€£]?\s?[-–—]?\d[\d,]*(?:\.\d+)?%?\)?(?:\s*\(\d{1,2}\)|\*{1,3})?"
    r"|[-–—]{1,3}|N/?A|nil)$",
    re.I,
)


def _figure_columns(rows: list[Block], cells: list[list[list[str]]], count: int) -> set[int]:
    """The columns (after the first) whose cells are figures, headings and a first row of
    column titles ("", "HIGH", "LOW": its first cell empty) left out."""
    titled = bool(cells and cells[0] and not cells[0][0])
    out = set()
    for column in range(1, count):
        values = [
            " ".join(r[column])
            for n, (row, r) in enumerate(zip(rows, cells, strict=True))
            if not (n == 0 and titled)
            and row.role is not Role.TABLE_HEADER
            and column < len(r)
            and r[column]
        ]
        # a quoted row's figure keeps the quotation's closing mark ('21.00"')
        if values and all(_FIGURE.match(v.strip().strip('"')) for v in values):
            out.add(column)
    return out


def _wrap_cell(paragraphs: list[str], width: int) -> list[str]:
    """A cell's paragraphs wrapped to its column, a blank line between them."""
    lines: list[str] = []
    for paragraph in paragraphs:
        if lines:
            lines.append("")
        lines += wrapped(paragraph, width) or [""]
    return lines or [""]
