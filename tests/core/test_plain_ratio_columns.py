"""A table column whose heading states an exchange ratio ("Eligible Options Exchanged for One
New RSU", "New RSUs per Eligible Option") is said the way a ratio in a sentence is: as what
one receives, in the offer's defined terms as printed, with which way it moved ("You will
now receive one New RSU for every 2.5 Eligible Options. It was one for every 3.0."). A
heading that does not say which side its figure counts is left to counsel, never guessed."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

import pytest

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import load_filing
from amendtool.core.plain_notice import PlainParagraph, plain_paragraphs
from amendtool.core.plain_summary import placeholders
from tests.support.builders import Spec, doc

FRONT = ("", ["Acme Widgets, Inc. is offering to exchange Eligible Options for New RSUs."])
SECTION = "2. Exchange Ratios"
MORE = "You will receive more New RSUs for the same number of Eligible Options."
FEWER = "You will receive fewer New RSUs for the same number of Eligible Options."

Said = Callable[[str, str, str], PlainParagraph]


@pytest.fixture(scope="module")
def said(example_filing_toml: Path) -> Said:
    """The notice's one paragraph on a table of exchange ratios by price band under
    `heading`, whose middle row's figure the revision changes from `old` to `new`."""
    details = load_filing(example_filing_toml)
    filing = dataclasses.replace(
        details,
        notice_style="plain",
        notice_explanation="",
        consideration="New RSUs",
        tendered="Eligible Options",
    )

    def paragraph(heading: str, old: str, new: str) -> PlainParagraph:
        def table(figure: str) -> list[str]:
            return [
                f"Exercise Price per Share\t{heading}",
                "$10.00 – $14.99\t2.0",
                f"$15.00 – $19.99\t{figure}",
                "$20.00 and above\t4.0",
            ]

        intro = "The number of New RSUs you receive depends on the exercise price."
        old_spec: Spec = [FRONT, (SECTION, [intro, *table(old)])]
        new_spec: Spec = [FRONT, (SECTION, [intro, *table(new)])]
        (only,) = plain_paragraphs(draft_amendment(doc(old_spec), doc(new_spec), filing))
        return only

    return paragraph


def test_options_exchanged_for_one_new_rsu_is_said_as_what_one_receives(said: Said) -> None:
    paragraph = said("Eligible Options Exchanged for One New RSU", "3.0", "2.5")
    assert paragraph.text.startswith(
        "You will now receive one New RSU for every 2.5 Eligible Options. It was one for every 3.0."
    ), paragraph.text
    assert MORE in paragraph.text
    assert '"$15.00 – $19.99"' in paragraph.text or '"$15.00 - $19.99"' in paragraph.text
    # the offer's defined terms keep their capitals; no "… is now 2.5" of a plural name
    assert "eligible options" not in paragraph.text and "new RSU" not in paragraph.text
    assert " is now 2.5" not in paragraph.text
    assert placeholders(paragraph.text) == []


GIVEN_FIRST = [
    "Eligible Options Exchanged for One New RSU",
    "ELIGIBLE OPTIONS EXCHANGED FOR ONE NEW RSU",
    "Eligible Options per New RSU",
    "Eligible Options for each New RSU",
    "Number of Eligible Options Surrendered for Each New RSU",
    "Eligible Options Required to Receive One New RSU",
    "Exchange Ratio (Eligible Options for One New RSU)",
    "Options Tendered per RSU",
]


@pytest.mark.parametrize("heading", GIVEN_FIRST)
def test_a_heading_counting_what_is_given_up_reads_a_rise_as_fewer_new(
    said: Said, heading: str
) -> None:
    paragraph = said(heading, "2.5", "3.0")
    assert paragraph.text.startswith(
        "You will now receive one New RSU for every 3.0 Eligible Options. It was one for every 2.5."
    ), (heading, paragraph.text)
    assert FEWER in paragraph.text, paragraph.text
    assert MORE not in paragraph.text
    assert placeholders(paragraph.text) == [], paragraph.text


RECEIVED_FIRST = [
    "New RSUs per Eligible Option",
    "New RSUs Granted for Each Eligible Option",
    "Number of New RSUs Issued for One Eligible Option",
    "RSUs per Option",
]


@pytest.mark.parametrize("heading", RECEIVED_FIRST)
def test_a_heading_counting_what_is_received_reads_a_rise_as_more_new(
    said: Said, heading: str
) -> None:
    paragraph = said(heading, "0.5", "0.6")
    assert paragraph.text.startswith(
        "You will now receive 0.6 New RSUs for each Eligible Option. It was 0.5 for each."
    ), (heading, paragraph.text)
    assert MORE in paragraph.text, paragraph.text
    assert placeholders(paragraph.text) == [], paragraph.text


@pytest.mark.parametrize("heading", ["Exchange Ratio", "Ratio", "Options for One Option"])
def test_a_ratio_heading_that_names_neither_side_is_left_to_counsel(
    said: Said, heading: str
) -> None:
    """ "Exchange Ratio" over "2.5" may count either side: the notice says no direction and
    asks counsel to, rather than guess one."""
    paragraph = said(heading, "3.0", "2.5")
    assert MORE not in paragraph.text and FEWER not in paragraph.text, paragraph.text
    assert placeholders(paragraph.text), paragraph.text
    assert not paragraph.summary.complete
