"""An exchange ratio printed bare ("1 for 2") says nothing of which number counts what holders
receive: the offer says it in the words around it ("1 for 2, meaning one New Option for
every two Eligible Options", a table column "New Options for Eligible Options") or in an
explanation elsewhere. An offer that prints "1 for 2" in one place and "2 for 1" in another
gives holders two answers to what they receive. Each bare ratio of the amended offer is read
the way those words say; one that, so read, reverses the ratio the offer states is an error
where its sentence states the exchange ("the exchange ratio is 2 for 1"), else a warning;
two bare ratios reversed against each other with no words to tell which is meant are a
warning naming both. The words and messages are the firm's
(resources/checks/ratio_directions.toml)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING

from amendtool.core.bare_ratios import (
    BARE,
    bare_ratios,
    may_print_bare,
    reversed_as_printed,
)
from amendtool.core.expiration_checks import place_of
from amendtool.core.findings import ERROR, WARNING, Finding
from amendtool.core.model import ParagraphKind
from amendtool.core.pattern_store import compiled
from amendtool.core.plain_numbers import decimal_of
from amendtool.core.ratio_reading import _explained, offer_reading
from amendtool.core.ratio_sentences import SentenceReadings
from amendtool.core.ratios import is_split_ratio
from amendtool.core.resource_toml import read_toml
from amendtool.core.segment import sentences
from amendtool.resources import resource_path

if TYPE_CHECKING:
    from amendtool.core.amendment import Amendment
    from amendtool.core.model import Paragraph, Section

CODE = "ratio_direction"
_CLOSE = Decimal("0.0001")
_DIGIT = compiled(r"\d")
_HEADINGS = 6


@dataclass(frozen=True)
class Bare:
    """A ratio printed without saying which way it runs ("1 for 2"), with the words around
    it that may tell."""

    first: Decimal  # the numbers as printed
    second: Decimal
    printed: str
    flipped: str  # the ratio the other way round, as the offer would print it
    band: str  # the exercise-price band it is stated for, "" for none
    received_first: bool | None  # as the words around it read it; None: they do not say
    explained: str  # those words
    states: bool  # its sentence states the exchange
    where: str
    text: str  # its paragraph, to find the item that states it


@cache
def _table() -> tuple[tuple[str, ...], dict[str, str]]:
    """The words of a sentence that states the exchange, and the messages."""
    table = read_toml(resource_path("checks", "ratio_directions.toml"))
    words = tuple(str(w).lower() for w in table.get("states_the_exchange", []))
    return words, {str(k): str(v) for k, v in table.get("messages", {}).items()}


@cache
def _states_pattern() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in _table()[0]) or r"(?!)"
    return re.compile(rf"\b(?:{words})\b", re.I)


def check_ratio_directions(amendment: Amendment) -> list[Finding]:
    """An error or a warning for each bare ratio the amended offer prints the other way round
    from the ratio it states; a warning for two bare ratios reversed, neither read."""
    document = amendment.revised
    if not any(may_print_bare(p.text) for p in document.paragraphs()):
        return []  # no bare ratio: most offers, read no further
    offer = offer_reading(document)
    stated: dict[str, set[Decimal]] = {}
    bares: list[Bare] = []
    readings = SentenceReadings()
    for section in document.sections:
        # a table's heading rows: words only, no figure (a few at most)
        headings = [
            p.text for p in section.paragraphs if "\t" in p.text and not _DIGIT.search(p.text)
        ][:_HEADINGS]
        for paragraph in section.paragraphs:
            _read(section, paragraph, headings, stated, bares, readings)
    findings: list[Finding] = []
    read: list[tuple[Bare, bool, str]] = []  # each bare ratio read, which way, by what words
    unread: list[Bare] = []
    for bare in bares:
        way, explained = bare.received_first, bare.explained
        if way is None and offer is not None:
            way, explained = offer.received_first, offer.explained
        if way is None:
            unread.append(bare)
            continue
        value = _value(bare, way)
        expected = stated.get(bare.band) or stated.get("") or set()
        if _within(1 / value, expected) and not _within(value, expected):
            findings.append(_reversed(amendment, bare, way, explained))
        elif not _within(value, expected):
            read.append((bare, way, explained))
    # two read the same way that reverse each other: the one the amendment prints is reversed
    by_value: dict[tuple[str, Decimal], tuple[Bare, bool, str]] = {}
    pairs: set[tuple[str, frozenset[Decimal]]] = set()  # each pair of ratios read once
    for bare, way, explained in read:
        value = _rounded(_value(bare, way))
        other = by_value.get((bare.band, _rounded(1 / value)))
        by_value.setdefault((bare.band, value), (bare, way, explained))
        pair = (bare.band, frozenset({value, _rounded(1 / value)}))
        if other is None or pair in pairs:
            continue
        pairs.add(pair)
        new = [b for b in (other[0], bare) if _item_stating(amendment, b) is not None]
        if len(new) == 1:
            findings.append(_reversed(amendment, new[0], way, explained))
        else:
            unread += [other[0], bare]
    by_sides: dict[tuple[str, Decimal], Bare] = {}
    said: set[tuple[str, frozenset[Decimal]]] = set()  # each pair said once
    for bare in unread:
        ratio = _rounded(bare.first / bare.second)
        other_ = by_sides.get((bare.band, _rounded(bare.second / bare.first)))
        by_sides.setdefault((bare.band, ratio), bare)
        pair = (bare.band, frozenset({ratio, _rounded(1 / ratio)}))
        if other_ is None or other_ is bare or pair in said:
            continue
        said.add(pair)
        text = _table()[1]["unread"].format(
            first=other_.printed,
            first_place=other_.where,
            other=bare.printed,
            other_place=bare.where,
        )
        item = _item_stating(amendment, bare)
        item = item if item is not None else _item_stating(amendment, other_)
        findings.append(Finding(WARNING, CODE, text, item))
    return findings


def _value(bare: Bare, received_first: bool) -> Decimal:
    """What one given up brings, the bare ratio read the way it is read."""
    return bare.first / bare.second if received_first else bare.second / bare.first


def _reversed(amendment: Amendment, bare: Bare, received_first: bool, explained: str) -> Finding:
    """An error where the ratio's sentence states the exchange, else a warning."""
    received, given = (bare.first, bare.second) if received_first else (bare.second, bare.first)
    text = _table()[1]["reversed"].format(
        place=bare.where[:1].upper() + bare.where[1:],
        printed=bare.printed,
        explained=explained.strip(),
        received=_n(received),
        given=_n(given),
        reversed=bare.flipped,
    )
    severity = ERROR if bare.states else WARNING
    return Finding(severity, CODE, text, _item_stating(amendment, bare))


def _read(
    section: Section,
    paragraph: Paragraph,
    headings: list[str],
    stated: dict[str, set[Decimal]],
    bares: list[Bare],
    readings: SentenceReadings,
) -> None:
    """The ratios the paragraph states in words (by band) and the bare ones it prints."""
    text = paragraph.text
    if not readings.may_state(text):
        return  # states no ratio: most paragraphs of a long offer
    explained = _explained(text)
    row = paragraph.kind is ParagraphKind.TABLE_ROW or "\t" in text
    for sentence in [text] if row else sentences(text):
        said = readings.sentence(sentence)
        if said is None:
            continue
        band, found = said.band, said.found
        for value in said.values:
            stated.setdefault(band, set()).add(value)
        for match in bare_ratios(sentence, found):
            if is_split_ratio(sentence, match.group(0)):
                continue
            first, second = decimal_of(match["c"]), decimal_of(match["d"])
            if not first or not second or first == second:
                continue
            way, words = _around(match, explained, sentence, row, headings)
            bares.append(
                Bare(
                    first,
                    second,
                    " ".join(match.group(0).split()),
                    " ".join(reversed_as_printed(match).split()),
                    band,
                    way,
                    words,
                    _states_pattern().search(sentence) is not None,
                    place_of(section, paragraph),
                    text,
                )
            )


def _around(
    match: re.Match[str],
    explained: tuple[tuple[bool, str], ...],
    sentence: str,
    row: bool,
    headings: list[str],
) -> tuple[bool | None, str]:
    """Which way the words around a bare ratio read it: its paragraph's own explanation
    ("1 for 2, which means one New Option for every two"), words in parentheses right after
    it naming both sides in the order printed ("2 for 1 (Eligible Options for New
    Options)"), or the heading of the table column it stands in ("New Options for Eligible
    Options"); (None, "") when none says. The order the sentence names the securities in
    ("exchange Eligible Options for New Options at 1 for 2") says nothing of the ratio's."""
    ways = {way for way, _ in explained}
    if len(ways) == 1:
        return ways.pop(), explained[0][1]
    after = _PARENTHESES.match(sentence, match.end())
    cell = sentence.split("\t")
    alone = row and any(BARE.fullmatch(c.strip()) for c in cell)
    for words in (
        [after.group(1)] if after else _column_headings(sentence, headings) if alone else []
    ):
        named = _SIDES.search(words)
        if named:
            return named["new"] is not None, words.strip()
    return None, ""


_PARENTHESES = compiled(r"\s*\(([^()]{1,120})\)")
_NEW = r"(?:new|replacement)"
_OLD = r"(?:eligible|tendered|surrendered|exchanged|existing|old)"
# both sides named, what is printed first first: "New Options for Eligible Options",
# "Eligible RSUs per New RSU", "new-for-old"
_SIDES = compiled(
    rf"\b(?P<new>{_NEW}(?:[\s-]+[\w-]+){{0,3}}?(?:[\s-]+(?:for|per|to)[\s-]+|\s*:\s*)(?:each\s+|every\s+)?{_OLD})\b"
    rf"|\b{_OLD}(?:[\s-]+[\w-]+){{0,3}}?(?:[\s-]+(?:for|per|to)[\s-]+|\s*:\s*)(?:each\s+|every\s+)?{_NEW}\b",
    re.I,
)


def _column_headings(row: str, headings: list[str]) -> list[str]:
    """The headings over the row's cell that prints the bare ratio alone."""
    cells = row.split("\t")
    column = next((i for i, cell in enumerate(cells) if BARE.fullmatch(cell.strip())), None)
    if column is None:
        return []
    out = []
    for heading in headings:
        theirs = heading.split("\t")
        if heading != row and not may_print_bare(heading) and column < len(theirs):
            out.append(theirs[column])
    return out


def _within(value: Decimal, values: set[Decimal]) -> bool:
    return any(abs(value - v) < _CLOSE for v in values)


def _rounded(value: Decimal) -> Decimal:
    return value.quantize(_CLOSE)


def _n(number: Decimal) -> str:
    return f"{number.normalize():f}"


def _item_stating(amendment: Amendment, bare: Bare) -> int | None:
    """The item whose new text prints the bare ratio where it stands, the first such."""
    for index, item in enumerate(amendment.change_items):
        new = item.new_text or ""
        if bare.printed in new and (bare.text in new or new in bare.text):
            return index
    return None
