"""A sentence, paragraph or row repeated word for word, one copy changed: counsel amend the
copy that changed, where it stands ("The first sentence of … is amended to read …"), not a
new sentence put before both and the second taken out."""

from __future__ import annotations

import difflib
from pathlib import Path

import docx
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from amendtool.core.apply import TextDocument, apply_items
from amendtool.core.drafting import draft_items
from amendtool.core.items import AmendmentItem, ItemKind
from amendtool.core.model import Document
from amendtool.core.unit_alignment import aligned_opcodes
from amendtool.core.wording import filing_text
from amendtool.io.load import load_document
from tests.support.builders import doc

HEADING = "4. Purpose of the Offer"
COVER = ("", ["Cover words of the offer."])
SAME = "We will accept all options properly tendered."
WORDS = "We will accept all Eligible Options properly tendered."  # a few words changed
REWRITTEN = "We will accept every eligible option properly tendered and not withdrawn."
OTHER = "The New Options will vest over three years."
CHANGED_ITEMS = {ItemKind.REPLACE_SENTENCE, ItemKind.REPLACE_WORDS}


def draft(original: Document, revised: Document) -> list[AmendmentItem]:
    items = draft_items(original, revised).items
    amended = apply_items(TextDocument.from_document(original), items)
    assert amended.comparable() == TextDocument.from_document(revised).comparable()
    return items


def draft_section(before: list[str], after: list[str]) -> list[AmendmentItem]:
    return draft(doc([COVER, (HEADING, before)]), doc([COVER, (HEADING, after)]))


@pytest.mark.parametrize("new", [WORDS, REWRITTEN])
@pytest.mark.parametrize(
    ("sentences", "changed"),
    [
        ([SAME, SAME], 0),
        ([SAME, SAME], 1),
        ([SAME, SAME, SAME], 0),
        ([SAME, SAME, SAME], 1),
        ([OTHER, SAME, SAME], 1),
        ([SAME, OTHER, SAME], 0),
        ([SAME, SAME, OTHER, SAME, SAME], 3),
    ],
)
def test_one_of_identical_sentences_changed_is_that_sentence_amended(
    sentences: list[str], changed: int, new: str
) -> None:
    revised = [*sentences]
    revised[changed] = new
    [item] = draft_section([" ".join(sentences)], [" ".join(revised)])
    assert item.kind in CHANGED_ITEMS, item.to_dict()
    assert item.locator.sentence == changed + 1
    assert item.old_text == SAME


@pytest.mark.parametrize(
    ("before", "after", "cited"),
    [
        ([SAME, SAME, OTHER], [REWRITTEN, SAME, OTHER], [1]),
        ([SAME, SAME, OTHER], [WORDS, SAME, OTHER], [1]),
        ([SAME, SAME, OTHER], [SAME, WORDS, OTHER], [2]),
        ([OTHER, SAME, SAME, OTHER], [OTHER, WORDS, SAME, OTHER], [2]),
        # the first copy and the paragraph after the second changed: two places, no more
        ([SAME, SAME, OTHER], [WORDS, SAME, "The New Options will vest over four years."], [1, 3]),
        ([OTHER, SAME, SAME], ["The New Options vest over four years.", WORDS, SAME], [1, 2]),
    ],
)
def test_one_of_identical_paragraphs_changed_is_that_paragraph_amended(
    before: list[str], after: list[str], cited: list[int]
) -> None:
    items = draft_section(before, after)
    assert [i.locator.paragraph for i in items] == cited, [i.to_dict() for i in items]
    assert not {i.kind for i in items} & {ItemKind.INSERT_PARAGRAPH, ItemKind.DELETE_PARAGRAPH}


def test_identical_rows_one_changed_restate_the_table_in_place() -> None:
    """Two rows of one name cannot be cited by it without ambiguity: the table is restated,
    once, with the changed row where it stood."""
    row = "Purchase Price\tOne share for each option tendered."
    new_row = "Purchase Price\tTwo shares for each option tendered."
    before = ["The terms are these.", row, row, "Expiration Date\tApril 23, 2026.", OTHER]
    after = ["The terms are these.", new_row, row, "Expiration Date\tApril 23, 2026.", OTHER]
    [item] = draft_section(before, after)
    assert item.kind is ItemKind.REPLACE_TABLE
    assert item.new_paragraphs == after[1:4]


def offer_text(paragraph: str) -> str:
    return (
        "                           ACME WIDGETS, INC.\n\n"
        "      OFFER TO EXCHANGE OUTSTANDING OPTIONS TO PURCHASE COMMON STOCK\n\n"
        "     Acme Widgets, Inc. is offering to exchange options for new options.\n\n"
        f"{HEADING}\n\n     {OTHER}\n\n     {paragraph}\n\n"
        "5. Conditions of the Offer\n\n     The offer is subject to conditions.\n"
    )


def offer_docx(paragraph: str, path: Path) -> Path:
    word = docx.Document()
    word.add_paragraph("OFFER TO EXCHANGE OUTSTANDING OPTIONS TO PURCHASE COMMON STOCK")
    word.add_paragraph("Acme Widgets, Inc. is offering to exchange options for new options.")
    word.add_heading(HEADING, level=2)
    word.add_paragraph(OTHER)
    word.add_paragraph(paragraph)
    word.add_heading("5. Conditions of the Offer", level=2)
    word.add_paragraph("The offer is subject to conditions.")
    word.save(str(path))
    return path


@pytest.mark.parametrize("suffix", [".txt", ".docx"])
@pytest.mark.parametrize("changed", [0, 1])
def test_identical_sentences_in_a_filed_offer(suffix: str, changed: int, tmp_path: Path) -> None:
    sentences = [SAME, SAME]
    revised = [*sentences]
    revised[changed] = REWRITTEN
    files = []
    for name, paragraph in (("original", sentences), ("revised", revised)):
        path = tmp_path / f"{name}{suffix}"
        if suffix == ".txt":
            path.write_text(offer_text(" ".join(paragraph)), encoding="utf-8")
        else:
            offer_docx(" ".join(paragraph), path)
        files.append(load_document(path))
    [item] = draft(*files)
    assert item.kind is ItemKind.REPLACE_SENTENCE
    ordinal = ["first", "last"][changed]
    assert filing_text(item, "(a)(1)").startswith(
        f'The {ordinal} sentence of the last paragraph in "Section 4. Purpose of the Offer"'
    )


UNITS = st.lists(st.sampled_from([SAME, SAME, OTHER]), min_size=2, max_size=6)


@settings(max_examples=60, deadline=None)
@given(UNITS, st.data())
def test_one_unit_changed_among_repeated_ones_is_one_item_in_its_place(
    units: list[str], data: st.DataObject
) -> None:
    """Whatever the repeats around it, one of the repeated sentences (or paragraphs) changed
    is one item citing it where it stands, and the items give the revised text."""
    repeated = [k for k, unit in enumerate(units) if unit == SAME]
    assume(repeated)
    changed = data.draw(st.sampled_from(repeated))
    new = data.draw(st.sampled_from([WORDS, REWRITTEN]))
    revised = [*units]
    revised[changed] = new
    [sentence_item] = draft_section([" ".join(units)], [" ".join(revised)])
    assert sentence_item.kind in CHANGED_ITEMS
    assert sentence_item.locator.sentence == changed + 1
    paragraph_items = draft_section(units, revised)
    assert [i.locator.paragraph for i in paragraph_items] == [changed + 1]


@settings(max_examples=200, deadline=None)
@given(st.text("SSTX", max_size=8), st.text("SSTY", max_size=8))
def test_aligned_units_keep_as_many_and_change_in_as_few_places(a: str, b: str) -> None:
    """The alignment covers both sequences in order, keeps only equal units, keeps at least
    as many as difflib finds and, keeping as many, changes in no more places than it does."""
    ops = aligned_opcodes(a, b)
    i = j = 0
    for tag, i1, i2, j1, j2 in ops:
        assert (i1, j1) == (i, j)
        if tag == "equal":
            assert a[i1:i2] == b[j1:j2]
        i, j = i2, j2
    assert (i, j) == (len(a), len(b))
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    kept = sum(i2 - i1 for tag, i1, i2, _, _ in ops if tag == "equal")
    found = sum(block.size for block in matcher.get_matching_blocks())
    assert kept >= found
    places = sum(tag != "equal" for tag, *_ in ops)
    assert kept > found or places <= sum(tag != "equal" for tag, *_ in matcher.get_opcodes())
