"""Whether words read as a title or as a sentence: what tells a heading from a paragraph
once its look (style, bold, capitals) is known."""

from __future__ import annotations

import re

# words a title sets in lower case
_SMALL = frozenset(
    """
    a an and as at but by for from in into nor of on or per the to upon with
    """.split()
)


def is_all_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


def is_title_like(text: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", text)]
    if not words or len(words) > 14:
        return False
    significant = [w for w in words[1:] if w.lower() not in _SMALL]
    if not significant:
        return words[0][0].isupper()
    capitalised = sum(w[0].isupper() for w in significant)
    return words[0][0].isupper() and capitalised / len(significant) >= 0.6


_SENTENCE_WORDS = frozenset(
    """
    i we you they he she it is are was were be been am will shall may must can could should
    would has have had do does did not
    """.split()
)


def long_title(text: str) -> bool:
    """'Certain Information Concerning the Company; Interests of Directors, …': a title of
    any length, its significant words capitalised and none of a sentence's words in it."""
    words = re.findall(r"[A-Za-z][\w'’-]*", text)
    if not words or not words[0][0].isupper():
        return False
    if any(w.lower() in _SENTENCE_WORDS for w in words):
        return False
    significant = [w for w in words[1:] if w.lower() not in _SMALL]
    return sum(w[0].isupper() for w in significant) >= 0.8 * len(significant)


def sentence_case_title(text: str) -> bool:
    """'Number of options; expiration date.': a heading in sentence case, told from a
    sentence by having no subject pronoun or auxiliary verb."""
    words = re.findall(r"[A-Za-z][\w'’-]*", text)
    return 0 < len(words) <= 16 and not any(w.lower() in _SENTENCE_WORDS for w in words)


def reads_as_sentence(text: str) -> bool:
    """A full sentence (ends in a period, mostly lower-case words) is no heading."""
    return text.endswith(".") and not is_title_like(text.rstrip("."))
