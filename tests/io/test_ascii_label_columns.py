"""In the EDGAR .txt filing a label never runs into its text: "(a)(1)(E)Notice of
Amendment …" happened with any label of nine characters or more. Each kind of labelled
line (exhibit lines, items, memo fields, check boxes) sets its text at one column, wide
enough for its longest label and two spaces."""

from __future__ import annotations

import pytest

from amendtool.core.layout import Block, Role
from amendtool.io.edgar_writer import blocks_to_ascii

DESCRIPTION = "Notice of Amendment to Offer to Exchange dated June 12, 2023, sent to employees."


def text_column(line: str, label: str) -> int:
    at = line.index(label) + len(label)
    return at + len(line[at:]) - len(line[at:].lstrip())


@pytest.mark.parametrize(
    "labels",
    [["(a)(5)"], ["(a)(1)(E)"], ["(a)(5)", "(a)(1)(E)"], ["(a)(1)(A)(ii)", "(a)(12)"]],
)
def test_exhibit_lines_set_their_text_past_the_longest_label(labels: list[str]) -> None:
    blocks = [Block(Role.EXHIBIT_LINE, DESCRIPTION, label=label) for label in labels]
    lines = blocks_to_ascii(blocks).splitlines()
    columns = set()
    for label in labels:
        line = next(line for line in lines if label in line)
        start = line.index(label) + len(label)
        assert line[start : start + 2] == "  ", line  # never run into the text
        columns.add(text_column(line, label))
        # the description's next line is set under its first
        following = lines[lines.index(line) + 1]
        if following.strip():
            assert len(following) - len(following.lstrip()) == text_column(line, label)
    assert len(columns) == 1  # one column for all
    assert max(len(line) for line in lines) <= 80


def test_a_long_memo_field_label_keeps_its_spaces() -> None:
    fields = {"To:": "All Holders of Eligible Options", "Re (Subject):": "Amendment"}
    blocks = [Block(Role.MEMO, text, label=label) for label, text in fields.items()]
    text = blocks_to_ascii(blocks)
    columns = set()
    for label, value in fields.items():
        line = next(line for line in text.splitlines() if line.startswith(label))
        assert line[len(label) : len(label) + 2] == "  ", line
        columns.add(line.index(value))
    assert len(columns) == 1, text


def test_an_item_with_a_long_label_keeps_its_spaces() -> None:
    blocks = [Block(Role.ITEM, "The first paragraph has been deleted.", label="AAAAAAAAA.")]
    [line] = [line for line in blocks_to_ascii(blocks).splitlines() if line.strip()]
    assert "AAAAAAAAA.  The first" in line
