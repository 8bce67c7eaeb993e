"""Inside a replaced paragraph or sentence the redline marks only the words that changed, as
Word's Compare and Litera do: no word the old and new text keep is struck and inserted
again, in an original of any format, and accepting every revision gives the revision while
rejecting every revision gives the original."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from amendtool.core.amendment import draft_amendment
from amendtool.core.apply import TextDocument
from amendtool.core.diffing import DELETE, EQUAL, INSERT
from amendtool.core.filing import load_filing
from amendtool.core.marking import marked_diff
from amendtool.io.load import load_document
from amendtool.io.redline_docx import build_review_documents
from tests.conftest import SAMPLES
from tests.io.test_redline import comparable, flat, resolve
from tests.io.test_redline_words import marked_paragraphs, revision_runs

WORD = re.compile(r"\w+")
FILING = load_filing(SAMPLES / "filing.toml")
LEAD = "Upon the terms of the Offer, we will purchase Shares properly tendered."


def changed_regions(paragraph: etree._Element) -> list[tuple[str, str]]:
    """Each run of change in the paragraph as (struck text, inserted text)."""
    regions: list[tuple[str, str]] = []
    struck = inserted = ""
    for mark, text in revision_runs(paragraph):
        if mark == "same":
            if struck or inserted:
                regions.append((struck, inserted))
            struck = inserted = ""
        elif mark == "del":
            struck += text
        else:
            inserted += text
    return regions + ([(struck, inserted)] if struck or inserted else [])


def kept_words_marked(redline: bytes) -> list[str]:
    """Words struck and inserted again in one run of change (a word both sides keep)."""
    found = []
    for paragraph in marked_paragraphs(redline):
        for struck, inserted in changed_regions(paragraph):
            found += sorted(set(WORD.findall(struck)) & set(WORD.findall(inserted)))
    return found


def styled_offer(path: Path, paragraph: str) -> Path:
    """An offer whose changed paragraph is set in several runs, one of them bold."""
    word = docx.Document()
    word.add_heading("THE OFFER", level=1)
    word.add_heading("1. Procedures for Tendering Shares", level=2)
    word.add_paragraph(LEAD)
    body = word.add_paragraph()
    head, _, rest = paragraph.partition(" ")
    body.add_run(head + " ").bold = True
    body.add_run(rest)
    word.add_heading("2. Miscellaneous", level=2)
    word.add_paragraph("This Offer is governed by the laws of the State of Delaware.")
    word.save(str(path))
    return path


def redline_of(tmp_path: Path, original: Path, revised: Path) -> bytes:
    before, after = load_document(original), load_document(revised)
    redline = build_review_documents(draft_amendment(before, after, FILING)).redline
    accepted = comparable(resolve(redline, True), tmp_path, "accepted.docx")
    assert _ended(accepted) == _ended(flat(TextDocument.from_document(after).comparable()))
    rejected = comparable(resolve(redline, False), tmp_path, "rejected.docx")
    assert rejected == flat(TextDocument.from_document(before).comparable())
    return redline


def _ended(lines: list[str]) -> list[str]:
    """Lines without a closing stop: a heading read from EDGAR HTML keeps the stop after its
    title that the same heading in Word leaves out, and no item changes that."""
    return [line.rstrip(".") for line in lines]


@pytest.mark.parametrize(
    ("old", "new", "struck", "inserted"),
    [
        (
            "The Company will not be deemed to have accepted any tender until it gives notice.",
            "This Company is not deemed to have accepted any tender until it gives notice.",
            ["The", "will", "be"],
            ["This", "is"],
        ),
        (
            "Tender under the preceding paragraph will not be deemed to have been made until "
            "the Depositary receives the Shares.",
            "Tender under this paragraph is not made until the Depositary receives the Shares.",
            ["the", "preceding", "will", "be", "deemed", "to", "have", "been"],
            ["this", "is"],
        ),
    ],
)
def test_a_replaced_paragraph_strikes_only_the_words_that_changed(
    tmp_path: Path, old: str, new: str, struck: list[str], inserted: list[str]
) -> None:
    redline = redline_of(
        tmp_path, styled_offer(tmp_path / "o.docx", old), styled_offer(tmp_path / "r.docx", new)
    )
    [paragraph] = marked_paragraphs(redline)
    runs = revision_runs(paragraph)
    assert WORD.findall(" ".join(t for m, t in runs if m == "del")) == struck
    assert WORD.findall(" ".join(t for m, t in runs if m == "ins")) == inserted
    assert kept_words_marked(redline) == []


def test_an_edgar_text_original_is_marked_word_by_word(tmp_path: Path) -> None:
    text = (SAMPLES / "offer-to-exchange.txt").read_text()
    old = "For purposes of the offer, we will be deemed to have accepted options for"
    assert old in text
    revised = tmp_path / "revised.txt"
    revised.write_text(
        text.replace(old, "For purposes of this offer, we are deemed to have accepted options for")
    )
    redline = redline_of(tmp_path, SAMPLES / "offer-to-exchange.txt", revised)
    [paragraph] = [p for p in marked_paragraphs(redline) if "purposes" in "".join(p.itertext())]
    runs = revision_runs(paragraph)
    assert WORD.findall(" ".join(t for m, t in runs if m == "del")) == ["the", "will", "be"]
    assert WORD.findall(" ".join(t for m, t in runs if m == "ins")) == ["this", "are"]


@pytest.mark.parametrize(
    ("name", "revision"), [("docx", "docx"), ("txt", "txt"), ("edgar_htm", "docx")]
)
def test_no_original_format_strikes_a_word_it_keeps(
    tmp_path: Path, fixture_files: dict[str, Path], name: str, revision: str
) -> None:
    original = (
        fixture_files[name] if name in fixture_files else SAMPLES / f"offer-to-exchange.{name}"
    )
    revised = SAMPLES / f"offer-to-exchange-revised.{revision}"
    redline = redline_of(tmp_path, original, revised)
    assert any(changed_regions(p) for p in marked_paragraphs(redline))
    assert kept_words_marked(redline) == []


VOCABULARY = "the Company will not be deemed to have accepted any tender Shares of".split()
words = st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=14)


@settings(max_examples=300, deadline=None)
@given(words, words)
def test_the_marked_diff_keeps_every_shared_word_unmarked(old: list[str], new: list[str]) -> None:
    a, b = " ".join(old) + ".", " ".join(new) + "."
    diff = marked_diff(a, b)
    assert "".join(t for op, t in diff if op != INSERT) == a
    assert "".join(t for op, t in diff if op != DELETE) == b
    removed = added = ""
    for op, text in [*diff, (EQUAL, "")]:
        if op == EQUAL:  # a run of change ends: no word in it on both sides
            assert not set(WORD.findall(removed)) & set(WORD.findall(added)), (removed, added)
            removed = added = ""
        elif op == DELETE:
            removed += text
        else:
            added += text
    # whole words only: a change never starts or ends inside a word of either text
    assert all(_at_word_edge(a, i) for i in _boundaries(diff, DELETE))
    assert all(_at_word_edge(b, i) for i in _boundaries(diff, INSERT))


def _boundaries(diff: list[tuple[int, str]], kind: int) -> list[int]:
    """Where the changes of one kind start and end, in the text they belong to."""
    out, at = [], 0
    for op, piece in diff:
        if op not in (EQUAL, kind):
            continue
        if op == kind:
            out += [at, at + len(piece)]
        at += len(piece)
    return out


def _at_word_edge(text: str, index: int) -> bool:
    inside = 0 < index < len(text) and text[index - 1].isalnum() and text[index].isalnum()
    return not inside


def text_offer(path: Path, paragraph: str) -> Path:
    """An EDGAR text offer (set in the house style for the redline) holding `paragraph`."""
    path.write_text(
        "1.   PROCEDURES FOR TENDERING SHARES.\n\n"
        f"     {LEAD}\n\n     {paragraph}\n\n"
        "2.   MISCELLANEOUS.\n\n"
        "     This Offer is governed by the laws of the State of Delaware.\n"
    )
    return path


def edited_paragraph(words: list[str]) -> str:
    return f"Holders of Shares may tender. {' '.join(words).capitalize()} in the Offer."


@pytest.mark.parametrize("make", [styled_offer, text_offer], ids=["docx", "edgar_text"])
@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(old=words, new=words)
def test_random_word_edits_redline_to_the_revision_with_no_kept_word_marked(
    tmp_path_factory: pytest.TempPathFactory,
    make: Callable[[Path, str], Path],
    old: list[str],
    new: list[str],
) -> None:
    """The same random edit of one sentence, in a Word and an EDGAR text original."""
    tmp_path = tmp_path_factory.mktemp("edit")
    suffix = ".docx" if make is styled_offer else ".txt"
    before = make(tmp_path / f"o{suffix}", edited_paragraph(old))
    after = make(tmp_path / f"r{suffix}", edited_paragraph(new))
    assert kept_words_marked(redline_of(tmp_path, before, after)) == []
