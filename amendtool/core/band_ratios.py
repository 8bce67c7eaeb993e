"""One exercise-price band, one exchange ratio: an offer that states a ratio for options
priced "$10.00 to $19.99" in its table and another for the same band in a paragraph leaves
holders two answers to what they receive. The check reads every band the amended offer
states a ratio for (a table row, a sentence) and warns, naming the band and both places."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from amendtool.core.expiration_checks import place_of
from amendtool.core.facts import extract
from amendtool.core.findings import WARNING, Finding
from amendtool.core.model import ParagraphKind
from amendtool.core.pattern_store import compiled

if TYPE_CHECKING:
    from amendtool.core.amendment import Amendment
    from amendtool.core.model import Paragraph, Section

_AMOUNT = r"\$\s?(?:\d[\d,]*(?:\.\d+)?)"
# "$10.00 to $19.99", "$10.00 - $19.99", "$20.00 or more", "less than $10.00"
_BAND = compiled(
    rf"(?P<lo>{_AMOUNT})\s*(?:-|–|—|to|through)\s*(?P<hi>{_AMOUNT})"
    rf"|(?P<from>{_AMOUNT})\s+(?:or|and)\s+(?:more|above|higher|greater|over)\b"
    rf"|\b(?:less than|below|under|up to)\s+(?P<to>{_AMOUNT})",
    re.I,
)
# a ratio printed bare ("1 for 2", "1-for-2", "2:1") reads either way round
_BARE = compiled(r"^\s*\d+(?:\.\d+)?\s*(?:[- ](?:for|to)[- ]|:)\s*\d+(?:\.\d+)?\s*$", re.I)


@dataclass(frozen=True)
class Stated:
    """A ratio stated for one exercise-price band, where it is printed: two statements of
    one band must agree."""

    band: str  # as printed
    key: tuple[str, str]  # the band's limits, compared by value
    values: frozenset[Decimal]  # what one receives for each one given up, either way if bare
    printed: str  # the ratio as printed
    where: str
    text: str  # the paragraph's text, to find the item that states it


def check_band_ratios(amendment: Amendment) -> list[Finding]:
    """A warning for each band the amended offer gives two different exchange ratios."""
    stated = [s for section in amendment.revised.sections for s in _stated_in(section)]
    findings: list[Finding] = []
    for index, first in enumerate(stated):
        other = next(
            (s for s in stated[index + 1 :] if s.key == first.key and not s.values & first.values),
            None,
        )
        if other is None or any(f.message.startswith(_opening(first)) for f in findings):
            continue
        item = _item_stating(amendment, (first, other))
        findings.append(
            Finding(
                WARNING,
                "band_ratios",
                f"{_opening(first)} “{first.printed}” in {first.where} and “{other.printed}” in "
                f"{other.where}: holders would not know which applies; state one ratio in both "
                "places",
                item,
            )
        )
    return findings


def _opening(stated: Stated) -> str:
    return f"the offer states two exchange ratios for options priced {stated.band}:"


def _stated_in(section: Section) -> list[Stated]:
    out: list[Stated] = []
    for paragraph in section.paragraphs:
        if "$" not in paragraph.text:
            continue  # no band: most paragraphs of a long offer, read no further
        # the ratios are read only beside a band: a grant list's rows of names and prices
        # print none, and 20,000 of them were each read for every fact they state
        if paragraph.kind is ParagraphKind.TABLE_ROW:
            first, _, rest = paragraph.text.partition("\t")
            band = _BAND.fullmatch(first.strip())
            ratios = _ratios(rest) if band else []
            if band and ratios:
                out.append(_made(band, ratios[0], section, paragraph))
            continue
        for clause in re.split(r"[;.](?:\s|$)", paragraph.text):
            if _BAND.search(clause) is None:
                continue
            ratios = _ratios(clause)
            if not ratios:
                continue
            for band in _BAND.finditer(clause):
                after = [r for r in ratios if r[2] >= band.end()]
                out.append(_made(band, (after or ratios)[0], section, paragraph))
    return out


def _ratios(text: str) -> list[tuple[str, frozenset[Decimal], int]]:
    """(printed, values, where it starts) for each exchange ratio the text states."""
    out = []
    position = 0
    for fact in extract(text):
        start = text.find(fact.text, position)
        position = max(position, start)
        if fact.kind != "ratio":
            continue
        try:
            value = Decimal(fact.value)
        except InvalidOperation:
            continue
        if not value:
            continue
        either = {value, 1 / value} if _BARE.match(fact.text) else {value}
        out.append((" ".join(fact.text.split()), frozenset(_rounded(v) for v in either), start))
    return out


def _rounded(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.0001"))


def _made(
    band: re.Match[str], ratio: tuple[str, frozenset[Decimal], int], section: Section, p: Paragraph
) -> Stated:
    limits = (band["lo"] or band["from"] or "", band["hi"] or band["to"] or "")
    key = (_amount(limits[0]), _amount(limits[1]) or ("more" if band["from"] else ""))
    return Stated(
        " ".join(band.group(0).split()), key, ratio[1], ratio[0], place_of(section, p), p.text
    )


def _amount(printed: str) -> str:
    digits = re.sub(r"[^\d.]", "", printed)
    return f"{Decimal(digits):.2f}" if digits else ""


def _item_stating(amendment: Amendment, places: tuple[Stated, Stated]) -> int | None:
    """The item whose new text states one of the places' ratios, the first such."""
    for index, item in enumerate(amendment.change_items):
        new = item.new_text or ""
        if any(p.printed in new and (p.text in new or new in p.text) for p in places):
            return index
    return None
