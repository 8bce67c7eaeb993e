"""An offer saved from Word as plain text reads with its sections, however it was saved.

Word's "Save as Plain Text" writes each paragraph as one line, with or without blank lines
between, CRLF line ends, and in Windows, UTF-8 (with or without a byte-order mark) or
"Unicode" (UTF-16) encoding. An offer of short paragraphs, none of whose lines is long,
was read as wrapped text, its lines run together into one section.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from amendtool.io.load import load_document

TITLES = [
    "Eligibility",
    "Number of Options; Expiration Date",
    "Procedures for Tendering",
    "Withdrawal Rights",
    "Conditions of the Offer",
    "Price Range of Shares",
]
HEADINGS = {
    "section": "Section {n}. {title}",
    "capitals": "{n}. {upper}",
    "tab": "{n}.\t{title}",  # a Word list number, saved with its tab
}
LONG = (
    "The new options will be granted on the date the offer expires, subject to the terms "
    "and conditions described in this Offer to Exchange and in the related documents, "
    "which together constitute the offer, as they may be amended."
)


def paragraphs(section: int, long: bool) -> list[str]:
    """A section's paragraphs, of the lengths an offer's are: none longer than a wrapped
    file's lines may be, or one of them a long paragraph."""
    text = [
        f"We are offering to exchange your eligible options under section {section} of the "
        "plan for new options that vest over two years.",
        "What does the offer mean for you?",
        f"If you have questions about section {section}, please call stock administration.",
    ]
    return [*text[:2], LONG, text[2]] if long else text


def saved(style: str, blanks: str, long: bool) -> list[str]:
    lines = ["OFFER TO EXCHANGE ELIGIBLE OPTIONS FOR NEW OPTIONS", "Halvorsen Networks, Inc."]
    for number, title in enumerate(TITLES, start=1):
        heading = HEADINGS[style].format(n=number, title=title, upper=title.upper())
        lines += [heading, *paragraphs(number, long)]
    if blanks == "none":
        return lines
    if blanks == "between":
        return [part for line in lines for part in (line, "")]
    return [part for i, line in enumerate(lines) for part in ([line, ""] if i % 3 else [line])]


ENCODINGS = {"utf-8": "utf-8", "bom": "utf-8-sig", "unicode": "utf-16", "windows": "cp1252"}


@pytest.mark.parametrize(
    ("style", "blanks", "newline", "encoding", "long"),
    list(
        itertools.product(
            HEADINGS, ("none", "between", "some"), ("\r\n", "\n"), ENCODINGS, (False, True)
        )
    ),
)
def test_word_plain_text_reads_with_its_sections(
    style: str, blanks: str, newline: str, encoding: str, long: bool, tmp_path: Path
) -> None:
    path = tmp_path / "offer.txt"
    text = newline.join(saved(style, blanks, long)) + newline
    path.write_bytes(text.encode(ENCODINGS[encoding]))
    sections = [s for s in load_document(path).sections if s.heading]
    assert [s.heading.split(None, 1)[-1] for s in sections][-len(TITLES) :] == [
        HEADINGS[style].format(n=n, title=t, upper=t.upper()).split(None, 1)[-1]
        for n, t in enumerate(TITLES, start=1)
    ]
    for number, section in enumerate(sections[-len(TITLES) :], start=1):
        assert [p.text for p in section.paragraphs] == paragraphs(number, long)
