"""The offer's terms for what holders give up and receive, in the notice's words: the
offer's own words with an option exchange's defaults (OfferTerms), its awards in everyday
words ("options", "RSUs"), and an exchange ratio said as what one receives ("You will now
receive one New Option for every four Eligible Options. It was one for every three.").
"""

from __future__ import annotations

import re
from typing import Any

from amendtool.core.pattern_store import compiled
from amendtool.core.plain_facts import FactChange
from amendtool.core.plain_numbers import ratio_counted
from amendtool.core.templates import fill, fill_map


class OfferTerms(dict[str, str]):
    """The offer's words, with the defaults of an option exchange for any not given,
    {awards} / {Awards}: what it takes in, in everyday words ("options", "RSUs"), and
    {each_of_yours}: what an amount is paid for ("each of your Eligible Options")."""

    def __missing__(self, key: str) -> str:
        if key == "each_of_yours":  # what an amount is paid for: "each of your Notes"
            return f"each of your {self['tendered']}"
        if key in ("awards", "Awards"):
            awards = everyday_awards(self["tendered"])
            return awards[:1].upper() + awards[1:] if key == "Awards" else awards
        return {"consideration": "New Options", "tendered": "Eligible Options"}.get(key, key)


_QUALIFIERS = compiled(r"^(?:eligible|tendered|existing|old|outstanding|underwater)\s+", re.I)


def everyday_awards(tendered: str) -> str:
    """'RSUs' of "Eligible RSUs", 'options' of "Eligible Options": the offer's awards
    without the word that defines which are in the offer, a capital kept only where the
    word is an abbreviation or a name ("RSUs", "Series A Preferred Shares")."""
    bare = _QUALIFIERS.sub("", tendered.strip())
    words = bare.split()
    if len(words) == 1 and words[0][1:].islower():
        return words[0].lower()
    return bare


# what an exchange gives, as offers define it ("New RSUs", "Replacement Options")
_NEW_SECURITIES = compiled(r"^(?:New|Replacement)\s+\S")


def in_offer_words(label: str, terms: dict[str, str] | None = None) -> str:
    """A label the firm's list writes with the offer's words ("cut-off date for eligible
    {awards}"), in this offer's words; what the offer gives, named as it defines it, keeps
    its capitals ("maximum number of New RSUs", read from a column "Maximum New RSUs");
    a price ("Purchase Price") is said in everyday words."""
    said = fill_map(label, OfferTerms(terms or {})) if "{" in label else label
    given = (terms or {}).get("consideration", "")
    if _NEW_SECURITIES.match(given):  # "New RSUs", never a price ("Purchase Price")
        said = re.sub(rf"\b{re.escape(given)}\b", given, said, flags=re.I)
    return said


_SMALL_NUMBERS = "zero one two three four five six seven eight nine ten eleven twelve".split()


def _number_word(number: str) -> str:
    return _SMALL_NUMBERS[int(number)] if number.isdigit() and int(number) < 13 else number


def _singular(words: str) -> str:
    return words[:-1] if words.endswith("s") and not words.endswith("ss") else words


def ratio_sentence(change: FactChange, w: dict[str, Any], terms: dict[str, str]) -> str:
    """'You will now receive one New Option for every four Eligible Options. It was one for
    every three.': a ratio said as what one receives, in the offer's own words where the
    printed ratio counts what they name, in shares where it counts the shares under them
    ("New Options for one share for every three shares covered by your Eligible Options"),
    else in the ratio's own words: never in units it does not count."""
    old_a, old_b = (_number_word(n) for n in change.old.split(" for ", 1))
    old_every = "each" if old_b == "one" else f"every {old_b}"
    new = ratio_in_units(change.new, change.sentence, w, terms)
    return fill(w["fact_ratio"], new=new, old=f"{old_a} for {old_every}")


def ratio_in_units(value: str, sentence: str, w: dict[str, Any], terms: dict[str, str]) -> str:
    """'one New Option for every four Eligible Options' of the ratio `value` ("one for
    four") that `sentence` prints: each side in the units the sentence counts it in (the
    offer's own words, or shares by `w`'s ratio_shares_received / _given)."""
    a, b = (_number_word(n) for n in value.split(" for ", 1))
    t = OfferTerms(terms)
    (received, received_words), (given, given_words) = ratio_counted(sentence)
    every = "each" if b == "one" else f"every {b}"
    own = _unit_of(t["consideration"])
    if received == "share" != own:  # "a New Option to purchase one share"
        shares = "share" if a == "one" else "shares"
        offered = fill_map(
            w["ratio_shares_received"], OfferTerms({**t, "number": a, "shares": shares})
        )
    elif received in ("", own):
        offered = f"{a} {_singular(t['consideration']) if a == 'one' else t['consideration']}"
    else:  # "one New RSU" where the offer's words name no RSU: as the ratio prints it
        offered = f"{a} {_agreeing(a, received_words)}"
    own = _unit_of(t["tendered"])
    if given == "share" != own:  # "two shares subject to an Eligible Option"
        shares = "share" if b == "one" else "shares"
        tendered = fill_map(
            w["ratio_shares_given"], OfferTerms({**t, "every": every, "shares": shares})
        )
    elif given in ("", own):
        tendered = f"{every} {_singular(t['tendered']) if b == 'one' else t['tendered']}"
    else:
        tendered = f"{every} {_agreeing(b, given_words)}"
    return f"{offered} for {tendered}"


def _agreeing(number: str, words: str) -> str:
    """The words a figure counts, agreeing with it: "one old award", "2.0 old awards"
    (the offer's own words may count one figure and be printed beside another)."""
    last = words.split()[-1] if words.split() else ""
    if not last or not last.isalpha() or not last[-1].isalpha():
        return words
    one = number.lower() in ("one", "1", "a", "an")
    said = _singular(last) if one else last if last.lower().endswith("s") else f"{last}s"
    return words[: len(words) - len(last)] + said


def _unit_of(term: str) -> str:
    """'option' of "Eligible Options", 'rsu' of "New RSUs": what an offer's term counts."""
    last = term.split()[-1].lower() if term.split() else ""
    return "security" if last == "securities" else last.removesuffix("s")
