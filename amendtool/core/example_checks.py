"""A worked example whose figures no longer follow the offer's exchange ratio ("300
Eligible Options … 75 New RSUs" under one New RSU for every three): holders read an example
as the terms applied, so the checks warn, naming the item, the example's figures and the
ratio the offer states. The words that make a sentence an example and the message are the
firm's (rules.toml [examples])."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from amendtool.core.amendment import Amendment
from amendtool.core.facts import Fact, extract
from amendtool.core.findings import WARNING, Finding
from amendtool.core.items import letter
from amendtool.core.materiality_examples import example_wording
from amendtool.core.materiality_rules import Words
from amendtool.core.ratios import is_split_ratio
from amendtool.core.segment import sentences

CODE = "example_ratio"
_FIGURES = ("count", "number")  # what is given up and what is received in an example
_CLOSE = Decimal("0.0001")  # "one for every three" is 0.3333…: figures within this follow it


def check_examples(amendment: Amendment) -> list[Finding]:
    """A warning for each changed example whose two figures are not in the proportion of
    the one exchange ratio the amended offer states (none when it states none, or several)."""
    wording = example_wording()
    if wording is None:
        return []
    words, message = wording
    examples = [
        (index, sentence)
        for index, item in enumerate(amendment.change_items)
        for sentence in sentences(item.new_text or "")
        if words.search(sentence) and sentence not in (item.old_text or "")
    ]
    if not examples:
        return []
    ratio = _the_ratio(amendment, words)
    if ratio is None:
        return []
    out = []
    for index, sentence in examples:
        figures = [f for f in extract(sentence) if f.kind in _FIGURES]
        if len(figures) != 2 or _follows(figures, Decimal(ratio.value)):
            continue
        said = message.format(
            item=letter(index),
            given=figures[0].text,
            received=figures[1].text,
            ratio=ratio.text,
        )
        out.append(Finding(WARNING, CODE, said, index))
    return out


def _the_ratio(amendment: Amendment, words: Words) -> Fact | None:
    """The one exchange ratio the amended offer states outside its examples (a stock
    split's ratio is none); None when it states none or more than one."""
    found: dict[str, Fact] = {}
    for paragraph in amendment.revised.paragraphs():
        if "for" not in paragraph.text and ":" not in paragraph.text:
            continue  # every ratio is printed with one or the other
        for sentence in sentences(paragraph.text):
            if words.search(sentence):
                continue
            for fact in extract(sentence):
                if fact.kind == "ratio" and not is_split_ratio(sentence, fact.text):
                    found.setdefault(fact.value, fact)
    return next(iter(found.values())) if len(found) == 1 else None


def _follows(figures: list[Fact], ratio: Decimal) -> bool:
    """Whether the example's two figures are in the ratio's proportion, either way round."""
    try:
        given, received = Decimal(figures[0].value), Decimal(figures[1].value)
    except InvalidOperation:
        return True  # not figures to compare: nothing to say
    if not given or not received:
        return True
    return any(abs(p - ratio) < _CLOSE for p in (received / given, given / received))
