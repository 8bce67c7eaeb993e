"""A worked example whose figures do not follow the offer's exchange ratio ("300 Eligible
Options … 75 New RSUs" under one New RSU for every three): holders read an example as the
terms applied, so the checks warn, naming the place, the example's figures and the ratio.
An example is read against the ratio its own paragraph states, else against every ratio
the offer states (a tiered table's rows: it must follow one of them). Examples the amendment
changes are read always; every other example too when the amendment changes a ratio (one
left at the old ratio now misstates the terms). The words that make a sentence an example
and the messages are the firm's (rules.toml [examples])."""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal, InvalidOperation

from amendtool.core.amendment import Amendment
from amendtool.core.extension_dates import place_of
from amendtool.core.facts import Fact, extract, facts_of
from amendtool.core.findings import WARNING, Finding
from amendtool.core.items import letter
from amendtool.core.materiality_examples import example_wording
from amendtool.core.materiality_rules import Words
from amendtool.core.model import Document
from amendtool.core.pattern_store import compiled
from amendtool.core.ratios import is_split_ratio
from amendtool.core.segment import sentences

CODE = "example_ratio"
_FIGURES = ("count", "number")  # what is given up and what is received in an example
_CLOSE = Decimal("0.0001")  # "one for every three" is 0.3333…: figures within this follow it


def check_examples(amendment: Amendment) -> list[Finding]:
    """A warning for each example, changed by the amendment (or any, when it changes a
    ratio), whose two figures follow none of the ratios it is read against."""
    wording = example_wording()
    if wording is None:
        return []
    words, message, stale = wording
    items = amendment.change_items
    changed = [s for i in items for s in sentences(i.new_text or "") if words.search(s)]
    offer = _ratios(_said(amendment.revised, words), words)
    if not offer:
        return []  # no ratio stated: no example to hold against one, the original unread
    said_before = _said(amendment.original, words)  # read once, for its ratios and examples
    every = offer.keys() != _ratios(said_before, words).keys()
    if not (changed or every):
        return []
    before = {s for s in said_before if words.search(s)}
    out = []
    for section in amendment.revised.sections:
        texts = [p.text for p in section.paragraphs]
        for number, text in enumerate(texts):
            if not words.search(text):
                continue
            said = sentences(text)
            ratios = _ratios(said, words) or offer
            for sentence in (s for s in said if words.search(s)):
                new = sentence not in before
                if not (new or every):
                    continue
                figures = [f for f in extract(sentence) if f.kind in _FIGURES]
                if len(figures) != 2 or any(_follows(figures, Decimal(r)) for r in ratios):
                    continue
                index = next(
                    (
                        n
                        for n, i in enumerate(items)
                        if i.locator.section_id == section.id and sentence in (i.new_text or "")
                    ),
                    None,
                )
                shown = {
                    "given": figures[0].text,
                    "received": figures[1].text,
                    "ratio": " or ".join(f.text for f in ratios.values()),
                }
                if new and index is not None:
                    warning = message.format(item=letter(index), **shown)
                else:
                    place = place_of(section, number, texts)
                    warning = stale.format(place=place[:1].upper() + place[1:], **shown)
                out.append(Finding(WARNING, CODE, warning, index))
    return out


def _said(document: Document, words: Words) -> list[str]:
    """The sentences of the paragraphs that may state a ratio or hold an example, each
    paragraph's text read once however often it is printed (what is asked of them is which
    ratios they state and which examples they hold: a repeat adds neither)."""
    return [
        s
        for text in dict.fromkeys(p.text for p in document.paragraphs())
        if may_state_ratio(text) or words.search(text)
        for s in sentences(text)
    ]


# "one for every three", "Ratio: 3 to 1", a table's row ("$25.00 and above | 2.8 to 1"),
# "1 New Option per 3 Eligible Options", "surrender 3 Eligible Options to receive 1 …"
_MAY_STATE_SOURCE = r"\bfor\b|:|\t|\bper\b|\bto\s+(?:receive|get|obtain|be)\b"
_MAY_STATE = compiled(_MAY_STATE_SOURCE, re.I)
# its words in lower case, the "\b" before them left out: a pattern opening with a letter is
# looked for letter by letter, one opening with "\b" is tried at every place
_WORDS_LOOSE = compiled(r"(?:for|per|to\s+(?:receive|get|obtain|be))\b")


def may_state_ratio(text: str) -> bool:
    """`_MAY_STATE.search(text)` found something. Asked of every paragraph of both offers: a
    pattern ignoring case tries each letter both ways at each place, so text in ASCII (most
    of an offer) is looked at in lower case: a colon or tab, else the words without their
    "\b" (found where the full pattern finds them, and more: "therefor"), the full pattern
    asked only where the first word so found is part of a longer one. Any other text is
    looked at by the pattern ignoring case (Unicode folds more than ASCII does)."""
    if not text.isascii():
        return _MAY_STATE.search(text) is not None
    if ":" in text or "\t" in text:
        return True
    lowered = text.lower()
    found = _WORDS_LOOSE.search(lowered)
    if found is None:
        return False
    before = lowered[found.start() - 1 : found.start()]
    if not (before.isalnum() or before == "_"):
        return True
    return _MAY_STATE.search(text) is not None


def _ratios(said: Iterable[str], words: Words) -> dict[str, Fact]:
    """The exchange ratios the sentences state outside examples (a stock split's is none),
    by value."""
    found: dict[str, Fact] = {}
    for sentence in dict.fromkeys(said):  # a sentence printed again states nothing new
        if not may_state_ratio(sentence) or words.search(sentence):  # the cheap test first
            continue
        for fact in facts_of(sentence, "ratio"):
            if not is_split_ratio(sentence, fact.text):
                found.setdefault(fact.value, fact)
    return found


def _follows(figures: list[Fact], ratio: Decimal) -> bool:
    """Whether the example's two figures are in the ratio's proportion, either way round."""
    try:
        given, received = Decimal(figures[0].value), Decimal(figures[1].value)
    except InvalidOperation:
        return True  # not figures to compare: nothing to say
    if not given or not received:
        return True
    if any(abs(p - ratio) < _CLOSE for p in (received / given, given / received)):
        return True
    # a fraction of a new security is dropped (or rounded): 3,000 at 2.8 to 1 is 1,071
    for small, large in ((received, given), (given, received)):
        for exact in (large * ratio, large / ratio):
            rounded = (exact.to_integral_value(r) for r in (ROUND_FLOOR, ROUND_HALF_UP))
            if small == small.to_integral_value() and small in rounded:
                return True
    return False
