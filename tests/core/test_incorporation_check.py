"""The state the offer says the issuer is organised under is the state the filing details
give (the Schedule TO's cover prints it) and the state the revised offer says: a mismatch is
a warning of `check` naming both places, so "no errors" is never said over two states."""

from __future__ import annotations

from amendtool.core.amendment import draft_amendment
from amendtool.core.checks import run_checks
from amendtool.core.filing import FilingDetails, load_filing
from amendtool.core.findings import Finding
from tests.conftest import SAMPLES
from tests.support.builders import Spec, doc

COVER = (
    'Halvorsen Networks, Inc. ("Halvorsen," "we" or "us"), a {state} corporation, is offering '
    "to exchange Eligible Options for New Options."
)
INFO = "We were incorporated in {state} in 1998. Our offices are in Boston."
OTHER = "Harlow Partners, L.P., a Maryland limited partnership, holds 14% of our stock."


def _offer(cover_state: str, info_state: str, fees: str = "We pay no fees.") -> Spec:
    return [
        ("", [COVER.format(state=cover_state)]),
        ("1. Eligibility", ["You hold options granted before 2025. You are an employee."]),
        ("9. Information Concerning Halvorsen", [INFO.format(state=info_state), OTHER]),
        ("10. Fees", [fees]),
    ]


def _findings(original: Spec, revised: Spec, filing: FilingDetails | None = None) -> list[Finding]:
    details = filing or load_filing(SAMPLES / "filing.toml")
    amendment = draft_amendment(doc(original), doc(revised), details)
    return [f for f in run_checks(amendment) if f.code == "incorporation"]


def test_the_offer_and_the_filing_details_agree_nothing_said() -> None:
    offer = _offer("Delaware", "Delaware")
    assert _findings(offer, _offer("Delaware", "Delaware", "We pay all fees.")) == []


def test_another_entity_of_another_state_is_not_the_issuer() -> None:
    assert "Maryland" in OTHER
    assert _findings(_offer("Delaware", "Delaware"), _offer("Delaware", "Delaware")) == []


def test_the_offer_names_another_state_than_the_filing_details() -> None:
    filing = load_filing(SAMPLES / "filing.toml")
    filing.state_of_incorporation = "Maryland"
    [finding] = _findings(_offer("Delaware", "Delaware"), _offer("Delaware", "Delaware"), filing)
    assert finding.severity == "warning"
    assert '"a Delaware corporation" (the cover page)' in finding.message
    assert "(issuer.state_of_incorporation)" in finding.message
    assert '"Maryland"' in finding.message


def test_the_revised_offer_names_another_state_than_the_original() -> None:
    [finding] = _findings(_offer("Delaware", "Delaware"), _offer("Delaware", "Nevada"))
    assert finding.severity == "warning"
    assert '"a Delaware corporation" (the cover page)' in finding.message
    assert '"incorporated in Nevada" (Section 9. Information Concerning Halvorsen on page 3)' in (
        finding.message
    )
