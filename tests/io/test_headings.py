"""Section headings in layouts of other hands: a bad heading costs one section at most,
titles keep their abbreviations, and a heading is a heading by its place in the outline."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.model import Document, ParagraphKind, quoted_title
from amendtool.io.load import load_document

BODY = {
    "1": "You are eligible if you are an employee of Kestrel on the date the offer starts.",
    "2": "We will exchange each eligible option for a new option to buy fewer shares.",
    "3": "We may end the offer if any of the conditions described below occurs.",
    "4": "You may withdraw your tendered options at any time before the offer expires.",
    "5": "We will accept the options properly tendered promptly after the offer expires.",
}


def text_offer(first_heading: str, headings: dict[str, str] | None = None) -> str:
    """An EDGAR text offer with five sections; `first_heading` is set as given (lines and
    all) where "1. ELIGIBILITY." would stand."""
    titles = {
        "2": "2.   NUMBER OF OPTIONS; EXPIRATION DATE.",
        "3": "3.   CONDITIONS OF THE OFFER.",
        "4": "4.   WITHDRAWAL RIGHTS.",
        "5": "5.   ACCEPTANCE OF OPTIONS.",
        **(headings or {}),
    }
    parts = [first_heading, "     " + BODY["1"]]
    for number in "2345":
        parts += [titles[number], "     " + BODY[number]]
    return "\n\n".join(parts) + "\n"


def load(tmp_path: Path, name: str, text: str) -> Document:
    path = tmp_path / name
    path.write_text(text)
    return load_document(path)


def names(document: Document) -> list[str]:
    return [s.name for s in document.sections]


FIVE = [
    "Section 1. Eligibility",
    "Section 2. Number of Options; Expiration Date",
    "Section 3. Conditions of the Offer",
    "Section 4. Withdrawal Rights",
    "Section 5. Acceptance of Options",
]


@pytest.mark.parametrize(
    "first_heading",
    [
        "                              THE OFFER\n1.   ELIGIBILITY.",  # no blank line between
        "THE OFFER 1. ELIGIBILITY.",  # run together on one line
        "The Offer 1. Eligibility.",
    ],
)
def test_a_part_heading_merged_into_the_first_section_heading_loses_no_section(
    tmp_path: Path, first_heading: str
) -> None:
    document = load(tmp_path, "merged.txt", text_offer(first_heading))
    assert names(document) == ["The Offer", *FIVE]
    first = document.numbered_sections()[0]
    assert [p.text for p in first.paragraphs] == [BODY["1"]]


def test_a_part_heading_run_into_a_heading_and_its_text_loses_no_section(
    tmp_path: Path,
) -> None:
    merged = "The Offer 1. Eligibility; number of options. " + BODY["1"]
    document = load(tmp_path, "run-in.txt", text_offer(merged).replace("     " + BODY["1"], ""))
    assert names(document)[:2] == ["The Offer", "Section 1. Eligibility; number of options"]
    assert [p.text for p in document.numbered_sections()[0].paragraphs] == [BODY["1"]]
    assert len(document.numbered_sections()) == 5


def test_one_misnumbered_heading_costs_that_section_only(tmp_path: Path) -> None:
    """A typing slip in one heading ("13." for "3.") must not lose the other sections."""
    document = load(
        tmp_path,
        "slip.txt",
        text_offer("1.   ELIGIBILITY.", {"3": "13.  CONDITIONS OF THE OFFER."}),
    )
    assert [s.number for s in document.numbered_sections()] == ["1", "2", "4", "5"]
    section2 = document.numbered_sections()[1]
    assert [p.text for p in section2.paragraphs] == [
        BODY["2"],
        "13. CONDITIONS OF THE OFFER.",
        BODY["3"],
    ]


def test_a_lost_first_heading_costs_that_section_only(tmp_path: Path) -> None:
    document = load(tmp_path, "lost.txt", text_offer("ELIGIBILITY OF EMPLOYEES"))
    assert [s.number for s in document.numbered_sections()] == ["2", "3", "4", "5"]


@pytest.mark.parametrize("suffix", ["Inc.", "Corp.", "Co.", "L.P.", "Ltd.", "N.A.", "S.A."])
def test_a_heading_title_ending_in_an_abbreviation_keeps_its_stop(
    tmp_path: Path, suffix: str
) -> None:
    title = f"Information Concerning Kestrel Holdings, {suffix}"
    document = load(
        tmp_path,
        "abbreviation.txt",
        text_offer("1.   ELIGIBILITY.", {"4": f"4.   {title}"}),
    )
    section4 = document.numbered_sections()[3]
    assert section4.name == f"Section 4. {title}"
    capitals = load(
        tmp_path,
        "abbreviation-caps.txt",
        text_offer("1.   ELIGIBILITY.", {"4": f"4.   {title.upper()}"}),
    )
    assert capitals.numbered_sections()[3].name == f"Section 4. {title}"


def test_quoted_titles_drop_only_a_heading_stop() -> None:
    assert quoted_title("CONDITIONS OF THE OFFER.") == "Conditions of the Offer"
    assert quoted_title("INFORMATION CONCERNING ACME WIDGETS, INC.") == (
        "Information Concerning Acme Widgets, Inc."
    )
    assert quoted_title("Status of the U.S.") == "Status of the U.S."
    assert quoted_title("Fees and expenses.") == "Fees and expenses"


def test_capitalised_lines_inside_a_section_are_not_sections(tmp_path: Path) -> None:
    """Group captions of a price table set without <TABLE> tags and capitalised sub-heads
    between numbered sections stay in their section."""
    text = text_offer(
        "1.   ELIGIBILITY.",
        {
            "3": "3.   PRICE RANGE OF COMMON STOCK.\n\n     The high and low prices were:\n\n"
            "FISCAL YEAR 2001\n\nFirst Quarter     $12.50     $8.10\n"
            "Second Quarter    $10.00     $6.25\n\nFISCAL YEAR 2000\n\n"
            "First Quarter     $22.00     $14.00\n\nRISKS OF THE OFFER\n\n"
            "     The price of our stock may fall after the offer."
        },
    )
    document = load(tmp_path, "captions.txt", text)
    assert names(document) == [*FIVE[:2], "Section 3. Price Range of Common Stock", *FIVE[3:]]
    section3 = document.numbered_sections()[2]
    kinds = {p.text: p.kind for p in section3.paragraphs}
    assert kinds["FISCAL YEAR 2001"] is ParagraphKind.SUBHEADING
    assert kinds["RISKS OF THE OFFER"] is ParagraphKind.SUBHEADING
    assert section3.paragraphs[-1].text == BODY["3"]


def test_cover_title_lines_and_the_signing_company_are_not_sections(tmp_path: Path) -> None:
    cover = (
        "<PAGE>\n\n"
        "                         KESTREL SEMICONDUCTOR, INC.\n\n"
        "                    OFFER TO EXCHANGE OUTSTANDING OPTIONS\n\n"
        "                        THE OFFER EXPIRES AT 5:00 P.M.\n\n"
        "     Kestrel Semiconductor, Inc. is offering to exchange options for new options.\n\n"
        "<PAGE>\n\n"
        "                              THE OFFER\n\n"
    )
    signature = (
        "\n                                        KESTREL SEMICONDUCTOR, INC.\n\n"
        "August 2, 2002\n\n                                   3\n"
    )
    text = cover + text_offer("1.   ELIGIBILITY.") + signature
    document = load(tmp_path, "cover.txt", text)
    assert names(document) == ["Cover Page", "The Offer", *FIVE, "Signature Block"]
    assert document.sections[0].paragraphs[0].text == "KESTREL SEMICONDUCTOR, INC."
    assert [p.text for p in document.numbered_sections()[-1].paragraphs] == [BODY["5"]]
    assert [p.text for p in document.sections[-1].paragraphs] == [
        "KESTREL SEMICONDUCTOR, INC.",
        "August 2, 2002",
    ]


def test_a_schedule_after_the_last_section_is_still_a_part(tmp_path: Path) -> None:
    schedule = (
        "\n                                   3\n<PAGE>\n\n"
        "                                  SCHEDULE A\n\n"
        "     The directors and executive officers of Kestrel are listed below.\n\n"
        "                                   4\n"
    )
    document = load(tmp_path, "schedule.txt", text_offer("1.   ELIGIBILITY.") + schedule)
    assert names(document) == [*FIVE, "Schedule A"]


def test_a_run_in_heading_wrapped_onto_its_text_keeps_its_whole_title(tmp_path: Path) -> None:
    """'10. INTERESTS OF … ARRANGEMENTS' / 'CONCERNING THE OPTIONS. Our executive …': the
    title goes on up to its stop on the text's first line."""
    text = "".join(
        f"     {n}. {title}. {BODY[str(n)]}\n\n"
        for n, title in enumerate(["ELIGIBILITY", "NUMBER OF OPTIONS", "CONDITIONS"], start=1)
    ) + (
        "     4. INTERESTS OF DIRECTORS AND OFFICERS; TRANSACTIONS AND ARRANGEMENTS\n"
        "CONCERNING THE OPTIONS. Our executive officers and directors may not take\n"
        "part in the offer.\n"
    )
    document = load(tmp_path, "wrapped-run-in.txt", text)
    section4 = document.numbered_sections()[3]
    assert section4.name == (
        "Section 4. Interests of Directors and Officers; Transactions and Arrangements "
        "Concerning the Options"
    )
    assert [p.text for p in section4.paragraphs] == [
        "Our executive officers and directors may not take part in the offer."
    ]


def lettered_offer(first_heading: str) -> str:
    """The five sections lettered A to E, as notes tenders letter them."""
    parts = [first_heading, "     " + BODY["1"]]
    titles = ["NUMBER OF NOTES; EXPIRATION DATE.", "CONDITIONS OF THE OFFER.", "WITHDRAWAL RIGHTS."]
    for letter, title, number in zip("BCD", titles, "234", strict=True):
        parts += [f"{letter}.   {title}", "     " + BODY[number]]
    parts += ["E.   ACCEPTANCE OF NOTES.", "     " + BODY["5"]]
    return "\n\n".join(parts) + "\n"


LETTERED = [
    "A. Eligibility",
    "B. Number of Notes; Expiration Date",
    "C. Conditions of the Offer",
    "D. Withdrawal Rights",
    "E. Acceptance of Notes",
]


@pytest.mark.parametrize(
    "first_heading", ["THE OFFER A. ELIGIBILITY.", "                THE OFFER\nA.   ELIGIBILITY."]
)
def test_lettered_sections_keep_their_part_heading_apart(
    tmp_path: Path, first_heading: str
) -> None:
    """ "THE OFFER" run into "A." is a part over the lettered sections, not a section named
    "The Offer A. …"."""
    document = load(tmp_path, "lettered.txt", lettered_offer(first_heading))
    assert names(document) == ["The Offer", *LETTERED]
    assert [p.text for p in document.sections[1].paragraphs] == [BODY["1"]]
