"""The consistency check: items that do not give the draft can never look clean."""

from __future__ import annotations

import copy

from amendtool.core.checks import check_consistency
from amendtool.core.drafting import draft_items
from tests.support.builders import doc

ORIGINAL = [
    ("", ["Halvorsen offers to exchange options."]),
    ("4. Withdrawal Rights", ["You may withdraw at any time.", "Notices go to People Services."]),
    ("7. Conditions of the Offer", ["The conditions are for our benefit."]),
]
REVISED = [
    ("", ["Halvorsen offers to exchange options."]),
    (
        "4. Withdrawal Rights",
        ["You may withdraw at any time before expiry.", "Notices go to People Services."],
    ),
    ("7. Conditions of the Offer", ["The conditions are for our benefit."]),
]


def test_items_drafted_from_the_draft_are_consistent() -> None:
    original, revised = doc(ORIGINAL), doc(REVISED)
    items = draft_items(original, revised).items
    assert items and check_consistency(original, revised, items) == []


def test_items_of_an_earlier_draft_do_not_give_the_draft() -> None:
    original, revised = doc(ORIGINAL), doc(REVISED)
    items = draft_items(original, revised).items
    later = copy.deepcopy(REVISED)
    later[2] = ("7. Conditions of the Offer", ["The conditions are for our sole benefit."])
    findings = check_consistency(original, doc(later), items)
    assert [f.code for f in findings] == ["consistency"]
    assert findings[0].severity == "error"
    assert (
        "Section 7. Conditions of the Offer" in findings[0].message
        or "7. Conditions" in findings[0].message
    )
    assert "paragraph 1" in findings[0].message


def test_no_items_for_a_changed_draft_is_not_clean() -> None:
    findings = check_consistency(doc(ORIGINAL), doc(REVISED), [])
    assert [f.code for f in findings] == ["consistency"]


def test_an_item_whose_old_text_is_not_where_its_locator_says_is_named() -> None:
    original, revised = doc(ORIGINAL), doc(REVISED)
    items = draft_items(original, revised).items
    items[0].old_text = "You may withdraw only on Tuesdays."
    findings = check_consistency(original, revised, items)
    assert [(f.code, f.item) for f in findings] == [("locator", 0)]
    assert findings[0].message.startswith("item A: the locator does not resolve")


def test_a_lost_heading_is_a_difference() -> None:
    original = doc(ORIGINAL)
    flattened = [
        ("", ["Halvorsen offers to exchange options.", "4. Withdrawal Rights", *ORIGINAL[1][1]]),
        ORIGINAL[2],
    ]
    findings = check_consistency(original, doc(flattened), [])
    assert [f.code for f in findings] == ["consistency"]


def test_the_difference_is_named_as_counsel_cites_the_section() -> None:
    capitals = [ORIGINAL[0], ("4. MISCELLANEOUS.", ["We may amend the offer."])]
    changed = [ORIGINAL[0], ("4. MISCELLANEOUS.", ["We may amend the offer at any time."])]
    findings = check_consistency(doc(capitals), doc(changed), [])
    message = findings[0].message
    assert "(Section 4. Miscellaneous, paragraph 1)" in message
    assert "MISCELLANEOUS" not in message
