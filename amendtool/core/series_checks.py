"""The checks a series adds: the offer stays open as long as every earlier amendment's
changes require, an extension is announced in time (Rule 14e-1(d)) and leaves no date
worked out from the old expiration unnamed, and the final amendment
reports the results of an offer that has expired."""

from __future__ import annotations

from amendtool.core.amendment import Amendment
from amendtool.core.business_days import (
    has_expired,
)
from amendtool.core.extension_dates import check_dependent_dates
from amendtool.core.findings import ERROR, Finding
from amendtool.core.notice_deadline_check import check_notice_deadlines
from amendtool.core.offer_zone import message_deadline, message_zone
from amendtool.core.series_periods import check_earlier_periods
from amendtool.core.stated_deadlines import long_date


def series_findings(amendment: Amendment) -> list[Finding]:
    """The checks of an amendment's place in its series; those of a later amendment or of
    a report of results import their modules here, since a first amendment never runs them."""
    findings = check_place_in_series(amendment) + check_exhibit_numbers(amendment)
    findings += check_series_expiration(amendment) + check_same_offer(amendment)
    if amendment.series is not None:
        from amendtool.core.filing_day import check_filing_day

        findings += check_filing_day(amendment)  # a weekend or a federal holiday
    if amendment.kind == "results":
        from amendtool.core.results import check_results_counts
        from amendtool.core.results_dates import check_results_dates
        from amendtool.core.results_grant import (
            check_results_grant,
            check_results_grant_business_day,
            check_results_grant_day,
        )
        from amendtool.core.results_ratio import check_results_ratio

        findings += check_results_dates(amendment)  # as of the expiration as amended
        findings += check_results_grant(amendment)  # the grant date the offer states
        findings += check_results_grant_day(amendment)  # after the expiration, as described
        findings += check_results_grant_business_day(amendment)  # not a weekend or holiday
        findings += check_results_ratio(amendment)  # the new securities at the ratio in force
        return findings + check_results_timing(amendment) + check_results_counts(amendment)
    findings += check_earlier_periods(amendment) + check_extension_announced(amendment)
    if amendment.series is not None:  # a revision drafted from a stale copy of the offer
        from amendtool.core.series_reversals import reversal_findings

        findings += reversal_findings(
            amendment.change_items, amendment.series.earlier, amendment.reverses_earlier
        )
    findings += check_notice_deadlines(amendment)  # the deadline the notice says it moves
    return findings + check_dependent_dates(amendment)  # the dates an extension may move


def check_place_in_series(amendment: Amendment) -> list[Finding]:
    """The filing details number and date the amendment as the one after the project's
    earlier amendments (counsel may edit them after the amendment was started)."""
    if amendment.series is None or not amendment.series.earlier:
        return []
    last = amendment.series.earlier[-1]
    f = amendment.filing
    findings = []
    if f.amendment_number != last.number + 1:
        findings.append(
            Finding(
                ERROR,
                "series_number",
                f"the filing details give Amendment No. {f.amendment_number}, but it follows "
                f"Amendment No. {last.number} in this project: set amendment.number = "
                f"{last.number + 1}",
            )
        )
    if f.amendment_date < last.date:
        findings.append(
            Finding(
                ERROR,
                "series_date",
                f"this amendment is dated {long_date(f.amendment_date)}, before Amendment No. "
                f"{last.number} ({long_date(last.date)}): give this amendment's date "
                "(amendment.date)",
            )
        )
    return findings


def check_same_offer(amendment: Amendment) -> list[Finding]:
    """Filing details edited to name another offer than the series amends."""
    earlier = amendment.series.earlier if amendment.series is not None else []
    first = next((e.offer for e in earlier if e.offer), None)
    if not first:  # a first amendment: no offer named before (and the rules not imported)
        return []
    from amendtool.core.series_rules import other_offer

    problem = other_offer(first, amendment.filing)
    if problem is None:
        return []
    return [Finding(ERROR, "series_offer", f"the filing details {problem}")]


def check_series_expiration(amendment: Amendment) -> list[Finding]:
    """The series has one expiration, the latest extension's (or, before any, the first
    amendment's): filing details edited to another would have this amendment state it."""
    if amendment.series is None or amendment.kind == "extension":
        return []
    from amendtool.core.series_rules import latest_expiration

    earlier = amendment.series.earlier
    in_force = latest_expiration([(e.kind, e.expiration) for e in earlier])
    f = amendment.filing
    if in_force is None or f.expiration.replace(tzinfo=None) == in_force:
        return []
    extended = [e.number for e in earlier if e.kind == "extension"]
    source = f"Amendment No. {extended[-1]} extended it to that" if extended else "as first filed"
    return [
        Finding(
            ERROR,
            "series_expiration",
            "the filing details give the expiration as "
            f"{message_deadline(amendment, f.expiration_local)}, but the offer expires at "
            f"{message_deadline(amendment, in_force.replace(tzinfo=f.zone))} "
            f"({source}): set offer.expiration to it, or extend the offer, in this "
            'amendment too (Amendment ▸ Extend the Offer…, its box "Extend in Amendment No. '
            f'{f.amendment_number}, this draft…" ticked; amend --to on the command line)',
        )
    ]


def check_exhibit_numbers(amendment: Amendment) -> list[Finding]:
    """An exhibit number once filed names that exhibit for good: a new exhibit is numbered
    next, never in an earlier one's place."""
    from amendtool.core.exhibits import reused_numbers

    return [
        Finding(
            ERROR,
            "series_exhibit",
            f"exhibit {label} of this amendment has the number of an exhibit already filed "
            f"({filed.rstrip('.')}): number the new exhibit next (amendment.notice_exhibit, or the "
            "exhibit item's label)",
        )
        for label, filed in reused_numbers(amendment)
    ] + _recorded_clashes(amendment)


def _recorded_clashes(amendment: Amendment) -> list[Finding]:
    """An exhibit recorded for the statement that has the number of one an amendment of the
    project filed."""
    from amendtool.core.exhibits import recorded, recorded_clash

    if amendment.series is None:
        return []
    clash = recorded_clash(recorded(amendment), amendment.series.earlier)
    if clash is None:
        return []
    record, number, filed = clash
    return [
        Finding(
            ERROR,
            "series_exhibit",
            f"the statement's exhibit {record.label} ({record.description}) has the number of "
            f"the exhibit Amendment No. {number} filed ({filed}): number it as filed",
        )
    ]


def check_extension_announced(amendment: Amendment) -> list[Finding]:
    """Rule 14e-1(d): an extension announced no later than 9:00 a.m. Eastern on the next
    business day after the scheduled expiration; withdrawal rights run to the new one
    (unless the offer ends them earlier, at a withdrawal deadline of its own)."""

    if amendment.kind != "extension" or amendment.extended_from is None:
        return []
    f = amendment.filing
    old = amendment.extended_from.replace(tzinfo=f.zone)
    new = f.expiration_local
    if new <= old:
        return [
            Finding(
                ERROR,
                "extension",
                f"the new expiration ({message_deadline(amendment, new)}) is not later than the "
                f"one it extends ({message_deadline(amendment, old)})",
            )
        ]
    from amendtool.core.expiration_checks import (
        announcement,
        expiration_disagrees,
        extending_items,
    )

    if expiration_disagrees(amendment):
        return []  # which extension to announce waits until the two expirations agree

    # the items that restate the new expiration are named, as for any amendment that
    # extends the offer: one wording for Rule 14e-1(d) however the extension was drafted
    indexes = sorted({i for moved in extending_items(amendment).values() for i in moved})
    return [announcement(amendment, old, new, indexes)]


def check_results_timing(amendment: Amendment) -> list[Finding]:
    """The final amendment reports the results of an offer that has expired, and a grant
    that follows the expiration."""
    from amendtool.core.filing import FilingError
    from amendtool.core.results import grant_refusal, parse_results

    f = amendment.filing
    findings = []
    try:
        results = parse_results(amendment.results_data)
        refusal = grant_refusal(results, f.expiration_local, message_zone(amendment))
    except FilingError:
        refusal = None  # the results themselves are refused where they are entered
    if refusal:
        findings.append(Finding(ERROR, "results_grant", refusal))
    if has_expired(f.expiration_local, f.amendment_date):
        return findings
    try:  # results counted as of a date the offer names (its Early Tender Date): see there
        if parse_results(amendment.results_data).as_of:
            return findings
    except FilingError:
        pass
    return [
        *findings,
        Finding(
            ERROR,
            "results_timing",
            f"the final amendment is dated {long_date(f.amendment_date)}, but the offer expires "
            f"at {message_deadline(amendment, f.expiration_local)}: report the results after it "
            "expires",
        ),
    ]
