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


def test_a_cell_and_a_footnote_are_named_in_the_list() -> None:
    price = "We will pay $22.50 per Share, net to the seller in cash, without interest."
    note = "The model assumes a volatility of 58% and a risk-free rate of 2.1%."
    original = doc(
        [
            ("SUMMARY TERM SHEET", ["The material terms follow.", f"Purchase Price\t{price}"]),
            ("2. Exchange Ratios", ["The ratios were set by a model.", f"[fn 1] {note}"]),
        ]
    )
    revised = doc(
        [
            (
                "SUMMARY TERM SHEET",
                [
                    "The material terms follow.",
                    f"Purchase Price\t{price.replace('22.50', '23.25')}",
                ],
            ),
            (
                "2. Exchange Ratios",
                ["The ratios were set by a model.", f"[fn 1] {note[:-1]} here."],
            ),
        ]
    )
    items = draft_items(original, revised).items
    assert "Summary Term Sheet row “Purchase Price”" in summary(items[0]).splitlines()[0]
    assert "Section 2. Exchange Ratios footnote 1" in summary(items[1]).splitlines()[0]


def test_counsels_reason_stands_beside_the_class_and_stays_through_a_redraft() -> None:
    from amendtool.core.items import Materiality
    from amendtool.core.overrides import carry_overrides
    from amendtool.gui.item_rows import reason_text, tooltip
    from amendtool.gui.session import _classify

    old = doc([("1. Eligibility", ["Options priced at $20.00 or more are eligible."])])
    new = doc([("1. Eligibility", ["Options priced at $17.50 or more are eligible."])])
    [first], [again] = draft_items(old, new).items, draft_items(old, new).items
    first.choose_materiality(Materiality.CLARIFYING, "The board fixed this price before")
    carry_overrides([first], [again])
    _classify(again, "clarifying", "clarifying")  # the app's decisions applied after it
    assert again.counsel_reason == "The board fixed this price before"
    assert reason_text(again).startswith(
        "Counsel's choice. Counsel's reason: The board fixed this price before. The tool proposes"
    )
    assert "Counsel's reason: The board fixed this price before." in tooltip(again).replace(
        "\n", " "
    )
    _classify(again, "material", "clarifying")  # another class: the reason was for the first
    assert again.counsel_reason is None and "Counsel's reason" not in reason_text(again)
