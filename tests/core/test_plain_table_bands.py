"""A restated table whose rows' own names change (exercise-price bands re-cut with new
ratios) is told per changed row by the table's column headings and the row's name as the
original prints it: a band's limits are never called "the exercise price", the ratio change
is always said, and the other rows are counted right. The plain-English check quotes a
sentence as it was written, and the notice's own sentences are in the active voice."""

from __future__ import annotations

from pathlib import Path

from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.items import ItemKind
from amendtool.core.plain_english import passive_sentences
from amendtool.core.plain_notice import plain_paragraphs
from amendtool.core.plain_review import review
from amendtool.core.wording import house_wording
from tests.support.builders import doc
from tests.support.plain import plain_filing

HEADINGS = "Exercise Price\tRatio\tShares"
BEFORE = [
    "$10.00 to $14.99\t1 for 1\t50,000",
    "$15.00 to $19.99\t1 for 1\t60,000",
    "$20.00 to $29.99\t2 for 1\t410,000",
    "$30.00 to $39.99\t3 for 1\t220,000",
    "$40.00 or more\t4 for 1\t95,000",
]
AFTER = [
    "$10.00 to $14.99\t2 for 1\t50,000",
    "$15.00 to $19.99\t2 for 1\t60,000",
    "$20.00 to $24.99\t3 for 1\t250,000",
    "$25.00 to $34.99\t4 for 1\t300,000",
    "$35.00 or more\t5 for 1\t175,000",
]


def _amended(example_filing_toml: Path, before: list[str], after: list[str]) -> Amendment:
    cover = ("", ["Kestrel offers to exchange options."])
    intro = "The exchange ratios by exercise price are as follows:"
    old = [cover, ("2. Exchange Ratio", [intro, HEADINGS, *before, "End."])]
    new = [cover, ("2. Exchange Ratio", [intro, HEADINGS, *after, "End."])]
    return draft_amendment(doc(old), doc(new), plain_filing(example_filing_toml))


def _table_paragraph(amendment: Amendment) -> str:
    index = next(i for i, it in enumerate(amendment.items) if it.kind is ItemKind.REPLACE_TABLE)
    return next(p.text for p in plain_paragraphs(amendment) if index in p.items)


def test_re_cut_bands_are_told_by_the_tables_own_headings(example_filing_toml: Path) -> None:
    said = _table_paragraph(_amended(example_filing_toml, BEFORE[2:], AFTER[2:]))
    assert "exercise price is now" not in said.lower(), said
    assert '"Exercise Price" for "$20.00 to $29.99" is now $20.00 to $24.99.' in said, said
    assert '"Ratio" for "$20.00 to $29.99" is now 3 for 1. It was 2 for 1.' in said, said
    assert '"Ratio" for "$40.00 or more" is now 5 for 1. It was 4 for 1.' in said, said
    assert "other rows" not in said, said  # every changed row is said: none left to count
    assert '"$20.00 to $24.99 3"' not in said, said  # a cell never leaks into a row's name


def test_the_rows_not_said_are_counted_right(example_filing_toml: Path) -> None:
    said = _table_paragraph(_amended(example_filing_toml, BEFORE, AFTER))
    assert "2 other rows of the table also changed." in said, said
    assert '"$30.00 to $39.99"' not in said and '"$40.00 or more"' not in said, said


def test_a_finding_quotes_the_sentence_as_written() -> None:
    text = "Each row is shown word for word under “The exact changes” below."
    assert passive_sentences(text) == [text]
    messages = [p.message for p in review([text])]
    assert any("under “The exact changes” below" in m for m in messages), messages
    assert not any("under this below" in m for m in messages), messages


def test_the_notices_own_sentences_are_in_the_active_voice() -> None:
    def passive(words: dict[str, object], where: str) -> list[str]:
        found: list[str] = []
        for key, value in words.items():
            if isinstance(value, dict):
                found += passive(value, f"{where}{key}.")
            elif isinstance(value, str):
                found += [f"{where}{key}: {s}" for s in passive_sentences(value)]
        return found

    assert passive(house_wording().plain_notice, "") == []
