"""The series' rules as every output renders them, whatever path drafted the amendment: one
expiration for the series, exhibits once filed kept in the index and never renumbered over,
an earlier amendment's period counted from its own date, and an extension that needs only
its Rule 14e-1(d) announcement."""

from __future__ import annotations

import dataclasses
import datetime as dt

from amendtool.core.checks import run_checks
from amendtool.core.exhibits import index_rows
from amendtool.core.filing_document import notice_blocks, schedule_to_blocks
from amendtool.core.layout import plain_text
from amendtool.core.series import AmendmentKind, Series
from amendtool.io.load import load_document
from tests.conftest import SAMPLES
from tests.core.test_series_extension import EXPIRATION, extension, filing, lower_threshold

RESULTS = {"tendered": 100, "accepted": 100, "issued": 100, "grant_date": "2026-05-26"}


def sample() -> Series:
    original = load_document(SAMPLES / "offer-to-exchange.docx")
    series = Series(original)
    series.draft(
        load_document(SAMPLES / "offer-to-exchange-revised.docx"),
        filing(1, dt.date(2026, 4, 4), EXPIRATION),
    )
    return series


def words(blocks: list) -> str:  # type: ignore[type-arg]
    return " ".join(plain_text(blocks).split())


def test_the_results_render_the_extended_expiration_whatever_their_filing_details_say() -> None:
    series = sample()
    extension(series, dt.date(2026, 4, 21), dt.datetime(2026, 5, 7, 23, 59))
    # the final amendment's own details still give the first expiration (a project saved so)
    details = filing(3, dt.date(2026, 5, 11), EXPIRATION)
    entry = series.draft(series.base(2), details, kind=AmendmentKind.RESULTS)
    entry.results = RESULTS
    results = series.amendment(2)
    assert results is not None
    assert results.filing.expiration == dt.datetime(2026, 5, 7, 23, 59)
    text = words(schedule_to_blocks(results))
    assert "The Offer expired at 11:59 p.m., Eastern Time, on May 7, 2026." in text
    assert "May 7, 2026" in words(notice_blocks(results))
    assert not [f for f in run_checks(results) if f.code in ("results_timing", "expired")]


def test_filing_details_edited_to_another_expiration_are_an_error_of_the_check() -> None:
    from amendtool.core.amendment import Amendment

    series = sample()
    extension(series, dt.date(2026, 4, 21), dt.datetime(2026, 5, 7, 23, 59))
    series.draft(series.base(2), filing(3, dt.date(2026, 4, 24), EXPIRATION))
    entry = series.current
    assert entry.filing is not None
    # as the app drafts it, from the amendment's own filing details
    amendment = Amendment(
        series.base(2), entry.revised, entry.items, entry.filing, series=series.context(2)
    )
    [finding] = [f for f in run_checks(amendment) if f.code == "series_expiration"]
    assert finding.severity == "error"
    assert "give the expiration as 11:59 p.m., Eastern Time, on April 23, 2026" in (finding.message)
    assert "expires at 11:59 p.m., Eastern Time, on May 7, 2026" in finding.message
    assert "Amendment No. 2 extended it" in finding.message
    # as every output of the series renders it: the series' expiration, nothing to find
    rendered = series.amendment(2)
    assert rendered is not None
    assert not [f for f in run_checks(rendered) if f.code == "series_expiration"]


def test_filing_details_edited_to_another_offer_are_an_error_of_the_check() -> None:
    from amendtool.core.amendment import Amendment
    from amendtool.core.filing import load_filing
    from tests.conftest import EXAMPLE_DIR

    series = sample()
    other = dataclasses.replace(load_filing(EXAMPLE_DIR / "filing.toml"), amendment_number=2)
    amendment = Amendment(
        series.base(1), series.base(1), [], other, series=series.context(1), kind="text"
    )
    [finding] = [f for f in run_checks(amendment) if f.code == "series_offer"]
    assert finding.severity == "error"
    assert "issuer.name = Mpower Holding Corporation" in finding.message
    assert "Halvorsen Networks, Inc." in finding.message and "another offer" in finding.message


def test_the_offer_documents_exhibit_number_edited_is_an_error_of_the_check() -> None:
    """The app compares every detail the filed statement fixes, as the commands do: the
    offer document's exhibit number edited would have every item cite another exhibit."""
    from amendtool.core.amendment import Amendment

    series = sample()
    entry = series.amendments[0]
    assert entry.filing is not None
    edited = dataclasses.replace(entry.filing, amendment_number=2, document_exhibit="(a)(2)")
    amendment = Amendment(
        series.base(1), series.base(1), [], edited, series=series.context(1), kind="text"
    )
    [finding] = [f for f in run_checks(amendment) if f.code == "series_offer"]
    assert finding.severity == "error"
    assert "offer.document_exhibit = (a)(2)" in finding.message
    assert "offer.document_exhibit = (a)(1)" in finding.message


def test_an_exhibit_filed_before_stays_in_the_index_and_its_number_reused_is_an_error() -> None:
    series = sample()
    # No. 2's notice given No. 1's number, (a)(6)
    details = dataclasses.replace(
        filing(2, dt.date(2026, 4, 8), EXPIRATION), notice_exhibit="(a)(6)"
    )
    series.draft(series.base(1), details)
    second = series.amendment(1)
    assert second is not None
    rows, note = index_rows(second)
    labels = [label for label, _ in rows]
    assert "(a)(6)*" in labels and "(a)(6)" in labels  # the earlier one is not dropped
    assert "(a)(1)*" in labels and note
    [finding] = [f for f in run_checks(second) if f.code == "series_exhibit"]
    assert finding.severity == "error" and "(a)(6)" in finding.message
    assert "number the new exhibit next" in finding.message


def test_an_earlier_amendments_earliest_expiration_counts_from_its_own_date() -> None:
    original = load_document(SAMPLES / "offer-to-exchange.docx")
    series = Series(original)
    expires = dt.datetime(2026, 4, 29, 23, 59)
    # No. 1, Monday April 20, changes the securities sought: open through Friday May 1
    series.draft(lower_threshold(original), filing(1, dt.date(2026, 4, 20), expires))
    # No. 2, a text amendment dated Tuesday April 28 with material changes of its own: open
    # through Monday May 4
    revised = load_document(SAMPLES / "offer-to-exchange-revised.docx")
    series.draft(lower_threshold(revised), filing(2, dt.date(2026, 4, 28), expires))
    second = series.amendment(1)
    assert second is not None
    [earlier] = [f for f in run_checks(second) if f.code == "series_timing"]
    assert "Amendment No. 1 (April 20, 2026)" in earlier.message
    assert earlier.message.endswith(
        "Earliest compliant expiration: 12:00 midnight, Eastern Time, "
        "at the end of May 1, 2026 "
        "(the end of May 1, 2026, Eastern time)"
    )
    [own] = [f for f in run_checks(second) if f.code == "timing"]
    assert "May 4, 2026" in own.message  # No. 2's own five business days, from April 28


def test_an_extension_by_itself_keeps_the_offer_open_no_period_of_its_own() -> None:
    series = sample()
    # extended on Wednesday April 22 to Friday April 24: three business days, and no more
    # are needed for an extension; Rule 14e-1(d)'s announcement is what it needs
    extension(series, dt.date(2026, 4, 22), dt.datetime(2026, 4, 24, 23, 59))
    second = series.amendment(1)
    assert second is not None and second.change_items
    findings = run_checks(second)
    assert not [f for f in findings if f.code in ("timing", "series_timing")], [
        f.message for f in findings
    ]
    assert [f.severity for f in findings if f.code == "extension"] == ["note"]
    # an amendment after it is not held to a period from the extension's date either
    details = filing(3, dt.date(2026, 4, 23), dt.datetime(2026, 4, 24, 23, 59))
    series.draft(series.base(2), details)
    third = series.amendment(2)
    assert third is not None
    assert not [f for f in run_checks(third) if f.code == "series_timing"]
