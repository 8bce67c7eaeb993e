"""Words taken out of or put in a sentence on how holders act, are notified or are bound
narrow or widen what holders may do ("oral or written notice" → "written notice"): such an
edit is at least material, in whatever section it is printed; a rewording of the same
sentence that keeps its means stays clarifying."""

from __future__ import annotations

import pytest

from amendtool.core.items import Materiality
from amendtool.core.materiality import propose
from tests.core.test_materiality import drafted

ACCEPTANCE = (
    "We will not be deemed to have accepted Notes for purchase unless and until we give oral "
    "or written notice of our acceptance to the Depositary."
)
NOTIFY = "We will notify you of any extension by press release or by mail."


@pytest.mark.parametrize(
    ("heading", "old", "new", "word"),
    [
        pytest.param(
            "1. Terms of the Offer.",
            ACCEPTANCE,
            ACCEPTANCE.replace("oral or ", ""),
            "oral",
            id="acceptance-notice-narrowed",
        ),
        pytest.param(
            "1. Terms of the Offer.",
            ACCEPTANCE.replace("oral or ", ""),
            ACCEPTANCE,
            "oral",
            id="acceptance-notice-widened",
        ),
        pytest.param(
            "14. Miscellaneous.",
            NOTIFY,
            NOTIFY.replace(" or by mail", ""),
            "or",
            id="means-of-notice-in-general-disclosure",
        ),
        pytest.param(
            "14. Miscellaneous.",
            NOTIFY,
            NOTIFY.replace("by press release", "only by press release"),
            "only",
            id="only-added",
        ),
    ],
)
def test_narrowing_how_holders_act_is_material(heading: str, old: str, new: str, word: str) -> None:
    (item,) = drafted(heading, [old], [new])
    proposal = propose(item)
    assert proposal.materiality == Materiality.MATERIAL, proposal.reason
    assert f"(“{word}”)" in proposal.reason, proposal.reason
    assert "notified" in proposal.reason


def test_a_rewording_that_keeps_the_means_stays_clarifying() -> None:
    new = ACCEPTANCE.replace("We will not be deemed", "We are not deemed")
    (item,) = drafted("1. Terms of the Offer.", [ACCEPTANCE], [new])
    assert propose(item).materiality == Materiality.CLARIFYING, propose(item).reason


def test_the_words_are_the_firms_to_adjust() -> None:
    from amendtool.core.materiality_rules import house_rules

    rules = house_rules()
    assert rules.procedures.search(ACCEPTANCE) == "accepted"
    assert rules.narrowing.matches_word("or")
    assert rules.procedure_reason
