"""A section added to an offer whose headings Word numbers (list numbering, so the number is
printed but is no part of the heading's text) is quoted with its number, as it prints:
without it a reader of the filing cannot tell which section the new one is."""

from __future__ import annotations

from amendtool.core.drafting import draft_items
from amendtool.core.filing_document import quoted_blocks
from amendtool.core.items import ItemKind
from tests.support.builders import doc

SPEC = [
    ("6. Information Concerning Pellmore Software Corp.", ["We develop accounting software."]),
    ("7. Miscellaneous", ["This offer is not made where it would be unlawful."]),
]
ADDED = ("8. Material U.S. Federal Income Tax Consequences", ["The payment is taxable as wages."])


def test_a_word_numbered_section_added_is_quoted_with_its_number() -> None:
    original, revised = doc(SPEC), doc([*SPEC, ADDED])
    added = revised.sections[-1]
    added.heading = added.title  # the number is Word's, printed beside the text
    [item] = draft_items(original, revised).items
    assert item.kind is ItemKind.ADD_SECTION
    heading = quoted_blocks(item)[0].text.lstrip('"“')
    assert heading.startswith("8. Material U.S. Federal Income Tax Consequences"), heading


def test_a_heading_that_prints_its_number_is_quoted_once() -> None:
    [item] = draft_items(doc(SPEC), doc([*SPEC, ADDED])).items
    heading = quoted_blocks(item)[0].text.lstrip('"“')
    assert heading.startswith("8. Material U.S."), heading
