"""Each kind of change becomes the item counsel would write, with the right locator and page."""

from __future__ import annotations

from amendtool.core.apply import TextDocument, apply_items
from amendtool.core.drafting import DraftOptions, draft_items
from amendtool.core.items import ItemKind
from amendtool.core.wording import filing_text, notice_text
from tests.support.builders import Spec, doc, edited

S1 = "The offer is open to all employees. It expires on April 23. You may withdraw at any time."
S2 = "We will pay no fees. Brokers are not engaged. The company bears the costs of the offer."
S3 = "Options are cancelled on acceptance. New options are granted later. Vesting carries over."
BASE: Spec = [
    ("", ["Halvorsen Networks offers to exchange options for new options under the 2018 Plan."]),
    ("SUMMARY TERM SHEET", ["What is the offer?", S1]),
    ("1. Number of Options; Expiration Date", [S1, S2, S3]),
    ("7. Conditions of the Offer", [S2, S3, S1]),
    ("15. Fees and Expenses", [S2]),
]


def draft(new: Spec, options: DraftOptions | None = None):  # type: ignore[no-untyped-def]
    original, revised = doc(BASE), doc(new)
    result = draft_items(original, revised, options)
    amended = apply_items(TextDocument.from_document(original), result.items)
    assert amended.comparable() == TextDocument.from_document(revised).comparable()
    return result.items


def test_identical_documents_give_no_items() -> None:
    assert draft(BASE) == []


def test_last_paragraph_replaced_in_its_entirety() -> None:
    new_text = "The conditions are for our benefit. We may waive them. Any waiver is final."
    items = draft(edited(BASE, 3, [S2, S3, new_text]))
    assert [i.kind for i in items] == [ItemKind.REPLACE_PARAGRAPH]
    assert filing_text(items[0], "(a)(1)") == (
        'The last paragraph in "Section 7. Conditions of the Offer" on page 9 of Exhibit (a)(1) '
        "to the Tender Offer Statement has been deleted in its entirety and has been replaced "
        "with the following:"
    )
    assert items[0].new_text == new_text


def test_first_paragraph_one_sentence_replaced() -> None:
    changed = S1.replace(
        "The offer is open to all employees.",
        "Only employees resident in the United States may take part.",
    )
    items = draft(edited(BASE, 2, [changed, S2, S3]))
    assert [i.kind for i in items] == [ItemKind.REPLACE_SENTENCE]
    assert notice_text(items[0]).startswith(
        'The first sentence of the first paragraph in "Section 1. Number of Options; '
        'Expiration Date" on page 4 has been deleted in its entirety'
    )
    assert items[0].old_text == "The offer is open to all employees."


def test_a_few_words_become_a_words_item_with_the_whole_sentence_quoted() -> None:
    changed = S2.replace("The company bears", "Halvorsen bears")
    items = draft(edited(BASE, 2, [S1, changed, S3]))
    assert [i.kind for i in items] == [ItemKind.REPLACE_WORDS]
    item = items[0]
    assert (item.old_words, item.new_words) == ("The company", "Halvorsen")
    assert item.new_text == "Halvorsen bears the costs of the offer."
    assert filing_text(item, "(a)(1)").startswith("The last sentence of the second paragraph")


def words_wording(old_sentence: str, new_sentence: str) -> str:
    """The part of the filing instruction after "has been amended by"."""
    items = draft(edited(BASE, 2, [S1, S2.replace(old_sentence, new_sentence), S3]))
    assert [i.kind for i in items] == [ItemKind.REPLACE_WORDS]
    text = filing_text(items[0], "(a)(1)")
    return text.split("has been amended by ", 1)[1].split(", so that")[0]


def test_one_word_for_another_is_cited_in_the_singular() -> None:
    wording = words_wording("Brokers are not engaged.", "Agents are not engaged.")
    assert wording == 'replacing the word "Brokers" with the word "Agents"'


def test_added_words_are_inserted_after_the_words_they_follow() -> None:
    wording = words_wording("We will pay no fees.", "We will pay no fees or commissions.")
    assert wording == 'inserting the words "or commissions" immediately after the word "fees"'


def test_added_words_at_the_start_of_a_sentence_are_inserted_before() -> None:
    wording = words_wording("Brokers are not engaged.", "Outside brokers are not engaged.")
    # a changed capital letter is a replacement, not an insertion
    assert wording == 'replacing the word "Brokers" with the words "Outside brokers"'
    wording = words_wording("Brokers are not engaged.", "Dealers or Brokers are not engaged.")
    assert wording == 'inserting the words "Dealers or" immediately before the word "Brokers"'


def test_removed_words_are_deleted_by_name() -> None:
    wording = words_wording(
        "The company bears the costs of the offer.", "The company bears the costs."
    )
    assert wording == 'deleting the words "of the offer"'


def test_words_cited_occur_once_in_the_sentence() -> None:
    wording = words_wording(
        "The company bears the costs of the offer.",
        "The company bears the costs of the offer in full.",
    )
    # "offer." is the anchor; as "offer" occurs once it may be cited; "the" would not
    assert wording == 'inserting the words "in full" immediately after the word "offer"'
    wording = words_wording(
        "The company bears the costs of the offer.",
        "The company bears the costs of the the offer.",
    )
    # "the" occurs three times: the words added are placed by a word that occurs once
    assert wording == 'inserting the word "the" immediately after the word "of"'


def test_words_changed_in_a_one_sentence_paragraph_cite_the_paragraph() -> None:
    one = "We will exchange options for new options under the 2018 Plan."
    original_spec = edited(BASE, 4, [one])
    revised_spec = edited(BASE, 4, [one.replace("2018 Plan", "2020 Plan")])
    result = draft_items(doc(original_spec), doc(revised_spec))
    assert [i.kind for i in result.items] == [ItemKind.REPLACE_WORDS]
    rewritten = draft_items(doc(original_spec), doc(edited(BASE, 4, ["Nothing is exchanged."])))
    assert [i.kind for i in rewritten.items] == [ItemKind.REPLACE_PARAGRAPH]
    assert filing_text(result.items[0], "(a)(1)") == (
        'The paragraph in "Section 15. Fees and Expenses" on page 10 of Exhibit (a)(1) to the '
        'Tender Offer Statement has been amended by replacing the word "2018" with the word '
        '"2020", so that the paragraph reads in its entirety as follows:'
    )


def test_a_sentence_added_to_a_one_sentence_paragraph_is_added_at_its_end() -> None:
    one = ["What is the offer?", "It is open to every employee."]
    result = draft_items(
        doc(edited(BASE, 1, one)),
        doc(edited(BASE, 1, [one[0], one[1] + " Directors may not take part."])),
    )
    assert [i.kind for i in result.items] == [ItemKind.INSERT_SENTENCE]
    assert notice_text(result.items[0]) == (
        'The following sentence has been added at the end of the last paragraph in "Summary '
        'Term Sheet" on page 3:'
    )


def test_dates_and_times_are_cited_whole() -> None:
    def wording(before: str, after: str) -> str:
        result = draft_items(doc(edited(BASE, 4, [before])), doc(edited(BASE, 4, [after])))
        assert [i.kind for i in result.items] == [ItemKind.REPLACE_WORDS]
        return filing_text(result.items[0], "(a)(1)").split("amended by ")[1].split(", so")[0]

    before = "The offer ends at 5:00 p.m. on April 23, 2026, unless extended."
    assert wording(before, before.replace("23", "30")) == (
        'replacing the words "April 23, 2026" with the words "April 30, 2026"'
    )
    assert wording(before, before.replace("5:00", "11:59")) == (
        'replacing the words "5:00 p.m." with the words "11:59 p.m."'
    )


def test_word_threshold_is_configurable() -> None:
    changed = S2.replace("The company bears", "Halvorsen bears")
    items = draft(edited(BASE, 2, [S1, changed, S3]), DraftOptions(max_changed_words=1))
    assert [i.kind for i in items] == [ItemKind.REPLACE_SENTENCE]


def test_new_sentence_at_the_end_of_a_paragraph() -> None:
    items = draft(edited(BASE, 2, [S1, S2 + " Counsel fees are paid by us.", S3]))
    assert [i.kind for i in items] == [ItemKind.INSERT_SENTENCE]
    assert filing_text(items[0], "(a)(1)").startswith(
        'The following sentence has been added at the end of the second paragraph in "Section 1.'
    )


def test_deleted_sentence() -> None:
    items = draft(
        edited(BASE, 2, [S1, "We will pay no fees. The company bears the costs of the offer.", S3])
    )
    assert [i.kind for i in items] == [ItemKind.DELETE_SENTENCE]
    assert items[0].old_text == "Brokers are not engaged."
    assert notice_text(items[0]).startswith("The second sentence of the second paragraph")


def test_two_changed_sentences_replace_the_paragraph() -> None:
    changed = "The offer is open to officers. It expires on April 23. You may not withdraw."
    items = draft(edited(BASE, 2, [changed, S2, S3]))
    assert [i.kind for i in items] == [ItemKind.REPLACE_PARAGRAPH]


def test_two_edits_in_two_paragraphs_are_two_items_in_document_order() -> None:
    first = S1.replace("April 23", "April 30")
    third = S3.replace("Vesting carries over.", "Vesting restarts.")
    items = draft(edited(BASE, 2, [first, S2, third]))
    assert [i.locator.paragraph for i in items] == [1, 3]


def test_deleted_paragraph_and_the_next_item_counts_after_it() -> None:
    items = draft(edited(BASE, 2, [S2, S3.replace("later", "in October")]))
    assert items[0].kind is ItemKind.DELETE_PARAGRAPH
    assert notice_text(items[0]) == (
        'The first paragraph in "Section 1. Number of Options; Expiration Date" on page 4 has '
        "been deleted in its entirety."
    )
    # after the deletion the third paragraph is the second, and the last
    assert items[1].locator.paragraph == 2
    assert "the last paragraph" in notice_text(items[1])


def test_inserted_paragraph_after_its_predecessor_and_before_the_first() -> None:
    new = "This paragraph is new and explains the safe harbor for forward-looking statements."
    after = draft(edited(BASE, 3, [S2, new, S3, S1]))
    assert [i.kind for i in after] == [ItemKind.INSERT_PARAGRAPH]
    assert notice_text(after[0]) == (
        "The following paragraph has been inserted immediately after the first paragraph in "
        '"Section 7. Conditions of the Offer" on page 7:'
    )
    before = draft(edited(BASE, 3, [new, S2, S3, S1]))
    assert "immediately before the first paragraph" in notice_text(before[0])


def test_consecutive_new_paragraphs_are_one_item() -> None:
    a = "A first new paragraph about the conditions of the offer and their waiver."
    b = "A second new paragraph about the timing of any assertion of those conditions."
    items = draft(edited(BASE, 3, [S2, S3, S1, a, b]))
    assert [i.kind for i in items] == [ItemKind.INSERT_PARAGRAPH]
    assert items[0].new_paragraphs == [a, b]
    assert notice_text(items[0]).startswith("The following paragraphs have been inserted")


def test_a_sections_only_paragraph() -> None:
    new = "We will not pay any fees or commissions to any broker or dealer for this offer."
    items = draft(edited(BASE, 4, [new]))
    assert notice_text(items[0]).startswith(
        'The paragraph in "Section 15. Fees and Expenses" on page 10 has been deleted'
    )


def test_moved_paragraph() -> None:
    items = draft(edited(edited(BASE, 2, [S2, S3]), 3, [S2, S3, S1, S1]))
    assert [i.kind for i in items] == [ItemKind.MOVE_PARAGRAPH]
    text = filing_text(items[0], "(a)(1)")
    assert text.startswith(
        'The first paragraph in "Section 1. Number of Options; Expiration '
        'Date" on page 4 of Exhibit (a)(1)'
    )
    assert 'now immediately follows the last paragraph in "Section 7.' in text


def test_whole_new_section_and_deleted_section() -> None:
    new_section = ("16. Additional Information", ["We have filed a Schedule TO with the SEC."])
    added = draft([*BASE, new_section])
    assert [i.kind for i in added] == [ItemKind.ADD_SECTION]
    assert filing_text(added[0], "(a)(1)") == (
        'The following section has been inserted immediately after "Section 15. Fees and '
        'Expenses" (which ends on page 10) of Exhibit (a)(1) to the Tender Offer Statement:'
    )
    removed = draft(BASE[:4])
    assert [i.kind for i in removed] == [ItemKind.DELETE_SECTION]
    assert notice_text(removed[0]) == (
        '"Section 15. Fees and Expenses" beginning on page 10 has been deleted in its entirety.'
    )


def test_retitled_section() -> None:
    items = draft(edited(BASE, 4, heading="15. Fees, Expenses and Commissions"))
    assert [i.kind for i in items] == [ItemKind.RETITLE_SECTION]
    assert items[0].new_text == "15. Fees, Expenses and Commissions"


def test_mostly_rewritten_section_is_restated() -> None:
    rewritten = [
        "Conditions apply only before expiry of the offer period in all cases.",
        "Governmental approvals may be asserted at any later time by the company.",
        "All determinations are final and binding upon every holder of options.",
    ]
    items = draft(edited(BASE, 3, rewritten))
    assert [i.kind for i in items] == [ItemKind.REPLACE_SECTION]
    assert notice_text(items[0]).endswith(
        "has been amended and restated in its entirety to read as follows:"
    )


def test_change_inside_the_summary_term_sheet() -> None:
    items = draft(edited(BASE, 1, ["What is the offer?", S1.replace("April 23", "April 30")]))
    assert items[0].locator.section_name == "Summary Term Sheet"
    assert '"Summary Term Sheet"' in notice_text(items[0])


def test_cover_page_change_is_cited_as_the_cover_page() -> None:
    items = draft(
        edited(
            BASE,
            0,
            [
                "Halvorsen Networks offers to exchange eligible options for "
                "new options under the 2018 Plan."
            ],
        )
    )
    assert "on the cover page" in notice_text(items[0])


def test_typographic_only_changes_are_reported_not_amended() -> None:
    original = doc([("1. Terms", ['We call it the "Offer."  It is voluntary.'])])
    revised = doc([("1. Terms", ["We call it the “Offer.” It is voluntary."])])
    result = draft_items(original, revised)
    assert result.items == []
    assert any("quotation marks or spacing" in note for note in result.notes)


def test_words_change_that_adds_punctuation_quotes_from_the_word_before() -> None:
    changed = S2.replace(
        "The company bears the costs", "The company, not the holders, bears the costs"
    )
    items = draft(edited(BASE, 2, [S1, changed, S3]))
    assert (items[0].old_words, items[0].new_words) == ("company", "company, not the holders,")


def test_summary_term_sheet_answers_are_cited_by_their_question() -> None:
    qa: Spec = [
        (
            "SUMMARY TERM SHEET",
            [
                "Q1. What is the offer?",
                S1,
                "Q2. Why are we making the offer?",
                S2,
                S3,
            ],
        ),
        ("1. Number of Options", [S1]),
    ]
    original = doc(qa)
    changed = [(h, list(p)) for h, p in qa]
    changed[0][1][4] = S3.replace("Vesting carries over.", "Vesting restarts on the grant date.")
    changed[0][1].insert(2, "A new paragraph answering the first question about the offer.")
    result = draft_items(original, doc(changed))
    texts = [notice_text(item) for item in result.items]
    assert texts[0] == (
        "The following paragraph has been inserted immediately after the answer to the "
        'question "Q1. What is the offer?" in "Summary Term Sheet" on page 2:'
    )
    assert texts[1].startswith(
        'The last sentence of the last paragraph of the answer to the question "Q2. Why are '
        'we making the offer?" in "Summary Term Sheet" on page 5'
    )


def test_words_changed_in_a_one_sentence_answer_read_as_the_answer() -> None:
    qa: Spec = [
        (
            "SUMMARY TERM SHEET",
            ["Q1. What is the offer?", "It is open to every employee.", "Q2. Why?", S2],
        ),
        ("1. Number of Options", [S1]),
    ]
    changed = [(h, list(p)) for h, p in qa]
    changed[0][1][1] = "It is open to every employee in the United States."
    result = draft_items(doc(qa), doc(changed))
    assert notice_text(result.items[0]) == (
        'The answer to the question "Q1. What is the offer?" in "Summary Term Sheet" on page 2 has '
        'been amended by inserting the words "in the United States" immediately after the word '
        '"employee", so that the answer reads in its entirety as follows:'
    )


def test_a_section_added_in_the_middle_renumbers_the_rest_in_one_item() -> None:
    spec: Spec = [
        ("THE OFFER", ["Read this offer with care."]),
        ("1. Eligibility", [S1]),
        ("2. Withdrawal Rights", [S2]),
        ("3. Conditions of the Offer", [S3]),
        ("4. Miscellaneous", [S1]),
    ]
    revised: Spec = [
        spec[0],
        spec[1],
        ("2. Acceptance of Options", ["We accept every option properly tendered."]),
        ("3. Withdrawal Rights", [S2]),
        ("4. Conditions of the Offer", [S3.replace("later", "on the expiration date")]),
        ("5. Miscellaneous", [S1]),
    ]
    original = doc(spec)
    result = draft_items(original, doc(revised))
    kinds = [i.kind for i in result.items]
    assert kinds == [ItemKind.ADD_SECTION, ItemKind.RENUMBER_SECTIONS, ItemKind.REPLACE_WORDS]
    renumber = result.items[1]
    assert filing_text(renumber, "(a)(1)") == (
        '"Section 2. Withdrawal Rights" through "Section 4. Miscellaneous" beginning on page 3 '
        "of Exhibit (a)(1) to the Tender Offer Statement have been renumbered as Sections 3 "
        "through 5, respectively."
    )
    # later items cite the sections as the original names them, as the reader finds them
    assert result.items[2].locator.section_name == "Section 3. Conditions of the Offer"
    amended = apply_items(TextDocument.from_document(original), result.items)
    assert amended.comparable() == TextDocument.from_document(doc(revised)).comparable()


def test_one_renumbered_section_is_cited_alone() -> None:
    spec: Spec = [("1. Eligibility", [S1]), ("2. Withdrawal Rights", [S2])]
    revised: Spec = [("1. Eligibility", [S1]), ("3. Withdrawal Rights", [S2])]
    result = draft_items(doc(spec), doc(revised))
    assert [i.kind for i in result.items] == [ItemKind.RENUMBER_SECTIONS]
    assert notice_text(result.items[0]) == (
        '"Section 2. Withdrawal Rights" on page 2 has been renumbered as Section 3.'
    )


def test_headings_differing_only_in_capitals_or_a_final_stop_are_noted_not_amended() -> None:
    original = doc(BASE)
    restyled = [(h.upper() + "." if h[:1].isdigit() else h, p) for h, p in BASE]
    result = draft_items(original, doc(restyled))
    assert result.items == []
    assert result.notes == [
        "3 heading(s) differ only in capitals or a final stop "
        "(Section 1. Number of Options; Expiration Date, …); not amended"
    ]


PRICES: Spec = [
    (
        "6. Price Range of Common Stock",
        [
            "Our common stock is quoted on the Nasdaq Global Market.",
            "Quarter ended\tHigh\tLow",
            "March 31, 2025\t$9.95\t$6.10",
            "June 30, 2025\t$8.40\t$5.25",
            "We recommend that you obtain current market quotations.",
            "We have never paid dividends.",
        ],
    ),
    ("7. Conditions of the Offer", [S1]),
]


def test_a_changed_row_and_a_row_added_are_cited_by_row_and_rows_are_not_paragraphs() -> None:
    revised = edited(
        PRICES,
        0,
        [
            PRICES[0][1][0],
            "Quarter ended\tHigh\tLow",
            "March 31, 2025\t$9.95\t$6.10",
            "June 30, 2025\t$8.45\t$5.25",
            "September 30, 2025\t$7.15\t$4.80",
            PRICES[0][1][4],
            "We have never paid dividends and do not plan to.",
        ],
    )
    original = doc(PRICES)
    result = draft_items(original, doc(revised))
    assert [i.kind for i in result.items] == [
        ItemKind.REPLACE_ROW,
        ItemKind.INSERT_ROW,
        ItemKind.REPLACE_WORDS,
    ]
    row, added, words = result.items
    # the builder prints each row on its own page: the June row is on page 4
    assert filing_text(row, "(a)(1)") == (
        'The row entitled "June 30, 2025" in the table in "Section 6. Price Range of Common '
        'Stock" on page 4 of Exhibit (a)(1) to the Tender Offer Statement has been amended and '
        "restated in its entirety to read as follows:"
    )
    assert added.new_paragraphs == ["September 30, 2025\t$7.15\t$4.80"]
    # the paragraph after the table is the third paragraph of the section as printed
    assert filing_text(words, "(a)(1)").startswith(
        'The last paragraph in "Section 6. Price Range of Common Stock"'
    )
    amended = apply_items(TextDocument.from_document(original), result.items)
    assert amended.comparable() == TextDocument.from_document(doc(revised)).comparable()


def test_text_around_a_table_is_cited_by_printed_paragraphs_and_the_table() -> None:
    paragraphs = list(PRICES[0][1])
    paragraphs.insert(4, "Prices are rounded to the nearest cent.")
    paragraphs[4 + 1] = "We recommend that you obtain current quotations."
    result = draft_items(doc(PRICES), doc(edited(PRICES, 0, paragraphs)))
    texts = [filing_text(i, "(a)(1)") for i in result.items]
    assert texts[0].startswith(
        'The following paragraph has been inserted immediately after the table in "Section 6.'
    )
    # numbered as in the original as filed, without the table's rows
    assert texts[1].startswith('The second paragraph in "Section 6.')


def test_tables_deleted_and_added_are_cited_as_tables() -> None:
    rows = PRICES[0][1][1:4]
    without = [p for p in PRICES[0][1] if p not in rows]
    deleted = draft_items(doc(PRICES), doc(edited(PRICES, 0, without))).items
    assert [i.kind for i in deleted] == [ItemKind.DELETE_TABLE]
    assert notice_text(deleted[0]) == (  # each row printed on its own page by the builder
        'The table in "Section 6. Price Range of Common Stock" on pages 2 through 4 has been '
        "deleted in its entirety."
    )
    added = draft_items(doc(edited(PRICES, 0, without)), doc(PRICES)).items
    assert [i.kind for i in added] == [ItemKind.INSERT_TABLE]
    assert notice_text(added[0]).startswith(
        'The following table has been inserted immediately after the first paragraph in "Section 6.'
    )


def test_a_table_edited_in_the_app_draft_is_drafted_as_from_a_file() -> None:
    from amendtool.core.draft_text import document_blocks, document_from_blocks

    revised = edited(
        PRICES, 0, [*PRICES[0][1][:3], "June 30, 2025\t$8.45\t$5.25", *PRICES[0][1][4:]]
    )
    original = doc(PRICES)
    typed = document_from_blocks(document_blocks(doc(revised)), original)
    assert [i.kind for i in draft_items(original, typed).items] == [ItemKind.REPLACE_ROW]


def test_a_new_question_and_answer_is_cited_as_such() -> None:
    qa: Spec = [
        ("SUMMARY TERM SHEET", ["Q1. What is the offer?", S1, "Q2. Why?", S2]),
        ("1. Number of Options", [S1]),
    ]
    changed = [(h, list(p)) for h, p in qa]
    changed[0][1][2:2] = ["Q2. Who may take part?", "Every employee may take part."]
    result = draft_items(doc(qa), doc(changed))
    assert notice_text(result.items[0]) == (
        "The following question and answer have been inserted immediately after the answer to "
        'the question "Q1. What is the offer?" in "Summary Term Sheet" on page 2:'
    )


def test_clauses_relettered_after_a_new_clause_are_one_item() -> None:
    clauses = [
        "(a) any action is threatened against the offer;",
        "(b) any change occurs in our business;",
        "(c) a tender offer for our stock is proposed; or",
        "(d) trading in our stock is suspended.",
    ]
    spec: Spec = [("7. Conditions of the Offer", ["We may end the offer if:", *clauses])]
    revised = [
        "We may end the offer if:",
        clauses[0],
        "(b) any law is enacted that affects the offer;",
        "(c) any change occurs in our business;",
        "(d) a tender offer for our stock is proposed; or",
        "(e) trading in our stock is suspended.",
    ]
    original = doc(spec)
    result = draft_items(original, doc(edited(spec, 0, revised)))
    assert [i.kind for i in result.items] == [
        ItemKind.INSERT_PARAGRAPH,
        ItemKind.RENUMBER_PARAGRAPHS,
    ]
    assert notice_text(result.items[1]) == (
        'The paragraphs numbered "(b)" through "(d)" in "Section 7. Conditions of the Offer" '
        'on page 3 have been renumbered "(c)" through "(e)", respectively, and now read as follows:'
    )
    assert result.items[1].materiality.value == "clarifying"
    amended = apply_items(TextDocument.from_document(original), result.items)
    assert (
        amended.comparable()
        == TextDocument.from_document(doc(edited(spec, 0, revised))).comparable()
    )


def test_a_question_deleted_with_its_answer_is_one_item() -> None:
    qa: Spec = [
        ("SUMMARY TERM SHEET", ["Q1. What is the offer?", S1, "Q2. Why?", S2, S3, "Q3. When?", S1]),
        ("1. Number of Options", [S1]),
    ]
    changed = [(h, list(p)) for h, p in qa]
    del changed[0][1][2:5]
    result = draft_items(doc(qa), doc(changed))
    assert [notice_text(i) for i in result.items] == [
        'The question "Q2. Why?" and its answer in "Summary Term Sheet" on page 3 have been '
        "deleted in their entirety."
    ]


def test_paragraphs_are_cited_as_numbered_in_the_original() -> None:
    """A reader has the original in hand: after the first paragraph is deleted, the third is
    still "the third paragraph" (and its page is the original's)."""
    closing = "A closing paragraph ends the section."
    spec = edited(BASE, 2, [S1, S2, S3, closing])
    changed = S3.replace("Vesting carries over.", "Vesting restarts.")
    result = draft_items(doc(spec), doc(edited(spec, 2, [S2, changed, closing])))
    texts = [filing_text(i, "(a)(1)") for i in result.items]
    assert texts[0].startswith('The first paragraph in "Section 1.')
    assert texts[1].startswith('The last sentence of the third paragraph in "Section 1.')
    inserted = draft_items(doc(spec), doc(edited(spec, 2, [S1, "New text.", S2, changed, closing])))
    texts = [filing_text(i, "(a)(1)") for i in inserted.items]
    assert texts[0].startswith(
        "The following paragraph has been inserted immediately after the first"
    )
    assert texts[1].startswith('The last sentence of the third paragraph in "Section 1.')


def test_paragraphs_deleted_one_after_another_are_one_item() -> None:
    closing = "A closing paragraph ends the section."
    spec = edited(BASE, 2, [S1, S2, S3, closing])
    result = draft_items(doc(spec), doc(edited(spec, 2, [S1, closing])))
    assert [filing_text(i, "(a)(1)") for i in result.items] == [
        'The second and third paragraphs in "Section 1. Number of Options; Expiration Date" '
        "on page 5 of Exhibit (a)(1) to the Tender Offer Statement have been deleted in their "
        "entirety."
    ]
    longer = edited(BASE, 2, [S1, S2, S3, closing, S1 + " " + S2, S2 + " " + S3, S3 + " " + S1])
    three = draft_items(doc(longer), doc(edited(longer, 2, list(longer[2][1][3:])))).items
    assert notice_text(three[0]).startswith("The first through third paragraphs in")
