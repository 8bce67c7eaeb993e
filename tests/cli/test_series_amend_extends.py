"""One amendment that changes the terms and extends the offer, as counsel files it after a
price increase (Rules 13e-4(f)(1) and 14e-1(b) keep the offer open from the change): `amend`
takes a revised offer stating the later expiration, or the new one with --to."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
import pytest

from amendtool.core.checks import run_checks
from amendtool.core.typography import fold_typography
from amendtool.io.project_file import load_project
from tests.conftest import SAMPLES
from tests.support.docx_text import docx_lines
from tests.support.series_cli import first_amendment, next_filing, run

OLD_PRICE = "an exercise price per share of $12.00 or more"
NEW_PRICE = "an exercise price per share of $10.00 or more"


def revised_offer(folder: Path, name: str, expiration: str | None) -> Path:
    """Amendment No. 1's revision with the securities sought changed (options priced from
    $10.00) and, when given, every April 23, 2026 stated as `expiration`."""
    word = docx.Document(str(SAMPLES / "offer-to-exchange-revised.docx"))
    for paragraph in word.paragraphs:
        for run_ in paragraph.runs:
            text = run_.text.replace("$12.00", "$10.00")
            if expiration:
                text = text.replace("April 23, 2026", expiration)
            run_.text = text
    path = folder / name
    word.save(str(path))
    return path


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return first_amendment(tmp_path)


def test_a_revised_offer_stating_a_later_expiration_changes_and_extends_in_one_amendment(
    capsys: pytest.CaptureFixture[str], project: Path, tmp_path: Path
) -> None:
    revised = revised_offer(tmp_path, "no2.docx", "May 7, 2026")
    filing = next_filing(
        tmp_path,
        2,
        dt.date(2026, 4, 21),
        offer__expiration=dt.datetime(2026, 5, 7, 23, 59),
        notice__style="plain",
    )
    status, _, err = run(
        capsys, "amend", project, revised, "--filing", filing, "--out", tmp_path / "no2"
    )
    assert status == 0, err
    series = load_project(project).series
    current = series.current
    assert current.number == 2 and current.filing is not None
    assert current.filing.expiration == dt.datetime(2026, 5, 7, 23, 59)
    assert current.extended_from == dt.datetime(2026, 4, 23, 23, 59)
    texts = [fold_typography(i.new_text) for i in current.items]
    assert any(NEW_PRICE in t for t in texts)
    assert any("May 7, 2026" in t for t in texts)
    filed = fold_typography(" ".join(docx_lines(tmp_path / "no2" / "schedule-to-amendment.docx")))
    assert "$10.00" in filed and "May 7, 2026" in filed
    # the extension is stated in Item 4 and announced as Rule 14e-1(d) requires
    assert "extended" in filed.lower()
    # the notice gives the new deadline and asks holders to review their election
    notice = fold_typography(" ".join(docx_lines(tmp_path / "no2" / "employee-notice.docx")))
    assert "The offer now ends at 11:59 p.m., Eastern Time, on Thursday, May 7" in notice
    assert "Yes. Please review your election, because we also changed the terms" in notice
    assert "$10.00" in notice
    amendment = series.amendment(-1)
    assert amendment is not None
    codes = {f.code for f in run_checks(amendment) if f.severity == "error"}
    assert "series_expiration" not in codes
    # the next amendment starts from the expiration this one reached
    from amendtool.core.series_rules import in_force_expiration

    assert in_force_expiration(series, 2) == dt.datetime(2026, 5, 7, 23, 59)


def test_to_extends_a_revised_offer_that_still_states_the_old_expiration(
    capsys: pytest.CaptureFixture[str], project: Path, tmp_path: Path
) -> None:
    revised = revised_offer(tmp_path, "no2.docx", None)
    filing = next_filing(tmp_path, 2, dt.date(2026, 4, 21))
    status, _, err = run(
        capsys, "amend", project, revised, "--to", "2026-05-07 23:59", "--filing", filing,
        "--out", tmp_path / "no2",
    )  # fmt: skip
    assert status == 0, err
    current = load_project(project).series.current
    assert current.filing is not None
    assert current.filing.expiration == dt.datetime(2026, 5, 7, 23, 59)
    texts = " ".join(fold_typography(i.new_text) for i in current.items)
    assert NEW_PRICE in texts and "April 23, 2026" not in texts
    assert texts.count("May 7, 2026") >= 4


def test_the_period_a_price_change_requires_is_counted_from_the_amendment_that_makes_it(
    capsys: pytest.CaptureFixture[str], project: Path, tmp_path: Path
) -> None:
    """Dated April 22, the change of the securities sought keeps the offer open ten business
    days from April 22: an extension to April 30 is short (refused unless drafted anyway:
    test_series_amend_short.py), and the check names the earliest compliant expiration."""
    revised = revised_offer(tmp_path, "no2.docx", "April 30, 2026")
    filing = next_filing(tmp_path, 2, dt.date(2026, 4, 22))
    out = tmp_path / "no2"
    status, _, err = run(
        capsys, "amend", project, revised, "--allow-short-period", "--filing", filing, "--out", out
    )
    assert status == 0, err
    amendment = load_project(project).series.amendment(-1)
    assert amendment is not None
    [short] = [f.message for f in run_checks(amendment) if "10 business days" in f.message]
    assert "from Wednesday, April 22, 2026" in short
    assert "on April 30, 2026, leaving 6" in short
    assert (
        "Earliest compliant expiration: 12:00 midnight, Eastern Time, at the end of May 5" in short
    )


def test_a_later_expiration_in_the_filing_details_alone_says_how_to_extend(
    capsys: pytest.CaptureFixture[str], project: Path, tmp_path: Path
) -> None:
    revised = revised_offer(tmp_path, "no2.docx", None)
    filing = next_filing(
        tmp_path, 2, dt.date(2026, 4, 21), offer__expiration=dt.datetime(2026, 5, 7, 23, 59)
    )
    before = project.read_bytes()
    status, _, err = run(
        capsys, "amend", project, revised, "--filing", filing, "--out", tmp_path / "no2"
    )
    assert status == 2 and "Traceback" not in err
    [line] = err.strip().splitlines()
    assert "set offer.expiration = 2026-04-23T23:59:00" in line
    assert 'or extend the offer in this amendment: amend … --to "2026-05-07 23:59"' in line
    assert project.read_bytes() == before and not (tmp_path / "no2").exists()
