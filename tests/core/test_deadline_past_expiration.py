"""A deadline the amended offer sets for holders to act (withdraw, tender, elect) that falls
after the offer's own expiration on its day lets them act once the offer has expired; one
for withdrawal that falls before it contradicts an offer saying withdrawal rights run until
the expiration (Rule 13e-4(f)(2)(i)). The check warns, naming the item and the two times;
the back-end withdrawal date (Rule 13e-4(f)(2)(ii)) is after the expiration on purpose."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from amendtool.core.amendment import draft_amendment
from amendtool.core.checks import run_checks
from amendtool.core.filing import load_filing
from amendtool.core.findings import Finding
from tests.support.builders import doc

EXPIRES = "The offer expires at 5:00 p.m., Eastern Time, on September 27, 2001."
ANY_TIME = "You may withdraw your tendered options at any time before the offer expires."
CODE = "deadline_past_expiration"


def _findings(
    example_filing_toml: Path,
    old: list[str],
    new: list[str],
    kind: str = "",
    code: str = CODE,
    at: tuple[int, int] = (17, 0),
) -> list[Finding]:
    filing = dataclasses.replace(
        load_filing(example_filing_toml),
        expiration=dt.datetime(2001, 9, 27, *at),
        notice_explanation="",
        securities_kind=kind,
    )
    cover = ("", ["Acme Widgets, Inc. is offering to exchange options for new options."])
    expires = EXPIRES.replace("5:00 p.m.", "11:59 p.m.") if at == (23, 59) else EXPIRES
    terms = ("1. Expiration Date", [expires])
    original = doc([cover, terms, ("4. Withdrawal Rights", old)])
    revised = doc([cover, terms, ("4. Withdrawal Rights", new)])
    amendment = draft_amendment(original, revised, filing)
    return [f for f in run_checks(amendment) if f.code == code]


LATER = [
    "Important: a notice of withdrawal must reach the Depositary before 11:59 p.m., Eastern "
    "Time, on the expiration date.",
    "You may withdraw your election until 11:59 p.m., Eastern Time, on September 27, 2001.",
    "The Letter of Transmittal must be received by the Depositary by 8:00 p.m. on the "
    "expiration date.",
    "You may elect to exchange your options until 9:00 p.m., Eastern Time, on September 27, 2001.",
]


@pytest.mark.parametrize("sentence", LATER)
def test_a_holder_deadline_after_the_expiration_on_its_day_is_warned(
    example_filing_toml: Path, sentence: str
) -> None:
    early = sentence.replace("11:59 p.m.", "5:00 p.m.").replace("8:00 p.m.", "5:00 p.m.")
    early = early.replace("9:00 p.m.", "5:00 p.m.")
    [finding] = _findings(example_filing_toml, [ANY_TIME, early], [ANY_TIME, sentence])
    assert finding.severity == "warning"
    assert finding.item is not None
    assert f"item {chr(ord('A') + finding.item)}" in finding.message
    late = next(t for t in ("11:59 p.m.", "8:00 p.m.", "9:00 p.m.") if t in sentence)
    assert late in finding.message and "5:00 p.m." in finding.message
    assert "\n" not in finding.message


@pytest.mark.parametrize(
    "sentence",
    [
        # the deadline is the expiration itself
        "A notice of withdrawal must reach the Depositary before 5:00 p.m., Eastern Time, on "
        "the expiration date.",
        # earlier deadlines to tender are the offer's to set
        "The Letter of Transmittal must be received by 3:00 p.m. on the expiration date.",
        # the back-end withdrawal date: after the expiration on purpose
        "You may also withdraw options not accepted for payment after 11:59 p.m., Eastern "
        "Time, on November 6, 2001, as Rule 13e-4(f)(2)(ii) provides.",
        "You may also withdraw options not accepted for payment after November 6, 2001.",
        # what the company does after the expiration is no deadline for holders
        "We will announce the results by 9:00 a.m., Eastern Time, on September 28, 2001.",
    ],
)
def test_no_warning_for_deadlines_that_agree_with_the_expiration(
    example_filing_toml: Path, sentence: str
) -> None:
    assert _findings(example_filing_toml, [ANY_TIME], [ANY_TIME, sentence]) == []


EARLY = "A notice of withdrawal must reach the Depositary before 3:00 p.m. on the expiration date."


def test_a_withdrawal_deadline_before_an_expiration_withdrawal_runs_to_is_warned(
    example_filing_toml: Path,
) -> None:
    """In a tender Rule 13e-4(f)(2)(i) does not bind (straight debt), where the withdrawal
    checks only note an earlier end: the offer itself says withdrawal runs to the expiration."""
    old = [ANY_TIME, EARLY, "Withdrawn options may be tendered again."]
    new = [ANY_TIME, EARLY, "Withdrawn options may be tendered again before the offer expires."]
    [finding] = _findings(example_filing_toml, old, new, kind="debt")
    assert finding.severity == "warning"
    assert "3:00 p.m." in finding.message and "5:00 p.m." in finding.message
    assert "Withdrawal Rights" in finding.message
    assert ANY_TIME.rstrip(".") in finding.message


def test_an_earlier_withdrawal_deadline_is_not_warned_where_the_offer_does_not_say_it_runs_on(
    example_filing_toml: Path,
) -> None:
    old = [EARLY, "Withdrawn options may be tendered again."]
    new = [EARLY, "Withdrawn options may be tendered again before the offer expires."]
    assert _findings(example_filing_toml, old, new, kind="debt") == []


def test_an_earlier_withdrawal_deadline_where_the_rule_binds_is_the_withdrawal_error_alone(
    example_filing_toml: Path,
) -> None:
    old = [ANY_TIME, EARLY, "Withdrawn options may be tendered again."]
    new = [ANY_TIME, EARLY, "Withdrawn options may be tendered again before the offer expires."]
    assert _findings(example_filing_toml, old, new) == []
    [error] = _findings(example_filing_toml, old, new, code="withdrawal_period")
    assert error.severity == "error"


def test_a_withdrawal_deadline_moved_past_the_expiration_is_warned_once_per_sentence(
    example_filing_toml: Path,
) -> None:
    sentence = LATER[0]
    early = sentence.replace("11:59 p.m.", "5:00 p.m.")
    findings = _findings(example_filing_toml, [ANY_TIME, early], [ANY_TIME, sentence, sentence])
    assert len(findings) == 1


def test_midnight_is_the_same_end_of_the_day_as_11_59_p_m(example_filing_toml: Path) -> None:
    sentence = (
        "A notice of withdrawal must reach the Depositary before 12:00 midnight, Eastern Time, "
        "on the expiration date."
    )
    assert _findings(example_filing_toml, [ANY_TIME], [ANY_TIME, sentence], at=(23, 59)) == []
    [read] = _findings(example_filing_toml, [ANY_TIME], [ANY_TIME, sentence])
    assert "12:00 midnight" in read.message
    later = "The Letter of Transmittal must be received by 11:59 p.m. on the expiration date."
    assert _findings(example_filing_toml, [ANY_TIME], [ANY_TIME, later], at=(23, 59)) == []
    [finding] = _findings(example_filing_toml, [ANY_TIME], [ANY_TIME, later])
    assert "11:59 p.m." in finding.message and "5:00 p.m." in finding.message
