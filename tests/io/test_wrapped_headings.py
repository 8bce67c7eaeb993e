"""EDGAR text headings set the way other hands set them: wrapped onto a second line, with no
space after the number, ending in a semicolon, numbered in roman. Each is read as its
section, and one heading that cannot be read costs that section only."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.model import Document
from tests.io.test_headings import BODY, FIVE, load, names, text_offer

WRAPPED_FIRST = (
    "1.   TERMS OF THE OFFER; EXPIRATION\n     DATE.",
    "Section 1. Terms of the Offer; Expiration Date",
)


def bodies(document: Document) -> list[list[str]]:
    return [[p.text for p in s.paragraphs] for s in document.numbered_sections()]


def test_a_heading_wrapped_onto_a_second_line_keeps_its_whole_title(tmp_path: Path) -> None:
    document = load(tmp_path, "wrapped.txt", text_offer(WRAPPED_FIRST[0]))
    assert names(document) == [WRAPPED_FIRST[1], *FIVE[1:]]
    assert bodies(document)[0] == [BODY["1"]]  # "DATE." is no paragraph


def test_a_heading_wrapped_after_a_comma_keeps_its_section_and_the_next(tmp_path: Path) -> None:
    document = load(
        tmp_path,
        "wrapped-inc.txt",
        text_offer(
            "1.   ELIGIBILITY.", {"4": "4.   INFORMATION CONCERNING ACME WIDGETS,\n     INC."}
        ),
    )
    assert names(document)[3:] == [
        "Section 4. Information Concerning Acme Widgets, Inc.",
        "Section 5. Acceptance of Options",
    ]
    assert bodies(document)[3] == [BODY["4"]]


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("4.WITHDRAWAL RIGHTS.", "Section 4. Withdrawal Rights"),
        ("4.   WITHDRAWAL RIGHTS;", "Section 4. Withdrawal Rights"),
        ("4.   WITHDRAWAL RIGHTS:", "Section 4. Withdrawal Rights"),
    ],
)
def test_a_heading_set_without_a_space_or_with_a_stray_stop_is_read(
    tmp_path: Path, heading: str, name: str
) -> None:
    document = load(tmp_path, "odd.txt", text_offer("1.   ELIGIBILITY.", {"4": heading}))
    assert names(document) == [*FIVE[:3], name, FIVE[4]]
    assert bodies(document)[3] == [BODY["4"]]


def test_roman_section_numbers_are_sections(tmp_path: Path) -> None:
    roman = {
        "2": "II.  NUMBER OF OPTIONS; EXPIRATION DATE.",
        "3": "III. CONDITIONS OF THE OFFER.",
        "4": "IV.  WITHDRAWAL RIGHTS.",
        "5": "V.   ACCEPTANCE OF OPTIONS.",
    }
    document = load(tmp_path, "roman.txt", text_offer("I.   ELIGIBILITY.", roman))
    assert [s.number for s in document.numbered_sections()] == ["I", "II", "III", "IV", "V"]
    assert names(document)[3] == "Section IV. Withdrawal Rights"
    assert bodies(document) == [[BODY[n]] for n in "12345"]


def test_a_heading_run_into_text_and_a_wrapped_heading_after_it_lose_nothing(
    tmp_path: Path,
) -> None:
    text = text_offer(
        "1.   ELIGIBILITY.",
        {"5": "5.   INFORMATION CONCERNING ACME WIDGETS,\n     INC."},
    ).replace("\n\n4.   WITHDRAWAL RIGHTS.", "   4.   WITHDRAWAL RIGHTS.")
    document = load(tmp_path, "both.txt", text)
    assert [s.number for s in document.numbered_sections()] == ["1", "2", "3", "4", "5"]
    assert names(document)[4] == "Section 5. Information Concerning Acme Widgets, Inc."
    assert bodies(document)[2] == [BODY["3"]]


def test_check_warns_when_the_sections_read_skip_a_number(tmp_path: Path) -> None:
    from amendtool.core.amendment import draft_amendment
    from amendtool.core.checks import run_checks
    from amendtool.core.filing import load_filing
    from amendtool.core.outline_checks import section_gaps

    unreadable = text_offer("1.   ELIGIBILITY.", {"4": "FOUR --- WITHDRAWAL RIGHTS"})
    document = load(tmp_path, "gap.txt", unreadable)
    assert [s.number for s in document.numbered_sections()] == ["1", "2", "3", "5"]
    assert section_gaps(document) == [("4", "3", "5")]
    revised = load(tmp_path, "gap-revised.txt", unreadable.replace("fewer", "fewer new"))
    filing = load_filing(Path("resources/samples/filing.toml"))
    findings = [f for f in run_checks(draft_amendment(document, revised, filing))]
    messages = [f.message for f in findings if f.code == "sections"]
    assert messages == [  # both texts lost the same heading: said once
        "the original and the revised draft: Section 4 was not found: Sections 3 and 5 read; "
        "its text is read as part of Section 3; check the headings of both"
    ]
    assert section_gaps(load(tmp_path, "five.txt", text_offer("1.   ELIGIBILITY."))) == []


def test_sections_numbered_with_gaps_are_each_their_own_section(tmp_path: Path) -> None:
    """An offer whose sections are numbered 1, 4, 5, 7, 14 (sections taken out, or numbered
    as another document's): every later section was read as part of Section 1, and every item
    in them would have been cited there."""
    from amendtool.core.outline_checks import section_findings

    headings = {
        "2": "4.   NUMBER OF OPTIONS; EXPIRATION DATE.",
        "3": "5.   CONDITIONS OF THE OFFER.",
        "4": "7.   WITHDRAWAL RIGHTS.",
        "5": "14.  ACCEPTANCE OF OPTIONS.",
    }
    document = load(tmp_path, "gaps.txt", text_offer("1.   ELIGIBILITY.", headings))
    assert [s.number for s in document.numbered_sections()] == ["1", "4", "5", "7", "14"]
    assert bodies(document) == [[BODY[n]] for n in "12345"]
    messages = [f.message for f in section_findings(document, "original")]
    assert messages[0] == (
        "the original: Sections 2 and 3 were not found: Sections 1 and 4 read; their text, if "
        "the offer has them, is read as part of Section 1; check the original's headings"
    )
    assert len(messages) == 2  # 2 and 3, 6; 8 to 13 is how the offer is numbered


def test_a_stray_numbered_line_is_not_taken_over_the_section_that_follows(
    tmp_path: Path,
) -> None:
    """A list item "9." inside Section 2 must not end the run that goes on with 3, 4, 5."""
    text = text_offer("1.   ELIGIBILITY.").replace(
        "\n\n3.   CONDITIONS",
        "\n\n9.   A SEPARATE NOTE ON TAXES.\n\n     More text.\n\n3.   CONDITIONS",
    )
    document = load(tmp_path, "stray.txt", text)
    assert [s.number for s in document.numbered_sections()] == ["1", "2", "3", "4", "5"]


def test_text_not_wrapped_at_all_has_a_paragraph_a_line(tmp_path: Path) -> None:
    """A Word document saved as plain text: one line a paragraph, no blank lines between.
    The whole offer was read as one section of two paragraphs, and every item cited "the
    seventh sentence of the last paragraph" of it."""
    lines = ["1. ELIGIBILITY.", " ".join([BODY["1"]] * 3)]
    for number, title in (("2", "NUMBER OF OPTIONS"), ("3", "CONDITIONS"), ("4", "WITHDRAWAL")):
        lines += [f"{number}. {title}.", " ".join([BODY[number]] * 3), " ".join([BODY[number]] * 2)]
    document = load(tmp_path, "unwrapped.txt", "\r\n".join(lines) + "\r\n")
    assert [s.number for s in document.numbered_sections()] == ["1", "2", "3", "4"]
    assert [len(s.paragraphs) for s in document.numbered_sections()] == [1, 2, 2, 2]
