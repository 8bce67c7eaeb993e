"""Words cited in a words item are unambiguous and whole: an anchor occurs once in the
sentence it is cited in, and an amount keeps its currency sign, percent sign or scale."""

from __future__ import annotations

import pytest

from amendtool.core.apply import TextDocument, apply_items
from amendtool.core.drafting import draft_items
from amendtool.core.items import ItemKind
from amendtool.core.locate import occurrences
from amendtool.core.wording import filing_text
from tests.support.builders import doc

HEADING = "7. Conditions of the Offer"
LEAD = "We will not accept any options tendered if any of the following events occurs."


def words_instruction(before: str, after: str) -> str:
    """What the filing says the words change is, for one sentence changed in a paragraph
    of several sentences (so the sentence, not the paragraph, is cited)."""
    original = doc([(HEADING, [f"{LEAD} {before}"])])
    revised = doc([(HEADING, [f"{LEAD} {after}"])])
    result = draft_items(original, revised)
    amended = apply_items(TextDocument.from_document(original), result.items)
    assert amended.comparable() == TextDocument.from_document(revised).comparable()
    assert [i.kind for i in result.items] == [ItemKind.REPLACE_WORDS]
    text = filing_text(result.items[0], "(a)(1)")
    return text.split("has been amended by ", 1)[1].split(", so that")[0]


def test_an_anchor_that_occurs_twice_is_widened_until_it_occurs_once() -> None:
    before = (
        "Any change occurs that is material to us or may impair the contemplated benefits "
        "of the offer to us."
    )
    after = before.replace("offer to us.", "offer to us (as described in Section 1).")
    assert words_instruction(before, after) == (
        'inserting the words "(as described in Section 1)" immediately after the words '
        '"the offer to us"'
    )


def test_words_replaced_are_quoted_so_they_occur_once() -> None:
    before = "The offer is subject to the terms of the plan and the terms of the agreement."
    after = before.replace("the terms of the agreement", "the conditions of the agreement")
    instruction = words_instruction(before, after)
    old = instruction.split('"')[1]
    assert before.count(old) == 1, instruction
    assert instruction == (
        'replacing the words "terms of the agreement" with the words "conditions of the agreement"'
    )


def test_words_deleted_that_occur_twice_are_cited_by_words_that_occur_once() -> None:
    before = "We may amend the offer and we may extend the offer at any time."
    after = "We may amend the offer and extend the offer at any time."
    instruction = words_instruction(before, after)
    anchor = instruction.split('"')[3]
    assert occurrences(anchor, before) == 1, instruction  # "we may" would also be "We may"
    assert instruction == 'deleting the words "we may" immediately after the word "and"'


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        (
            "The exercise price of each New Option will be $20.00 per share.",
            "The exercise price of each New Option will be $17.50 per share.",
            'replacing "$20.00" with "$17.50"',
        ),
        (
            "Options for 12.5% of the outstanding shares are eligible.",
            "Options for 15% of the outstanding shares are eligible.",
            'replacing "12.5%" with "15%"',
        ),
        (
            "We will pay up to $2.5 million in cash for the shares.",
            "We will pay up to $3 million in cash for the shares.",
            'replacing "$2.5 million" with "$3 million"',
        ),
        (
            "Holders of 10 percent of the shares may object.",
            "Holders of 25 percent of the shares may object.",
            'replacing "10 percent" with "25 percent"',
        ),
    ],
)
def test_amounts_are_quoted_with_their_sign_and_scale(
    before: str, after: str, expected: str
) -> None:
    assert words_instruction(before, after) == expected


def test_a_number_that_is_no_amount_is_still_cited_as_a_word() -> None:
    before = "Options granted under the 2018 Plan are eligible."
    after = "Options granted under the 2020 Plan are eligible."
    assert words_instruction(before, after) == 'replacing the word "2018" with the word "2020"'


def test_words_only_taken_out_are_cited_alone_even_when_many() -> None:
    before = (
        "We may terminate the offer if any of the following events has occurred, or has been "
        "determined by us to have occurred, and the occurrence makes it inadvisable to proceed."
    )
    after = before.replace(", or has been determined by us to have occurred", "")
    assert words_instruction(before, after) == (
        'deleting the words ", or has been determined by us to have occurred"'
    ) or words_instruction(before, after) == (
        'deleting the words "or has been determined by us to have occurred"'
    )


def test_a_long_insertion_restates_the_sentence() -> None:
    before = "We will accept all options properly tendered and not validly withdrawn."
    after = before.replace(
        "withdrawn.", "withdrawn before the expiration date, as it may be extended by us."
    )
    original = doc([(HEADING, [f"{LEAD} {before}"])])
    revised = doc([(HEADING, [f"{LEAD} {after}"])])
    assert [i.kind for i in draft_items(original, revised).items] == [ItemKind.REPLACE_SENTENCE]


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        (
            "You should consult your own tax advisor (see Section 14 for more).",
            "You should consult your own tax advisor (see Section 15 for more).",
            'replacing the words "Section 14" with the words "Section 15"',
        ),
        (
            "Payment is made at least 10 days after the expiration date.",
            "Payment is made at least five days after the expiration date.",
            'replacing the words "10 days" with the words "five days"',
        ),
        (
            "The offer stays open for at least 20 business days after it begins.",
            "The offer stays open for at least 25 business days after it begins.",
            'replacing the words "20 business days" with the words "25 business days"',
        ),
    ],
)
def test_a_number_is_quoted_with_what_it_counts_or_names(
    before: str, after: str, expected: str
) -> None:
    assert words_instruction(before, after) == expected


def test_words_added_begin_with_their_article_rather_than_end_with_it() -> None:
    before = "You will receive your new units on the grant date, as set out in Section 6."
    after = before.replace("on the grant date", "on the first business day after the grant date")
    assert words_instruction(before, after) == (
        'inserting the words "the first business day after" immediately after the word "on"'
    )


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        (
            "If you tender options to us, the offer to us is irrevocable after the expiration "
            "date.",
            "If you tender options to us, the offer to us and your election is irrevocable "
            "after the expiration date.",
            'inserting the words "and your election" immediately after the words "the offer to us"',
        ),
        (
            "You may tender your options on the website or you may tender your options by e-mail.",
            "You may tender your options on the website or you may tender options by e-mail.",
            'deleting the word "your" immediately after the words "or you may tender"',
        ),
        (
            "You may tender your options, and you may withdraw your options.",
            "You may tender your options, and you may withdraw your options at any time.",
            'inserting the words "at any time" immediately after the words "withdraw your options"',
        ),
    ],
)
def test_words_added_or_taken_out_beside_a_repeated_word_stay_an_insertion_or_a_deletion(
    before: str, after: str, expected: str
) -> None:
    assert words_instruction(before, after) == expected


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        (
            "You will receive one New RSU for every 2.5 eligible options you exchange.",
            "You will receive one New RSU for every 2.0 eligible options you exchange.",
            'replacing the words "2.5 eligible options" with the words "2.0 eligible options"',
        ),
        (
            "As of July 14, 2023, 1,840,000 Preferred Shares were held of record by 14 holders.",
            "As of July 14, 2023, 1,839,500 Preferred Shares were held of record by 14 holders.",
            'replacing the words "1,840,000 Preferred Shares" with the words "1,839,500 '
            'Preferred Shares"',
        ),
        (
            "This figure includes 210 employees of our German subsidiary.",
            "This figure includes 240 employees of our German subsidiary.",
            'replacing the words "210 employees" with the words "240 employees"',
        ),
        (
            "One New Option is granted for every 2 Eligible Options surrendered.",
            "One New Option is granted for every 1.5 Eligible Options surrendered.",
            'replacing the words "2 Eligible Options" with the words "1.5 Eligible Options"',
        ),
        (
            "The new options vest over 2.5 years from the grant date.",
            "The new options vest over 2.0 years from the grant date.",
            'replacing the words "2.5 years" with the words "2.0 years"',
        ),
    ],
)
def test_a_bare_number_is_quoted_with_what_it_counts(
    before: str, after: str, expected: str
) -> None:
    assert words_instruction(before, after) == expected


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        (
            "We will amend this offer as required by law, including Rule 13e-4(d)(2) under "
            "the Exchange Act.",
            "We will amend this offer as required by law, including Rule 13e-4(c)(3) under "
            "the Exchange Act.",
            'replacing the words "Rule 13e-4(d)(2)" with the words "Rule 13e-4(c)(3)"',
        ),
        (
            "Our reports include statements within the meaning of Section 27A of the "
            "Securities Act.",
            "Our reports include statements within the meaning of Section 27A(b) of the "
            "Securities Act.",
            'replacing the words "Section 27A" with the words "Section 27A(b)"',
        ),
        (
            "We rely on Rule 13e-4(h)(8)(ii) for the exemption.",
            "We rely on Rule 13e-4(h)(8)(i) for the exemption.",
            'replacing the words "Rule 13e-4(h)(8)(ii)" with the words "Rule 13e-4(h)(8)(i)"',
        ),
        (
            "The offer is made to our employee-holders only.",
            "The offer is made to our employee-optionholders only.",
            'replacing the word "employee-holders" with the word "employee-optionholders"',
        ),
    ],
)
def test_quoted_words_never_start_or_end_inside_a_reference_a_number_or_a_word(
    before: str, after: str, expected: str
) -> None:
    assert words_instruction(before, after) == expected


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Rule 13e-4(d)(2)", "Rule 13e-4(c)(3)"),
        ("Section 27A", "Section 27A(b)"),
        ("Section 21E(c)", "Section 21E"),
        ("Item 1004(a)(1)(xii)", "Item 1004(a)(1)(ix)"),
        ("$1,250,000", "$1,350,500"),
        ("non-employee", "non-executive"),
        ("re-priced", "repriced"),
    ],
)
def test_every_quotation_is_made_of_whole_words(old: str, new: str) -> None:
    before = f"The offer refers to {old} in this place, and to nothing else here."
    after = before.replace(old, new)
    instruction = words_instruction(before, after)
    quoted = instruction.split('"')[1::2]
    whole = {w.strip(",;:.").lstrip("$") for w in f"{before} {after}".split()}
    for words in quoted:
        assert words.split()[0].lstrip("$") in whole, instruction
        assert words.split()[-1].strip(",;:.").lstrip("$") in whole, instruction
