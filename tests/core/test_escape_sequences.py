"""A terminal's escape sequence pasted into text ("\\x1b[31m", which colours a terminal red) is
taken out whole: removing only the ESC would leave "[31m" in the words of the filing. The
same table serves the readers (which say where) and the writers (which drop silently)."""

from __future__ import annotations

import pytest

from amendtool.core.clean_text import safe_for_output, strip_unsafe

SEQUENCES = {
    "colour": "\x1b[31m",
    "colour reset": "\x1b[0m",
    "bold and colour": "\x1b[1;33;40m",
    "clear screen": "\x1b[2J",
    "cursor home": "\x1b[H",
    "private mode": "\x1b[?25l",
    "window title": "\x1b]0;title\x07",
    "window title, ST": "\x1b]2;title\x1b\\",
    "hyperlink": "\x1b]8;;http://x.example\x1b\\",
    "character set": "\x1b(B",
    "eight-bit CSI": "\x9b31m",
}


@pytest.mark.parametrize("name", sorted(SEQUENCES))
def test_an_escape_sequence_is_removed_whole(name: str) -> None:
    sequence = SEQUENCES[name]
    text = f"must be signed {sequence}by you."
    clean, removed = strip_unsafe(text)
    assert clean == "must be signed by you."
    assert removed is not None
    assert removed.first_index == len("must be signed ")
    assert safe_for_output(text) == "must be signed by you."


def test_the_removal_is_described_as_an_escape_sequence_with_its_place() -> None:
    clean, removed = strip_unsafe("Bad \x1b[31m \x07 text")
    assert clean == "Bad   text"
    assert removed is not None
    line = removed.describe("at line 3, column 5")
    assert "escape sequence" in line
    assert "[31m" in line  # what was taken out, shown visibly
    assert "at line 3, column 5" in line


def test_a_lone_escape_takes_no_letter_of_the_words_with_it() -> None:
    clean, removed = strip_unsafe("the \x1bOffer and \x1b7 days")
    assert clean == "the Offer and 7 days"
    assert removed is not None and removed.count == 2


def test_a_bracket_after_other_text_is_words() -> None:
    text = "the Notes [31m] and section [2J]"
    assert strip_unsafe(text) == (text, None)
    assert safe_for_output(text) == text
