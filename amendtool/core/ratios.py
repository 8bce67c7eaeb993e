"""Which side of an exchange ratio is which, however the offer prints it. Counsel reads an
exchange ratio as old per new: "2-for-1" and "two-for-one" are two options given up for each
new option, and so are "two options for each new option", "2 Eligible Options for each New
Option", "one new option for every two" and "For every 2 Eligible Options you exchange, we
will grant you 1 New Option". Both fact readers (the checks' and the plain notice's) ask here,
so a ratio is never read one way by one and the other way by the other.
"""

from __future__ import annotations

import re

from amendtool.core.pattern_store import compiled

# words that name what a holder gives up, and what a holder receives
GIVEN_UP = compiled(r"\b(?:eligible|tendered|surrender\w*|exchanged|existing|old)\b", re.I)
RECEIVED = compiled(r"\b(?:new|replacement)\b", re.I)
# after "for each" / "for every" (and its number), the words that say the new side is counted
# there, with what they count: "two options for each new option", "… for each New RSU"
FOR_EACH_NEW = (
    r"\s*(?:[\w-]+\s+){0,2}?(?:new|replacement)\b"
    r"(?:\s+(?:options?|shares?|rsus?|restricted stock units?|units?|awards?|securities|"
    r"notes?|warrants?)\b)?"
)
# between what is received and "for each" / "for every": a few words naming it, and what is
# done to it ("One New RSU will be granted to you for every two Eligible RSUs")
_DONE_TO_IT = (
    r"\s+(?:will|shall|would|may|is|are|to)(?:\s+be)?\s+"
    r"(?:granted|issued|given|delivered|awarded|received)(?:\s+to\s+(?:you|holders))?"
)
# what the counted shares are shares of: "one share of common stock for every two shares"
_OF_STOCK = (
    r"(?:\s+of\s+(?:(?:our|the|its)\s+)?(?:company['’]s\s+)?(?:class\s+[a-z]\s+)?"
    r"(?:common|ordinary|capital)\s+(?:stock|shares))"
)
BEFORE_FOR_EACH = rf"(?:\s+[\w-]+){{0,3}}?{_OF_STOCK}?(?:{_DONE_TO_IT})?"
_DONE = compiled(_DONE_TO_IT, re.I)
_GIVE_UP_START = compiled(r"^(?:surrender|tender|exchange|give\s+up|return)\s+", re.I)
_TO_RECEIVE = compiled(
    r"\s+(?:in\s+order\s+)?to\s+(?:receive|get|obtain|be\s+granted|be\s+issued|be\s+given)\s+",
    re.I,
)


def said_as_ratio(printed: str) -> str:
    """The ratio as a reason names it, without what is done to the new securities and in
    the middle of a sentence: "One New RSU will be granted for every two" → "one New RSU
    for every two"."""
    said = _DONE.sub("", printed, count=1).rstrip()
    # "surrender 2 Eligible Options to receive 1" → "2 Eligible Options for 1"
    said = _GIVE_UP_START.sub("", _TO_RECEIVE.sub(" for ", said, count=1), count=1)
    if re.search(r"\b(?:each|every)$", said, re.I):  # "1.5 New Options for every" one given up
        said += " one"
    first, _, rest = said.partition(" ")
    if first.istitle() and first.lower() in _NUMBER_WORDS:
        said = f"{first.lower()} {rest}" if rest else first.lower()
    return said


_NUMBER_WORDS = {
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "a",
    "an",
}
SECURITY = (
    r"(?:options?|shares?|rsus?|restricted stock units?|units?|awards?|securities|notes?|"
    r"warrants?)"
)


# what is done to the securities given up ("must be surrendered in exchange for"), and the
# same said of the holder ("for surrendering", "by tendering")
_GIVEN_UP_VERB = r"(?:exchanged|surrendered|tendered|cancell?ed|given\s+up)"
_GIVING_UP = r"(?:surrendering|tendering|exchanging|giving\s+up|cancell?ing)"


def named_both_ways(num: str) -> str:
    """The ratio printed with both its securities named and no "each" or "every", for a
    reader's own number pattern `num`: what is given up first ("3 options for 1 New RSU",
    "three Eligible Options will be exchanged for one New RSU": groups i, j), or what is
    received first ("1 New RSU for 3 Eligible Options", "1 New RSU for surrendering 3
    Eligible Options": groups k, l). The new securities' side says "new" or "replacement";
    two counts with no "for" between them are no ratio."""
    return (
        rf"\b(?P<i>{num})(?:\s+[\w-]+){{1,3}}?"
        rf"(?:\s+(?:will|shall|would|may|must|are|is|to)(?:\s+be)?\s+{_GIVEN_UP_VERB})?"
        rf"\s+(?:in exchange\s+)?for\s+(?P<j>{num}){FOR_EACH_NEW}"
        rf"|\b(?P<k>{num})\s+(?:[\w-]+\s+)?(?:new|replacement)\s+{SECURITY}"
        rf"\s+(?:(?:in exchange\s+)?for(?:\s+{_GIVING_UP})?|by\s+{_GIVING_UP})"
        rf"\s+(?P<l>{num})(?:\s+[\w-]+){{0,2}}?\s+{SECURITY}\b"
    )


def given_first(num: str) -> str:
    """The ratio printed given-up side first, in a clause of its own, for a reader's number
    pattern `num`: "For every 2 Eligible Options you exchange, we will grant you 1 New
    Option", "For every two shares subject to an Eligible Option you tender, you will receive
    a New Option to purchase one share" (groups g, and h2 or h). Each side may run to a dozen
    words: the received side is the first number that counts a security ("one share", not
    the "a" of "a New Option to purchase one share"), so a period or an amount in the second
    clause ("within 30 days") is never read as its side; failing one, any number within a
    few words ("we will grant you a New Option")."""
    return (
        rf"\bfor\s+(?:each|every)\s+(?P<g>{num})\s+(?:[\w-]+\s+){{0,11}}?[\w-]+,\s+"
        rf"(?:(?:[\w'’-]+\s+){{0,12}}?(?!(?:a|an)\b)(?P<h2>{num})"
        rf"\s+(?:[\w-]+\s+)?{SECURITY}\b"
        rf"|(?:[\w'’-]+\s+){{0,5}}?(?P<h>{num})(?!\S))"
    )


def per_each(num: str) -> str:
    """The ratio printed with "per", for a reader's number pattern `num`: what is received
    first ("1 New Option per 2 Eligible Options": groups pa, pb) or what is given up first
    ("2 Eligible Options per New Option": groups pc, pd). One side names the new securities
    ("new", "replacement"), and what is received first is counted on both sides: "100
    shares per option" and "41.2 New RSUs per option" are rates (rate_after below), no ratio."""
    return (
        rf"\b(?P<pa>{num})\s+(?:[\w-]+\s+)?(?:new|replacement)\s+{SECURITY}(?:{_DONE_TO_IT})?"
        rf"\s+per\s+(?P<pb>{num})\s+(?:[\w-]+\s+){{0,2}}?{SECURITY}\b"
        rf"|\b(?P<pc>{num})\s+(?:[\w-]+\s+){{0,2}}?{SECURITY}\s+per\s+(?:(?P<pd>{num})\s+)?"
        rf"(?:[\w-]+\s+)?(?:new|replacement)\s+{SECURITY}\b"
    )


def surrendered_to_receive(num: str) -> str:
    """The ratio printed as what the holder does, given up first: "surrender 2 Eligible
    Options to receive 1 New Option", "tender two options in order to be granted one New
    Option" (groups s given up, t received), for a reader's number pattern `num`."""
    return (
        rf"\b(?:surrender|tender|exchange|give\s+up|return)\s+(?P<s>{num})\s+"
        rf"(?:[\w-]+\s+){{0,3}}?{SECURITY}\s+(?:in\s+order\s+)?to\s+"
        rf"(?:receive|get|obtain|be\s+granted|be\s+issued|be\s+given)\s+(?P<t>{num})\b"
    )


def sides_of(match: re.Match[str]) -> tuple[str, str] | None:
    """(received, given up) as printed ("" for a side printed with no number: one) for a
    match of `per_each` or `surrendered_to_receive`; None for another form."""
    groups = match.groupdict()
    if groups.get("pa"):
        return groups["pa"], groups["pb"]
    if groups.get("pc"):
        return groups.get("pd") or "", groups["pc"]
    if groups.get("s"):
        return groups["t"], groups["s"]
    return None


_FOR_EACH = compiled(r"\s(?:in exchange )?for\s+(?:each|every)\b", re.I)


def counted_first_is_given_up(printed: str) -> bool:
    """In "A … for each B …": whether A counts what is given up. What is received comes first
    ("one new option for every two"), unless the words on A's side name what is given up
    ("2 Eligible Options for each New Option") or those on B's side name the new securities
    ("two options for each new option")."""
    split = _FOR_EACH.search(printed)
    head, tail = (printed[: split.start()], printed[split.end() :]) if split else (printed, "")
    if RECEIVED.search(head):
        return False
    return bool(GIVEN_UP.search(head) or RECEIVED.search(tail))


def old_and_new(form: str, first: str, second: str, printed: str) -> tuple[str, str]:
    """(given up, received), the numbers as printed, for a ratio of `form`:
    "each" ("A … for each/every B"), "hyphen" ("A-for-B", "A for B": A given up for B),
    "comma" ("For every A …, … B"), "to" ("A to B", "A:B": A given up for B)."""
    if form == "each":
        return (first, second) if counted_first_is_given_up(printed) else (second, first)
    return first, second


# what follows a split's ratio: "stock split", "reverse split", "-for-one forward stock split"
_SPLIT_AFTER = compiled(r"[\s-]+(?:(?:reverse|forward)[\s-]+)?(?:stock[\s-]+)?split", re.I)


def is_split_ratio(sentence: str, printed: str) -> bool:
    """Whether a ratio printed in the sentence is a stock split's ("the two-for-one stock
    split", "a 1-for-10 reverse split"): it tells how prices were adjusted, never what one
    receives in the offer. The staleness check and the materiality rules ask alike.

    One pattern for every ratio: the split words are found, then the ratio is looked for
    just before them (a pattern made for each ratio printed, as before, compiled anew for
    each of a long table's rows)."""
    size, folded = len(printed), printed.lower()
    return any(
        start >= size
        and sentence[start - size : start].lower() == folded
        and _SPLIT_AFTER.match(sentence, start)
        for found in _SPLIT_AFTER.finditer(sentence)
        for start in range(found.start(), found.end())
    )


_RATE = compiled(
    r"^\s*(?P<per>(?:per|for each|for every)\s+(?:\$[\d,]+(?:\.\d+)?(?:\s+(?:principal amount|"
    r"of\s+[\w-]+(?:\s+[A-Z][\w-]*){0,2}))?|(?:one\s+)?[A-Za-z][\w-]*(?:\s+[A-Z][\w-]*)?))",
    re.I,
)
_RATE_NAME = compiled(r"\b(?P<name>(?:[a-z][\w-]*\s+)?rate)\b", re.I)


def rate_after(following: str) -> str:
    """'per $1,000' for a figure followed by "per $1,000 principal amount", "per share", "for
    each option": such a figure is a rate (so many shares for so much), never a count of
    shares; '' otherwise. The notice and the materiality reasons ask alike."""
    found = _RATE.match(following)
    return " ".join(found.group("per").split()) if found else ""


def rate_name(clause: str) -> str:
    """'conversion rate' from "The conversion rate of our Series A notes was": what its clause
    calls the rate; 'rate' when it does not."""
    found = _RATE_NAME.search(clause)
    return found.group("name").lower() if found else "rate"


_SIDE_OF_A_RATIO = compiled(r"\b(?:per|for each|for every|out of|in exchange for each)\s+$", re.I)


def counted_per(before: str) -> bool:
    """Whether a count printed after `before` is the side of a ratio ("50 shares per 100
    shares", "for every 100 shares"): what it means for a holder depends on the other side,
    so it is never said as a number that rose or fell. The notice and the reasons ask alike."""
    return _SIDE_OF_A_RATIO.search(before) is not None
