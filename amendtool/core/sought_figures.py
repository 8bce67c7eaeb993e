"""Bare figures that count the securities sought or are part of the price: "up to 2,000,000
of its outstanding 7.25% Series A Cumulative Preferred Stock" counts what the offer seeks,
and "a fixed spread of 50 basis points" is part of what it pays, though neither prints a unit
the fact reader knows. The words are the firm's (rules.toml [terms] securities, price_units).
"""

from __future__ import annotations

import re

from amendtool.core.facts import Fact
from amendtool.core.materiality_rules import Rules

# what follows a bare figure up to its clause's end: "of its outstanding 7.25% Series A
# Cumulative Preferred Stock", "basis points over the Reference Yield"
_AFTER_FIGURE = re.compile(r"^\s+((?:[^\s,;:()]+\s+){0,10}[^\s,;:()]+)")
_OF_THE = re.compile(r"^(?:of\s+)?(?:(?:the|its|our|their|such)\s+)?", re.IGNORECASE)


def counts_or_prices(fact: Fact, sentence: str, rules: Rules) -> bool:
    """A bare figure that counts the securities sought ("up to 2,000,000 of the Preferred
    Shares": its words through the class's name) or is part of the price ("a fixed spread of
    50 basis points")."""
    printed = re.compile(rf"(?<![\w.,$]){re.escape(fact.text)}(?![\w%]|[.,]\d)")
    return any(
        _names_securities_or_price(sentence[m.end() :], rules) for m in printed.finditer(sentence)
    )


def _names_securities_or_price(after: str, rules: Rules) -> bool:
    """The words after a bare figure name the securities sought or a unit of the price."""
    if rules.price_units.search(" ".join(after.split()[:2])):
        return True
    words = _AFTER_FIGURE.match(after)
    if words is None:
        return False
    named = _OF_THE.sub("", words.group(1), count=1)
    lead = named.split()[0] if named.split() else ""
    # the class is named at once, as a defined name ("Preferred Shares"), or as what is
    # outstanding: not "2,000,000 of the proceeds will be used to buy shares"
    if not (lead[:1].isupper() or lead[:1].isdigit() or lead.casefold() == "outstanding"):
        return rules.securities.matches_word(lead.casefold())
    return any(rules.securities.matches_word(w.casefold().strip(".")) for w in named.split())
