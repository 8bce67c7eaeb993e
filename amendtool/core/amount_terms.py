"""An amount named as the offer names it: a summary row captioned "Tender Consideration" or
a sentence defining its figure as the "Minimum Tender Condition" says what the amount is,
and the reason beside the item repeats that name rather than "an amount", "the price" or a
name of the firm's ("the minimum participation condition"). Counsel reads the reason
against the offer, which never calls its own term by another name. The words that make a
caption or a defined term the name of an amount are the firm's ([amount_terms] of
rules.toml)."""

from __future__ import annotations

import re
from functools import cache

from amendtool.core.items import AmendmentItem
from amendtool.core.materiality_rules import house_table
from amendtool.core.pattern_store import compiled
from amendtool.core.segment import sentences

# what a reason calls an amount nothing names better (fact_names.py)
_GENERIC = compiled(
    r"\b(?P<verb>[Rr]aises|[Ll]owers|[Cc]hanges) (?P<noun>an amount|the price|the cash payment|"
    r"a percentage|a number) (?=from )"
)
# "(the “Minimum Tender Condition”)", "(the "Tender Consideration")": a term defined in place
_DEFINED = compiled(r"\(\s*(?:the\s+)?[\"“](?P<term>[A-Z][^\"”()]{1,60}?)[\"”]\s*\)")
_NAME = compiled(r"^[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|for|per|and))*$")


@cache
def _last_words() -> frozenset[str]:
    table = house_table("amount_terms") or {}
    return frozenset(str(w).lower() for w in table.get("last_words", []))


def names_an_amount(term: str) -> bool:
    """A name in capitals of a few words ending in a word for an amount ("Tender
    Consideration", "Minimum Tender Condition"); never a procedure or a date."""
    said = " ".join(term.split())
    words = said.split()
    if not said or len(words) > 6 or _NAME.match(said) is None:
        return False
    return words[-1].lower() in _last_words()


def defined_term(text: str, printed: str) -> str:
    """ "the Minimum Tender Condition" when the sentence printing `printed` defines, after
    it, a term naming an amount; "" otherwise. A text defining no term in place is not split
    into sentences: asked of each changed figure, with the item's place and its changed
    sentences as one text that nothing else splits, most define none."""
    if not printed or printed not in text or _DEFINED.search(text) is None:
        return ""  # no sentence of it prints the figure, or defines a term
    for sentence in sentences(text):
        at = sentence.find(printed)
        if at < 0:
            continue
        found = _DEFINED.search(sentence, at + len(printed))
        if found and names_an_amount(found["term"]):
            return f"the {' '.join(found['term'].split())}"
        return ""
    return ""


def _escaped(text: str) -> str:
    """`text` as a replacement template's literal."""
    return text.replace("\\", "\\\\")


def named_by_captions(items: list[AmendmentItem], reasons: list[str]) -> list[str]:
    """Each reason with the amount a row's caption names called by that caption ("lowers
    the Tender Consideration from …" for the row "Tender Consideration")."""
    out = []
    for item, reason in zip(items, reasons, strict=True):
        caption = " ".join((item.locator.row_caption or "").split())
        if caption and names_an_amount(caption):
            reason = _GENERIC.sub(rf"\g<verb> the {_escaped(caption)} ", reason)
        out.append(reason)
    return out


# "Raises the price from $25.50 to $26.25": a figure's name in a reason, with its figures
_FIGURE_NAMED = compiled(
    r"\b(?:raises|lowers|changes|lengthens|shortens) (?P<noun>the [^:;]+?|an amount) "
    r"from (?P<old>[$\d][\d.,%]*) to (?P<new>[$\d][\d.,%]*)",
    re.IGNORECASE,
)


def one_name_per_figure(reasons: list[str]) -> list[str]:
    """The reasons with one figure changed in several places named one way in all of them
    (the name most items give it, the first item's on a tie): the price raised on the cover,
    in a Q&A ("We will pay you $25.50 in cash") and in the terms is one price, not "the
    price" twice and "the cash payment" once. Figures are told apart by their old and new
    values, so different figures keep their own names."""
    names: dict[tuple[str, str], list[str]] = {}
    for reason in reasons:
        for match in _FIGURE_NAMED.finditer(reason):
            names.setdefault((match["old"], match["new"]), []).append(match["noun"])
    chosen = {
        key: max(nouns, key=lambda noun: (_own(noun), nouns.count(noun), -nouns.index(noun)))
        for key, nouns in names.items()
        if len(set(nouns)) > 1
    }
    if not chosen:
        return reasons

    def named(match: re.Match[str]) -> str:
        noun = chosen.get((match["old"], match["new"]))
        if noun is None:
            return match.group(0)
        start, end = match.span("noun")
        text = match.group(0)
        return text[: start - match.start()] + noun + text[end - match.start() :]

    return [_FIGURE_NAMED.sub(named, reason) for reason in reasons]


def _own(noun: str) -> bool:
    """The offer's own name of a figure ("the Tender Consideration"), before the firm's."""
    return noun.startswith("the ") and noun[4:5].isupper()
