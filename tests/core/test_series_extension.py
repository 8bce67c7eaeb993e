"""An extension after a change the earlier expiration did not respect: the check names the
earliest compliant expiration, and the extension's notice states the new deadline, that
withdrawal rights continue and that nothing else changed."""

from __future__ import annotations

import dataclasses
import datetime as dt

from amendtool.core.amendment import Amendment
from amendtool.core.checks import run_checks
from amendtool.core.extension import extended_document
from amendtool.core.filing import FilingDetails, load_filing
from amendtool.core.filing_document import notice_blocks, schedule_to_blocks
from amendtool.core.layout import Block, Role, plain_text
from amendtool.core.model import Document
from amendtool.core.series import AmendmentKind, Series
from amendtool.io.load import load_document
from tests.conftest import SAMPLES

EXPIRATION = dt.datetime(2026, 4, 23, 23, 59)  # the sample offer's, a Thursday


def filing(number: int, date: dt.date, expiration: dt.datetime) -> FilingDetails:
    details = load_filing(SAMPLES / "filing.toml")
    return dataclasses.replace(
        details,
        amendment_number=number,
        amendment_date=date,
        expiration=expiration,
        notice_exhibit=f"(a)({5 + number})",
        notice_explanation="",
    )


def lower_threshold(document: Document) -> Document:
    """The exercise price that makes an option eligible lowered: a change in the securities
    sought, which keeps the offer open ten business days."""
    sections = [
        dataclasses.replace(
            s,
            paragraphs=[
                dataclasses.replace(p, text=p.text.replace("$12.00", "$10.00"))
                for p in s.paragraphs
            ],
        )
        for s in document.sections
    ]
    return dataclasses.replace(document, sections=sections)


def extension(series: Series, date: dt.date, to: dt.datetime) -> None:
    number = series.current.number + (series.current.kind is not AmendmentKind.EXTENSION)
    details = filing(number, date, to)
    base = series.base(number - 1)
    zone = details.zone
    revised = extended_document(
        base, EXPIRATION.replace(tzinfo=zone), to.replace(tzinfo=zone), details.time_zone
    )
    entry = series.draft(revised, details, kind=AmendmentKind.EXTENSION)
    entry.extended_from = EXPIRATION


def test_an_extension_short_of_what_an_earlier_change_requires_names_the_earliest() -> None:
    original = load_document(SAMPLES / "offer-to-exchange.docx")
    series = Series(original)
    # Amendment No. 1, on Monday April 20, lowers the eligibility threshold: ten business
    # days from then run through Friday May 1, beyond the expiration of April 23
    series.draft(lower_threshold(original), filing(1, dt.date(2026, 4, 20), EXPIRATION))
    first = series.amendment(0)
    assert first is not None
    assert "consideration" in {i.materiality.value for i in first.change_items}
    assert any(f.code == "timing" for f in run_checks(first))

    # No. 2 extends the offer, but only to Tuesday April 28
    extension(series, dt.date(2026, 4, 22), dt.datetime(2026, 4, 28, 23, 59))
    second = series.amendment(1)
    assert second is not None
    [finding] = [f for f in run_checks(second) if f.code == "series_timing"]
    assert finding.severity == "error"
    assert "Amendment No. 1 (April 20, 2026)" in finding.message
    assert "10 business days" in finding.message
    assert finding.message.endswith(
        "Earliest compliant expiration: 12:00 midnight, Eastern Time, "
        "at the end of May 1, 2026 "
        "(the end of May 1, 2026, Eastern time)"
    )

    # counsel drafts No. 2 again, to the end of that day (12:00 midnight): nothing is short
    # any more, and the notice states the new deadline
    extension(series, dt.date(2026, 4, 22), dt.datetime(2026, 5, 2, 0, 0))
    second = series.amendment(1)
    assert second is not None and len(series.amendments) == 2
    findings = run_checks(second)
    assert not [
        f
        for f in findings
        if f.code in ("series_timing", "timing", "extension") and f.severity == "error"
    ]
    notice = plain_text(notice_blocks(second))
    assert (
        "The offer now ends at 12:00 midnight, Eastern Time, "
        "at the end of Friday, May 1, 2026." in (" ".join(notice.split()))
    )
    assert "It was going to end at 11:59 p.m., Eastern Time, on Thursday, April 23" in (
        " ".join(notice.split())
    )
    assert "Your right to withdraw goes on until the new deadline." in notice
    assert "No. Only the deadline has changed." in notice
    # every statement of the expiration is amended, and Item 4 says the offer was extended
    assert second.change_items
    assert all("April 23, 2026" in i.old_text.title() for i in second.change_items)
    assert all("May 1, 2026" in i.new_text.title() for i in second.change_items)
    filing_text = " ".join(plain_text(schedule_to_blocks(second)).split())
    assert (
        "Item 4 of the Tender Offer Statement is hereby amended and supplemented by adding the "
        'following: "On April 22, 2026, the Company extended the expiration of the Offer from '
        "11:59 p.m., Eastern Time, on April 23, 2026 to 12:00 midnight, Eastern "
        "Time, at the end of May 1, 2026."
    ) in filing_text
    assert filing_text.index("Item 4. Terms") < filing_text.index("Item 12. Exhibits.")
    announced = [f for f in findings if f.code == "extension" and "Rule 14e-1(d)" in f.message]
    # one finding for the extension, not one for each statement of the expiration restated
    assert [f.severity for f in announced] == ["note"]


def headings(blocks: list[Block]) -> list[str]:
    shown = (Role.CENTER_BOLD, Role.HEADLINE, Role.HEADING)
    return [" ".join(b.text.split()) for b in blocks if b.role in shown]


def test_the_extension_and_results_notices_have_headings_of_their_own() -> None:
    """An ordinary amendment's headings ("What has changed", "NOTICE OF AMENDMENT") are not
    an extension's or the results'; each kind's come from the wording resources."""
    original = load_document(SAMPLES / "offer-to-exchange.docx")
    series = Series(original)
    series.draft(lower_threshold(original), filing(1, dt.date(2026, 4, 20), EXPIRATION))
    ordinary = series.amendment(0)
    assert ordinary is not None
    ordinary_headings = headings(notice_blocks(ordinary))
    assert ordinary_headings[0] == "NOTICE OF AMENDMENT TO OFFER TO EXCHANGE"
    assert "What has changed" in ordinary_headings

    extension(series, dt.date(2026, 4, 22), dt.datetime(2026, 5, 1, 23, 59))
    extended = series.amendment(1)
    assert extended is not None
    words = extended.wording.plain_notice["extension"]
    plain = notice_blocks(extended)
    shown = headings(plain)
    assert (
        shown[0]
        == "NOTICE OF EXTENSION OF THE OFFER TO EXCHANGE"
        == words["title"].format(document_title_upper="OFFER TO EXCHANGE")
    )
    assert words["changes_heading"] in shown and words["exact_heading"] in shown
    assert "What has changed" not in shown
    assert words["questions_heading"] in shown
    assert "about the extension" in plain_text(plain)
    assert "about these changes" not in plain_text(plain)
    precedent = dataclasses.replace(
        extended, filing=dataclasses.replace(extended.filing, notice_style="precedent")
    )
    assert headings(notice_blocks(precedent))[0] == ("NOTICE OF EXTENSION OF THE OFFER TO EXCHANGE")

    results = Series(original)
    results.draft(original, filing(1, dt.date(2026, 4, 24), EXPIRATION), kind=AmendmentKind.RESULTS)
    results.current.results = {
        "tendered": 1200000,
        "accepted": 1150000,
        "issued": 575000,
        "grant_date": "2026-10-26",
    }
    final = results.amendment(0)
    assert final is not None
    own = final.wording.plain_notice["results"]
    shown = headings(notice_blocks(final))
    assert shown[0] == "NOTICE OF THE RESULTS OF THE OFFER TO EXCHANGE"
    assert own["questions_heading"] in shown
    assert not set(shown) & set(ordinary_headings)


def extension_of_the_offer(lowered: bool) -> Amendment:
    """Amendment No. 1 extends the offer by three business days (and lowers the eligibility
    threshold too, when `lowered`)."""
    original = load_document(SAMPLES / "offer-to-exchange.docx")
    series = Series(original)
    details = filing(1, dt.date(2026, 4, 22), dt.datetime(2026, 4, 28, 23, 59))
    zone = details.zone
    extended = extended_document(
        original,
        EXPIRATION.replace(tzinfo=zone),
        dt.datetime(2026, 4, 28, 23, 59, tzinfo=zone),
        details.time_zone,
    )
    revised = lower_threshold(extended) if lowered else extended
    entry = series.draft(revised, details, kind=AmendmentKind.EXTENSION)
    entry.extended_from = EXPIRATION
    amendment = series.amendment(0)
    assert amendment is not None
    return amendment


def test_a_change_made_inside_an_extension_keeps_the_offer_open_its_own_period() -> None:
    """An extension amendment that also lowers the eligibility threshold: the threshold is a
    change in the securities sought (ten business days), whatever the amendment's kind; an
    extension to only a few days later leaves the offer closing too early, and the check must
    say so rather than count the extension's own period (none)."""
    amendment = extension_of_the_offer(lowered=True)
    classes = {i.materiality.value for i in amendment.change_items}
    assert {"extension", "consideration"} <= classes
    [timing] = [f for f in run_checks(amendment) if f.code == "timing"]
    assert timing.severity == "error"
    assert "10 business days" in timing.message
    assert "Earliest compliant expiration" in timing.message


def test_an_extension_by_itself_still_needs_no_period_of_its_own() -> None:
    amendment = extension_of_the_offer(lowered=False)
    assert {i.materiality.value for i in amendment.change_items} == {"extension"}
    assert not [f for f in run_checks(amendment) if f.code == "timing"]
