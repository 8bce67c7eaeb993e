"""Each distinct change named once in a reason: a paragraph that makes the same edit in two
places ("the Depositary" → "the Tender Agent", in the definition and where it is used)
makes one change, and a reason that names it twice reads as two."""

from __future__ import annotations

from collections.abc import Iterable


def once(parts: Iterable[str]) -> list[str]:
    """`parts` in their order, each kept the first time it comes."""
    return list(dict.fromkeys(parts))


def listed(parts: Iterable[str]) -> str:
    """'“a”, “b” and “c”': the distinct parts in their order."""
    shown = once(parts)
    return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " and " + shown[-1]
