"""What a final amendment reports is said in the words of what the offer sought and gives,
wherever it is said (the status line, the navigator, the command's last line, `history`):
a tender of preferred stock for cash reports the Preferred Shares tendered and the payment,
never "shares tendered" and a "grant"; and the history line names the results once."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from amendtool.core.history import series_lines
from amendtool.core.series import Series
from amendtool.core.series_amendment import contents
from amendtool.core.series_steps import draft_results
from tests.core.test_results_statement_kinds import KINDS, RESULTS, holding
from tests.support.builders import doc
from tests.support.plain import OFFER

DATA = {**RESULTS, "grant_date": "2026-05-26"}


def test_an_option_exchange_reports_shares_tendered_and_the_grant() -> None:
    assert contents("results", 0, DATA) == (
        "results: 1,600,000 shares tendered, 1,500,000 accepted; grant of new options for "
        "750,000 shares on May 26, 2026"
    )


def test_the_grant_names_what_is_granted_and_its_unit(example_filing_toml: Path) -> None:
    """ "grant of 750,000" leaves the reader to guess 750,000 of what: the filing says
    "New RSUs covering an aggregate of 750,000 shares", and so does the line."""
    filing = holding(example_filing_toml, KINDS["rsus"][0], dt.date(2026, 5, 4))
    said = contents("results", 0, DATA, filing)
    assert said.endswith("; grant of New RSUs covering 750,000 shares on May 26, 2026"), said
    filing = holding(example_filing_toml, KINDS["options"][0], dt.date(2026, 5, 4))
    said = contents("results", 0, DATA, filing)
    assert said.endswith("; grant of New Options for 750,000 shares on May 26, 2026"), said


def test_a_tender_for_cash_reports_what_was_bought_and_the_payment(
    example_filing_toml: Path,
) -> None:
    filing = holding(example_filing_toml, KINDS["preferred for cash"][0], dt.date(2026, 5, 4))
    assert contents("results", 0, DATA, filing) == (
        "results: 1,600,000 Preferred Shares tendered, 1,500,000 accepted for purchase; "
        "payment on May 26, 2026"
    )


def test_an_exchange_for_new_shares_reports_their_issue(example_filing_toml: Path) -> None:
    filing = holding(example_filing_toml, KINDS["shares for new shares"][0], dt.date(2026, 5, 4))
    said = contents("results", 0, DATA, filing)
    assert said.endswith("; issue of 750,000 New Shares on May 26, 2026"), said
    assert "1,600,000 Old Shares tendered, 1,500,000 accepted for exchange" in said, said


def test_the_history_line_names_the_results_once(example_filing_toml: Path) -> None:
    filing = holding(example_filing_toml, KINDS["preferred for cash"][0], dt.date(2026, 5, 4))
    series = Series(doc(OFFER))
    draft_results(series, filing, {"results": DATA})
    [line] = [x for x in series_lines(series) if "Amendment No." in x]
    assert line.count("results") == 1, line
    assert line.endswith(
        "results (final amendment): 1,600,000 Preferred Shares tendered, 1,500,000 accepted "
        "for purchase; payment on May 26, 2026"
    ), line
