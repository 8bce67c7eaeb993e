"""The filing for EDGAR: HTML (tags EDGAR accepts, nothing external) and ASCII (80 columns).

The same layout blocks as the Word documents; the employee notice, exhibit to the filing,
is its own EDGAR document.
"""

from __future__ import annotations

import dataclasses
import html
import re
from collections.abc import Iterator
from functools import lru_cache

from amendtool.core.clean_text import safe_for_output
from amendtool.core.layout import Block, Role
from amendtool.core.model import cell_paragraphs
from amendtool.core.offer_names import NEUTRAL_NOTICE
from amendtool.io.edgar_ascii import (
    LABEL_LINES,
    UnspellableCharacter,
    edgar_ascii,
    label_prefixes,
    label_widths,
)
from amendtool.io.edgar_text_layout import WIDTH, ascii_table, ascii_text, wrapped


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


def _html_text(text: str) -> str:
    """Escaped, without control or direction-override characters."""
    return html.escape(safe_for_output(text))


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
        if block.role is Role.MEMO:  # "To:", "From:": every value starts at one column
            out.append(_memo_line(block, page_break_style=style))
            continue
        if block.role in (Role.ITEM, Role.CHECKBOX, Role.EXHIBIT_LINE, Role.MEMO):
            text = f"{_html_text(block.label)}&nbsp;&nbsp;&nbsp;&nbsp;{text}"
        out.append(f'<p style="{style}">{text}</p>' if style else f"<p>{text}</p>")
    out += ["</body>", "</html>", ""]
    return "\n".join(out).encode("ascii", "xmlcharrefreplace").decode("ascii")


# a memo line's label column: as wide as the .docx's hanging indent (1 inch, 96 pixels)
_MEMO_LABEL = 'width="96" style="vertical-align:top;padding:0"'


def _memo_line(block: Block, page_break_style: str) -> str:
    """A memo line ("To:  Holders of Notes") as a row of two cells, the value in a column
    one inch from the margin, as the .docx's tab sets it: spaces after labels of different
    widths never line the values up, in a browser or in the app's PDF."""
    breaking = "page-break-before:always;" if "page-break-before" in page_break_style else ""
    return (
        f'<table cellpadding="0" cellspacing="0" style="{breaking}margin:0 0 6pt 0;'
        f'border-collapse:collapse"><tr><td {_MEMO_LABEL}>{_html_text(block.label)}</td>'
        f'<td style="vertical-align:top;padding:0">{_html_text(block.text)}</td></tr></table>'
    )


# quoted rows are set in as a quoted paragraph is (Role.QUOTE), their width what is left
_QUOTED_TABLE = "margin-left:1in;margin-right:0.5in;border-collapse:collapse"


def _table(rows: list[Block]) -> str:
    style = _QUOTED_TABLE if rows[0].quoted else "width:100%;border-collapse:collapse"
    lines = [f'<table style="{style}">']
    for row in rows:
        tag = "th" if row.role is Role.TABLE_HEADER else "td"
        spans = row.spans if row.spans and len(row.spans) == len(row.cells) else None
        spans = spans or (1,) * len(row.cells)  # a cell merged across columns, as filed
        cells = "".join(
            f"<{tag}{_colspan(span)} "
            f'style="text-align:left;vertical-align:top;padding:2pt">{_cell_html(c)}</{tag}>'
            for c, span in zip(row.cells, spans, strict=True)
            if span
        )
        lines.append(f"<tr>{cells}</tr>")
    lines.append("</table>")
    return "\n".join(lines)


def _colspan(span: int) -> str:
    return f' colspan="{span}"' if span > 1 else ""


def _cell_html(text: str) -> str:
    """One paragraph as it is; several each in a <p> of their own."""
    paragraphs = cell_paragraphs(text)
    if len(paragraphs) <= 1:
        return _html_text(" ".join(paragraphs))
    return "".join(f'<p style="margin:0 0 4pt 0">{_html_text(p)}</p>' for p in paragraphs)


# --- ASCII ----------------------------------------------------------------------------------
def blocks_to_ascii(blocks: list[Block], notice: str = NEUTRAL_NOTICE) -> str:
    """EDGAR ASCII: 80 columns, <PAGE> between pages, page numbers at the foot. `notice`:
    the notice exhibit as a refusal names where a character is ("notice to holders")."""
    pages: list[list[str]] = [[]]
    where = "the cover page"
    widths = label_widths(_ascii_labelled(blocks))
    for block in _tables_grouped(blocks):
        where = _place(block, where, f"the {notice}")
        try:
            if isinstance(block, list):
                quoted = block[0].quoted  # set in as a quoted paragraph is
                pages[-1] += ascii_table(block, indent=18 if quoted else 0)
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


def _place(block: Block | list[Block], last: str, notice: str) -> str:
    """Where a block is, for a refusal: the item it is part of, or the part of the filing
    (`notice`: the notice exhibit's name)."""
    if isinstance(block, list):
        return last
    if block.document == "exhibit" and not last.startswith(notice):
        last = notice
    if block.role is Role.ITEM and block.label.strip(" ."):
        return f"item {block.label.strip(' .')}"
    if block.role in (Role.HEADING, Role.HEADLINE, Role.SUBHEADING) and block.text:
        heading = " ".join(block.text.split())[:60]
        within = f"{notice}, " if block.document == "exhibit" else ""
        return f'{within}under "{heading}"'
    return last


def _wrap(text: str, first: str, rest: str, width: int = WIDTH - 2) -> list[str]:
    return list(ascii_wrapped(text, first, rest, width))


@lru_cache(maxsize=4096)
def ascii_wrapped(text: str, first: str, rest: str, width: int) -> tuple[str, ...]:
    """A paragraph's lines, kept: the notice exhibit quotes the filing's items, and each
    quoted paragraph is set again with the same indents (a refusal is not kept)."""
    return tuple(wrapped(ascii_text(text), width, first, rest) or [first.rstrip()])


def _centred(text: str) -> list[str]:
    return [line.strip().center(WIDTH).rstrip() for line in _wrap(text, "", "", WIDTH - 10)]


def _ascii_labelled(blocks: list[Block]) -> list[Block]:
    """The blocks with their labels as the .txt filing prints them (wider characters
    spelt out), so that the label column is measured on what is printed."""
    return [dataclasses.replace(b, label=ascii_text(b.label)) for b in blocks if b.label]


def _ascii_lines(block: Block, widths: dict[Role, int]) -> list[str]:
    role = block.role
    label = ascii_text(block.label)
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
        return [ascii_text(block.text).rjust(WIDTH - 2), ""]
    return _wrap(block.text, "", "")
