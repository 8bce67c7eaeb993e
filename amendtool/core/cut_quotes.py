"""Words cut from a longer text ("It now begins “If we extend the offer, the term
‘expiration…’”.") close every quotation mark they opened: a reader, and EDGAR's checks,
otherwise find a quotation that never ends."""

from __future__ import annotations

from amendtool.core.typography import curly_quotes

_CLOSING = {"“": "”", "‘": "’"}


def opened_marks(text: str) -> list[str]:
    """The quotation marks `text` opens and does not close, innermost last, each as written
    (straight or curly); an apostrophe ("offer’s", "the ’90s") opens nothing."""
    curled = curly_quotes(text)
    stack: list[tuple[str, str]] = []  # (the curly opening mark, the mark as written)
    for index, char in enumerate(curled):
        if char in _CLOSING:
            stack.append((char, text[index]))
        elif char in "”’":
            opener = "“" if char == "”" else "‘"
            if any(mark == opener for mark, _ in stack):
                while stack and stack.pop()[0] != opener:
                    pass
    return [written for _, written in stack]


def closing_marks(text: str) -> str:
    """The marks that close what `text` left open, innermost first, in the style it opened
    them in."""
    return "".join(_CLOSING.get(mark, mark) for mark in reversed(opened_marks(text)))


def cut_closed(words: list[str], count: int, cut_mark: str = "…", trim: str = "") -> str:
    """The first `count` of `words`, marked as cut where there were more (`trim`: stops
    taken off before the mark), closing every quotation the kept words opened after the
    mark ("the term ‘expiration…’")."""
    if len(words) <= count:
        return " ".join(words)
    kept = " ".join(words[:count]).rstrip(trim)
    return kept + cut_mark + closing_marks(kept)
