"""A cover set in centred lines with no blank line between them holds several display
lines: the issuer's name, the offer's title (wrapped over two lines, read whole) and the
expiration legend (one sentence over two lines). Each is a paragraph of its own, so an
item that changes the legend quotes the legend alone, never the title lines above it."""

from __future__ import annotations

from pathlib import Path

from amendtool.io.load import load_document

COVER = """\
                         COBALT RIDGE SOFTWARE, INC.
        OFFER TO EXCHANGE CERTAIN OUTSTANDING OPTIONS FOR NEW OPTIONS
      THE OFFER AND WITHDRAWAL RIGHTS EXPIRE AT 9:00 P.M., PACIFIC TIME,
               ON JUNE 11, 2026, UNLESS THE OFFER IS EXTENDED.

SUMMARY TERM SHEET

     Cobalt Ridge Software, Inc. ("Cobalt Ridge," "we" or "us") is
offering to exchange outstanding options to purchase our common stock that
have an exercise price per share of $20.00 or more for new options.

1. Eligibility

     You are an eligible employee if you are employed by Cobalt Ridge on
the date the offer commences.
"""

WRAPPED_TITLE = """\
                       LAKESHORE BIOLOGICS CORPORATION

                          OFFER TO PURCHASE FOR CASH
                      OUTSTANDING RESTRICTED STOCK UNITS

1. Eligible Employees

     You are an eligible employee if you are employed by Lakeshore in the
United States on the date the offer commences.
"""


def _cover(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "offer.txt"
    path.write_text(text)
    return [p.text for p in load_document(path).sections[0].paragraphs]


def test_centred_display_lines_are_paragraphs_of_their_own(tmp_path: Path) -> None:
    assert _cover(tmp_path, COVER)[:3] == [
        "COBALT RIDGE SOFTWARE, INC.",
        "OFFER TO EXCHANGE CERTAIN OUTSTANDING OPTIONS FOR NEW OPTIONS",
        "THE OFFER AND WITHDRAWAL RIGHTS EXPIRE AT 9:00 P.M., PACIFIC TIME, ON JUNE 11, 2026, "
        "UNLESS THE OFFER IS EXTENDED.",
    ]


def test_a_centred_title_wrapped_over_two_lines_stays_whole(tmp_path: Path) -> None:
    assert _cover(tmp_path, WRAPPED_TITLE)[:2] == [
        "LAKESHORE BIOLOGICS CORPORATION",
        "OFFER TO PURCHASE FOR CASH OUTSTANDING RESTRICTED STOCK UNITS",
    ]
