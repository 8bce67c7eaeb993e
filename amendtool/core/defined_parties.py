"""The names an offer gives the company on its cover ("Corvella Systems, Inc. ("Corvella,"
"we," "us" or "our")"): "employed by us" and "employed by Corvella" name one employer, so an
edit from one to the other changes nobody's eligibility. A name the offer does not define
that way may be another company of the group, and is read as such. The names the offer
defines for itself ("(the "Exchange Program")") are read here too: calling the offer by one
of them changes none of its terms."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from amendtool.core.model import Document

_PARENTHESIS = re.compile(r"\(([^()]{1,240})\)")
_QUOTED = re.compile(r"[\"“]([^\"”]{1,60}?)[,.;]?[\"”]")
_PRONOUNS = frozenset({"we", "us", "our"})
# the company's full name just before the definition: capitalised words ("Corvella Systems,
# Inc."), ending at the parenthesis
_FULL_NAME = re.compile(r"((?:[A-Z][\w&'’.-]*,?\s+){0,6}[A-Z][\w&'’.-]*)\s*$")
_SEARCHED = 80  # the definition is on the cover or in the introduction


def party_names(*documents: Document | None) -> tuple[str, ...]:
    """Every name the first definition of the company holds ("Corvella Systems, Inc.",
    "Corvella", "we", "us", "our"), longest first; () when no document defines the company
    as "we" or "us"."""
    for document in documents:
        if document is None:
            continue
        for paragraph in document.paragraphs()[:_SEARCHED]:
            names = _defined(paragraph.text)
            if names:
                return names
    return ()


def _defined(text: str) -> tuple[str, ...]:
    for match in _PARENTHESIS.finditer(text):
        names = [n.strip().rstrip(",.;") for n in _QUOTED.findall(match.group(1))]
        names = [n for n in names if n]
        if not _PRONOUNS & {n.casefold() for n in names}:
            continue
        full = _FULL_NAME.search(text[: match.start()])
        if full:
            names.append(full.group(1).rstrip(","))
        return tuple(sorted(set(names), key=lambda n: (-len(n), n)))
    return ()


# a definition of a name: '(the "Exchange Program")', '(collectively, the "Offer")'
_DEFINES = re.compile(
    r"\((?:collectively|together|as amended)?,?\s*(?:the|this|our)\s+[\"“]([^\"”]{2,60})[\"”]",
    re.IGNORECASE,
)


def offer_names_defined(*documents: Document | None) -> tuple[str, ...]:
    """The names the offer defines for itself, casefolded: a defined name whose last word
    names an offer (rules.toml [clarifying] offer_name_words: "Program", "Offer"), and not
    the short form of the proper name just before it ("New York Stock Exchange (the
    "Exchange")"); or any name defined just after one of the offer's names ("this Offer to
    Exchange (the "Kestrel Equity Refresh")"), whatever its last word."""
    from amendtool.core.materiality_rules import house_rules

    rules = house_rules()
    last_words = rules.offer_name_words
    found: dict[str, None] = {}
    for document in documents:
        if document is None:
            continue
        for paragraph in document.paragraphs()[:_SEARCHED_OFFER]:
            for match in _DEFINES.finditer(paragraph.text):
                name = " ".join(match.group(1).split()).strip(" ,.;").casefold()
                before = paragraph.text[: match.start()].rstrip(" ,").casefold()
                if not name or before.endswith(name):
                    continue
                if name.split()[-1] in last_words or _after_offer_name(before, rules.offer_names):
                    found[name] = None
    return tuple(found)


def _after_offer_name(before: str, names: tuple[str, ...]) -> bool:
    """The words just before a definition are one of the offer's names ("… described in
    this offer to exchange")."""
    words = " ".join(re.sub(r"[^\w\s]", " ", before).split())
    return any(words == n or words.endswith(f" {n}") for n in names)


_SEARCHED_OFFER = 400  # the offer defines its own name in its first pages
