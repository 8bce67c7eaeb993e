"""The words of a whole document in small letters (each run of `\\w` characters), counted or
joined by single spaces: what the refusal of an unrelated revised file compares.

Both documents of every draft are read this way, a long offer's hundreds of thousands of
characters. Text in ASCII (most offers) is read as bytes: each byte that is no word's is
made a space and each capital a small letter in one table pass, and the words split apart
at the spaces, the same words the pattern finds, lower-cased one by one. Any other text is
read by the pattern, as Unicode capitals and letters are its to know."""

from __future__ import annotations

from collections import Counter

from amendtool.core.pattern_store import compiled

WORD = compiled(r"\w+")

_WORD_BYTES = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
# every byte: a word's in small letters, any other a space (ASCII text only is read so)
_FOLD = bytes(
    (chr(b).lower().encode()[0] if b in _WORD_BYTES else ord(" ")) if b < 128 else b
    for b in range(256)
)


def words_of(text: str) -> list[str]:
    """Each word of `text`, in small letters, in order (the pattern's reading)."""
    return [word.lower() for word in WORD.findall(text)]


def counted_words(text: str) -> Counter[str]:
    """How often each word of `text` occurs, in small letters."""
    if not text.isascii():
        return Counter(words_of(text))
    counts = Counter(text.encode("ascii").translate(_FOLD).split())
    return Counter({word.decode("ascii"): count for word, count in counts.items()})


def folded_words(text: str) -> str:
    """The words of `text` in small letters, one space apart."""
    if not text.isascii():
        return " ".join(words_of(text))
    return b" ".join(text.encode("ascii").translate(_FOLD).split()).decode("ascii")
