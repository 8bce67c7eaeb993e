"""Print and Export PDF set the filing and the notice from the blocks the .docx is made of,
and the redline with its tracked changes shown as Word prints them (inserted text
underlined, deleted text struck through): written with Qt's own PDF writer and read back
with pdftotext, every word is there."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest

from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.filing import load_filing
from amendtool.core.filing_document import notice_blocks, schedule_to_blocks
from amendtool.core.layout import Block
from amendtool.core.typography import curly_quotes
from amendtool.gui.printing import (
    CONFORMED,
    FILING,
    NOTICE,
    REDLINE,
    choices,
    export_pdf,
    printable,
)
from amendtool.io.load import load_document
from amendtool.io.redline_docx import build_review_documents
from amendtool.io.redline_print import tracked_words
from tests.conftest import SAMPLES

AUTHOR = "Jane Roe, Roe & Doe LLP"
UNCHANGED = "The date of this Offer to Exchange is March 26, 2026."


@pytest.fixture(scope="module")
def amendment() -> Amendment:
    return draft_amendment(
        load_document(SAMPLES / "offer-to-exchange.docx"),
        load_document(SAMPLES / "offer-to-exchange-revised.docx"),
        load_filing(SAMPLES / "filing.toml"),
    )


def flat(text: str) -> str:
    """Words as read: ligatures as letters, page numbers at the foot dropped, one space, no
    hyphens (pdftotext joins a word hyphenated at the end of a line without its hyphen), an
    exhibit's "(a)(1)" whole where the line broke it."""
    text = unicodedata.normalize("NFKC", text)
    text = "\n".join(line for line in text.splitlines() if not line.strip().isdigit())
    text = text.replace(")\n(", ")(")  # "(a)(1)" broken between its parts at a line's end
    return " ".join(text.replace("-", "").split())


def pdf_text(path: Path) -> str:
    read = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True)
    assert read.returncode == 0, read.stderr
    return flat(read.stdout)


def block_texts(blocks: list[Block]) -> list[str]:
    texts = [b.text for b in blocks if b.text.strip()]
    texts += [cell for b in blocks for cell in b.cells if cell.strip()]
    return [flat(curly_quotes(t)) for t in texts]


def test_the_filing_pdf_holds_every_block_of_the_docx(
    qapp, amendment: Amendment, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    text = pdf_text(export_pdf(amendment, tmp_path / "filing.pdf", FILING))
    wanted = block_texts(schedule_to_blocks(amendment))
    assert len(wanted) > 40
    assert [t for t in wanted if t not in text] == []
    # cover to exhibit, in order
    places = [text.index(t) for t in ("SCHEDULE TO", "SIGNATURE", "INDEX TO EXHIBITS")]
    assert places == sorted(places)
    assert text.rindex("Exhibit (a)(6)") > places[-1]  # the notice exhibit follows the index


def test_the_notice_pdf_holds_every_block_of_the_docx(
    qapp, amendment: Amendment, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    text = pdf_text(export_pdf(amendment, tmp_path / "notice.pdf", NOTICE))
    wanted = block_texts(notice_blocks(amendment))
    assert len(wanted) > 10
    assert [t for t in wanted if t not in text] == []
    assert "INDEX TO EXHIBITS" not in text  # the notice alone


def test_the_redline_pdf_shows_every_tracked_change(
    qapp, amendment: Amendment, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    inserted, deleted = tracked_words(build_review_documents(amendment, AUTHOR).redline)
    assert inserted and deleted
    text = pdf_text(export_pdf(amendment, tmp_path / "redline.pdf", REDLINE, author=AUTHOR))
    assert [w for w in inserted + deleted if flat(w) not in text] == []
    assert "inserted text is underlined and deleted text is struck through" in text
    assert UNCHANGED in text
    # the words as the redline .docx marks them: a changed word struck, its new one inserted
    assert any("two" in w.split() for w in deleted)
    assert any("one" in w.split() for w in inserted)


def test_the_printed_redline_underlines_insertions_and_strikes_deletions(
    qapp, amendment: Amendment
) -> None:  # type: ignore[no-untyped-def]
    inserted, deleted = tracked_words(build_review_documents(amendment, AUTHOR).redline)
    document = printable(amendment, REDLINE, author=AUTHOR)
    underlined, struck, plain = marked_runs(document)
    assert [w for w in inserted if not any(flat(w) in run for run in underlined)] == []
    assert [w for w in deleted if not any(flat(w) in run for run in struck)] == []
    assert any(UNCHANGED in run for run in plain)
    assert not any(UNCHANGED in run for run in underlined + struck)


def test_print_offers_the_filing_the_notice_the_redline_and_the_conformed_copy(
    amendment: Amendment,
) -> None:
    named = choices(amendment)
    assert list(named) == [FILING, NOTICE, REDLINE, CONFORMED]
    assert named[REDLINE] == "The redline of the Offer to Exchange (changes shown)"


def test_the_filing_pdf_follows_the_blocks_when_they_change(
    qapp, amendment: Amendment, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    signed = replace(amendment, filing=replace(amendment.filing, signature_name="Ann Other"))
    text = pdf_text(export_pdf(signed, tmp_path / "filing.pdf", FILING))
    assert "Ann Other" in text and re.search(r"/s/ ANN OTHER", text)


def marked_runs(document) -> tuple[list[str], list[str], list[str]]:  # type: ignore[no-untyped-def]
    """The document's text in runs: underlined, struck through, and neither."""
    runs: dict[str, list[str]] = {"u": [], "s": [], "p": []}
    block = document.begin()
    while block.isValid():
        current, kind = "", ""
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            form = fragment.charFormat()
            mark = "s" if form.fontStrikeOut() else "u" if form.fontUnderline() else "p"
            if mark != kind and current:
                runs[kind].append(flat(current))
                current = ""
            current, kind = current + fragment.text(), mark
            it += 1
        if current:
            runs[kind].append(flat(current))
        block = block.next()
    return runs["u"], runs["s"], runs["p"]


def test_the_printed_redline_sets_the_notes_after_the_text_with_their_changes(
    qapp, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from tests.io.test_word_note_added import NEW_NOTE, _amendment

    _, noted = _amendment(tmp_path)
    inserted, _ = tracked_words(build_review_documents(noted, AUTHOR).redline)
    assert flat(NEW_NOTE) in [flat(w) for w in inserted]  # the note's own words are tracked
    underlined, _, plain = marked_runs(printable(noted, REDLINE, author=AUTHOR))
    assert any(flat(NEW_NOTE) in run for run in underlined)
    assert any("Fees of the depositary are paid by us." in run for run in plain)
    path = export_pdf(noted, tmp_path / "redline.pdf", REDLINE, author=AUTHOR)
    read = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True)
    text = " ".join(read.stdout.split())  # a mark set above the line reads as a word
    # the references numbered as Word prints them, the notes after the text in that order
    assert "of our stock.1 We have no agreement" in text
    assert "We pay no fees.2" in text
    first = re.search(r"\b1 Based on a Schedule 13G filed on February 10, 2009\.", text)
    second = re.search(r"\b2 Fees of the depositary are paid by us\.", text)
    assert first and second and text.index("We pay no fees.") < first.start() < second.start()
