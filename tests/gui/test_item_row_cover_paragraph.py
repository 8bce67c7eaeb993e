"""A change on the cover is named on its item's row by the paragraph counsel sees: the
cover's title lines are paragraphs of the pane, so its third block is "¶3", never "¶1" (the
issuer's name line)."""

from __future__ import annotations

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import load_filing
from amendtool.gui.item_rows import summary
from tests.conftest import SAMPLES
from tests.support.builders import doc

EXPIRES = "THE OFFER EXPIRES AT {} P.M., EASTERN TIME, ON MARCH 20, 2026."


def offer(time: str) -> list:
    return [
        ("", ["NORTHWIND ROBOTICS, INC.", "OFFER TO EXCHANGE OPTIONS", EXPIRES.format(time)]),
        ("1. Eligibility", ["Employees holding options are eligible."]),
        ("2. Withdrawal", ["You may withdraw your election before the deadline."]),
    ]


def test_a_cover_change_row_counts_the_cover_title_lines_as_counsel_sees_them() -> None:
    amendment = draft_amendment(
        doc(offer("5:00")), doc(offer("11:59")), load_filing(SAMPLES / "filing.toml")
    )
    [item] = [i for i in amendment.change_items if "11:59" in i.new_text]
    assert item.locator.paragraph == 3
    assert " ¶3" in summary(item).split("\n")[0], summary(item)


def cover(paragraphs: list[str]) -> list:
    return [
        ("", ["NORTHWIND ROBOTICS, INC.", "OFFER TO EXCHANGE OPTIONS", *paragraphs]),
        ("1. Eligibility", ["Employees holding options are eligible."]),
    ]


def test_a_cover_change_row_also_names_the_paragraph_as_the_filing_cites_it() -> None:
    """Counsel check the filing's citation ("the second paragraph on the cover page")
    against the row: the row's ¶ counts the title lines as the pane shows them, and says
    how the filing cites the same paragraph, so the two never read as different places."""
    first, second, third = "We are offering to exchange options.", EXPIRES, "Read this offer."
    shapes = [
        ([first], [first.replace("exchange", "swap")], "last"),
        ([first, second, third], [first, second.format("11:59"), third], "second"),
        ([first, second, third], [first.replace("exchange", "swap"), second, third], "first"),
        ([first, third], [first, third.replace("Read", "Please read")], "last"),
    ]
    for old, new, cited in shapes:
        before = [p.format("5:00") for p in old]
        after = [p.format("5:00") for p in new]
        amendment = draft_amendment(
            doc(cover(before)), doc(cover(after)), load_filing(SAMPLES / "filing.toml")
        )
        [item] = amendment.change_items
        row = summary(item).split("\n")[0]
        assert f" ¶{item.locator.paragraph} " in row + " ", row
        assert f"(cited as the {cited})" in row, row


def test_a_row_for_a_title_line_or_a_cover_note_names_its_place_without_failing() -> None:
    """A title line is cited by its place in the title, never by a paragraph ordinal: its
    row shows the pane's ¶ and no "cited as" (the filing says "the second line of the
    title"). Found by the editing property test: the row raised and the items vanished."""
    body = ["We are offering to exchange options.", EXPIRES.format("5:00")]
    shapes = [
        (
            ["NORTHWIND ROBOTICS, INC.", "OFFER TO EXCHANGE OPTIONS"],
            ["NORTHWIND ROBOTICS, INC.", "OFFER TO EXCHANGE ELIGIBLE OPTIONS"],
        ),
        (
            ["NORTHWIND ROBOTICS, INC.", "OFFER TO EXCHANGE OPTIONS"],
            ["NORTHWIND ROBOTICS CORP.", "OFFER TO EXCHANGE OPTIONS"],
        ),
    ]
    for old, new in shapes:
        amendment = draft_amendment(
            doc([("", [*old, *body]), ("1. Eligibility", ["Employees are eligible."])]),
            doc([("", [*new, *body]), ("1. Eligibility", ["Employees are eligible."])]),
            load_filing(SAMPLES / "filing.toml"),
        )
        for item in amendment.change_items:
            row = summary(item).split("\n")[0]
            assert "cited as" not in row or "(cited as the " in row, row
            assert "¶" in row, row
