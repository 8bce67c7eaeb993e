"""A row of an insiders' holdings table that moved, or changed, is told as the table names
it: a row moved is said to have moved (not taken out and added), and a changed row's reason
names its row and column, with "sought" only for the securities the offer seeks."""

from __future__ import annotations

from amendtool.core.drafting import draft_items
from amendtool.core.items import ItemKind
from amendtool.core.plain_summary import summarise
from amendtool.core.wording import house_wording
from tests.support.builders import Spec, doc

HOLDINGS = ["Name\tPosition\tShares Held"] + [
    f"{name}\tDirector\t{1000 + 250 * n:,}"
    for n, name in enumerate(["Abbott, Ann", "Baker, Ben", "Cole, Cy", "Dunn, Di", "Zeller, Heidi"])
]


def _restated(rows: list[str]) -> str:
    spec: Spec = [("10. Interests of Directors", ["Our directors hold:", *HOLDINGS])]
    revised: Spec = [("10. Interests of Directors", ["Our directors hold:", *rows])]
    items = draft_items(doc(spec), doc(revised)).items
    assert [i.kind for i in items] == [ItemKind.REPLACE_TABLE], items
    return summarise(items[0], house_wording()).text


def test_a_row_moved_and_changed_is_told_as_moved() -> None:
    rows = [HOLDINGS[0], "Zeller, Heidi\tDirector\t9,999", "Abbott, Ann\tDirector\t1,100",
            "Baker, Ben\tDirector\t1,300", "Cole, Cy\tDirector\t1,600", HOLDINGS[4]]  # fmt: skip
    text = _restated(rows)
    assert "out of the table" not in text, text
    assert 'We added a row for "Zeller, Heidi"' not in text, text
    assert '"Zeller, Heidi"' in text and "moved" in text, text
    assert "9,999" in text and "2,000" in text, text


def test_a_changed_row_of_holdings_is_reasoned_by_its_row_and_column() -> None:
    title = "10. Interests of Directors"
    changed = [*HOLDINGS[:3], "Cole, Cy\tDirector\t7,777", *HOLDINGS[4:]]
    original = doc([(title, ["Our directors hold:", *HOLDINGS])])
    [item] = draft_items(original, doc([(title, ["Our directors hold:", *changed])])).items
    reason = item.materiality_reason or ""
    assert "sought" not in reason, reason  # the offer seeks none of the directors' shares
    assert "Name Position" not in reason, reason
    assert "Shares Held" in reason and "Cole, Cy" in reason, reason
    assert "1,500" in reason and "7,777" in reason, reason


def _items(rows: list[str]) -> list:  # type: ignore[type-arg]
    title = "10. Interests of Directors"
    original = doc([(title, ["Our directors hold:", *HOLDINGS])])
    return draft_items(original, doc([(title, ["Our directors hold:", *rows])])).items


def test_a_row_added_or_taken_out_is_reasoned_as_a_row() -> None:
    """Whether cited alone or in a table restated whole, a row is a row, not a paragraph
    or "a text"."""
    added = "Aldridge, Colin\tDirector\t800"
    cited = _items([*HOLDINGS[:3], added, *HOLDINGS[3:]])
    assert [i.kind for i in cited] == [ItemKind.INSERT_ROW]
    restated = _items([HOLDINGS[0], added, "Abbott, Ann\tDirector\t1,100",
                       "Baker, Ben\tDirector\t1,300", "Cole, Cy\tDirector\t1,600"])  # fmt: skip
    assert [i.kind for i in restated] == [ItemKind.REPLACE_TABLE]
    taken = _items([h for h in HOLDINGS if not h.startswith("Baker")])
    for item in (*cited, *restated, *taken):
        reason = item.materiality_reason or ""
        assert "paragraph" not in reason and "a text" not in reason, reason
    assert "adds a row" in (cited[0].materiality_reason or "")
    assert "takes out a row" in (taken[0].materiality_reason or "")
