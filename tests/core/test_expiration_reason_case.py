"""The reason for a change that moves the expiration names it as the offer does and in
ordinary letters: the cover's "THE OFFER AND WITHDRAWAL RIGHTS WILL EXPIRE AT 5:00 P.M.,
EASTERN TIME, ON MAY 14, 2026" was reasoned "Extends the withdrawal deadline, from 5:00
P.M., EASTERN TIME, ON MAY 14, 2026 …": the offer's expiration called the withdrawal
deadline, quoted in the cover's capitals."""

from __future__ import annotations

from amendtool.core.materiality_expiration import expiration_proposal
from amendtool.core.materiality_rules import house_rules

COVER = (
    "THE OFFER AND WITHDRAWAL RIGHTS WILL EXPIRE AT 5:00 P.M., EASTERN TIME, ON MAY {day}, 2026."
)


def test_the_cover_s_expiration_is_the_expiration_in_ordinary_letters() -> None:
    proposal = expiration_proposal(COVER.format(day=14), COVER.format(day=29), house_rules())
    assert proposal is not None
    assert proposal.reason.startswith(
        "Extends the expiration, from 5:00 p.m., Eastern Time, on "
        "May 14, 2026 to 5:00 p.m., Eastern Time, on May 29, 2026"
    ), proposal.reason


def test_a_withdrawal_deadline_alone_is_still_named_so() -> None:
    text = "Holders may withdraw tendered Preferred Shares until 5:00 p.m. on May 14, 2026."
    assert house_rules().deadline_of(text) == "the withdrawal deadline"


def test_a_city_s_time_is_said_as_the_offer_s_body_says_it() -> None:
    """ "NEW YORK CITY TIME" on the cover is "New York City time", as every other reason and
    the notice say it; a zone's own name keeps its capital ("Eastern Standard Time")."""
    cover = COVER.replace("EASTERN TIME", "{zone}")
    for zone, said in [
        ("NEW YORK CITY TIME", "New York City time"),
        ("EASTERN STANDARD TIME", "Eastern Standard Time"),
        ("PACIFIC TIME", "Pacific Time"),
    ]:
        old, new = (cover.format(zone=zone, day=d) for d in (14, 29))
        proposal = expiration_proposal(old, new, house_rules())
        assert proposal is not None
        assert f"5:00 p.m., {said}, on May 14, 2026 to 5:00 p.m., {said}" in proposal.reason, (
            proposal.reason
        )
