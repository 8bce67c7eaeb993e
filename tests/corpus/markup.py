"""The plain markup the corpus offers are written in, before they are set as a filing.

One block per tag line; lines that follow without a tag continue the block, a blank line
ends it. The renderers (EDGAR text, EDGAR HTML, Word) set the same blocks each in the
manner of its era, so an offer is written once and its revision is an edited copy.

    @page 7                 a new printed page whose folio reads "7" ("-": no folio)
    [center] TEXT           a centred line of the cover
    [part] TEXT             an unnumbered part heading ("SUMMARY TERM SHEET"); "[part tight]"
                            is set without the blank line below it in EDGAR text
    [h] 1. ELIGIBILITY.     a numbered section heading; "[h runin]" runs into the next block
    [sub] TEXT              a sub-heading inside a section
    [q] TEXT?               a question of a question-and-answer summary
    [p] TEXT                a paragraph; **bold** words, {page 8} where page 8 begins inside
                            it, [^1] where footnote 1 is referenced
    [li] (a) TEXT           a lettered or numbered clause
    [bullet] TEXT           a bulleted clause
    [fn 1] TEXT             footnote 1, printed at the foot of the page it is on
    [sig] TEXT              a short line set as it is (signature, address)
    [quote] TEXT            a passage quoted from another document, set in from both margins
    [toc] TITLE | PAGE      a table of contents entry
    [table] ... [/table]    rows "| a | b |"; "[head] | | HIGH | LOW |" (a name set on
                            several lines: "Principal // Amount"); "[group] FISCAL
                            YEAR 2001"; "[caption] TEXT"; "@page N" continues it on page N
    [terms] ... [/terms]    a two-column summary term sheet: "| Caption | text // text |"
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

_TAG = re.compile(r"^\[(/?[a-z]+)((?:\s+[^\]\s]+)*)\]\s?(.*)$")
PAGE_MARK = re.compile(r"\{page ([^}]+)\}")
FOOTNOTE_REF = re.compile(r"\[\^(\w+)\]")
BOLD = re.compile(r"\*\*(.+?)\*\*")


@dataclass
class PageBreak:
    label: str | None  # the folio printed on the page that begins here


@dataclass
class Row:
    kind: str  # head | group | row | caption
    cells: list[str]


@dataclass
class Block:
    tag: str
    text: str = ""
    options: list[str] = field(default_factory=list)
    rows: list[Row | PageBreak] = field(default_factory=list)


Item = Block | PageBreak


def parse(source: str) -> list[Item]:
    items: list[Item] = []
    current: Block | None = None
    table: Block | None = None
    for raw in source.splitlines():
        line = raw.rstrip()
        if line.startswith("%%"):
            continue
        if table is not None:
            if line.startswith(f"[/{table.tag}]"):
                table = None
            elif line.startswith("@page"):
                table.rows.append(_page(line))
            elif line.strip():
                table.rows.append(_row(line))
            continue
        if not line.strip():
            current = None
            continue
        if line.startswith("@page"):
            items.append(_page(line))
            current = None
            continue
        match = _TAG.match(line)
        if match:
            tag, options, text = match.group(1), match.group(2).split(), match.group(3)
            current = Block(tag, text.strip(), options)
            items.append(current)
            if tag in ("table", "terms"):
                table, current = current, None
            continue
        if current is None:
            raise ValueError(f"text outside a block: {line!r}")
        current.text = f"{current.text} {line.strip()}".strip()
    return items


def _page(line: str) -> PageBreak:
    label = line.split(None, 1)[1].strip() if " " in line.strip() else "-"
    return PageBreak(None if label == "-" else label)


def _row(line: str) -> Row:
    kind = "row"
    match = re.match(r"^\[(head|group|caption)\]\s*(.*)$", line)
    if match:
        kind, line = match.group(1), match.group(2)
    if kind in ("group", "caption"):
        return Row(kind, [line.strip()])
    cells = [c.strip() for c in line.strip().strip("|").split("|")]
    return Row(kind, cells)


def load(path: Path) -> list[Item]:
    return parse(path.read_text(encoding="utf-8"))


def plain(text: str) -> str:
    """The words as printed: markup taken out (footnote references become "(1)")."""
    text = PAGE_MARK.sub("", text)
    text = FOOTNOTE_REF.sub(lambda m: f"({m.group(1)})", text)
    return re.sub(r"\s+", " ", BOLD.sub(r"\1", text)).strip()


def pieces(text: str) -> list[tuple[str, str]]:
    """A paragraph as (kind, value): ("text", …), ("bold", …), ("page", label), ("fn", n)."""
    out: list[tuple[str, str]] = []
    pattern = re.compile(r"\*\*(.+?)\*\*|\{page ([^}]+)\}|\[\^(\w+)\]")
    position = 0
    for match in pattern.finditer(text):
        if match.start() > position:
            out.append(("text", text[position : match.start()]))
        if match.group(1) is not None:
            out.append(("bold", match.group(1)))
        elif match.group(2) is not None:
            out.append(("page", match.group(2).strip()))
        else:
            out.append(("fn", match.group(3)))
        position = match.end()
    if position < len(text):
        out.append(("text", text[position:]))
    return out
