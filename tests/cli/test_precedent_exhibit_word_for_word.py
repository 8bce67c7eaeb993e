"""The `precedent` notice of the example's three changes is the example filing's exhibit
(a)(11) word for word: the memo block, the opening, the three instructions and their quoted
text, the reminder of the deadline, the contact and the delivery. It differs in two places
only, each on purpose: "Date:" takes the colon its fellow memo lines have (the filing omits
it), and the instructions on Section 17 cite its page, as the filing's first one cites page
27 (the filing omits it for Section 17)."""

from __future__ import annotations

import difflib
import re
from pathlib import Path

import pytest

from tests.support.series_cli import run

EXAMPLE = Path(__file__).resolve().parents[1] / "data" / "example-filing"
FOLIO = re.compile(r"\n\s*\d+\s*\n<PAGE>\n|\n\s*\d+\s*$")  # a page's number and break


def _exhibit_as_filed() -> list[str]:
    text = (EXAMPLE / "schedule-to-amendment-2.txt").read_text(encoding="utf-8")
    start = text.index("Exhibit (a)(11)\n\n")
    start = text.rindex("\n", 0, start)  # the exhibit's own page, after the exhibit list
    return FOLIO.sub("\n", text[start:].rstrip()).split()


@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_the_precedent_notice_is_the_filed_exhibit_word_for_word(
    capsys: pytest.CaptureFixture[str], fixture_files: dict[str, Path], tmp_path: Path, fmt: str
) -> None:
    out = tmp_path / "out"
    status, _, err = run(
        capsys,
        "draft",
        fixture_files[f"example_original_{fmt}"],
        fixture_files[f"example_revised_{fmt}"],
        "--filing",
        EXAMPLE / "filing.toml",
        "--out",
        out,
    )
    assert status == 0, err
    ours = (out / "exhibit-a11.txt").read_text(encoding="utf-8").split()
    theirs = _exhibit_as_filed()
    differences = [
        (theirs[i1:i2], ours[j1:j2])
        for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(
            None, theirs, ours, autojunk=False
        ).get_opcodes()
        if tag != "equal"
    ]
    assert differences == [
        (["Date"], ["Date:"]),
        ([], ["on", "page", "37"]),
        (['Miscellaneous":'], ['Miscellaneous"', "on", "page", "37:"]),
    ], differences
    assert len(theirs) > 500  # the whole exhibit, not a piece of it
