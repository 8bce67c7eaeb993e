"""The plain notice's common test setup: the example filing with the plain style, dated so
its deadline falls in April 2026, and a small offer whose eligibility threshold a revision
lowers from $20.00 to $17.50 (the change the notice is first judged on)."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.filing import FilingDetails, load_filing
from tests.support.builders import Spec, doc

THRESHOLD = "Options that have an exercise price per share of {} or more are eligible."
OFFER: Spec = [
    ("", [f"Halvorsen offers to exchange options. {THRESHOLD.format('$20.00')}"]),
    ("Summary Term Sheet", ["Which options are eligible?", THRESHOLD.format("$20.00")]),
    (
        "1. Eligibility",
        [
            THRESHOLD.format("$20.00"),
            "The offer expires at 11:59 p.m., Eastern Time, on April 23, 2026.",
        ],
    ),
    (
        "7. Conditions of the Offer",
        ["The conditions are for our benefit. We may waive them before expiry."],
    ),
]


# a tender for preferred shares told to their holders, as the purchase offers of the tests are
HOLDERS = {
    "document_title": "Offer to Purchase",
    "consideration": "Purchase Price",
    "tendered": "Preferred Shares",
    "transmittal_document": "Letter of Transmittal",
    "notice_to": "Holders of Preferred Shares",
    "program_name": "Offer to Purchase",
    "notice_delivery": "We sent this notice to every holder of record.",
}


def holders_filing(example_filing_toml: Path, **changes: Any) -> FilingDetails:
    """`plain_filing` for a tender of preferred shares told to their holders."""
    return plain_filing(example_filing_toml, **{**HOLDERS, **changes})


def plain_filing(example_filing_toml: Path, **changes: Any) -> FilingDetails:
    """The example filing with the plain notice, expiring on April 23, 2026 and amended on
    April 9, 2026, without the example's own explanation paragraph."""
    details = load_filing(example_filing_toml)
    return dataclasses.replace(
        details,
        notice_style="plain",
        expiration=details.expiration.replace(year=2026, month=4, day=23),
        amendment_date=details.amendment_date.replace(year=2026, month=4, day=9),
        notice_explanation="",
        **changes,
    )


def revised(spec: Spec, old: str, new: str) -> Spec:
    """The offer with every `old` replaced by `new`."""
    return [(h, [p.replace(old, new) for p in ps]) for h, ps in spec]


def lowered(filing: FilingDetails, offer: Spec = OFFER) -> Amendment:
    """The amendment lowering the eligibility threshold from $20.00 to $17.50."""
    return draft_amendment(doc(offer), doc(revised(offer, "$20.00", "$17.50")), filing)


# a price lowered and one raised, as the notice's direction tests change it
LOWER, HIGHER = ("$1,020.00", "$1,005.00"), ("$1,020.00", "$1,030.00")


def told(frame: str, amounts: tuple[str, str], tendered: str) -> str:
    """What the plain notice says of `frame` ("… for {} per Share.") changed from the first
    amount to the second, for holders of `tendered` paid in cash."""
    from amendtool.core.plain_fact_sentences import Voice, fact_sentences
    from amendtool.core.plain_facts import fact_changes
    from amendtool.core.wording import house_wording

    changes, _ = fact_changes(*(frame.format(amount) for amount in amounts))
    voice = Voice(house_wording().plain_notice, {"tendered": tendered, "consideration": "cash"})
    return " ".join(fact_sentences(changes, house_wording(), voice=voice))


def rsu_table_amendment(
    example_filing_toml: Path,
    head: str,
    old: list[str],
    new: list[str],
    section: str = "2. Exchange Terms",
) -> Amendment:
    """An RSU-for-options exchange whose one table (`head`, then its rows) a revision
    restates from `old` rows to `new`, drafted with the plain notice."""

    def offer(rows: list[str]) -> Spec:
        return [
            ("", ["Kestrel is offering to exchange Eligible Options for New RSUs."]),
            (section, ["The terms are set out below:", head, *rows]),
        ]

    filing = plain_filing(
        example_filing_toml, consideration="New RSUs", tendered="Eligible Options"
    )
    return draft_amendment(doc(offer(old)), doc(offer(new)), filing)


def table_errors(amendment: Amendment, paragraph: str) -> list[str]:
    """The errors `check` gives on counsel's `paragraph` set as the plain paragraph of the
    amendment's table item."""
    from amendtool.core.checks import ERROR, run_checks

    index = next(n for n, i in enumerate(amendment.change_items) if "\t" in (i.new_text or ""))
    amendment.change_items[index].set_plain_summary(paragraph)
    return [f.message for f in run_checks(amendment) if f.item == index and f.severity == ERROR]
