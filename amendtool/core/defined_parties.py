"""The names an offer gives the company on its cover ("Corvella Systems, Inc. ("Corvella,"
"we," "us" or "our")"): "employed by us" and "employed by Corvella" name one employer, so an
edit from one to the other changes nobody's eligibility. A name the offer does not define
that way may be another company of the group, and is read as such."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from amendtool.core.model import Document

_PARENTHESIS = re.compile(r"\(([^()]{1,240})\)")
_QUOTED = re.compile(r"[\"“]([^\"”]{1,60}?)[,.;]?[\"”]")
_PRONOUNS = frozenset({"we", "us", "our"})
# the company's full name just before the definition: capitalised words ("Corvella Systems,
# Inc."), ending at the parenthesis
_FULL_NAME = re.compile(r"((?:[A-Z][\w&'’.-]*,?\s+){0,6}[A-Z][\w&'’.-]*)\s*$")
_SEARCHED = 80  # the definition is on the cover or in the introduction


def party_names(*documents: Document | None) -> tuple[str, ...]:
    """Every name the first definition of the company holds ("Corvella Systems, Inc.",
    "Corvella", "we", "us", "our"), longest first; () when no document defines the company
    as "we" or "us"."""
    for document in documents:
        if document is None:
            continue
        for paragraph in document.paragraphs()[:_SEARCHED]:
            names = _defined(paragraph.text)
            if names:
                return names
    return ()


def _defined(text: str) -> tuple[str, ...]:
    for match in _PARENTHESIS.finditer(text):
        names = [n.strip().rstrip(",.;") for n in _QUOTED.findall(match.group(1))]
        names = [n for n in names if n]
        if not _PRONOUNS & {n.casefold() for n in names}:
            continue
        full = _FULL_NAME.search(text[: match.start()])
        if full:
            names.append(full.group(1).rstrip(","))
        return tuple(sorted(set(names), key=lambda n: (-len(n), n)))
    return ()
