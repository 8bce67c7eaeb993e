"""A telephone number is quoted whole, with its area code, as counsel writes it: replacing
"(800) 555-0199" with "(800) 555-0100", never "555-0199" with "555-0100"."""

from __future__ import annotations

import pytest

from amendtool.core.drafting.quoting import changed_words


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("(800) 555-0199", "(800) 555-0100"),
        ("800-555-0199", "800-555-0100"),
        ("(208) 555-0148", "(208) 555-0149"),
        ("1-800-555-0199", "1-800-555-0100"),
    ],
)
def test_a_telephone_number_is_quoted_whole(old: str, new: str) -> None:
    sentence = "Questions may be directed to the Information Agent, Morrow Sodali LLC, at {}."
    quoted = changed_words(sentence.format(old), sentence.format(new), 12)
    assert quoted == (old, new)
