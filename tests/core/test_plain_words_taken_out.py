"""Words taken out of a statement, or put in with nothing in their place, change what it
says ("annual, quarterly and current reports" → "annual and current reports"; "tendered in
whole" → "tendered"): the notice never tells them as a correction of wording and
typography. A word that only joins or points ("of offer" → "of the offer", a serial comma)
is still a correction."""

from __future__ import annotations

import pytest

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import FilingDetails
from amendtool.core.plain_corrections import wording_correction
from amendtool.core.plain_notice import plain_paragraphs
from tests.core.test_plain_holders import OFFER, holders  # noqa: F401
from tests.support.builders import Spec, doc

REPORTS = "We file annual, quarterly and current reports with the SEC."
WHOLE = "Preferred Shares must be tendered in whole."
OFFICES = "Our offices are in Kansas City, Missouri, and we employ 400 people."
COMPANY: Spec = [*OFFER, ("3. Information Concerning the Company", [REPORTS, WHOLE, OFFICES])]


def told(filing: FilingDetails, old: str, new: str) -> tuple[str, bool]:
    revised = [(h, [p.replace(old, new) for p in ps]) for h, ps in COMPANY]
    amendment = draft_amendment(doc(COMPANY), doc(revised), filing)
    (item,) = amendment.change_items
    (paragraph,) = plain_paragraphs(amendment)
    return f"{paragraph.heading}: {paragraph.text}", wording_correction(item)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("annual, quarterly and current", "annual and current"),  # one of a list taken out
        ("annual, quarterly and current", "quarterly and current"),
        ("tendered in whole.", "tendered."),  # a qualification taken out
        ("Kansas City, Missouri, and we", "Kansas City, Missouri. We"),  # a clause split off
        ("with the SEC.", "with the SEC only."),  # a word put in
    ],
)
def test_words_taken_out_or_put_in_are_no_correction(
    holders: FilingDetails,  # noqa: F811
    old: str,
    new: str,
) -> None:
    text, correction = told(holders, old, new)
    if old.startswith("Kansas"):  # a sentence split in two says the same: a correction
        assert correction, text
        return
    assert not correction, text
    assert "corrected wording" not in text.lower(), text


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("annual, quarterly and current", "annual, quarterly, and current"),
        ("with the SEC.", "with the SEC ."),
        ("must be tendered", "must all be tendered"),
    ],
)
def test_joining_words_and_typography_remain_a_correction(
    holders: FilingDetails,  # noqa: F811
    old: str,
    new: str,
) -> None:
    text, correction = told(holders, old, new)
    if "all" in new:  # "all" states how many: no correction
        assert not correction, text
        return
    assert correction, text
