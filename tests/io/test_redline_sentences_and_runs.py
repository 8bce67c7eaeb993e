"""The redline of a run of sentences taken out by one item (a paragraph split at sentences,
its last two now a paragraph of their own) and of paragraphs moved together by one item:
accepting every change gives the revision, rejecting every one the offer as filed."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.amendment import draft_amendment
from amendtool.core.apply import TextDocument
from amendtool.core.filing import load_filing
from amendtool.core.items import ItemKind
from amendtool.io.load import load_document
from amendtool.io.redline_docx import build_review_documents
from tests.conftest import SAMPLES
from tests.io.test_redline import comparable, flat, resolve
from tests.io.test_redline_words import offer

A = "Holders may tender all of their options at any time before the expiration date."
B = "The company will hold all tendered options in trust for the tendering holders."
C = "New options will be granted promptly after the expiration date of the offer."
D = "Tenders of options may be withdrawn at any time before the expiration date."
K = [f"Paragraph {n} says employees may exchange options at any time." for n in range(5)]

CASES = {
    "split at sentences": ([K[0], f"{A} {B} {C} {D}", K[1]], [K[0], f"{A} {B}", f"{C} {D}", K[1]]),
    "last two sentences carried down": (
        [K[0], f"{A} {B} {C}", D, K[1]],
        [K[0], A, f"{B} {C} {D}", K[1]],
    ),
    "two paragraphs moved together": ([K[0], A, B, *K[1:]], [K[0], *K[1:4], A, B, K[4]]),
}
KINDS = {
    "split at sentences": {ItemKind.DELETE_SENTENCE, ItemKind.INSERT_PARAGRAPH},
    "last two sentences carried down": {ItemKind.DELETE_SENTENCE, ItemKind.INSERT_SENTENCE},
    "two paragraphs moved together": {ItemKind.MOVE_PARAGRAPH},
}


@pytest.mark.parametrize("case", list(CASES))
def test_accepting_gives_the_revision_and_rejecting_the_offer(tmp_path: Path, case: str) -> None:
    old, new = CASES[case]
    before = load_document(offer(tmp_path, "o.docx", old))
    after = load_document(offer(tmp_path, "r.docx", new))
    amendment = draft_amendment(before, after, load_filing(SAMPLES / "filing.toml"))
    items = amendment.change_items
    assert {i.kind for i in items} == KINDS[case]
    assert len(items) == len(KINDS[case])  # the run is one item
    redline = build_review_documents(amendment).redline
    assert comparable(resolve(redline, True), tmp_path, "a.docx") == flat(
        TextDocument.from_document(after).comparable()
    )
    assert comparable(resolve(redline, False), tmp_path, "j.docx") == flat(
        TextDocument.from_document(before).comparable()
    )
