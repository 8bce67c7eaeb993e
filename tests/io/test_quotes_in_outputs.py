"""The Word files are set with typographer's quotation marks and apostrophes (the house
style, on by default); the EDGAR text stays ASCII; counsel may ask for straight marks."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import load_filing
from amendtool.io.load import load_document
from amendtool.io.outputs import (
    NOTICE_DOCX,
    SCHEDULE_TO_DOCX,
    SCHEDULE_TO_TXT,
    OutputOptions,
    write_outputs,
)
from tests.conftest import SAMPLES
from tests.support.docx_text import docx_lines

STRAIGHT = ('"', "'")
NAMES = [SCHEDULE_TO_DOCX, NOTICE_DOCX, SCHEDULE_TO_TXT]


@pytest.fixture(scope="module")
def amendment():  # type: ignore[no-untyped-def]
    return draft_amendment(
        load_document(SAMPLES / "offer-to-exchange.docx"),
        load_document(SAMPLES / "offer-to-exchange-revised.docx"),
        load_filing(SAMPLES / "filing.toml"),
    )


def test_word_files_have_curly_quotes_and_edgar_text_is_ascii(
    amendment,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    write_outputs(amendment, tmp_path, NAMES)
    for name in (SCHEDULE_TO_DOCX, NOTICE_DOCX):
        text = "\n".join(docx_lines(tmp_path / name))
        assert not any(mark in text for mark in STRAIGHT), name
        assert "“Section 7. Conditions of the Offer”" in text
    filing = "\n".join(docx_lines(tmp_path / SCHEDULE_TO_DOCX))
    assert "’s" in filing  # an apostrophe is a closing single quotation mark
    edgar = (tmp_path / SCHEDULE_TO_TXT).read_bytes()
    assert edgar.decode("ascii")  # 7-bit only
    assert b'"Section 7. Conditions of the Offer"' in edgar


def test_counsel_may_keep_straight_quotes(amendment, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    write_outputs(amendment, tmp_path, NAMES[:1], options=OutputOptions(curly=False))
    text = "\n".join(docx_lines(tmp_path / SCHEDULE_TO_DOCX))
    assert '"Section 7. Conditions of the Offer"' in text
    assert "“Section" not in text  # the marks amendtool writes are straight
