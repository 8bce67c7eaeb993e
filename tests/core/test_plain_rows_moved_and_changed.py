"""A table row moved between two items and also changed (a holder's row moved from the
directors' table to the officers', or to the top of its own table, with her holdings
updated) was told as a row added and a row taken out: employees read that a director left
and someone joined. It is told as moved, where it now stands, with what changed in it said
as for a changed row; the half that takes it out says only that it stood there."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.checks import ERROR, run_checks
from amendtool.core.items import ItemKind
from tests.support.plain import plain_filing
from tests.support.word_offers import Section, Table, word_offer

HEAD = ("Name", "Eligible Options Held", "Percent of Eligible Options")
IVANOVA = ("Ivanova, Katya", "19,250", "5.5%")
UPDATED = ("Ivanova, Katya", "21,000", "6.0%")
DIRECTORS = [("Almeida, Sofia", "52,000", "14.9%"), IVANOVA, ("Moreau, Claire", "7,700", "2.2%")]
OFFICERS = [("Haddad, Omar", "27,000", "7.7%"), ("Lindgren, Erik", "11,000", "3.1%")]
ELIGIBLE = Section(
    "1. Eligibility",
    ["Options granted under our 2015 Plan with an exercise price of $20.00 or more are eligible."],
)


def _offer(directors: list[tuple[str, ...]], officers: list[tuple[str, ...]]) -> list[Section]:
    interests = Section(
        "10. Interests of Directors and Officers",
        ["Our directors and executive officers hold the Eligible Options set out below."],
        [
            (
                "The following table shows the Eligible Options held by our directors:",
                Table(HEAD, directors),
            ),
            (
                "The following table shows the Eligible Options held by our executive officers:",
                Table(HEAD, officers),
            ),
        ],
    )
    return [ELIGIBLE, interests]


def _without(rows: list[tuple[str, ...]], row: tuple[str, ...]) -> list[tuple[str, ...]]:
    return [r for r in rows if r != row]


MOVES = {
    "to the top of the other table": (DIRECTORS, [UPDATED, *OFFICERS]),
    "to the bottom of its own table": ([*_without(DIRECTORS, IVANOVA), UPDATED], OFFICERS),
}


def _drafted(
    tmp_path: Path, directors: list[tuple[str, ...]], officers: list[tuple[str, ...]]
) -> Amendment:
    filing = plain_filing(
        Path(__file__).parents[2] / "resources" / "samples" / "filing.toml",
        consideration="New RSUs",
        tendered="Eligible Options",
    )
    original = word_offer(tmp_path / "original.docx", _offer(DIRECTORS, OFFICERS))
    revised = word_offer(tmp_path / "revised.docx", _offer(directors, officers))
    return draft_amendment(original, revised, filing)


def _halves(amendment: Amendment) -> tuple[int, int]:
    items = amendment.change_items
    out = next(
        n for n, i in enumerate(items) if "Ivanova" in i.old_text and "Ivanova" not in i.new_text
    )
    put = next(
        n for n, i in enumerate(items) if "Ivanova" in i.new_text and "Ivanova" not in i.old_text
    )
    return out, put


@pytest.mark.parametrize("case", list(MOVES))
def test_a_row_moved_and_changed_is_told_as_moved_with_what_changed(
    tmp_path: Path, case: str
) -> None:
    directors, officers = MOVES[case]
    if case.endswith("other table"):
        directors = _without(directors, IVANOVA)
    amendment = _drafted(tmp_path, directors, officers)
    items = amendment.change_items
    assert {i.kind for i in items} == {ItemKind.INSERT_ROW, ItemKind.DELETE_ROW}, items
    out, put = _halves(amendment)
    said = " ".join(amendment.plain_summary(i).text for i in items)
    assert 'added a row for "Ivanova' not in said, said
    assert 'row for "Ivanova, Katya" out of' not in said, said
    assert said.count('moved the row for "Ivanova, Katya"') == 1, said
    moving = amendment.plain_summary(items[put])
    assert 'We moved the row for "Ivanova, Katya"' in moving.text, moving.text
    assert "Only its place changed" not in said and "words did not change" not in said, said
    # what changed in it, as a changed row is told: each figure now, and what it was
    assert "is now 21,000. It was 19,250." in moving.text, moving.text
    assert "is now 6.0%. It was 5.5%." in moving.text, moving.text
    assert moving.facts, moving  # the figures are the paragraph's facts, as for a changed row
    leaving = amendment.plain_summary(items[out])
    assert "Ivanova, Katya" in leaving.text and "moved" in leaving.text, leaving.text
    assert "21,000" not in leaving.text, leaving.text  # what changed is told once


def test_a_row_moved_and_changed_out_of_a_restated_table_is_told_once(tmp_path: Path) -> None:
    # Ivanova's row to the top of the officers' table, updated; Moreau's holdings change too
    directors = [DIRECTORS[0], ("Moreau, Claire", "8,100", "2.3%")]
    amendment = _drafted(tmp_path, directors, [UPDATED, *OFFICERS])
    said = " ".join(amendment.plain_summary(i).text for i in amendment.change_items)
    assert 'row for "Ivanova, Katya" out of' not in said, said
    assert 'added a row for "Ivanova' not in said, said
    assert said.count('moved the row for "Ivanova, Katya"') == 1, said
    assert "is now 21,000. It was 19,250." in said, said
    assert "8,100" in said, said  # the row changed in place is still told


def test_a_row_moved_and_changed_into_a_restated_table_is_told_once(tmp_path: Path) -> None:
    # both tables restated: figures change around the place Ivanova leaves and where she
    # now stands, updated
    directors = [("Almeida, Sofia", "50,000", "14.0%"), ("Moreau, Claire", "8,100", "2.3%")]
    officers = [("Haddad, Omar", "29,500", "8.4%"), UPDATED, ("Lindgren, Erik", "9,000", "2.6%")]
    amendment = _drafted(tmp_path, directors, officers)
    said = [amendment.plain_summary(i) for i in amendment.change_items]
    text = " ".join(s.text for s in said)
    assert 'row for "Ivanova, Katya" out of' not in text, text
    assert 'added a row for "Ivanova' not in text, text
    assert text.count('moved the row for "Ivanova, Katya"') == 1, text
    assert 'moved the row for "Ivanova, Katya" from another table to the place above' in text
    assert text.count("is now 21,000. It was 19,250.") == 1, text
    assert "8,100" in text and "29,500" in text, text  # the rows changed in place
    assert all(s.complete and not s.placeholders for s in said), text


def test_counsels_paragraph_calling_a_row_moved_and_changed_added_is_an_error(
    tmp_path: Path,
) -> None:
    directors, officers = _without(DIRECTORS, IVANOVA), [UPDATED, *OFFICERS]
    amendment = _drafted(tmp_path, directors, officers)
    _out, put = _halves(amendment)
    amendment.change_items[put].set_plain_summary(
        "We added a row for Katya Ivanova, who now holds 21,000 Eligible Options."
    )
    errors = [f.message for f in run_checks(amendment) if f.item == put and f.severity == ERROR]
    assert any("Ivanova" in e and "moved" in e for e in errors), errors


def test_a_row_moved_word_for_word_to_another_table_is_said_to_have_changed_tables(
    tmp_path: Path,
) -> None:
    # the row did leave the directors' table: "not taken out of the table" would be false
    amendment = _drafted(tmp_path, _without(DIRECTORS, IVANOVA), [IVANOVA, *OFFICERS])
    out, put = _halves(amendment)
    moving = amendment.plain_summary(amendment.change_items[put]).text
    leaving = amendment.plain_summary(amendment.change_items[out]).text
    assert 'moved the row for "Ivanova, Katya" from another table to the top of' in moving
    assert "not added to the table or taken out" not in moving, moving
    assert "did not change" in moving, moving
    assert "to another table" in leaving and "in the table" not in leaving, leaving


def test_a_row_moved_word_for_word_within_its_table_only_changed_place(tmp_path: Path) -> None:
    amendment = _drafted(tmp_path, [*_without(DIRECTORS, IVANOVA), IVANOVA], OFFICERS)
    said = " ".join(amendment.plain_summary(i).text for i in amendment.change_items)
    assert "Only its place changed: the row was not added to the table" in said, said
    assert "another table" not in said, said
