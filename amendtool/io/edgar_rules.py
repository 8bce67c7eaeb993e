"""What EDGAR accepts, checked before anything is filed (EDGAR Filer Manual, Volume II, ch. 5).

HTML: only the tags EDGAR lists, no scripts, no active content, no reference to anything
outside the submission. ASCII: printable 7-bit characters, lines of at most 80 characters.
File names: lower-case letters, digits, hyphens and underscores, one period, at most 32.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

ALLOWED_TAGS = frozenset(
    """
    a address b big blockquote body br caption center cite code dd dfn dir div dl dt em font
    h1 h2 h3 h4 h5 h6 head hr html i img kbd li menu meta ol p pre samp small strike strong
    sub sup table tbody td tfoot th thead title tr tt u ul var
    """.split()
)
_EXTERNAL = re.compile(r"^\s*(?:[a-z][a-z0-9+.-]*:|//)", re.IGNORECASE)
_FILENAME = re.compile(r"^[a-z0-9][a-z0-9_-]*\.(?:htm|txt|jpg|gif|pdf)$")


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
