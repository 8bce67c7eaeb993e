"""Centred display lines set with no blank line between them: an EDGAR cover often prints
the issuer's name, the offer's title and the expiration legend one under another. A title
wrapped over two centred lines is one paragraph; a line that begins a new display line is
another ("COBALT RIDGE SOFTWARE, INC." over "OFFER TO EXCHANGE …" over "THE OFFER AND
WITHDRAWAL RIGHTS EXPIRE …"), so an item that changes the legend quotes the legend alone.
"""

from __future__ import annotations

import re

from amendtool.core.pattern_store import compiled

# a line that ends so ("PACIFIC TIME,", "FOR") goes on in the next
_GOES_ON = compiled(
    r"(?:[,;\-–—(]|\b(?:and|or|of|the|for|to|at|on|in|by|with|from|a|an|per|than|as)\b)$",
    re.IGNORECASE,
)
# a line that opens so ("ON JUNE 11, 2026, UNLESS …", "FOR NEW OPTIONS") goes on from the last
_CONTINUES = compiled(
    r"^(?:and|or|of|for|to|at|on|in|by|with|from|per|unless|than|as|having|that|which)\b",
    re.IGNORECASE,
)
# words that open a sentence of a cover's legends ("THE OFFER … EXPIRE …", "THIS OFFER …")
_OPENS = compiled(r"^(?:the|this|these|each|you|we|our|holders|no|if)\b", re.IGNORECASE)


def display_lines(lines: list[str]) -> list[list[str]]:
    """`lines` (each centred) as display lines: a new one after a line that ends a sentence
    or a name ("INC."), or at a line that opens the sentence that closes the block."""
    groups = [[lines[0]]]
    for index in range(1, len(lines)):
        previous, line = lines[index - 1].strip(), lines[index].strip()
        if _GOES_ON.search(previous) or _CONTINUES.match(line):
            groups[-1].append(lines[index])
            continue
        closing = lines[-1].rstrip().endswith(".") and _OPENS.match(line) is not None
        if previous.endswith(".") or closing:
            groups.append([lines[index]])
        else:
            groups[-1].append(lines[index])
    return groups
