"""An EDGAR submission: its SGML envelope, and what EDGAR accepts.

The SGML envelope of an EDGAR submission: <DOCUMENT>, <TYPE>, <TEXT>, <PAGE> and the
rest count only at the start of a line, as EDGAR reads them.

Typed inside a paragraph ("our systems </TEXT> here"), a tag is the paragraph's text: read
as structure it would cut the document short and draft everything after it as deleted.

What EDGAR accepts, checked before anything is filed (EDGAR Filer Manual, Volume II, ch. 5).

HTML: only the tags EDGAR lists, no scripts, no active content, no reference to anything
outside the submission. ASCII: printable 7-bit characters, lines of at most 80 characters.
File names: lower-case letters, digits, hyphens and underscores, one period, at most 32."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from amendtool.core.clean_text import line_and_column
from amendtool.core.pattern_store import compiled

# the document's text: from a <TEXT> line to a </TEXT> line (or the end)
TEXT_BLOCK = compiled(
    r"^[ \t]*<TEXT>(.*?)(?:^[ \t]*</TEXT>|\Z)", re.IGNORECASE | re.DOTALL | re.MULTILINE
)
SGML_LINE = compiled(
    r"^\s*</?(?:DOCUMENT|TYPE|SEQUENCE|FILENAME|DESCRIPTION|TEXT|PDF)>.*$",
    re.IGNORECASE | re.MULTILINE,
)
_STRUCTURE_TAG = compiled(r"</?(?:DOCUMENT|TEXT|PAGE|TYPE|SEQUENCE|FILENAME)>", re.IGNORECASE)


def text_of_submission(text: str) -> str:
    """The largest <TEXT> of a full submission, or the whole text when it has none."""
    bodies = TEXT_BLOCK.findall(text)
    return max(bodies, key=len) if bodies else text


def midline_tag_notice(text: str) -> str | None:
    """Where a structure tag stands inside a line (read as text): the first one, and how many."""
    found = [
        m
        for m in _STRUCTURE_TAG.finditer(text)
        if text[text.rfind("\n", 0, m.start()) + 1 : m.start()].strip()
    ]
    if not found:
        return None
    line, column = line_and_column(text, found[0].start())
    return (
        f"{len(found)} EDGAR tag(s) such as {found[0].group(0)} stand inside a line (the first "
        f"at line {line}, column {column}); EDGAR reads a tag only at the start of a line, so "
        "they were read as text: check that they belong there"
    )


ALLOWED_TAGS = frozenset(
    """
    a address b big blockquote body br caption center cite code dd dfn dir div dl dt em font
    h1 h2 h3 h4 h5 h6 head hr html i img kbd li menu meta ol p pre samp small strike strong
    sub sup table tbody td tfoot th thead title tr tt u ul var
    """.split()
)
_EXTERNAL = compiled(r"^\s*(?:[a-z][a-z0-9+.-]*:|//)", re.IGNORECASE)
_FILENAME = compiled(r"^[a-z0-9][a-z0-9_-]*\.(?:htm|txt|jpg|gif|pdf)$")


class _Checker(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ALLOWED_TAGS:
            self.problems.append(f"<{tag}> is not accepted by EDGAR")
        for name, value in attrs:
            value = value or ""
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}=…>: scripts are not accepted")
            if name in ("src", "href", "background", "action") and _EXTERNAL.match(value):
                self.problems.append(f'<{tag} {name}="{value}"> refers outside the filing')
            if name == "style" and re.search(r"url\s*\(|expression\s*\(", value, re.IGNORECASE):
                self.problems.append(f"<{tag} style=…> loads something from outside")


def html_problems(markup: str) -> list[str]:
    checker = _Checker()
    checker.feed(markup)
    checker.close()
    if not markup.isascii():
        checker.problems.append("characters outside ASCII must be written as character references")
    return checker.problems


def ascii_problems(text: str) -> list[str]:
    problems = []
    for number, line in enumerate(text.split("\n"), start=1):
        if len(line) > 80:
            problems.append(f"line {number} is {len(line)} characters long (80 at most)")
        if any(not (32 <= ord(c) < 127) for c in line):
            problems.append(f"line {number} has a character outside printable ASCII")
    return problems


def filename_problems(name: str) -> list[str]:
    if len(name) > 32 or not _FILENAME.match(name):
        return [f"{name!r} is not an EDGAR file name (lower case, digits, - or _, at most 32)"]
    return []
