"""EDGAR HTML: block structure, CSS or <hr> page breaks, folios at the foot of each page."""

from __future__ import annotations

import re

import lxml.html
from lxml import etree

from amendtool.core.pattern_store import compiled
from amendtool.core.structure import RawBlock
from amendtool.io.edgar_html_tables import (
    bare_mark,
    leading_note_mark,
)
from amendtool.io.edgar_html_text import (
    BOLD_STYLE,
    SKIP_TAGS,
    bold_lead,
    cell_text,
    set_in_as_quotation,
    text_pieces,
)
from amendtool.io.edgar_submission import text_of_submission
from amendtool.io.edgar_text_lines import set_block
from amendtool.io.edgar_text_reader import edgar_text_pages
from amendtool.io.html_capitals import may_set_capitals, shown_in_capitals
from amendtool.io.html_nesting import NESTED_TOO_DEEPLY, NestedTooDeeply, without_bare_runs
from amendtool.io.html_repair import mended
from amendtool.io.html_shown import drop_hidden, list_label
from amendtool.io.html_table_walk import BLOCK_TAGS, INLINE_BREAKS, TableWalk
from amendtool.io.html_text_check import check_text_kept
from amendtool.io.html_unclosed import check_unclosed
from amendtool.io.note_marks import place_notes
from amendtool.io.pagination import assemble_pages
from amendtool.io.read_limits import check_html_markup

_BREAK_BEFORE = compiled(r"(?:page-)?break-before\s*:\s*(?:always|page)", re.IGNORECASE)
_BREAK_AFTER = compiled(r"(?:page-)?break-after\s*:\s*(?:always|page)", re.IGNORECASE)
_CENTRE_STYLE = compiled(r"text-align\s*:\s*center", re.IGNORECASE)


def edgar_html_blocks(markup: str) -> list[RawBlock]:
    """`markup` is already decoded (the input gate decoded it once): the parser is told
    UTF-8, whatever charset the page declares; a page nested too deeply for the parser is
    read without its bare wrappers (io/html_nesting.py) or refused, never as plain text."""
    check_unclosed(markup)  # a page read as it goes on would lose every later heading
    parser = _parser()
    if "<html" not in markup[:2000].lower():
        markup = text_of_submission(markup)  # the <TEXT> of a full submission
    check_html_markup(markup)  # counted as it streams, before the tree is built
    shown = markup  # what a lawyer sees in the file, for the count of its words
    markup = mended(markup)  # a quote or an element left open would hold later sections
    root = lxml.html.document_fromstring(markup.encode("utf-8"), parser=parser)
    if _too_deep(parser):
        # nested deeper than any parser follows: read again without the bare wrappers
        markup = without_bare_runs(markup)
        parser = _parser()
        root = lxml.html.document_fromstring(markup.encode("utf-8"), parser=parser)
        if _too_deep(parser):
            raise NestedTooDeeply(NESTED_TOO_DEEPLY)
    drop_hidden(root)  # what a browser would not show is no offer text
    css_breaks = bool(_BREAK_BEFORE.search(markup) or _BREAK_AFTER.search(markup))
    walker = _HtmlWalker(use_hr=not css_breaks, root=root)
    walker.capitals = may_set_capitals(markup)
    body = root.find("body")
    walker.visit(body if body is not None else root, bold=False, centred=False)
    walker.flush_page()
    check_text_kept(shown, _texts(walker.pages))  # no words of the page lost unsaid
    return assemble_pages(walker.pages)


def _texts(pages: list[list[RawBlock]]) -> list[str]:
    """The words of every block read, with the numbers of its list items."""
    return [f"{b.auto_number or ''} {b.text}" for blocks in pages for b in blocks]


def _parser() -> lxml.html.HTMLParser:
    return lxml.html.HTMLParser(
        no_network=True, remove_comments=True, remove_pis=True, huge_tree=True, encoding="utf-8"
    )


def _too_deep(parser: lxml.html.HTMLParser) -> bool:
    return any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log)


# deeper than this, an element's words are read as one block: the walk stays within
# Python's recursion limit (the parser itself stops at 2048 levels; see above)
MAX_DEPTH = 400


class _HtmlWalker(TableWalk):
    def __init__(self, use_hr: bool, root: etree._Element) -> None:
        self.use_hr = use_hr
        self.pages: list[list[RawBlock]] = []
        self.current: list[RawBlock] = []
        self.tables = 0  # tables of rows and cells read so far
        self.references: dict[int, set[str]] = {}  # block id → the note marks it carries
        self.holders = _block_holders(root)
        # the bullet or number of the list item being read, for its first paragraph
        self.label: tuple[str | None, str | None] | None = None
        self.capitals = False  # the page's CSS may set words in capitals (small caps)
        self.around: dict[etree._Element, tuple[bool, bool]] = {}  # (html_capitals.py)

    def flush_page(self) -> None:
        """The page's notes go after the paragraph that carries their marks."""
        if self.current:
            marked = set().union(*self.references.values()) if self.references else set()
            notes = [b for b in self.current if b.note in marked]
            blocks = [b for b in self.current if b.note not in marked]
            refers = self.references
            place_notes(blocks, notes, lambda b, mark: mark in refers.get(id(b), ()))
            self.pages.append(blocks)
            self.current = []
            self.references = {}

    def visit(self, element: etree._Element, bold: bool, centred: bool, depth: int = 0) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in SKIP_TAGS:
            return
        if depth > MAX_DEPTH:
            self.add(cell_text(element), bold, centred, None)
            return
        style = element.get("style") or ""
        if _BREAK_BEFORE.search(style):
            self.flush_page()
        if tag == "hr":
            if self.use_hr or _BREAK_AFTER.search(style):
                self.flush_page()
            return
        bold = bold or tag in ("b", "strong") or bool(BOLD_STYLE.search(style))
        centred = centred or tag == "center" or (element.get("align") or "").lower() == "center"
        centred = centred or bool(_CENTRE_STYLE.search(style))
        if tag == "li":
            self.label = list_label(element)
        if tag == "pre":
            self.preformatted(element)
        elif tag == "table":
            self.table(element, bold, centred, depth)
        elif tag in BLOCK_TAGS and element not in self.holders:
            self.leaf(element, bold, centred, tag)
        elif tag in BLOCK_TAGS:
            self.mixed(element, bold, centred, depth)
        else:
            for child in element:
                self.visit(child, bold, centred, depth + 1)
        if tag == "li":
            self.label = None  # an item without words labels nothing after it
        if _BREAK_AFTER.search(style):
            self.flush_page()

    def mixed(self, element: etree._Element, bold: bool, centred: bool, depth: int) -> None:
        """A block holding blocks: its own words between them (its text, inline elements
        and tails) read as paragraphs, each run of them one ("options granted before
        <b>2020</b>:" ahead of a nested list), none of them lost."""
        words: list[tuple[str, bool]] = [(element.text or "", bold)]
        for child in element:
            tag = child.tag if isinstance(child.tag, str) else ""
            if tag and tag not in INLINE_BREAKS and child not in self.holders:
                words += text_pieces(child, bold) if tag not in SKIP_TAGS else []
            elif tag:
                self.add_words(words, centred)
                self.visit(child, bold, centred, depth + 1)
            words.append((child.tail or "", bold))
        self.add_words(words, centred)

    def add_words(self, words: list[tuple[str, bool]], centred: bool) -> None:
        """The words gathered so far, as one paragraph (bold when all of them are)."""
        text = "".join(t for t, _ in words)
        visible = [b for t, b in words if t.strip()]
        if text.strip():
            self.add(text, bool(visible) and all(visible), centred, None)
        words.clear()

    def leaf(self, element: etree._Element, bold: bool, centred: bool, tag: str) -> None:
        note = leading_note_mark(element)
        bare: list[str] = []
        pieces = list(text_pieces(element, bold, skip_first_mark=note is not None, refs=bare))
        text = "".join(t for t, _ in pieces)
        visible = [b for t, b in pieces if t.strip()]
        level = int(tag[1]) if re.fullmatch(r"h[1-6]", tag) else None
        if text.strip():
            block = self.add(text, bool(visible) and all(visible), centred, level)
            block.quotation = not centred and level is None and set_in_as_quotation(element)
            block.capitals = self.capitals and shown_in_capitals(element, block.text, self.around)
            if note is not None:
                block.note = note  # "<sup>1</sup> Excludes …": a footnote
            elif lead := bold_lead(pieces):
                block.bold_prefix = lead
            block.note_refs = " ".join(bare) or None
            marks = [bare_mark(sup) for sup in element.iter("sup")]
            self.references[id(block)] = {m for m in marks if m} - {note}

    def preformatted(self, element: etree._Element) -> None:
        """EDGAR text wrapped in <pre> (as older filings are): read as EDGAR text, with
        <page> tags, <hr> and form feeds as page breaks."""
        paged = next(element.iter("page", "hr"), None) is not None
        if not paged and "\f" not in (text := cell_text(element)) and (block := set_block(text)):
            self.current.append(block)  # an address set line by line in the prose
            return
        for mark in element.iter("page", "hr"):
            mark.text = "\n<PAGE>\n" + (mark.text or "")  # an unclosed <page> holds the rest
        pages = edgar_text_pages(cell_text(element).replace("\f", "\n<PAGE>\n"))
        for index, blocks in enumerate(pages):
            if index:
                self.flush_page()
            self.current += blocks

    def add(self, text: str, bold: bool, centred: bool, level: int | None) -> RawBlock:
        clean = re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()
        block = RawBlock(
            text=clean,
            bold=bold,
            centred=centred,
            heading_level=level,
        )
        if clean:
            self.current.append(block)
            if self.label is not None:
                block.marker, block.auto_number = self.label
                self.label = None
        return block


def _block_holders(root: etree._Element) -> set[etree._Element]:
    """The elements with a block (or <hr>) anywhere inside: from each block up through its
    ancestors, stopping at one already known, so each element is met once. The set holds
    the elements, so lxml hands back the same objects later."""
    holders: set[etree._Element] = set()
    for block in root.iter(*BLOCK_TAGS, "hr"):
        parent = block.getparent()
        while parent is not None and parent not in holders:
            holders.add(parent)
            parent = parent.getparent()
    return holders
