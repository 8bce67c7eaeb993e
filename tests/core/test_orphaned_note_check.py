"""A revision that deletes the paragraph carrying a footnote's mark but keeps the note leaves
a note nothing refers to: the check warns, naming the note and its section. A note deleted
with its paragraph, or still referred to, is no warning."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.amendment import draft_amendment
from amendtool.core.checks import run_checks
from amendtool.core.filing import load_filing
from amendtool.io.load import load_document
from tests.conftest import SAMPLES

MARKED = "<p>The purchase price is $22.50 per share.<sup>1</sup></p>"
PLAIN = "<p>We will pay promptly after the expiration date.</p>"
NOTE = "<p><sup>1</sup> The purchase price represents a premium of 7.1% to the market price.</p>"


def _offer(tmp_path: Path, name: str, *parts: str) -> Path:
    body = (
        '<p style="text-align:center"><b>OFFER TO PURCHASE FOR CASH</b></p>'
        "<p>We are offering to purchase shares of our common stock for cash.</p>"
        '<div style="page-break-before:always"></div>'
        "<p><b>1. Number of Shares; Purchase Price.</b></p>" + "".join(parts) +
        '<p style="text-align:center">2</p>'
        '<div style="page-break-before:always"></div>'
        "<p><b>2. Withdrawal Rights.</b></p><p>You may withdraw your shares at any time.</p>"
    )  # fmt: skip
    path = tmp_path / name
    path.write_text(f"<html><body>{body}</body></html>", encoding="utf-8")
    return path


def _warnings(tmp_path: Path, *revised: str) -> list[str]:
    original = load_document(_offer(tmp_path, "orig.htm", MARKED, PLAIN, NOTE))
    amendment = draft_amendment(
        original,
        load_document(_offer(tmp_path, "rev.htm", *revised)),
        load_filing(SAMPLES / "filing.toml"),
    )
    return [f.message for f in run_checks(amendment) if f.code == "orphaned_note"]


def test_a_note_left_without_its_reference_is_warned(tmp_path: Path) -> None:
    [warning] = _warnings(tmp_path, PLAIN, NOTE)
    assert warning.startswith('Footnote 1 in "Section 1. Number of Shares; Purchase Price"')
    assert "no longer refers to it" in warning


@pytest.mark.parametrize(
    "revised",
    [
        (PLAIN,),  # the note deleted with its paragraph
        (MARKED.replace("$22.50", "$23.75"), PLAIN, NOTE),  # still referred to
    ],
)
def test_a_note_deleted_with_its_paragraph_or_still_referred_to_is_no_warning(
    tmp_path: Path, revised: tuple[str, ...]
) -> None:
    assert _warnings(tmp_path, *revised) == []
