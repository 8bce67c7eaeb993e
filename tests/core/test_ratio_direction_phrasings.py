"""A bare exchange ratio printed "2 to 1", "2-to-1", "2:1" or "1-for-2" says no more than
"2 for 1" which number counts what holders receive: each is read the way the offer's own
explanation or the words beside it say, and one printed the other way round in another place
is found by the check, in the offer's own form ("print it “1:2”"). A range ("Sections 2 to
4") or a time of day ("5:30 p.m.") is no ratio."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from amendtool.core.amendment import draft_amendment
from amendtool.core.bare_ratios import bare_ratios
from amendtool.core.checks import run_checks
from amendtool.core.filing import load_filing
from amendtool.core.findings import ERROR, WARNING, Finding
from tests.conftest import SAMPLES
from tests.support.builders import Spec, doc

COVER = ("", ["Acme Widgets, Inc. is offering to exchange eligible options for new options."])
KEPT = "The exchange ratio is set out in Section 2."
SEPARATORS = [" for ", "-for-", " to ", "-to-", ":", " : "]


def _offer(summary: str, terms: list[str]) -> Spec:
    return [COVER, ("Summary Term Sheet", [summary]), ("1. Eligibility", ["Options are eligible."]),
            ("2. Number of Options; Exchange Ratio", terms)]  # fmt: skip


def _findings(old: Spec, new: Spec) -> list[Finding]:
    filing = dataclasses.replace(load_filing(SAMPLES / "filing.toml"), notice_explanation="")
    amendment = draft_amendment(doc(old), doc(new), filing)
    return [f for f in run_checks(amendment) if f.code == "ratio_direction"]


def _explained(received: int, given_up: int, sep: str) -> str:
    return (
        f"Eligible Options will be exchanged at a ratio of {received}{sep}{given_up}, which "
        f"means you will receive {received} New Options for every {given_up} Eligible Options "
        "you exchange."
    )


@settings(max_examples=40, deadline=None)
@given(
    st.integers(1, 9),
    st.integers(1, 9),
    st.sampled_from(SEPARATORS),
    st.sampled_from(SEPARATORS),
)
def test_a_bare_ratio_printed_the_other_way_round_is_found_however_printed(
    received: int, given_up: int, explained_sep: str, printed_sep: str
) -> None:
    assume(received != given_up)
    terms = [_explained(received, given_up, explained_sep)]
    same = f"The exchange ratio is {received}{printed_sep}{given_up}."
    assert _findings(_offer(KEPT, terms), _offer(same, terms)) == []
    reversed_ = f"The exchange ratio is {given_up}{printed_sep}{received}."
    [finding] = _findings(_offer(KEPT, terms), _offer(reversed_, terms))
    assert finding.severity == ERROR
    assert f"“{given_up}{printed_sep}{received}”" in finding.message
    assert f"print it “{received}{printed_sep}{given_up}”" in finding.message


@pytest.mark.parametrize(
    ("printed", "wrong"),
    [
        ("2 to 1 (New Options to Eligible Options)", True),
        ("2:1 (New Options : Eligible Options)", True),
        ("2:1 (Eligible Options to New Options)", False),
        ("1 to 2 (New Options to Eligible Options)", False),
    ],
)
def test_words_beside_the_ratio_read_it(printed: str, wrong: bool) -> None:
    terms = ["You will receive one New Option for every two Eligible Options you exchange."]
    found = _findings(_offer(KEPT, terms), _offer(f"The exchange ratio is {printed}.", terms))
    assert [f.severity for f in found] == ([ERROR] if wrong else [])


def test_two_bare_ratios_reversed_and_unread_are_a_warning_in_every_form() -> None:
    terms = ["Eligible Options will be exchanged at an exchange ratio of 1:2."]
    old = _offer("The exchange ratio is 1:2.", terms)
    [finding] = _findings(old, _offer("The exchange ratio is 2 to 1.", terms))
    assert finding.severity == WARNING
    assert "“2 to 1”" in finding.message and "“1:2”" in finding.message


@pytest.mark.parametrize(
    "sentence",
    [
        "The exchange ratios are described in Sections 2 to 4.",
        "Questions about the exchange ratio are answered from 9:00 to 5:30 p.m.",
        "Employees aged 18 to 65 are eligible for the exchange ratio.",
        "The office is open 9 to 5.",
    ],
)
def test_a_range_or_a_time_is_no_ratio(sentence: str) -> None:
    assert [m.group(0) for m in bare_ratios(sentence)] == []


@pytest.mark.parametrize(
    ("sentence", "printed"),
    [
        ("The exchange ratio is 2 to 1.", "2 to 1"),
        ("Options are exchanged on a 2-to-1 basis.", "2-to-1"),
        ("The exchange ratio is 1.5:1.", "1.5:1"),
        ("The exchange ratio is 1-for-2.", "1-for-2"),
        ("Eligible Options for each New Option: two-for-one.", "two-for-one"),
    ],
)
def test_every_form_of_a_bare_ratio_is_read(sentence: str, printed: str) -> None:
    assert [m.group(0) for m in bare_ratios(sentence)] == [printed]
