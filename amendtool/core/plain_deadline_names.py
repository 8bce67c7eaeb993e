"""A plain paragraph that calls the offer's expiration "the withdrawal deadline": employees
read that they have more time to withdraw, not that the offer itself now ends later, and a
notice so worded was filed with `check` saying "no errors". Where withdrawal runs to the
expiration, the expiration is the deadline, whatever a form's name says; the check names the
paragraph, counsel's or the tool's, and says what to do."""

from __future__ import annotations

import datetime as dt

from amendtool.core.amendment import Amendment
from amendtool.core.expirations import stated_expirations
from amendtool.core.findings import ERROR, Finding
from amendtool.core.items import letter
from amendtool.core.offer_dates import WITHDRAWAL, withdrawal_deadline
from amendtool.core.offer_zone import message_deadline
from amendtool.core.plain_notice import plain_paragraphs
from amendtool.core.same_dates import states_moment
from amendtool.core.segment import sentences


def _expirations(amendment: Amendment) -> list[dt.datetime]:
    """The expirations the offer states, before and as amended, and the filing details'."""
    filing = amendment.filing
    given = [filing.expiration_local, amendment.extended_from]
    moments = {m if m.tzinfo else m.replace(tzinfo=filing.zone) for m in given if m is not None}
    for document in (amendment.original, amendment.revised):
        for paragraph in document.paragraphs():
            for stated in stated_expirations(paragraph.text, filing.time_zone):
                moments.add(stated.moment.astimezone(filing.zone))
    return sorted(moments)


def check_deadline_names(amendment: Amendment) -> list[Finding]:
    """Each plain paragraph that names an expiration of the offer the withdrawal deadline,
    where the offer ends withdrawal at no other date: one error, with the step to take."""
    if withdrawal_deadline(amendment) is not None:
        return []  # the offer ends withdrawal early: its own date is the withdrawal deadline
    moments: list[dt.datetime] | None = None
    findings = []
    for paragraph in plain_paragraphs(amendment):
        if WITHDRAWAL not in paragraph.text.casefold():
            continue  # nor in any sentence of it: most paragraphs are not split to know
        said = [s for s in sentences(paragraph.text) if WITHDRAWAL in s.casefold()]
        if not said or not paragraph.items:
            continue
        moments = _expirations(amendment) if moments is None else moments
        called = next((m for s in said for m in moments if states_moment(s, m)), None)
        if called is None:
            continue
        index = paragraph.items[0] if paragraph.writer is None else paragraph.writer
        when = message_deadline(amendment, called)
        findings.append(
            Finding(
                ERROR,
                "plain_deadline_name",
                f"item {letter(index)}: the notice's plain paragraph calls {when} the "
                f"{WITHDRAWAL}, but it is the offer's expiration (withdrawal rights run to "
                "it): call it the deadline in counsel's paragraph (amendtool plain PROJECT "
                f'{letter(index)} --text "…"), or draft again to have the tool\'s',
                index,
            )
        )
    return findings
