"""Each reviewer's check, provoked; the business-day calendar on known dates."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.business_days import (
    business_days_open,
    earliest_expiration,
    is_business_day,
)
from amendtool.core.checks import run_checks
from amendtool.core.filing import FilingDetails, load_filing
from amendtool.core.items import Materiality
from amendtool.core.stated_deadlines import deadline_phrase
from tests.support.builders import doc

# the cover uses the offer's own terms, as filing.toml names them (the option-exchange words)
COVER = "Halvorsen offers to exchange Eligible Options for New Options; return the Election Form."
S7 = [
    "The conditions are for our benefit. We may waive them before expiry.",
    "Any determination we make is final and binding upon all persons.",
]
ORIGINAL = [
    ("", [COVER]),
    ("7. Conditions of the Offer", S7),
    (
        "17. Miscellaneous",
        ["This offer includes forward-looking statements. We disclaim any duty to update them."],
    ),
]
REVISED = [
    ("", [COVER]),
    ("7. Conditions of the Offer", [S7[0], "All determinations are final and binding."]),
    (
        "17. Miscellaneous",
        [
            "This offer includes forward-looking statements. We disclaim any duty to update them.",
            "The safe harbor does not apply to this offer.",
        ],
    ),
]


@pytest.fixture
def filing(example_filing_toml: Path) -> FilingDetails:
    return load_filing(example_filing_toml)


@pytest.fixture
def amendment(filing: FilingDetails) -> Amendment:
    # the example's explanation says the changes only clarify: checked on its own below
    unexplained = dataclasses.replace(filing, notice_explanation="")
    return draft_amendment(doc(ORIGINAL), doc(REVISED), unexplained)


def codes(amendment: Amendment) -> list[str]:
    return [f.code for f in run_checks(amendment)]


def test_a_clean_amendment_has_no_findings(amendment: Amendment) -> None:
    assert len(amendment.change_items) == 2
    assert run_checks(amendment) == []


def test_locator_that_no_longer_resolves(amendment: Amendment) -> None:
    amendment.items[0].locator.paragraph = 5
    findings = run_checks(amendment)
    assert findings[0].code == "locator" and findings[0].item == 0
    assert findings[0].message.startswith("item A: the locator does not resolve")


def test_two_items_touching_the_same_text(amendment: Amendment) -> None:
    twin = copy.deepcopy(amendment.items[0])
    twin.new_text = twin.new_paragraphs[0] = "Determinations are final."
    twin.old_text = amendment.items[0].new_text
    amendment.items.insert(1, twin)
    assert "overlap" in codes(amendment)


def test_notice_override_that_quotes_differently_is_flagged(amendment: Amendment) -> None:
    item = amendment.items[0]
    item.set_overrides(None, "The second paragraph in Section 8 has been replaced:")
    findings = run_checks(amendment)
    assert [f.code for f in findings] == ["notice_wording"]
    assert findings[0].severity == "warning"


def test_unbalanced_quotes_and_parentheses(amendment: Amendment) -> None:
    item = amendment.items[0]
    item.set_overrides('The last paragraph ("Determinations has been replaced:', None)
    messages = [f.message for f in run_checks(amendment) if f.code == "balance"]
    assert any("unclosed parenthesis" in m for m in messages)
    assert any("unpaired straight quotation mark" in m for m in messages)


def test_exhibit_not_in_the_index(amendment: Amendment) -> None:
    amendment.items[1].set_overrides(
        "The following paragraph has been inserted, as described in Exhibit (a)(12):", None
    )
    findings = [f for f in run_checks(amendment) if f.code == "exhibit"]
    assert findings and "Exhibit (a)(12)" in findings[0].message


def test_filing_and_notice_counts_differ(
    amendment: Amendment, monkeypatch: pytest.MonkeyPatch
) -> None:
    from amendtool.core import checks

    real = checks.notice_blocks
    monkeypatch.setattr(checks, "notice_blocks", lambda a, document="notice": real(a)[:-5])
    assert "notice_count" in codes(amendment)


# --- timing ---------------------------------------------------------------------------------
def at(day: str, time: str = "23:59", zone: str = "America/New_York") -> dt.datetime:
    from zoneinfo import ZoneInfo

    return dt.datetime.fromisoformat(f"{day}T{time}").replace(tzinfo=ZoneInfo(zone))


def test_rule_14d1_counts_the_day_of_publication() -> None:
    # a business day runs to 12:00 midnight: 11:59 p.m. leaves the 27th one minute short
    assert business_days_open(dt.date(2001, 9, 13), at("2001-09-28", "00:00")) == 11
    assert business_days_open(dt.date(2001, 9, 13), at("2001-09-27")) == 10
    assert business_days_open(dt.date(2001, 9, 17), at("2001-09-28", "00:00")) == 9
    assert earliest_expiration(dt.date(2001, 9, 13), 10).day == dt.date(2001, 9, 26)


def test_publication_on_a_weekend_starts_on_the_next_business_day() -> None:
    assert business_days_open(dt.date(2001, 9, 15), at("2001-09-22", "00:00")) == 5


@pytest.mark.parametrize(
    ("day", "holiday"),
    [
        ("2001-09-03", "Labor Day"),
        ("2001-11-22", "Thanksgiving"),
        ("2021-06-18", "Juneteenth"),
        ("2026-06-19", "Juneteenth"),
        ("2026-07-03", "Independence Day"),
    ],
)
def test_federal_holidays_are_not_business_days(day: str, holiday: str) -> None:
    assert not is_business_day(dt.date.fromisoformat(day)), holiday


def test_juneteenth_only_from_2021() -> None:
    assert is_business_day(dt.date(2020, 6, 19))


def test_thanksgiving_week_is_skipped() -> None:
    # Monday 2001-11-19 to 12:00 midnight ending Monday 2001-11-26: Thanksgiving is not counted
    assert business_days_open(dt.date(2001, 11, 19), at("2001-11-27", "00:00")) == 5


def test_expiration_in_pacific_time_is_compared_in_eastern_time() -> None:
    # 9:00 p.m. Pacific on the 26th is 12:00 midnight Eastern at the end of the 26th
    assert (
        business_days_open(dt.date(2001, 9, 13), at("2001-09-26", "21:00", "America/Los_Angeles"))
        == 10
    )
    # 5:00 p.m. Central on the 26th ends before that day is complete in Eastern time
    assert (
        business_days_open(dt.date(2001, 9, 13), at("2001-09-26", "17:00", "America/Chicago")) == 9
    )


@pytest.mark.parametrize(
    ("moment", "name"),
    [
        (at("2026-03-07", "12:00"), "Eastern Standard Time"),
        (at("2026-03-08", "12:00"), "Eastern Daylight Time"),
        (at("2026-10-31", "12:00"), "Eastern Daylight Time"),
        (at("2026-11-01", "12:00"), "Eastern Standard Time"),
    ],
)
def test_dst_switch_dates_give_the_right_zone_name(moment: dt.datetime, name: str) -> None:
    assert name in deadline_phrase(moment)


def test_change_in_consideration_published_monday_gets_a_warning_and_a_proposal(
    amendment: Amendment, filing: FilingDetails
) -> None:
    for item in amendment.items:
        item.materiality = Materiality.CONSIDERATION
    amendment.filing = dataclasses.replace(amendment.filing, amendment_date=dt.date(2001, 9, 17))
    findings = [f for f in run_checks(amendment) if f.code == "timing"]
    assert len(findings) == 1
    message = findings[0].message
    # 11:59 p.m. on the 27th: the 27th is one minute short of a whole business day
    assert "must stay open 10 business days" in message and "leaving 8" in message
    assert (
        "Earliest compliant expiration: 12:00 midnight, Eastern Daylight Time, at the end of "
        "September 28, 2001"
    ) in message


def test_published_thursday_is_enough_even_for_consideration(
    amendment: Amendment, filing: FilingDetails
) -> None:
    for item in amendment.items:
        item.materiality = Materiality.CONSIDERATION
    assert [f for f in run_checks(amendment) if f.code == "timing"] == []


def test_material_change_needs_five_days(amendment: Amendment, filing: FilingDetails) -> None:
    # Thursday 20th, 21st, 24th, 25th and 26th: the offer expires at 11:59 p.m. on the 27th,
    # one minute before that day ends, so the 27th does not count
    amendment.filing = dataclasses.replace(amendment.filing, amendment_date=dt.date(2001, 9, 20))
    assert codes(amendment) == []
    amendment.filing = dataclasses.replace(amendment.filing, amendment_date=dt.date(2001, 9, 21))
    assert codes(amendment) == ["timing"]


def test_clarifying_changes_need_no_extension(amendment: Amendment, filing: FilingDetails) -> None:
    for item in amendment.items:
        item.materiality = Materiality.CLARIFYING
    amendment.filing = dataclasses.replace(amendment.filing, amendment_date=dt.date(2001, 9, 27))
    assert codes(amendment) == []


def test_an_expired_offer(amendment: Amendment, filing: FilingDetails) -> None:
    amendment.filing = dataclasses.replace(amendment.filing, amendment_date=dt.date(2001, 10, 2))
    assert codes(amendment) == ["expired"]


def test_notice_quoting_other_text_than_the_filing(
    amendment: Amendment, monkeypatch: pytest.MonkeyPatch
) -> None:
    from amendtool.core import checks
    from amendtool.core.layout import Block, Role

    real = checks.notice_blocks

    def altered(a: Amendment, document: str = "notice") -> list[Block]:
        return [
            Block(b.role, b.text.replace("final", "conclusive"), b.label, b.cells, b.document)
            if b.role is Role.QUOTE
            else b
            for b in real(a, document)
        ]

    monkeypatch.setattr(checks, "notice_blocks", altered)
    findings = [f for f in run_checks(amendment) if f.code == "notice_quote"]
    assert findings and findings[0].item == 0


def test_headings_renumbered_and_text_edited_in_the_same_sections_do_not_overlap(
    filing: FilingDetails,
) -> None:
    original = [
        ("7. Conditions of the Offer", S7),
        ("8. Miscellaneous", ["This offer has a safe harbor. We disclaim any duty."]),
    ]
    revised = [
        ("7. Conditions of the Offer", S7),
        ("8. Extension of the Offer", ["We may extend the offer."]),
        ("9. Miscellaneous", ["This offer has no safe harbor. We disclaim any duty."]),
    ]
    amendment = draft_amendment(doc(original), doc(revised), filing)
    kinds = [i.kind.value for i in amendment.change_items]
    assert kinds == ["add_section", "renumber_sections", "replace_words"]
    assert "overlap" not in codes(amendment)
