"""Which words of an all-capitals heading keep their capitals when counsel quote the heading
in title case: an acronym ("ERISA", "SFAS") is no word to lower. Known ones come from a list
a firm can edit; the offer's own text names the rest by writing them in capitals."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from functools import cache

from amendtool.core.errors import InputError
from amendtool.resources import resource_path

_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*")
# what every word in capitals starts with ("ESPP", "RSUs", "A1"): most paragraphs have none
_TWO_CAPITALS = re.compile(r"[A-Z][A-Z0-9]")


@cache
def _lists() -> tuple[frozenset[str], frozenset[str]]:
    """(the words kept in capitals, the words lowered) of resources/wording/capitals.toml."""
    path = resource_path("wording", "capitals.toml")
    try:
        table = tomllib.loads(path.read_text(encoding="utf-8"))
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
    OFFER") or emphasis, and a paragraph all in capitals (a legend) says nothing."""
    found: set[str] = set()
    for text in paragraphs:
        if _TWO_CAPITALS.search(text) is None or not any(c.islower() for c in text):
            continue  # no word in capitals here (an acronym starts with two of them)
        words = _WORD.findall(text)
        caps = [_capitals(w) if w[:2].isupper() else "" for w in words]
        for index, word in enumerate(caps):
            alone = not (index and caps[index - 1]) and not (
                index + 1 < len(caps) and caps[index + 1]
            )
            if word and alone:
                found.add(word)
    return frozenset(found)


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
