"""The notice speaks of the offer's own instruments: an offer for RSUs says RSUs, never
"eligible options … More of your options may now be eligible"; and a grant date that decides
who is eligible ("RSUs granted under the Plan before July 1, 2024 (the "Eligible RSUs")") is
the eligibility cut-off, never "the grant date", which reads as the date new awards are
granted. The sentences the tool writes pass its own plain-English check (no passive)."""

from __future__ import annotations

import pytest

from amendtool.core.plain_english import passive_sentences
from amendtool.core.plain_facts import fact_changes
from amendtool.core.plain_summary import Voice, fact_sentences
from amendtool.core.wording import house_wording

RSUS = {"consideration": "Cash Payment", "tendered": "Eligible RSUs"}
OPTIONS = {"consideration": "New Options", "tendered": "Eligible Options"}
COVER = (
    "Bramble Software, Inc. is offering to exchange restricted stock units granted under the "
    'Bramble Software, Inc. 2020 Equity Incentive Plan before {} (the "Eligible RSUs") for a '
    "cash payment."
)
TERMS = "Restricted stock units granted before {} that remain unvested are Eligible RSUs."


def said(old: str, new: str, terms: dict[str, str]) -> str:
    wording = house_wording()
    changes, _ = fact_changes(old, new)
    voice = Voice(wording.plain_notice, terms)
    return " ".join(fact_sentences(changes, wording, voice=voice))


@pytest.mark.parametrize("frame", [COVER, TERMS], ids=["cover", "terms"])
def test_an_rsu_cut_off_is_said_of_rsus(frame: str) -> None:
    text = said(frame.format("January 1, 2024"), frame.format("July 1, 2024"), RSUS)
    assert text == (
        "The cut-off date for eligible RSUs is now July 1, 2024. It was January 1, 2024. "
        "RSUs granted before this date are eligible. More of your RSUs may now be eligible."
    ), text
    assert "option" not in text.lower()
    assert not passive_sentences(text), passive_sentences(text)


def test_an_option_cut_off_is_said_of_options() -> None:
    old = "Options granted before January 1, 2001 are eligible."
    text = said(old, old.replace("January 1", "June 30"), OPTIONS)
    assert text == (
        "The cut-off date for eligible options is now June 30, 2001. It was January 1, 2001. "
        "Options granted before this date are eligible. More of your options may now be "
        "eligible."
    ), text


def test_a_start_date_is_said_the_other_way() -> None:
    old = "Restricted stock units granted after March 1, 2020 are Eligible RSUs."
    text = said(old, old.replace("March 1", "June 1"), RSUS)
    assert text.startswith("The start date for eligible RSUs is now June 1, 2020."), text
    assert "RSUs granted after this date are eligible." in text
    assert "Fewer of your RSUs may now be eligible." in text


def test_a_threshold_speaks_of_the_offer_s_options() -> None:
    old = "Options with an exercise price of at least $20.00 per share are eligible."
    terms = {"consideration": "Replacement Awards", "tendered": "Underwater Options"}
    text = said(old, old.replace("$20.00", "$17.50"), terms)
    assert "More of your options may now be eligible." in text, text
