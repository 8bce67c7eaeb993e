"""A sentence moved, word for word, from one paragraph or section to another is two items
(one takes it out, the other puts it in). The plain notice told the halves from the kinds'
words ("We added to the last paragraph. The new words begin …", "We took out a sentence
…", "We rewrote the first paragraph …"): employees read that the words changed. Each half
says the sentence moved, from here or to here, and that its words did not change; a
sentence moved and changed is told as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.checks import ERROR, run_checks
from amendtool.core.items import Materiality
from tests.support.plain import plain_filing
from tests.support.word_offers import Section, word_offer

CONFIRM = "We will send you a written confirmation of your election within two business days."
CALL = "If you do not receive a confirmation, please call the stock plan administrator."
ELECT = (
    "To elect, complete the Election Form and deliver it to us by e-mail before the offer expires."
)
STAY = "If you do not deliver an Election Form, your options stay as they are."
WITHDRAW = "You may withdraw your election at any time before the offer expires."
FORM = "To withdraw, deliver a Withdrawal Form to us by e-mail before the offer expires."
ELIGIBLE = Section(
    "1. Eligibility",
    ["Options granted under our 2015 Plan with an exercise price of $20.00 or more are eligible."],
)


def _offer(elect: list[str], withdraw: list[str]) -> list[Section]:
    return [
        ELIGIBLE,
        Section("4. Procedures for Electing", elect),
        Section("5. Withdrawal Rights", withdraw),
    ]


def _questions(first: str, second: str) -> list[Section]:
    """A summary term sheet of questions and answers before the sections."""
    asked = ["Q1. How do I elect?", first, "Q2. Can I withdraw my election?", second]
    return [Section("Summary Term Sheet", asked), *_offer([ELECT, STAY], [FORM])]


MOVES = {
    # a sentence from the end of one section's paragraph to the end of another's
    "to another section": (
        _offer([f"{ELECT} {CONFIRM}", STAY], [WITHDRAW, FORM]),
        _offer([ELECT, STAY], [WITHDRAW, f"{FORM} {CONFIRM}"]),
    ),
    # within a section, to the start of another paragraph
    "to another paragraph": (
        _offer([f"{ELECT} {CONFIRM}", STAY], [WITHDRAW, FORM]),
        _offer([ELECT, f"{CONFIRM} {STAY}"], [WITHDRAW, FORM]),
    ),
    # from the middle of a paragraph to the start of another section's
    "from the middle": (
        _offer([f"{ELECT} {CONFIRM} {CALL}", STAY], [WITHDRAW, FORM]),
        _offer([f"{ELECT} {CALL}", STAY], [f"{CONFIRM} {WITHDRAW}", FORM]),
    ),
    # two sentences together: the paragraph they leave is "rewritten" by its item
    "two sentences": (
        _offer([f"{ELECT} {CONFIRM} {CALL}", STAY], [WITHDRAW, FORM]),
        _offer([ELECT, STAY], [WITHDRAW, f"{FORM} {CONFIRM} {CALL}"]),
    ),
    # a paragraph of one sentence run into another section's paragraph
    "a paragraph run into another": (
        _offer([ELECT, CONFIRM, STAY], [WITHDRAW, FORM]),
        _offer([ELECT, STAY], [f"{WITHDRAW} {CONFIRM}", FORM]),
    ),
    # a sentence, or two, out of a paragraph into a paragraph of its own in another section
    "into a paragraph of its own": (
        _offer([f"{ELECT} {CONFIRM}", STAY], [WITHDRAW, FORM]),
        _offer([ELECT, STAY], [WITHDRAW, CONFIRM, FORM]),
    ),
    "two into a paragraph of their own": (
        _offer([f"{ELECT} {CONFIRM} {CALL}", STAY], [WITHDRAW, FORM]),
        _offer([ELECT, STAY], [WITHDRAW, f"{CONFIRM} {CALL}", FORM]),
    ),
    # from one answer of the summary to another's
    "between two answers": (
        _questions(f"{ELECT} {CONFIRM}", WITHDRAW),
        _questions(ELECT, f"{WITHDRAW} {CONFIRM}"),
    ),
}


def _drafted(tmp_path: Path, old: list[Section], new: list[Section]) -> Amendment:
    filing = plain_filing(
        Path(__file__).parents[2] / "resources" / "samples" / "filing.toml",
        consideration="New RSUs",
        tendered="Eligible Options",
    )
    original = word_offer(tmp_path / "original.docx", old)
    revised = word_offer(tmp_path / "revised.docx", new)
    return draft_amendment(original, revised, filing)


_FALSE = ("added", "took out", "rewrote", "new words", "changed")


@pytest.mark.parametrize("case", list(MOVES))
def test_each_half_of_a_sentence_moved_word_for_word_says_it_moved(
    tmp_path: Path, case: str
) -> None:
    amendment = _drafted(tmp_path, *MOVES[case])
    items = amendment.change_items
    assert len(items) == 2, [(i.kind, i.old_text, i.new_text) for i in items]
    said = [amendment.plain_summary(i) for i in items]
    for item, summary in zip(items, said, strict=True):
        assert item.materiality is Materiality.CLARIFYING, item.materiality_reason
        text = summary.text
        assert not any(word in text for word in _FALSE), (case, item.kind, text)
        assert "moved" in text and "did not change" in text, (case, item.kind, text)
        assert "We will send you a written confirmation" in text, text
        assert summary.complete and not summary.placeholders, text
    # one half says where it went from, the other where it came to
    assert any("from here" in s.text or "from the" in s.text for s in said), said
    assert any("here from" in s.text or "into the" in s.text for s in said), said
    moved_said = [f for f in run_checks(amendment) if f.code == "plain_sentence_moved"]
    assert not moved_said, moved_said  # the tool's own words pass its check
    if case.startswith("two"):
        assert all("2 sentences" in s.text or "two sentences" in s.text for s in said), said


def test_a_sentence_moved_and_changed_is_not_said_to_have_only_moved(tmp_path: Path) -> None:
    changed = CONFIRM.replace("two", "three")
    amendment = _drafted(
        tmp_path,
        _offer([f"{ELECT} {CONFIRM}", STAY], [WITHDRAW, FORM]),
        _offer([ELECT, STAY], [WITHDRAW, f"{FORM} {changed}"]),
    )
    for item in amendment.change_items:
        summary = amendment.plain_summary(item)
        assert "moved" not in summary.text and "did not change" not in summary.text, summary.text
        assert summary.placeholders, summary.text  # what it means is counsel's to say


def test_the_filings_instructions_still_take_out_and_put_in(tmp_path: Path) -> None:
    from amendtool.core.wording import filing_text

    amendment = _drafted(tmp_path, *MOVES["to another section"])
    said = " ".join(filing_text(i, "") for i in amendment.change_items).lower()
    assert "deleted" in said and "added" in said, said


def _errors(amendment: Amendment, index: int, paragraph: str) -> list[str]:
    amendment.change_items[index].set_plain_summary(paragraph)
    return [f.message for f in run_checks(amendment) if f.item == index and f.severity == ERROR]


@pytest.mark.parametrize("half", [0, 1])
def test_counsels_paragraph_calling_a_moved_sentence_added_or_taken_out_is_an_error(
    tmp_path: Path, half: int
) -> None:
    wrong = [
        "We took out the sentence on confirming your election.",
        "We added a sentence saying we will confirm your election within two business days.",
    ]
    right = [
        "The sentence on confirming your election moved to Section 5. Its words did not change.",
        "The sentence on confirming your election moved here from Section 4. It was not added.",
    ]
    amendment = _drafted(tmp_path, *MOVES["to another section"])
    errors = _errors(amendment, half, wrong[half])
    assert any("moved" in e and "sentence" in e for e in errors), errors
    amendment = _drafted(tmp_path, *MOVES["to another section"])
    errors = _errors(amendment, half, right[half])
    assert not any("moved" in e for e in errors), errors


def test_a_sentence_moved_in_beside_a_new_one_is_told_moved_and_the_new_one_added(
    tmp_path: Path,
) -> None:
    new = "You may also withdraw your election through the equity portal."
    amendment = _drafted(
        tmp_path,
        _offer([f"{ELECT} {CONFIRM}", STAY], [WITHDRAW, FORM]),
        _offer([ELECT, STAY], [WITHDRAW, f"{FORM} {CONFIRM} {new}"]),
    )
    putting = next(i for i in amendment.change_items if CONFIRM in i.new_text)
    assert new in putting.new_text, [(i.kind, i.new_text) for i in amendment.change_items]
    summary = amendment.plain_summary(putting)
    text = summary.text
    moved = "We moved a sentence into the last paragraph from another place in the offer."
    assert f'{moved} It begins "We will send you a written confirmation' in text, text
    assert 'The new words begin "You may also withdraw' in text, text  # the new one, as before
    assert 'new words begin "We will send' not in text, text
    assert summary.placeholders, text  # what the new sentence means is counsel's to say
