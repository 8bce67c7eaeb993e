"""Who the notice speaks to follows the notice's To line as well as the offer's title: an
Offer to Exchange made to holders of preferred stock or notes is a tender, so its notice is
the notice to holders (tender and withdraw, "for holders"), not the employee notice with its
elections; holders of eligible options stay employees."""

from __future__ import annotations

import pytest

from amendtool.core.offer_names import audience, notice_file
from amendtool.core.plain_voice_words import plain_words
from amendtool.core.wording import house_wording


@pytest.mark.parametrize(
    "to",
    ["Holders of Series B Preferred", "Holders of the 5.25% Senior Notes due 2031", "Stockholders"],
)
def test_holders_of_securities_in_an_exchange_offer_get_the_holders_notice(to: str) -> None:
    wording = house_wording()
    assert audience(wording, "Offer to Exchange", to) == "holders"
    assert notice_file(wording, "Offer to Exchange", to) == "holders-notice"
    words = plain_words(wording, "Offer to Exchange", to)
    assert "election" not in words["action_answer"].casefold(), words["action_answer"]
    assert "employees" not in words["placeholder"], words["placeholder"]
    assert "purchase" not in words["intro_unnamed"], words["intro_unnamed"]


@pytest.mark.parametrize("to", ["Holders of Eligible Options", "Holders of Options", "Employees"])
def test_holders_of_options_stay_employees(to: str) -> None:
    assert audience(house_wording(), "Offer to Exchange", to) == "employees"


def test_an_offer_to_purchase_keeps_its_own_sentences_for_holders() -> None:
    wording = house_wording()
    words = plain_words(wording, "Offer to Purchase", "Holders of Series B Preferred")
    assert words["intro_unnamed"].startswith("We have made some changes to our offer to purchase")
