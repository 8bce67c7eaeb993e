"""Counsel's paragraph that states a term the change leaves alone otherwise than the offer
(tester08 finding 5): "11:59 p.m., Eastern Time" in an offer whose times are Pacific Time
(three hours early), and "within 15 days after the offer ends" where the offer, which the
change does not touch there, says "within 30 days after the expiration date" (a warning
only, as any figure neither text states). Both are errors; what the offer states passes."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.amendment import Amendment
from amendtool.core.checks import ERROR, WARNING, run_checks
from amendtool.core.plain_unchanged_terms import terms_contradicted, zones_said
from tests.support.plain import OFFER as OFFER_SPEC
from tests.support.plain import lowered, plain_filing

DEADLINE = "11:59 p.m., Pacific Time, on Friday, August 14, 2026"
OLD = "The offer expires at 11:59 p.m., Pacific Time, on Friday, July 31, 2026."
NEW = f"The offer expires at {DEADLINE}."
OFFER = [
    NEW,
    "We will pay the Cash Payment through payroll within 30 days after the expiration date.",
    "We will announce an extension by 9:00 a.m., Eastern Time, on Monday, August 3, 2026.",
]


@pytest.mark.parametrize(
    ("paragraph", "zone"),
    [
        ("The offer now ends at 11:59 p.m., Eastern Time, on Friday, August 14, 2026.", "Eastern"),
        ("The offer now ends at 11:59 p.m. CT on Friday, August 14, 2026.", ""),
        ("Decide by 11:59 p.m., Mountain Time, on Friday, August 14, 2026.", "Mountain"),
    ],
)
def test_a_zone_other_than_the_offers_is_named(paragraph: str, zone: str) -> None:
    said = zones_said(paragraph, DEADLINE, OLD, NEW, OFFER)
    if not zone:  # "CT" is no zone the tool reads: nothing to say
        assert said == []
        return
    [problem] = said
    assert f"{zone} Time" in problem and "Pacific Time" in problem, problem


@pytest.mark.parametrize(
    "paragraph",
    [
        "The offer now ends at 11:59 p.m., Pacific Time, on Friday, August 14, 2026.",
        "The offer now ends at 11:59 p.m. on Friday, August 14, 2026.",
        # the same moment in another zone, and a time the offer itself states in Eastern Time
        "The offer now ends at 2:59 a.m., Eastern Time, on Saturday, August 15, 2026.",
        "We will announce it by 9:00 a.m., Eastern Time, on Monday, August 3, 2026.",
    ],
)
def test_the_offers_own_zone_and_moments_pass(paragraph: str) -> None:
    assert zones_said(paragraph, DEADLINE, OLD, NEW, OFFER) == []


def test_a_figure_the_offer_states_otherwise_in_the_same_words_is_named() -> None:
    paragraph = (
        "We will now pay you $4.15 for each Eligible RSU within 15 days after the offer ends."
    )
    [(printed, problem)] = terms_contradicted("$3.85", "$4.15", paragraph, OFFER)
    assert printed == "15 days"
    assert "15 days" in problem and "“within 30 days after" in problem, problem


@pytest.mark.parametrize(
    "paragraph",
    [
        "We will pay you within 30 days after the offer ends.",
        "You have 15 days to decide.",  # not said in the offer's words
        "We will now pay $4.15, within 15 days after the offer ends.",
    ],
)
def test_other_figures_are_left_to_the_other_checks(paragraph: str) -> None:
    found = terms_contradicted("$3.85", "$4.15", paragraph, OFFER[:1] + OFFER[2:])
    assert found == []
    if "30 days" in paragraph or "15 days to" in paragraph:
        assert terms_contradicted("$3.85", "$4.15", paragraph, OFFER) == []


def test_check_makes_a_zone_other_than_the_offers_an_error(example_filing_toml: Path) -> None:
    amendment = lowered(plain_filing(example_filing_toml))  # in Eastern Time
    amendment.change_items[0].set_plain_summary(
        "More options are now eligible. The offer expires at 11:59 p.m., Eastern Time, on "
        "April 23, 2026."
    )
    assert not [e for e in _errors(amendment) if "Time" in e]
    amendment.change_items[0].set_plain_summary(
        "More options are now eligible. The offer expires at 11:59 p.m., Pacific Time, on "
        "April 23, 2026."
    )
    assert [e for e in _errors(amendment) if "Pacific Time" in e], _errors(amendment)


def test_check_makes_a_contradicted_term_an_error(example_filing_toml: Path) -> None:
    paid = ("2. Payment", ["We will pay for eligible options within 30 days after the offer ends."])
    amendment = lowered(plain_filing(example_filing_toml), [*OFFER_SPEC, paid])
    amendment.change_items[0].set_plain_summary(
        "More options are now eligible. We will pay within 15 days after the offer ends."
    )
    [error] = [e for e in _errors(amendment) if "15 days" in e]
    assert "30 days" in error, error
    found = run_checks(amendment)
    warnings = [f.message for f in found if f.severity == WARNING and f.item == 0]
    assert not [w for w in warnings if "15 days" in w], warnings


def _errors(amendment: Amendment) -> list[str]:
    return [f.message for f in run_checks(amendment) if f.severity == ERROR and f.item == 0]
