"""A plain paragraph whose words of change contradict what its item does (tester10 finding
1): "We removed a condition. The offer no longer depends on …" on an item that inserts the
condition, and "We removed this condition" on one that raises its threshold from 15% to 20%,
passed `check` with "no errors", and export would have printed them. Such a paragraph is an
error naming the item, what the paragraph says and what the item does; a paragraph that
tells the change truly (a deletion told as taken out, a "not" put in told as no longer
required, the offer's own words quoted) still passes."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.amendment import draft_amendment
from amendtool.core.checks import ERROR, run_checks
from amendtool.core.plain_change_told import told_wrongly
from tests.support.builders import doc
from tests.support.plain import plain_filing

TENDER = (
    "(d) any person shall have commenced a tender offer for more than 10% of our outstanding "
    "common stock."
)
DECLINE = (
    "(c) the Nasdaq Composite Index shall have declined by more than {} from its level on the "
    "date of the offer."
)
DELIVER = "You {} deliver the original option agreement with your Election Form."


@pytest.mark.parametrize(
    ("old", "new", "paragraph", "says"),
    [
        # an insertion told as a removal (the tester's item I)
        (
            "",
            TENDER,
            "We removed a condition. The offer no longer depends on whether someone starts a "
            "tender offer.",
            "We removed a condition.",
        ),
        ("", TENDER, "We took out the tender offer condition.", "took out"),
        # a changed figure told as a removal (the tester's item H)
        (
            DECLINE.format("15%"),
            DECLINE.format("20%"),
            "We removed this condition, so the offer is more likely to close.",
            "removed",
        ),
        # a deletion told as an addition
        (TENDER, "", "We added a condition on tender offers by someone else.", "added"),
        (TENDER, "", "We put in a new condition on tender offers.", "put in"),
        # a "not" taken out: what it said is required again, never "no longer"
        (
            DELIVER.format("need not"),
            DELIVER.format("must"),
            "You no longer need to deliver the original option agreement.",
            "no longer",
        ),
    ],
)
def test_a_change_told_against_what_it_does_is_named(
    old: str, new: str, paragraph: str, says: str
) -> None:
    [problem] = told_wrongly(old, new, paragraph)
    assert says in problem, problem


@pytest.mark.parametrize(
    ("old", "new", "paragraph"),
    [
        ("", TENDER, "We added a condition: we may end the offer if someone starts a tender."),
        ("", TENDER, "There is a new condition on tender offers by someone else."),
        (
            TENDER,
            "",
            "We removed the condition on tender offers. The offer no longer depends on it.",
        ),
        (TENDER, "", "We took out the tender offer condition."),
        # the offer's own words quoted inside the paragraph
        (
            "",
            "(e) the Board shall not have removed the restriction on transfers.",
            "We added a condition: “the Board shall not have removed the restriction on "
            "transfers.”",
        ),
        # a changed figure told as changed, or as no longer one value but now another
        (
            DECLINE.format("15%"),
            DECLINE.format("20%"),
            "We raised the market-decline threshold from 15% to 20%.",
        ),
        (
            DECLINE.format("15%"),
            DECLINE.format("20%"),
            "The offer no longer ends on a 15% decline; it now takes a 20% decline.",
        ),
        (
            DECLINE.format("15%"),
            DECLINE.format("20%"),
            "We replaced the 15% threshold with 20%.",
        ),
        # an insertion or a rewrite that narrows what the offer allowed
        (
            "The offer is open to all options.",
            "The offer is open to all options granted before 2002.",
            "Options granted after 2002 are no longer eligible.",
        ),
        (
            "We may assert the conditions at any time.",
            "We may assert the conditions only before expiry.",
            "You can no longer rely on a condition we did not raise before the offer ended.",
        ),
        # a "not" put in: what was required no longer is
        (
            DELIVER.format("must"),
            DELIVER.format("need not"),
            "You no longer need to deliver the original option agreement.",
        ),
        (
            "The offer is conditioned on our obtaining financing.",
            "The offer is not conditioned on our obtaining financing.",
            "The offer no longer depends on our obtaining financing. We removed that condition.",
        ),
        # the word "not" taken out, said as such
        (
            DELIVER.format("need not"),
            DELIVER.format("must"),
            "We took out the word “not”, so you must now deliver the original option agreement.",
        ),
        # words of change that are not the change's: a figure's new value, a deadline
        (
            DECLINE.format("15%"),
            DECLINE.format("20%"),
            "The new threshold is 20%. Nothing else changed.",
        ),
    ],
)
def test_a_change_told_truly_passes(old: str, new: str, paragraph: str) -> None:
    assert told_wrongly(old, new, paragraph) == []


CONDITIONS = [
    "The offer is subject to the following conditions:",
    DECLINE.format("15%"),
]
SPEC = [
    ("", ["Quantrel offers to exchange options for new options."]),
    ("7. Conditions of the Offer", CONDITIONS),
    ("8. Miscellaneous", ["Questions may be sent to our stock plan administrator."]),
]


def _errors(paragraph: str, revised: list[str], example_filing_toml: Path) -> list[str]:
    spec = [SPEC[0], ("7. Conditions of the Offer", revised), SPEC[2]]
    amendment = draft_amendment(doc(SPEC), doc(spec), plain_filing(example_filing_toml))
    [item] = amendment.change_items
    item.set_plain_summary(paragraph)
    return [
        f.message
        for f in run_checks(amendment)
        if f.severity == ERROR and f.code == "plain_change_told"
    ]


def test_check_names_an_inserted_condition_told_as_removed(example_filing_toml: Path) -> None:
    errors = _errors(
        "We removed a condition. The offer no longer depends on whether someone starts a "
        "tender offer.",
        [*CONDITIONS, TENDER],
        example_filing_toml,
    )
    [error] = errors
    assert error.startswith("item A: the notice's plain paragraph (counsel's) says"), error
    assert "“We removed a condition.”" in error and "adds" in error, error


def test_check_names_a_raised_threshold_told_as_removed(example_filing_toml: Path) -> None:
    revised = [CONDITIONS[0], DECLINE.format("20%")]
    [error] = _errors(
        "We removed this condition, so the offer is more likely to close.",
        revised,
        example_filing_toml,
    )
    assert "removed this condition" in error and "replaces" in error, error


def test_check_passes_a_true_paragraph_and_the_tools_own(example_filing_toml: Path) -> None:
    assert (
        _errors(
            "We added a condition: we may end the offer if someone starts a tender offer for more "
            "than 10% of our stock.",
            [*CONDITIONS, TENDER],
            example_filing_toml,
        )
        == []
    )
    spec = [SPEC[0], ("7. Conditions of the Offer", [*CONDITIONS, TENDER]), SPEC[2]]
    amendment = draft_amendment(doc(SPEC), doc(spec), plain_filing(example_filing_toml))
    assert [f for f in run_checks(amendment) if f.code == "plain_change_told"] == []
