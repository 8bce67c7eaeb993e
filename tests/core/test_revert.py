"""One change taken out of a paragraph that other changes also touched: the others stay."""

from __future__ import annotations

from amendtool.core.apply_within import without_change

ROW = "Funds\tWe will need $45.0 million.\u2028We will fund it with cash."


def test_the_other_change_in_the_paragraph_is_kept() -> None:
    after_first = ROW.replace("$45.0", "$46.5")
    now = after_first + " We have no other financing."
    assert without_change(ROW, after_first, now) == ROW + " We have no other financing."
    assert without_change(after_first, now, now) == after_first


def test_a_change_that_was_changed_again_is_not_guessed() -> None:
    after_first = ROW.replace("$45.0", "$46.5")
    now = after_first.replace("$46.5", "$47.0")
    assert without_change(ROW, after_first, now) is None


def test_changes_either_side_of_a_word_are_told_apart() -> None:
    before = "We will accept the options before the date."
    after = "We will promptly accept the options before the date."
    now = "We will promptly accept the options before the expiration date."
    assert (
        without_change(before, after, now)
        == "We will accept the options before the expiration date."
    )
