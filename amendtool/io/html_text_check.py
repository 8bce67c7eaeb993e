"""Whether the offer read from an HTML page holds the words a lawyer sees in the file.

The reader mends the broken markup it knows (io/html_repair.py) and refuses what would
swallow the page (io/html_unclosed.py); this guards the rest of the class. The page's text
is counted a second way, without the parser: the words between tags, less those of the
elements the page hides and closes (a script, a <select>, the hidden header of an inline
XBRL filing) and of <pre> blocks (read as EDGAR text, with their own guard). When the offer
as read lacks a material share of those letters and figures, the page is refused, quoting
the first words left out, rather than drafted against a part of the offer. Linear: one pass
over the tags, each search bounded by the next `<`.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Iterable

from amendtool.core.pattern_store import compiled
from amendtool.io.html_shown import HIDDEN_STYLE, NOT_RENDERED

# a comment (to its end, or the page's when left open), a tag, a declaration
_TOKENS = compiled(r"<!--(?s:.*?)(?:-->|\Z)|<(/?)([a-zA-Z][a-zA-Z0-9:._-]*)([^<>]*)>|<[!?][^<>]*>")
_VOID = frozenset(
    "area base br col embed hr img input link meta param source track wbr keygen frame".split()
)
# read by the EDGAR text reader, which keeps its own count of what it drops
_READ_AS_TEXT = frozenset(("pre", "xmp", "listing"))
_HIDDEN_ATTRIBUTE = compiled(r"(?:^|\s)(?:hidden|aria-hidden\s*=\s*[\"']?true)", re.I)
_STYLE = compiled(r"style\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s>]+)", re.IGNORECASE)
_ALNUM = compiled(r"[^\W_]+")
# a loss this small is a note mark or a folio; beyond it, or beyond the share, it is text
LEAST_MATERIAL = 50
MATERIAL_SHARE = 0.005
_SEARCH_BUDGET = 200_000_000  # characters searched to quote the first words left out


class TextLeftOut(ValueError):
    """The offer as read lacks a material share of the text the page shows."""


def check_text_kept(markup: str, read: Iterable[str]) -> None:
    """Raise TextLeftOut when the texts `read` from `markup` lack a material share of the
    letters and figures shown in it."""
    segments = shown_segments(markup)
    shown = Counter("".join(_ALNUM.findall("".join(segments).lower())))
    stream = "".join(_ALNUM.findall("\n".join(read).lower()))
    missing = sum((shown - Counter(stream)).values())
    total = sum(shown.values())
    if missing <= max(LEAST_MATERIAL, MATERIAL_SHARE * total):
        return
    raise TextLeftOut(
        f"shows text the offer as read would leave out ({missing:,} of its {total:,} "
        f"letters and figures{_first_left_out(segments, stream)}); the page's markup is "
        "likely broken there (a tag, quote or element left open): correct it, or save the "
        "page again from the program that made it, or use the Word or EDGAR text version"
    )


def shown_segments(markup: str) -> list[str]:
    """The texts between the page's tags, entities read, in order; comments, closed hidden
    elements and <pre> blocks left out. One pass of the pattern over the page (a comment
    left open runs to its end), each tag looked at once: a list of 20,000 grants has
    200,000 tags."""
    tokens: list[tuple[int, int, str, bool, bool]] = []  # start, end, name, closing, hides
    for found in _TOKENS.finditer(markup):
        name = found.group(2)
        if name is None:  # a comment, a declaration or a processing instruction
            tokens.append((found.start(), found.end(), "", True, False))
            continue
        name, closing = name.lower(), bool(found.group(1))
        hides = not closing and _hides(name, found.group(3))
        tokens.append((found.start(), found.end(), name, closing, hides))
    hidden_to = _hidden_ends(tokens)
    segments: list[str] = []
    shown_from, hidden_until = 0, 0
    for index, token in enumerate(tokens):
        start, end = token[0], token[1]
        if start > shown_from and start > hidden_until:
            segments.append(html.unescape(markup[max(shown_from, hidden_until) : start]))
        if end > shown_from:
            shown_from = end
        if index in hidden_to and hidden_to[index] > hidden_until:
            hidden_until = hidden_to[index]
    if len(markup) > max(shown_from, hidden_until):
        segments.append(html.unescape(markup[max(shown_from, hidden_until) :]))
    return segments


def _hides(name: str, attributes: str) -> bool:
    if name in NOT_RENDERED or name in _READ_AS_TEXT:
        return True
    if name in ("html", "body"):
        return False
    style = _STYLE.search(attributes)
    return bool(_HIDDEN_ATTRIBUTE.search(attributes) or (style and HIDDEN_STYLE.search(style[1])))


def _hidden_ends(tokens: list[tuple[int, int, str, bool, bool]]) -> dict[int, int]:
    """For each hiding start tag that has its end tag, where that end tag ends; one left
    open hides nothing here (a lawyer sees its words in the file)."""
    waiting: dict[str, list[int]] = {}
    ends: dict[int, int] = {}
    for index, (_start, end, name, closing, _hiding) in enumerate(tokens):
        if not name or name in _VOID:
            continue
        opened = waiting.setdefault(name, [])
        if not closing:
            opened.append(index)
        elif opened:
            begun = opened.pop()
            if tokens[begun][4]:
                ends[begun] = end
    return ends


def _first_left_out(segments: list[str], stream: str) -> str:
    """', from "the first words" on' for the first run of words not in the offer as read,
    within a bounded search."""
    budget = _SEARCH_BUDGET
    for segment in segments:
        letters = "".join(_ALNUM.findall(segment.lower()))
        if len(letters) < 6:
            continue
        budget -= len(stream)
        if budget < 0:
            return ""
        if letters[:200] not in stream:
            words = " ".join(segment.split()[:8])
            return f', from "{words}…" on'
    return ""
