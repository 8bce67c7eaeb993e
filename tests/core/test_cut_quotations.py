"""A quotation cut short ("It now begins “If we extend the offer, the term ‘expiration…’”.")
closes every mark it opened: in the notice and the filing as drafted, and wherever the
first words of a paragraph are shown."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import load_filing
from amendtool.core.filing_document import schedule_to_blocks
from amendtool.core.notice_document import notice_blocks
from amendtool.core.plain_summary import first_words
from amendtool.core.typography import curly_quotes
from amendtool.io.load import load_document
from tests.conftest import SAMPLES

KEPT = "The offer will expire at 5:00 p.m., Pacific Time, on June 12, 2026, unless we extend it."


def balanced(text: str) -> bool:
    """Every opening mark closed, in order; an apostrophe (a closing single with no single
    open) is no mark."""
    stack: list[str] = []
    for char in curly_quotes(text):
        if char in "“‘":
            stack.append(char)
        elif char == "”" or (char == "’" and "‘" in stack):
            opener = "“" if char == "”" else "‘"
            if not stack or stack.pop() != opener:
                return False
    return not stack


def _offer(path: Path, sentence: str) -> Path:
    word = docx.Document()
    word.add_heading("THE OFFER", level=1)
    word.add_heading("1. Expiration", level=2)
    word.add_paragraph(f"{KEPT} {sentence}")
    word.add_heading("2. Miscellaneous", level=2)
    word.add_paragraph("This offer is governed by the laws of the State of Delaware.")
    word.save(str(path))
    return path


@pytest.mark.parametrize(
    "revised",
    [
        'If we extend the offer, the term "expiration date" will refer to the latest time '
        "and date at which the extended offer expires, as announced.",
        "Each holder, the plan's 'Participant,' may elect to exchange Eligible Options for "
        "new restricted stock units granted by us.",
        'Holders who read "the Offer to Exchange, as amended, and its exhibits in full" may '
        "then elect.",
    ],
)
def test_a_rewritten_paragraph_quoted_short_closes_its_quotations(
    tmp_path: Path, revised: str
) -> None:
    original = load_document(
        _offer(tmp_path / "o.docx", "Elections must be made through the website before then.")
    )
    amendment = draft_amendment(
        original,
        load_document(_offer(tmp_path / "r.docx", revised)),
        load_filing(SAMPLES / "filing.toml"),
    )
    blocks = notice_blocks(amendment) + schedule_to_blocks(amendment)
    texts = [b.text for b in blocks] + [cell for b in blocks for cell in b.cells]
    assert [t for t in texts if "It now begins" in t and "…" in t]
    assert [t for t in texts if not balanced(t)] == []


WORD = st.sampled_from(
    ["offer", "the", "term", "holder's", "the '90s", "expiration", "date", "Company,"]
)
QUOTED = st.builds(
    lambda words, mark: f"{mark}{' '.join(words)}{mark}",
    st.lists(WORD, min_size=1, max_size=4),
    st.sampled_from(['"', "'", "“"]),
)


@given(st.lists(st.one_of(WORD, QUOTED), min_size=1, max_size=20), st.integers(1, 12))
def test_first_words_close_what_they_open(parts: list[str], count: int) -> None:
    text = " ".join(parts)
    if not balanced(text):
        return  # only a text whose own quotations close is asked to stay closed when cut
    shown = first_words(text, count)
    assert balanced(shown)
    assert balanced(f"It now begins “{curly_quotes(shown)}”.")
