"""Checks that know what they rely on: the forcing item, the offer's own expiration, extensions
and an explanation that says more than the items do."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.checks import run_checks
from amendtool.core.filing import FilingDetails, load_filing
from amendtool.core.findings import Finding
from amendtool.core.items import Materiality
from amendtool.core.plain_checks import export_refusal
from tests.support.builders import doc

FRONT = (
    "",
    [
        "Acme Widgets, Inc. is offering to exchange eligible options for new options; "
        "holders return an Election Form."
    ],
)
EXPIRES = "The offer expires at {}, on {}, unless we extend it."
CONDITIONS = ("7. Conditions of the Offer", ["We may assert the conditions before expiry."])


@pytest.fixture
def filing(example_filing_toml: Path) -> FilingDetails:
    return load_filing(example_filing_toml)  # expires 11:59 p.m. Eastern, Sept. 27, 2001


def offer(
    threshold: str = "$20.00", when: str = "11:59 p.m., Eastern Time", day: str = ""
) -> list[tuple[str, list[str]]]:
    return [
        FRONT,
        (
            "1. Eligibility; Expiration Date",
            [
                f"Options with an exercise price of {threshold} or more are eligible.",
                EXPIRES.format(when, day or "September 27, 2001"),
            ],
        ),
        CONDITIONS,
    ]


def findings(amendment: Amendment, code: str) -> list[Finding]:
    return [f for f in run_checks(amendment) if f.code == code]


def test_the_timing_error_names_the_item_and_the_earliest_expiration_in_both_zones(
    filing: FilingDetails,
) -> None:
    pacific = dataclasses.replace(
        filing,
        time_zone="America/Los_Angeles",
        expiration=dt.datetime(2001, 9, 27, 21, 0),  # 12:00 midnight Eastern
        amendment_date=dt.date(2001, 9, 17),
        notice_explanation="",
    )
    when = "9:00 p.m., Pacific Time"
    amendment = draft_amendment(doc(offer(when=when)), doc(offer("$17.50", when)), pacific)
    (timing,) = findings(amendment, "timing")
    assert timing.item == 0
    assert (
        "must stay open 10 business days, counting the amendment's own day as Rule 14d-1(g)(3) "
        "does: from Monday, September 17, 2001 through Friday, "
        "September 28, 2001 (not counted: Saturdays and Sundays);"
    ) in timing.message
    assert "leaving 9, counted through Thursday, September 27, 2001. Item A" in timing.message
    assert (
        "Item A forces this (consideration, proposed: Lowers the minimum exercise price of "
        "eligible options from "
        "$20.00 to $17.50 in the offer's terms)"
    ) in timing.message
    assert timing.message.endswith(
        "Earliest compliant expiration: 9:00 p.m., Pacific Time, on September 28, "
        "2001, which is 12:00 midnight, Eastern Daylight Time, at the end of September 28, 2001"
    )


def test_the_count_runs_through_business_days_only_and_names_them_with_their_weekdays(
    filing: FilingDetails,
) -> None:
    """Published Monday, October 1, 2001; ten business days skip the weekends and Columbus Day
    (Monday, October 8) and run through Monday, October 15. The offer closes at 11:59 p.m. that
    Monday: its last full day is the Sunday, so the count runs through Friday, October 12."""
    october = dataclasses.replace(
        filing,
        expiration=dt.datetime(2001, 10, 15, 23, 59),
        amendment_date=dt.date(2001, 10, 1),
        notice_explanation="",
    )
    day = "October 15, 2001"
    amendment = draft_amendment(doc(offer(day=day)), doc(offer("$17.50", day=day)), october)
    (timing,) = findings(amendment, "timing")
    assert (
        "must stay open 10 business days, counting the amendment's own day as Rule 14d-1(g)(3) "
        "does: from Monday, October 1, 2001 through Monday, "
        "October 15, 2001 (not counted: Saturdays and Sundays; Columbus Day, Monday, October 8, "
        "2001);"
    ) in timing.message
    assert "leaving 9, counted through Friday, October 12, 2001 (the offer closes" in (
        timing.message
    )
    assert "Saturday" not in timing.message.split("counted through")[1].split("(")[0]


def test_an_explanation_that_says_only_clarify_is_checked_against_the_items(
    filing: FilingDetails,
) -> None:
    # the example's explanation: "These amendments do not in any way change the material
    # terms … and are intended solely to clarify ambiguities …"
    revised = [*offer()[:2], ("7. Conditions of the Offer", ["We may assert them until then."])]
    amendment = draft_amendment(doc(offer()), doc(revised), filing)
    (warning,) = findings(amendment, "explanation")
    assert warning.severity == "warning" and warning.item == 0
    assert warning.message.startswith(
        "item A is proposed material (Changes the conditions of the offer: "
    )
    assert (
        "says the changes only clarify (“do not in any way change the material terms”)"
    ) in warning.message
    amendment.items[0].choose_materiality(Materiality.CLARIFYING)
    assert findings(amendment, "explanation") == []
    (note,) = findings(amendment, "counsel_choice")
    assert note.severity == "note"
    assert "classified clarifying by counsel; the rules propose material" in note.message


def test_no_explanation_no_warning(filing: FilingDetails) -> None:
    plain = dataclasses.replace(filing, notice_explanation="")
    revised = [*offer()[:2], ("7. Conditions of the Offer", ["We may assert them until then."])]
    assert findings(draft_amendment(doc(offer()), doc(revised), plain), "explanation") == []


def test_the_expiration_the_offer_states_is_compared_with_the_filing_details(
    filing: FilingDetails,
) -> None:
    """A disagreement is an error naming both dates and where each is stated, said before
    any period counted to the filing details' date; nothing is exported until they agree."""
    midnight = offer(when="12:00 midnight, Eastern Time")
    revised = [*midnight[:2], ("7. Conditions of the Offer", ["Conditions as amended."])]
    amendment = draft_amendment(doc(midnight), doc(revised), filing)
    all_findings = run_checks(amendment)
    (error,) = [f for f in all_findings if f.code == "expiration_stated"]
    assert error.severity == "error"
    assert (
        "the filing details' “Expires (local time)” (offer.expiration) gives the expiration "
        "as 11:59 p.m., "
        "Eastern Time, on September 27, 2001, but the offer states “12:00 midnight, "
        "Eastern Time, on September 27, 2001” (the last paragraph in Section 1. Eligibility; "
        "Expiration Date on page "
    ) in error.message
    assert all_findings.index(error) < min(
        (all_findings.index(f) for f in all_findings if f.code in ("timing", "minimum_offer")),
        default=len(all_findings),
    )
    refusal = export_refusal(all_findings)
    assert refusal is not None and "state different expirations" in refusal
    same = draft_amendment(doc(offer()), doc([*offer()[:2], revised[2]]), filing)
    assert findings(same, "expiration_stated") == []
    assert export_refusal(run_checks(same)) is None


def test_an_offer_that_states_two_expirations(filing: FilingDetails) -> None:
    two = offer()
    two[0] = ("", [EXPIRES.format("11:59 p.m., Eastern Time", "September 28, 2001")])
    amendment = draft_amendment(doc(offer()), doc(two), filing)
    (error,) = findings(amendment, "expiration_stated")
    assert error.severity == "error"
    assert error.message.startswith("the offer states more than one expiration: ")


@pytest.mark.parametrize(
    ("published", "severity", "words"),
    [
        (dt.date(2001, 9, 26), "note", "Rule 14e-1(d) requires a public announcement"),
        (dt.date(2001, 9, 28), "warning", "this amendment is dated that day"),
        (dt.date(2001, 10, 1), "error", "this amendment is dated October 1, 2001, too late"),
    ],
)
def test_an_extension_reminds_of_rule_14e_1_d(
    filing: FilingDetails, published: dt.date, severity: str, words: str
) -> None:
    extended = dataclasses.replace(
        filing,
        expiration=dt.datetime(2001, 10, 11, 23, 59),
        amendment_date=published,
        notice_explanation="",
    )
    amendment = draft_amendment(doc(offer()), doc(offer(day="October 11, 2001")), extended)
    (item,) = amendment.change_items
    assert item.materiality is Materiality.EXTENSION
    assert item.materiality_reason.startswith("Extends the expiration, from 11:59 p.m.")
    (finding,) = findings(amendment, "extension")
    assert finding.severity == severity and words in finding.message
    assert "no later than 9:00 a.m., Eastern Time, on Friday, September 28, 2001" in (
        finding.message
    )
    assert "withdrawal rights continue until the new expiration" in finding.message


def test_a_bare_short_extension_needs_no_period_of_its_own_and_the_check_says_so(
    filing: FilingDetails,
) -> None:
    """An extension by itself is its own class: announced under Rule 14e-1(d), no further
    five business days (two business days later is enough)."""
    short = dataclasses.replace(
        filing,
        expiration=dt.datetime(2001, 10, 1, 23, 59),
        amendment_date=dt.date(2001, 9, 26),
        notice_explanation="",
    )
    revised = offer(day="October 1, 2001")
    revised[1][1][1] = revised[1][1][1].replace("The offer expires", "The offer will now expire")
    amendment = draft_amendment(doc(offer()), doc(revised), short)
    (item,) = amendment.change_items
    assert item.materiality is Materiality.EXTENSION, item.materiality_reason
    assert findings(amendment, "timing") == []
    (note,) = findings(amendment, "extension")
    assert note.severity == "note"
    assert amendment.kind == "extension"  # the revised draft extends the offer
    assert "Rule 14e-1(d) requires a public announcement" in note.message


def test_an_extension_restated_in_several_places_is_reminded_of_rule_14e_1_d_once(
    filing: FilingDetails,
) -> None:
    """The cover and Section 1 both state the expiration and both move: one reminder naming
    both items, and no message of the checks said twice."""
    extended = dataclasses.replace(
        filing, expiration=dt.datetime(2001, 10, 11, 23, 59), notice_explanation=""
    )

    def stated(day: str) -> list[tuple[str, list[str]]]:
        sections = offer(day=day)
        front = EXPIRES.format("11:59 p.m., Eastern Time", day)
        sections[0] = ("", [*FRONT[1], front])
        return sections

    amendment = draft_amendment(
        doc(stated("September 27, 2001")), doc(stated("October 11, 2001")), extended
    )
    assert [i.materiality for i in amendment.change_items] == [Materiality.EXTENSION] * 2
    everything = run_checks(amendment)
    (note,) = [f for f in everything if f.code == "extension"]
    assert note.message.startswith(
        "items A and B extend the offer from 11:59 p.m., Eastern Time, on September "
        "27, 2001 to 11:59 p.m., Eastern Time, on October 11, 2001: Rule 14e-1(d) "
    )
    assert sum("14e-1(d)" in f.message for f in everything) == 1
    messages = [(f.severity, f.message) for f in everything]
    assert len(messages) == len(set(messages))


def test_the_checks_never_say_the_same_thing_twice() -> None:
    from amendtool.core.checks import distinct
    from amendtool.core.findings import NOTE, WARNING

    said = [
        Finding(NOTE, "counsel_choice", "withdrawal rights run to the new date", 0),
        Finding(WARNING, "stale", "the old price is still stated"),
        Finding(NOTE, "counsel_choice", "withdrawal rights run to the new date", 2),
        Finding(WARNING, "stale", "the old price is still stated"),
    ]
    assert distinct(said) == said[:2]


def test_an_extension_that_also_changes_a_right_is_material(filing: FilingDetails) -> None:
    plain = dataclasses.replace(
        filing, expiration=dt.datetime(2001, 10, 11, 23, 59), notice_explanation=""
    )
    heading = "14. Extension of the Offer; Termination; Amendment"
    before = [FRONT, (heading, [EXPIRES.format("11:59 p.m., Eastern Time", "September 27, 2001")])]
    after = [
        FRONT,
        (
            heading,
            [
                "The offer expires at 11:59 p.m., Eastern Time, on October 11, 2001, and we "
                "will not extend it."
            ],
        ),
    ]
    amendment = draft_amendment(doc(before), doc(after), plain)
    (item,) = amendment.change_items
    assert item.materiality is Materiality.MATERIAL, item.materiality_reason
    assert "extends the expiration" in item.materiality_reason


def test_an_extension_the_filing_details_do_not_state(filing: FilingDetails) -> None:
    """Filing details that still give the old expiration: the revised offer extends it, so
    the amendment is an extension to the new one, as `amend` drafts it, and is counted to
    it (no contradiction between "extends" and a period counted to the old one)."""
    plain = dataclasses.replace(filing, notice_explanation="")
    amendment = draft_amendment(doc(offer()), doc(offer(day="October 11, 2001")), plain)
    assert amendment.kind == "extension"
    assert amendment.filing.expiration.replace(tzinfo=None) == dt.datetime(2001, 10, 11, 23, 59)
    assert findings(amendment, "expiration_item") == []
    (note,) = findings(amendment, "extension")
    assert "to 11:59 p.m., Eastern Time, on October 11, 2001" in note.message


def test_an_offer_open_less_than_twenty_business_days(filing: FilingDetails) -> None:
    short = dataclasses.replace(filing, statement_filed=dt.date(2001, 9, 4), notice_explanation="")
    revised = [*offer()[:2], ("7. Conditions of the Offer", ["Conditions as amended."])]
    (error,) = findings(draft_amendment(doc(offer()), doc(revised), short), "minimum_offer")
    assert "at least 20 business days from its commencement (September 4, 2001)" in error.message
    assert "leaving 17" in error.message  # 11:59 p.m. on the 27th: the 27th is not whole


def test_a_midnight_expiration_has_expired_by_the_next_morning(filing: FilingDetails) -> None:
    midnight = dataclasses.replace(
        filing, expiration=dt.datetime(2001, 9, 28, 0, 0), amendment_date=dt.date(2001, 9, 28)
    )
    stated = offer(when="12:00 midnight, Eastern Time")
    revised = [*stated[:2], ("7. Conditions of the Offer", ["Conditions as amended."])]
    amendment = draft_amendment(doc(stated), doc(revised), midnight)
    assert [f.code for f in run_checks(amendment)] == ["expired"]


@pytest.mark.parametrize(
    ("zone", "short", "enough", "short_words", "enough_words"),
    [
        (
            "America/New_York",
            dt.datetime(2001, 9, 28, 23, 59),
            dt.datetime(2001, 9, 29, 0, 0),
            "11:59 p.m., Eastern Time",
            "12:00 midnight, Eastern Time",
        ),
        (
            "America/Los_Angeles",
            dt.datetime(2001, 9, 28, 20, 59),
            dt.datetime(2001, 9, 28, 21, 0),
            "8:59 p.m., Pacific Time",
            "9:00 p.m., Pacific Time",
        ),
    ],
)
def test_one_minute_before_the_end_of_the_last_business_day_is_too_early(
    filing: FilingDetails,
    zone: str,
    short: dt.datetime,
    enough: dt.datetime,
    short_words: str,
    enough_words: str,
) -> None:
    """Rule 14d-1(g)(3): a business day runs to 12:00 midnight Eastern, so an offer that must
    stay open through September 28 and expires at 11:59 p.m. that day is one minute short;
    the check agrees with the earliest compliant expiration it names."""
    day = "September 28, 2001"
    for expiration, words, errors in ((short, short_words, 1), (enough, enough_words, 0)):
        details = dataclasses.replace(
            filing,
            time_zone=zone,
            expiration=expiration,
            amendment_date=dt.date(2001, 9, 17),
            notice_explanation="",
        )
        amendment = draft_amendment(
            doc(offer(when=words, day=day)), doc(offer("$17.50", words, day)), details
        )
        timing = findings(amendment, "timing")
        assert len(timing) == errors, [f.message for f in timing]
        if errors:
            assert "leaving 9" in timing[0].message
            # the offer's zone as it names it; Eastern time, where days are counted, beside it
            earliest = timing[0].message.partition("Earliest compliant expiration: ")[2]
            assert earliest.startswith(enough_words), earliest
            assert "12:00 midnight, Eastern" in earliest and "end of September 28" in earliest


def test_the_count_says_where_the_rule_starts_it() -> None:
    """Rule 14d-1(g)(3) counts the day of the event when it is a business day, else from the
    next one; counsel used to counting from the next day is told which the tool did."""
    from amendtool.core.timing_checks import _period

    friday, saturday = dt.date(2026, 4, 17), dt.date(2026, 4, 18)
    assert _period(friday, 10).startswith(
        "10 business days, counting the amendment's own day as Rule 14d-1(g)(3) does: "
        "from Friday, April 17, 2026 through Thursday, April 30, 2026"
    )
    assert _period(saturday, 10).startswith(
        "10 business days, counting the next business day as Rule 14d-1(g)(3) does: "
        "from Monday, April 20, 2026 through Friday, May 1, 2026"
    )
