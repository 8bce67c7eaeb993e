"""A quotation inside a quotation takes single marks, as house style sets it: the offer's
'(the "Purchase Price")' quoted in the filing, the notice and the EDGAR text reads "…
(the 'Purchase Price')." Two pairs of double marks read as two quotations. The conformed
offer is the offer itself, and keeps its own marks."""

from __future__ import annotations

import pytest

from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.apply import TextDocument, apply_items
from amendtool.core.filing import load_filing
from amendtool.core.filing_document import schedule_to_blocks
from amendtool.core.items import Materiality
from amendtool.core.layout import Block, plain_text
from amendtool.core.notice_document import notice_blocks
from amendtool.core.typography import curly_quotes, inner_quotes
from amendtool.io.edgar_writer import blocks_to_ascii
from tests.conftest import SAMPLES
from tests.support.builders import Spec, doc

PRICE = 'The purchase price will be $1,000.00 per Note (the "Purchase Price").'
TERMS = "Holders may tender their Notes at any time before the expiration date."


def spec(price: str, terms: str = TERMS) -> Spec:
    return [
        ("", ["Carrow Harbor offers to purchase its notes for cash."]),
        ("1. Terms of the Offer", [price, terms]),
    ]


def amended(price: str, terms: str = TERMS) -> tuple[Amendment, TextDocument]:
    original, revised = doc(spec(PRICE)), doc(spec(price, terms))
    amendment = draft_amendment(original, revised, load_filing(SAMPLES / "filing.toml"))
    conformed = apply_items(TextDocument.from_document(original), amendment.change_items)
    return amendment, conformed


def said(blocks: list[Block]) -> str:
    return " ".join(plain_text(blocks).split())


@pytest.mark.parametrize("marks", ['""', "“”"])
def test_a_defined_term_in_quoted_text_takes_single_marks(marks: str) -> None:
    opening, closing = marks
    new = PRICE.replace("1,000.00", "1,025.00").replace('"Purchase', opening + "Purchase")
    new = new.replace('Price"', "Price" + closing)
    amendment, conformed = amended(new)
    inner = "(the 'Purchase Price')." if marks == '""' else "(the ‘Purchase Price’)."
    filing, notice = said(schedule_to_blocks(amendment)), said(notice_blocks(amendment))
    for text in (filing, notice):
        assert inner in text
        assert f"(the {opening}Purchase Price{closing})" not in text
    edgar = " ".join(blocks_to_ascii(schedule_to_blocks(amendment)).split())
    assert "(the 'Purchase Price')." in edgar
    conformed_text = [p for section in conformed.sections for p in section.paragraphs]
    assert new in conformed_text


def test_quoted_words_that_carry_a_defined_term_take_single_marks() -> None:
    old = 'We pay cash for each Note we accept (the "Purchase Price"). We pay it promptly.'
    new = old.replace('"Purchase Price"', '"Offer Consideration"')
    original, revised = doc(spec(PRICE, old)), doc(spec(PRICE, new))
    amendment = draft_amendment(original, revised, load_filing(SAMPLES / "filing.toml"))
    [item] = amendment.change_items
    for text in (amendment.filing_instruction(item), amendment.notice_instruction(item)):
        assert '""' not in text and ' "Purchase Price"' not in text, text
        assert "'Purchase Price'" in text and "'Offer Consideration'" in text, text
    # a renamed definition is proposed clarifying (a correction); counsel who tells
    # holders of the new name marks it material, and the plain sentence quotes it
    item.choose_materiality(Materiality.MATERIAL)
    plain = said(notice_blocks(amendment))
    assert "we changed \"the 'Purchase Price'\"" in plain, plain


def test_a_quotation_over_several_paragraphs_nests_in_each() -> None:
    assert inner_quotes('"The "Offer" is open.', depth=0) == "\"The 'Offer' is open."
    assert inner_quotes('See the "Plan."', depth=1) == "See the 'Plan.'"
    assert inner_quotes('See the "Plan."', depth=0) == 'See the "Plan."'


def test_marks_that_do_not_pair_up_are_left_as_written() -> None:
    assert inner_quotes('"The price (the "Price.') == '"The price (the "Price.'
    assert inner_quotes('the "Offer" ends."') == 'the "Offer" ends."'


def test_a_term_opening_the_quotation_and_apostrophes() -> None:
    assert inner_quotes('""Offer" means the offer."') == "\"'Offer' means the offer.\""
    assert inner_quotes('"the holders\' "Notes""') == "\"the holders' 'Notes'\""
    assert inner_quotes("no marks at all") == "no marks at all"


def test_the_docx_curls_a_quotation_that_opens_a_quotation() -> None:
    nested = inner_quotes('""Offer" means the offer to exchange."')
    assert curly_quotes(nested) == "“‘Offer’ means the offer to exchange.”"
    assert curly_quotes("(\"'Offer'\")") == "(“‘Offer’”)"
    assert curly_quotes("rock 'n' roll in the '90s") == "rock ’n’ roll in the ’90s"
