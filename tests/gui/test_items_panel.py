"""The one line each item shows in the list."""

from __future__ import annotations

from amendtool.core.drafting import draft_items
from amendtool.gui.items_panel import summary
from tests.support.builders import doc


def test_a_renumbering_item_shows_old_and_new_numbers() -> None:
    text = "We may extend the offer."
    original = doc([("1. Eligibility", [text]), ("2. Withdrawal", [text]), ("3. Fees", [text])])
    revised = doc(
        [
            ("1. Eligibility", [text]),
            ("2. Acceptance", ["We accept options."]),
            ("3. Withdrawal", [text]),
            ("4. Fees", [text]),
        ]
    )
    items = draft_items(original, revised).items
    assert summary(items[1]) == "Sections renumbered — Section 2. Withdrawal\n2–3 now 3–4"
