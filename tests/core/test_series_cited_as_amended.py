"""A later amendment says "as amended by Amendment No. N" only of text Amendment No. N
changed, or when counting in the offer as Amendment No. N left it names another paragraph
than the offer as filed does. A paragraph that only stands next to one an earlier amendment
put in is still the paragraph the filed offer's ordinal names, and is cited as filed."""

from __future__ import annotations

from tests.core.test_series_ordinals_as_amended import NEW, TEXTS, instructions

A, B, C = TEXTS[:3]
A2 = "Eligible options are listed here. They follow the plan's terms."
A3 = "Eligible options are listed in the schedule. They follow the plan's terms."


def test_a_first_paragraph_an_earlier_amendment_put_a_paragraph_after_is_cited_as_filed() -> None:
    (text,) = instructions([A, B], [A, NEW[0], B], [A2, NEW[0], B])
    assert text.startswith('The first sentence of the first paragraph in "Section 3.'), text
    assert "Amendment No." not in text, text


def test_only_the_amendment_that_changed_the_paragraph_is_named() -> None:
    (text,) = instructions([A, B], [A, NEW[0], B], [A2, NEW[0], B], [A3, NEW[0], B])
    assert text.startswith('The first sentence of the first paragraph in "Section 3.'), text
    assert ", as amended by Amendment No. 2," in text, text
    assert "Amendment No. 1" not in text, text


def test_new_text_after_a_paragraph_an_earlier_amendment_put_text_after() -> None:
    (text,) = instructions([A, B, C], [A, B, NEW[0], C], [A, B, NEW[1], NEW[0], C])
    assert "immediately after the second paragraph in" in text, text  # B, as filed too
    assert "Amendment No." not in text, text
