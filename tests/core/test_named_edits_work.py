"""The edits of a change whose years of names are read as words are diffed only when a
reason shows them: a paragraph rewritten in its entirety that names a plan has the slowest
word diff there is, and most proposals never print its edits. Work is counted, never timed."""

from __future__ import annotations

import pytest

from amendtool.core.changes import _edits, compare
from amendtool.core.diffing import WORK
from amendtool.core.named_years import as_names
from amendtool.core.typography import fold_typography

REWRITTEN = (
    "This paragraph has been rewritten in its entirety by counsel, so that it now states the "
    "terms of the offer as amended under the 2019 Equity Incentive Plan, and every other term "
    "of the offer remains as stated in the Offer to Exchange."
)
SHAPES = [
    # (old, new): a plan renamed by its year, a plan named in a rewrite, a name taken out
    ("Options granted under the 2015 Plan.", "Options granted under the 2019 Plan."),
    (
        "We may grant options under the 2015 Plan to employees who hold Eligible Options on "
        "the date the offer expires, subject to the approval of our board of directors.",
        REWRITTEN,
    ),
    ("Options under the 2018 Stock Plan and the 2015 Plan.", "Options under the 2015 Plan."),
]


@pytest.mark.parametrize(("old", "new"), SHAPES)
def test_names_carried_through_without_diffing_edits_until_asked(old: str, new: str) -> None:
    change = compare(old, new)
    before = WORK.edits_read
    named = as_names(change)
    assert named is not change  # the years were read as words of their names
    assert WORK.edits_read == before  # nothing diffed until a reason shows the edits
    shown = named.edits
    assert WORK.edits_read == before + 1  # then once, for the change and its reading alike
    expected = _edits(fold_typography(old), fold_typography(new))
    assert len(shown) == len(expected)
    for (was, now), (a, b) in zip(shown, expected, strict=True):
        assert was.startswith(a) and now.startswith(b)  # carried through the name, if at all
    assert named.edits is shown  # asked again: kept
