"""Words quoted so that they occur once in the sentence they are cited in: a quotation
found twice names no place, so the changed words are widened, a word at a time, to the
shortest run found once that neither starts nor ends like a fragment ("the offer to us",
"210 of them")."""

from __future__ import annotations

import re

from amendtool.core.locate import occurrences

_REACH = 8  # words an anchor may be widened by on either side
# words an anchor widened to the left may take in before it: "the offer to us"
_ARTICLES = frozenset({"the", "a", "an"})
# a quotation that begins with one of these reads as a fragment ("and the terms")
_WEAK_START = frozenset("and or nor but of to in on at by for with from as that which than".split())
# a widened quotation does not end with one of these: "210 of them", not "210 of"
_WEAK_END = _WEAK_START | _ARTICLES


def unique_anchor(
    old: str, new: str, start: int, end: int, shift: int, anchor: tuple[str, int], max_words: int
) -> tuple[str, str] | None:
    """Words only added or only taken out stay so: the words beside them that anchor them
    are widened away from the change until they occur once ('inserting "and your election"
    immediately after "the offer to us"', 'deleting "your" immediately after "or you may
    tender"'), never across it into a replacement. Words taken out that occur once need no
    anchor."""
    side, point = anchor
    removed = old[point:end] if side == "left" else old[start:point]
    if removed.strip() and occurrences(removed.strip(), old) == 1:
        return old[start:end].strip(), new[start : end + shift].strip()
    if side == "left":
        for left in [start, *_word_starts(old, start)[:_REACH]]:
            if occurrences(old[left:point].strip(), old) == 1:
                article = old[:left].rstrip().split()[-1:]
                if left < start and article and article[0].lower() in _ARTICLES:
                    left = old[:left].rstrip().rfind(article[0])
                return _within(old[left:end].strip(), new[left : end + shift].strip(), max_words)
        return None
    rights = _word_ends(old, end)
    for right in [end, *rights[:_REACH]]:
        if occurrences(old[point:right].strip(), old) == 1:
            right = _past_weak_end(old, right, end, rights)
            return _within(old[start:right].strip(), new[start : right + shift].strip(), max_words)
    return None


def _within(old_words: str, new_words: str, max_words: int) -> tuple[str, str] | None:
    if len(old_words.split()) + len(new_words.split()) > 2 * max_words:
        return None
    return old_words, new_words


def unique(
    old: str, new: str, start: int, end: int, shift: int, max_words: int
) -> tuple[str, str] | None:
    """Widen the quoted words, a word at a time, until they occur once in the old sentence;
    of the widenings that do, the one with fewest words that does not start like a fragment.
    None when only the whole sentence would do."""
    if occurrences(old[start:end].strip(), old) <= 1:
        return old[start:end].strip(), new[start : end + shift].strip()
    lefts = _word_starts(old, start)  # positions the quotation may start at, nearest first
    rights = _word_ends(old, end)
    best: tuple[tuple[bool, int], int, int] | None = None
    for a, left in enumerate([start, *lefts[:_REACH]]):
        for b, right in enumerate([end, *rights[:_REACH]]):
            quoted = old[left:right].strip()
            if (left, right) == (start, end) or occurrences(quoted, old) != 1:
                continue
            right = _past_weak_end(old, right, end, rights)
            quoted = old[left:right].strip()
            if left == 0 and right >= len(old.rstrip()):
                continue  # the whole sentence: cite it as a sentence instead
            first_word = quoted.split()[0].lower().strip("(\"'“")
            rank = (first_word in _WEAK_START, a + b)
            if best is None or rank < best[0]:
                best = (rank, left, right)
            break  # a longer right end with this left end only adds words
    if best is None:
        return None
    _, left, right = best
    if left < start:
        article = old[:left].rstrip().split()[-1:] if old[:left].strip() else []
        if article and article[0].lower() in _ARTICLES:
            left = old[:left].rstrip().rfind(article[0])
    old_words = old[left:right].strip()
    new_words = new[left : right + shift].strip()
    if len(old_words.split()) + len(new_words.split()) > 2 * max_words:
        return None
    return old_words, new_words


def _past_weak_end(text: str, right: int, end: int, rights: list[int]) -> int:
    """A quotation widened past the change (`right` beyond `end`) ends on a word that says
    something: '"210 of them"', never '"210 of"' (a preposition, article or conjunction
    leaves the reader waiting for the word it introduces)."""
    if right <= end:
        return right
    for later in [right, *(r for r in rights if r > right)]:
        last = re.findall(r"[\w’']+", text[:later])[-1:]
        if not last or last[0].lower() not in _WEAK_END:
            return later
    return right


def _word_starts(text: str, position: int) -> list[int]:
    """Where the words before `position` start, nearest first."""
    return [m.start() for m in re.finditer(r"\S+", text[:position])][::-1]


def _word_ends(text: str, position: int) -> list[int]:
    """Where the words after `position` end, nearest first (a comma, semicolon or the
    sentence's final stop after a word is not quoted with it)."""
    ends = []
    for match in re.finditer(r"\S+", text[position:]):
        word = match.group(0).rstrip(",;:")
        if position + match.end() >= len(text.rstrip()):
            word = word.rstrip(".?!\"'”’)")
        if word:
            ends.append(position + match.start() + len(word))
    return ends
