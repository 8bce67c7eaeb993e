"""The filing and the notice as Word documents: the example's elements, in its order."""

from __future__ import annotations

import dataclasses
import difflib
import re
from pathlib import Path

import pytest

from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.filing import FilingDetails, load_filing
from amendtool.core.filing_document import notice_blocks, schedule_to_blocks
from amendtool.core.items import AmendmentItem, ItemKind, Locator
from amendtool.core.layout import CHECKED, UNCHECKED, Role
from amendtool.core.typography import fold_typography
from amendtool.io.load import load_document
from amendtool.io.outputs import ITEMS_JSON, NOTICE_DOCX, SCHEDULE_TO_DOCX, write_outputs
from tests.support.docx_text import docx_lines, libreoffice_convert, tokens

DOCUMENTS = [ITEMS_JSON, SCHEDULE_TO_DOCX, NOTICE_DOCX]


@pytest.fixture(scope="module")
def example_outputs(
    fixture_files: dict[str, Path],
    example_filing_toml: Path,
    tmp_path_factory: pytest.TempPathFactory,
) -> Path:
    original = load_document(fixture_files["example_original_docx"])
    revised = load_document(fixture_files["example_revised_docx"])
    amendment = draft_amendment(original, revised, load_filing(example_filing_toml))
    out = tmp_path_factory.mktemp("exports")
    write_outputs(amendment, out)
    return out


def example_tokens(text: str) -> list[str]:
    """The example's words, without its folios, rules and box marks."""
    kept = []
    for line in text.splitlines():
        stripped = line.strip()
        if re.fullmatch(r"\d+|<PAGE>|-+|", stripped):
            continue
        kept.append(line.replace("[X]", "").replace("[_]", ""))
    return tokens("\n".join(kept))


def unexplained_differences(ours: list[str], theirs: list[str]) -> list[str]:
    """Differences other than page references we add and the example's missing colon."""
    problems = []
    matcher = difflib.SequenceMatcher(None, theirs, ours, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        added = ours[j1:j2]
        if tag == "insert" and re.fullmatch(r"(on page \d+ ?)+", " ".join(added) + " "):
            continue
        problems.append(f"{tag}: example {theirs[i1:i2]!r} / ours {added!r}")
    return problems


def test_filing_has_every_element_of_the_example_in_order(
    example_outputs: Path, example_filing_text: str
) -> None:
    ours = tokens(fold_typography("\n".join(docx_lines(example_outputs / SCHEDULE_TO_DOCX))))
    theirs = example_tokens(example_filing_text)
    assert unexplained_differences(ours, theirs) == []


def test_libreoffice_reads_the_same_text(
    example_outputs: Path, example_filing_text: str, tmp_path: Path
) -> None:
    converted = libreoffice_convert(example_outputs / SCHEDULE_TO_DOCX, "txt:Text", tmp_path)
    ours = tokens(fold_typography(converted.read_text(encoding="utf-8", errors="replace")))
    assert unexplained_differences(ours, example_tokens(example_filing_text)) == []


def test_notice_matches_the_examples_exhibit(
    example_outputs: Path, example_filing_text: str
) -> None:
    exhibit = example_filing_text[example_filing_text.index("Exhibit (a)(11)\n") :]
    theirs = example_tokens(exhibit)[3:]  # after the "Exhibit (a)(11)" caption
    ours = tokens("\n".join(docx_lines(example_outputs / NOTICE_DOCX)))
    assert unexplained_differences(ours, theirs) == []


@pytest.mark.parametrize("name", [SCHEDULE_TO_DOCX, NOTICE_DOCX])
def test_both_documents_convert_to_pdf(example_outputs: Path, name: str, tmp_path: Path) -> None:
    pdf = libreoffice_convert(example_outputs / name, "pdf", tmp_path)
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 5000


# --- variants -------------------------------------------------------------------------------
def amendment_with(filing: FilingDetails, items: int = 1) -> Amendment:
    document = load_document(
        Path(__file__).resolve().parents[2] / "resources" / "samples" / "offer-to-exchange.txt"
    )
    made = [
        AmendmentItem(
            ItemKind.REPLACE_PARAGRAPH,
            Locator(
                "s1",
                "Section 1. Number of Options; Expiration Date",
                paragraph=n + 1,
                paragraph_count=12,
            ),
            page=str(9 + n),
            old_text="old",
            new_text=f"New paragraph {n + 1}.",
            new_paragraphs=[f"New paragraph {n + 1}."],
        )
        for n in range(items)
    ]
    return Amendment(document, document, made, filing)


@pytest.fixture
def filing(example_filing_toml: Path) -> FilingDetails:
    return load_filing(example_filing_toml)


def boxes(amendment: Amendment) -> dict[str, str]:
    out = {b.text: b.label for b in schedule_to_blocks(amendment) if b.role is Role.CHECKBOX}
    final = next(b.text for b in schedule_to_blocks(amendment) if "final amendment" in b.text)
    out["final"] = final[-1]
    return out


def test_issuer_offer_checks_the_issuer_box(filing: FilingDetails) -> None:
    state = boxes(amendment_with(filing))
    assert state["issuer tender offer subject to Rule 13e-4."] == CHECKED
    assert state["third party tender offer subject to Rule 14d-1."] == UNCHECKED
    assert state["going-private transaction subject to Rule 13e-3."] == UNCHECKED
    assert state["final"] == UNCHECKED


def test_third_party_offer_and_final_amendment(filing: FilingDetails) -> None:
    changed = dataclasses.replace(filing, offer_kind="third-party", final=True)
    state = boxes(amendment_with(changed))
    assert state["third party tender offer subject to Rule 14d-1."] == CHECKED
    assert state["issuer tender offer subject to Rule 13e-4."] == UNCHECKED
    assert state["final"] == CHECKED
    texts = [b.text for b in schedule_to_blocks(amendment_with(changed))]
    assert "(Rule 14d-100)" in texts


def test_ten_items_are_lettered_and_numbered(filing: FilingDetails, tmp_path: Path) -> None:
    amendment = amendment_with(filing, items=10)
    labels = [
        b.label
        for b in schedule_to_blocks(amendment)
        if b.role is Role.ITEM and b.document == "filing"
    ]
    assert labels == [f"{c}." for c in "ABCDEFGHIJK"]  # ten changes, then the notice exhibit
    numbers = [b.label for b in notice_blocks(amendment) if b.role is Role.ITEM]
    assert numbers == [f"{n}." for n in range(1, 11)]
    write_outputs(amendment, tmp_path, DOCUMENTS)
    lines = docx_lines(tmp_path / SCHEDULE_TO_DOCX)
    assert sum(1 for line in lines if "New paragraph" in line) == 20  # filing and its exhibit


def test_first_amendment_does_not_say_as_amended(filing: FilingDetails) -> None:
    first = amendment_with(dataclasses.replace(filing, amendment_number=1))
    opening = next(b.text for b in schedule_to_blocks(first) if b.text.startswith("This Amend"))
    assert "filed with the Securities and Exchange Commission on August 27, 2001, by" in opening


@pytest.mark.parametrize(
    ("expiration", "phrase"),
    [
        ("2001-09-27T23:59:00", "11:59 p.m., Eastern Daylight Time, on September 27, 2001"),
        ("2001-12-14T17:00:00", "5:00 p.m., Eastern Standard Time, on December 14, 2001"),
    ],
)
def test_deadline_zone_name_follows_the_date(
    filing: FilingDetails, expiration: str, phrase: str
) -> None:
    import datetime as dt

    changed = dataclasses.replace(filing, expiration=dt.datetime.fromisoformat(expiration))
    text = " ".join(b.text for b in notice_blocks(amendment_with(changed)))
    assert f"is {phrase}." in text


def test_locked_target_leaves_the_old_file(
    filing: FilingDetails, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    from amendtool.io import publish
    from amendtool.io.safe_write import WriteError

    out = tmp_path / "out"
    write_outputs(amendment_with(filing), out, DOCUMENTS)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    real_replace = os.replace

    def locked(source: str, target: str) -> None:  # Windows: Word holds the file open
        if NOTICE_DOCX in (os.path.basename(source), os.path.basename(target)):
            raise PermissionError(13, "The process cannot access the file")
        real_replace(source, target)

    monkeypatch.setattr(publish, "exchange", lambda a, b: False)  # no one-step swap there
    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(WriteError, match=r"employee-notice\.docx: is open in another program"):
        write_outputs(amendment_with(filing, items=2), out, DOCUMENTS)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert not [p for p in tmp_path.iterdir() if ".amendtool-" in p.name]
