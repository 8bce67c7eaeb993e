"""The tester's steps on a Word offer of our own (tester10 finding 1): counsel's paragraph
"We removed …" written with `amendtool plain` on an item that puts a paragraph into the
conditions passed `check` ("no errors", exit 0). It is now an error naming the item, what
the paragraph says and what the item does, and `check` exits 1."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest

from tests.conftest import SAMPLES
from tests.support.series_cli import filing_toml, run

CONDITIONS = "The conditions to the offer are for our benefit."
TENDER = (
    "We may end the offer if any person commences a tender offer for more than 10% of our "
    "outstanding common stock."
)


def test_an_inserted_condition_told_as_removed_fails_check(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    word = docx.Document(str(SAMPLES / "offer-to-exchange.docx"))
    paragraph = next(p for p in word.paragraphs if p.text.startswith(CONDITIONS))
    paragraph.insert_paragraph_before(TENDER)  # a condition put in, a paragraph of its own
    revised = tmp_path / "revised.docx"
    word.save(str(revised))
    filing = filing_toml(tmp_path / "filing.toml", notice__style="plain")
    project = tmp_path / "offer.amend"
    original = SAMPLES / "offer-to-exchange.docx"
    args = ["draft", original, revised, "--filing", filing, "--out", tmp_path / "out"]
    status, _, err = run(capsys, *args, "--project", project)
    assert status == 0, err
    status, out, err = run(capsys, "check", project)
    assert "takes none out" not in err, err  # the tool's own paragraph is true
    [letter] = re.findall(r"^ +([A-Z]) .*adds a paragraph", out, re.MULTILINE)

    said = "We removed a condition. The offer no longer depends on a tender offer."
    status, _, err = run(capsys, "plain", project, letter, "--text", said)
    assert status == 0, err
    status, out, err = run(capsys, "check", project)
    assert status == 1, out + err
    [line] = [e for e in err.splitlines() if "takes none out" in e]
    assert line == (
        f"amendtool: error: item {letter}: the notice's plain paragraph (counsel's) says “We "
        "removed a condition.”, but the item adds words and takes none out (“We may end the "
        "offer if any person…”): tell employees what it does"
    ), line
