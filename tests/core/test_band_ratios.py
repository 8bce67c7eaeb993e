"""Two different exchange ratios stated for one exercise-price band (the table says 1-for-2
and a paragraph 1-for-3 for options priced $10.00 to $19.99) leave holders with two answers:
the checks warn, naming the band and both places with the ratio each states. One ratio
stated twice the same way, in any of its phrasings, is no conflict."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from amendtool.core.amendment import draft_amendment
from amendtool.core.checks import run_checks
from amendtool.core.filing import load_filing
from amendtool.core.findings import Finding
from tests.support.builders import Spec, doc

COVER = ("", ["Kestrel Inc. offers to exchange eligible options for new options."])
TABLE = [
    "The exchange ratios are as follows:",
    "Exercise Price\tExchange Ratio",
    "$10.00 to $19.99\t1 for 2",
    "$20.00 or more\t1 for 4",
]
LOW = "Options with an exercise price of $10.00 to $19.99 will be exchanged at {}."


def _findings(example_filing_toml: Path, old: str, new: str) -> list[Finding]:
    filing = dataclasses.replace(load_filing(example_filing_toml), notice_explanation="")

    def offer(sentence: str) -> Spec:
        return [COVER, ("2. Exchange Ratio", TABLE), ("3. Examples", [sentence, "End."])]

    amendment = draft_amendment(doc(offer(old)), doc(offer(new)), filing)
    return [f for f in run_checks(amendment) if f.code == "band_ratios"]


@pytest.mark.parametrize(
    ("stated", "quoted"),
    [
        ("one new option for every three eligible options", "one new option for every three"),
        ("1 New Option per 3 Eligible Options", "1 New Option per 3 Eligible Options"),
        ("a ratio of 1-for-3", "1-for-3"),
        ("3 eligible options for each new option", "3 eligible options for each new option"),
    ],
)
def test_two_ratios_for_one_band_are_flagged_naming_both_places(
    example_filing_toml: Path, stated: str, quoted: str
) -> None:
    old = LOW.format("one new option for every two eligible options")
    [finding] = _findings(example_filing_toml, old, LOW.format(stated))
    assert finding.severity == "warning"
    assert "$10.00 to $19.99" in finding.message
    assert "“1 for 2”" in finding.message and f"“{quoted}”" in finding.message, finding.message
    assert "Section 2" in finding.message and "Section 3" in finding.message, finding.message
    assert finding.item == 0


@pytest.mark.parametrize(
    "stated",
    [
        "one new option for every two eligible options",
        "2 eligible options for each new option",
        "1 New Option per 2 Eligible Options",
        "a ratio of 1-for-2",
    ],
)
def test_one_ratio_stated_alike_is_no_conflict(example_filing_toml: Path, stated: str) -> None:
    old = LOW.format("one new option for every two eligible options").replace("$10.00", "$9.00")
    assert _findings(example_filing_toml, old, LOW.format(stated)) == []


def test_another_band_is_no_conflict(example_filing_toml: Path) -> None:
    high = "Options with an exercise price of $20.00 or more will be exchanged at {}."
    old = high.format("one new option for every four eligible options")
    new = LOW.format("one new option for every two eligible options")
    assert _findings(example_filing_toml, old, new) == []


def test_rows_and_clauses_without_a_band_are_not_read_for_ratios(
    example_filing_toml: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A grant list of names and prices states no band: its rows (20,000 of them in a long
    revision) are not read for their facts, only a band's row or clause is."""
    from amendtool.core import band_ratios

    read: list[str] = []
    extract = band_ratios.extract

    def counted(text: str) -> list[object]:
        read.append(text)
        return extract(text)  # type: ignore[return-value]

    monkeypatch.setattr(band_ratios, "extract", counted)
    grants = [f"Employee {n:03d}\t${12 + n % 7}.50\t{1000 + n:,} options" for n in range(200)]
    clauses = ["We paid $2.00 in fees; the price is $5.00.", *grants]
    old = LOW.format("one new option for every two eligible options")
    new = LOW.format("one new option for every three eligible options")
    filing = dataclasses.replace(load_filing(example_filing_toml), notice_explanation="")

    def offer(sentence: str) -> Spec:
        return [COVER, ("2. Exchange Ratio", TABLE), ("3. Examples", [sentence, *clauses])]

    amendment = draft_amendment(doc(offer(old)), doc(offer(new)), filing)
    findings = band_ratios.check_band_ratios(amendment)
    assert len(findings) == 1 and "$10.00 to $19.99" in findings[0].message
    assert sorted(read) == sorted(["1 for 2", "1 for 4", new.rstrip(".")]), read
