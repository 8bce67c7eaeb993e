"""What a change only breaks is no change of terms: a number word mistyped ("three" →
"thre") is a misspelling to correct, never proposed material as if the period changed; and
a paragraph deleted is proposed as a deletion, never as "restating" what it took out."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.items import ItemKind, Materiality
from amendtool.core.spelling import Speller, spelling_findings
from tests.support.materiality import drafted

CONFIRM = "We will confirm receipt of your election form within three business days."
PRICE = 'Our common stock trades on the Nasdaq Global Market under the symbol "HMSI".'


@pytest.mark.parametrize(
    ("old", "new", "broken"),
    [
        (CONFIRM, CONFIRM.replace("three", "thre"), "“three” as “thre”"),
        (CONFIRM, CONFIRM.replace("business", "busines"), "“business” as “busines”"),
        (CONFIRM, CONFIRM.replace("within", "withn"), "“within” as “withn”"),
        (
            "The new options will vest over twelve months.",
            "The new options will vest over twelv months.",
            "“twelve” as “twelv”",
        ),
    ],
)
def test_a_word_only_misspelled_is_no_change_of_terms(old: str, new: str, broken: str) -> None:
    [item] = drafted("2. Procedures", [old], [new])
    assert item.materiality is Materiality.CLARIFYING, item.materiality_reason
    assert broken in item.materiality_reason, item.materiality_reason
    assert "misspel" in item.materiality_reason


def test_the_misspelling_is_warned_with_the_word_it_replaced(tmp_path: Path) -> None:
    [item] = drafted("2. Procedures", [CONFIRM], [CONFIRM.replace("three", "thre")])
    [finding] = spelling_findings([item], Speller(tmp_path / "firm-words.txt"))
    assert "\u201cthre\u201d" in finding.message
    assert "did you mean \u201cthree\u201d" in finding.message, finding.message


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (CONFIRM, CONFIRM.replace("three", "two")),  # a real change of the period
        (CONFIRM, CONFIRM.replace("three", "thirty")),
        (CONFIRM, CONFIRM.replace("three business days", "thre business days or less")),
    ],
)
def test_a_real_word_or_more_than_a_typo_is_still_weighed(old: str, new: str) -> None:
    [item] = drafted("2. Procedures", [old], [new])
    assert item.materiality is not Materiality.CLARIFYING, item.materiality_reason
    assert "misspel" not in item.materiality_reason


def test_a_deleted_market_price_paragraph_is_a_deletion_not_a_restatement() -> None:
    items = drafted("5. Price Range of Common Stock", [PRICE], [])
    [item] = items
    assert item.kind is ItemKind.DELETE_PARAGRAPH
    assert not item.materiality_reason.startswith("Restates"), item.materiality_reason
    assert "deletes" in item.materiality_reason or "takes out" in item.materiality_reason
