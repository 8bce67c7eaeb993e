"""How a heading reads as a title: whether its words read as a title at all, and which of its
capitals stay when it is quoted in title case.

Whether words read as a title or as a sentence: what tells a heading from a paragraph
once its look (style, bold, capitals) is known.

Which words of an all-capitals heading keep their capitals when counsel quote the heading
in title case: an acronym ("ERISA", "SFAS") is no word to lower. Known ones come from a list
a firm can edit; the offer's own text names the rest by writing them in capitals."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from functools import cache

from amendtool.core.errors import InputError
from amendtool.core.pattern_store import compiled
from amendtool.core.resource_toml import read_toml
from amendtool.resources import resource_path

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


_WORD = compiled(r"[A-Za-z][A-Za-z0-9]*")
# what every word in capitals starts with ("ESPP", "RSUs", "A1"): most paragraphs have none
_TWO_CAPITALS = compiled(r"[A-Z][A-Z0-9]")


@cache
def _lists() -> tuple[frozenset[str], frozenset[str]]:
    """(the words kept in capitals, the words lowered) of resources/wording/capitals.toml."""
    path = resource_path("wording", "capitals.toml")
    try:
        table = read_toml(path)
        kept, lowered = (
            frozenset(str(w).upper() for w in table.get(k, [])) for k in ("words", "lowered")
        )
    except (OSError, tomllib.TOMLDecodeError, TypeError) as exc:
        raise InputError(path, f"the words kept in capitals cannot be read ({exc})") from exc
    return kept, lowered


def known_capitals() -> frozenset[str]:
    return _lists()[0]


def written_in_capitals(paragraphs: Iterable[str]) -> frozenset[str]:
    """The words running text writes in capitals on their own ("the Plan is subject to
    ERISA"). Words set in capitals together are a heading cited in the text ("see THE
    OFFER") or emphasis, and a paragraph all in capitals (a legend) says nothing. Each text
    is read once, however often it is given: the original and its revision share most of
    their paragraphs, and what a text says is the same each time."""
    found: set[str] = set()
    named: set[str] = set()  # words also written as a name ("Acme" beside its ticker "ACME")
    for text in dict.fromkeys(paragraphs):
        if _TWO_CAPITALS.search(text) is None or not any(c.islower() for c in text):
            named.update(map(str.upper, _NAME.findall(text)))
            continue  # no word in capitals here (an acronym starts with two of them)
        named.update(map(str.upper, _NAME.findall(text)))
        words = _WORD.findall(text)
        caps = [_capitals(w) if w[:2].isupper() else "" for w in words]
        for index, word in enumerate(caps):
            alone = not (index and caps[index - 1]) and not (
                index + 1 < len(caps) and caps[index + 1]
            )
            if word and alone:
                found.add(word)
    return frozenset(found - named)


_NAME = compiled(r"\b[A-Z][a-z]{2,}\b")


def _capitals(word: str) -> str:
    """The acronym a word is written as ("ESPP", "RSUs" → "RSU"), else ""."""
    stem = word.removesuffix("s")
    return stem if len(stem) >= 2 and stem.isupper() and stem not in _lists()[1] else ""


def kept_in_capitals(word: str, capitals: frozenset[str]) -> str | None:
    """The word as a title prints it when it is an acronym ("RSUS" → "RSUs"), else None."""
    upper = word.upper()
    for known in (known_capitals(), capitals):
        if upper in known:
            return upper
        if upper.endswith("S") and upper[:-1] in known:
            return upper[:-1] + "s"
    return None
