"""Wording-only changes made together in one item (capitals of a defined term, a misspelling
put right, a cross-reference renumbered) are clarifying, as each is alone; the reason and the
notice name each of them once, in plain words, and a list of sections renumbered ("Sections
5 and 6" → "Sections 6 and 7") is a reference, never a figure of the offer."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.items import Materiality
from amendtool.core.plain_notice import plain_paragraphs
from tests.core.test_materiality import drafted
from tests.support.materiality import amended
from tests.support.plain import plain_filing

WITHDRAW = "4. Withdrawal Rights"
SENTENCE = "You may {} your tendered options before the {} ({})."


@pytest.mark.parametrize(
    ("old", "new", "named"),
    [
        pytest.param(
            SENTENCE.format("withdraw", "Expiration Date", "see Section 5"),
            SENTENCE.format("withdraw", "expiration date", "see Section 6"),
            ["capitals", "Section 5 → Section 6"],
            id="capitals-and-reference",
        ),
        pytest.param(
            SENTENCE.format("withdrawl", "expiration date", "see Section 5"),
            SENTENCE.format("withdraw", "expiration date", "see Section 6"),
            ["“withdrawl” → “withdraw”", "Section 5 → Section 6"],
            id="spelling-and-reference",
        ),
        pytest.param(
            SENTENCE.format("withdrawl", "Expiration Date", "see Section 5"),
            SENTENCE.format("withdraw", "expiration date", "see Section 5"),
            ["capitals", "“withdrawl” → “withdraw”"],
            id="capitals-and-spelling",
        ),
        pytest.param(
            SENTENCE.format("withdrawl", "Expiration Date", "see Sections 5 and 6"),
            SENTENCE.format("withdraw", "expiration date", "see Sections 6 and 7"),
            ["capitals", "“withdrawl” → “withdraw”", "Sections 5 and 6 → Sections 6 and 7"],
            id="all-three",
        ),
    ],
)
def test_wording_only_changes_together_are_clarifying(
    example_filing_toml: Path, old: str, new: str, named: list[str]
) -> None:
    [item] = drafted(WITHDRAW, [old], [new])
    assert item.materiality is Materiality.CLARIFYING, item.materiality_reason
    for words in named:
        assert item.materiality_reason.count(words) == 1, item.materiality_reason

    amendment = amended(plain_filing(example_filing_toml), WITHDRAW, [old], [new])
    [said] = [p.text for p in plain_paragraphs(amendment) if 0 in p.items]
    assert "[" not in said and "rewrote" not in said, said
    assert said.count("Nothing else in the offer changes.") == 1, said
    if "capitals" in named:
        assert "capital letters" in said, said
    if any("Section" in n for n in named):
        assert "now points to Section" in said, said


@pytest.mark.parametrize(
    ("old", "new"),
    [
        pytest.param(
            "You may not withdraw options tendered after the Expiration Date (see Section 5).",
            "You may withdraw options not tendered after the expiration date (see Section 6).",
            id="a-word-moved",
        ),
        pytest.param(
            "We will accept all options tendered before the Expiration Date (see Section 5).",
            "We will except all options tendered before the expiration date (see Section 6).",
            id="a-real-word-exchanged",
        ),
    ],
)
def test_a_change_of_words_with_them_is_not_wording_only(old: str, new: str) -> None:
    [item] = drafted(WITHDRAW, [old], [new])
    assert item.materiality is not Materiality.CLARIFYING, item.materiality_reason


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("see Sections 5 and 6", "see Sections 6 and 7"),
        ("see Sections 5 through 7", "see Sections 6 through 8"),
        ("see Sections 5, 6 and 9", "see Sections 6, 7 and 10"),
    ],
)
def test_a_list_of_sections_renumbered_is_a_reference_in_the_notice(
    example_filing_toml: Path, old: str, new: str
) -> None:
    before = SENTENCE.format("withdraw", "expiration date", old)
    after = SENTENCE.format("withdraw", "expiration date", new)
    amendment = amended(plain_filing(example_filing_toml), WITHDRAW, [before], [after])
    [said] = [p.text for p in plain_paragraphs(amendment) if 0 in p.items]
    assert "figure" not in said, said
    assert f"now points to {new.removeprefix('see ')}, not {old.removeprefix('see ')}" in said
