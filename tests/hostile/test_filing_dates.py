"""Filing details whose dates cannot both be true: an offer that expires before its Schedule TO
was filed (a year typed wrong, dates swapped) is refused, naming both dates and both fields,
before anything is drafted or written; the app's form shows it beside the expiration."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from filing_details import draft_with, sample_data, sample_with

from amendtool.core.filing import FilingError, filing_from_dict

EXPIRATION = "expiration = 2026-04-23T23:59:00"
FILED = "statement_filed = 2026-03-26"


def test_an_expiration_before_the_statement_was_filed_is_refused_naming_both() -> None:
    data = sample_data(EXPIRATION, "expiration = 2025-04-23T23:59:00")
    with pytest.raises(FilingError) as refused:
        filing_from_dict(data)
    problem = next(p for p in refused.value.problems if p.startswith("offer.expiration"))
    assert "April 23, 2025" in problem and "March 26, 2026" in problem
    assert "offer.statement_filed" in problem
    assert "“Schedule TO filed”" in str(refused.value)  # the form's own label


@pytest.mark.parametrize("expires", ["2026-03-26T23:59:00", "2026-04-23T23:59:00"])
def test_an_offer_expiring_on_or_after_the_filing_day_is_taken(expires: str) -> None:
    data = sample_data(EXPIRATION, f"expiration = {expires}")
    assert filing_from_dict(data).expiration.isoformat() == expires


def test_the_command_line_refuses_it_in_one_line_with_nothing_written(tmp_path: Path) -> None:
    done, out = draft_with(tmp_path, sample_with(FILED, "statement_filed = 2026-05-26"))
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("amendtool: filing.toml: ")
    assert "April 23, 2026" in lines[0] and "May 26, 2026" in lines[0]
    assert not out.exists()
