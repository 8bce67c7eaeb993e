"""Counsel who keeps straight quotation marks gets them in every word amendtool writes in
the Word files: the wording of a restated table's other rows ("We quote each of them word
for word under “The exact changes” below.") was left curly under `--straight-quotes`."""

from __future__ import annotations

from pathlib import Path

from amendtool.core.amendment import draft_amendment
from amendtool.io.outputs import NOTICE_DOCX, SCHEDULE_TO_DOCX, OutputOptions, write_outputs
from tests.support.builders import Spec, doc
from tests.support.docx_text import docx_lines
from tests.support.plain import plain_filing

CURLY = "“”‘’"


def _offer(bump: int) -> Spec:
    rows = [f"Tranche {n}\t{1000 + n + bump:,}" for n in range(1, 13)]
    return [
        ("", ["Acme Widgets, Inc. is offering to exchange Eligible Options for New RSUs."]),
        ("10. Interests of Directors", ["The holdings are:", "Holder\tShares", *rows]),
        ("11. Conditions of the Offer", ["The conditions are for our benefit."]),
    ]


def test_straight_quotes_reach_every_wording_in_the_word_files(
    example_filing_toml: Path, tmp_path: Path
) -> None:
    amendment = draft_amendment(doc(_offer(0)), doc(_offer(7)), plain_filing(example_filing_toml))
    names = [SCHEDULE_TO_DOCX, NOTICE_DOCX]
    write_outputs(amendment, tmp_path, names, options=OutputOptions(curly=False))
    notice = "\n".join(docx_lines(tmp_path / NOTICE_DOCX))
    assert "word for word" in notice, notice  # the wording that was left curly
    for name in names:
        text = "\n".join(docx_lines(tmp_path / name))
        assert not any(mark in text for mark in CURLY), (name, text)
