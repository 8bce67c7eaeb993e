"""After an extension, every paragraph of the offer that still states a date worked out from
the old expiration is named by the check: the old date said without its time, the day after
it on which options are accepted and cancelled, a grant date counted from it."""

from __future__ import annotations

import dataclasses
import datetime as dt

from amendtool.core.checks import run_checks
from amendtool.core.extension import extended_document
from amendtool.core.model import Document
from amendtool.core.series import AmendmentKind, Series
from amendtool.io.load import load_document
from tests.conftest import SAMPLES
from tests.core.test_series_extension import EXPIRATION, filing

WITHDRAWAL = "You may withdraw your tendered options until April 23, 2026."


def with_withdrawal_sentence(document: Document) -> Document:
    """Counsel's Amendment No. 1 adds a sentence on withdrawal rights to Section 4 that
    states the expiration's day without its time."""
    sections = []
    for section in document.sections:
        if section.number == "4":
            first = section.paragraphs[0]
            changed = dataclasses.replace(first, text=f"{first.text} {WITHDRAWAL}")
            section = dataclasses.replace(section, paragraphs=[changed, *section.paragraphs[1:]])
        sections.append(section)
    return dataclasses.replace(document, sections=sections)


def extended(to: dt.datetime, code: str = "extension_dates") -> list[str]:
    original = load_document(SAMPLES / "offer-to-exchange.docx")
    series = Series(original)
    series.draft(with_withdrawal_sentence(original), filing(1, dt.date(2026, 4, 6), EXPIRATION))
    details = filing(2, dt.date(2026, 4, 22), to)
    zone = details.zone
    revised = extended_document(
        series.base(1), EXPIRATION.replace(tzinfo=zone), to.replace(tzinfo=zone), details.time_zone
    )
    entry = series.draft(revised, details, kind=AmendmentKind.EXTENSION)
    entry.extended_from = EXPIRATION
    amendment = series.amendment(1)
    assert amendment is not None
    assert amendment.change_items  # the statements of the expiration itself are restated
    return [f.message for f in run_checks(amendment) if f.code == code]


def test_each_paragraph_still_stating_a_date_of_the_old_expiration_is_named() -> None:
    messages = extended(dt.datetime(2026, 4, 30, 23, 59))
    named = {m.split(" still states ")[0]: m for m in messages}
    # the withdrawal sentence states the old day without a time: not restated, and it
    # cannot stand (withdrawal rights run to the new expiration): an error, not a date to
    # amend or confirm
    assert not any("Section 4. Withdrawal Rights" in m for m in messages)
    (withdrawal,) = extended(dt.datetime(2026, 4, 30, 23, 59), "withdrawal_period")
    assert "Section 4. Withdrawal Rights" in withdrawal and "until April 23, 2026" in withdrawal
    assert "Rule 13e-4(f)(2)(i)" in withdrawal
    # the day of acceptance and cancellation after the old expiration, and the grant date
    # counted from it, in the summary and in Section 5
    accepted = [m for m in messages if "April 24, 2026" in m]
    assert any('"Summary Term Sheet"' in m and "October 26, 2026" in m for m in accepted)
    assert sum('"Section 5. Acceptance of Options' in m for m in accepted) == 2
    assert all("from April 23, 2026 to April 30, 2026" in m for m in messages)
    assert all("amend it in the revised draft or confirm that it stands" in m for m in messages)
    # a paragraph whose every date the extension restated is not named; nor one whose date
    # does not hang on the expiration (forty business days from the start: May 21)
    assert not any("April 30, 2026" in m.split(" which the extension")[0] for m in messages)
    assert not any("May 21, 2026" in m for m in messages)
    assert len(named) == len(messages) == 3


def test_an_extension_past_the_dates_names_them_all_the_same() -> None:
    """Extended beyond the old acceptance day and the forty business days: a date after
    the old expiration, up to the new one, may have moved; the back-end withdrawal date
    ("unless we accept your tendered options … on May 21, 2026, you may withdraw … after
    that date") runs from commencement, and the extension does not move it."""
    messages = extended(dt.datetime(2026, 5, 28, 23, 59))
    assert not any("May 21, 2026" in m for m in messages)
    assert sum("April 24, 2026" in m for m in messages) == 3
