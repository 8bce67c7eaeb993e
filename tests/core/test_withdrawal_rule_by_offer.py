"""Withdrawal rights to the expiration (Rule 13e-4(f)(2)(i)) bind an issuer tender for equity
securities, convertible debt included; a tender for straight debt under Regulation 14E alone
may end them earlier (commonly at the early tender date). The check decides by the kind of
securities in the filing details, and counsel may record a reason that overrides it."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from amendtool.core.amendment import draft_amendment
from amendtool.core.checks import run_checks
from amendtool.core.filing import FilingDetails, filing_from_dict, load_filing
from amendtool.core.filing_details import FilingError
from amendtool.core.findings import Finding
from tests.support.builders import doc

WITHDRAW = "You may withdraw your tendered securities at any time before {}."
EXPIRES = "The offer expires at 11:59 p.m., Eastern Time, on September 27, 2001."


def _offer(end: str) -> list[tuple[str, list[str]]]:
    return [
        ("", ["Acme Widgets, Inc. is offering to purchase its securities for cash."]),
        ("1. Terms of the Offer; Expiration Date", [EXPIRES]),
        ("4. Withdrawal Rights", [WITHDRAW.format(end)]),
    ]


@pytest.fixture
def filing(example_filing_toml: Path) -> FilingDetails:
    return load_filing(example_filing_toml)  # expires 11:59 p.m. Eastern, Sept. 27, 2001


def _withdrawal(filing: FilingDetails, **changes: str) -> list[Finding]:
    details = dataclasses.replace(filing, notice_explanation="", **changes)
    early = "5:00 p.m., Eastern Time, on September 20, 2001"
    original, revised = _offer("the expiration date"), _offer(early)
    amendment = draft_amendment(doc(original), doc(revised), details)
    return [f for f in run_checks(amendment) if f.code == "withdrawal_period"]


@pytest.mark.parametrize(
    "title",
    ["Common Stock, par value $0.01 per share", "2.75% Convertible Senior Notes due 2029"],
)
def test_an_equity_or_convertible_tender_ending_withdrawal_early_is_an_error(
    filing: FilingDetails, title: str
) -> None:
    (finding,) = _withdrawal(filing, securities_title=title)
    assert finding.severity == "error"
    assert "Rule 13e-4(f)(2)(i)" in finding.message


@pytest.mark.parametrize(
    "title", ["6.25% Senior Notes due 2031", "8% Debentures due 2030", "Series B Bonds"]
)
def test_a_straight_debt_tender_ending_withdrawal_early_is_a_note_saying_why(
    filing: FilingDetails, title: str
) -> None:
    (finding,) = _withdrawal(filing, securities_title=title)
    assert finding.severity == "note"
    assert "Regulation 14E" in finding.message and "straight debt" in finding.message
    assert title in finding.message  # what the kind was told from
    assert "(securities.kind)" in finding.message  # and how counsel corrects it


def test_the_kind_given_in_the_filing_details_wins_over_the_title(
    filing: FilingDetails,
) -> None:
    notes = "6.25% Senior Notes due 2031"
    (finding,) = _withdrawal(filing, securities_title=notes, securities_kind="convertible")
    assert finding.severity == "error"
    (finding,) = _withdrawal(filing, securities_title="Units", securities_kind="debt")
    assert finding.severity == "note"


def test_counsels_recorded_reason_overrides_the_error_and_is_said(
    filing: FilingDetails,
) -> None:
    reason = "The offer is exempt by SEC no-action relief granted to the issuer."
    (finding,) = _withdrawal(filing, withdrawal_reason=reason)
    assert finding.severity == "note"
    assert reason in finding.message and "counsel" in finding.message


def test_the_kind_and_the_reason_are_read_from_and_written_to_filing_toml(
    example_filing_toml: Path,
) -> None:
    import tomllib

    data = tomllib.loads(example_filing_toml.read_text(encoding="utf-8"))
    data["securities"]["kind"] = "debt"
    data["offer"]["withdrawal_reason"] = "Regulation 14E only."
    details = filing_from_dict(data, example_filing_toml)
    assert details.securities_kind == "debt"
    assert details.withdrawal_reason == "Regulation 14E only."
    written = details.to_toml_dict()
    assert written["securities"]["kind"] == "debt"
    assert written["offer"]["withdrawal_reason"] == "Regulation 14E only."
    data["securities"]["kind"] = "stock"
    with pytest.raises(FilingError, match=r"securities\.kind"):
        filing_from_dict(data, example_filing_toml)


def test_the_expiration_date_on_its_own_is_no_early_end(filing: FilingDetails) -> None:
    details = dataclasses.replace(filing, notice_explanation="")
    on_time = _offer("11:59 p.m., Eastern Time, on September 27, 2001")
    amendment = draft_amendment(doc(_offer("the expiration date")), doc(on_time), details)
    assert [f for f in run_checks(amendment) if f.code == "withdrawal_period"] == []
    assert dt.date(2001, 9, 27) == details.expiration.date()
