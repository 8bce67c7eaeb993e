"""A passage quoted from another document and set in from the margin in EDGAR text (a block
quotation of an indenture or a plan) is a quotation: its own kind of paragraph, kept set in
when the redline and conformed copy restate the offer. Lists, signatures and centred titles
that are also set in stay what they are."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from amendtool.core.model import Document, ParagraphKind
from amendtool.io.load import load_document
from amendtool.io.redline_base import base_document

QUOTED = (
    '"The Company may at any time purchase Notes in the open market or otherwise at any '
    'price, and any Notes so purchased shall be surrendered to the Trustee for cancellation."'
)

OFFER = """\
                          QUARRYSTONE HOLDINGS CORP.

              OFFER TO PURCHASE FOR CASH ANY AND ALL OUTSTANDING
                         6.25% SENIOR NOTES DUE 2031

     Quarrystone Holdings Corp. (the "Company") is offering to purchase for
cash any and all of its outstanding 6.25% Senior Notes due 2031 (the
"Notes") from holders upon the terms set forth in this Offer to
Purchase.

<PAGE>
1. TERMS OF THE OFFER.

     The purchase price for each $1,000 principal amount of Notes validly
tendered will be $1,015.00 (the "Purchase Price").

     The indenture provides as follows:

          "The Company may at any time purchase Notes in the open
          market or otherwise at any price, and any Notes so purchased
          shall be surrendered to the Trustee for cancellation."

     The Company will not be deemed to have accepted Notes for purchase
unless and until it gives written notice to the depositary.

2. CONDITIONS OF THE OFFER.

     The offer is conditioned on any of the following:

          (a) the receipt of financing on terms satisfactory to the
              Company; and

          (b) no injunction having been issued against the offer.

     The Company may waive any condition in its sole discretion.

3. MISCELLANEOUS.

     The offer is not being made to holders in any jurisdiction where it
would not comply with law.

                                        QUARRYSTONE HOLDINGS CORP.
                                        June 1, 2026
"""


def read(tmp_path: Path, text: str) -> Document:
    path = tmp_path / "offer.txt"
    path.write_text(text, encoding="utf-8")
    return load_document(path)


def kinds(document: Document) -> dict[str, ParagraphKind]:
    return {p.text: p.kind for p in document.paragraphs()}


def test_a_block_quotation_is_read_as_a_quotation(tmp_path: Path) -> None:
    found = kinds(read(tmp_path, OFFER))
    assert found[QUOTED] is ParagraphKind.QUOTATION
    assert found["The indenture provides as follows:"] is ParagraphKind.BODY


@pytest.mark.parametrize(
    "text",
    [
        "(a) the receipt of financing on terms satisfactory to the Company; and",
        "(b) no injunction having been issued against the offer.",
        "QUARRYSTONE HOLDINGS CORP.",
        "June 1, 2026",
        "The Company may waive any condition in its sole discretion.",
    ],
)
def test_lists_signatures_and_body_text_set_in_are_no_quotation(tmp_path: Path, text: str) -> None:
    assert kinds(read(tmp_path, OFFER))[text] is not ParagraphKind.QUOTATION


def test_a_quotation_wrapped_at_another_width_is_still_a_quotation(tmp_path: Path) -> None:
    narrow = OFFER.replace(
        '          "The Company may at any time purchase Notes in the open\n'
        "          market or otherwise at any price, and any Notes so purchased\n"
        '          shall be surrendered to the Trustee for cancellation."\n',
        '          "The Company may at any time purchase Notes in the\n'
        "          open market or otherwise at any price, and any Notes\n"
        "          so purchased shall be surrendered to the Trustee for\n"
        '          cancellation."\n',
    )
    assert kinds(read(tmp_path, narrow))[QUOTED] is ParagraphKind.QUOTATION


def test_the_conformed_copy_keeps_the_quotation_set_in(tmp_path: Path) -> None:
    document = read(tmp_path, OFFER)
    word, _, _ = base_document(document)
    styles = {p.text: p.style.name for p in word.paragraphs if p.text}
    assert styles[QUOTED] == "AT Quote"
    assert styles["The indenture provides as follows:"] == "AT Body"


HTML = """<html><body>
<p style="text-align:center"><b>QUARRYSTONE HOLDINGS CORP.</b></p>
<p><b>1. Terms of the Offer.</b></p>
<p style="text-indent:0.5in">The indenture provides as follows:</p>
<blockquote><p>{quoted}</p></blockquote>
<p style="margin-left:0.5in;margin-right:0.5in">{quoted}</p>
<p style="margin-left:0.5in;text-indent:-0.25in">(a) the receipt of financing on terms
satisfactory to the Company; and</p>
<p><b>2. Withdrawal Rights.</b></p>
<p>Holders may withdraw tendered Notes at any time before the expiration date.</p>
<p><b>3. Conditions of the Offer.</b></p>
<p>The offer is conditioned on the receipt of financing.</p>
</body></html>
"""


def test_an_html_quotation_is_read_as_a_quotation(tmp_path: Path) -> None:
    path = tmp_path / "offer.htm"
    path.write_text(HTML.format(quoted=QUOTED), encoding="utf-8")
    document = load_document(path)
    found = [(p.text, p.kind) for p in document.paragraphs()]
    assert found.count((QUOTED, ParagraphKind.QUOTATION)) == 2  # <blockquote>, both margins
    item = "(a) the receipt of financing on terms satisfactory to the Company; and"
    assert (item, ParagraphKind.BODY) in found
    assert ("The indenture provides as follows:", ParagraphKind.BODY) in found


def test_a_word_paragraph_in_a_quotation_style_is_a_quotation(tmp_path: Path) -> None:
    word = docx.Document()
    word.add_paragraph("1. Terms of the Offer", style="Heading 1")
    word.add_paragraph("The indenture provides as follows:")
    word.add_paragraph(QUOTED, style="Quote")
    for number, title in ((2, "Withdrawal Rights"), (3, "Conditions of the Offer")):
        word.add_paragraph(f"{number}. {title}", style="Heading 1")
        word.add_paragraph("Holders may withdraw tendered Notes before the expiration date.")
    path = tmp_path / "offer.docx"
    word.save(str(path))
    found = kinds(load_document(path))
    assert found[QUOTED] is ParagraphKind.QUOTATION
    assert found["The indenture provides as follows:"] is ParagraphKind.BODY


def _set_in(text: str, columns: int) -> str:
    return "\n".join(
        (" " * columns + line) if line.strip() and "<PAGE>" not in line else line
        for line in text.split("\n")
    )


def test_an_offer_printed_with_a_wide_left_margin_has_no_quotation_but_its_own(
    tmp_path: Path,
) -> None:
    """Every line set ten columns in (the printer's margin): the body is body text, and the
    quotation is the passage set in from that margin."""
    found = kinds(read(tmp_path, _set_in(OFFER, 10)))
    assert found[QUOTED] is ParagraphKind.QUOTATION
    assert [t for t, k in found.items() if k is ParagraphKind.QUOTATION] == [QUOTED]
