"""A draft wraps each EDGAR .txt once: the check that every character can be spelt and the
export that follows in the same run share the text (counted, not timed), and the files are
the text the writer gives on its own (after the DRAFT mark while placeholders remain)."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool import cli
from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import load_filing
from amendtool.core.filing_document import schedule_to_blocks
from amendtool.io import edgar_writer
from amendtool.io.draft_marks import draft_mark, marked, placeholders_left
from amendtool.io.load import load_document
from tests.conftest import SAMPLES

ORIGINAL = SAMPLES / "offer-to-exchange.docx"
REVISED = SAMPLES / "offer-to-exchange-revised.docx"
FILING = SAMPLES / "filing.toml"


def test_a_draft_wraps_each_edgar_text_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wrapped: list[int] = []
    real = edgar_writer.blocks_to_ascii

    def counted(blocks: list[edgar_writer.Block], *rest: str) -> str:
        wrapped.append(len(blocks))
        return real(blocks, *rest)  # the notice's name, when the writer is given it

    monkeypatch.setattr(edgar_writer, "blocks_to_ascii", counted)
    out = tmp_path / "out"
    args = ["draft", str(ORIGINAL), str(REVISED), "--filing", str(FILING), "--out", str(out)]
    assert cli.main(args) == 0
    assert len(wrapped) == 2  # the filing and the notice exhibit, each once
    monkeypatch.setattr(edgar_writer, "blocks_to_ascii", real)
    amendment = draft_amendment(
        load_document(ORIGINAL), load_document(REVISED), load_filing(str(FILING))
    )
    filing, exhibit = edgar_writer.split_documents(schedule_to_blocks(amendment))
    written = {p.name: p.read_text(encoding="ascii") for p in out.glob("*.txt")}
    # the sample's notice still has placeholders for counsel: each file opens with the mark
    mark = draft_mark(amendment, placeholders_left(amendment))
    assert placeholders_left(amendment)

    def as_drafted(text: str) -> str:
        return marked("draft.txt", text.encode("ascii"), mark).decode("ascii")

    assert written.pop("schedule-to-amendment.txt") == as_drafted(real(filing))
    assert list(written.values()) == [as_drafted(real(exhibit))]
