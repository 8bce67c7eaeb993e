"""Print and Export PDF set a paragraph's indents in the measures the .docx gives them (the
house style's): a first line half an inch in, a quotation of new text an inch in, measured
on the PDF Qt writes at its own resolution as pdftotext reads it back; and a heading its
Word style centres is centred on paper too."""

from __future__ import annotations

import re
import subprocess
from itertools import pairwise
from pathlib import Path

import pytest

from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.filing import load_filing
from amendtool.core.filing_document import schedule_to_blocks
from amendtool.core.layout import Role
from amendtool.gui.printing import CONFORMED, FILING, export_pdf, house_page
from amendtool.io.load import load_document
from tests.conftest import SAMPLES


@pytest.fixture(scope="module")
def amendment() -> Amendment:
    return draft_amendment(
        load_document(SAMPLES / "offer-to-exchange.docx"),
        load_document(SAMPLES / "offer-to-exchange-revised.docx"),
        load_filing(SAMPLES / "filing.toml"),
    )


_WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)</word>'
)
POINTS_PER_MM = 72 / 25.4


def words_at(path: Path) -> list[tuple[float, float, str]]:
    """Each word's left edge and top, in points from the page's edges (first page on)."""
    read = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True)
    assert read.returncode == 0, read.stderr
    return [(float(x), float(y), text) for x, y, text in _WORD.findall(read.stdout)]


def plain_start(text: str) -> bool:
    """A long paragraph whose first two words print as typed (but for an opening quote)."""
    words = text.split()
    return len(words) > 12 and all(re.fullmatch(r"[A-Za-z]+,?", bare(w)) for w in words[:2])


def bare(word: str) -> str:
    """A word without the quotation mark that opens a quotation (curled or not)."""
    return word.lstrip('"\u201c')


def left_of_line_starting(words: list[tuple[float, float, str]], first: str, second: str) -> float:
    """The left edge of the line whose first two words are these."""
    for (x, y, text), (_, y2, following) in pairwise(words):
        if bare(text) == bare(first) and following == second and abs(y - y2) < 1:
            return x
    raise AssertionError(f"no line starts {first} {second}")


def test_printed_indents_are_the_docx_measures(qapp, amendment: Amendment, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = export_pdf(amendment, tmp_path / "filing.pdf", FILING)
    words = words_at(path)
    margin = house_page()[2][0] * POINTS_PER_MM  # the house style's left margin, as the .docx
    blocks = schedule_to_blocks(amendment)
    body = next(b for b in blocks if b.role is Role.BODY and plain_start(b.text))
    quote = next(b for b in blocks if b.role is Role.QUOTE and plain_start(b.text))
    first_line = left_of_line_starting(words, *body.text.split()[:2]) - margin
    quoted = left_of_line_starting(words, *quote.text.split()[:2]) - margin
    assert abs(first_line - 36) < 3, first_line  # half an inch
    assert abs(quoted - 72) < 3, quoted  # an inch


def test_a_centred_heading_of_the_offer_prints_centred(
    qapp, amendment: Amendment, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """The conformed copy's "THE OFFER" is centred by its style in the .docx: so on paper."""
    path = export_pdf(amendment, tmp_path / "conformed.pdf", CONFORMED)
    words = words_at(path)
    width, _, margins = house_page()
    left, right = margins[0] * POINTS_PER_MM, (width - margins[2]) * POINTS_PER_MM
    middle = (left + right) / 2
    heading = [
        (x, y)
        for (x, y, text), (_, y2, following) in pairwise(words)
        if text == "THE" and following == "OFFER" and abs(y - y2) < 1
    ]
    assert heading, "no line reads THE OFFER"
    x, _ = heading[-1]
    assert middle - 60 < x < middle, x  # about its own half-width left of the middle
