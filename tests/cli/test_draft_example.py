"""The example filing's three changes give, word for word, its instructions A-C and 1-3."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

PAGE_REF = re.compile(r" on page \d+")


def example_instructions(text: str) -> tuple[list[str], list[str]]:
    """The lettered filing instructions and numbered notice instructions of the example."""
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text)]
    filing = [p[3:].strip() for p in paragraphs if re.match(r"^[A-C]\.\s", p)]
    notice = [p[3:].strip() for p in paragraphs if re.match(r"^[1-3]\.\s", p)]
    return filing, notice


def draft_process(
    original: Path, revised: Path, filing: Path, out: Path
) -> subprocess.CompletedProcess[str]:
    """`amendtool draft` as counsel runs it, in its own process."""
    command = [sys.executable, "-m", "amendtool", "draft", str(original), str(revised)]
    command += ["--filing", str(filing), "--out", str(out)]
    return subprocess.run(command, capture_output=True, text=True, timeout=120)


def run_draft(original: Path, revised: Path, filing: Path, out: Path) -> dict:  # type: ignore[type-arg]
    result = draft_process(original, revised, filing, out)
    assert result.returncode == 0, result.stderr
    return json.loads((out / "items.json").read_text(encoding="utf-8"))


def same_but_added_page(ours: str, theirs: str) -> bool:
    """Equal, or equal once a page reference the example lacks is taken out of ours."""
    if ours == theirs:
        return True
    return "on page" not in theirs and PAGE_REF.sub("", ours, count=1) == theirs


@pytest.mark.parametrize("fmt", ["txt", "docx"])
def test_three_changes_give_the_examples_instructions(
    fmt: str,
    fixture_files: dict[str, Path],
    example_filing_toml: Path,
    example_filing_text: str,
    tmp_path: Path,
) -> None:
    data = run_draft(
        fixture_files[f"example_original_{fmt}"],
        fixture_files[f"example_revised_{fmt}"],
        example_filing_toml,
        tmp_path,
    )
    filing, notice = example_instructions(example_filing_text)
    assert len(filing) == len(notice) == 3
    items = data["items"]
    assert [i["kind"] for i in items] == [
        "replace_paragraph",
        "replace_sentence",
        "insert_paragraph",
    ]
    for item, theirs in zip(items, filing, strict=True):
        assert same_but_added_page(item["filing_text"], theirs), (item["filing_text"], theirs)
    for item, theirs in zip(items, notice, strict=True):
        assert same_but_added_page(item["notice_text"], theirs), (item["notice_text"], theirs)
    assert items[0]["page"] == 27
    assert items[0]["section"] == "Section 7. Conditions of the Offer"
    assert data["exhibits"][0]["filing_text"] == (
        "Exhibit (a)(11) to this Amendment is hereby filed as Exhibit (a)(11) to the Tender "
        "Offer Statement:"
    )
    for key in ("kind", "section", "page", "old_text", "new_text", "filing_text", "notice_text"):
        assert all(key in item for item in items)


def test_bad_input_exits_2_with_one_line_and_writes_nothing(
    tmp_path: Path,
    example_filing_toml: Path,
) -> None:
    broken = tmp_path / "offer.docx"
    broken.write_bytes(b"PK\x03\x04 this is not really a zip")
    out = tmp_path / "out"
    result = draft_process(broken, broken, example_filing_toml, out)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "offer.docx" in result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists()
