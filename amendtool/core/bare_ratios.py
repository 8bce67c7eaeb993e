"""Exchange ratios printed bare: "1 for 2", "2-for-1", "2 to 1", "2-to-1", "2:1". None of them
says which number counts what holders receive; the words around it must (ratio_directions.py,
ratio_reading.py). "X for Y" is a ratio wherever printed; "X to Y" and "X:Y" only in a
sentence that speaks of a ratio (resources/checks/ratio_directions.toml `ratio_words`), so a
range ("ages 18 to 65") or a time of day ("5:30 p.m.") is never read as one."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache

from amendtool.core.numerals import number_begins
from amendtool.core.pattern_store import compiled
from amendtool.core.plain_numbers import NUM, WORD_VALUES
from amendtool.core.resource_toml import read_toml
from amendtool.core.text_cache import kept_by_content
from amendtool.resources import resource_path

# the separator kept, so a finding prints the ratio reversed the way the offer prints it
BARE = compiled(
    rf"\b(?P<c>{NUM})(?P<sep>[- ]for[- ]|[- ]to[- ]|[ ]?:[ ]?)(?P<d>{NUM})\b"
    r"(?!\s*[ap]\.?\s?m\b)",
    re.I,
)
# what follows the separator of every bare ratio (the second number, not a time of day): a
# paragraph without it prints none, told without trying every number at every word
_MAY_BE_BARE_SOURCE = r"(?:(?<=[- ])(?:for|to)[- ]|:[ ]?)(?!\d+\s*[ap]\.?\s?m\b)" + number_begins(
    WORD_VALUES
)
_MAY_BE_BARE = compiled(_MAY_BE_BARE_SOURCE, re.I)
# its letters are all small: text in ASCII (most of an offer) is looked at in lower case by
# the pattern minding case, which finds the same without trying each letter both ways; each
# branch led by the character the engine finds before it tries the rest ("f", "t", ":"), not
# tried at every place (the space or hyphen before "for" or "to" told just after its "f" or
# "t")
_MAY_BE_BARE_LOWER = compiled(
    r"(?:f(?<=[- ]f)or[- ]|t(?<=[- ]t)o[- ]|:[ ]?)(?!\d+\s*[ap]\.?\s?m\b)"
    + number_begins(WORD_VALUES)
)
# (a capital in a number word added to the list: text is looked at ignoring case again)
_SMALL_LETTERS = not any(c.isupper() for c in re.sub(r"\\.", "", _MAY_BE_BARE_SOURCE))
_TIME = compiled(r"^\d{1,2}\s?:\s?\d{2}$")  # "9:00", "5:30": a time of day, not "1:10"
_FOR = compiled(r"for", re.I)
# words before "2 to 4" that make it a range, not a ratio ("Sections 2 to 4", "from 1 to 3")
_RANGE = compiled(
    r"\b(?:sections?|pages?|items?|paragraphs?|rules?|exhibits?|schedules?|between|from|ages?|aged)"
    r"\s*$",
    re.I,
)


@cache
def ratio_words() -> re.Pattern[str]:
    """A sentence with one of these speaks of a ratio (the firm's list)."""
    words = [
        str(w)
        for w in read_toml(resource_path("checks", "ratio_directions.toml")).get("ratio_words", [])
    ]
    joined = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) or r"(?!)"
    return re.compile(rf"\b(?:{joined})\b", re.I)


def may_be_bare(text: str) -> bool:
    """`_MAY_BE_BARE.search(text)` found something: asked of every paragraph by several
    checks, of text in ASCII in lower case (any other text ignoring case, as Unicode folds
    more than ASCII does: "K", the Kelvin sign, is "k")."""
    if _SMALL_LETTERS and text.isascii():
        return _MAY_BE_BARE_LOWER.search(text.lower()) is not None
    return _MAY_BE_BARE.search(text) is not None


def may_print_bare(text: str) -> bool:
    """False when `text` prints no bare ratio (`BARE.search` finds none); True when it may."""
    return may_be_bare(text) and BARE.search(text) is not None


def bare_matches(text: str) -> list[re.Match[str]]:
    """`BARE.finditer(text)`, looked for only where the quick look finds what follows a bare
    ratio's separator: the full pattern tries every number at every word of a paragraph."""
    return list(_bare_matches(text))


@kept_by_content
def _bare_matches(text: str) -> tuple[re.Match[str], ...]:
    """Kept by the text: the ratio-direction check reads each sentence of the offer, and a
    long offer says the same sentence in many places (1,172 read, 234 texts)."""
    return tuple(BARE.finditer(text)) if may_be_bare(text) else ()


def bare_ratios(
    sentence: str, found: Iterable[re.Match[str]] | None = None
) -> Iterator[re.Match[str]]:
    """Each bare ratio the sentence prints, read by its context as above; `found`: what
    `BARE.finditer(sentence)` gave, when the caller has it (the sentence is not read again)."""
    spoken: bool | None = None
    for match in bare_matches(sentence) if found is None else found:
        if _FOR.search(match["sep"]):
            yield match
            continue
        if ":" in match["sep"] and _TIME.match(match.group(0)):
            continue
        if _RANGE.search(sentence, 0, match.start()):
            continue
        if spoken is None:
            spoken = ratio_words().search(sentence) is not None
        if spoken:
            yield match


def reversed_as_printed(match: re.Match[str]) -> str:
    """The ratio the other way round, printed with its own separator ("1:2" for "2:1")."""
    return f"{match['d']}{match['sep']}{match['c']}"
