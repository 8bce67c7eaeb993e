"""Looks at a Word part's bytes that the screen of io/read_limits.py asks for, each
answered as `bytes.split` and the two-byte searches would answer it, but with the C
searches for one byte (memchr) and long jumps: those searches ran over every byte of the
part, each as long as inflating it."""

from __future__ import annotations

_OPEN = 0x3C  # "<"
# past this many "?" (questions in the text), the two-byte count is the quicker
_FEW_QUESTIONS = 64


def spans_within(data: bytes, separator: bytes, most: int) -> bool:
    """`max(map(len, data.split(separator))) <= most`, without a copy of every span: from
    each span's start, the last separator a span of `most` bytes could reach is found, and
    the next span starts after it."""
    start, width = 0, len(separator)
    while len(data) - start > most:
        end = data.rfind(separator, start, start + most + width)
        if end == -1:
            return False  # the next separator, if any, lies past `most` bytes from here
        start = end + width
    return True


def holds_declaration(data: bytes) -> bool:
    """`b"<!" in data` (a comment, CDATA or DOCTYPE): no "!" at all settles it at once."""
    return b"!" in data and b"<!" in data


def instruction_count(data: bytes) -> int:
    """`data.count(b"<?")`: the "?" in the part (the prolog's and few more) are found one
    byte at a time and the byte before each looked at."""
    if data.count(b"?") > _FEW_QUESTIONS:
        return data.count(b"<?")
    count, at = 0, data.find(b"?")
    while at != -1:
        if at and data[at - 1] == _OPEN:
            count += 1
        at = data.find(b"?", at + 1)
    return count
