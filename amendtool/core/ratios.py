"""Which side of an exchange ratio is which, however the offer prints it. Counsel reads an
exchange ratio as old per new: "2-for-1" and "two-for-one" are two options given up for each
new option, and so are "two options for each new option", "2 Eligible Options for each New
Option", "one new option for every two" and "For every 2 Eligible Options you exchange, we
will grant you 1 New Option". Both fact readers (the checks' and the plain notice's) ask here,
so a ratio is never read one way by one and the other way by the other.
"""

from __future__ import annotations

import re

# words that name what a holder gives up, and what a holder receives
GIVEN_UP = re.compile(r"\b(?:eligible|tendered|surrender\w*|exchanged|existing|old)\b", re.I)
RECEIVED = re.compile(r"\b(?:new|replacement)\b", re.I)
# after "for each" / "for every" (and its number), the words that say the new side is counted
# there, with what they count: "two options for each new option", "… for each New RSU"
FOR_EACH_NEW = (
    r"\s*(?:[\w-]+\s+){0,2}?(?:new|replacement)\b"
    r"(?:\s+(?:options?|shares?|rsus?|restricted stock units?|units?|awards?|securities|"
    r"notes?|warrants?)\b)?"
)
_FOR_EACH = re.compile(r"\s(?:in exchange )?for\s+(?:each|every)\b", re.I)


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
