"""Sets a corpus offer as an EDGAR ASCII document of 2001-2003: hard-wrapped lines, <PAGE>
between pages, a centred folio at each foot, <TABLE> blocks with <CAPTION>, <S> and <C>."""

from __future__ import annotations

import textwrap
from dataclasses import dataclass, field
from typing import Any

from tests.corpus.markup import Block, Item, PageBreak, Row, pieces, plain


@dataclass
class TextStyle:
    width: int = 72
    indent: int = 5  # first-line indent of a paragraph
    folio: str = "{n}"  # "- {n} -", "Page {n}"
    list_indent: int = 5
    list_gap: int = 4  # from the label to the text of a clause
    bullet: str = "o"
    heading_indent: int = 0
    centre_headings: bool = False
    sgml: dict[str, str] = field(default_factory=dict)  # TYPE, DESCRIPTION…: a <DOCUMENT> wrap
    footnote_rule: str = "-----------"
    quote_indent: int = 10  # a quoted passage is set in this far from both margins

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TextStyle:
        known = cls.__dataclass_fields__
        return cls(**{k: v for k, v in data.items() if k in known})


class _Pages:
    def __init__(self, style: TextStyle) -> None:
        self.style = style
        self.out: list[str] = []
        self.lines: list[str] = []
        self.label: str | None = None
        self.footnotes: list[tuple[str, str]] = []
        self.started = False

    def blank(self) -> None:
        if self.lines and self.lines[-1] != "":
            self.lines.append("")

    def add(self, lines: list[str], gap: bool = True) -> None:
        self.lines += lines
        if gap:
            self.lines.append("")

    def centre(self, text: str) -> str:
        return " " * max(0, (self.style.width - len(text)) // 2) + text

    def new_page(self, label: str | None) -> None:
        if self.started:
            self.end_page()
            self.out += ["<PAGE>", ""]
        self.started = True
        self.label = label

    def end_page(self) -> None:
        while self.lines and self.lines[-1] == "":
            self.lines.pop()
        self.out += self.lines
        if self.footnotes:
            self.out += ["", self.style.footnote_rule]
            for number, text in self.footnotes:
                self.out += ["", *_wrap(f"({number}) {text}", self.style.width, "", "    ")]
        if self.label is not None:
            self.out += ["", self.centre(self.style.folio.format(n=self.label))]
        self.out.append("")
        self.lines, self.footnotes = [], []


def _wrap(text: str, width: int, first: str, rest: str) -> list[str]:
    return textwrap.wrap(
        text,
        width,
        initial_indent=first,
        subsequent_indent=rest,
        break_on_hyphens=False,
        break_long_words=False,
    ) or [first.rstrip()]


def render_text(items: list[Item], style: TextStyle) -> str:
    pages = _Pages(style)
    pending_runin: str | None = None
    for item in items:
        if isinstance(item, PageBreak):
            pages.new_page(item.label)
            continue
        if item.tag == "h" and "runin" in item.options:
            pending_runin = plain(item.text)
            continue
        if pending_runin is not None:
            item = Block(item.tag, f"{pending_runin} {item.text}", item.options, item.rows)
            pending_runin = None
        _block(pages, item, style)
    pages.end_page()
    text = "\n".join(pages.out).rstrip() + "\n"
    if style.sgml:
        head = ["<DOCUMENT>"] + [f"<{k}>{v}" for k, v in style.sgml.items()] + ["<TEXT>"]
        text = "\n".join(head) + "\n" + text + "</TEXT>\n</DOCUMENT>\n"
    return text


def _block(pages: _Pages, block: Block, style: TextStyle) -> None:
    width = style.width
    text = plain(block.text)
    tag = block.tag
    if tag in ("center", "part"):
        pages.add([pages.centre(line) for line in _wrap(text, width - 10, "", "")])
        if "tight" in block.options and pages.lines[-1] == "":
            pages.lines.pop()
    elif tag == "h":
        pad = " " * style.heading_indent
        lines = _wrap(text, width, pad, pad)
        if style.centre_headings:
            lines = [pages.centre(line.strip()) for line in lines]
        pages.add(lines)
    elif tag in ("sub", "q"):
        pages.add(_wrap(text, width, "", ""))
    elif tag == "p":
        _paragraph(pages, block.text, style, " " * style.indent, "")
    elif tag in ("li", "bullet"):
        label, rest = ([*text.split(" ", 1), ""])[:2] if tag == "li" else (style.bullet, text)
        lead = " " * style.list_indent + label
        hang = " " * (style.list_indent + len(label) + style.list_gap)
        pages.add(_wrap(rest, width, lead.ljust(len(hang)), hang))
    elif tag == "quote":
        pad = " " * style.quote_indent
        pages.add(_wrap(text, width - style.quote_indent, pad, pad))
    elif tag == "fn":
        pages.footnotes.append((block.options[0], text))
    elif tag == "sig":
        pages.add([text], gap="tight" not in block.options)
    elif tag == "toc":
        title, page = (c.strip() for c in block.text.rsplit("|", 1))
        leader = "." * max(3, width - len(title) - len(page) - 3)
        pages.add([f"{title} {leader} {page}".rstrip()], gap=False)
    elif tag == "table":
        _table(pages, block, style)
    else:
        raise ValueError(f"EDGAR text has no way to set [{tag}]")


def _paragraph(pages: _Pages, source: str, style: TextStyle, first: str, rest: str) -> None:
    """A paragraph, cut where a new page begins inside it."""
    parts: list[tuple[str, str | None]] = []  # (text, label of the page that follows)
    buffer = ""
    for kind, value in pieces(source):
        if kind == "page":
            parts.append((buffer, value))
            buffer = ""
        elif kind == "fn":
            buffer += f"({value})"
        else:
            buffer += value
    parts.append((buffer, None))
    for index, (chunk, following) in enumerate(parts):
        lines = _wrap(" ".join(chunk.split()), style.width, first if index == 0 else "", rest)
        pages.add(lines, gap=following is None)
        if following is not None:
            pages.new_page(None if following == "-" else following)


def _table(pages: _Pages, block: Block, style: TextStyle) -> None:
    rows = [r for r in block.rows if isinstance(r, Row)]
    body = [r for r in rows if r.kind in ("row", "head")]
    columns = max(len(r.cells) for r in body)
    widths = [0] * columns
    for row in body:
        for i, cell in enumerate(row.cells):
            widths[i] = max(widths[i], *(len(plain(part)) for part in cell.split("//")))
    label_width = max(widths[0] + 6, 40)
    value_widths = [w + 4 for w in widths[1:]]
    heads = [r for r in rows if r.kind == "head"]
    captions = [r for r in rows if r.kind == "caption"]

    def head_lines() -> list[str]:
        out = ["<TABLE>", "<CAPTION>"]
        out += [pages.centre(plain(c.cells[0])) for c in captions]
        for head in heads:  # a name set on several lines ("Principal // Amount"), bottom-aligned
            stacked = [[p.strip() for p in cell.split("//")] for cell in head.cells]
            depth = max(len(parts) for parts in stacked)
            stacked = [[""] * (depth - len(parts)) + parts for parts in stacked]
            for level in range(depth):
                line = plain(stacked[0][level]).ljust(label_width)
                for parts, w in zip(stacked[1:], value_widths, strict=False):
                    line += plain(parts[level]).rjust(w)
                out.append(line.rstrip())
        if heads:
            out.append(" " * label_width + "".join(("-" * (w - 4)).rjust(w) for w in value_widths))
        out.append("<S>".ljust(label_width) + "".join("<C>".rjust(w) for w in value_widths))
        return out

    pages.add(head_lines(), gap=False)
    for row in block.rows:
        if isinstance(row, PageBreak):
            pages.add(["</TABLE>"])
            pages.new_page(row.label)
            pages.add(head_lines(), gap=False)
        elif row.kind == "group":
            pages.add([plain(row.cells[0])], gap=False)
        elif row.kind == "row":
            label = "  " + plain(row.cells[0]) + " "
            line = label.ljust(label_width, ".")
            for cell, w in zip(row.cells[1:], value_widths, strict=False):
                line += plain(cell).rjust(w)
            pages.add([line.rstrip()], gap=False)
    pages.add(["</TABLE>"])
