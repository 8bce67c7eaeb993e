"""Which way round an offer prints its "X for Y" ratios, as the offer itself explains one.

Offers print a bare ratio ("1 for 2") new-for-old and old-for-new alike; a table row that
changes "1 for 2" to "1 for 1.75" says nothing of which side is received. The offer often
says it elsewhere: "exchanged at a ratio of 1 for 2, which means you will receive one New
Option for every two shares". That explanation fixes the reading of every bare ratio the
offer prints; an offer that explains none, or explains them both ways, is left to counsel."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from decimal import Decimal
from typing import TYPE_CHECKING

from amendtool.core.bare_ratios import BARE, bare_ratios
from amendtool.core.model import Document
from amendtool.core.pattern_store import compiled
from amendtool.core.plain_facts import FactChange
from amendtool.core.plain_numbers import NUM, RATIO, decimal_of, ratio_terms
from amendtool.core.ratios import GIVEN_UP, RECEIVED
from amendtool.core.text_cache import kept_by_content

if TYPE_CHECKING:
    from amendtool.core.items import AmendmentItem

_BARE = compiled(rf"\b(?P<c>{NUM})[- ]for[- ](?P<d>{NUM})\b", re.I)
# the end of every `_BARE` match, from its " for " on: the same characters match it where
# `_BARE` matched (the flags and the number's pattern are the same), so a text it is not
# found in prints no bare ratio; looked for from "for", not tried as a number at every word
_FOR_NUMBER = compiled(rf"[- ]for[- ](?:{NUM})\b", re.I)


def prints_bare(text: str) -> bool:
    """Whether `text` prints a bare "X for Y" ratio (`_BARE` found in it): the items of a
    long revision say "for" in most paragraphs and print a bare ratio in few."""
    return _FOR_NUMBER.search(text) is not None and _BARE.search(text) is not None


_SENTENCE_END = compiled(r"[.;](?:\s|$)")


@dataclasses.dataclass(frozen=True)
class Reading:
    """How the offer's own explanations read its bare ratios."""

    received_first: bool  # "1 for 2": one received for two given up
    explained: str  # the offer's own words saying what one receives for what one gives


_READ: dict[int, tuple[Document, Reading | None]] = {}  # the last documents read, by id


def offer_reading(document: Document) -> Reading | None:
    """How the offer's bare ratios read, from every explanation of one it prints; None when
    it explains none or explains them both ways round."""
    held = _READ.get(id(document))
    if held is not None and held[0] is document:
        return held[1]
    found: dict[bool, str] = {}
    for section in document.sections:
        for paragraph in section.paragraphs:
            for way, words in _explained(paragraph.text):
                found.setdefault(way, words)
    reading = Reading(*next(iter(found.items()))) if len(found) == 1 else None
    if len(_READ) > 8:
        _READ.clear()
    _READ[id(document)] = (document, reading)
    return reading


@kept_by_content
def _explained(text: str) -> tuple[tuple[bool, str], ...]:
    """(received first?, the explaining words) for each bare ratio the text explains: read
    once for each paragraph, which the offer's reading and the check of each bare ratio's
    direction both ask about."""
    if " for " not in text:
        return ()
    bares = [(decimal_of(m["c"]), decimal_of(m["d"])) for m in bare_ratios(text)]
    if not bares:
        return ()  # nothing to explain: the costly ratio pattern is not tried (most paragraphs)
    out = []
    for match in RATIO.finditer(text):
        if BARE.fullmatch(match.group(0)):
            continue  # a bare ratio explains nothing
        received, given = ratio_terms(match.group(0))
        if not received or not given:
            continue
        end = _SENTENCE_END.search(text, match.end())
        words = text[match.start() : end.start() if end else len(text)]
        for c, d in bares:
            if not c or not d or c == d:
                continue
            if received / given == c / d:
                out.append((True, words))
            elif received / given == d / c:
                out.append((False, words))
    return tuple(out)


def read_as_explained(changes: list[FactChange], document: Document | None) -> list[FactChange]:
    """Each ratio change whose text left it unread, read the way the offer explains its
    ratios: printed received-first, the more received for each one given up the higher."""
    if document is None or not any(c.kind == "ratio" and c.unread for c in changes):
        return changes
    reading = offer_reading(document)
    if reading is None:
        return changes
    return read_with(changes, reading)


def read_by_heading(changes: list[FactChange], text: str) -> list[FactChange]:
    """Each bare ratio of a table row left unread, read the way its column's heading names
    the sides: "New Options for Eligible Options" prints what is received first, "Eligible
    Options for each New Option" what is given up first; a heading that names neither side
    ("Exchange Ratio") leaves it to the offer's own explanation, or to counsel."""
    if not any(c.kind == "ratio" and c.unread and c.row for c in changes):
        return changes
    lines = text.split("\n")
    out = []
    for change in changes:
        reading = _heading_reading(change, lines) if change.unread and change.row else None
        out += read_with([change], reading) if reading is not None else [change]
    return out


def _heading_reading(change: FactChange, lines: list[str]) -> Reading | None:
    """How the heading over the change's cell reads its ratio; None when it does not say."""
    row = next((line for line in lines if line.startswith(change.row) and "\t" in line), None)
    if row is None:
        return None
    cells = row.split("\t")
    column = next((i for i, cell in enumerate(cells) if prints_bare(cell)), None)
    headings = [line.split("\t") for line in lines if "\t" in line and not prints_bare(line)]
    named = [h[column] for h in headings if column is not None and column < len(h)]
    for heading in named:
        received, given = RECEIVED.search(heading), GIVEN_UP.search(heading)
        if received and given:
            return Reading(received.start() < given.start(), heading.strip())
    return None


def read_with(changes: list[FactChange], reading: Reading) -> list[FactChange]:
    """The unread ratio changes read as `reading` says their bare ratios are printed."""
    out = []
    for change in changes:
        was, now = _sides(change.old), _sides(change.new)
        if change.kind != "ratio" or not change.unread or was is None or now is None:
            out.append(change)
            continue
        if not reading.received_first:  # "2 for 1": two given up for one received
            was, now = was[::-1], now[::-1]
        (old_a, old_b), (new_a, new_b) = was, now
        before, after = _per_one(old_a, old_b), _per_one(new_a, new_b)
        out.append(
            dataclasses.replace(
                change,
                old=f"{old_a} for {old_b}",
                new=f"{new_a} for {new_b}",
                direction=(after > before) - (after < before),
                sentence=reading.explained,  # its words say what each side counts
                unread=False,
            )
        )
    return out


def _sides(printed: str) -> tuple[str, str] | None:
    match = _BARE.fullmatch(printed.strip().strip('"'))
    return (match["c"], match["d"]) if match else None


def _per_one(received: str, given: str) -> Decimal:
    a, b = decimal_of(received), decimal_of(given)
    return a / b if a and b else Decimal(0)


def ratio_reading_for(items: Iterable[AmendmentItem], *documents: Document) -> Reading | None:
    """How the offer reads its bare ratios, for the proposals' reasons: read only when an
    item changes a bare ratio, and only when the offer before and after the revision agree."""
    if not any(prints_bare(f"{i.old_text}\n{i.new_text}") for i in items):
        return None
    readings = {offer_reading(document) for document in documents}
    return readings.pop() if len(readings) == 1 else None


def per_one(printed: str, reading: Reading) -> Decimal | None:
    """What one security given up brings under a bare ratio read the offer's way; None when
    the ratio printed is not bare."""
    sides = _sides(printed)
    if sides is None:
        return None
    received, given = sides if reading.received_first else sides[::-1]
    a, b = decimal_of(received), decimal_of(given)
    return a / b if a and b else None
