"""Two edits in different sentences of one paragraph: two items, each cited by the original's
sentence numbers, and the redline, conformed copy, filing and notice all carry both."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from amendtool.core.amendment import draft_amendment
from amendtool.core.apply import TextDocument
from amendtool.core.filing import load_filing
from amendtool.core.items import ItemKind
from amendtool.io.load import load_document
from amendtool.io.outputs import NOTICE_DOCX, SCHEDULE_TO_DOCX, write_outputs
from amendtool.io.redline_docx import build_review_documents
from tests.conftest import SAMPLES
from tests.io.test_redline import comparable, flat, resolve
from tests.io.test_redline_words import marked_paragraphs, offer, struck_shared_words

SEVEN = [
    "Eligible employees may exchange their options under the offer.",
    "The minimum exercise price of an eligible option is $15.00 per share.",
    "New options will be granted under the 2018 Plan.",
    "Each new option will vest over three years.",
    "The offer expires at 11:59 p.m., Eastern Time, on April 23, 2025.",
    "We may extend the offer at any time.",
    "Any extension will be announced by press release.",
]
FIRST = "Options may be tendered by any eligible employee."
LAST = "You may withdraw your tendered options at any time before the expiration date."
DATE = SEVEN[4].replace("April 23, 2025", "May 7, 2025")


@pytest.mark.parametrize(
    ("revised", "kinds"),
    [
        (
            [SEVEN[0], SEVEN[1].replace("$15.00", "$12.50"), *SEVEN[2:4], DATE, *SEVEN[5:]],
            ["replace_words", "replace_words"],
        ),
        ([SEVEN[0], *SEVEN[2:4], DATE, *SEVEN[5:]], ["delete_sentence", "replace_words"]),
    ],
)
def test_each_edit_is_its_own_item_in_every_output(
    tmp_path: Path, revised: list[str], kinds: list[str]
) -> None:
    before = load_document(offer(tmp_path, "o.docx", [FIRST, " ".join(SEVEN), LAST]))
    after = load_document(offer(tmp_path, "r.docx", [FIRST, " ".join(revised), LAST]))
    amendment = draft_amendment(before, after, load_filing(SAMPLES / "filing.toml"))
    items = amendment.change_items
    assert [i.kind.value for i in items] == kinds
    assert all(i.kind is not ItemKind.REPLACE_PARAGRAPH for i in items)
    review = build_review_documents(amendment)
    expected = flat(TextDocument.from_document(after).comparable())
    assert comparable(review.conformed, tmp_path, "c.docx") == expected
    assert comparable(resolve(review.redline, True), tmp_path, "a.docx") == expected
    assert comparable(resolve(review.redline, False), tmp_path, "j.docx") == flat(
        TextDocument.from_document(before).comparable()
    )
    [paragraph] = marked_paragraphs(review.redline)
    assert struck_shared_words(paragraph) == []
    write_outputs(amendment, tmp_path, [SCHEDULE_TO_DOCX, NOTICE_DOCX])
    openings = [
        "The second sentence of the second paragraph",
        "The fifth sentence of the second paragraph",
    ]
    for name in (SCHEDULE_TO_DOCX, NOTICE_DOCX):
        text = "\n".join(p.text for p in docx.Document(str(tmp_path / name)).paragraphs)
        found = [text.find(opening) for opening in openings]
        assert -1 not in found and found == sorted(found), (name, found)
        assert "May 7, 2025" in text
