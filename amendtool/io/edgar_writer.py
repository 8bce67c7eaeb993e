"""The filing for EDGAR: HTML (tags EDGAR accepts, nothing external) and ASCII (80 columns).

The same layout blocks as the Word documents; the employee notice, exhibit to the filing,
is its own EDGAR document.
"""

from __future__ import annotations

import dataclasses
import html
import re
import textwrap
from collections.abc import Iterator

from amendtool.core.clean_text import safe_for_output
from amendtool.core.layout import Block, Role
from amendtool.core.model import cell_paragraphs
from amendtool.io.ascii_labels import LABEL_LINES, label_prefixes, label_widths
from amendtool.io.edgar_ascii import UnspellableCharacter, edgar_ascii

WIDTH = 80


def exhibit_file_stem(label: str) -> str:
    """'(a)(11)' → 'exhibit-a11' (EDGAR: lower case, letters, digits, hyphens)."""
    return "exhibit-" + re.sub(r"[^a-z0-9]", "", label.lower())


def _tables_grouped(blocks: list[Block]) -> Iterator[Block | list[Block]]:
    """The blocks, with each run of table rows gathered into one list (one table)."""
    rows: list[Block] = []
    for block in blocks:
        if block.role in (Role.TABLE_HEADER, Role.TABLE_ROW):
            rows.append(block)
            continue
        if rows:
            yield rows
            rows = []
        yield block
    if rows:
        yield rows


def split_documents(blocks: list[Block]) -> tuple[list[Block], list[Block]]:
    filing = [b for b in blocks if b.document == "filing"]
    exhibit = [b for b in blocks if b.document == "exhibit"]
    while filing and filing[-1].role is Role.PAGE_BREAK:
        filing.pop()
    return filing, exhibit


# --- the output gate ---------------------------------------------------------------------------
# a "<" that EDGAR could take for the start of a tag in an ASCII document (<PAGE>, </TEXT>,
# <DOCUMENT>): the text is set apart from it by a space
_TAG_LIKE = re.compile(r"<(?=[A-Za-z/!?])")


def _html_text(text: str) -> str:
    """Escaped, without control or direction-override characters."""
    return html.escape(safe_for_output(text))


def _ascii(text: str) -> str:
    """Text for the ASCII document: 7-bit, each other character spelt by the reviewed table
    (io/edgar_ascii.py) or refused, and never read by EDGAR as markup."""
    return _TAG_LIKE.sub("< ", edgar_ascii(safe_for_output(text)))


# --- HTML -----------------------------------------------------------------------------------
_HTML_STYLE = {
    Role.CENTER: "text-align:center;margin:0",
    Role.CENTER_BOLD: "text-align:center;font-weight:bold;margin:0 0 6pt 0",
    Role.CAPTION: "text-align:center;font-size:10pt;margin:0 0 6pt 0",
    Role.BODY: "text-align:justify;text-indent:0.5in",
    Role.HEADING: "font-weight:bold",
    Role.ITEM: "text-align:justify;text-indent:0.5in",
    Role.QUOTE: "text-align:justify;margin-left:1in;margin-right:0.5in",
    Role.EXHIBIT_LINE: "margin-left:1.75in;text-indent:-0.75in",
    Role.SIGNATURE: "margin:0 0 0 3.25in",
    Role.RIGHT: "text-align:right;font-weight:bold",
    Role.MEMO: "margin:0 0 6pt 1in;text-indent:-1in",
    Role.CHECKBOX: "margin-left:0.5in;text-indent:-0.5in",
    Role.PLAIN: "",
    Role.HEADLINE: "font-weight:bold;font-size:14pt;margin:12pt 0 6pt 0",
    Role.SUBHEADING: "font-weight:bold;margin:6pt 0 0 0",
    Role.TEXT: "text-align:left",
}


def blocks_to_html(blocks: list[Block], title: str) -> str:
    out = [
        "<html>",
        "<head>",
        f"<title>{_html_text(title)}</title>",
        "</head>",
        "<body style=\"font-family:'Times New Roman',serif;font-size:12pt\">",
    ]
    page_break = False
    for block in _tables_grouped(blocks):
        if isinstance(block, list):
            out.append(_table(block))
            continue
        if block.role is Role.PAGE_BREAK:
            page_break = True
            continue
        style = _HTML_STYLE.get(block.role, "")
        if page_break:
            style = "page-break-before:always;" + style
            page_break = False
        if block.role is Role.RULE:
            width = "2in" if block.label != "signature" else "2.5in"
            margin = "auto" if block.label != "signature" else "0 0 0 3.25in"
            out.append(
                f'<hr style="width:{width};margin:{margin};border:0;border-top:1px solid #000000">'
            )
            continue
        text = _html_text(block.text)
        if block.role in (Role.ITEM, Role.CHECKBOX, Role.EXHIBIT_LINE, Role.MEMO):
            text = f"{_html_text(block.label)}&nbsp;&nbsp;&nbsp;&nbsp;{text}"
        out.append(f'<p style="{style}">{text}</p>' if style else f"<p>{text}</p>")
    out += ["</body>", "</html>", ""]
    return "\n".join(out).encode("ascii", "xmlcharrefreplace").decode("ascii")


def _table(rows: list[Block]) -> str:
    lines = ['<table style="width:100%;border-collapse:collapse">']
    for row in rows:
        tag = "th" if row.role is Role.TABLE_HEADER else "td"
        cells = "".join(
            f'<{tag} style="text-align:left;vertical-align:top;padding:2pt">{_cell_html(c)}</{tag}>'
            for c in row.cells
        )
        lines.append(f"<tr>{cells}</tr>")
    lines.append("</table>")
    return "\n".join(lines)


def _cell_html(text: str) -> str:
    """One paragraph as it is; several each in a <p> of their own."""
    paragraphs = cell_paragraphs(text)
    if len(paragraphs) <= 1:
        return _html_text(" ".join(paragraphs))
    return "".join(f'<p style="margin:0 0 4pt 0">{_html_text(p)}</p>' for p in paragraphs)


# --- ASCII ----------------------------------------------------------------------------------
def blocks_to_ascii(blocks: list[Block]) -> str:
    """EDGAR ASCII: 80 columns, <PAGE> between pages, page numbers at the foot."""
    pages: list[list[str]] = [[]]
    where = "the cover page"
    widths = label_widths(_ascii_labelled(blocks))
    for block in _tables_grouped(blocks):
        where = _place(block, where)
        try:
            if isinstance(block, list):
                pages[-1] += _ascii_table(block)
                continue
            if block.role is Role.PAGE_BREAK:
                pages.append([])
                continue
            pages[-1] += _ascii_lines(block, widths)
        except UnspellableCharacter as exc:
            raise exc.at(where) from None
    out = []
    for number, lines in enumerate(pages, start=1):
        body: list[str] = []
        for line in lines:
            if line or (body and body[-1]):
                body.append(line)  # no leading or doubled blank lines
        if number > 1:
            body += ["", "", str(number).center(WIDTH).rstrip()]
        out.append("\n".join(body))
    return edgar_ascii("\n<PAGE>\n".join(out) + "\n")


def _place(block: Block | list[Block], last: str) -> str:
    """Where a block is, for a refusal: the item it is part of, or the part of the filing."""
    if isinstance(block, list):
        return last
    if block.document == "exhibit" and not last.startswith("the employee notice"):
        last = "the employee notice"
    if block.role is Role.ITEM and block.label.strip(" ."):
        return f"item {block.label.strip(' .')}"
    if block.role in (Role.HEADING, Role.HEADLINE, Role.SUBHEADING) and block.text:
        heading = " ".join(block.text.split())[:60]
        notice = "the employee notice, " if block.document == "exhibit" else ""
        return f'{notice}under "{heading}"'
    return last


def _wrap(text: str, first: str, rest: str, width: int = WIDTH - 2) -> list[str]:
    return _wrapped(_ascii(text), width, first, rest) or [first.rstrip()]


# what a reader takes as one thing, never cut by a line break: an entity (&amp; &#8212;), and
# a tag-like sequence the writer set apart ("< PAGE>": cut after "<", a line would begin
# "PAGE>" and the "<" would end the line before)
_WHOLE = re.compile(r"&#?[A-Za-z0-9]{1,31};|<\x00?[^<>\s]{1,40}>")
_GLUE = "\x00"  # holds "<" to the word after it while wrapping; a space again after


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


def _wrapped(text: str, width: int, first: str = "", rest: str = "") -> list[str]:
    wrapper = _Wrapper(width, initial_indent=first, subsequent_indent=rest, break_on_hyphens=False)
    glued = text.replace("< ", "<" + _GLUE)
    return [line.replace(_GLUE, " ") for line in wrapper.wrap(glued)]


def _centred(text: str) -> list[str]:
    return [line.strip().center(WIDTH).rstrip() for line in _wrap(text, "", "", WIDTH - 10)]


def _ascii_table(rows: list[Block]) -> list[str]:
    """Columns padded to their widest cell (at most 30 characters, wrapping past that); the
    last column takes the rest of the line and wraps within it. A column of figures is set
    right-aligned, its heading too, as a filer's typesetter sets it."""
    cells = [[[_ascii(p) for p in cell_paragraphs(c)] for c in row.cells] for row in rows]
    count = max(len(r) for r in cells)
    widths = [
        max((len(p) for r in cells if i < len(r) for p in r[i]), default=0) for i in range(count)
    ]
    figures = _figure_columns(rows, cells, count)
    lead = [min(w, 30) + 3 for w in widths[:-1]]
    last = max(WIDTH - 2 - sum(lead), 16)
    if count - 1 in figures:
        last = min(last, max(widths[-1], 1))

    def set_cell(text: str, width: int, column: int) -> str:
        return text.rjust(width) if column in figures else text.ljust(width)

    lines: list[str] = []
    for row, texts in zip(rows, cells, strict=True):
        texts = texts + [[]] * (count - len(texts))
        columns = [_wrap_cell(t, w - 3) for t, w in zip(texts, lead, strict=False)]
        columns.append(_wrap_cell(texts[-1], last))
        for k in range(max(len(c) for c in columns)):
            line = "".join(
                set_cell(c[k] if k < len(c) else "", w - 3, i) + "   "
                for i, (c, w) in enumerate(zip(columns, lead, strict=False))
            )
            tail = columns[-1][k] if k < len(columns[-1]) else ""
            lines.append((line + set_cell(tail, last, count - 1)).rstrip())
        if row.role is Role.TABLE_HEADER:  # a rule under each heading (none under none)
            ruled = [i < len(texts) and bool(texts[i]) for i in range(count)]
            rule = "".join(
                set_cell("-" * min(widths[i], w - 3) * ruled[i], w - 3, i) + "   "
                for i, w in enumerate(lead)
            )
            tail = "-" * min(widths[-1], last) * ruled[-1]
            lines.append((rule + set_cell(tail, last, count - 1)).rstrip())
    return [*lines, ""]


# a figure as tables print it: "$24.50", "(1,250)", "12.5%", "17.35 (1)", "--", "N/A"
_FIGURE = re.compile(
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
        if values and all(_FIGURE.match(v.strip()) for v in values):
            out.add(column)
    return out


def _wrap_cell(paragraphs: list[str], width: int) -> list[str]:
    """A cell's paragraphs wrapped to its column, a blank line between them."""
    lines: list[str] = []
    for paragraph in paragraphs:
        if lines:
            lines.append("")
        lines += _wrapped(paragraph, width) or [""]
    return lines or [""]


def _ascii_labelled(blocks: list[Block]) -> list[Block]:
    """The blocks with their labels as the .txt filing prints them (wider characters
    spelt out), so that the label column is measured on what is printed."""
    return [dataclasses.replace(b, label=_ascii(b.label)) for b in blocks if b.label]


def _ascii_lines(block: Block, widths: dict[Role, int]) -> list[str]:
    role = block.role
    label = _ascii(block.label)
    if role in LABEL_LINES:  # check boxes, items, exhibit lines, memo fields
        first, rest = label_prefixes(role, label, widths)
        lead = [""] if role is Role.CHECKBOX else []
        return [*lead, *_wrap(block.text, first, rest), ""]
    if role in (Role.CENTER, Role.CAPTION):
        return _centred(block.text)
    if role is Role.CENTER_BOLD:
        return ["", *_centred(block.text), ""]
    if role is Role.RULE:
        if block.label == "signature":
            return [" " * 42 + "-" * 36]
        return ["", ("-" * 16).center(WIDTH).rstrip(), ""]
    if role is Role.BODY:
        return [*_wrap(block.text, " " * 9, ""), ""]
    if role in (Role.HEADING, Role.PLAIN, Role.TEXT):
        return [*_wrap(block.text, "", ""), ""]
    if role is Role.HEADLINE:
        return ["", *_wrap(block.text.upper(), "", ""), ""]
    if role is Role.SUBHEADING:
        return _wrap(block.text, "", "")
    if role is Role.QUOTE:
        return [*_wrap(block.text, " " * 18, " " * 18, WIDTH - 6), ""]
    if role is Role.SIGNATURE:
        return _wrap(block.text, " " * 42, " " * 45)
    if role is Role.RIGHT:
        return [_ascii(block.text).rjust(WIDTH - 2), ""]
    return _wrap(block.text, "", "")
