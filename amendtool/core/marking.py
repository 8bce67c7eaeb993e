"""How a redline marks the words that changed, as Word's Compare and Litera mark them.

The texts are diffed word by word with no cleanup that could swallow a kept word: a lawyer
reading the redline must never see a word struck and inserted again ("The Company will not
be" → "This Company is not" strikes "The", "will" and "be" only). Whole words only: the
space between two changed words is marked with them (one deletion and one insertion for
"two" → "one"), and so is a mark inside a changed word ("5:00" → "11:59" is struck whole,
not "5", ":" kept, "00")."""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from dataclasses import dataclass

from amendtool.core.diffing import DELETE, EQUAL, INSERT, Hunk, hunks_of, tokens


@dataclass
class _Change:
    """Words taken out and put in at one place of a paragraph."""

    removed: str = ""
    added: str = ""

    def __bool__(self) -> bool:
        return bool(self.removed or self.added)


def marked_diff(a: str, b: str) -> list[tuple[int, str]]:
    """The diff of `a` into `b` as a redline marks it: (EQUAL, DELETE or INSERT, text), each
    run of change one deletion followed by one insertion, no word both sides keep in it."""
    old, new = _pieces(a), _pieces(b)
    pieces: list[_Change | str] = []
    i = j = 0
    for op, count in _runs([t for _, t in old], [t for _, t in new]):
        for _ in range(count):
            if op == EQUAL:
                (space_a, token), (space_b, _) = old[i], new[j]
                if space_a != space_b:
                    _change_of(pieces).removed += space_a
                    _change_of(pieces).added += space_b
                    space_a = ""
                pieces.append(space_a + token)
                i, j = i + 1, j + 1
            elif op == DELETE:
                _change_of(pieces).removed += "".join(old[i])
                i += 1
            else:
                _change_of(pieces).added += "".join(new[j])
                j += 1
    tail_a, tail_b = a[len("".join(map("".join, old))) :], b[len("".join(map("".join, new))) :]
    if tail_a == tail_b:
        pieces.append(tail_a)
    else:
        _change_of(pieces).removed += tail_a
        _change_of(pieces).added += tail_b
    return _emitted(_joined(_with_symbols(pieces)))


_LEADING_SYMBOLS = ("$", "€", "£", "¥")


def _with_symbols(pieces: list[_Change | str]) -> list[_Change | str]:
    """A figure changed on both sides takes the "$" printed before it and the "%" after it
    into its change: "$20.00" is struck whole, as the items quote it, not "20.00" with the
    sign left standing."""
    out = list(pieces)
    for index, piece in enumerate(out):
        if not isinstance(piece, _Change) or not (piece.removed and piece.added):
            continue
        before = out[index - 1] if index else None
        if (
            isinstance(before, str)
            and before.endswith(_LEADING_SYMBOLS)
            and piece.removed[0].isdigit()
            and piece.added[0].isdigit()
        ):
            out[index - 1], sign = before[:-1], before[-1]
            piece.removed, piece.added = sign + piece.removed, sign + piece.added
        after = out[index + 1] if index + 1 < len(out) else None
        if (
            isinstance(after, str)
            and after.startswith("%")
            and piece.removed[-1].isdigit()
            and piece.added[-1].isdigit()
        ):
            out[index + 1] = after[1:]
            piece.removed, piece.added = piece.removed + "%", piece.added + "%"
    return [p for p in out if p != ""]


def _runs(old: list[str], new: list[str]) -> Iterator[tuple[int, int]]:
    """(operation, how many words) runs. The longest runs of words both texts keep are
    found first, then the longest in what lies between, and so on: a long rewrite never
    splits a phrase it kept for a scattered "the", and what is left between two kept runs
    shares no word (a word both sides have there would have been found and kept)."""
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            yield EQUAL, i2 - i1
            continue
        if i2 > i1:
            yield DELETE, i2 - i1
        if j2 > j1:
            yield INSERT, j2 - j1


def _pieces(text: str) -> list[tuple[str, str]]:
    """The text as (the space before it, word or mark), in order; what follows the last
    word (a trailing space) is left to the caller."""
    out: list[tuple[str, str]] = []
    space = ""
    for token in tokens(text):
        if token.isspace():
            space += token
        else:
            out.append((space, token))
            space = ""
    return out


def _change_of(pieces: list[_Change | str]) -> _Change:
    """The change the next deletion or insertion belongs to (a new one after kept text)."""
    if not pieces or isinstance(pieces[-1], str):
        pieces.append(_Change())
    last = pieces[-1]
    assert isinstance(last, _Change)
    return last


def marked_hunks(a: str, b: str) -> list[Hunk]:
    """Changed regions of `a` for a redline, each with what replaced it in `b`."""
    return hunks_of(marked_diff(a, b))


def _joined(pieces: list[_Change | str]) -> list[_Change | str]:
    """Two changes and what both sides keep between them as one change, where what they
    keep is no word: a space between two replaced words, or a mark inside a changed word."""
    out: list[_Change | str] = []
    index = 0
    while index < len(pieces):
        piece = pieces[index]
        following = pieces[index + 1] if index + 1 < len(pieces) else None
        last = out[-1] if out else None
        if (
            isinstance(piece, str)
            and isinstance(last, _Change)
            and isinstance(following, _Change)
            and _joinable(last, piece, following)
        ):
            last.removed += piece + following.removed
            last.added += piece + following.added
            index += 2
            continue
        out.append(piece)
        index += 1
    return out


def _joinable(before: _Change, kept: str, after: _Change) -> bool:
    if any(ch.isalnum() for ch in kept):
        return False
    if not kept.strip():  # a space: only between replacements, so no side is left blank
        return all((before.removed, before.added, after.removed, after.added))
    # a mark with no space: joined only when it sits inside a changed word on both sides
    glued = (before.removed, before.added), (after.removed, after.added)
    return (
        not any(ch.isspace() for ch in kept)
        and all(side and not side[-1].isspace() for side in glued[0])
        and all(side and not side[0].isspace() for side in glued[1])
    )


def _emitted(pieces: list[_Change | str]) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    for piece in pieces:
        if isinstance(piece, str):
            out.append((EQUAL, piece))
            continue
        removed, added = piece.removed, piece.added
        lead = _common_space(removed, added)
        removed, added = removed[len(lead) :], added[len(lead) :]
        trail = _common_space(removed[::-1], added[::-1])[::-1]
        if trail:
            removed, added = removed[: -len(trail)], added[: -len(trail)]
        out += [(EQUAL, lead)] if lead else []
        out += [(op, text) for op, text in ((DELETE, removed), (INSERT, added)) if text]
        out += [(EQUAL, trail)] if trail else []
    merged: list[tuple[int, str]] = []
    for op, text in out:
        if merged and merged[-1][0] == op == EQUAL:
            merged[-1] = (EQUAL, merged[-1][1] + text)
        else:
            merged.append((op, text))
    return merged


def _common_space(a: str, b: str) -> str:
    """The whitespace both texts start with."""
    size = 0
    while size < min(len(a), len(b)) and a[size] == b[size] and a[size].isspace():
        size += 1
    return a[:size]
