"""Sets a corpus offer as 2020s EDGAR HTML: styled <p> blocks, headings in <b> or bold
styles, hanging-indent tables for clauses, one <table> per printed page for a two-column
summary term sheet, a centred folio and a CSS page break at each foot."""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any

from tests.corpus.markup import Block, Item, PageBreak, Row, pieces

_FONT = "font-family:'Times New Roman',Times,serif;font-size:10pt"


@dataclass
class HtmlStyle:
    title: str = "Offer to Purchase"
    headings: str = "b"  # b: <p><b>…</b></p>; styled: <p style="font-weight:bold">; hanging
    page_break: str = "hr"  # hr: <hr style="page-break-after:always">; hr-plain; div: break-before
    lists: str = "table"  # table: hanging-indent table; p: a paragraph with a negative indent
    folio: str = "{n}"
    dollar_cells: bool = False  # "$" in a cell of its own, as typesetting programs set it
    question_style: str = "b"  # b | italic-b
    # a table's "[caption]" set as its <caption>, printed again "(continued)" over the rest
    # of the table on the next page (otherwise a centred row spanning the table)
    caption_element: bool = False
    pre_cells: bool = False  # a cell "line // line" set as a <pre> block, a line each

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> HtmlStyle:
        known = cls.__dataclass_fields__
        return cls(**{k: v for k, v in data.items() if k in known})


def _inline(source: str) -> str:
    out = ""
    for kind, value in pieces(source):
        if kind == "text":
            out += html.escape(value, quote=False)
        elif kind == "bold":
            out += f"<b>{html.escape(value, quote=False)}</b>"
        elif kind == "fn":
            out += f'<sup style="font-size:75%;vertical-align:top">({value})</sup>'
    return " ".join(out.split())


def _p(content: str, style: str = "") -> str:
    return f'<p style="margin:0pt 0pt 10pt 0pt;{_FONT};{style}">{content}</p>'


class _Writer:
    def __init__(self, style: HtmlStyle) -> None:
        self.style = style
        self.out: list[str] = []
        self.label: str | None = None
        self.footnotes: list[str] = []
        self.started = False

    def new_page(self, label: str | None) -> None:
        if self.started:
            self.end_page()
            if self.style.page_break == "hr":
                self.out.append('<hr style="page-break-after:always"/>')
            elif self.style.page_break == "hr-plain":  # a rule and nothing else marks the page
                self.out.append('<hr noshade="noshade" size="2" width="100%"/>')
            else:
                self.out.append('<div style="page-break-before:always"></div>')
        self.started = True
        self.label = label

    def end_page(self) -> None:
        self.out += self.footnotes
        self.footnotes = []
        if self.label is not None:
            folio = html.escape(self.style.folio.format(n=self.label))
            self.out.append(_p(folio, "text-align:center;margin-top:18pt"))


def render_html(items: list[Item], style: HtmlStyle) -> str:
    writer = _Writer(style)
    runin: str | None = None
    for item in items:
        if isinstance(item, PageBreak):
            writer.new_page(item.label)
            continue
        if item.tag == "h" and "runin" in item.options:
            runin = item.text
            continue
        if runin is not None:
            item = Block(item.tag, f"**{runin}** {item.text}", item.options, item.rows)
            runin = None
        _block(writer, item)
    writer.end_page()
    head = f"<html><head><title>{html.escape(style.title)}</title></head>"
    body = "\n".join(writer.out)
    return f'{head}\n<body style="{_FONT}">\n<div>\n{body}\n</div>\n</body></html>\n'


def _block(w: _Writer, block: Block) -> None:
    tag, style = block.tag, w.style
    if tag in ("center", "part"):
        w.out.append(_p(f"<b>{_inline(block.text)}</b>", "text-align:center"))
    elif tag == "h":
        number, _, title = block.text.partition(" ")
        if style.headings == "hanging" and number.rstrip(".").isdigit():
            w.out.append(_hanging(html.escape(number), f"<b>{_inline(title)}</b>"))
        elif style.headings == "styled":
            w.out.append(_p(_inline(block.text), "font-weight:bold"))
        else:
            w.out.append(_p(f"<b>{_inline(block.text)}</b>"))
    elif tag == "sub":
        w.out.append(_p(f"<b><i>{_inline(block.text)}</i></b>"))
    elif tag == "q":
        text = _inline(block.text)
        w.out.append(
            _p(f"<b><i>{text}</i></b>" if style.question_style != "b" else f"<b>{text}</b>")
        )
    elif tag == "p":
        _paragraph(w, block.text)
    elif tag in ("li", "bullet"):
        label, text = block.text.split(" ", 1) if tag == "li" else ("&#8226;", block.text)
        if style.lists == "table":
            w.out.append(_hanging(html.escape(label) if tag == "li" else label, _inline(text)))
        else:
            w.out.append(
                _p(f"{label}&#160;&#160;{_inline(text)}", "margin-left:36pt;text-indent:-18pt")
            )
    elif tag == "quote":
        w.out.append(f"<blockquote>{_p(_inline(block.text))}</blockquote>")
    elif tag == "fn":
        number = block.options[0]
        w.footnotes.append(
            _p(f"<sup>({number})</sup>&#160;{_inline(block.text)}", "font-size:8pt;margin-top:6pt")
        )
    elif tag == "sig":
        w.out.append(_p(_inline(block.text), "margin-bottom:0pt"))
    elif tag == "toc":
        title, page = (c.strip() for c in block.text.rsplit("|", 1))
        w.out.append(
            f'<table style="width:100%"><tr><td>{_inline(title)}</td>'
            f'<td style="text-align:right">{html.escape(page)}</td></tr></table>'
        )
    elif tag == "table":
        _table(w, block)
    elif tag == "terms":
        _terms(w, block)
    else:
        raise ValueError(f"EDGAR HTML has no way to set [{tag}]")


def _paragraph(w: _Writer, source: str) -> None:
    chunk = ""
    indent = "text-indent:24pt;text-align:justify"
    for kind, value in pieces(source):
        if kind == "page":
            w.out.append(_p(_inline(chunk), indent))
            w.new_page(None if value == "-" else value)
            chunk, indent = "", "text-align:justify"
        elif kind == "bold":
            chunk += f"**{value}**"
        elif kind == "fn":
            chunk += f"[^{value}]"
        else:
            chunk += value
    w.out.append(_p(_inline(chunk), indent))


def _hanging(label: str, content: str) -> str:
    return (
        f'<table style="width:100%;border-collapse:collapse;{_FONT}"><tr>'
        f'<td style="width:36pt;vertical-align:top">{label}</td>'
        f'<td style="vertical-align:top;text-align:justify">{content}</td></tr></table>'
    )


def _cells(row: Row, head: bool, dollars: bool, pre: bool = False) -> str:
    out = ""
    for index, cell in enumerate(row.cells):
        text = _inline(cell)
        if pre and " // " in cell:
            lines = "\n".join(html.escape(line.strip(), quote=False) for line in cell.split(" // "))
            out += f'<td style="vertical-align:top"><pre>{lines}\n</pre></td>'
            continue
        if head:
            text = f"<b>{text}</b>"
        align = "left" if index == 0 else "right"
        if dollars and index and cell.startswith("$"):
            out += '<td style="text-align:right">$</td>'
            out += f'<td style="text-align:right">{_inline(cell[1:])}</td>'
        elif dollars and index and head:
            out += f'<td colspan="2" style="text-align:center">{text}</td>'
        else:
            out += f'<td style="text-align:{align};vertical-align:bottom">{text}</td>'
    return f"<tr>{out}</tr>"


def _table(w: _Writer, block: Block) -> None:
    rows = [r for r in block.rows if isinstance(r, Row)]
    columns = max(len(r.cells) for r in rows if r.kind != "group")
    span = columns * 2 - 1 if w.style.dollar_cells else columns
    heads = [r for r in rows if r.kind == "head"]
    opening = f'<table style="width:100%;border-collapse:collapse;{_FONT}">'
    captions = [r.cells[0] for r in rows if r.kind == "caption"]
    caption = captions[0] if captions and w.style.caption_element else None
    w.out.append(opening + (f"<caption><b>{_inline(caption)}</b></caption>" if caption else ""))
    w.out += [_cells(h, True, w.style.dollar_cells) for h in heads]
    for row in block.rows:
        if isinstance(row, PageBreak):
            w.out.append("</table>")
            w.new_page(row.label)
            again = f"<caption><b>{_inline(caption)} (continued)</b></caption>" if caption else ""
            w.out.append(opening + again)
            w.out += [_cells(h, True, w.style.dollar_cells) for h in heads]
        elif row.kind == "caption" and caption is not None:
            continue  # set as the table's <caption>
        elif row.kind == "group":
            w.out.append(f'<tr><td colspan="{span}"><b>{_inline(row.cells[0])}</b></td></tr>')
        elif row.kind == "caption":
            cell = f'<td colspan="{span}" style="text-align:center">{_inline(row.cells[0])}</td>'
            w.out.append(f"<tr>{cell}</tr>")
        elif row.kind == "row":
            w.out.append(_cells(row, False, w.style.dollar_cells, w.style.pre_cells))
    w.out.append("</table>")


def _terms(w: _Writer, block: Block) -> None:
    """The summary term sheet as printed pages of two-column tables: caption | text."""
    opening = f'<table style="width:100%;border-collapse:collapse;{_FONT}">'
    w.out.append(opening)
    for row in block.rows:
        if isinstance(row, PageBreak):
            w.out.append("</table>")
            w.new_page(row.label)
            w.out.append(opening)
            continue
        caption, text = row.cells[0], " | ".join(row.cells[1:])
        paragraphs = "".join(
            f'<p style="margin:0pt 0pt 8pt 0pt;text-align:justify">{_inline(p)}</p>'
            for p in text.split(" // ")
        )
        w.out.append(
            '<tr><td style="width:26%;vertical-align:top;padding-right:8pt">'
            f'<p style="margin:0pt 0pt 8pt 0pt"><b>{_inline(caption)}</b></p></td>'
            f'<td style="vertical-align:top">{paragraphs}</td></tr>'
        )
    w.out.append("</table>")
