"""Pairs (original, revision) where a footnote's mark is in a table row: the note printed
after the row, as the builder reads "[fn N] text" after a row."""

from __future__ import annotations

from tests.support.builders import Spec

ROWS = [
    "Purchase Price\tNot offer holders.",
    "Exercise Price\tOffer may vest.",
    "Vesting\tEligible holders only.",
]
NOTE = "[fn 21] U.S. may new."
HEADING = "1. Number of Options"


def in_table(*paragraphs: str) -> Spec:
    return [("", ["Acme is offering."]), (HEADING, list(paragraphs))]


# found by the random redline test: a note added to the first row of a table was drafted
# as the table restated with the note's words as a row, and set as a body paragraph
NOTE_ADDED_TO_A_ROW: tuple[Spec, Spec] = (
    in_table(*ROWS),
    in_table(ROWS[0], NOTE, ROWS[1], ROWS[2]),
)
