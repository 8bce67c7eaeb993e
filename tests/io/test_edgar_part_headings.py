"""An unnumbered part heading an offer prints before its numbered sections ("Summary Term
Sheet", "RISK FACTORS", "Forward-Looking Statements") starts a section in EDGAR text and
HTML as it does in Word: set as a line of its own in the .txt, in bold or centred in the
.htm. The answers under it are cited "in "Summary Term Sheet"", never "on the cover page".
The cover's own display lines and a table of contents entry start no section."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import load_filing
from amendtool.core.model import Document
from amendtool.core.wording import filing_text
from amendtool.io.load import load_document
from tests.conftest import SAMPLES

HEADINGS = [
    "Summary Term Sheet",
    "SUMMARY TERM SHEET",
    "QUESTIONS AND ANSWERS",
    "Questions and Answers About the Offer",
    "Summary of Terms",
    "RISK FACTORS",
    "INTRODUCTION",
    "Introduction",
    "FORWARD-LOOKING STATEMENTS",
    "Forward-Looking Statements",
]

COVER_TXT = """\
                         PELLWORTH THERAPEUTICS, INC.

         OFFER TO PURCHASE FOR CASH UP TO 1,200,000 SHARES OF ITS SERIES B
                               PREFERRED STOCK

Pellworth Therapeutics, Inc. is offering to purchase up to 1,200,000 shares
of its Series B Preferred Stock at a price of {price} per share, net to the
seller in cash, on the terms of this Offer to Purchase.

The date of this Offer to Purchase is September 1, 2026.
"""

BODY_TXT = """\
What is the purchase price?

The Purchase Price is {price} per Preferred Share, plus accrued and unpaid
dividends to the payment date.

How many shares will Pellworth purchase?

We will purchase up to 1,200,000 Preferred Shares.

Section 1. Terms of the Offer

Holders outside the United States may tender only on the terms in Schedule A.

Section 2. Withdrawal Rights

You may withdraw tendered Preferred Shares at any time before the expiration.

Section 3. Acceptance for Payment

We will pay for Preferred Shares accepted for payment promptly.
"""


def _txt(heading: str, price: str = "$25.50", centred: bool = False) -> str:
    line = heading.center(76).rstrip() if centred else heading
    return COVER_TXT.format(price=price) + "\n" + line + "\n\n" + BODY_TXT.format(price=price)


def _htm(heading: str, look: str = "bold", price: str = "$25.50") -> str:
    if look == "bold":
        head = f'<p style="font-weight:bold">{heading}</p>'
    else:
        head = f'<p style="text-align:center">{heading}</p>'
    return (
        "<html><body>"
        '<p style="text-align:center"><b>PELLWORTH THERAPEUTICS, INC.</b></p>'
        '<p style="text-align:center"><b>OFFER TO PURCHASE FOR CASH</b></p>'
        f"<p>Pellworth Therapeutics, Inc. is offering to purchase up to 1,200,000 shares of "
        f"its Series B Preferred Stock at a price of {price} per share, net to the seller in "
        "cash.</p>"
        "<p>The date of this Offer to Purchase is September 1, 2026.</p>"
        + head
        + "<p>What is the purchase price?</p>"
        f"<p>The Purchase Price is {price} per Preferred Share, plus accrued and unpaid "
        "dividends to the payment date.</p>"
        "<p>How many shares will Pellworth purchase?</p>"
        "<p>We will purchase up to 1,200,000 Preferred Shares.</p>"
        "<p><b>Section 1. Terms of the Offer</b></p>"
        "<p>Holders outside the United States may tender only on the terms in Schedule A.</p>"
        "<p><b>Section 2. Withdrawal Rights</b></p>"
        "<p>You may withdraw tendered Preferred Shares at any time before the expiration.</p>"
        "<p><b>Section 3. Acceptance for Payment</b></p>"
        "<p>We will pay for Preferred Shares accepted for payment promptly.</p>"
        "</body></html>"
    )


def _load(tmp_path: Path, name: str, text: str) -> Document:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_document(path)


def _assert_part(document: Document, heading: str) -> None:
    names = [s.name for s in document.sections]
    assert len(names) == 5, names
    assert names[0] == "Cover Page", names
    part = document.sections[1]
    assert part.heading == heading, names
    assert part.paragraphs[0].text == "What is the purchase price?"
    assert len(part.paragraphs) == 4
    assert len(document.sections[0].paragraphs) == 4  # issuer, title, offer, date
    assert [s.number for s in document.sections[2:]] == ["1", "2", "3"]


@pytest.mark.parametrize("heading", HEADINGS)
def test_a_part_heading_on_a_line_of_its_own_starts_a_section_in_edgar_text(
    tmp_path: Path, heading: str
) -> None:
    _assert_part(_load(tmp_path, "offer.txt", _txt(heading)), heading)


@pytest.mark.parametrize("heading", HEADINGS[:3])
def test_a_centred_part_heading_starts_a_section_in_edgar_text(
    tmp_path: Path, heading: str
) -> None:
    _assert_part(_load(tmp_path, "offer.txt", _txt(heading, centred=True)), heading)


@pytest.mark.parametrize("look", ["bold", "centred"])
@pytest.mark.parametrize("heading", HEADINGS)
def test_a_bold_or_centred_part_heading_starts_a_section_in_edgar_html(
    tmp_path: Path, heading: str, look: str
) -> None:
    _assert_part(_load(tmp_path, "offer.htm", _htm(heading, look)), heading)


@pytest.mark.parametrize("suffix", ["txt", "htm"])
def test_an_answer_under_the_summary_is_cited_in_it_not_on_the_cover(
    tmp_path: Path, suffix: str
) -> None:
    make = _txt if suffix == "txt" else _htm
    filing = load_filing(SAMPLES / "filing.toml")
    original = _load(tmp_path, f"orig.{suffix}", make("Summary Term Sheet", price="$25.50"))
    revised = _load(tmp_path, f"rev.{suffix}", make("Summary Term Sheet", price="$26.00"))
    items = draft_amendment(original, revised, filing).items
    said = [filing_text(item, "(a)(1)(A)") for item in items]
    answer = [s for s in said if "What is the purchase price?" in s]
    assert answer, said
    assert 'in "Summary Term Sheet"' in answer[0], answer
    assert "cover page" not in answer[0], answer


CONTENTS_TXT = """\
                              TABLE OF CONTENTS

Summary Term Sheet ......................................................    1
Risk Factors ............................................................    2
Section 1. Terms of the Offer ...........................................    3
Section 2. Withdrawal Rights ............................................    3
Section 3. Acceptance for Payment .......................................    4

"""


def test_a_contents_entry_starts_no_section(tmp_path: Path) -> None:
    text = _txt("Summary Term Sheet")
    cut = text.index("Summary Term Sheet")
    document = _load(tmp_path, "offer.txt", text[:cut] + CONTENTS_TXT + text[cut:])
    names = [s.name for s in document.sections]
    assert sum(n.startswith("Summary Term Sheet") for n in names) == 1, names
    assert not any(n.startswith("Risk Factors") for n in names), names
    assert names[:2] == ["Cover Page", "Table of Contents"], names  # the contents, whole
    contents = document.sections[1].paragraphs
    entries = [p.text.split("\t")[0] for p in contents]
    assert entries[:2] == ["Summary Term Sheet", "Risk Factors"], entries
    summary = document.sections[names.index("Summary Term Sheet")]
    assert summary.paragraphs[0].text == "What is the purchase price?"


def test_a_part_name_inside_a_numbered_section_stays_a_sub_heading(tmp_path: Path) -> None:
    text = _txt("Summary Term Sheet").replace(
        "Section 2. Withdrawal Rights\n",
        "Section 2. Withdrawal Rights\n\nRisk Factors\n",
    )
    names = [s.name for s in _load(tmp_path, "offer.txt", text).sections]
    assert "Risk Factors" not in names, names
    assert len(names) == 5, names


def test_cover_display_lines_stay_on_the_cover(tmp_path: Path) -> None:
    document = _load(tmp_path, "offer.txt", _txt("Summary Term Sheet"))
    cover = [p.text for p in document.sections[0].paragraphs]
    assert cover[0] == "PELLWORTH THERAPEUTICS, INC.", cover


def test_a_contents_entry_set_in_bold_starts_no_section_in_html(tmp_path: Path) -> None:
    markup = _htm("Summary Term Sheet")
    contents = (
        '<p style="text-align:center"><b>TABLE OF CONTENTS</b></p>'
        "<p><b>Summary Term Sheet ........................ 1</b></p>"
        "<p><b>Risk Factors ........................ 2</b></p>"
    )
    cut = markup.index('<p style="font-weight:bold">Summary Term Sheet')
    document = _load(tmp_path, "offer.htm", markup[:cut] + contents + markup[cut:])
    names = [s.name for s in document.sections]
    assert sum(n.startswith("Summary Term Sheet") for n in names) == 1, names
    assert not any(n.startswith("Risk Factors") for n in names), names
    summary = document.sections[names.index("Summary Term Sheet")]
    assert summary.paragraphs[0].text == "What is the purchase price?"
