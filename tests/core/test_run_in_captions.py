"""A paragraph that opens with a run-in caption ("Determination of Validity; … Defects.
We will determine …") has a caption no reader counts as a sentence: its sentences are
cited by their first words, and a change to the caption restates the paragraph."""

from __future__ import annotations

from amendtool.core.apply import TextDocument, apply_items
from amendtool.core.drafting import draft_items
from amendtool.core.items import AmendmentItem, ItemKind
from amendtool.core.locate import run_in_caption
from amendtool.core.wording import filing_text
from tests.support.builders import doc

HEADING = "4. Procedures for Tendering Options"
CAPTION = (
    "Determination of Validity; Rejection of Options; Waiver of Defects; No Obligation to "
    "Give Notice of Defects."
)
BODY = [
    "We will determine, in our discretion, all questions as to the number of shares subject "
    "to eligible options.",
    "Our determination of these matters will be final and binding on all parties.",
    "We may reject any or all tenders of options that we determine are not in appropriate form.",
    "We may waive any defect or irregularity in any tender with respect to any particular options.",
    "No tender of options will be deemed to have been properly made until all defects have "
    "been cured or waived.",
]
OPENING = "Upon the terms of the offer, you may tender your options at any time."


def draft(before: list[str], after: list[str]) -> list[AmendmentItem]:
    original, revised = doc([(HEADING, before)]), doc([(HEADING, after)])
    result = draft_items(original, revised)
    amended = apply_items(TextDocument.from_document(original), result.items)
    assert amended.comparable() == TextDocument.from_document(revised).comparable()
    return result.items


def test_run_in_captions_are_told_from_short_sentences() -> None:
    assert run_in_caption(" ".join([CAPTION, *BODY])) == CAPTION
    assert run_in_caption("Acceptance of Options. We will accept all options.") == (
        "Acceptance of Options."
    )
    assert run_in_caption("Options vest monthly. They expire in ten years.") is None
    assert run_in_caption("We may amend the offer. We may extend it.") is None
    assert run_in_caption("Conditions of the Offer.") is None  # nothing runs in after it


def test_a_sentence_after_a_caption_is_cited_by_its_first_words() -> None:
    paragraph = " ".join([CAPTION, *BODY])
    changed = paragraph.replace("We may reject any or all", "We may, in our discretion, reject any")
    items = draft([OPENING, paragraph], [OPENING, changed])
    assert len(items) == 1
    text = filing_text(items[0], "(a)(1)")
    assert text.startswith(
        'The sentence beginning "We may reject" in the last paragraph in "Section 4. '
        'Procedures for Tendering Options" on page 2'
    ), text
    assert "sixth" not in text and "fourth" not in text


def test_a_changed_last_sentence_after_a_caption_is_cited_by_its_first_words() -> None:
    paragraph = " ".join([CAPTION, *BODY])
    changed = paragraph.replace("cured or waived.", "cured or waived by us.")
    items = draft([paragraph], [changed])
    assert [i.kind for i in items] == [ItemKind.REPLACE_WORDS]
    assert filing_text(items[0], "(a)(1)").startswith(
        'The sentence beginning "No tender of options" in the paragraph in "Section 4. '
    )


def test_a_changed_caption_restates_the_paragraph() -> None:
    paragraph = " ".join([CAPTION, *BODY])
    changed = paragraph.replace("Waiver of Defects;", "Waiver of Defects and Irregularities;")
    items = draft([OPENING, paragraph], [OPENING, changed])
    assert [i.kind for i in items] == [ItemKind.REPLACE_PARAGRAPH]


def test_a_sentence_added_after_the_caption_restates_the_paragraph() -> None:
    paragraph = " ".join([CAPTION, *BODY])
    changed = paragraph.replace(CAPTION, CAPTION + " This section governs every tender.")
    items = draft([OPENING, paragraph], [OPENING, changed])
    assert [i.kind for i in items] == [ItemKind.REPLACE_PARAGRAPH]


def test_a_sentence_added_later_is_placed_after_a_sentence_named_by_its_first_words() -> None:
    paragraph = " ".join([CAPTION, *BODY])
    changed = paragraph.replace(
        "appropriate form.", "appropriate form. Any rejection will be explained in writing."
    )
    items = draft([OPENING, paragraph], [OPENING, changed])
    assert [i.kind for i in items] == [ItemKind.INSERT_SENTENCE]
    assert filing_text(items[0], "(a)(1)").startswith(
        "The following sentence has been inserted immediately after the sentence beginning "
        '"We may reject" in the last paragraph'
    )


def test_captions_in_sentence_case_and_with_title_case_pronouns_are_captions() -> None:
    tender = (
        "Proper tender of options. To validly tender your options, you must return the "
        "Election Form to us before the expiration date. If you tender options, the tender "
        "is irrevocable."
    )
    assert run_in_caption(tender) == "Proper tender of options."
    info = (
        "Where You Can Find More Information. We file annual reports with the SEC. You may "
        "read these reports at the SEC's public reference room. We also post them on our "
        "website."
    )
    assert run_in_caption(info) == "Where You Can Find More Information."
    assert run_in_caption("Federal income tax consequences. The exchange is not taxable.") == (
        "Federal income tax consequences."
    )
    # short sentences are still sentences
    assert run_in_caption("The offer is voluntary. You may decline it.") is None
    assert run_in_caption("Our board approved the offer. It did so unanimously.") is None
    assert run_in_caption("You Can Decline. Nothing changes.") is None


def test_a_sentence_after_a_sentence_case_caption_is_not_counted_with_it() -> None:
    paragraph = (
        "Proper tender of options. To validly tender your options, you must return the "
        "Election Form to us before the expiration date. If you tender options, the tender "
        "is irrevocable."
    )
    changed = paragraph.replace("to us before", "to us by e-mail before")
    items = draft([OPENING, paragraph], [OPENING, changed])
    assert [i.kind for i in items] == [ItemKind.REPLACE_WORDS]
    text = filing_text(items[0], "(a)(1)")
    assert text.startswith('The sentence beginning "To validly tender" in the last paragraph'), text
    assert "second sentence" not in text


def test_a_sentence_after_a_title_case_caption_with_an_acronym_is_one_sentence() -> None:
    paragraph = (
        "Where You Can Find More Information. We file annual reports with the SEC. You may "
        "read these reports at the SEC's public reference room. We also post them on our "
        "website."
    )
    changed = paragraph.replace("at the SEC's public reference room", "on the SEC's website")
    items = draft([OPENING, paragraph], [OPENING, changed])
    assert [i.kind for i in items] == [ItemKind.REPLACE_SENTENCE]
    assert items[0].old_text == ("You may read these reports at the SEC's public reference room.")
    text = filing_text(items[0], "(a)(1)")
    assert text.startswith('The sentence beginning "You may read" in the last paragraph'), text


def test_a_first_sentence_with_a_verb_is_no_caption() -> None:
    """A short sentence whose verb follows its subject ("Options expire …", "Vesting
    continues …") is a sentence, whatever its capitals."""
    for sentence in (
        "Options expire ten years after grant.",
        "New options vest over four years.",
        "Eligible employees receive cash.",
        "RSUs settle in shares of common stock.",
        "Vesting continues after the exchange.",
        "Unvested awards lapse on termination.",
    ):
        assert run_in_caption(f"{sentence} The plan administrator may shorten that term.") is (
            None
        ), sentence
    # captions in sentence case keep reading as captions
    for caption in (
        "Tax consequences of the exchange.",
        "Vesting of new options.",
        "Options expiring during the offer period.",
        "Withdrawal rights.",
        "Expiration of the offer.",
    ):
        assert run_in_caption(f"{caption} We describe them below.") == caption


def test_a_sentence_after_a_first_sentence_with_a_verb_is_cited_by_its_number() -> None:
    paragraph = (
        "Options expire ten years after grant. The plan administrator may shorten that term "
        "for an option granted outside the United States. An option that expires unexercised "
        "is cancelled."
    )
    changed = paragraph.replace("is cancelled", "is cancelled without payment")
    items = draft([OPENING, paragraph], [OPENING, changed])
    assert [i.kind for i in items] == [ItemKind.REPLACE_WORDS]
    assert items[0].locator.sentence_opening is None
    assert filing_text(items[0], "(a)(1)").startswith(
        'The last sentence of the last paragraph in "Section 4. Procedures for Tendering Options"'
    )


def test_a_question_run_into_its_answer_is_no_sentence_of_it() -> None:
    """ "1. WHO IS ELIGIBLE? Employees … are eligible. (Section I)": the question is the
    answer's caption, so the sentence after it is the first a reader counts."""
    question = "1. WHO IS ELIGIBLE?"
    assert run_in_caption(f"{question} Employees are eligible. Directors are not.") == question
    assert run_in_caption("Why? Because we said so. It is final.") is None  # a short sentence
    answer = [
        "2. WHAT IS THE OFFER?",
        "We are offering to exchange options.",
        "Employees of Fenwick Lake Software Corp. who hold options are eligible.",
    ]
    before = [f"{question} {' '.join(answer[1:])}", "We will pay the fees."]
    after = [before[0].replace("who hold options", "who hold eligible options"), before[1]]
    items = draft(before, after)
    assert len(items) == 1
    text = filing_text(items[0], "(a)(1)")
    assert "third sentence" not in text and "second sentence" not in text, text
