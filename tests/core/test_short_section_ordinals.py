"""Ordinals in a short section as a reader counts them: "the paragraph" only where the page
shows one, else first, second … last. A cover whose title block prints above its one
paragraph shows the reader several: that paragraph is "the last paragraph on the cover page",
never "the paragraph" (title lines are the title, and are cited as such)."""

from __future__ import annotations

import pytest

from amendtool.core.cover import paragraph_in
from amendtool.core.drafting import draft_items
from amendtool.core.expiration_checks import place_of
from amendtool.core.items import AmendmentItem
from amendtool.core.ordinals import ordinal_word
from amendtool.core.plain_places import paragraph_named, place_after
from amendtool.core.plain_summary import change_sentence
from amendtool.core.wording import filing_text, house_wording, notice_text
from tests.support.builders import Spec, doc

TITLE = ["TILLBROOK ENERGY CORPORATION", "OFFER TO EXCHANGE CERTAIN OUTSTANDING OPTIONS"]
DATED = "This document is dated March 1, 2012."
BODY = ("1. Eligibility", ["Employees who hold options may take part in the offer."])
SENTENCES = [
    "Employees who hold options may take part in the offer.",
    "We may extend the offer at any time.",
    "We will announce any extension by press release.",
    "Directors are not eligible to take part.",
]


def with_cover(cover: list[str]) -> Spec:
    return [("", cover), BODY]


def test_a_lone_paragraph_under_the_cover_title_is_the_last_of_the_page() -> None:
    original = with_cover([*TITLE, DATED])
    revised = with_cover([*TITLE, DATED.replace("March 1", "March 8")])
    [item] = draft_items(doc(original), doc(revised)).items
    for text in (filing_text(item, "(a)(1)"), notice_text(item)):
        assert text.startswith("The last paragraph on the cover page"), text
    assert paragraph_named(item) == "the last paragraph"


def test_a_cover_of_one_paragraph_and_no_title_is_the_paragraph() -> None:
    original = with_cover([DATED])
    revised = with_cover([DATED.replace("March 1", "March 8")])
    [item] = draft_items(doc(original), doc(revised)).items
    assert filing_text(item, "(a)(1)").startswith("The paragraph on the cover page")
    assert paragraph_named(item) == "the paragraph"


def test_a_title_line_is_still_cited_as_a_line_of_the_title() -> None:
    original = with_cover([*TITLE, DATED])
    revised = with_cover([TITLE[0], TITLE[1].replace("CERTAIN ", ""), DATED])
    [item] = draft_items(doc(original), doc(revised)).items
    assert filing_text(item, "(a)(1)").startswith("The last line of the title on the cover page")


@pytest.mark.parametrize("count", [1, 2, 3, 4])
def test_each_paragraph_of_a_short_section_has_its_ordinal(count: int) -> None:
    paragraphs = SENTENCES[:count]
    for index in range(count):
        changed = list(paragraphs)
        changed[index] = (
            changed[index].replace("the offer", "this offer", 1).replace("eligible", "entitled")
        )
        if changed[index] == paragraphs[index]:
            changed[index] = changed[index].replace("We ", "The company ", 1)
        spec: Spec = [("", ["Halvorsen offers to exchange options."]), ("7. Terms", paragraphs)]
        revised: Spec = [spec[0], ("7. Terms", changed)]
        [item] = draft_items(doc(spec), doc(revised)).items
        if count == 1:
            word = "paragraph"
        else:
            word = ("last" if index == count - 1 else ordinal_word(index + 1)) + " paragraph"
        assert filing_text(item, "(a)(1)").startswith(f"The {word} in"), (count, index)
        assert paragraph_named(item) == f"the {word}", (count, index)


def test_new_text_after_the_only_paragraph_goes_after_the_paragraph() -> None:
    spec: Spec = [("", ["Halvorsen offers to exchange options."]), ("7. Terms", SENTENCES[:1])]
    revised: Spec = [spec[0], ("7. Terms", SENTENCES[:1] + SENTENCES[3:])]
    [item] = draft_items(doc(spec), doc(revised)).items
    assert "immediately after the paragraph in" in filing_text(item, "(a)(1)")
    # the notice says where to a reader: "We added a new paragraph at the end of this section."
    assert place_after(item) == "at the end of this section"


def test_new_text_after_a_lone_paragraph_under_the_cover_title_goes_after_the_last() -> None:
    original = with_cover([*TITLE, DATED])
    revised = with_cover([*TITLE, DATED, "Read the whole offer before you decide."])
    [item] = draft_items(doc(original), doc(revised)).items
    assert "immediately after the last paragraph on the cover page" in filing_text(item, "(a)(1)")
    assert place_after(item) == "after the last paragraph"


def test_the_checks_name_paragraphs_as_the_filing_cites_them() -> None:
    document = doc([("", [*TITLE, DATED]), ("7. Terms", SENTENCES[:1]), ("8. More", SENTENCES)])
    cover, single, longer = document.sections
    assert paragraph_in(cover, cover.paragraphs[2]) == "the last paragraph"
    assert paragraph_in(cover, cover.paragraphs[0]) == "the first line of the title"
    assert paragraph_in(single, single.paragraphs[0]) == "the paragraph"
    assert place_of(single, single.paragraphs[0]).startswith("the paragraph in Section 7.")
    assert [paragraph_in(longer, p) for p in longer.paragraphs] == [
        "the first paragraph",
        "the second paragraph",
        "the third paragraph",
        "the last paragraph",
    ]


def test_paragraphs_run_together_are_named_as_the_filing_cites_them() -> None:
    spec: Spec = [("", ["Halvorsen offers to exchange options."]), ("7. Terms", SENTENCES[:3])]
    merged = [f"{SENTENCES[0]} {SENTENCES[1].replace('at any time', 'at will')}", SENTENCES[2]]
    [item] = draft_items(doc(spec), doc([spec[0], ("7. Terms", merged)])).items
    assert filing_text(item, "(a)(1)").startswith("The first and second paragraphs in")
    assert paragraph_named(item) == "the first and second paragraphs"
    assert "It now begins" not in notice_sentence(item)


def notice_sentence(item: AmendmentItem) -> str:
    return change_sentence(item, house_wording().plain_notice)
