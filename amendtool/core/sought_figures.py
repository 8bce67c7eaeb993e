"""Bare figures that count the securities sought or are part of the price: "up to 2,000,000
of its outstanding 7.25% Series A Cumulative Preferred Stock" counts what the offer seeks,
and "a fixed spread of 50 basis points" is part of what it pays, though neither prints a unit
the fact reader knows. The words are the firm's (rules.toml [terms] securities, price_units).
"""

from __future__ import annotations

import re
from typing import Any

from amendtool.core.facts import Fact
from amendtool.core.figure_places import printed_ends, remembered, words_after
from amendtool.core.materiality_rules import Rules
from amendtool.core.pattern_store import compiled

# what follows a bare figure up to its clause's end: "of its outstanding 7.25% Series A
# Cumulative Preferred Stock", "basis points over the Reference Yield"
_AFTER_FIGURE = compiled(r"^\s+((?:[^\s,;:()]+\s+){0,10}[^\s,;:()]+)")
_OF_THE = compiled(r"^(?:of\s+)?(?:(?:the|its|our|their|such)\s+)?", re.IGNORECASE)


def counts_or_prices(fact: Fact, sentence: str, rules: Rules) -> bool:
    """A bare figure that counts the securities sought ("up to 2,000,000 of the Preferred
    Shares": its words through the class's name) or is part of the price ("a fixed spread of
    50 basis points")."""

    def work() -> bool:
        return any(
            _names_securities_or_price(words_after(sentence, end), rules)
            for end in printed_ends(sentence, fact.text)
        )

    return bool(remembered(sentence, ("counts_or_prices", fact.text), rules, work))


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


# a name the offer defines after the figure: '(the "Preferred Shares")'
_DEFINED = compiled(r"\(\s*(?:the\s+)?[\"“]([^\"”]+)[\"”]")
_FIGURE_END = r"(?![\w%]|[.,]\d)"


def price_unit_after(fact: Fact, text: str, rules: Rules) -> str:
    """The unit of the price printed after a bare figure ("basis points"), as printed; ''
    when none follows it: a reason says "from 50 basis points to 75 basis points"."""
    if fact.kind != "number":
        return ""

    def work() -> str:
        for end in printed_ends(text, fact.text):
            after = " ".join(words_after(text, end).split()[:2]).rstrip(".,;:")
            found = rules.price_units.search(after)
            if found is not None and after.startswith(found):
                return found
        return ""

    return str(remembered(text, ("price_unit_after", fact.text), rules, work))


def sought_name(fact: Fact, text: str, rules: Rules) -> str | None:
    """What a figure counts when it is an amount of the securities sought, in the firm's
    words (rules.toml [figure_names]): "the number of Preferred Shares sought", "the
    aggregate principal amount of Notes sought", or, in a condition of the offer, the least
    that must be tendered. None when the figure is no such amount (a price, a unit of the
    price, a count of something else)."""
    from amendtool.core.materiality_rules import house_table

    names = house_table("figure_names")
    if names is None or fact.kind not in ("number", "money"):
        return None
    for m in re.finditer(rf"(?<![\w.,]){re.escape(fact.text)}{_FIGURE_END}", text):
        form = _form(fact, words_after(text, m.end()), rules, names)
        if form is None:
            continue
        securities = _securities(text[m.end() :], rules, form == "amount")
        condition = any(w in text.casefold() for w in names.get("condition", []))
        template = names[f"{form}_{'condition' if condition else 'sought'}"]
        return str(template).replace("{securities}", securities)
    return None


def _form(fact: Fact, after: str, rules: Rules, names: dict[str, Any]) -> str | None:
    """'count' for a bare number naming the securities after it, 'amount' for a sum of money
    followed by the words of a principal amount; None otherwise."""
    if fact.kind == "number":
        if rules.price_units.search(" ".join(after.split()[:2])):
            return None
        return "count" if _names_securities_or_price(after, rules) else None
    words = " ".join(after.split()[:4]).casefold()
    amount_words = [str(w).casefold() for w in names.get("amount_words", [])]
    return "amount" if any(words.startswith(w) for w in amount_words) else None


def _securities(after: str, rules: Rules, amount: bool) -> str:
    """The securities a figure counts, by their defined name: the capitalised name at once
    after it ("of the Preferred Shares validly tendered"), else the name the sentence defines
    for them after it ('… Preferred Stock, par value $0.01 per share (the "Preferred
    Shares")'), else the class's own word ("shares")."""
    words = _AFTER_FIGURE.match(after)
    named = _OF_THE.sub("", words.group(1), count=1).split() if words else []
    if amount:  # "aggregate principal amount of the Notes"
        text = " ".join(named)
        cut = re.search(r"\bamount\s+of\s+(?:(?:the|its|our|their|such)\s+)?", text, re.I)
        named = text[cut.end() :].split() if cut else []
    if named and named[0].casefold() == "outstanding":
        named = named[1:]
    run: list[str] = []
    for word in named:
        if not word[:1].isupper():
            break
        run.append(word.rstrip("."))
    if run and rules.securities.matches_word(run[-1].casefold()):
        return " ".join(run)
    defined = _DEFINED.search(after.split(". ")[0])
    if defined is not None:
        return defined.group(1)
    own = next((w for w in named if rules.securities.matches_word(w.casefold())), "")
    return own or "securities"
