"""A table row that only moved, taken out by one item and put in word for word by another:
the notice told it as a row added (one item) and a row taken out (the other), so employees
read that a director both joined and left. It is told once, as a move, where it now
stands; the item that only moves it is clarifying; and counsel's paragraph that calls it
added or taken out is an error, one that says it moved is not."""

from __future__ import annotations

from pathlib import Path

from amendtool.core.amendment import Amendment
from amendtool.core.checks import ERROR, run_checks
from amendtool.core.items import ItemKind, Materiality
from tests.support.plain import rsu_table_amendment

HEAD = "Name\tEligible Options Held\tPercent of Eligible Options"
IVANOVA = "Ivanova, Katya\t19,250\t5.5%"
OLD = [
    "Almeida, Sofia\t52,000\t14.9%",
    "Brennan, Cormac\t38,500\t11.0%",
    "Haddad, Omar\t27,000\t7.7%",
    IVANOVA,
    "Lindgren, Erik\t11,000\t3.1%",
    "Moreau, Claire\t7,700\t2.2%",
]
# Ivanova's row to the top; Haddad's and Lindgren's holdings change; Hartley is new
CHANGED = [
    IVANOVA,
    *OLD[:2],
    "Haddad, Omar\t29,500\t8.4%",
    "Hartley, Quinn\t14,000\t4.0%",
    "Lindgren, Erik\t9,000\t2.6%",
    OLD[5],
]


def _drafted(example_filing_toml: Path, new: list[str]) -> Amendment:
    return rsu_table_amendment(example_filing_toml, HEAD, OLD, new, section="5. Interests")


def _said(amendment: Amendment) -> list[str]:
    return [amendment.plain_summary(i).text for i in amendment.change_items]


def _putting_in(amendment: Amendment) -> int:
    return next(
        n
        for n, i in enumerate(amendment.change_items)
        if "Ivanova" in i.new_text and "Ivanova" not in i.old_text
    )


def _taking_out(amendment: Amendment) -> int:
    return next(
        n
        for n, i in enumerate(amendment.change_items)
        if "Ivanova" in i.old_text and "Ivanova" not in i.new_text
    )


def test_a_row_moved_between_items_is_told_once_as_a_move(example_filing_toml: Path) -> None:
    amendment = _drafted(example_filing_toml, CHANGED)
    kinds = {i.kind for i in amendment.change_items}
    assert ItemKind.INSERT_ROW in kinds, kinds  # the move is two items, as the user saw it
    said = " ".join(_said(amendment))
    assert 'added a row for "Ivanova' not in said, said
    assert 'row for "Ivanova, Katya" out of' not in said, said
    assert said.count('moved the row for "Ivanova, Katya"') == 1, said
    assert 'moved the row for "Ivanova, Katya" to the top of the table' in said, said
    assert 'added a row for "Hartley, Quinn"' in said, said  # a row that is new stays new
    assert "29,500" in said and "9,000" in said, said  # the holdings that changed are told
    summary = amendment.plain_summary(amendment.change_items[_putting_in(amendment)])
    assert summary.complete and not summary.placeholders, summary.text


def test_an_item_that_only_moves_a_row_is_clarifying(example_filing_toml: Path) -> None:
    amendment = _drafted(example_filing_toml, CHANGED)
    items = amendment.change_items
    moving = items[_putting_in(amendment)]
    assert moving.materiality is Materiality.CLARIFYING, moving.materiality_reason
    assert "moves" in (moving.materiality_reason or "").lower(), moving.materiality_reason
    restating = items[_taking_out(amendment)]  # it changes holdings too: keeps its class
    assert restating.materiality is not Materiality.CLARIFYING, restating.materiality_reason


def test_both_halves_of_a_bare_move_are_clarifying_and_say_no_row_came_or_went(
    example_filing_toml: Path,
) -> None:
    for new, place in (
        ([IVANOVA, *OLD[:3], *OLD[4:]], "to the top of the table"),
        ([*OLD[:3], *OLD[4:], IVANOVA], "to the bottom of the table"),
        ([OLD[0], IVANOVA, *OLD[1:3], *OLD[4:]], 'above the row for "Brennan, Cormac"'),
    ):
        amendment = _drafted(example_filing_toml, new)
        items = amendment.change_items
        assert {i.kind for i in items} == {ItemKind.INSERT_ROW, ItemKind.DELETE_ROW}, items
        assert all(i.materiality is Materiality.CLARIFYING for i in items), [
            i.materiality_reason for i in items
        ]
        said = " ".join(_said(amendment))
        assert "added a row" not in said and "out of a table" not in said, said
        assert said.count("We moved the row") == 1, said
        assert place in said, said
        assert not any(amendment.plain_summary(i).placeholders for i in items), said


def _errors(amendment: Amendment, index: int, paragraph: str) -> list[str]:
    amendment.change_items[index].set_plain_summary(paragraph)
    return [f.message for f in run_checks(amendment) if f.item == index and f.severity == ERROR]


def test_counsels_paragraph_calling_a_moved_row_added_or_taken_out_is_an_error(
    example_filing_toml: Path,
) -> None:
    wrong = {
        "in": "We added a row for Katya Ivanova, who holds 19,250 Eligible Options.",
        "out": (
            "Haddad now holds 29,500 Eligible Options and Lindgren 9,000. We took the row "
            'for "Ivanova, Katya" out of the table and added one for "Hartley, Quinn".'
        ),
    }
    right = {
        "in": "Ms. Ivanova's row moved to the top of the table. Her holdings did not change.",
        "out": (
            "Haddad now holds 29,500 Eligible Options and Lindgren 9,000. We added a row for "
            '"Hartley, Quinn". Ivanova\'s row now stands at the top of the table.'
        ),
    }
    for half, pick in (("in", _putting_in), ("out", _taking_out)):
        amendment = _drafted(example_filing_toml, CHANGED)
        errors = _errors(amendment, pick(amendment), wrong[half])
        assert any("Ivanova" in e and "moved" in e for e in errors), (half, errors)
        amendment = _drafted(example_filing_toml, CHANGED)
        errors = _errors(amendment, pick(amendment), right[half])
        assert not any("Ivanova" in e for e in errors), (half, errors)
