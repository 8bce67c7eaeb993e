"""Limits counted as a file is read, before any of its paragraphs is built.

A paragraph past the limit (io/work_budget.py counts the blocks once read) costs memory and
time to build first: a 4 MB Word file of a million and a half runs in one paragraph, or one
<p> of millions of tags, takes gigabytes before the count sees it. So each reader's input is
streamed here first (the Word part through iterparse, HTML through the parser's events, text
by its lines), counting characters, runs or tags of the paragraph being read and the
document's elements, and refused the moment a limit is crossed: memory stays bounded by the
limits, whatever the file holds.
"""

from __future__ import annotations

import io
import re
from typing import IO, Any

from lxml import etree

from amendtool.core import text_limits
from amendtool.core.pattern_store import compiled
from amendtool.io.word_part_bytes import holds_declaration, instruction_count, spans_within
from amendtool.io.work_budget import OverBudget

_CHUNK = 1 << 20
_SPACES = compiled(r"\s+")
# where a block of HTML starts or ends (the reader's blocks, cells and rules)
_HTML_BLOCKS = frozenset(
    """
    p div h1 h2 h3 h4 h5 h6 li tr td th table center blockquote pre ul ol dl dt dd body
    section article address tbody thead tfoot caption hr html
    """.split()
)
_HTML_SKIPPED = frozenset("script style head title noscript textarea".split())
_MAIN = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main"
_WORD = {f"{{{ns}}}{name}": name for ns in (_MAIN, _STRICT) for name in ("p", "r", "t")}


class _Paragraph:
    """The counts of the paragraph being read, and its first words for the message."""

    def __init__(self, pieces: str) -> None:
        self.characters = self.pieces = 0
        self.start = ""
        self.ends_in_space = False
        self.unit = pieces

    def add_text(self, text: str) -> None:
        if len(self.start) < 200:
            self.start += text[:200]
        self.characters += len(text)
        if self.characters > text_limits.MAX_PARAGRAPH_CHARACTERS:
            what = f"more than {text_limits.MAX_PARAGRAPH_CHARACTERS:,} characters"
            raise OverBudget(text_limits.paragraph_too_long(what, self.start))

    def add_piece(self) -> None:
        self.pieces += 1
        if self.pieces > text_limits.MAX_PARAGRAPH_PIECES:
            what = f"more than {text_limits.MAX_PARAGRAPH_PIECES:,} {self.unit}"
            raise OverBudget(text_limits.paragraph_too_long(what, self.start))


class _Elements:
    def __init__(self) -> None:
        self.count = 0

    def add(self, count: int = 1) -> None:
        self.count += count
        if self.count > text_limits.MAX_ELEMENTS:
            raise OverBudget(text_limits.markup_too_large())


PARSED = [0]  # Word parts streamed through the parser to count them: a test sees the screen


def check_word_part(stream: IO[bytes], size: int | None = None) -> None:
    """The main part of a Word package: each paragraph's characters and runs, and the part's
    elements. A part of `size` bytes up to `SCREENED_BYTES` is first screened by its bytes
    (`_within_limits`): an offer's part passes, and is not parsed twice. Else it is streamed,
    and its paragraphs let go once counted, so only one is held at a time."""
    if size is not None and size <= SCREENED_BYTES:
        data = stream.read()
        if _within_limits(data):
            return
        stream = io.BytesIO(data)
    PARSED[0] += 1
    elements = _Elements()
    open_paragraphs: list[_Paragraph] = []
    events = etree.iterparse(
        _CountedTags(stream, elements),
        events=("start", "end"),
        tag=list(_WORD),
        huge_tree=True,
        resolve_entities=False,
        no_network=True,
    )
    try:
        for event, element in events:
            _count(event, element, open_paragraphs)
    except etree.XMLSyntaxError:
        return  # a damaged part: the reader says what is wrong with it


# a part this long is read whole to screen it (python-docx then holds it whole as well)
SCREENED_BYTES = 64 * 1024 * 1024
_PARAGRAPH_END = b"</w:p>"
# where a paragraph can hold another (a text box's, or its fallback's), the paragraphs'
# bounds in the bytes are not one paragraph's each
_NESTING = (b"txbxContent", b"AlternateContent")


def _within_limits(data: bytes) -> bool:
    """Whether no paragraph of this part can pass the paragraph limits, and the part holds no
    more elements than the limit, told from its bytes alone. Where paragraphs cannot nest, each
    one's characters and runs lie between the end of the paragraph before and its own end:
    fewer characters, and fewer runs, than that span has bytes. When no span is longer than a
    paragraph may be, no paragraph is. Where a span is longer, or paragraphs may nest, or
    markup could hide an end tag (a comment, CDATA, a processing instruction), or the part is
    not written as Word writes it, it is parsed and counted exactly."""
    if any(mark in data for mark in _NESTING) or _PARAGRAPH_END not in data:
        return False
    instructions = instruction_count(data)
    if holds_declaration(data) or instructions > 1:
        return False
    most = min(text_limits.MAX_PARAGRAPH_CHARACTERS, text_limits.MAX_PARAGRAPH_PIECES)
    if not spans_within(data, _PARAGRAPH_END, most):
        return False
    _Elements().add(data.count(b"<") - data.count(b"</") - instructions)
    return True


def _count(event: str, element: etree._Element, open_paragraphs: list[_Paragraph]) -> None:
    name = _WORD[element.tag]
    if event == "start":
        if name == "p":
            open_paragraphs.append(_Paragraph("runs of formatting"))
        elif name == "r" and open_paragraphs:
            open_paragraphs[-1].add_piece()
    elif name == "t" and open_paragraphs:
        open_paragraphs[-1].add_text(element.text or "")
    elif name == "p":
        if open_paragraphs:
            open_paragraphs.pop()
        _let_go(element)


def _let_go(element: etree._Element) -> None:
    element.clear()
    parent = element.getparent()
    while parent is not None and element.getprevious() is not None:
        del parent[0]


class _CountedTags:
    """The part as a file, its start tags counted as they pass (a byte count, no parsing)."""

    def __init__(self, stream: IO[bytes], elements: _Elements) -> None:
        self.stream, self.elements, self.cut = stream, elements, b""

    def read(self, size: int = -1) -> bytes:
        chunk = self.stream.read(size if size > 0 else _CHUNK)
        window = self.cut + chunk
        # a tag cut at the chunk's end is counted with the next chunk
        at = window.rfind(b"<", max(0, len(window) - 2))
        counted, self.cut = (window[:at], window[at:]) if at >= 0 and chunk else (window, b"")
        self.elements.add(counted.count(b"<") - counted.count(b"</") - counted.count(b"<?"))
        return chunk


class _HtmlCount:
    """Parser events of an HTML page, counted as a browser would lay out its blocks."""

    def __init__(self) -> None:
        self.paragraph = _Paragraph("tags")
        self.elements = _Elements()
        self.skipped = self.preformatted = 0

    def start(self, tag: object, attributes: object) -> None:
        self.elements.add()
        name = tag.lower() if isinstance(tag, str) else ""
        self.skipped += name in _HTML_SKIPPED
        self.preformatted += name == "pre"
        if name in _HTML_BLOCKS:
            self.paragraph = _Paragraph("tags")
        elif not self.skipped:
            self.paragraph.add_piece()

    def end(self, tag: object) -> None:
        name = tag.lower() if isinstance(tag, str) else ""
        if name in _HTML_SKIPPED:
            self.skipped = max(0, self.skipped - 1)
        if name == "pre":
            self.preformatted = max(0, self.preformatted - 1)
        if name in _HTML_BLOCKS:
            self.paragraph = _Paragraph("tags")

    def data(self, data: str | bytes) -> None:
        text = data if isinstance(data, str) else data.decode("utf-8", "replace")
        if self.skipped:
            return
        if self.preformatted and (cut := text.rfind("\n")) >= 0:
            self.paragraph = _Paragraph("tags")  # preformatted text is read line by line
            text = text[cut + 1 :]
        collapsed = _SPACES.sub(" ", text)  # a run of spaces is read as one
        paragraph = self.paragraph
        if collapsed[:1] == " " and (paragraph.ends_in_space or not paragraph.characters):
            collapsed = collapsed[1:]
        if collapsed:
            paragraph.add_text(collapsed)
            paragraph.ends_in_space = collapsed.endswith(" ")

    def comment(self, text: str | bytes) -> None:
        return None  # a comment is no text of the page

    def close(self) -> None:
        return None


def check_html_markup(markup: str) -> None:
    """The page fed to the parser in pieces, its events counted: refused at the first limit
    crossed, before the page's tree is built (the HTML parser is loaded for a web page only:
    a Word file or EDGAR text never needs it)."""
    import lxml.html

    count = _HtmlCount()
    parser = lxml.html.HTMLParser(
        target=count, no_network=True, huge_tree=True, encoding="utf-8", remove_comments=True
    )
    data = markup.encode("utf-8")
    for start in range(0, len(data), _CHUNK):
        parser.feed(data[start : start + _CHUNK])
    parser.close()


_LONG_LINE = compiled(rf"[^\n]{{{text_limits.MAX_PARAGRAPH_CHARACTERS + 1}}}")
_WORDS = compiled(r"\S+")


# a line this long in bytes may hold more characters than the limit, whatever its encoding
_LONG_LINE_BYTES = re.compile(rb"[^\n\r]{%d}" % (4 * (text_limits.MAX_PARAGRAPH_CHARACTERS + 1)))


_BYTE_BREAK = re.compile(rb"[\n\r]")
_BREAK = compiled(r"\n")


def _has_long_line(data: Any, breaks: re.Pattern[Any], length: int) -> bool:
    """Whether a line of `data` is `length` long or longer, told from where the line
    breaks are (one pass, no copy of a line)."""
    previous = -1
    for found in breaks.finditer(data):
        if found.start() - previous - 1 >= length:
            return True
        previous = found.start()
    return len(data) - previous - 1 >= length


def check_text_bytes(data: bytes) -> None:
    """Before the text is decoded (each copy of a 60 MB line is 60 MB): a line long enough
    in bytes is counted, a slice at a time, and refused once its words pass the limit;
    and a text of more lines than an offer has is refused by its count."""
    lines = max(data.count(b"\n"), data.count(b"\r"))
    if lines > text_limits.MAX_TEXT_LINES:
        raise OverBudget(text_limits.too_many_lines(lines))
    if not _has_long_line(data, _BYTE_BREAK, 4 * (text_limits.MAX_PARAGRAPH_CHARACTERS + 1)):
        return  # the common case: the pattern below would try every place of every line
    position = 0
    while match := _LONG_LINE_BYTES.search(data, position):
        start = max(data.rfind(b"\n", 0, match.start()), data.rfind(b"\r", 0, match.start()))
        ends = (data.find(b"\n", match.end()), data.find(b"\r", match.end()))
        end = min((at for at in ends if at >= 0), default=len(data))
        if b"\x00" not in data[start + 1 : start + 4096]:  # UTF-16 is counted once decoded
            paragraph = _Paragraph("")
            for piece in range(start + 1, end, _CHUNK):
                text = data[piece : min(end, piece + _CHUNK)].decode("utf-8", "replace")
                for word in _WORDS.finditer(text):
                    paragraph.add_text((" " if paragraph.characters else "") + word.group())
        position = end


def check_text_lines(text: str) -> None:
    """A line of text is read into one paragraph (or one table row): a line past the limit,
    even with its runs of spaces read as one, is refused before the lines are parsed. Its
    words are counted up to the limit, never copied."""
    if not _has_long_line(text, _BREAK, text_limits.MAX_PARAGRAPH_CHARACTERS + 1):
        return
    position = 0
    while match := _LONG_LINE.search(text, position):
        start = text.rfind("\n", 0, match.start()) + 1
        end = text.find("\n", match.end())
        end = len(text) if end < 0 else end
        paragraph = _Paragraph("")
        for word in _WORDS.finditer(text, start, end):
            paragraph.add_text((" " if paragraph.characters else "") + word.group())
        position = end
