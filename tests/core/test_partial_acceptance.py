"""A discretion to accept only some of the tendered securities ("We may accept some or all
of the tendered options") bears on what holders receive for what they tender and may make
the offer illusory: it is proposed as a change in the consideration, however the sentence
puts it and wherever it is printed, and the checks warn, naming the item and the words."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from amendtool.core.amendment import draft_amendment
from amendtool.core.checks import run_checks
from amendtool.core.filing import load_filing
from amendtool.core.items import Materiality
from tests.core.test_materiality import drafted
from tests.support.builders import doc

ALL = "We will accept all properly tendered eligible options promptly after the expiration date."


@pytest.mark.parametrize(
    ("heading", "old", "new"),
    [
        pytest.param(
            "5. Acceptance of Options",
            [ALL],
            [ALL.replace("will accept all", "may accept some or all of the")],
            id="will-all-to-may-some-or-all",
        ),
        pytest.param(
            "5. Acceptance of Options",
            [ALL],
            [ALL, "The Company may accept some or all of the tendered options."],
            id="sentence-added",
        ),
        pytest.param(
            "Summary Term Sheet",
            ["Will you accept all options I tender?", "Yes. We will accept all options tendered."],
            [
                "Will you accept all options I tender?",
                "We reserve the right to accept any or all of the options tendered.",
            ],
            id="reserve-any-or-all",
        ),
        pytest.param(
            "14. Miscellaneous",
            ["We are making the offer to all holders of eligible options."],
            [
                "We are making the offer to all holders of eligible options. We may elect to "
                "accept less than all of the options tendered."
            ],
            id="less-than-all-in-general-disclosure",
        ),
    ],
)
def test_a_discretion_to_accept_only_some_is_consideration(
    heading: str, old: list[str], new: list[str]
) -> None:
    [item] = drafted(heading, old, new)
    assert item.materiality is Materiality.CONSIDERATION, item.materiality_reason
    assert "illusory" in item.materiality_reason, item.materiality_reason


def test_rejecting_defective_tenders_is_no_discretion_over_the_offer() -> None:
    """ "We may reject any or all tenders not in proper form" is the usual procedure, and
    an offer that already said "some or all" is not made so by an amendment."""
    old = ["We will determine the validity of all tenders."]
    new = ["We may reject any or all tenders that we determine are not in proper form."]
    [item] = drafted("4. Procedures", old, new)
    assert "illusory" not in item.materiality_reason
    kept = "We may accept some or all of the tendered options."
    [item] = drafted(
        "5. Acceptance", [kept, "Payment is made in cash."], [kept, "Payment is made by check."]
    )
    assert "illusory" not in item.materiality_reason


def test_check_warns_naming_the_item_and_the_words(example_filing_toml: Path) -> None:
    filing = dataclasses.replace(load_filing(example_filing_toml), notice_explanation="")
    cover = ("", ["Acme Widgets, Inc. is offering to exchange options for new options."])
    old = doc([cover, ("4. Withdrawal Rights", ["You may withdraw."]), ("5. Acceptance", [ALL])])
    new = doc(
        [
            cover,
            ("4. Withdrawal Rights", ["You may withdraw at any time."]),
            ("5. Acceptance", [ALL.replace("will accept all", "may accept some or all of the")]),
        ]
    )
    findings = [
        f for f in run_checks(draft_amendment(old, new, filing)) if f.code == "partial_acceptance"
    ]
    [finding] = findings
    assert finding.severity == "warning"
    assert finding.item == 1
    assert "item B" in finding.message and "“accept some or all”" in finding.message
    assert "illusory" in finding.message
