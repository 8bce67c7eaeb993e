"""An HTML element left open that would swallow the rest of the page, found before parsing.

A <pre> never closed takes every later paragraph into one preformatted block; a comment
(<!--), a <script>, <style>, <textarea> or <title> never closed hides the rest of the page
as a browser hides it. Either way the later headings vanish, and a draft against such a page
exits 0 with sections "added" or "deleted" that the filing still holds. Where the rest of the
page holds paragraphs, the file is refused naming the element and its line; one left open
after the last paragraph swallows nothing and is read as a browser reads it. One linear scan.
"""

from __future__ import annotations

import re

from amendtool.core.pattern_store import compiled

# elements whose content is read to their end tag, or shown as one block
_SWALLOWING = (
    "pre|xmp|listing|plaintext|script|style|textarea|title|noscript|noembed|noframes|iframe"
)
_OPENING = compiled(rf"<!--|<({_SWALLOWING})(?=[\s/>])[^>]*>", re.IGNORECASE)
# what shows the rest of the page holds paragraphs, headings or tables of its own
_STRUCTURE = compiled(r"<(?:p|div|h[1-6]|table|tr|li|br|hr|center|blockquote)(?=[\s/>])", re.I)


class UnclosedElement(ValueError):
    """An element opened and never closed, with paragraphs of the page after it."""


def check_unclosed(markup: str) -> None:
    """Raise UnclosedElement for the first element left open before paragraphs of the
    page; the message names it and the line it is opened on."""
    position = 0
    while (opened := _OPENING.search(markup, position)) is not None:
        name = (opened.group(1) or "").lower()
        if not name:
            end = markup.find("-->", opened.end())
            close_end = end + 3 if end >= 0 else -1
        elif name == "plaintext":
            close_end = -1  # nothing ends it
        else:
            closing = re.compile(rf"</{name}\s*>", re.IGNORECASE).search(markup, opened.end())
            close_end = closing.end() if closing else -1
        if close_end < 0:
            if _STRUCTURE.search(markup, opened.end()) is None:
                return  # left open after the last paragraph: nothing is swallowed
            raise UnclosedElement(_problem(name, markup[: opened.start()].count("\n") + 1))
        position = close_end


def _problem(name: str, line: int) -> str:
    what = f"<{name}>" if name else "comment (<!--)"
    return (
        f"opens a {what} at line {line:,} that is never closed, so every paragraph and "
        "heading after it would be lost from the offer as read; close it in the page (or "
        "save the page again from the program that made it) and try again"
    )
