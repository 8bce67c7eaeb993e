"""The plain notice says what each change does for the reader in the direction it goes: a
worse exchange ratio gives fewer new awards for the same old ones, a higher price threshold
makes fewer options eligible. The opening never tells readers they may be newly eligible
unless a change makes more awards eligible, and a paragraph never states a benefit the
change does not give."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest

from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.filing import FilingDetails
from amendtool.core.filing_document import notice_blocks
from amendtool.core.layout import Role
from amendtool.core.plain_notice import plain_paragraphs
from tests.support.builders import Spec, doc
from tests.support.plain import plain_filing

MORE_ELIGIBLE = "More of your options may now be eligible."
FEWER_ELIGIBLE = "Fewer of your options may now be eligible."
MORE_NEW = "You will receive more New Options for the same number of Eligible Options."
FEWER_NEW = "You will receive fewer New Options for the same number of Eligible Options."
MORE_PAID = "You will receive more for each of your Eligible Options."
LESS_PAID = "You will receive less for each of your Eligible Options."

MINIMUM = "Options with an exercise price per share of {} or more are eligible."
MAXIMUM = "Options with an exercise price per share of no more than {} are eligible."
RATIO = "You will receive one New Option for every {} Eligible Options."
COUNTED_RATIO = "Options will be exchanged at a ratio of {} options for 1 New Option."
CASH = "We will also pay a cash payment of {} for each Eligible Option."
GRANTED_BEFORE = "Options granted before {} are eligible."
GRANTED_AFTER = "Options granted on or after {} are eligible."
EXPIRES = "The offer expires at 11:59 p.m., Eastern Time, on {}."
MORE_TIME = "You have more time to decide."
LESS_TIME = "You have less time to decide."

# (sentence, old, new, what the paragraph must say, whether more options are eligible)
CASES = {
    "minimum price lowered": (MINIMUM, "$20.00", "$17.50", MORE_ELIGIBLE, True),
    "minimum price raised": (MINIMUM, "$20.00", "$22.00", FEWER_ELIGIBLE, False),
    "maximum price raised": (MAXIMUM, "$20.00", "$22.00", MORE_ELIGIBLE, True),
    "maximum price lowered": (MAXIMUM, "$20.00", "$17.50", FEWER_ELIGIBLE, False),
    "ratio worse": (RATIO, "two", "three", FEWER_NEW, False),
    "ratio better": (RATIO, "three", "two", MORE_NEW, False),
    "counted ratio worse": (COUNTED_RATIO, "3", "4", FEWER_NEW, False),
    "counted ratio better": (COUNTED_RATIO, "4", "3", MORE_NEW, False),
    "cash raised": (CASH, "$4.25", "$4.75", MORE_PAID, False),
    "cash lowered": (CASH, "$4.25", "$3.75", LESS_PAID, False),
    "later cut-off, granted before": (
        GRANTED_BEFORE,
        "January 1, 2026",
        "March 1, 2026",
        MORE_ELIGIBLE,
        True,
    ),
    "earlier cut-off, granted before": (
        GRANTED_BEFORE,
        "March 1, 2026",
        "January 1, 2026",
        FEWER_ELIGIBLE,
        False,
    ),
    "later cut-off, granted after": (
        GRANTED_AFTER,
        "January 1, 2020",
        "March 1, 2020",
        FEWER_ELIGIBLE,
        False,
    ),
    "deadline later": (EXPIRES, "April 23, 2026", "April 30, 2026", MORE_TIME, False),
    "deadline earlier": (EXPIRES, "April 23, 2026", "April 21, 2026", LESS_TIME, False),
}
SAYINGS = {MORE_ELIGIBLE, FEWER_ELIGIBLE, MORE_NEW, FEWER_NEW, MORE_PAID, LESS_PAID}
SAYINGS |= {MORE_TIME, LESS_TIME}


@pytest.fixture(scope="module")
def filing(example_filing_toml: Path) -> FilingDetails:
    return plain_filing(example_filing_toml)


def changed(filing: FilingDetails, sentence: str, old: str, new: str) -> Amendment:
    offer: Spec = [("", ["Halvorsen offers to exchange options."]), ("2. Terms", [sentence])]
    before: Spec = [offer[0], ("2. Terms", [sentence.format(old)])]
    after: Spec = [offer[0], ("2. Terms", [sentence.format(new)])]
    return draft_amendment(doc(before), doc(after), filing)


def answers(amendment: Amendment) -> str:
    blocks = notice_blocks(amendment)
    return " ".join(
        b.text for a, b in pairwise(blocks) if a.role is Role.SUBHEADING and a.text.endswith("?")
    )


@pytest.mark.parametrize("case", list(CASES))
def test_each_change_is_said_in_the_direction_it_goes(filing: FilingDetails, case: str) -> None:
    sentence, old, new, meant, wider = CASES[case]
    amendment = changed(filing, sentence, old, new)
    (paragraph,) = plain_paragraphs(amendment)
    assert meant in paragraph.text, paragraph.text
    assert not (SAYINGS - {meant}) & {s for s in SAYINGS if s in paragraph.text}, paragraph.text
    opening = answers(amendment)
    assert ("newly eligible" in opening) is wider, opening
    terms = not case.startswith("deadline")  # a new deadline is answered as the deadline
    assert ("review your election" in opening) is terms, opening
