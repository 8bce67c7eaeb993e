"""What the checks found is said in item-letter order: the filing's own findings first,
then item A's, B's and so on, each item's in the order found; the same words about a few
items are said where each item comes, not gathered out of order."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from amendtool.core.checks import distinct
from amendtool.core.findings import ERROR, WARNING, Finding, findings_said, in_letter_order
from amendtool.core.items import letter

PLACEHOLDER = "the notice's plain paragraph still has a placeholder for counsel, [{}]"


def about(item: int | None, words: str, severity: str = ERROR) -> Finding:
    said = f"item {letter(item)}: {words}" if item is not None else f"filing details: {words}"
    return Finding(severity, "check", said, item)


def test_the_same_words_about_a_few_items_stay_in_letter_order() -> None:
    """Items A, E and F share a placeholder, D has another: said A, D, E, F."""
    findings = [
        about(None, "a term never appears in the original", WARNING),
        about(0, PLACEHOLDER.format("Explain")),
        about(3, PLACEHOLDER.format("name this period")),
        about(4, PLACEHOLDER.format("Explain")),
        about(5, PLACEHOLDER.format("Explain")),
    ]
    lines = findings_said(findings)
    assert [line.split(":")[1].strip() for line in lines] == [
        "filing details",
        "item A",
        "item D",
        "item E",
        "item F",
    ]


def test_findings_of_several_checks_are_put_in_letter_order() -> None:
    found = [about(2, "C's text is not in the original"), about(None, "no expiration")]
    found += [about(0, "A's placeholder"), about(2, "C's placeholder"), about(1, "B's")]
    ordered = in_letter_order(found)
    assert [f.item for f in ordered] == [None, 0, 1, 2, 2]
    assert [f.message for f in ordered if f.item == 2] == [found[0].message, found[3].message]


@given(
    st.lists(
        st.tuples(st.one_of(st.none(), st.integers(0, 30)), st.sampled_from(["x", "y", "z"])),
        max_size=40,
    )
)
def test_every_line_said_is_in_letter_order(found: list[tuple[int | None, str]]) -> None:
    findings = in_letter_order(distinct([about(item, words) for item, words in found]))
    lines = findings_said(findings)
    letters = [line.split("item ", 1)[1].split(":")[0] for line in lines if ": item " in line]
    indexes = [next(i for i in range(31) if letter(i) == each) for each in letters]
    assert indexes == sorted(indexes)
    filing = [n for n, line in enumerate(lines) if "filing details" in line]
    items = [n for n, line in enumerate(lines) if ": item " in line]
    assert not filing or not items or max(filing) < min(items)
